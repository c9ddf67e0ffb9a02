# Assisted scoring: suggestions from the local analysis (qaclient/assist/).
assist-found-interruptions = { $count ->
    [0] el agente no interrumpió
    [one] 1 interrupción del agente en { $times }
   *[other] { $count } interrupciones del agente en { $times }
}
assist-found-holds = { $count ->
    [0] ninguna espera
    [one] 1 espera en { $times }
   *[other] { $count } esperas en { $times }
}
assist-found-no-hold = ninguna espera
assist-found-longest-hold = espera más larga de { $seconds } s en { $at }
assist-found-music = { $silent ->
    [0] música en todas las esperas ({ $count })
   *[other] { $silent } de { $count } esperas sin música, en { $times }
}
assist-found-no-silence = ningún silencio largo
assist-found-longest-silence = silencio más largo de { $seconds } s en { $at }
assist-found-talk-ratio = el agente habla el { $percent } % del tiempo
assist-found-duration = duración de la llamada { $length }
assist-found-first-words = primeras palabras del agente tras { $seconds } s, en { $at }
assist-accepted = sugerido: { $finding } — aceptado
assist-mono = Grabación mono: no se distingue al agente del cliente, así que { $measure } no se puede medir.
assist-no-speech = No se encontró voz en ningún canal.
assist-agent-silent = El canal del agente no tiene voz.
assist-nothing = { $finding }: el ítem no tiene regla para una llamada sin ello.
assist-no-rule = { $finding }: ninguna regla del ítem responde a esto; escuche y decida.
assist-out-of-range = { $finding }: fuera de los valores permitidos del ítem, de { $min } a { $max }.
assist-unknown-call = La llamada { $call } no está en la biblioteca: impórtela primero (qaclient import).
assist-no-recording = La grabación de la llamada { $call } no está en este equipo.
assist-not-bound = El ítem { $item } no tiene señal para sugerir su respuesta.
assist-not-accepted = La sugerencia aceptada para { $item } no es la respuesta dada.
assist-history-accepted = { $item }: { $answer } — sugerido: { $finding } — aceptado por { $who }
assist-cli-calibration = --accept-suggestions es para evaluaciones, no para sesiones de calibración: cada evaluador puntúa la llamada de calibración sin ayuda.
