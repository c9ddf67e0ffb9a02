# 评估生命周期：中心设置、申诉、校准、得分明细。
centre-unknown-setting = 未知的中心设置 { $key }；可用的设置有：{ $known }
centre-bad-value = { $key } 必须是 { $low } 到 { $high } 之间的整数

dispute-bad-id = { $id } 不是申诉编号
dispute-not-found = 找不到申诉 { $id }
dispute-calibration = 校准评估不能申诉：它不计入任何成绩
dispute-not-your-evaluation = 只有坐席 { $agent } 本人可以申诉这份评估
dispute-wrong-status = 这份评估的状态是 { $status }：只有已提交或已确认的评估可以申诉
dispute-no-items = 请至少指定一个申诉项目（--item 项目 --reason 理由）
dispute-unknown-item = 该评估的评分表中没有项目 { $item }
dispute-item-twice = 项目 { $item } 被申诉了两次：每个项目写一条理由
dispute-needs-reason = 项目 { $item } 需要填写理由：请说明不同意之处
dispute-window-closed = 申诉期已过：提交后 { $days } 天内可以申诉
dispute-limit-reached = 本月 { $limit } 次申诉机会已全部用完
dispute-resolver-only = { $login } 不能处理申诉：只有主管或经理可以
dispute-bad-outcome = { $outcome } 不是有效的处理结果：请用 upheld（成立）或 rejected（驳回）
dispute-resolution-needs-reason = 处理申诉需要填写坐席能看懂的理由（--reason 文字）
dispute-already-resolved = 该申诉已处理：{ $status }
dispute-rejected-with-answers = 驳回申诉时成绩不变：更正后的答案只能随“成立”一起提交
evaluation-revise-needs-reason = 重新打开评估进行修改需要填写理由

calibration-bad-id = { $id } 不是校准会编号
calibration-not-found = 找不到校准会 { $id }
calibration-organiser-only = { $login } 不能组织校准会：只有主管、培训员或经理可以
calibration-no-calls = 校准会至少需要一通录音（--call）
calibration-call-twice = 有一通录音被列了两次
calibration-no-inspectors = 校准会至少需要一名质检员（--inspector）
calibration-inspector-twice = 有一名质检员被列了两次
calibration-benchmark-is-inspector = { $login } 不能同时担任质检员和基准评分人
calibration-too-few-raters = 校准至少需要两名评分人（质检员，或一名质检员加基准评分人）
calibration-revealed-closed = 该校准会已揭晓：评分已结束
calibration-call-not-in-session = 录音 { $call } 不属于该校准会
calibration-not-invited = { $login } 未被邀请参加该校准会
calibration-already-scored = 你已经提交了该校准会中录音 { $call } 的评分
calibration-already-revealed = 该校准会已经揭晓
calibration-not-revealed = 校准会揭晓前各人的答案保持隐藏（qaclient calibration reveal 编号）

breakdown-section-na = 部分“{ $section }”不适用：不计入总分和满分
breakdown-section-auto-failed = 部分“{ $section }”得 0 分：其中的关键项未通过
breakdown-base = 从基础分 { $base } 分开始
breakdown-base-total = 基础分加上所有加分、扣分和调整：{ $raw }
breakdown-weighted-total = 每个部分按 权重 × 得分 ÷ 满分 计入：{ $raw } / { $weights }
breakdown-renormalised = 权重已重新归一：{ $all } 个权重点中只有 { $weights } 个适用，百分比按 { $weights } 计算
breakdown-points-total = 各部分得分之和：{ $raw } / { $max }
breakdown-auto-fail = 关键项 { $item } 未通过：整份评估得 0 分
breakdown-capped = 以上限 { $cap } 分封顶
breakdown-floored = 提高到下限 { $floor } 分
breakdown-percent = { $total } / { $max } = { $percent } %
breakdown-grade = 等级 { $grade }：分数段为{ $inclusive ->
    [yes] { $min }{ $basis ->
        [total] 分
       *[percent] { " " }%
    }及以上
   *[no] 高于 { $min }{ $basis ->
        [total] 分
       *[percent] { " " }%
    }
}
breakdown-grade-lowest = 等级 { $grade }：最低一档
dispute-answers-are-the-inspectors = 在共享服务器上只有评分的质检员本人能修改答案：请不带答案地判定申诉成立，退回给质检员修改
