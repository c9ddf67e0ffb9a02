# Entradas hostiles (incidencia #11)

## documents.py
hostile-doc-is-folder = es una carpeta, no un archivo
hostile-doc-not-regular = no es un archivo normal (una tubería, un socket o un dispositivo); indique un archivo
hostile-doc-too-large = archivo demasiado grande ({ $size } bytes; el límite es { $limit })
hostile-doc-too-deep = anidado a más de { $depth } niveles
hostile-doc-too-many-values = el documento equivale a más de { $limit } valores (con los alias YAML expandidos); escriba los valores o acorte el archivo

## outputs.py
hostile-out-wrong-extension = { $path }: --format { $format } escribe { $kind }, pero el nombre termina en { $suffix }; llámelo { $suggested }
hostile-out-no-folder = { $path }: la carpeta { $folder } no existe; créela primero
hostile-out-is-input = { $path }: es la entrada de esta orden; escriba en otro archivo
hostile-out-is-store = { $path }: es el propio almacén de qaclient; escriba en otro archivo
hostile-out-is-folder = { $path }: es una carpeta; indique un nombre de archivo
hostile-out-is-recording = { $path }: es la grabación de la llamada { $call } de la biblioteca; nunca se sobrescribe, escriba en otro archivo
hostile-out-exists = { $path }: ya existe; añada --force para sobrescribirlo

## dates.py
hostile-day-out-of-range = { $what } { $day } está fuera de rango: indique un día entre { $first } y { $last }
hostile-period-reversed = { $to_name } { $to } es anterior a { $from_name } { $from }; inviértalos

## home folder and store
hostile-home-is-file = { $what }: es un archivo, no una carpeta; haga que QACLIENT_HOME apunte a una carpeta
hostile-home-cannot-create = { $what }: no se puede crear la carpeta ({ $reason }); asigne a QACLIENT_HOME una carpeta con permiso de escritura
hostile-store-read-only = { $path }: el almacén es de solo lectura (qaclient escribe su diario junto a él); dé permiso de escritura a la carpeta o asigne a QACLIENT_HOME una carpeta con permiso de escritura

## audio
hostile-audio-declared-bytes = truncado: la cabecera declara { $declared } bytes de audio pero el archivo contiene { $held }
hostile-audio-too-long-for-file = truncado: la cabecera afirma { $claimed } de audio, más de lo que cabe en el archivo de { $size } bytes
hostile-audio-end-undecodable = truncado: la cabecera afirma { $claimed } pero el final del audio no se puede decodificar ({ $reason })
hostile-audio-ends-early = truncado: la cabecera afirma { $claimed } pero el audio termina antes
hostile-probe-not-regular = { $name }: no es un archivo normal (una tubería, un socket o un dispositivo)
hostile-probe-ends-early = { $name }: truncado: el archivo { $kind } termina antes de los { $seconds } s de audio que afirma su cabecera

## answers, comments, rubrics
hostile-answer-count-too-large = 'count' { $count } supera { $limit } ocurrencias; revise el número
hostile-answer-value-too-large = 'value' { $value } sobrepasa ±{ $limit }; revise el número
hostile-call-not-in-library = aviso: la llamada { $call } no está en la biblioteca (ni como id de llamada ni como id de la biblioteca); la evaluación se guarda con el id indicado
hostile-rubric-renumbered = aviso: { $file }: { $rubric } v{ $version } ya está guardada con otro contenido; este archivo se guarda como v{ $stored } (aumente 'version:' en el archivo para numerarla usted)
hostile-rubric-level-order = advertencia: el nivel { $level } puntúa { $points }, más que { $better }, que va antes ({ $better_points }); los niveles van del mejor al peor: revise los puntos o el orden

## metadata files
hostile-csv-ragged-short = { $origin }: { $fields } campos donde la cabecera tiene { $width }; los que faltan se toman como vacíos
hostile-csv-ragged-long = { $origin }: { $fields } campos donde la cabecera tiene { $width }; los sobrantes se ignoran
hostile-csv-field-kept = { $origin }: { $reason }; la fila se conserva sin ese campo
hostile-csv-duplicate-id = { $origin }: el id de llamada { $call } ya está en la línea { $first }; esta fila se omite (se conserva la primera)
hostile-csv-unreadable-line = { $name }:{ $line }: no se puede leer esta línea ({ $reason }); el resto del archivo no se lee
hostile-metadata-not-regular = { $name }: no es un archivo normal (una tubería o un dispositivo); se omite
hostile-metadata-too-large = { $name }: { $size } bytes supera el límite de { $limit } bytes de un archivo de metadatos; divídalo (p. ej. un archivo por día)
hostile-import-not-regular = { $path }: no es un archivo normal (una tubería, un socket o un dispositivo); se omite
hostile-settings-wrong-shape = { $path }: un valor tiene la forma equivocada ({ $reason }); consulte docs/library.md, «{ $section }»

## the command line
hostile-cli-unexpected = { $what } (inesperado; QACLIENT_DEBUG=1 muestra los detalles)
