# Mensajes comunes a todas las áreas del núcleo (sintaxis Fluent).
common-yes = sí
common-no = no
common-not-set = sin definir
common-file-not-found = { $path }: no se encuentra el archivo
common-cannot-read = { $path }: no se puede leer el archivo: { $reason }
common-invalid-json = { $path }:{ $line }:{ $column }: JSON no válido: { $reason }
common-will-not-overwrite = { $path } ya existe: elija otro nombre o use --force para sobrescribirlo
common-not-utf8 = { $path }: no es texto UTF-8 ({ $reason }); guárdelo como UTF-8
