# El catálogo de plantillas (qaclient/rubrics/catalog.py).
rubrics-no-rubric = No hay ninguna plantilla llamada { $name } (véase 'qaclient rubric list').
rubrics-bad-version-id = { $value } no es un identificador de versión de plantilla.
rubrics-version-unreadable = No se puede leer la versión guardada { $id } de la plantilla: { $reason }
rubrics-no-version = No existe la versión de plantilla { $id }.
rubrics-file-not-found = { $path }: no se encontró el archivo de la plantilla
rubrics-bad-status-change = { $rubric } v{ $version } está en { $old }: no puede pasar a { $new } (las versiones van draft → trial → active → retired).
