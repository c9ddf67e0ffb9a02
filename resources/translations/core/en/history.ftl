# An evaluation's history in words (qaclient/history.py): one sentence per event.
history-no-answer = no answer
history-na = N/A
history-count = { $count ->
    [one] once
   *[other] { $count } times
}
history-created = Started the evaluation with “{ $rubric }” v{ $version }.
history-answered = { $item }: { $answer }
history-answer-changed = { $item }: { $old } → { $answer }
history-answer-cleared = { $item }: answer cleared
history-note-written = Wrote the coaching note: “{ $text }”
history-note-changed = Changed the coaching note: “{ $text }”
history-note-cleared = Cleared the coaching note.
history-comment-added = Added a comment at { $time }: “{ $text }”
history-comment-edited = Edited the comment at { $time }: “{ $text }”
history-comment-deleted = Deleted the comment at { $time }: “{ $text }”
history-submitted = Submitted the evaluation.
history-acknowledged = The agent acknowledged the evaluation.
history-finalised = Finalised the evaluation.
history-reopened = Reopened the evaluation for revision.
history-reopened-because = Reopened the evaluation for revision: { $reason }
history-disputed = Disputed the evaluation: { $reason }
history-status-changed = Status changed from { $old } to { $new }.
history-other = { $action } { $field }
history-section-checked = section checked
