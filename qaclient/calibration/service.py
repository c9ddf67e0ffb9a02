"""Calibration sessions: pick calls and a rubric, invite inspectors (and optionally a
benchmark scorer), everyone scores blind, then the session is revealed and compared.

    cal = col.calibrations.create(rubric="inbound-call", calls=["C1", "C2"],
                                  inspectors=["li", "wang"], benchmark="zhao")
    col.calibrations.evaluate(cal.id, "C1", evaluator="li", answers={...})
    col.calibrations.reveal(cal.id)
    col.calibrations.report(cal.id)    # agreement per item and overall

Blind: before the reveal a participant sees only their own answers (``evaluations`` with
a viewer), the others' progress only as counts.  Each participant's scoring is an
ordinary evaluation of the session's exact rubric version carrying ``calibration_id``; it
has no ``scored_at``, so it never counts in agents' KPIs and leaves the call unscored.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from qaclient.calibration import agreement
from qaclient.evaluations import EvaluationView
from qaclient.messages import msg
from qaclient.rubrics import scoring
from qaclient.rubrics.model import Answer, Item, ItemKind, Rubric
from qaclient.storage.models import (
    CalibrationCall,
    CalibrationParticipant,
    CalibrationSession,
    Evaluation,
    Role,
)
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection

#: who may create and reveal a session
ORGANISERS = frozenset({Role.SUPERVISOR, Role.MANAGER, Role.TRAINER})


class CalibrationError(ValueError):
    pass


class CalibrationStatus(StrEnum):
    OPEN = "open"
    REVEALED = "revealed"


class ParticipantRole(StrEnum):
    INSPECTOR = "inspector"
    BENCHMARK = "benchmark"


@dataclass(frozen=True)
class CalibrationView:
    id: uuid.UUID
    title: str
    rubric: Rubric
    rubric_version_id: uuid.UUID
    status: CalibrationStatus
    calls: tuple[str, ...]
    inspectors: tuple[str, ...]
    benchmark: str | None
    note: str
    reference_answers: dict[str, dict[str, Any]]
    created_by: str
    created_at: datetime
    revealed_at: datetime | None

    @property
    def raters(self) -> tuple[str, ...]:
        """Inspectors, then the benchmark scorer (who counts as a rater in the figures)."""
        return self.inspectors + ((self.benchmark,) if self.benchmark else ())

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "title": self.title,
            "rubric": self.rubric.id,
            "rubric_version": self.rubric.version,
            "status": self.status.value,
            "calls": list(self.calls),
            "inspectors": list(self.inspectors),
            "benchmark": self.benchmark,
            "note": self.note,
            "reference_answers": self.reference_answers,
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
            "revealed_at": self.revealed_at.isoformat() if self.revealed_at else None,
        }


@dataclass
class Rated:
    """One rater's scoring of one call: the stored answers (JSON form) and percent."""

    evaluation_id: uuid.UUID
    answers: dict[str, dict[str, Any]]
    percent: Decimal | None
    status: str


@dataclass
class Ratings:
    """Everything the session's raters answered, per call and rater (after the reveal)."""

    session: CalibrationView
    # (call_id, login) -> the rater's scoring of the call
    rated: dict[tuple[str, str], Rated] = field(default_factory=dict)

    def raw(self, call_id: str, login: str, item_id: str) -> dict[str, Any] | None:
        r = self.rated.get((call_id, login))
        return None if r is None else r.answers.get(item_id)

    def answer(self, call_id: str, login: str, item_id: str) -> Answer | None:
        raw = self.raw(call_id, login, item_id)
        return None if raw is None else Answer.from_json(item_id, raw)

    def percent(self, call_id: str, login: str) -> Decimal | None:
        r = self.rated.get((call_id, login))
        return None if r is None else r.percent


def _token(item: Item, answer: Mapping[str, Any] | None) -> Any:
    """The value compared between raters (from an answer's JSON form): N/A and
    unanswered are missing values."""
    if not answer or answer.get("na"):
        return None
    if item.kind is ItemKind.LEVELS:
        return answer.get("level")
    if item.kind is ItemKind.YESNO:
        yes = answer.get("yes")
        return None if yes is None else ("yes" if yes else "no")
    for key in ("count", "value"):
        if answer.get(key) is not None:
            return Decimal(str(answer[key]))
    return None


def _order(item: Item, tokens: Iterable[Any]) -> list[Any] | None:
    """The ordinal order of an item's answers, worst first; None where there is none."""
    if item.kind is ItemKind.LEVELS:
        return [lv.name for lv in sorted(item.levels, key=lambda lv: lv.points)]
    if item.kind is ItemKind.YESNO:
        return ["no", "yes"]
    values = sorted({t for t in tokens if t is not None})
    if item.kind is ItemKind.DEDUCTION:
        return list(reversed(values))  # more occurrences is worse
    return values or None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


class Calibrations:
    def __init__(self, col: Collection):
        self.col = col

    # -- reading ------------------------------------------------------------------------
    def _load(self, s: Any, session_id: uuid.UUID | str) -> CalibrationSession:
        try:
            key = uuid.UUID(str(session_id))
        except ValueError as exc:
            raise CalibrationError(msg("calibration-bad-id", id=str(session_id))) from exc
        row = s.get(CalibrationSession, key)
        if row is None or row.deleted:
            raise CalibrationError(msg("calibration-not-found", id=str(key)))
        return row

    def get(self, session_id: uuid.UUID | str) -> CalibrationView:
        with self.col.Session() as s:
            row = self._load(s, session_id)
            calls = s.scalars(
                select(CalibrationCall.call_id)
                .where(CalibrationCall.session_id == row.id, CalibrationCall.deleted.is_(False))
                .order_by(CalibrationCall.position)
            ).all()
            people = s.execute(
                select(CalibrationParticipant.login, CalibrationParticipant.role)
                .where(
                    CalibrationParticipant.session_id == row.id,
                    CalibrationParticipant.deleted.is_(False),
                )
                .order_by(CalibrationParticipant.created_at, CalibrationParticipant.login)
            ).all()
            return CalibrationView(
                id=row.id,
                title=row.title,
                rubric=self.col.rubrics.get_version(row.rubric_version_id),
                rubric_version_id=row.rubric_version_id,
                status=CalibrationStatus(row.status),
                calls=tuple(calls),
                inspectors=tuple(p for p, r in people if r == ParticipantRole.INSPECTOR),
                benchmark=row.benchmark,
                note=row.note,
                reference_answers=json.loads(row.reference_answers or "{}"),
                created_by=row.created_by,
                created_at=row.created_at,
                revealed_at=row.revealed_at,
            )

    def list(self, *, participant: str | None = None) -> list[CalibrationView]:
        """Sessions, newest first; with *participant*, those they were invited to."""
        q = select(CalibrationSession.id).where(CalibrationSession.deleted.is_(False))
        if participant:
            q = q.where(
                CalibrationSession.id.in_(
                    select(CalibrationParticipant.session_id).where(
                        CalibrationParticipant.login == participant,
                        CalibrationParticipant.deleted.is_(False),
                    )
                )
            )
        with self.col.Session() as s:
            ids = s.scalars(q.order_by(CalibrationSession.created_at.desc())).all()
        return [self.get(i) for i in ids]

    def _rows(self, s: Any, session_id: uuid.UUID) -> list[Evaluation]:
        return list(
            s.scalars(
                select(Evaluation)
                .where(Evaluation.calibration_id == session_id, Evaluation.deleted.is_(False))
                .order_by(Evaluation.created_at)
            ).all()
        )

    def evaluations(
        self, session_id: uuid.UUID | str, viewer: str | None = None
    ) -> list[EvaluationView]:
        """The session's evaluations *viewer* may see: before the reveal only their own."""
        view = self.get(session_id)
        viewer = viewer or self.col.actor
        with self.col.Session() as s:
            rows = self._rows(s, view.id)
        if view.status is not CalibrationStatus.REVEALED:
            rows = [r for r in rows if r.evaluator == viewer]
        return [self.col.evaluations.get(r.id) for r in rows]

    def progress(self, session_id: uuid.UUID | str) -> dict[str, dict[str, int]]:
        """Per rater: calls scored and submitted — counts only, never answers."""
        view = self.get(session_id)
        out = {login: {"scored": 0, "submitted": 0} for login in view.raters}
        with self.col.Session() as s:
            for r in self._rows(s, view.id):
                if r.evaluator in out:
                    out[r.evaluator]["scored"] += 1
                    if r.status != "draft":
                        out[r.evaluator]["submitted"] += 1
        return out

    # -- organising ---------------------------------------------------------------------
    def _check_organiser(self) -> None:
        # the shared server enforces roles; a known login without the role is told here
        user = self.col.users.get(self.col.actor)
        if user is not None and user.role not in ORGANISERS:
            raise CalibrationError(msg("calibration-organiser-only", login=self.col.actor))

    def create(
        self,
        *,
        rubric: str | uuid.UUID,
        calls: Sequence[str],
        inspectors: Sequence[str],
        benchmark: str | None = None,
        title: str = "",
    ) -> CalibrationView:
        self._check_organiser()
        calls = [c.strip() for c in calls if c and c.strip()]
        inspectors = [i.strip() for i in inspectors if i and i.strip()]
        benchmark = benchmark.strip() if benchmark and benchmark.strip() else None
        if not calls:
            raise CalibrationError(msg("calibration-no-calls"))
        if len(set(calls)) != len(calls):
            raise CalibrationError(msg("calibration-call-twice"))
        if not inspectors:
            raise CalibrationError(msg("calibration-no-inspectors"))
        if len(set(inspectors)) != len(inspectors):
            raise CalibrationError(msg("calibration-inspector-twice"))
        if benchmark and benchmark in inspectors:
            raise CalibrationError(msg("calibration-benchmark-is-inspector", login=benchmark))
        if len(inspectors) + (1 if benchmark else 0) < 2:
            raise CalibrationError(msg("calibration-too-few-raters"))
        version_id, _rub = self.col.rubrics.resolve(rubric)
        actor = self.col.actor
        with self.col.Session.begin() as s:
            row = CalibrationSession(
                title=title.strip(),
                rubric_version_id=version_id,
                status=CalibrationStatus.OPEN.value,
                benchmark=benchmark,
                created_by=actor,
                updated_by=actor,
            )
            s.add(row)
            s.flush()
            for pos, call_id in enumerate(calls):
                s.add(
                    CalibrationCall(
                        session_id=row.id,
                        call_id=call_id,
                        position=pos,
                        created_by=actor,
                        updated_by=actor,
                    )
                )
            for login in inspectors:
                s.add(
                    CalibrationParticipant(
                        session_id=row.id,
                        login=login,
                        role=ParticipantRole.INSPECTOR.value,
                        created_by=actor,
                        updated_by=actor,
                    )
                )
            if benchmark:
                s.add(
                    CalibrationParticipant(
                        session_id=row.id,
                        login=benchmark,
                        role=ParticipantRole.BENCHMARK.value,
                        created_by=actor,
                        updated_by=actor,
                    )
                )
            self.col.evaluations.audit(
                s,
                "calibration",
                row.id,
                "create",
                None,
                None,
                {
                    "rubric_version_id": str(version_id),
                    "calls": calls,
                    "inspectors": inspectors,
                    "benchmark": benchmark,
                },
            )
            sid = row.id
        return self.get(sid)

    def evaluate(
        self,
        session_id: uuid.UUID | str,
        call_id: str,
        *,
        evaluator: str | None = None,
        answers: Mapping[str, Any] | None = None,
        agent: str | None = None,
        comments: Iterable[tuple[int, str] | tuple[int, str, str | None]] = (),
        note: str = "",
        submit: bool = False,
        check_sections: bool = False,
    ) -> EvaluationView:
        """Store (or continue) *evaluator*'s scoring of *call_id* in the session.

        *check_sections*: the answers are a complete record (an answers file), so every
        deduction/bonus section counts as confirmed (see ``Evaluations.create``)."""
        view = self.get(session_id)
        evaluator = evaluator or self.col.actor
        if view.status is not CalibrationStatus.OPEN:
            raise CalibrationError(msg("calibration-revealed-closed"))
        if call_id not in view.calls:
            raise CalibrationError(msg("calibration-call-not-in-session", call=call_id))
        if evaluator not in view.raters:
            raise CalibrationError(msg("calibration-not-invited", login=evaluator))
        with self.col.Session() as s:
            existing = [
                r
                for r in self._rows(s, view.id)
                if r.call_id == call_id and r.evaluator == evaluator
            ]
        evaluations = self.col.evaluations
        if existing:
            current = evaluations.get(existing[-1].id)
            if not current.editable:
                raise CalibrationError(msg("calibration-already-scored", call=call_id))
            if answers:
                if check_sections:
                    answers = {
                        k: a.to_json()
                        for k, a in scoring.check_sections(
                            view.rubric, scoring.parse_answers(view.rubric, dict(answers))
                        ).items()
                    }
                evaluations.set_answers(current.id, dict(answers))
            for c in comments:
                pos, text, item = c if len(c) == 3 else (c[0], c[1], None)
                evaluations.add_comment(current.id, pos, text, item_id=item)
            if note:
                evaluations.set_note(current.id, note)
            eid = current.id
        else:
            if agent is None:
                meta = evaluations._call_meta(call_id)
                agent = getattr(meta, "agent", None) or "-"
            eid = evaluations.create(
                call_id=call_id,
                rubric=view.rubric_version_id,
                agent=agent,
                evaluator=evaluator,
                answers=answers,
                comments=comments,
                note=note,
                calibration_id=view.id,
                check_sections=check_sections,
            ).id
        if submit:
            return evaluations.submit(eid)
        return evaluations.get(eid)

    def reveal(self, session_id: uuid.UUID | str) -> CalibrationView:
        self._check_organiser()
        with self.col.Session.begin() as s:
            row = self._load(s, session_id)
            if row.status == CalibrationStatus.REVEALED.value:
                raise CalibrationError(msg("calibration-already-revealed"))
            row.status = CalibrationStatus.REVEALED.value
            row.revealed_at = utcnow()
            row.revealed_by = self.col.actor
            self._touch(row)
            self.col.evaluations.audit(
                s, "calibration", row.id, "reveal", "status", "open", "revealed"
            )
            sid = row.id
        return self.get(sid)

    def save_outcome(
        self,
        session_id: uuid.UUID | str,
        *,
        reference_answers: Mapping[str, Mapping[str, Any]] | None = None,
        note: str | None = None,
    ) -> CalibrationView:
        """Save the agreed reference answers (per call) and/or the discussion note."""
        view = self.get(session_id)
        if view.status is not CalibrationStatus.REVEALED:
            raise CalibrationError(msg("calibration-not-revealed"))

        clean: dict[str, dict[str, Any]] = dict(view.reference_answers)
        for call_id, answers in (reference_answers or {}).items():
            if call_id not in view.calls:
                raise CalibrationError(msg("calibration-call-not-in-session", call=call_id))
            parsed = scoring.parse_answers(view.rubric, dict(answers))
            clean[call_id] = {k: a.to_json() for k, a in parsed.items()}
        with self.col.Session.begin() as s:
            row = self._load(s, view.id)
            old = {"note": row.note, "reference_answers": json.loads(row.reference_answers)}
            row.reference_answers = json.dumps(clean, ensure_ascii=False)
            if note is not None:
                row.note = note
            self._touch(row)
            self.col.evaluations.audit(
                s,
                "calibration",
                row.id,
                "outcome",
                None,
                old,
                {"note": row.note, "reference_answers": clean},
            )
        return self.get(view.id)

    def _touch(self, row: CalibrationSession) -> None:
        row.touch(self.col.actor)

    # -- comparing ----------------------------------------------------------------------
    def ratings(self, session_id: uuid.UUID | str) -> Ratings:
        """Every rater's answers and percent (only once the session is revealed).

        The percent is the stored one: it is recomputed from the answers on every save
        (``evaluations.recompute_scores``), so the report needs no rescoring.
        """
        view = self.get(session_id)
        if view.status is not CalibrationStatus.REVEALED:
            raise CalibrationError(msg("calibration-not-revealed"))
        out = Ratings(view)
        with self.col.Session() as s:
            rows = s.execute(
                select(
                    Evaluation.id,
                    Evaluation.call_id,
                    Evaluation.evaluator,
                    Evaluation.answers,
                    Evaluation.percent,
                    Evaluation.status,
                )
                .where(Evaluation.calibration_id == view.id, Evaluation.deleted.is_(False))
                .order_by(Evaluation.created_at)
            ).all()
        calls, raters = set(view.calls), set(view.raters)
        for eid, call_id, evaluator, answers, percent, status in rows:
            if call_id in calls and evaluator in raters:  # a later one of the same pair wins
                out.rated[(call_id, evaluator)] = Rated(
                    eid, json.loads(answers or "{}"), percent, status
                )
        return out

    def report(self, session_id: uuid.UUID | str) -> dict[str, Any]:
        """Agreement per item and overall, and each inspector's deviation from the benchmark.

        The ``qaclient calibration report --json`` contract: fractions as plain numbers,
        ``None`` where a figure is undefined.
        """
        ratings = self.ratings(session_id)
        view = ratings.session
        raters = list(view.raters)
        calls = list(view.calls)
        items_out = []
        matrices: list[list[list[Any]]] = []
        for item in view.rubric.items:
            if not item.scored and not item.flag:
                continue
            matrix = [
                [_token(item, ratings.raw(c, login, item.id)) for c in calls] for login in raters
            ]
            matrices.append(matrix)
            tokens = [t for row in matrix for t in row]
            n = sum(1 for t in tokens if t is not None)
            order = _order(item, tokens)
            nominal = item.kind in (ItemKind.LEVELS, ItemKind.YESNO)
            items_out.append(
                {
                    "item": item.id,
                    "n_ratings": n,
                    "percent_agreement": _rounded(agreement.percent_agreement(matrix)),
                    "alpha_nominal": _rounded(
                        agreement.krippendorff_alpha(matrix, agreement.Level.NOMINAL)
                    ),
                    "alpha_ordinal": _rounded(
                        agreement.krippendorff_alpha(matrix, agreement.Level.ORDINAL, order)
                        if order
                        else None
                    ),
                    "fleiss_kappa": _rounded(agreement.fleiss_kappa(matrix) if nominal else None),
                }
            )
        percents = [
            [None if (p := ratings.percent(c, login)) is None else float(p) for c in calls]
            for login in raters
        ]
        # every (call, item) pair is a unit for the overall agreement
        all_tokens = [[v for m in matrices for v in m[r]] for r in range(len(raters))]
        bench = percents[-1] if view.benchmark else None
        evaluators = []
        for i, login in enumerate(view.inspectors):
            evaluators.append(
                {
                    "login": login,
                    "mean_abs_deviation": _rounded(
                        agreement.mean_abs_deviation(percents[i], bench) if bench else None
                    ),
                    "calls_scored": sum(1 for p in percents[i] if p is not None),
                }
            )
        return {
            "id": str(view.id),
            "rubric": view.rubric.id,
            "rubric_version": view.rubric.version,
            "status": view.status.value,
            "calls": calls,
            "raters": raters,
            "benchmark": view.benchmark,
            "items": items_out,
            "overall": {
                "alpha_interval": _rounded(
                    agreement.krippendorff_alpha(percents, agreement.Level.INTERVAL)
                ),
                "percent_agreement": _rounded(agreement.percent_agreement(all_tokens)),
                "percents": {
                    login: dict(zip(calls, row, strict=True))
                    for login, row in zip(raters, percents, strict=True)
                },
            },
            "evaluators": evaluators,
        }

    def drift(self, login: str) -> list[dict[str, Any]]:
        """An inspector's deviation from the benchmark across revealed sessions, oldest
        first: the trend shows whether their scoring drifts away from the standard."""
        out = []
        for view in reversed(self.list(participant=login)):
            if view.status is not CalibrationStatus.REVEALED or not view.benchmark:
                continue
            if login not in view.inspectors:
                continue
            report = self.report(view.id)
            mine = next(e for e in report["evaluators"] if e["login"] == login)
            out.append(
                {
                    "session": str(view.id),
                    "title": view.title,
                    "revealed_at": view.revealed_at.isoformat() if view.revealed_at else None,
                    "mean_abs_deviation": mine["mean_abs_deviation"],
                }
            )
        return out
