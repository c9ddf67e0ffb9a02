"""Column types that keep domain values exact and portable between SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.types import TypeDecorator

SCALE = 10_000


class DecimalE4(TypeDecorator[Decimal]):
    """An exact decimal with 4 places stored as an integer count of ten-thousandths.

    Exact on every backend (no float drift), and SQL aggregates still work on the raw
    column: ``AVG(total) / 10000``.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect) -> int | None:  # type: ignore[override]
        if value is None:
            return None
        return int((Decimal(value) * SCALE).to_integral_value())

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:  # type: ignore[override]
        if value is None:
            return None
        return (Decimal(int(value)) / SCALE).normalize() + Decimal(0)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the zone; we restore it)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use datetime.now(UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:  # type: ignore[override]
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
