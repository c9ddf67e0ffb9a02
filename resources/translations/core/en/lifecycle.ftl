# The evaluation lifecycle: centre settings, disputes, calibration, score breakdown.
centre-unknown-setting = unknown centre setting { $key }; the settings are: { $known }
centre-bad-value = { $key } must be a whole number from { $low } to { $high }

dispute-bad-id = { $id } is not a dispute id
dispute-not-found = no dispute { $id }
dispute-calibration = a calibration evaluation cannot be disputed: it does not count in any score
dispute-not-your-evaluation = only the agent { $agent } can dispute this evaluation
dispute-wrong-status = this evaluation is { $status }: only a submitted or acknowledged evaluation can be disputed
dispute-no-items = name at least one item to dispute (--item ITEM --reason TEXT)
dispute-unknown-item = the evaluation's rubric has no item { $item }
dispute-item-twice = item { $item } is disputed twice: give one reason per item
dispute-needs-reason = item { $item } needs a reason: say what you disagree with
dispute-window-closed = the dispute window has closed: disputes are accepted up to { $days } days after submission
dispute-limit-reached = you have used all { $limit } disputes allowed this month
dispute-resolver-only = { $login } cannot resolve disputes: only a supervisor or a manager can
dispute-bad-outcome = { $outcome } is not an outcome: use upheld or rejected
dispute-resolution-needs-reason = a resolution needs a reason the agent can read (--reason TEXT)
dispute-already-resolved = this dispute is already { $status }
dispute-rejected-with-answers = a rejected dispute keeps the score: corrected answers go with upheld
evaluation-revise-needs-reason = reopening an evaluation for revision needs a reason

calibration-bad-id = { $id } is not a calibration session id
calibration-not-found = no calibration session { $id }
calibration-organiser-only = { $login } cannot organise calibration sessions: only a supervisor, trainer or manager can
calibration-no-calls = a calibration session needs at least one call (--call)
calibration-call-twice = a call is listed twice
calibration-no-inspectors = a calibration session needs at least one inspector (--inspector)
calibration-inspector-twice = an inspector is listed twice
calibration-benchmark-is-inspector = { $login } cannot be both an inspector and the benchmark scorer
calibration-too-few-raters = a calibration needs at least two raters (inspectors, or an inspector and a benchmark scorer)
calibration-revealed-closed = this calibration session has been revealed: scoring is closed
calibration-call-not-in-session = call { $call } is not part of this calibration session
calibration-not-invited = { $login } is not invited to this calibration session
calibration-already-scored = you have already submitted call { $call } in this session
calibration-already-revealed = this calibration session has already been revealed
calibration-not-revealed = the answers stay hidden until the session is revealed (qaclient calibration reveal ID)

breakdown-section-na = Section "{ $section }" is not applicable: it leaves the total and the maximum
breakdown-section-auto-failed = Section "{ $section }" scores 0: a critical item in it failed
breakdown-base = Starts from the base of { $base } points
breakdown-base-total = Base plus every bonus, deduction and adjustment: { $raw }
breakdown-weighted-total = Each section counts its weight × score ÷ maximum: { $raw } of { $weights }
breakdown-renormalised = Weights renormalised: only { $weights } of { $all } weight points apply, so the percent is taken over { $weights }
breakdown-points-total = Sum of the section scores: { $raw } of { $max }
breakdown-auto-fail = Critical item { $item } failed: the whole evaluation scores 0
breakdown-capped = Capped at { $cap }
breakdown-floored = Raised to the floor of { $floor }
breakdown-percent = { $total } of { $max } = { $percent } %
breakdown-grade = Grade { $grade }: the band { $inclusive ->
    [yes] from
   *[no] above
} { $min }{ $basis ->
    [total] { " " }points
   *[percent] { " " }%
}
breakdown-grade-lowest = Grade { $grade }: the lowest band
dispute-answers-are-the-inspectors = on the shared server only the inspector who scored it changes the answers: uphold without answers to send it back to them to revise
