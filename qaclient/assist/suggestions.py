"""Suggested answers for a rubric's bound items, from the local analysis of one call.

:func:`suggest` applies every item's ``signal:`` binding (docs/rubric-format.md § Signals)
to a call's :class:`~qaclient.audio.segments.Segments`: a :class:`Suggestion` (the answer,
the measured value and the evidence spans) or an :class:`Unavailable` (why the item gets no
suggestion: a mono recording cannot tell who interrupted, no rule answers the value …).
:func:`suggest_call` does it for a call of the library.  Suggestions are never answers: an
evaluation takes one only when the inspector accepts it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qaclient.assist.signals import Evidence, Measurement, What, measure
from qaclient.audio.segments import SegmentParams, Segments
from qaclient.messages import Message, msg
from qaclient.rubrics.model import Answer, Item, ItemKind, Measure, Rubric

if TYPE_CHECKING:
    from qaclient.collection import Collection
    from qaclient.recordings.library import CallRow


class AssistError(Exception):
    """The call cannot be analysed (not in the library, no local recording, unreadable)."""


def clock(ms: int) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour) of a position."""
    s = int(ms) // 1000
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def _times(evidence: tuple[Evidence, ...], what: str | None = None) -> str:
    return ", ".join(clock(e.start_ms) for e in evidence if what is None or e.what == what)


def finding(m: Measurement) -> Message:
    """What the signal found, in words ("2 agent interruptions at 00:26, 01:14")."""
    v, ev = m.value, m.evidence
    if m.measure is Measure.AGENT_INTERRUPTIONS:
        return msg("assist-found-interruptions", count=len(ev), times=_times(ev))
    if m.measure is Measure.HOLD_COUNT:
        return msg("assist-found-holds", count=len(ev), times=_times(ev))
    if m.measure is Measure.LONGEST_HOLD_S:
        if v is None:
            return msg("assist-found-no-hold")
        return msg("assist-found-longest-hold", seconds=str(v), at=_times(ev))
    if m.measure is Measure.MUSIC_ON_HOLD:
        if v is None:
            return msg("assist-found-no-hold")
        silent = [e for e in ev if e.what == What.HOLD]
        return msg(
            "assist-found-music",
            count=len(ev),
            silent=len(silent),
            times=_times(tuple(silent)),
        )
    if m.measure is Measure.LONGEST_SILENCE_S:
        if not ev:
            return msg("assist-found-no-silence")
        return msg("assist-found-longest-silence", seconds=str(v), at=_times(ev))
    if m.measure is Measure.AGENT_TALK_RATIO:
        return msg("assist-found-talk-ratio", percent=str(round(Decimal(str(v)) * 100)))
    if m.measure is Measure.CALL_DURATION_S:
        return msg("assist-found-duration", length=clock(ev[0].end_ms if ev else 0))
    if m.measure is Measure.AGENT_FIRST_WORDS_S:
        return msg("assist-found-first-words", seconds=str(v), at=_times(ev))
    raise ValueError(m.measure)


def finding_from_record(data: dict[str, Any]) -> Message | None:
    """The finding of an accepted suggestion as the audit trail keeps it (re-worded in the
    reader's language); None when the record is not one."""
    try:
        what = Measure(data["signal"])
        raw = data.get("value")
        value: Decimal | bool | None = (
            raw if raw is None or isinstance(raw, bool) else Decimal(str(raw))
        )
        ev = tuple(
            Evidence(int(e["start_ms"]), int(e["end_ms"]), str(e["what"]))
            for e in data.get("evidence") or ()
        )
        return finding(Measurement(what, value, ev))
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return None


@dataclass(frozen=True)
class Suggestion:
    """A suggested answer to one item, with what was measured and where."""

    item: str
    answer: Answer
    signal: Measure
    value: int | float | bool | None
    evidence: tuple[Evidence, ...]
    finding: Message

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "answer": self.answer.to_json(),
            "signal": self.signal.value,
            "value": self.value,
            "evidence": [e.to_json() for e in self.evidence],
        }

    def audit_record(self, accepted_by: str) -> dict[str, Any]:
        """What the audit trail keeps when the inspector accepts it."""
        data = self.to_json()
        data["accepted_by"] = accepted_by
        data["note"] = str(msg("assist-accepted", finding=self.finding))
        return data


@dataclass(frozen=True)
class Unavailable:
    """A bound item without a suggestion, and why."""

    item: str
    signal: Measure
    reason: Message

    def to_json(self) -> dict[str, Any]:
        return {"item": self.item, "reason": str(self.reason)}


@dataclass
class Suggestions:
    call: str | None
    rubric: str
    suggestions: list[Suggestion] = field(default_factory=list)
    unavailable: list[Unavailable] = field(default_factory=list)

    def get(self, item_id: str) -> Suggestion | None:
        return next((s for s in self.suggestions if s.item == item_id), None)

    def reason(self, item_id: str) -> Unavailable | None:
        return next((u for u in self.unavailable if u.item == item_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "call": self.call,
            "rubric": self.rubric,
            "suggestions": [s.to_json() for s in self.suggestions],
            "unavailable": [u.to_json() for u in self.unavailable],
        }


def _answer(item: Item, m: Measurement) -> Answer | Message:
    """The answer the binding gives for the measurement, or why there is none."""
    binding = item.signal
    assert binding is not None
    v = m.value
    if item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
        count = int(v or 0)
        if item.max_count is not None:
            count = min(count, item.max_count)
        return Answer(count=count)
    if item.kind is ItemKind.NUMERIC:
        if v is None and m.measure is Measure.LONGEST_HOLD_S:
            v = Decimal(0)  # as a number, the longest of no hold lasts 0 s
        if v is None:
            return msg("assist-nothing", finding=finding(m))
        dec = Decimal(int(v)) if isinstance(v, bool) else v
        lo, hi = item.numeric_min, item.numeric_max
        if (lo is not None and dec < lo) or (hi is not None and dec > hi):
            return msg(
                "assist-out-of-range",
                finding=finding(m),
                min=str(lo if lo is not None else "-"),
                max=str(hi if hi is not None else "-"),
            )
        return Answer(value=dec)
    rule = next((r for r in binding.rules if r.matches(v)), None)
    if rule is None:
        if v is None:
            return msg("assist-nothing", finding=finding(m))
        return msg("assist-no-rule", finding=finding(m))
    if rule.answer == "na":
        return Answer(na=True)
    if item.kind is ItemKind.YESNO:
        return Answer(yes=rule.answer == "yes")
    return Answer(level=rule.answer)


def suggest(rubric: Rubric, seg: Segments, call: str | None = None) -> Suggestions:
    """Suggestions for every item of *rubric* that names a signal, on the analysed call."""
    out = Suggestions(call, rubric.id)
    cache: dict[tuple[Measure, int | None], Measurement] = {}
    for item in rubric.items:
        binding = item.signal
        if binding is None:
            continue
        key = (binding.measure, binding.min_ms)
        if key not in cache:
            cache[key] = measure(seg, binding.measure, binding.min_ms)
        m = cache[key]
        if m.unavailable is not None:
            out.unavailable.append(Unavailable(item.id, binding.measure, m.unavailable))
            continue
        ans = _answer(item, m)
        if isinstance(ans, Message):
            out.unavailable.append(Unavailable(item.id, binding.measure, ans))
            continue
        out.suggestions.append(
            Suggestion(item.id, ans, binding.measure, m.json_value(), m.evidence, finding(m))
        )
    return out


def suggest_call(
    col: Collection,
    call_id: str,
    rubric: str | Path | uuid.UUID,
    *,
    params: SegmentParams | None = None,
    use_cache: bool = True,
) -> Suggestions:
    """Suggestions for a call of the library on *rubric* (name, file or version id).

    Raises :class:`AssistError` when the call is unknown or its recording cannot be read,
    and the rubric catalogue's errors for an unknown rubric."""
    from qaclient.audio.reader import AudioError
    from qaclient.audio.segments import analyse

    _vid, rub = col.rubrics.resolve(rubric)
    row: CallRow | None = col.library.resolve(call_id)
    if row is None:
        raise AssistError(msg("assist-unknown-call", call=call_id))
    path = row.path
    if path is None or not path.exists():
        raise AssistError(msg("assist-no-recording", call=row.call_id))
    try:
        seg = analyse(
            path,
            agent_channel=row.agent_channel if row.agent_channel is not None else 0,
            content_hash=row.content_hash,
            params=params,
            use_cache=use_cache,
        )
    except AudioError as exc:
        raise AssistError(str(exc)) from exc
    return suggest(rub, seg, row.call_id)
