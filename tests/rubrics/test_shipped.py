"""The four shipped rubrics (resources/rubrics) reproduce the totals of rubrics.md exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from qaclient import paths
from qaclient.rubrics.loader import dump_document, load_document, load_file
from qaclient.rubrics.model import ItemKind, ScoringMode
from qaclient.rubrics.scoring import parse_answers, score

SHIPPED = [
    "inbound-call",
    "outbound-call",
    "insurance-hotline-deductions",
    "monthly-agent-scorecard",
]


def shipped(name: str):
    return load_file(paths.rubrics_dir() / f"{name}.yaml")


def run(rubric, raw):
    return score(rubric, parse_answers(rubric, raw))


def all_levels(rubric, which: str):
    """Every levels item at its top (which="top") or bottom level; other kinds left out."""
    out = {}
    for item in rubric.items:
        if item.kind is ItemKind.LEVELS:
            ordered = sorted(item.levels, key=lambda lv: lv.points)
            out[item.id] = {"level": (ordered[-1] if which == "top" else ordered[0]).name}
        elif item.kind is ItemKind.YESNO and not item.flag:
            out[item.id] = {"yes": which == "top"}
    return out


def test_all_four_ship_and_validate():
    files = sorted(p.stem for p in paths.rubrics_dir().glob("*.yaml"))
    assert set(SHIPPED) <= set(files)
    for name in SHIPPED:
        r = shipped(name)
        assert r.id == name
        assert set(r.languages) == {"zh_CN", "en", "es"}
        again = load_document(dump_document(r), "dumped")
        assert again == r


@pytest.mark.parametrize("name", ["inbound-call", "outbound-call"])
def test_call_templates_100_and_0(name):
    r = shipped(name)
    assert r.mode is ScoringMode.POINTS and r.max == 100
    best = run(r, all_levels(r, "top"))
    assert (best.total, best.max, best.percent) == (100, 100, Decimal("100.00"))
    worst = run(r, all_levels(r, "bottom"))
    assert (worst.total, worst.max, worst.percent) == (0, 100, 0)
    assert best.unanswered == () and worst.auto_fail is None


def test_inbound_sections_and_levels():
    r = shipped("inbound-call")
    assert [(s.id, s.max) for s in r.sections] == [
        ("opening", 10),
        ("hold", 10),
        ("response", 30),
        ("closing", 5),
        ("knowledge", 20),
        ("overall", 25),
    ]
    five = [i for i in r.items if len(i.levels) == 5]
    two = [i for i in r.items if len(i.levels) == 2]
    assert len(five) == 10 and len(two) == 9
    for item in five:  # every level of every five-level item has a descriptor in Chinese
        assert all(lv.descriptor.get("zh_CN") for lv in item.levels), item.id
    greeting = r.item("greeting")
    assert [lv.points for lv in greeting.levels] == [3, Decimal("2.5"), 2, 1, 0]
    warmth = r.item("warmth")
    assert [lv.points for lv in warmth.levels] == [7, Decimal("5.5"), 4, 3, 0]


def test_inbound_all_good_and_hold_na():
    r = shipped("inbound-call")
    answers = all_levels(r, "top")
    for item_id in ("no_interrupt", "active_listening", "objection_handling"):
        answers[item_id] = {"level": "good"}  # 8 each instead of 10
    res = run(r, answers)
    assert res.total == 94 and res.percent == Decimal("94.00")
    hold_na = {k: v for k, v in answers.items()}
    hold_na["hold"] = {"na": True}
    res = run(r, hold_na)
    assert (res.total, res.max) == (84, 90) and res.percent == Decimal("93.33")


def test_outbound_sections():
    r = shipped("outbound-call")
    assert [(s.id, s.max) for s in r.sections] == [
        ("opening", 10),
        ("conversation_control", 36),
        ("closing", 5),
        ("knowledge", 20),
        ("overall", 29),
    ]


def test_deduction_checklist_is_100_minus_deductions():
    r = shipped("insurance-hotline-deductions")
    assert r.mode is ScoringMode.BASE and r.max == 100 and len(r.items) == 19
    clean = run(r, {})
    assert clean.total == 100 and clean.errors == {"P": 0, "A": 0}
    ded = {i.id: i for i in r.items}
    picks = {
        "courtesy_words_missing": 2,
        "interrupted": 1,
        "off_topic_answer": 1,
        "greeting_wrong": 1,
    }
    res = run(r, {k: {"count": n} for k, n in picks.items()})
    expected = 100 - sum(ded[k].points * n for k, n in picks.items())
    assert res.total == expected == 100 - (2 * 2 + 1 + 2 + 2)
    assert res.errors == {"P": 3, "A": 1}  # courtesy x2 + greeting = P, off-topic = A
    assert run(r, {"courtesy_words_missing": {"count": 60}}).total == 0


def test_scorecard_base_80_events_cap_110():
    r = shipped("monthly-agent-scorecard")
    assert (r.mode, r.base, r.cap, r.max) == (ScoringMode.BASE, 80, 110, 110)
    assert run(r, {}).total == 80
    res = run(
        r,
        {
            "extra_tasks": {"count": 2},
            "data_entry_error": {"count": 1},
            "trainer_adjustment": {"value": 3, "comment": "covered two night shifts"},
        },
    )
    assert res.total == 80 + 10 - 2 + 3 and res.grade == "A"
    capped = run(r, {"extra_tasks": {"count": 5}, "emergency_cover": {"count": 2}})
    assert capped.total == 110
    flagged = run(r, {"sleeping_on_duty": {"yes": True}})
    assert flagged.flags == ("sleeping_on_duty",) and flagged.total == 80


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        ("90.5", "A"),
        ("91", "A"),
        ("90", "B"),
        ("80", "B"),
        ("79.5", "C"),
        ("70", "C"),
        ("69.5", "D"),
        ("65", "D"),
        ("64.5", "E"),
        ("60", "E"),
        ("59.5", "fail"),
        ("0", "fail"),
        ("110", "A"),
    ],
)
def test_scorecard_grade_boundaries(total, grade):
    r = shipped("monthly-agent-scorecard")
    target = Decimal(total)
    answers: dict = {}
    delta = target - 80
    if delta > 0:
        whole = int(delta // 5)
        answers["extra_tasks"] = {"count": whole}
        rest = delta - 5 * whole
        if rest:
            answers["trainer_adjustment"] = {"value": str(rest), "comment": "test"}
    elif delta < 0:
        answers["late_2_5_min"] = {"value": str(delta)}
    res = run(r, answers)
    assert res.total == target
    assert res.grade == grade


def test_scorecard_comment_required_for_adjustment():
    from qaclient.rubrics.scoring import submit_problems

    r = shipped("monthly-agent-scorecard")
    problems = submit_problems(r, parse_answers(r, {"trainer_adjustment": {"value": -2}}))
    assert ("trainer_adjustment", "needs a written reason (comment)") in problems
