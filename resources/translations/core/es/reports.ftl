# Informes: informe de KPI, fichas mensuales, estadísticas de evaluadores (qaclient/reports).
reports-unknown-time-zone = Zona horaria desconocida { $zone }: use un nombre IANA como Europe/Madrid.
reports-bad-month = El mes { $text } no tiene la forma AAAA-MM (p. ej. 2026-10).
reports-bad-export-format = Aquí no se puede exportar a { $format }: use csv o xlsx.
reports-kind-bonus = bonificación
reports-kind-minor = falta leve
reports-kind-moderate = falta moderada
reports-kind-severe = falta grave
reports-kind-adjustment = ajuste
reports-kind-flag = acto de despido
reports-kind-spot-check = control puntual
reports-kind-escalation = escalada
reports-unknown-event-kind = Tipo de evento desconocido { $kind }: use uno de { $kinds }.
reports-event-kind-derived = Un evento de tipo «{ $kind }» se deriva de las evaluaciones de llamadas, no se introduce.
reports-not-a-scorecard-item = { $item } no es un ítem de la plantilla de ficha { $rubric }: use uno de { $items }.
reports-item-derived = «{ $item }» se calcula a partir de las evaluaciones de llamadas, no se introduce.
reports-item-other-kind = «{ $item }» registra un evento de tipo «{ $expected }», no «{ $kind }».
reports-event-points-range = Un evento de tipo «{ $kind }» da de { $low } a { $high } puntos cada uno, no { $points }.
reports-event-count = La cantidad debe ser al menos 1.
reports-event-needs-reason = Un evento de tipo «{ $kind }» necesita un motivo escrito (lo exige el manual).
reports-event-date-outside = { $date } no está en { $month }.
reports-adjustments-too-large = Los ajustes del formador para { $agent } en { $month } sumarían { $total }; el manual permite de −5 a +5 al mes.
reports-no-event = No existe el evento de ficha { $id }.
reports-warning-below-60 = Aviso de despido: por debajo de 60 este mes.
reports-warning-last-place = Aviso de despido: último puesto dos meses seguidos, por debajo de 70.
reports-warning-dismissal-act = Acto de despido registrado: { $acts }
reports-spot-check-auto-fail = suspenso automático en una llamada de control puntual
reports-spot-check-errors = { $count ->
    [one] 1 error en una llamada de control puntual
   *[other] { $count } errores en una llamada de control puntual
}
reports-escalation-reason = { $minor } faltas leves / { $moderate } moderadas en el mes
reports-month-out-of-range = el mes { $text } está fuera de rango: indique un año de { $low } a { $high }
