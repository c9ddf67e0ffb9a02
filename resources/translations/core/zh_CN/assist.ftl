# Assisted scoring: suggestions from the local analysis (qaclient/assist/).
assist-found-interruptions = { $count ->
    [0] 坐席没有打断客户
   *[other] 坐席打断客户 { $count } 次，位置 { $times }
}
assist-found-holds = { $count ->
    [0] 没有等待
   *[other] 等待 { $count } 次，位置 { $times }
}
assist-found-no-hold = 没有等待
assist-found-longest-hold = 最长等待 { $seconds } 秒，位置 { $at }
assist-found-music = { $silent ->
    [0] 每次等待都有等候音乐（共 { $count } 次）
   *[other] { $count } 次等待中有 { $silent } 次没有等候音乐，位置 { $times }
}
assist-found-no-silence = 没有长时间静音
assist-found-longest-silence = 最长静音 { $seconds } 秒，位置 { $at }
assist-found-talk-ratio = 坐席说话占比 { $percent }%
assist-found-duration = 通话时长 { $length }
assist-found-first-words = 坐席在 { $seconds } 秒后开口，位置 { $at }
assist-accepted = 建议：{ $finding } — 已采纳
assist-mono = 单声道录音无法区分坐席和客户，因此无法测量 { $measure }。
assist-no-speech = 两个声道都没有检测到说话。
assist-agent-silent = 坐席声道没有检测到说话。
assist-nothing = { $finding }：该项目没有适用于这种通话的规则。
assist-no-rule = { $finding }：该项目的规则不能据此给出答案，请收听后判断。
assist-out-of-range = { $finding }：超出该项目允许的取值范围 { $min } 至 { $max }。
assist-unknown-call = 录音库中没有通话 { $call }：请先导入（qaclient import）。
assist-no-recording = 通话 { $call } 的录音不在本机上。
assist-not-bound = 项目 { $item } 没有可用于建议答案的信号。
assist-not-accepted = 项目 { $item } 采纳的建议与所给答案不一致。
assist-history-accepted = { $item }：{ $answer } — 建议：{ $finding } — 由 { $who } 采纳
assist-cli-calibration = --accept-suggestions 只用于评分，不用于校准：校准通话由每位质检员独立评分。
