# Scoring answers against a rubric (qaclient/rubrics/scoring.py).
# These follow "item_id: ", hence lower case.
scoring-problem-not-answered = not answered
scoring-problem-needs-reason = needs a written reason (comment)
scoring-na-not-allowed = this item cannot be answered N/A
scoring-section-na-not-allowed = this section cannot be marked N/A
scoring-unknown-level = unknown level '{ $level }'; use one of { $levels }
scoring-count-too-high = count { $count } is above the most this item counts ({ $most })
scoring-value-outside = value { $value } is outside { $low }…{ $high }
scoring-unknown-item = unknown item: rubric '{ $rubric }' has no item or section '{ $item }'
