# Assisted scoring: suggestions from the local analysis (qaclient/assist/).
assist-found-interruptions = { $count ->
    [0] no agent interruption
    [one] 1 agent interruption at { $times }
   *[other] { $count } agent interruptions at { $times }
}
assist-found-holds = { $count ->
    [0] no hold
    [one] 1 hold at { $times }
   *[other] { $count } holds at { $times }
}
assist-found-no-hold = no hold
assist-found-longest-hold = longest hold { $seconds } s at { $at }
assist-found-music = { $silent ->
    [0] hold music on every hold ({ $count })
   *[other] { $silent } of { $count } holds without music, at { $times }
}
assist-found-no-silence = no long silence
assist-found-longest-silence = longest silence { $seconds } s at { $at }
assist-found-talk-ratio = agent talk share { $percent } %
assist-found-duration = call length { $length }
assist-found-first-words = agent's first words after { $seconds } s, at { $at }
assist-accepted = suggested: { $finding } — accepted
assist-mono = Mono recording: the agent and the customer cannot be told apart, so { $measure } cannot be measured.
assist-no-speech = No speech was found on either channel.
assist-agent-silent = The agent's channel has no speech.
assist-nothing = { $finding }: the item has no rule for a call without it.
assist-no-rule = { $finding }: no rule of the item answers this — listen and decide.
assist-out-of-range = { $finding }: outside the item's allowed values { $min } to { $max }.
assist-unknown-call = Call { $call } is not in the library: import it first (qaclient import).
assist-no-recording = The recording of call { $call } is not on this computer.
assist-not-bound = Item { $item } has no signal to suggest its answer.
assist-not-accepted = The accepted suggestion for { $item } is not the answer given.
assist-history-accepted = { $item }: { $answer } — suggested: { $finding } — accepted by { $who }
assist-cli-calibration = --accept-suggestions is for evaluations, not calibration sessions: each inspector scores a calibration call unaided.
