"""A small fixed data set for report and coaching tests, inserted straight through the ORM.

Every figure the tests expect is derived by hand from the rows below (see the comments in
tests/reports/test_kpi.py).  Two rubrics:

* ``inbound`` (points): section ``open`` = o1 (max 3) + o2 (max 2, N/A allowed),
  section ``close`` = c1 (max 5).  percent = total / applicable max.
* ``checklist`` (deductions from 100): ``skills`` = k1 (-2 per occurrence, category A),
  ``phrases`` = k2 (-1 per occurrence, category P).  Item rows: score = -points*count, max 0.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal as D

from qaclient.storage.models import (
    Evaluation,
    EvaluationComment,
    EvaluationItemScore,
    EvaluationSectionScore,
    RubricVersion,
    User,
)
from qaclient.storage.models.recordings import Call

INBOUND = {
    "id": "inbound",
    "labels": {"en": "Inbound call", "zh_CN": "电话呼入"},
    "sections": [
        {
            "id": "open",
            "labels": {"en": "Opening", "zh_CN": "开始语"},
            "items": [
                {"id": "o1", "labels": {"en": "Prescribed greeting", "zh_CN": "使用规定的招呼语"}},
                {"id": "o2", "labels": {"en": "Asks the name", "zh_CN": "询问客户的姓名"}},
            ],
        },
        {
            "id": "close",
            "labels": {"en": "Closing", "zh_CN": "结束语"},
            "items": [
                {"id": "c1", "labels": {"en": "Thanks the customer", "zh_CN": "感谢客户的致电"}}
            ],
        },
    ],
}
CHECKLIST = {
    "id": "checklist",
    "labels": {"en": "Deduction checklist"},
    "sections": [
        {
            "id": "skills",
            "labels": {"en": "Handling skills"},
            "items": [{"id": "k1", "labels": {"en": "Answer did not address the question"}}],
        },
        {
            "id": "phrases",
            "labels": {"en": "Standard phrases"},
            "items": [{"id": "k2", "labels": {"en": "Greeting not prescribed"}}],
        },
    ],
}


def t(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


class Builder:
    def __init__(self, col):
        self.col = col
        self.rv: dict[str, uuid.UUID] = {}
        self.ids: dict[str, uuid.UUID] = {}

    def rubric(self, doc: dict) -> uuid.UUID:
        with self.col.Session.begin() as s:
            rv = RubricVersion(
                rubric_id=doc["id"],
                version=1,
                status="active",
                title=doc["labels"]["en"],
                content=json.dumps(doc),
                content_hash=uuid.uuid4().hex,
            )
            s.add(rv)
            s.flush()
            self.rv[doc["id"]] = rv.id
            return rv.id

    def user(self, login: str, team: str | None, role: str = "agent") -> None:
        with self.col.Session.begin() as s:
            s.add(User(login=login, display_name=login.title(), role=role, team=team))

    def call(
        self, call_id: str, agent: str, start: str, team: str | None = None, uri: str = ""
    ) -> None:
        with self.col.Session.begin() as s:
            s.add(
                Call(
                    call_id=call_id,
                    agent=agent,
                    team=team,
                    start_at=t(start),
                    duration_ms=180_000,
                    file_uri=uri or f"file:///nonexistent/{call_id}.wav",
                )
            )

    def evaluation(
        self,
        name: str,
        *,
        agent: str,
        rubric: str,
        scored: str,
        total,
        percent,
        grade,
        items: dict[str, tuple] = (),
        sections: dict[str, tuple] = (),
        call_id: str | None = None,
        evaluator: str = "ins1",
        status: str = "submitted",
        deleted: bool = False,
        minutes: int = 10,
        comments: list[tuple] = (),
    ) -> uuid.UUID:
        """items: {item_id: (section, score, max, na, category, errors)};
        sections: {section_id: (score, max, na)}; comments: [(position_ms, end_ms, text, item)]."""
        started = t(scored)
        with self.col.Session.begin() as s:
            ev = Evaluation(
                call_id=call_id or f"call-{name}",
                agent=agent,
                evaluator=evaluator,
                rubric_version_id=self.rv[rubric],
                status=status,
                total=D(str(total)),
                max_score=D(100),
                percent=D(str(percent)),
                grade=grade,
                scored_at=t(scored),
                started_at=started,
                submitted_at=started.replace(minute=started.minute)
                if False
                else datetime.fromtimestamp(started.timestamp() + minutes * 60, UTC),
                deleted=deleted,
            )
            s.add(ev)
            s.flush()
            for iid, (sec, score, mx, na, cat, errs) in dict(items).items():
                s.add(
                    EvaluationItemScore(
                        evaluation_id=ev.id,
                        item_id=iid,
                        section_id=sec,
                        score=D(str(score)),
                        max=D(str(mx)),
                        na=na,
                        category=cat,
                        errors=errs,
                    )
                )
            for sid, (score, mx, na) in dict(sections).items():
                s.add(
                    EvaluationSectionScore(
                        evaluation_id=ev.id,
                        section_id=sid,
                        score=D(str(score)),
                        max=D(str(mx)),
                        na=na,
                    )
                )
            for pos, end, text, item in comments:
                s.add(
                    EvaluationComment(
                        evaluation_id=ev.id,
                        position_ms=pos,
                        end_ms=end,
                        text=text,
                        item_id=item,
                        author=evaluator,
                    )
                )
            self.ids[name] = ev.id
            return ev.id


def inbound(o1, o2, c1):
    """Item and section rows of an inbound evaluation; None = N/A."""
    items = {
        "o1": ("open", o1 or 0, 3, o1 is None, None, 0),
        "o2": ("open", o2 or 0, 2, o2 is None, None, 0),
        "c1": ("close", c1 or 0, 5, c1 is None, None, 0),
    }
    open_max = (3 if o1 is not None else 0) + (2 if o2 is not None else 0)
    sections = {
        "open": ((o1 or 0) + (o2 or 0), open_max, open_max == 0),
        "close": (c1 or 0, 5 if c1 is not None else 0, c1 is None),
    }
    return items, sections


def checklist(k1: int, k2: int):
    """Deduction counts -> item and section rows of a checklist evaluation."""
    items = {
        "k1": ("skills", -2 * k1, 0, False, "A", k1),
        "k2": ("phrases", -1 * k2, 0, False, "P", k2),
    }
    sections = {"skills": (-2 * k1, 0, False), "phrases": (-1 * k2, 0, False)}
    return items, sections


def build(col) -> Builder:
    """The fixed data set of the report tests (months 2026-09 and 2026-10; 2026-08 empty)."""
    b = Builder(col)
    b.rubric(INBOUND)
    b.rubric(CHECKLIST)
    for login, team in (("alice", "red"), ("bob", "red"), ("carol", "blue"), ("dave", "blue")):
        b.user(login, team)
    b.user("ins1", None, "inspector")
    b.user("ins2", None, "inspector")

    # ---- October 2026 ---------------------------------------------------------------
    i, s = inbound(3, None, 4)  # total 7 of 8 -> 87.5 %
    b.evaluation(
        "E1",
        agent="alice",
        rubric="inbound",
        scored="2026-10-05 10:00",
        total=7,
        percent=87.5,
        grade="B",
        items=i,
        sections=s,
        minutes=12,
        comments=[
            (12_000, None, "Greeting complete and warm", "o1"),
            (95_000, 101_000, "Thanks missing the customer's name", "c1"),
        ],
    )
    i, s = checklist(1, 2)  # 100 - 2 - 2 = 96
    b.evaluation(
        "E2",
        agent="alice",
        rubric="checklist",
        scored="2026-10-06 09:00",
        total=96,
        percent=96,
        grade="A",
        items=i,
        sections=s,
        minutes=8,
    )
    i, s = checklist(0, 0)
    b.evaluation(
        "E3",
        agent="alice",
        rubric="checklist",
        scored="2026-10-06 15:00",
        total=100,
        percent=100,
        grade="A",
        items=i,
        sections=s,
        evaluator="ins2",
        minutes=4,
    )
    i, s = inbound(1.8, 2, 0)  # 3.8 of 10
    b.evaluation(
        "E4",
        agent="bob",
        rubric="inbound",
        scored="2026-10-07 11:00",
        total=3.8,
        percent=38,
        grade="F",
        items=i,
        sections=s,
        minutes=20,
    )
    i, s = checklist(0, 1)  # 99
    b.evaluation(
        "E5",
        agent="bob",
        rubric="checklist",
        scored="2026-10-08 11:00",
        total=99,
        percent=99,
        grade="A",
        items=i,
        sections=s,
        evaluator="ins2",
        minutes=6,
    )
    i, s = inbound(None, None, 5)  # N/A-heavy: 5 of 5
    b.evaluation(
        "E6",
        agent="carol",
        rubric="inbound",
        scored="2026-10-09 13:00",
        total=5,
        percent=100,
        grade="A",
        items=i,
        sections=s,
        minutes=10,
    )
    i, s = checklist(3, 0)
    b.evaluation(
        "E7",
        agent="dave",
        rubric="checklist",
        scored="2026-10-10 08:00",
        total=94,
        percent=94,
        grade="A",
        items=i,
        sections=s,
        status="draft",
    )  # a draft: never counts
    b.evaluation(
        "E8",
        agent="dave",
        rubric="checklist",
        scored="2026-10-11 08:00",
        total=50,
        percent=50,
        grade="F",
        items=i,
        sections=s,
        deleted=True,
    )  # deleted: never counts
    i, s = checklist(0, 0)
    b.evaluation(
        "E9",
        agent="carol",
        rubric="checklist",
        scored="2026-11-01 00:30",
        total=100,
        percent=100,
        grade="A",
        items=i,
        sections=s,
    )  # November in UTC and in Shanghai
    # ---- September 2026 (E10: 2026-10-01 04:00 in Shanghai) ---------------------------
    i, s = checklist(1, 0)
    b.evaluation(
        "E10",
        agent="carol",
        rubric="checklist",
        scored="2026-09-30 20:00",
        total=98,
        percent=98,
        grade="A",
        items=i,
        sections=s,
    )
    i, s = inbound(3, 2, 5)
    b.evaluation(
        "F1",
        agent="alice",
        rubric="inbound",
        scored="2026-09-10 10:00",
        total=10,
        percent=100,
        grade="A",
        items=i,
        sections=s,
    )
    i, s = checklist(1, 1)  # 97
    b.evaluation(
        "F2",
        agent="bob",
        rubric="checklist",
        scored="2026-09-11 10:00",
        total=97,
        percent=97,
        grade="A",
        items=i,
        sections=s,
    )

    # ---- the library's calls (working days) --------------------------------------------
    for name, agent, start in (
        ("E1", "alice", "2026-10-05 10:00"),
        ("E2", "alice", "2026-10-06 09:00"),
        ("E3", "alice", "2026-10-06 15:00"),
        ("E4", "bob", "2026-10-07 11:00"),
        ("E5", "bob", "2026-10-08 11:00"),
        ("E6", "carol", "2026-10-09 13:00"),
        ("E7", "dave", "2026-10-10 08:00"),
        ("E9", "carol", "2026-11-01 00:30"),
        ("E10", "carol", "2026-09-30 20:00"),
        ("F1", "alice", "2026-09-10 10:00"),
        ("F2", "bob", "2026-09-11 10:00"),
    ):
        b.call(f"call-{name}", agent, start)
    b.call("call-extra-alice", "alice", "2026-10-07 16:00")  # worked, nothing sampled that day
    return b
