# El archivo de ajustes (qaclient/settings.py).
settings-bad-language = El idioma { $value } no es uno de { $choices }.
settings-bad-short-skip = El salto corto debe estar entre 1 y 120 segundos.
settings-bad-long-skip = El salto largo debe estar entre 1 y 600 segundos.
settings-bad-speed = La velocidad predeterminada debe estar entre 0,5× y 2×.
settings-not-an-object = el archivo no contiene un objeto JSON
settings-unreadable = { $path }: no se pueden leer los ajustes ({ $reason }); se usan los valores predeterminados.
settings-bad-retention = la retención de la caché debe estar entre 1 y 3650 días
