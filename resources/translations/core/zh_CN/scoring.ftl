# 按评分表评分（qaclient/rubrics/scoring.py）。
scoring-problem-not-answered = 未评分
scoring-problem-needs-reason = 需要填写书面原因（批注）
scoring-na-not-allowed = 此评分项不能选“不适用”
scoring-section-na-not-allowed = 此部分不能标为“不适用”
scoring-unknown-level = 未知等级“{ $level }”；请使用 { $levels } 之一
scoring-count-too-high = 次数 { $count } 超过了此评分项的上限（{ $most }）
scoring-value-outside = 数值 { $value } 超出范围 { $low }…{ $high }
scoring-unknown-item = 未知评分项：评分表“{ $rubric }”中没有评分项或部分“{ $item }”
