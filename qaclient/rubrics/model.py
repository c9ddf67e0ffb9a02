"""The rubric model: immutable dataclasses shared by the scoring engine, the store and the UI.

A rubric file (see ``docs/rubric-format.md``) is parsed and validated by ``loader`` into a
:class:`Rubric`.  Points are :class:`~decimal.Decimal` everywhere: totals shown to users are
exact.  Labels are ``{language: text}`` maps with the languages ``zh_CN``, ``en`` and ``es``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from qaclient.messages import Message, msg

LANGUAGES: tuple[str, ...] = ("zh_CN", "en", "es")

Labels = dict[str, str]


def label(labels: Labels, lang: str = "en") -> str:
    """The label in *lang*, falling back to English, then Chinese, then any."""
    for key in (lang, "en", "zh_CN"):
        if labels.get(key):
            return labels[key]
    return next(iter(labels.values()), "")


class ItemKind(StrEnum):
    LEVELS = "levels"  # named levels with points and a descriptor each
    YESNO = "yesno"  # yes = full points, no = 0 (or as the item says)
    DEDUCTION = "deduction"  # points deducted per occurrence, answered with a count
    BONUS = "bonus"  # points added per occurrence, answered with a count
    NUMERIC = "numeric"  # a number within bounds, scored directly or through ranges
    TEXT = "text"  # free text, unscored


class RubricStatus(StrEnum):
    DRAFT = "draft"
    TRIAL = "trial"
    ACTIVE = "active"
    RETIRED = "retired"


class CriticalScope(StrEnum):
    """What a failed critical (auto-fail) item zeroes."""

    SECTION = "section"
    EVALUATION = "evaluation"


class GradeBasis(StrEnum):
    PERCENT = "percent"
    TOTAL = "total"


class ScoringMode(StrEnum):
    POINTS = "points"  # sum of item points (sections optionally weighted); max = sum of maxima
    BASE = (
        "base"  # start from a base score, add bonuses, subtract deductions, clamp to [floor, cap]
    )


@dataclass(frozen=True)
class Level:
    name: str  # stable id used in answers, e.g. "excellent"
    points: Decimal
    labels: Labels = field(default_factory=dict)
    descriptor: Labels = field(default_factory=dict)
    auto_fail: bool = False  # choosing this level fails a critical item


@dataclass(frozen=True)
class NumericRange:
    """For numeric items scored through ranges: ``min <= value <= max`` gives ``points``."""

    min: Decimal
    max: Decimal
    points: Decimal
    auto_fail: bool = False


@dataclass(frozen=True)
class Condition:
    """Show an item/section only when other answers have given values.

    ``clauses`` is a tuple of ``(item_id, allowed_values)``; values are level names,
    ``"yes"``/``"no"``, or ``"na"``.  ``combine`` is ``"all"`` (AND) or ``"any"`` (OR).
    """

    clauses: tuple[tuple[str, tuple[str, ...]], ...]
    combine: str = "all"


class Measure(StrEnum):
    """What local audio analysis can measure on a call (``qaclient.assist.signals``)."""

    AGENT_INTERRUPTIONS = "agent_interruptions"  # count of talk-overs the agent started
    LONGEST_HOLD_S = "longest_hold_s"  # seconds (none: no hold)
    HOLD_COUNT = "hold_count"  # count
    MUSIC_ON_HOLD = "music_on_hold"  # true/false: every hold had music (none: no hold)
    LONGEST_SILENCE_S = "longest_silence_s"  # seconds of the longest dead air (0: none)
    AGENT_TALK_RATIO = "agent_talk_ratio"  # agent speech / (agent + customer speech), 0..1
    CALL_DURATION_S = "call_duration_s"  # seconds
    AGENT_FIRST_WORDS_S = "agent_first_words_s"  # seconds from the start to the agent's words


#: measures whose value is a count of events (deduction and bonus items answer with it)
COUNT_MEASURES = frozenset({Measure.AGENT_INTERRUPTIONS, Measure.HOLD_COUNT})
#: measures with a yes/no value
BOOLEAN_MEASURES = frozenset({Measure.MUSIC_ON_HOLD})
#: measures that take ``min_ms`` (the shortest event counted)
MIN_MS_MEASURES = frozenset({Measure.AGENT_INTERRUPTIONS, Measure.HOLD_COUNT})


@dataclass(frozen=True)
class SignalRule:
    """One rule of a signal binding: when the measured value meets every bound given, the
    answer is ``answer`` (a level name, ``yes``/``no`` or ``na``).  A rule without bounds
    matches any measured value; ``none`` matches only "nothing to measure" (no hold at
    all), which no other rule matches."""

    answer: str
    above: Decimal | None = None
    at_least: Decimal | None = None
    below: Decimal | None = None
    at_most: Decimal | None = None
    is_: bool | None = None
    none: bool = False

    def matches(self, value: Decimal | bool | None) -> bool:
        if self.none:
            return value is None
        if value is None:  # nothing to measure: only a ``none`` rule answers it
            return False
        if self.is_ is not None:
            return bool(value) is self.is_
        v = Decimal(int(value)) if isinstance(value, bool) else value
        return (
            (self.above is None or v > self.above)
            and (self.at_least is None or v >= self.at_least)
            and (self.below is None or v < self.below)
            and (self.at_most is None or v <= self.at_most)
        )


@dataclass(frozen=True)
class SignalBinding:
    """An item's ``signal:`` — the local measure that suggests its answer (never sets it).

    levels/yesno items map the value through ``rules`` (first match wins); deduction and
    bonus items answer with the count of events; numeric items with the value itself."""

    measure: Measure
    min_ms: int | None = None
    rules: tuple[SignalRule, ...] = ()


@dataclass(frozen=True)
class Item:
    id: str
    kind: ItemKind
    labels: Labels
    help: Labels = field(default_factory=dict)
    max: Decimal = Decimal(0)  # most points the item can give (levels/yesno/numeric/bonus cap)
    points: Decimal | None = None  # per occurrence, for deduction and bonus
    max_count: int | None = None  # most occurrences counted (None: unbounded)
    weight: Decimal = Decimal(1)
    levels: tuple[Level, ...] = ()
    na_allowed: bool = False
    critical: CriticalScope | None = None
    category: str | None = None  # KPI error category, e.g. "P" or "A"
    visible_when: Condition | None = None
    comment_required: bool = False
    flag: bool = False  # records a fact (e.g. a dismissal offence) without points
    numeric_min: Decimal | None = None
    numeric_max: Decimal | None = None
    ranges: tuple[NumericRange, ...] = ()  # empty: numeric items score their value directly
    min: Decimal = Decimal(0)  # least points (negative for deductions / adjustments)
    extra: dict[str, Any] = field(default_factory=dict)  # foreign-format provenance
    # --- added by the rubric engine (loader fills them; defaults keep older code working)
    scored: bool = True  # False: recorded only (text items, flags, numeric with scoring: none)
    critical_section: str | None = (
        None  # section zeroed by a section-scope auto-fail (default: own)
    )
    weighted: bool = False  # the item declared a weight (its section is item-weighted)
    signal: SignalBinding | None = None  # local analysis suggests the answer (qaclient.assist)

    def level(self, name: str) -> Level | None:
        return next((lv for lv in self.levels if lv.name == name), None)


@dataclass(frozen=True)
class Section:
    id: str
    labels: Labels
    items: tuple[Item, ...]
    weight: Decimal | None = None
    na_allowed: bool = False
    allow_negative: bool = False  # deductions may take the section below zero
    visible_when: Condition | None = None
    max: Decimal = Decimal(0)  # derived: sum of its items' maxima (or as declared)
    help: Labels = field(default_factory=dict)
    weighted_items: bool = False  # items carry weights: score = sum(w * points / item max)


@dataclass(frozen=True)
class GradeBand:
    grade: str  # "A", "B", … or "fail"
    min: Decimal  # lower bound
    min_inclusive: bool = True
    labels: Labels = field(default_factory=dict)


@dataclass(frozen=True)
class Rubric:
    id: str  # stable name, e.g. "inbound-call"
    version: int
    labels: Labels
    sections: tuple[Section, ...]
    status: RubricStatus = RubricStatus.DRAFT
    effective_from: date | None = None
    effective_to: date | None = None
    description: Labels = field(default_factory=dict)
    mode: ScoringMode = ScoringMode.POINTS
    base: Decimal | None = None
    cap: Decimal | None = None
    floor: Decimal = Decimal(0)
    grade_basis: GradeBasis = GradeBasis.PERCENT
    grades: tuple[GradeBand, ...] = ()
    weights_total: Decimal | None = None  # section weights must add up to this, when set
    categories: dict[str, Labels] = field(default_factory=dict)  # KPI error categories
    source: dict[str, Any] = field(default_factory=dict, compare=False)  # the parsed document
    # --- added by the rubric engine
    languages: tuple[str, ...] = LANGUAGES  # every label carries each of these
    extra: dict[str, Any] = field(default_factory=dict)  # ``x-`` keys and import provenance

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def section_of(self, item_id: str) -> Section | None:
        return next((s for s in self.sections if any(i.id == item_id for i in s.items)), None)

    @property
    def max(self) -> Decimal:
        if self.mode is ScoringMode.BASE:
            return self.cap if self.cap is not None else (self.base or Decimal(0))
        if any(s.weight is not None for s in self.sections):
            return sum((s.weight or Decimal(0) for s in self.sections), Decimal(0))
        return sum((s.max for s in self.sections), Decimal(0))


# ----------------------------------------------------------------------------- answers


#: the largest count of occurrences an answer may give (a call has far fewer; more is a typo
#: that would overflow the store's integers)
MAX_ANSWER_COUNT = 1_000_000
#: the largest magnitude of a numeric answer (scores are stored in ten-thousandths as
#: 64-bit integers)
MAX_ANSWER_VALUE = Decimal(10) ** 12


class AnswerError(ValueError):
    """An answer that does not fit its item (unknown item, wrong shape, level not defined…)."""

    def __init__(self, item_id: str, message: Message | str):
        super().__init__(item_id, message)
        self.item_id = item_id
        self.problem = message

    @property
    def message(self) -> str:
        """The problem in words, rendered when read (in the reader's language)."""
        return str(self.problem)

    def __str__(self) -> str:
        return f"{self.item_id}: {self.message}"


@dataclass(frozen=True)
class Answer:
    """One answer, in the JSON shapes of the CLI contract:
    ``{"level": name}``, ``{"yes": bool}``, ``{"count": n}``, ``{"value": x}``,
    ``{"text": s}`` or ``{"na": true}``; on a section id ``{"na": true}`` or
    ``{"checked": true}`` (the inspector went through the section's deduction/bonus
    items: those without a count did not happen)."""

    level: str | None = None
    yes: bool | None = None
    count: int | None = None
    value: Decimal | None = None
    text: str | None = None
    na: bool = False
    comment: str | None = None  # the inspector's reason (items with ``comment_required``)
    checked: bool = False  # a section's count items were all checked (section keys only)

    @classmethod
    def from_json(cls, item_id: str, data: Any) -> Answer:
        if not isinstance(data, dict) or not data:
            raise AnswerError(item_id, f'expected an object such as {{"level": ...}}, got {data!r}')
        allowed = {"level", "yes", "count", "value", "text", "na", "comment", "checked"}
        unknown = set(data) - allowed
        if unknown:
            raise AnswerError(
                item_id, f"unknown answer key(s) {sorted(unknown)}; use one of {sorted(allowed)}"
            )
        comment = data.get("comment")
        if comment is not None and not isinstance(comment, str):
            raise AnswerError(item_id, "'comment' must be a string")
        if data.get("na") is True:
            if any(k not in ("na", "comment") for k in data):
                raise AnswerError(item_id, "an N/A answer carries no level/yes/count/value/text")
            return cls(na=True, comment=comment)
        if "checked" in data:
            if data["checked"] is not True or any(k not in ("checked", "comment") for k in data):
                raise AnswerError(item_id, 'a section check is {"checked": true} and nothing else')
            return cls(checked=True, comment=comment)
        if "na" in data and data["na"] is not True:
            raise AnswerError(item_id, "'na' must be true when given")
        keys = [k for k in data if k not in ("na", "comment")]
        if len(keys) != 1:
            raise AnswerError(
                item_id, f"give exactly one of level/yes/count/value/text, got {keys}"
            )
        key = keys[0]
        value = data[key]
        if key == "level":
            if not isinstance(value, str):
                raise AnswerError(item_id, "'level' must be a level name (string)")
            return cls(level=value, comment=comment)
        if key == "yes":
            if not isinstance(value, bool):
                raise AnswerError(item_id, "'yes' must be true or false")
            return cls(yes=value, comment=comment)
        if key == "count":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise AnswerError(item_id, "'count' must be a whole number >= 0")
            if value > MAX_ANSWER_COUNT:
                raise AnswerError(
                    item_id,
                    str(
                        msg(
                            "hostile-answer-count-too-large",
                            count=str(value),
                            limit=MAX_ANSWER_COUNT,
                        )
                    ),
                )
            return cls(count=value, comment=comment)
        if key == "value":
            if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
                raise AnswerError(item_id, "'value' must be a number")
            try:
                dec = Decimal(str(value))
            except Exception as exc:  # decimal.InvalidOperation
                raise AnswerError(item_id, f"'value' {value!r} is not a number") from exc
            if not dec.is_finite():
                raise AnswerError(item_id, "'value' must be finite")
            if abs(dec) > MAX_ANSWER_VALUE:
                raise AnswerError(
                    item_id,
                    str(
                        msg(
                            "hostile-answer-value-too-large",
                            value=str(value),
                            limit=int(MAX_ANSWER_VALUE),
                        )
                    ),
                )
            return cls(value=dec, comment=comment)
        if not isinstance(value, str):
            raise AnswerError(item_id, "'text' must be a string")
        return cls(text=value, comment=comment)

    def to_json(self) -> dict[str, Any]:
        data = self._to_json()
        if self.comment is not None:
            data["comment"] = self.comment
        return data

    def _to_json(self) -> dict[str, Any]:
        if self.na:
            return {"na": True}
        if self.checked:
            return {"checked": True}
        if self.level is not None:
            return {"level": self.level}
        if self.yes is not None:
            return {"yes": self.yes}
        if self.count is not None:
            return {"count": self.count}
        if self.value is not None:
            v = self.value
            return {"value": int(v) if v == v.to_integral_value() else float(v)}
        return {"text": self.text or ""}

    def token(self) -> str:
        """The value conditions compare against: level name, "yes"/"no", "na", or str(count/value)."""
        if self.na:
            return "na"
        if self.checked:
            return "checked"
        if self.level is not None:
            return self.level
        if self.yes is not None:
            return "yes" if self.yes else "no"
        if self.count is not None:
            return str(self.count)
        if self.value is not None:
            return str(self.value)
        return self.text or ""


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class AutoFail:
    item_id: str
    scope: CriticalScope
    section_id: str


@dataclass(frozen=True)
class ItemScore:
    item_id: str
    score: Decimal
    max: Decimal
    na: bool = False
    answered: bool = True
    visible: bool = True
    errors: int = 0  # occurrences counted against the item's KPI category


@dataclass(frozen=True)
class SectionScore:
    id: str
    score: Decimal
    max: Decimal
    na: bool = False
    auto_failed: bool = False


@dataclass(frozen=True)
class ScoreResult:
    total: Decimal
    max: Decimal
    percent: Decimal
    grade: str | None
    auto_fail: AutoFail | None
    sections: tuple[SectionScore, ...]
    items: dict[str, ItemScore]
    errors: dict[str, int]
    flags: tuple[str, ...] = ()  # ids of flag items answered yes
    unanswered: tuple[str, ...] = ()  # visible, scored items with no answer
    auto_fails: tuple[AutoFail, ...] = ()  # every failed critical item, first one in auto_fail
    #: sections with deduction/bonus items the inspector has not confirmed yet (their
    #: total so far counts only what was marked; the evaluation is not complete)
    unchecked: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Every scored item answered and every deduction section confirmed."""
        return not self.unanswered and not self.unchecked

    def to_json(self) -> dict[str, Any]:
        """The ``qaclient score --json`` contract."""

        def num(d: Decimal) -> int | float:
            return int(d) if d == d.to_integral_value() else float(d)

        return {
            "total": num(self.total),
            "max": num(self.max),
            "percent": num(self.percent),
            "grade": self.grade,
            "auto_fail": (
                None
                if self.auto_fail is None
                else {
                    "item": self.auto_fail.item_id,
                    "scope": str(self.auto_fail.scope),
                    "section": self.auto_fail.section_id,
                }
            ),
            "sections": [
                {"id": s.id, "score": num(s.score), "max": num(s.max), "na": s.na}
                for s in self.sections
            ],
            "errors": dict(self.errors),
            "flags": list(self.flags),
            "unanswered": list(self.unanswered),
            "unchecked": list(self.unchecked),
            "auto_fails": [
                {"item": f.item_id, "scope": str(f.scope), "section": f.section_id}
                for f in self.auto_fails
            ],
            "items": {
                i.item_id: {
                    "score": num(i.score),
                    "max": num(i.max),
                    "na": i.na,
                    "visible": i.visible,
                    "answered": i.answered,
                    "errors": i.errors,
                }
                for i in self.items.values()
            },
        }
