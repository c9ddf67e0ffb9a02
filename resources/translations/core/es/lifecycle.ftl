# Ciclo de vida de la evaluación: ajustes del centro, reclamaciones, calibración, desglose.
centre-unknown-setting = ajuste del centro desconocido { $key }; los ajustes son: { $known }
centre-bad-value = { $key } debe ser un número entero de { $low } a { $high }

dispute-bad-id = { $id } no es un identificador de reclamación
dispute-not-found = no existe la reclamación { $id }
dispute-calibration = una evaluación de calibración no se puede reclamar: no cuenta en ninguna nota
dispute-not-your-evaluation = solo el agente { $agent } puede reclamar esta evaluación
dispute-wrong-status = esta evaluación está { $status }: solo se puede reclamar una evaluación enviada o aceptada
dispute-no-items = indique al menos un criterio que reclamar (--item CRITERIO --reason TEXTO)
dispute-unknown-item = la rúbrica de la evaluación no tiene el criterio { $item }
dispute-item-twice = el criterio { $item } se reclama dos veces: un motivo por criterio
dispute-needs-reason = el criterio { $item } necesita un motivo: diga con qué no está de acuerdo
dispute-window-closed = el plazo de reclamación ha terminado: se aceptan hasta { $days } días después del envío
dispute-limit-reached = ha usado las { $limit } reclamaciones permitidas este mes
dispute-resolver-only = { $login } no puede resolver reclamaciones: solo un supervisor o un gerente
dispute-bad-outcome = { $outcome } no es un resultado: use upheld (aceptada) o rejected (rechazada)
dispute-resolution-needs-reason = una resolución necesita un motivo que el agente pueda leer (--reason TEXTO)
dispute-already-resolved = esta reclamación ya está { $status }
dispute-rejected-with-answers = una reclamación rechazada mantiene la nota: las respuestas corregidas van con upheld
evaluation-revise-needs-reason = reabrir una evaluación para revisarla necesita un motivo

calibration-bad-id = { $id } no es un identificador de sesión de calibración
calibration-not-found = no existe la sesión de calibración { $id }
calibration-organiser-only = { $login } no puede organizar sesiones de calibración: solo un supervisor, formador o gerente
calibration-no-calls = una sesión de calibración necesita al menos una llamada (--call)
calibration-call-twice = una llamada aparece dos veces
calibration-no-inspectors = una sesión de calibración necesita al menos un evaluador (--inspector)
calibration-inspector-twice = un evaluador aparece dos veces
calibration-benchmark-is-inspector = { $login } no puede ser a la vez evaluador y evaluador de referencia
calibration-too-few-raters = una calibración necesita al menos dos evaluadores (o un evaluador y el de referencia)
calibration-revealed-closed = esta sesión de calibración ya se reveló: la evaluación está cerrada
calibration-call-not-in-session = la llamada { $call } no forma parte de esta sesión de calibración
calibration-not-invited = { $login } no está invitado a esta sesión de calibración
calibration-already-scored = ya envió la llamada { $call } en esta sesión
calibration-already-revealed = esta sesión de calibración ya se reveló
calibration-not-revealed = las respuestas siguen ocultas hasta revelar la sesión (qaclient calibration reveal ID)

breakdown-section-na = La sección «{ $section }» no aplica: sale del total y del máximo
breakdown-section-auto-failed = La sección «{ $section }» puntúa 0: falló un criterio crítico
breakdown-base = Parte de la base de { $base } puntos
breakdown-base-total = Base más cada bonificación, deducción y ajuste: { $raw }
breakdown-weighted-total = Cada sección cuenta peso × nota ÷ máximo: { $raw } de { $weights }
breakdown-renormalised = Pesos renormalizados: solo aplican { $weights } de { $all } puntos de peso, el porcentaje se calcula sobre { $weights }
breakdown-points-total = Suma de las notas de las secciones: { $raw } de { $max }
breakdown-auto-fail = El criterio crítico { $item } falló: toda la evaluación puntúa 0
breakdown-capped = Limitado a { $cap }
breakdown-floored = Elevado al mínimo de { $floor }
breakdown-percent = { $total } de { $max } = { $percent } %
breakdown-grade = Grado { $grade }: la banda { $inclusive ->
    [yes] desde
   *[no] por encima de
} { $min }{ $basis ->
    [total] { " " }puntos
   *[percent] { " " }%
}
breakdown-grade-lowest = Grado { $grade }: la banda más baja
dispute-answers-are-the-inspectors = en el servidor compartido solo el evaluador que la puntuó cambia las respuestas: acepte sin respuestas para devolvérsela y que la revise
