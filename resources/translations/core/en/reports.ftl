# Reports: KPI report, scorecards, inspector statistics (qaclient/reports).
reports-unknown-time-zone = Unknown time zone { $zone }: use an IANA name such as Asia/Shanghai.
reports-bad-month = The month { $text } is not of the form YYYY-MM (e.g. 2026-10).
reports-bad-export-format = Cannot export to { $format } here: use csv or xlsx.
reports-kind-bonus = bonus
reports-kind-minor = minor infraction
reports-kind-moderate = moderate infraction
reports-kind-severe = severe infraction
reports-kind-adjustment = adjustment
reports-kind-flag = dismissal act
reports-kind-spot-check = spot check
reports-kind-escalation = escalation
reports-unknown-event-kind = Unknown event kind { $kind }: use one of { $kinds }.
reports-event-kind-derived = A { $kind } is derived from call evaluations, not entered.
reports-not-a-scorecard-item = { $item } is not an item of the scorecard rubric { $rubric }: use one of { $items }.
reports-item-derived = “{ $item }” is filled in from call evaluations, not entered.
reports-item-other-kind = “{ $item }” records a { $expected }, not a { $kind }.
reports-event-points-range = A { $kind } gives { $low } to { $high } points each, not { $points }.
reports-event-count = The count must be at least 1.
reports-event-needs-reason = A { $kind } needs a written reason (the handbook requires it).
reports-event-date-outside = { $date } is not in { $month }.
reports-adjustments-too-large = The trainer's adjustments of { $agent } in { $month } would add up to { $total }; the handbook allows -5 to +5 a month.
reports-no-event = There is no scorecard event { $id }.
reports-warning-below-60 = Dismissal warning: below 60 this month.
reports-warning-last-place = Dismissal warning: last place two months running, below 70.
reports-warning-dismissal-act = Dismissal act recorded: { $acts }
reports-spot-check-auto-fail = auto-fail on a spot-checked call
reports-spot-check-errors = { $count ->
    [one] 1 error on a spot-checked call
   *[other] { $count } errors on a spot-checked call
}
reports-escalation-reason = { $minor } minor / { $moderate } moderate infractions in the month
reports-month-out-of-range = month { $text } is out of range: give a year from { $low } to { $high }
