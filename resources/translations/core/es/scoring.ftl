# Puntuar respuestas con una plantilla (qaclient/rubrics/scoring.py).
scoring-problem-not-answered = sin responder
scoring-problem-needs-reason = necesita un motivo escrito (comentario)
scoring-na-not-allowed = este ítem no admite la respuesta N/A
scoring-section-na-not-allowed = esta sección no se puede marcar como N/A
scoring-unknown-level = nivel desconocido «{ $level }»; use uno de { $levels }
scoring-count-too-high = la cantidad { $count } supera el máximo que cuenta este ítem ({ $most })
scoring-value-outside = el valor { $value } está fuera de { $low }…{ $high }
scoring-unknown-item = ítem desconocido: la plantilla «{ $rubric }» no tiene el ítem ni la sección «{ $item }»
