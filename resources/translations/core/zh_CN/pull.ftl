# 同步拉取：拉取时发现的问题（qaclient/sync/engine.py，由 `qaclient sync` 显示）。
sync-pull-score-mismatches = 拉取的 { $count } 条评估记录中的分数与其答案不符（可能被篡改或在别处算错）：已保留本机重新计算的分数。记录编号见 `qaclient sync --json`（"mismatched"）。
