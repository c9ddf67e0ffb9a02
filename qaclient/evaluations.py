"""Evaluations: a call scored on one exact rubric version, with comments, a coaching note,
a status workflow and a full audit trail.

Every change is its own committed transaction (SQLite WAL, ``synchronous=FULL``): a killed
process loses at most the answer being typed, never a saved one.  Every change is recorded
in ``audit_events`` (who, when, old -> new), so a score — evidence in pay decisions — is
attributable and reversible.  Derived score tables are recomputed on every save so reports
aggregate in SQL.

Status workflow::

    draft -> submitted -> acknowledged -> final
                       -> disputed     -> revised -> submitted ...
    submitted / acknowledged / disputed -> revised (the evaluator reopens it) ;  -> final

Answers, comments and the note can be edited in ``draft`` and ``revised`` only.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from qaclient.messages import Message, msg
from qaclient.rubrics import scoring
from qaclient.rubrics.model import Answer, AnswerError, ItemKind, Rubric, ScoreResult
from qaclient.storage.models import (
    AuditEvent,
    Evaluation,
    EvaluationComment,
    EvaluationItemScore,
    EvaluationSectionScore,
    RubricVersion,
)
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.assist.suggestions import Suggestion
    from qaclient.collection import Collection


class EvaluationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACKNOWLEDGED = "acknowledged"
    DISPUTED = "disputed"
    REVISED = "revised"
    FINAL = "final"


S = EvaluationStatus
#: Allowed status changes; the server enforces the same table (see docs/sync.md).
TRANSITIONS: dict[EvaluationStatus, frozenset[EvaluationStatus]] = {
    S.DRAFT: frozenset({S.SUBMITTED}),
    S.SUBMITTED: frozenset({S.ACKNOWLEDGED, S.DISPUTED, S.REVISED, S.FINAL}),
    S.ACKNOWLEDGED: frozenset({S.DISPUTED, S.REVISED, S.FINAL}),
    S.DISPUTED: frozenset({S.REVISED, S.FINAL}),
    S.REVISED: frozenset({S.SUBMITTED}),
    S.FINAL: frozenset(),
}
EDITABLE = frozenset({S.DRAFT, S.REVISED})


def status_name(status: str | EvaluationStatus) -> Message:
    """An evaluation status in words, in the reader's language (draft, submitted…)."""
    return msg(f"evaluations-status-{EvaluationStatus(status).value}")


class EvaluationError(ValueError):
    """A request the evaluation cannot honour (unknown id, not editable, bad transition …)."""


class SubmitError(EvaluationError):
    """Submission refused; ``problems`` lists ``(item_id, message)`` pairs to fix first."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__(problems)

    def __str__(self) -> str:  # rendered when read, in the reader's language
        lines = "; ".join(f"{item}: {scoring.problem_text(code)}" for item, code in self.problems)
        return str(msg("evaluations-cannot-submit", problems=lines))


@dataclass(frozen=True)
class CommentView:
    id: uuid.UUID
    position_ms: int
    end_ms: int | None
    text: str
    item_id: str | None
    author: str


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    field: str | None
    old: Any
    new: Any


@dataclass(frozen=True)
class EvaluationView:
    """An evaluation as stored; ``id`` is None for one not stored yet (:meth:`Evaluations.
    preview`: a call opened but not scored — the first answer creates it)."""

    id: uuid.UUID | None
    call_id: str
    agent: str
    evaluator: str
    rubric_version_id: uuid.UUID
    rubric: Rubric
    status: EvaluationStatus
    answers: dict[str, Answer]
    comments: list[CommentView]
    note: str
    playhead_ms: int
    result: ScoreResult
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    scored_at: datetime | None = None
    calibration_id: uuid.UUID | None = None

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def stored(self) -> bool:
        return self.id is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "call_id": self.call_id,
            "agent": self.agent,
            "evaluator": self.evaluator,
            "rubric": self.rubric.id,
            "rubric_version": self.rubric.version,
            "rubric_version_id": str(self.rubric_version_id),
            "status": self.status.value,
            "answers": {k: a.to_json() for k, a in self.answers.items()},
            "comments": [
                {
                    "id": str(c.id),
                    "position_ms": c.position_ms,
                    "end_ms": c.end_ms,
                    "text": c.text,
                    "item_id": c.item_id,
                    "author": c.author,
                }
                for c in self.comments
            ],
            "note": self.note,
            "score": self.result.to_json(),
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
            "scored_at": self.scored_at.isoformat() if self.scored_at else None,
            "calibration_id": str(self.calibration_id) if self.calibration_id else None,
        }


@dataclass(frozen=True)
class EvaluationSummary:
    id: uuid.UUID
    call_id: str
    agent: str
    evaluator: str
    rubric: str
    rubric_version: int
    status: EvaluationStatus
    total: Decimal | None
    max: Decimal | None
    percent: Decimal | None
    grade: str | None
    auto_fail: bool
    scored_at: datetime | None
    updated_at: datetime
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        def num(d: Decimal | None) -> int | float | None:
            if d is None:
                return None
            return int(d) if d == d.to_integral_value() else float(d)

        return {
            "id": str(self.id),
            "call_id": self.call_id,
            "agent": self.agent,
            "evaluator": self.evaluator,
            "rubric": self.rubric,
            "rubric_version": self.rubric_version,
            "status": self.status.value,
            "total": num(self.total),
            "max": num(self.max),
            "percent": num(self.percent),
            "grade": self.grade,
            "auto_fail": self.auto_fail,
            "scored_at": self.scored_at.isoformat() if self.scored_at else None,
            "updated_at": self.updated_at.isoformat(),
        }


# --------------------------------------------------------------------------- helpers


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def decode_answers(text: str) -> dict[str, Answer]:
    raw = json.loads(text or "{}")
    return {k: Answer.from_json(k, v) for k, v in raw.items()}


def encode_answers(answers: Mapping[str, Answer]) -> str:
    return json.dumps({k: a.to_json() for k, a in sorted(answers.items())}, ensure_ascii=False)


#: the columns of :func:`score_rows`' item and section rows (besides ``evaluation_id``)
ITEM_ROW = ("item_id", "section_id", "score", "max", "na", "category", "errors")
SECTION_ROW = ("section_id", "score", "max", "na")


def score_rows(rubric: Rubric, result: ScoreResult) -> tuple[list[tuple], list[tuple]]:
    """The derived score rows of an evaluation scored *result* on *rubric*, as tuples of
    :data:`ITEM_ROW` and :data:`SECTION_ROW`: one per scored item that was answered or is
    N/A (text items never), one per section.  The one place these rows are built: the
    service (:func:`recompute_scores`) and sync's rescoring (``qaclient.sync.rescore``)
    both write them."""
    infos = scoring.table(rubric).infos  # built once per rubric
    sections = rubric.sections
    item_rows = []
    for sc in result.items.values():
        info = infos.get(sc.item_id)
        if info is None or info.kind is ItemKind.TEXT or not (sc.answered or sc.na):
            continue
        item_rows.append(
            (
                sc.item_id,
                sections[info.section_index].id,
                sc.score,
                sc.max,
                sc.na or not sc.visible,
                info.item.category,
                sc.errors,
            )
        )
    section_rows = [(s.id, s.score, s.max, s.na) for s in result.sections]
    return item_rows, section_rows


def recompute_scores(session: Session, row: Evaluation, rubric: Rubric) -> ScoreResult:
    """Score *row*'s answers on *rubric* and refresh its derived columns and score tables.

    Public so that the sync engine can call it when it applies a pulled evaluation.
    """
    result = scoring.score(rubric, decode_answers(row.answers))
    row.total = result.total
    row.max_score = result.max
    row.percent = result.percent
    row.grade = result.grade
    row.auto_fail = result.auto_fail is not None
    row.auto_fail_item = result.auto_fail.item_id if result.auto_fail else None
    session.execute(delete(EvaluationItemScore).where(EvaluationItemScore.evaluation_id == row.id))
    session.execute(
        delete(EvaluationSectionScore).where(EvaluationSectionScore.evaluation_id == row.id)
    )
    items, sections = score_rows(rubric, result)
    if items:
        session.execute(
            EvaluationItemScore.__table__.insert(),
            [dict(zip(ITEM_ROW, r, strict=True), evaluation_id=row.id) for r in items],
        )
    if sections:
        session.execute(
            EvaluationSectionScore.__table__.insert(),
            [dict(zip(SECTION_ROW, r, strict=True), evaluation_id=row.id) for r in sections],
        )
    return result


#: "argument not given" for update_comment (None means: unlink the item)
_UNSET: Any = object()


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


# --------------------------------------------------------------------------- service


class Evaluations:
    """The evaluation store: ``col.evaluations``."""

    def __init__(self, col: Collection):
        self.col = col

    # -- internals ------------------------------------------------------------------
    def _load(self, s: Session, evaluation_id: uuid.UUID | str) -> Evaluation:
        try:
            key = (
                evaluation_id
                if isinstance(evaluation_id, uuid.UUID)
                else uuid.UUID(str(evaluation_id))
            )
        except ValueError as exc:
            raise EvaluationError(msg("evaluations-bad-id", value=str(evaluation_id))) from exc
        row = s.get(Evaluation, key)
        if row is None or row.deleted:
            raise EvaluationError(msg("evaluations-not-found", id=str(key)))
        return row

    def _rubric(self, row: Evaluation) -> Rubric:
        return self.col.rubrics.get_version(row.rubric_version_id)

    def _audit(
        self,
        s: Session,
        entity_id: uuid.UUID,
        action: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        entity: str = "evaluation",
    ) -> None:
        s.add(
            AuditEvent(
                entity=entity,
                entity_id=entity_id,
                action=action,
                field=field,
                old=_json(old),
                new=_json(new),
                created_by=self.col.actor,
                updated_by=self.col.actor,
            )
        )

    def audit(
        self,
        s: Session,
        entity: str,
        entity_id: uuid.UUID,
        action: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        """Record an audit event in *s* (other services' changes: disputes, calibration)."""
        self._audit(s, entity_id, action, field, old, new, entity=entity)

    def _touch(self, row: Evaluation | EvaluationComment) -> None:
        row.touch(self.col.actor)

    def _editable(self, row: Evaluation) -> None:
        if EvaluationStatus(row.status) not in EDITABLE:
            raise EvaluationError(msg("evaluations-not-editable", status=status_name(row.status)))

    def _view(self, s: Session, row: Evaluation) -> EvaluationView:
        rubric = self._rubric(row)
        answers = decode_answers(row.answers)
        comments = s.scalars(
            select(EvaluationComment)
            .where(EvaluationComment.evaluation_id == row.id, EvaluationComment.deleted.is_(False))
            .order_by(EvaluationComment.position_ms, EvaluationComment.created_at)
        ).all()
        return EvaluationView(
            id=row.id,
            call_id=row.call_id,
            agent=row.agent,
            evaluator=row.evaluator,
            rubric_version_id=row.rubric_version_id,
            rubric=rubric,
            status=EvaluationStatus(row.status),
            answers=answers,
            comments=[
                CommentView(c.id, c.position_ms, c.end_ms, c.text, c.item_id, c.author)
                for c in comments
            ],
            note=row.coaching_note,
            playhead_ms=row.playhead_ms,
            result=scoring.score(rubric, answers),
            created_at=row.created_at,
            updated_at=row.updated_at,
            submitted_at=row.submitted_at,
            scored_at=row.scored_at,
            calibration_id=row.calibration_id,
        )

    def _call_meta(self, call_id: str) -> Any:
        """The library's record of the call (by call id or the library's own id), when the
        library knows it."""
        try:
            return self.col.library.resolve(call_id)
        except Exception:  # library not available (or no such call): metadata is optional
            return None

    @staticmethod
    def _check_position(pos: int, meta: Any, call_id: str) -> None:
        """A comment must lie within the call: its recording's length when the library
        knows it, else within :data:`MAX_POSITION_MS`."""
        if pos < 0:
            raise EvaluationError(msg("evaluations-comment-negative", position=str(pos)))
        length = getattr(meta, "duration_ms", None)
        if length:
            if pos > length + POSITION_SLACK_MS:
                raise EvaluationError(
                    msg(
                        "evaluations-comment-past-end",
                        at=_clock(pos),
                        call=call_id,
                        length=_clock(length),
                    )
                )
        elif pos > MAX_POSITION_MS:
            raise EvaluationError(
                msg("evaluations-comment-beyond", at=_clock(pos), limit=_clock(MAX_POSITION_MS))
            )

    def _mark_scored(self, call_id: str) -> None:
        mark = getattr(self.col.library, "mark_scored", None)
        if mark is not None:
            mark(call_id)

    # -- creating and reading -------------------------------------------------------
    def create(
        self,
        *,
        call_id: str,
        rubric: str | Path | uuid.UUID,
        agent: str | None = None,
        evaluator: str | None = None,
        answers: Mapping[str, Any] | None = None,
        comments: Iterable[tuple[int, str] | tuple[int, str, str | None]] = (),
        note: str = "",
        scored_at: datetime | None = None,
        check_sections: bool = False,
        calibration_id: uuid.UUID | None = None,
        accepted: Iterable[Suggestion] = (),
    ) -> EvaluationView:
        """Start an evaluation of *call_id* on *rubric* (name, file, or version id).

        *agent* defaults to the library's agent for the call; *scored_at* (the date the
        evaluation counts for in reports) to the call's start, else now.  Answers are
        validated before anything is stored: an unknown item or a bad answer stores nothing.
        *check_sections*: the answers are a complete record, so every deduction/bonus
        section is confirmed (what they do not count did not happen) — the CLI's answers
        files; in the workspace the inspector confirms each section.
        A calibration session's evaluation (*calibration_id*) has no *scored_at*: it never
        counts in reports, and the call stays unscored in the library.
        *accepted*: suggestions of the local analysis (``qaclient.assist``) the inspector
        accepted; their answers must be among *answers*, and each is audited as a
        suggestion accepted by the acting user.
        """
        call_id = call_id.strip()
        if not call_id:
            raise EvaluationError(msg("evaluations-needs-call"))
        version_id, rub = self.col.rubrics.resolve(rubric)
        parsed = scoring.parse_answers(rub, dict(answers or {}))
        if check_sections:
            parsed = scoring.check_sections(rub, parsed)
        meta = self._call_meta(call_id)
        if meta is not None:
            call_id = meta.call_id  # the library's own id names the same call
        if agent is None:
            agent = getattr(meta, "agent", None)
            if not agent:
                raise EvaluationError(msg("evaluations-needs-agent", call=call_id))
        if calibration_id is not None:
            scored_at = None
        elif scored_at is None:
            scored_at = getattr(meta, "start", None) or utcnow()
        accepted_list = list(accepted)
        for sug in accepted_list:
            if parsed.get(sug.item) != sug.answer:
                raise AnswerError(sug.item, msg("assist-not-accepted", item=sug.item))
        comment_list = [c if len(c) == 3 else (c[0], c[1], None) for c in comments]
        for pos, _text, item in comment_list:
            self._check_position(pos, meta, call_id)
            if item is not None and rub.item(item) is None:
                raise AnswerError(item, msg("evaluations-comment-unknown-item", item=str(item)))
        evaluator = evaluator or self.col.actor
        now = utcnow()
        with self.col.Session.begin() as s:
            row = Evaluation(
                call_id=call_id,
                agent=agent,
                evaluator=evaluator,
                rubric_version_id=version_id,
                status=EvaluationStatus.DRAFT.value,
                answers=encode_answers(parsed),
                coaching_note=note,
                started_at=now,
                scored_at=scored_at,
                calibration_id=calibration_id,
                created_by=self.col.actor,
                updated_by=self.col.actor,
            )
            s.add(row)
            s.flush()
            self._audit(
                s,
                row.id,
                "create",
                None,
                None,
                {
                    "call_id": call_id,
                    "agent": agent,
                    "evaluator": evaluator,
                    "rubric_version_id": str(version_id),
                },
            )
            for item_id, ans in parsed.items():
                self._audit(s, row.id, "answer", item_id, None, ans.to_json())
            for sug in accepted_list:
                self._audit(
                    s, row.id, "suggestion", sug.item, None, sug.audit_record(self.col.actor)
                )
            if note:
                self._audit(s, row.id, "note", "note", None, note)
            for pos, text, item in comment_list:
                c = EvaluationComment(
                    evaluation_id=row.id,
                    position_ms=int(pos),
                    text=text,
                    item_id=item,
                    author=self.col.actor,
                    created_by=self.col.actor,
                    updated_by=self.col.actor,
                )
                s.add(c)
                s.flush()
                self._audit(
                    s,
                    row.id,
                    "comment",
                    str(c.id),
                    None,
                    {"position_ms": int(pos), "text": text, "item_id": item},
                )
            recompute_scores(s, row, rub)
            eid = row.id
        if calibration_id is None:
            self._mark_scored(call_id)
        return self.get(eid)

    def preview(
        self,
        *,
        call_id: str,
        rubric: str | Path | uuid.UUID,
        agent: str | None = None,
        evaluator: str | None = None,
    ) -> EvaluationView:
        """The evaluation :meth:`create` would start, NOT stored (``id`` None): opening a
        call shows its form without creating a draft; the first answer creates it, so a
        call merely looked at never reads "in progress" in the queue or the library."""
        call_id = call_id.strip()
        if not call_id:
            raise EvaluationError("an evaluation needs a call id")
        version_id, rub = self.col.rubrics.resolve(rubric)
        meta = self._call_meta(call_id)
        if agent is None:
            agent = getattr(meta, "agent", None)
            if not agent:
                raise EvaluationError(
                    f"call {call_id} is not in the library with an agent; say which agent (--agent)"
                )
        now = utcnow()
        return EvaluationView(
            id=None,
            call_id=call_id,
            agent=agent,
            evaluator=evaluator or self.col.actor,
            rubric_version_id=version_id,
            rubric=rub,
            status=EvaluationStatus.DRAFT,
            answers={},
            comments=[],
            note="",
            playhead_ms=0,
            result=scoring.score(rub, {}),
            created_at=now,
            updated_at=now,
            submitted_at=None,
            scored_at=getattr(meta, "start", None) or now,
        )

    def get(self, evaluation_id: uuid.UUID | str) -> EvaluationView:
        with self.col.Session() as s:
            return self._view(s, self._load(s, evaluation_id))

    def for_call(self, call_id: str) -> list[EvaluationView]:
        with self.col.Session() as s:
            rows = s.scalars(
                select(Evaluation)
                .where(Evaluation.call_id == call_id, Evaluation.deleted.is_(False))
                .order_by(Evaluation.created_at)
            ).all()
            return [self._view(s, r) for r in rows]

    def find_draft(self, call_id: str, evaluator: str | None = None) -> EvaluationView | None:
        """The evaluator's open (draft or revised) evaluation of the call, to resume it."""
        evaluator = evaluator or self.col.actor
        with self.col.Session() as s:
            row = s.scalars(
                select(Evaluation)
                .where(
                    Evaluation.call_id == call_id,
                    Evaluation.evaluator == evaluator,
                    Evaluation.deleted.is_(False),
                    Evaluation.calibration_id.is_(None),
                    Evaluation.status.in_([x.value for x in EDITABLE]),
                )
                .order_by(Evaluation.updated_at.desc())
            ).first()
            return self._view(s, row) if row else None

    # -- editing ----------------------------------------------------------------------
    def set_answer(
        self,
        evaluation_id: uuid.UUID | str,
        item_id: str,
        answer: Mapping[str, Any] | Answer | None,
        *,
        suggestion: Suggestion | None = None,
    ) -> ScoreResult:
        """Set (or with None clear) one answer; committed at once and audited.

        *suggestion*: the answer is a suggestion of the local analysis the inspector
        accepted (its answer must be *answer*); the audit trail records the acceptance, with
        what was measured and who accepted it."""
        if suggestion is not None and (
            suggestion.item != item_id
            or (answer if isinstance(answer, Answer) else None) != suggestion.answer
        ):
            raise AnswerError(item_id, msg("assist-not-accepted", item=item_id))
        with self.col.Session.begin() as s:
            row = self._load(s, evaluation_id)
            self._editable(row)
            rubric = self._rubric(row)
            if rubric.item(item_id) is None and all(sec.id != item_id for sec in rubric.sections):
                raise AnswerError(
                    item_id,
                    msg(
                        "evaluations-unknown-item",
                        rubric=rubric.id,
                        version=str(rubric.version),
                        item=str(item_id),
                    ),
                )
            answers = decode_answers(row.answers)
            old = answers.get(item_id)
            if answer is None:
                answers.pop(item_id, None)
                new_json = None
            else:
                ans = (
                    answer
                    if isinstance(answer, Answer)
                    else Answer.from_json(item_id, dict(answer))
                )
                scoring.check_answer(rubric, item_id, ans)
                answers[item_id] = ans
                new_json = ans.to_json()
            old_json = old.to_json() if old else None
            if suggestion is not None:
                self._audit(
                    s, row.id, "suggestion", item_id, None, suggestion.audit_record(self.col.actor)
                )
            if old_json == new_json:  # nothing changed: no write, no audit entry
                return scoring.score(rubric, answers)
            row.answers = encode_answers(answers)
            self._touch(row)
            self._audit(s, row.id, "answer", item_id, old_json, new_json)
            return recompute_scores(s, row, rubric)

    def accept_suggestion(
        self, evaluation_id: uuid.UUID | str, suggestion: Suggestion
    ) -> ScoreResult:
        """The inspector takes a suggested answer: set and audited as an accepted suggestion."""
        return self.set_answer(
            evaluation_id, suggestion.item, suggestion.answer, suggestion=suggestion
        )

    def set_answers(
        self, evaluation_id: uuid.UUID | str, answers: Mapping[str, Any]
    ) -> ScoreResult:
        result = None
        for item_id, answer in answers.items():
            result = self.set_answer(evaluation_id, item_id, answer)
        return result if result is not None else self.get(evaluation_id).result

    def set_note(self, evaluation_id: uuid.UUID | str, text: str) -> None:
        with self.col.Session.begin() as s:
            row = self._load(s, evaluation_id)
            self._editable(row)
            if row.coaching_note == text:
                return
            self._audit(s, row.id, "note", "note", row.coaching_note, text)
            row.coaching_note = text
            self._touch(row)

    def set_playhead(self, evaluation_id: uuid.UUID | str, ms: int) -> None:
        """Remember where the inspector is in the call (not audited: it is no score)."""
        with self.col.Session.begin() as s:
            row = self._load(s, evaluation_id)
            row.playhead_ms = max(0, int(ms))

    def add_comment(
        self,
        evaluation_id: uuid.UUID | str,
        position_ms: int,
        text: str,
        item_id: str | None = None,
        end_ms: int | None = None,
    ) -> uuid.UUID:
        if position_ms < 0 or (end_ms is not None and end_ms < position_ms):
            raise EvaluationError(
                msg("evaluations-comment-bad-range", start=str(position_ms), end=str(end_ms))
            )
        with self.col.Session.begin() as s:
            row = self._load(s, evaluation_id)
            self._editable(row)
            meta = self._call_meta(row.call_id)
            self._check_position(end_ms if end_ms is not None else position_ms, meta, row.call_id)
            if item_id is not None and self._rubric(row).item(item_id) is None:
                raise AnswerError(
                    item_id, msg("evaluations-comment-unknown-item", item=str(item_id))
                )
            c = EvaluationComment(
                evaluation_id=row.id,
                position_ms=int(position_ms),
                end_ms=end_ms,
                text=text,
                item_id=item_id,
                author=self.col.actor,
                created_by=self.col.actor,
                updated_by=self.col.actor,
            )
            s.add(c)
            s.flush()
            self._audit(
                s,
                row.id,
                "comment",
                str(c.id),
                None,
                {
                    "position_ms": int(position_ms),
                    "end_ms": end_ms,
                    "text": text,
                    "item_id": item_id,
                },
            )
            self._touch(row)
            return c.id

    def update_comment(
        self,
        comment_id: uuid.UUID | str,
        *,
        text: str | None = None,
        item_id: str | None | Any = _UNSET,
        position_ms: int | None = None,
    ) -> None:
        with self.col.Session.begin() as s:
            c = s.get(EvaluationComment, uuid.UUID(str(comment_id)))
            if c is None or c.deleted:
                raise EvaluationError(msg("evaluations-no-comment", id=str(comment_id)))
            row = self._load(s, c.evaluation_id)
            self._editable(row)
            old = {"position_ms": c.position_ms, "text": c.text, "item_id": c.item_id}
            if text is not None:
                c.text = text
            if item_id is not _UNSET:
                if item_id is not None and self._rubric(row).item(item_id) is None:
                    raise AnswerError(
                        item_id, msg("evaluations-comment-unknown-item", item=str(item_id))
                    )
                c.item_id = item_id
            if position_ms is not None:
                c.position_ms = max(0, int(position_ms))
            new = {"position_ms": c.position_ms, "text": c.text, "item_id": c.item_id}
            if new != old:
                self._audit(s, row.id, "comment", str(c.id), old, new)
                self._touch(c)
                self._touch(row)

    def delete_comment(self, comment_id: uuid.UUID | str) -> None:
        with self.col.Session.begin() as s:
            c = s.get(EvaluationComment, uuid.UUID(str(comment_id)))
            if c is None or c.deleted:
                raise EvaluationError(msg("evaluations-no-comment", id=str(comment_id)))
            row = self._load(s, c.evaluation_id)
            self._editable(row)
            self._audit(
                s,
                row.id,
                "comment",
                str(c.id),
                {"position_ms": c.position_ms, "text": c.text, "item_id": c.item_id},
                None,
            )
            c.deleted = True  # a tombstone, so the deletion syncs and stays reversible
            self._touch(c)
            self._touch(row)

    # -- workflow ---------------------------------------------------------------------
    def problems(self, evaluation_id: uuid.UUID | str) -> list[tuple[str, str]]:
        """What stands in the way of submitting: unanswered items, missing required reasons
        (the scoring engine's rules, with the comments linked to items counting as reasons)."""
        view = self.get(evaluation_id)
        commented = {c.item_id for c in view.comments if c.item_id and c.text.strip()}
        return scoring.submit_problems(view.rubric, view.answers, commented)

    def _transition(
        self, evaluation_id: uuid.UUID | str, target: EvaluationStatus, reason: str | None = None
    ) -> EvaluationView:
        with self.col.Session.begin() as s:
            row = self._load(s, evaluation_id)
            current = EvaluationStatus(row.status)
            if target not in TRANSITIONS[current]:
                allowed = ", ".join(
                    str(status_name(t.value)) for t in sorted(TRANSITIONS[current])
                ) or str(msg("evaluations-no-transition"))
                raise EvaluationError(
                    msg(
                        "evaluations-bad-transition",
                        status=status_name(current.value),
                        allowed=allowed,
                        target=status_name(target.value),
                    )
                )
            row.status = target.value
            if target is S.SUBMITTED:
                row.submitted_at = utcnow()
            self._touch(row)
            self._audit(
                s,
                row.id,
                "status",
                "status",
                current.value,
                target.value if reason is None else {"status": target.value, "reason": reason},
            )
            eid = row.id
        return self.get(eid)

    def submit(self, evaluation_id: uuid.UUID | str) -> EvaluationView:
        problems = self.problems(evaluation_id)
        if problems:
            raise SubmitError(problems)
        return self._transition(evaluation_id, S.SUBMITTED)

    def acknowledge(self, evaluation_id: uuid.UUID | str) -> EvaluationView:
        return self._transition(evaluation_id, S.ACKNOWLEDGED)

    def dispute(self, evaluation_id: uuid.UUID | str, reason: str) -> EvaluationView:
        if not reason.strip():
            raise EvaluationError(msg("evaluations-dispute-needs-reason"))
        return self._transition(evaluation_id, S.DISPUTED, reason)

    def revise(self, evaluation_id: uuid.UUID | str, reason: str) -> EvaluationView:
        """Reopen a submitted evaluation for revision; the reason is audited."""
        if not reason or not reason.strip():
            raise EvaluationError(msg("evaluation-revise-needs-reason"))
        return self._transition(evaluation_id, S.REVISED, reason.strip())

    def finalize(self, evaluation_id: uuid.UUID | str) -> EvaluationView:
        return self._transition(evaluation_id, S.FINAL)

    def history(self, evaluation_id: uuid.UUID | str) -> list[AuditEntry]:
        with self.col.Session() as s:
            row = self._load(s, evaluation_id)
            events = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "evaluation", AuditEvent.entity_id == row.id)
                .order_by(AuditEvent.created_at)
            ).all()
            return [
                AuditEntry(
                    e.created_at,
                    e.created_by,
                    e.action,
                    e.field,
                    json.loads(e.old) if e.old else None,
                    json.loads(e.new) if e.new else None,
                )
                for e in events
            ]

    def list(
        self,
        *,
        agent: str | None = None,
        evaluator: str | None = None,
        call_id: str | None = None,
        status: str | EvaluationStatus | None = None,
        rubric: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int | None = None,
        calibration: uuid.UUID | None = None,
    ) -> list[EvaluationSummary]:
        """Evaluations, newest first; dates filter ``scored_at`` (``date_to`` inclusive).

        Calibration sessions' evaluations are left out unless *calibration* names one.
        """
        q = (
            select(Evaluation, RubricVersion.rubric_id, RubricVersion.version)
            .join(RubricVersion, RubricVersion.id == Evaluation.rubric_version_id)
            .where(Evaluation.deleted.is_(False))
            .where(
                Evaluation.calibration_id.is_(None)
                if calibration is None
                else Evaluation.calibration_id == calibration
            )
            .order_by(Evaluation.scored_at.desc(), Evaluation.created_at.desc())
        )
        if agent:
            q = q.where(Evaluation.agent == agent)
        if evaluator:
            q = q.where(Evaluation.evaluator == evaluator)
        if call_id:
            q = q.where(Evaluation.call_id == call_id)
        if status:
            q = q.where(Evaluation.status == EvaluationStatus(status).value)
        if rubric:
            q = q.where(RubricVersion.rubric_id == rubric)
        if date_from:
            q = q.where(Evaluation.scored_at >= _day_start(date_from))
        if date_to:
            q = q.where(Evaluation.scored_at < _day_start(date_to + timedelta(days=1)))
        if limit:
            q = q.limit(limit)
        with self.col.Session() as s:
            return [
                EvaluationSummary(
                    id=r.id,
                    call_id=r.call_id,
                    agent=r.agent,
                    evaluator=r.evaluator,
                    rubric=rid,
                    rubric_version=ver,
                    status=EvaluationStatus(r.status),
                    total=r.total,
                    max=r.max_score,
                    percent=r.percent,
                    grade=r.grade,
                    auto_fail=r.auto_fail,
                    scored_at=r.scored_at,
                    updated_at=r.updated_at,
                )
                for r, rid, ver in s.execute(q)
            ]


#: the latest position a comment may have on a call the library does not know (a day)
MAX_POSITION_MS = 24 * 3600 * 1000
#: how far past the recorded length a position may lie (the player's last frame, rounding)
POSITION_SLACK_MS = 1000


def _clock(ms: int) -> str:
    """``m:ss`` or ``h:mm:ss`` of a position in milliseconds."""
    s = int(ms) // 1000
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
