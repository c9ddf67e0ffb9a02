"""Personal data of the centre's customers: masked by default, shown in full by role.

Caller numbers (and every call field the centre lists in the setting ``personal_fields``)
are masked wherever the app shows or writes them — the call list and call tab,
``qaclient calls --json``, reports and their CSV/XLSX/PDF exports, coaching packs, clip
tags and clip file names — e.g. ``13812345678`` → ``138****5678``.

They are shown in full only when :meth:`Privacy.may_see_personal` says so — the ONE place
that decides: the current user's role is a supervisor, manager or admin (read through
``col.users``), or this machine's settings hold ``show_personal_data: true`` (an explicit,
local choice).  Every time full values leave the core, an audit event says who saw what and
why (``audit_events``: entity ``privacy`` or ``call``, action ``reveal``), so the choice can
be reviewed by the centre (the events sync to the shared server like the rest of the trail).

Free text a person typed (comment text, scorecard reasons, notes) can hold a number too:
:func:`scrub_text` masks anything that looks like a phone number in it.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import text

if TYPE_CHECKING:
    from qaclient.collection import Collection

#: Roles that see personal data in full (their work needs it: call-backs, complaints).
REVEALING_ROLES = frozenset({"supervisor", "manager", "admin"})
#: What the centre marks personal when it has said nothing.
DEFAULT_PERSONAL_FIELDS = ("caller_number",)
#: Call fields that can be marked personal (identifiers the app works with and the centre's
#: own structure — agent, team, queue — cannot).
MASKABLE_FIELDS = frozenset({"caller_number", "notes"})
MASK = "*"
#: Free text of a call, where a typed number is masked even when the field is not personal.
FREE_TEXT_FIELDS = ("notes",)

# A phone number in free text: 7-15 digits in a row (an optional +), or the grouped
# 3-4-4 form (138-1234-5678, 138 1234 5678); not inside a longer word, id or decimal.
_PHONE = re.compile(
    r"(?<![\w.:/+-])(?:\+?\d{7,15}|\+?\d{3}[ -]\d{4}[ -]\d{4})(?![\w.:/-]|\.\d)",
    re.UNICODE,
)

# In a file name or path: any run of 7-15 digits not part of a longer run
# (``13812345678_20261102.wav``); over-masking a time stamp there is the safe side.
_PHONE_LOOSE = re.compile(r"(?<!\d)\+?\d{7,15}(?!\d)")

T = TypeVar("T")


_ROLE_SQL = text("SELECT role FROM users WHERE login = :login AND NOT deleted")


class PrivacyError(PermissionError):
    """A request for personal data in full that the user's role does not allow."""


def mask_number(value: str) -> str:
    """``13812345678`` → ``138****5678``: the first 3 and last 4 digits stay, the rest is masked.

    Formatting is kept (``+86 138-1234-5678`` → ``+86 1**-****-5678``).
    Shorter numbers keep less, so at least four digits stay hidden: 8–10 digits keep two and
    two (``62****78``), 5–7 the first and the last two (``1****89``), 4 or fewer none.
    """
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    n = len(digits)
    if n == 0:
        return value
    if n >= 11:
        keep = set(digits[:3] + digits[-4:])
    elif n >= 8:  # a local number: at least four digits stay hidden
        keep = set(digits[:2] + digits[-2:])
    elif n >= 5:
        keep = set(digits[:1] + digits[-2:])
    else:
        keep = set()
    return "".join(MASK if (i in digits and i not in keep) else ch for i, ch in enumerate(value))


def mask_value(value: Any) -> Any:
    """A personal value masked: numbers by :func:`mask_number`, other text by its first
    character and ``***`` (the length is not shown); ``None`` and ``""`` stay as they are."""
    if value is None or value == "":
        return value
    text = str(value)
    bare = re.sub(r"[\s+()./-]", "", text)
    if bare.isdigit():  # a number (with its usual separators)
        return mask_number(text)
    return text[0] + MASK * 3


def scrub_text(text: str, known: Iterable[str | None] = (), *, loose: bool = False) -> str:
    """*text* with the *known* personal values and anything that looks like a phone number
    masked (comment text, reasons, clip tags).  *loose* for file names and paths: every run
    of 7-15 digits is masked, even between underscores."""
    if not text:
        return text
    for value in known:
        if value and len(value) >= 3 and value in text:
            text = text.replace(value, str(mask_value(value)))
    if loose:
        return _PHONE_LOOSE.sub(
            lambda m: m.group(0) if _is_timestamp(m.group(0)) else mask_number(m.group(0)), text
        )
    return _PHONE.sub(lambda m: mask_number(m.group(0)), text)


def _is_timestamp(digits: str) -> bool:
    """``20261116``, ``202611160930``, ``20261116093000``: a date in a file name, no number."""
    from datetime import datetime

    formats = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
    fmt = formats.get(len(digits))
    if fmt is None or not digits.startswith(("19", "20")):
        return False
    try:
        datetime.strptime(digits, fmt)
    except ValueError:
        return False
    return True


def has_phone_number(text: str) -> bool:
    return bool(text) and _PHONE.search(text) is not None


@dataclass(frozen=True)
class Masker:
    """Applies one decision (mask or show in full) to calls, values and text."""

    reveal: bool = False
    fields: frozenset[str] = frozenset(DEFAULT_PERSONAL_FIELDS)

    def value(self, field: str, value: Any) -> Any:
        if self.reveal or field not in self.fields:
            return value
        return mask_value(value)

    def number(self, value: str | None) -> str | None:
        return self.value("caller_number", value)

    def text(self, text: str, known: Iterable[str | None] = (), *, loose: bool = False) -> str:
        """Free text: phone-number-like runs and *known* values masked (unless revealing)."""
        return text if self.reveal else scrub_text(text, known, loose=loose)

    def call(self, row: T) -> T:
        """A call row (any dataclass with call fields) with its personal fields masked, and
        the caller number (or anything like a phone number) masked inside its free text."""
        if self.reveal:
            return row
        known = [getattr(row, f, None) for f in self.fields]
        changes: dict[str, Any] = {}
        for f in FREE_TEXT_FIELDS:
            value = getattr(row, f, None)
            if isinstance(value, str) and value:
                changes[f] = scrub_text(value, [k for k in known if isinstance(k, str)])
        for f in self.fields:
            value = getattr(row, f, None)
            if isinstance(value, str):
                changes[f] = mask_value(value)
        if hasattr(row, "masked"):
            changes["masked"] = True
        return dataclasses.replace(row, **changes) if changes else row  # type: ignore[type-var]

    def cells(self, rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
        """Table rows with phone-number-like text in every string cell masked."""
        if self.reveal:
            return [list(r) for r in rows]
        return [[scrub_text(v) if isinstance(v, str) else v for v in r] for r in rows]


#: Masks everything: for outputs that have no user to ask (and the safe default).
MASKED = Masker(False)


def personal_fields(settings: Any = None) -> frozenset[str]:
    """The call fields this centre marks personal (setting ``personal_fields``)."""
    if settings is None:
        from qaclient import settings as settings_mod

        settings, _err = settings_mod.load_or_default()
    chosen = getattr(settings, "personal_fields", None) or list(DEFAULT_PERSONAL_FIELDS)
    out = {f for f in chosen if f in MASKABLE_FIELDS}
    out.add("caller_number")  # always personal: the minimum
    return frozenset(out)


class Privacy:
    """``col.privacy``: who may see personal data, the masker to apply, the audit of reveals."""

    def __init__(self, col: Collection):
        self.col = col
        self._lock = threading.Lock()
        self._audited: set[tuple[str, str]] = set()

    # -- the decision -------------------------------------------------------------------
    def role(self) -> str | None:
        """The current user's role (``col.users.current()`` when the users service has it,
        else the user named by the collection's actor); None for an unknown user."""
        current = getattr(self.col.users, "current", None)
        try:
            if callable(current):
                view = current()
                role = getattr(view, "role", None) if view is not None else None
                return str(getattr(role, "value", role)) if role is not None else None
            # the same as users.get(actor).role, in one indexed lookup (every list asks:
            # ~0.2 ms, where the ORM round trip costs ~1 ms)
            with self.col.engine.connect() as conn:
                role = conn.execute(_ROLE_SQL, {"login": self.col.actor}).scalar()
        except Exception:  # noqa: BLE001 - no users table / server unreachable: least privilege
            return None
        return str(role) if role else None

    def reveal_reason(self) -> str | None:
        """Why this user sees personal data in full (``role:<role>`` or ``setting``), or None."""
        role = self.role()
        if role in REVEALING_ROLES:
            return f"role:{role}"
        from qaclient import settings as settings_mod

        st, _err = settings_mod.load_or_default()
        if st.show_personal_data:
            return "setting"
        return None

    def may_see_personal(self) -> bool:
        """May the current user see caller numbers and personal fields in full?"""
        return self.reveal_reason() is not None

    # -- maskers ------------------------------------------------------------------------
    def masker(self, purpose: str, *, reveal: bool | None = None, audit: str = "session") -> Masker:
        """The masker for one output (*purpose*: ``list``, ``calls-json``, ``export``, ``pack``…).

        *reveal* None: in full exactly when the user may see it; False: masked whatever the
        role; True: in full, or :class:`PrivacyError` when not allowed.  A revealing masker
        is audited: once per purpose in this session (*audit* ``"session"``, for lists that
        refresh) or every time (``"always"``, for exports and packs).
        """
        fields = personal_fields()
        if reveal is False:
            return Masker(False, fields)
        reason = self.reveal_reason()
        if reason is None:
            if reveal:
                from qaclient.messages import msg

                raise PrivacyError(str(msg("privacy-reveal-not-allowed", role=self.role() or "")))
            return Masker(False, fields)
        self.audit_reveal(purpose, reason, once=(audit == "session"))
        return Masker(True, fields)

    def audit_reveal(
        self,
        purpose: str,
        reason: str | None = None,
        *,
        call_id: uuid.UUID | None = None,
        detail: dict[str, Any] | None = None,
        once: bool = False,
    ) -> bool:
        """Record that personal data was shown in full; False when *once* and already recorded."""
        key = (purpose, str(call_id or ""))
        with self._lock:
            if once and key in self._audited:
                return False
            self._audited.add(key)
        from qaclient.storage.models import AuditEvent

        payload = {"reason": reason or self.reveal_reason() or "", **(detail or {})}
        with self.col.Session.begin() as s:
            s.add(
                AuditEvent(
                    entity="call" if call_id else "privacy",
                    entity_id=call_id or uuid.uuid4(),
                    action="reveal",
                    field=purpose[:100],
                    old=None,
                    new=json.dumps(payload, ensure_ascii=False, sort_keys=True),
                    created_by=self.col.actor,
                    updated_by=self.col.actor,
                )
            )
        return True

    def reveal_call(self, call_id: str, purpose: str = "call-tab") -> bool:
        """Audit that the call tab shows *call_id*'s personal fields in full (once per call
        and session); False when this user sees them masked."""
        reason = self.reveal_reason()
        if reason is None:
            return False
        from sqlalchemy import select

        from qaclient.storage.models import Call

        with self.col.Session() as s:
            row_id = s.scalar(select(Call.id).where(Call.call_id == call_id))
        if row_id is None:
            return False
        self.audit_reveal(purpose, reason, call_id=row_id, once=True)
        return True

    def set_show_personal_data(self, show: bool) -> None:
        """Turn the local "show personal data in full" setting on or off (audited)."""
        from qaclient import settings as settings_mod

        st, _err = settings_mod.load_or_default()
        if st.show_personal_data == bool(show):
            return
        settings_mod.update(show_personal_data=bool(show))
        self.audit_reveal(
            "setting",
            "setting" if show else "",
            detail={"show_personal_data": bool(show)},
        )

    def reveals(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest reveal events (newest first): who, when, what for and why."""
        from sqlalchemy import select

        from qaclient.storage.models import AuditEvent

        with self.col.Session() as s:
            rows = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "reveal")
                .order_by(AuditEvent.created_at.desc())
                .limit(limit)
            ).all()
            return [
                {
                    "entity": r.entity,
                    "entity_id": str(r.entity_id),
                    "purpose": r.field,
                    "by": r.created_by,
                    "at": r.created_at.isoformat() if r.created_at else None,
                    **json.loads(r.new or "{}"),
                }
                for r in rows
            ]


__all__ = [
    "DEFAULT_PERSONAL_FIELDS",
    "MASKED",
    "Masker",
    "Privacy",
    "PrivacyError",
    "mask_number",
    "mask_value",
    "personal_fields",
    "scrub_text",
]
