"""Centre-wide settings, shared by every client through sync (not the local settings file).

The centre decides how long after submission an agent may dispute an evaluation and how
many disputes an agent may open a month (Genesys Cloud's defaults: 45 days, 5 disputes).
A change is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from qaclient.messages import msg
from qaclient.storage.models import CentreSetting

if TYPE_CHECKING:
    from qaclient.collection import Collection


class CentreSettingError(ValueError):
    pass


@dataclass(frozen=True)
class CentreSettings:
    dispute_window_days: int = 45  # an agent may dispute until this many days after submission
    disputes_per_month: int = 5  # disputes one agent may open in a calendar month

    @classmethod
    def keys(cls) -> list[str]:
        return [f.name for f in fields(cls)]


_LIMITS = {"dispute_window_days": (1, 3650), "disputes_per_month": (0, 1000)}


class Centre:
    def __init__(self, col: Collection):
        self.col = col

    def settings(self) -> CentreSettings:
        with self.col.Session() as s:
            rows = s.scalars(select(CentreSetting).where(CentreSetting.deleted.is_(False))).all()
        values: dict[str, Any] = {}
        for row in rows:
            if row.key in CentreSettings.keys():
                try:
                    values[row.key] = int(json.loads(row.value))
                except (TypeError, ValueError):
                    continue  # a damaged value falls back to the default
        return CentreSettings(**values)

    def set(self, key: str, value: int) -> CentreSettings:
        if key not in CentreSettings.keys():
            raise CentreSettingError(
                msg("centre-unknown-setting", key=key, known=", ".join(CentreSettings.keys()))
            )
        low, high = _LIMITS[key]
        if not isinstance(value, int) or not low <= value <= high:
            raise CentreSettingError(msg("centre-bad-value", key=key, low=low, high=high))
        with self.col.Session.begin() as s:
            row = s.scalar(select(CentreSetting).where(CentreSetting.key == key))
            old = None
            if row is None:
                actor = self.col.actor
                row = CentreSetting(key=key, created_by=actor, updated_by=actor)
                s.add(row)
            else:
                old = json.loads(row.value)
                row.touch(self.col.actor)
            row.value = json.dumps(value)
            row.deleted = False
            s.flush()
            self.col.evaluations.audit(s, "centre_setting", row.id, "set", key, old, value)
        return self.settings()
