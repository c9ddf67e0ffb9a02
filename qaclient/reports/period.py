"""Report periods: calendar months in the centre's time zone, and SQL day buckets.

A centre in Beijing closes its month at midnight Beijing time, not UTC, so every report
takes an optional IANA time zone (``tz``); timestamps are stored in UTC.  Month bounds are
computed here in Python and passed to SQL as UTC instants, so the month filter stays an
index range scan.  Day buckets (sample coverage, evaluations per day) need the local date
*in* SQL: PostgreSQL converts with ``AT TIME ZONE`` (exact, DST included); SQLite shifts by
the zone's UTC offset at the start of the month (exact for zones without daylight saving,
e.g. Asia/Shanghai; within the DST hour otherwise - documented in docs/reports.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import String, cast, func, literal_column
from sqlalchemy.sql.elements import ColumnElement

from qaclient.messages import msg

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
#: the years a report month may be in (its neighbours and UTC bounds stay valid dates)
MIN_YEAR, MAX_YEAR = 1900, 9998


class PeriodError(ValueError):
    """A month or time zone the user typed is not valid (message says which and how)."""


def zone(tz: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise PeriodError(msg("reports-unknown-time-zone", zone=str(tz))) from exc


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        m = _MONTH.match(text.strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise PeriodError(msg("reports-bad-month", text=str(text)))
        year = int(m.group(1))
        if not MIN_YEAR <= year <= MAX_YEAR:
            # reports look at the months around this one and at UTC bounds in any zone
            raise PeriodError(
                msg("reports-month-out-of-range", text=str(text), low=MIN_YEAR, high=MAX_YEAR)
            )
        return cls(year, int(m.group(2)))

    @classmethod
    def of(cls, d: date) -> Month:
        return cls(d.year, d.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), 12 if self.month == 1 else self.month - 1)

    def days(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.last_day.day)]

    def bounds(self, tz: str | None = None) -> tuple[datetime, datetime]:
        """[start, end) of the month in *tz*, as aware UTC datetimes."""
        z = zone(tz)
        start = datetime.combine(self.first_day, datetime.min.time(), z).astimezone(UTC)
        end = datetime.combine(self.next().first_day, datetime.min.time(), z).astimezone(UTC)
        return start, end


def utc_offset_minutes(tz: str | None, at: date) -> int:
    off = datetime.combine(at, datetime.min.time(), zone(tz)).utcoffset() or timedelta(0)
    return int(off.total_seconds() // 60)


def day_expr(column, dialect: str, tz: str | None, month: Month) -> ColumnElement[str]:
    """SQL for the local calendar day (``'YYYY-MM-DD'`` text) of a UTC timestamp column."""
    if dialect == "postgresql":
        return cast(func.date(func.timezone(tz or "UTC", column)), String)
    minutes = utc_offset_minutes(tz, month.first_day)
    return func.date(column, literal_column(f"'{minutes:+d} minutes'"))


def month_expr(
    column, dialect: str, tz: str | None, month: Month | None = None
) -> ColumnElement[str]:
    """SQL for the local ``'YYYY-MM'`` of a UTC timestamp column (trends over many months)."""
    if dialect == "postgresql":
        return func.to_char(func.timezone(tz or "UTC", column), "YYYY-MM")
    minutes = utc_offset_minutes(tz, (month or Month(2000, 1)).first_day)
    return func.strftime("%Y-%m", column, literal_column(f"'{minutes:+d} minutes'"))
