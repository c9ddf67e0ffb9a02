"""The calendar days a user may name in a period, filter or rule.

Periods are turned into UTC instants in the centre's time zone and widened by a day or a
month on either side (previous month, ISO weeks, local-day buckets), so a day at the very
edge of Python's calendar (0001-01-01, 9999-12-31) overflows somewhere deep inside a
report.  Every day a user types is checked against this range first, with one message.
"""

from __future__ import annotations

from datetime import date, datetime

from qaclient.messages import msg

#: first and last day a period, filter or rule may name (a report month's years likewise)
MIN_DAY = date(1900, 1, 1)
MAX_DAY = date(9998, 12, 31)


class DayRangeError(ValueError):
    """A day outside :data:`MIN_DAY` … :data:`MAX_DAY`, or a period that ends before it starts."""


def check_day(value: date | datetime, what: str = "date") -> date | datetime:
    """*value* when its day is within range, else :class:`DayRangeError`."""
    day = value.date() if isinstance(value, datetime) else value
    if not MIN_DAY <= day <= MAX_DAY:
        raise DayRangeError(
            msg(
                "hostile-day-out-of-range",
                what=what,
                day=value.isoformat(),
                first=MIN_DAY.isoformat(),
                last=MAX_DAY.isoformat(),
            )
        )
    return value


def check_period(
    start: date | datetime | None,
    end: date | datetime | None,
    names: tuple[str, str] = ("from", "to"),
) -> None:
    """Both ends in range and *end* not before *start* (a reversed range silently finds
    nothing, which reads as "no calls" rather than as a typo)."""
    if start is not None:
        check_day(start, names[0])
    if end is not None:
        check_day(end, names[1])
    if start is not None and end is not None:
        a = start.date() if isinstance(start, datetime) else start
        b = end.date() if isinstance(end, datetime) else end
        if b < a:
            raise DayRangeError(
                msg(
                    "hostile-period-reversed",
                    to_name=names[1],
                    to=end.isoformat(),
                    from_name=names[0],
                    **{"from": start.isoformat()},
                )
            )
