# Sync conflicts: resolving them field by field (qaclient/sync/conflicts.py, qaclient/cli/sync.py).
merge-pick-not-in-conflict = { $picked } not in conflict { $id }; the fields in conflict are: { $fields }
merge-pick-bad-side = pick { $picked }: use mine or theirs
merge-pick-format = --pick { $value }: write FIELD=mine or FIELD=theirs (e.g. --pick answers.greeting=mine)
merge-pick-needs-merge = --pick goes with --resolve ID merge
