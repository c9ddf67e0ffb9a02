# El historial de una evaluación en palabras (qaclient/history.py): una frase por evento.
history-no-answer = sin respuesta
history-na = N/A
history-count = { $count ->
    [one] una vez
   *[other] { $count } veces
}
history-created = Inició la evaluación con «{ $rubric }» v{ $version }.
history-answered = { $item }: { $answer }
history-answer-changed = { $item }: { $old } → { $answer }
history-answer-cleared = { $item }: respuesta borrada
history-note-written = Escribió la nota de coaching: «{ $text }»
history-note-changed = Cambió la nota de coaching: «{ $text }»
history-note-cleared = Borró la nota de coaching.
history-comment-added = Añadió un comentario en { $time }: «{ $text }»
history-comment-edited = Editó el comentario de { $time }: «{ $text }»
history-comment-deleted = Borró el comentario de { $time }: «{ $text }»
history-submitted = Envió la evaluación.
history-acknowledged = El agente confirmó la evaluación.
history-finalised = La evaluación quedó definitiva.
history-reopened = Reabrió la evaluación para revisarla.
history-reopened-because = Reabrió la evaluación para revisarla: { $reason }
history-disputed = Impugnó la evaluación: { $reason }
history-status-changed = El estado cambió de { $old } a { $new }.
history-other = { $action } { $field }
history-section-checked = sección revisada
