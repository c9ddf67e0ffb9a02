# Conflictos de sincronización: resolverlos campo por campo (qaclient/sync/conflicts.py, qaclient/cli/sync.py).
merge-pick-not-in-conflict = { $picked } no está en el conflicto { $id }; los campos en conflicto son: { $fields }
merge-pick-bad-side = elección { $picked }: use mine (el mío) o theirs (el suyo)
merge-pick-format = --pick { $value }: escriba CAMPO=mine o CAMPO=theirs (p. ej. --pick answers.greeting=mine)
merge-pick-needs-merge = --pick solo va con --resolve ID merge
