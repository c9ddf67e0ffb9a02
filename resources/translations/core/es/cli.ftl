# La línea de órdenes (qaclient/cli).
cli-unknown-team = No hay agentes en el equipo { $team } (equipos: { $teams }).
cli-needs-output = --format { $format } necesita un archivo de salida: -o FILE.{ $format }
cli-pdf-needs-ui = Exportar a PDF necesita el paquete de escritorio (ui) con PySide6: { $reason }
cli-wrote = se escribió { $path }
cli-no-folder = { $path }: la carpeta { $folder } no existe
cli-cannot-write = { $path }: no se puede escribir ({ $reason })
cli-points-not-a-number = --points { $points } no es un número
cli-draft-not-submitted = guardada como borrador pero no enviada:
