"""The four rubrics shipped in resources/rubrics: complete, and scoring exactly as the
manuals say (rubrics.md is the acceptance data)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qaclient.paths import rubrics_dir
from qaclient.rubrics.loader import load_file
from qaclient.rubrics.model import LANGUAGES, ItemKind, Rubric, ScoringMode
from qaclient.rubrics.scoring import check_sections, parse_answers, score, submit_problems

RUBRICS = Path(rubrics_dir())
FIVE = ["excellent", "good", "pass", "weak", "poor"]


def _load(name: str) -> Rubric:
    return load_file(RUBRICS / f"{name}.yaml")


@pytest.fixture(scope="module")
def inbound() -> Rubric:
    return _load("inbound-call")


@pytest.fixture(scope="module")
def outbound() -> Rubric:
    return _load("outbound-call")


@pytest.fixture(scope="module")
def checklist() -> Rubric:
    return _load("insurance-hotline-deductions")


@pytest.fixture(scope="module")
def scorecard() -> Rubric:
    return _load("monthly-agent-scorecard")


def _run(rubric: Rubric, raw: dict):
    return score(rubric, parse_answers(rubric, raw))


def test_exactly_the_four_rubrics_ship_and_load():
    names = sorted(p.stem for p in RUBRICS.glob("*.yaml"))
    assert names == [
        "inbound-call",
        "insurance-hotline-deductions",
        "monthly-agent-scorecard",
        "outbound-call",
    ]
    for name in names:
        rubric = _load(name)
        assert rubric.status.value == "active"
        assert rubric.languages == LANGUAGES


@pytest.mark.parametrize(
    "name",
    ["inbound-call", "outbound-call", "insurance-hotline-deductions", "monthly-agent-scorecard"],
)
def test_every_text_is_in_chinese_english_and_spanish(name):
    rubric = _load(name)
    assert set(rubric.description) == set(LANGUAGES)
    for section in rubric.sections:
        assert set(section.labels) == set(LANGUAGES), section.id
        for item in section.items:
            assert set(item.labels) == set(LANGUAGES), item.id
            if item.help:
                assert set(item.help) == set(LANGUAGES), item.id
            for level in item.levels:
                assert set(level.labels) == set(LANGUAGES), (item.id, level.name)


@pytest.mark.parametrize("name", ["inbound-call", "outbound-call"])
def test_every_level_of_every_item_has_a_descriptor_in_three_languages(name):
    rubric = _load(name)
    for item in rubric.items:
        assert item.kind is ItemKind.LEVELS
        names = [lv.name for lv in item.levels]
        assert names in (FIVE, ["excellent", "poor"]), item.id
        texts = set()
        for level in item.levels:
            assert set(level.descriptor) == set(LANGUAGES), (item.id, level.name)
            assert all(len(t) >= 8 for t in level.descriptor.values()), (item.id, level.name)
            texts.add(level.descriptor["en"])
        assert len(texts) == len(item.levels), f"{item.id}: two levels share a descriptor"


def test_inbound_structure_matches_the_manual(inbound):
    assert [(s.id, s.max) for s in inbound.sections] == [
        ("opening", 10),
        ("hold", 10),
        ("response", 30),
        ("closing", 5),
        ("knowledge", 20),
        ("overall", 25),
    ]
    five = {i.id: i.max for i in inbound.items if len(i.levels) == 5}
    assert five == {
        "greeting": 3,
        "no_interrupt": 10,
        "active_listening": 10,
        "objection_handling": 10,
        "product_knowledge": 10,
        "correct_information": 10,
        "clarity": 6,
        "politeness": 6,
        "patience": 6,
        "warmth": 7,
    }
    assert len(inbound.items) == 19


def test_outbound_structure_and_completion(outbound):
    assert [(s.id, s.max) for s in outbound.sections] == [
        ("opening", 10),
        ("conversation_control", 36),
        ("closing", 5),
        ("knowledge", 20),
        ("overall", 29),
    ]
    completed = sorted(i.id for i in outbound.items if i.extra.get("x-completion"))
    assert completed == ["clarity", "differentiation", "patience", "politeness", "warmth"]
    assert "COMPLETION" in outbound.description["en"]
    assert "补全" in outbound.description["zh_CN"]
    overall = next(s for s in outbound.sections if s.id == "overall")
    assert [(i.id, i.max) for i in overall.items] == [
        ("clarity", 7),
        ("politeness", 7),
        ("patience", 7),
        ("warmth", 8),
    ]


def test_default_level_scale_rounded_to_half_points(inbound, outbound):
    def pts(rubric, iid):
        return [lv.points for lv in rubric.item(iid).levels]

    assert pts(inbound, "greeting") == [3, Decimal("2.5"), 2, 1, 0]
    assert pts(inbound, "clarity") == [6, 5, Decimal("3.5"), Decimal("2.5"), 0]
    assert pts(inbound, "warmth") == [7, Decimal("5.5"), 4, 3, 0]
    assert pts(inbound, "no_interrupt") == [10, 8, 6, 4, 0]
    assert pts(outbound, "greeting") == [4, 3, Decimal("2.5"), Decimal("1.5"), 0]
    assert pts(outbound, "warmth") == [8, Decimal("6.5"), 5, 3, 0]
    assert pts(inbound, "ask_need") == [3, 0]


@pytest.mark.parametrize("name", ["inbound-call", "outbound-call"])
def test_all_excellent_is_100_and_all_poor_is_0(name):
    rubric = _load(name)
    best = _run(rubric, {i.id: {"level": "excellent"} for i in rubric.items})
    worst = _run(rubric, {i.id: {"level": "poor"} for i in rubric.items})
    assert (best.total, best.max, best.percent) == (100, 100, 100)
    assert (worst.total, worst.max, worst.percent) == (0, 100, 0)
    assert (best.grade, worst.grade) == ("A", "fail")
    assert best.unanswered == () and worst.unanswered == ()


def test_inbound_mixed_answers_hand_computed(inbound):
    raw = {i.id: {"level": "excellent"} for i in inbound.items}
    raw.update(
        {
            "greeting": {"level": "good"},  # 2.5 of 3
            "no_interrupt": {"level": "pass"},  # 6 of 10
            "clarity": {"level": "weak"},  # 2.5 of 6
            "ask_name": {"level": "poor"},  # 0 of 2
        }
    )
    res = _run(inbound, raw)
    assert res.total == Decimal("100") - Decimal("0.5") - 4 - Decimal("3.5") - 2 == Decimal("90")
    assert res.grade == "B"  # the centre's bands: 90 is B, A is strictly above 90
    # a call without hold: the hold section N/A leaves numerator and denominator
    raw2 = {k: v for k, v in raw.items() if not k.startswith(("hold_", "long_hold"))}
    raw2["hold"] = {"na": True}
    res2 = _run(inbound, raw2)
    assert (res2.total, res2.max) == (80, 90)
    assert res2.percent == Decimal("88.89")


def test_deduction_checklist_is_100_minus_deductions(checklist):
    assert checklist.mode is ScoringMode.BASE
    assert (checklist.base, checklist.cap, checklist.floor) == (100, 100, 0)
    assert _run(checklist, {}).total == 100
    res = _run(
        checklist,
        {
            "courtesy_words_missing": {"count": 2},  # 2 x 2, P
            "interrupted": {"count": 1},  # 1, no category
            "off_topic_answer": {"count": 1},  # 2, A
            "closing_missing": {"count": 1},  # 2, P
        },
    )
    assert res.total == 100 - 4 - 1 - 2 - 2 == 91
    assert res.grade == "A"
    assert res.errors == {"P": 3, "A": 1}
    everything = {i.id: {"count": 10} for i in checklist.items}
    assert _run(checklist, everything).total == 0  # never below 0


def test_checklist_points_and_categories_match_the_manual(checklist):
    got = [(i.points, i.category) for i in checklist.items]
    assert got == [
        (2, "A"), (1, "A"), (1, "P"), (2, "A"), (2, None), (2, None),
        (2, "P"), (1, None),
        (2, "P"), (2, "P"), (2, "P"), (1, "P"), (2, "P"), (1, "P"), (1, "P"), (1, "P"), (1, "P"), (1, "P"), (2, "P"),
    ]  # fmt: skip
    assert set(checklist.categories) == {"P", "A"}


def test_scorecard_base_bonus_deductions_cap(scorecard):
    assert (scorecard.base, scorecard.cap, scorecard.floor) == (80, 110, 0)
    assert _run(scorecard, {}).total == 80
    res = _run(
        scorecard,
        {
            "extra_tasks": {"count": 2},
            "data_entry_error": {"count": 1},
            "trainer_adjustment": {"value": 3, "comment": "covered the hotline outage alone"},
        },
    )
    assert (res.total, res.grade) == (91, "A")
    assert _run(scorecard, {"emergency_cover": {"count": 7}}).total == 110
    assert _run(scorecard, {"games_or_films": {"count": 1}}).total == 70
    assert _run(scorecard, {"equipment_removed": {"count": 1}}).total == 60
    assert _run(scorecard, {"absence_without_leave": {"count": 5}}).total == 0


@pytest.mark.parametrize(
    ("raw", "total", "grade"),
    [
        (
            {"extra_tasks": {"count": 2}, "trainer_adjustment": {"value": "0.5"}},
            Decimal("90.5"),
            "A",
        ),
        ({"extra_tasks": {"count": 2}}, 90, "B"),
        ({}, 80, "B"),
        ({"late_2_5_min": {"value": "-0.5"}}, Decimal("79.5"), "C"),
        ({"games_or_films": {"count": 1}}, 70, "C"),
        ({"games_or_films": {"count": 1}, "handover_log_incomplete": {"count": 1}}, 65, "D"),
        ({"equipment_removed": {"count": 1}}, 60, "E"),
        (
            {"equipment_removed": {"count": 1}, "other_minor": {"value": "-0.5"}},
            Decimal("59.5"),
            "fail",
        ),
    ],
)
def test_scorecard_grade_bands_exactly(scorecard, raw, total, grade):
    res = _run(scorecard, raw)
    assert (res.total, res.grade) == (total, grade)


def test_scorecard_dismissal_offences_are_flags_without_points(scorecard):
    flags = [i.id for i in scorecard.items if i.flag]
    assert flags == ["sleeping_on_duty", "hung_up_on_customer", "cliques", "favouritism"]
    res = _run(scorecard, {"sleeping_on_duty": {"yes": True}, "favouritism": {"yes": False}})
    assert res.total == 80
    assert res.flags == ("sleeping_on_duty",)


def test_scorecard_trainer_adjustment_needs_a_reason(scorecard):
    item = scorecard.item("trainer_adjustment")
    assert (item.numeric_min, item.numeric_max, item.comment_required) == (-5, 5, True)
    no_reason = parse_answers(scorecard, {"trainer_adjustment": {"value": -3}})
    assert "trainer_adjustment" in [iid for iid, _ in submit_problems(scorecard, no_reason)]
    with_reason = parse_answers(
        scorecard, {"trainer_adjustment": {"value": -3, "comment": "late twice"}}
    )
    # the scorecard's bonus/deduction sections still wait for the inspector's check
    assert {p for _i, p in submit_problems(scorecard, with_reason)} == {"not checked"}
    assert submit_problems(scorecard, check_sections(scorecard, with_reason)) == []


def test_scorecard_spot_check_item_for_the_reports(scorecard):
    item = scorecard.item("spot_check_errors")
    assert item.kind is ItemKind.NUMERIC
    assert item.numeric_max == 0 and item.numeric_min < 0
    assert _run(scorecard, {"spot_check_errors": {"value": -7}}).total == 73


def test_scorecard_bonus_and_infraction_points(scorecard):
    pts = {i.id: i.points for i in scorecard.items if i.points is not None}
    assert {pts[i.id] for i in next(s for s in scorecard.sections if s.id == "bonuses").items} == {
        5
    }
    moderate = next(s for s in scorecard.sections if s.id == "moderate_infractions")
    severe = next(s for s in scorecard.sections if s.id == "severe_infractions")
    assert {i.points for i in moderate.items} == {10} and len(moderate.items) == 8
    assert {i.points for i in severe.items} == {20} and len(severe.items) == 6
    assert (pts["messy_desk"], pts["data_entry_error"], pts["handover_log_incomplete"]) == (2, 2, 5)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_call_templates_monotonic_in_every_level(data):
    rubric = _load(data.draw(st.sampled_from(["inbound-call", "outbound-call"])))
    raw = {
        i.id: {"level": data.draw(st.sampled_from([lv.name for lv in i.levels]))}
        for i in rubric.items
    }
    base = _run(rubric, raw)
    assert 0 <= base.total <= 100
    item = data.draw(st.sampled_from(rubric.items))
    names = [lv.name for lv in item.levels]
    current = names.index(raw[item.id]["level"])
    if current > 0:
        better = dict(raw, **{item.id: {"level": names[current - 1]}})
        assert _run(rubric, better).total >= base.total
