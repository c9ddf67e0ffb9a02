# Sync pull: what a pull found (qaclient/sync/engine.py, shown by `qaclient sync`).
sync-pull-score-mismatches = { $count ->
    [one] 1 pulled evaluation carries a score that does not match its answers (forged or computed wrongly elsewhere): the score recomputed here is kept. Its id is in `qaclient sync --json` ("mismatched").
   *[other] { $count } pulled evaluations carry a score that does not match their answers (forged or computed wrongly elsewhere): the scores recomputed here are kept. Their ids are in `qaclient sync --json` ("mismatched").
}
