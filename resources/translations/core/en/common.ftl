# Messages shared by every area of the core (Fluent syntax: https://projectfluent.org).
# One file per core area; ids are prefixed with the area.
common-yes = yes
common-no = no
common-not-set = not set
common-file-not-found = { $path }: file not found
common-cannot-read = { $path }: cannot read the file: { $reason }
common-invalid-json = { $path }:{ $line }:{ $column }: invalid JSON: { $reason }
common-will-not-overwrite = { $path } already exists: choose another name or pass --force to overwrite it
common-not-utf8 = { $path }: not UTF-8 text ({ $reason }); save it as UTF-8
