# 同步冲突：逐个字段解决（qaclient/sync/conflicts.py、qaclient/cli/sync.py）。
merge-pick-not-in-conflict = { $picked } 不在冲突 { $id } 中；该冲突涉及的字段是：{ $fields }
merge-pick-bad-side = 选择 { $picked }：请用 mine（我的）或 theirs（对方的）
merge-pick-format = --pick { $value }：请写成 字段=mine 或 字段=theirs（例如 --pick answers.greeting=mine）
merge-pick-needs-merge = --pick 只能与 --resolve ID merge 一起使用
