# Sincronización, descarga: lo que encontró una descarga (qaclient/sync/engine.py, mostrado por `qaclient sync`).
sync-pull-score-mismatches = { $count ->
    [one] 1 evaluación descargada trae una puntuación que no corresponde a sus respuestas (falsificada o mal calculada en otro equipo): se conserva la puntuación recalculada aquí. Su id está en `qaclient sync --json` ("mismatched").
   *[other] { $count } evaluaciones descargadas traen una puntuación que no corresponde a sus respuestas (falsificada o mal calculada en otro equipo): se conservan las puntuaciones recalculadas aquí. Sus ids están en `qaclient sync --json` ("mismatched").
}
