"""Scoring by hand: every rule of docs/scoring.md on small rubrics."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rubric_builders import L, build, item, section

from qaclient.rubrics.model import Answer, AnswerError, CriticalScope
from qaclient.rubrics.scoring import parse_answers, score, submit_problems, visible_items


def run(rubric, raw):
    return score(rubric, parse_answers(rubric, raw))


def totals(res):
    return res.total, res.max, res.percent


def test_levels_points_and_percent():
    r = build(section("s", item("a", max=3), item("b", max=7)))
    res = run(r, {"a": {"level": "good"}, "b": {"level": "pass"}})
    assert totals(res) == (Decimal("6.5"), 10, Decimal("65.00"))
    assert res.sections[0].score == Decimal("6.5") and res.sections[0].max == 10
    assert res.items["a"].score == Decimal("2.5")


def test_percent_rounds_half_up_to_two_places():
    r = build(
        section(
            "s",
            item("a", max=3, levels=["excellent", "poor"]),
            item("b", "yesno", max=Decimal("0.0003")),
        )
    )
    # 3 / 3.0003 * 100 = 99.990001 -> 99.99
    res = run(r, {"a": {"level": "excellent"}, "b": {"yes": False}})
    assert res.percent == Decimal("99.99")
    r2 = build(section("s", item("a", "yesno", max=1), item("b", "yesno", max=7)))
    res2 = run(r2, {"a": {"yes": True}, "b": {"yes": False}})
    assert res2.percent == Decimal("12.50")  # exact: 1/8
    r3 = build(section("s", item("a", "yesno", max=1), item("b", "yesno", max=2)))
    assert run(r3, {"a": {"yes": True}, "b": {"yes": False}}).percent == Decimal("33.33")
    assert run(r3, {"a": {"yes": False}, "b": {"yes": True}}).percent == Decimal("66.67")


def test_na_items_leave_numerator_and_denominator():
    r = build(section("s", item("a", max=4), item("b", "yesno", max=6, na_allowed=True)))
    res = run(r, {"a": {"level": "excellent"}, "b": {"na": True}})
    assert totals(res) == (4, 4, Decimal("100.00"))
    assert res.items["b"].na


def test_na_sections():
    r = build(section("s", item("a", max=4)), section("t", item("b", max=6), na_allowed=True))
    res = run(r, {"a": {"level": "good"}, "t": {"na": True}, "b": {"level": "poor"}})
    assert totals(res) == (Decimal("3"), 4, Decimal("75.00"))  # 80 % of 4 = 3.2 -> 3
    assert res.sections[1].na and res.sections[1].max == 0
    with pytest.raises(AnswerError) as info:
        parse_answers(r, {"s": {"na": True}})
    assert info.value.item_id == "s"


def test_all_items_na_makes_the_section_na():
    r = build(section("s", item("a", max=4)), section("t", item("b", max=6, na_allowed=True)))
    res = run(r, {"a": {"level": "excellent"}, "b": {"na": True}})
    assert res.sections[1].na and totals(res) == (4, 4, 100)


def test_unanswered_items_keep_their_maximum_and_are_listed():
    r = build(
        section(
            "s", item("a", max=4), item("d", "deduction"), item("n", "numeric"), item("t", "text")
        )
    )
    res = run(r, {})
    assert res.unanswered == ("a",)  # deductions, direct numerics and text have a neutral default
    assert totals(res) == (0, 9, 0)


def test_deductions_stop_at_zero_unless_allowed():
    r = build(
        section("s", item("y", "yesno", max=3), item("d", "deduction", points=2)),
        section(
            "t", item("z", "yesno", max=3), item("e", "deduction", points=2), allow_negative=True
        ),
        scoring={"floor": -100},
    )
    res = run(r, {"y": {"yes": True}, "d": {"count": 5}, "z": {"yes": True}, "e": {"count": 5}})
    assert [s.score for s in res.sections] == [0, -7]
    assert res.total == -7  # the rubric's floor allows it
    r2 = build(
        section(
            "s", item("z", "yesno", max=3), item("e", "deduction", points=2), allow_negative=True
        )
    )
    assert run(r2, {"z": {"yes": True}, "e": {"count": 5}}).total == 0  # default floor 0


def test_bonus_makes_up_points_but_never_exceeds_the_section_max():
    r = build(section("s", item("a", max=10), item("b", "bonus", points=3)))
    assert run(r, {"a": {"level": "good"}, "b": {"count": 1}}).total == 10  # 8 + 3 capped at 10
    assert run(r, {"a": {"level": "pass"}, "b": {"count": 1}}).total == 9
    assert run(r, {"a": {"level": "pass"}, "b": {"count": 1}}).max == 10


def test_section_weights_scale_the_share():
    r = build(
        section("s", item("a", max=2, levels=["excellent", "poor"]), weight=70),
        section("t", item("b", max=50), item("c", max=50, na_allowed=True), weight=30),
        scoring={"weights_total": 100},
    )
    res = run(r, {"a": {"level": "excellent"}, "b": {"level": "good"}, "c": {"level": "poor"}})
    assert totals(res) == (Decimal("82"), 100, Decimal("82.00"))  # 70 + 30 * 40/100
    # an N/A item shrinks its section; the share stays 30
    res = run(r, {"a": {"level": "poor"}, "b": {"level": "good"}, "c": {"na": True}})
    assert totals(res) == (Decimal("24"), 100, Decimal("24.00"))


def test_weighted_na_section_renormalises():
    r = build(
        section("s", item("a", max=2, levels=["excellent", "poor"]), weight=60),
        section("t", item("b", max=10), weight=40, na_allowed=True),
    )
    res = run(r, {"a": {"level": "excellent"}, "t": {"na": True}})
    assert totals(res) == (60, 60, 100)


def test_weighted_division_is_rounded_to_four_places():
    r = build(section("s", item("a", max=3), weight=1), section("t", item("b", max=10), weight=1))
    res = run(r, {"a": {"level": "weak"}, "b": {"level": "excellent"}})  # 1/3 + 1
    assert res.total == Decimal("1.3333") and res.max == 2 and res.percent == Decimal("66.67")


def test_four_places_round_half_up_not_down_nor_to_even():
    """1 + 1/32 = 1.03125: half-up gives 1.0313 (truncating or banker's rounding: 1.0312)."""
    r = build(
        section("s", item("n", "numeric", min=0, max=32), weight=1),
        section("t", item("b", max=10), weight=1),
    )
    res = run(r, {"n": {"value": 1}, "b": {"level": "excellent"}})
    assert totals(res) == (Decimal("1.0313"), 2, Decimal("51.57"))
    # the same inside one section with item weights (the section score is rounded)
    r = build(
        section("s", item("a", max=8, weight=1), item("n", "numeric", min=0, max=32, weight=1))
    )
    res = run(r, {"a": {"level": "excellent"}, "n": {"value": 1}})
    assert res.sections[0].score == Decimal("1.0313") and res.total == Decimal("1.0313")


def test_item_weights_normalise_each_item():
    r = build(section("s", item("a", max=10, weight=30), item("b", "yesno", max=1, weight=70)))
    res = run(r, {"a": {"level": "good"}, "b": {"yes": True}})
    assert totals(res) == (94, 100, Decimal("94.00"))  # 30 * 8/10 + 70


def test_auto_fail_evaluation_scope():
    r = build(
        section("s", item("a", max=4)),
        section("t", item("k", "yesno", max=1, critical="evaluation")),
    )
    res = run(r, {"a": {"level": "excellent"}, "k": {"yes": False}})
    assert res.total == 0 and res.percent == 0 and res.max == 5
    assert res.auto_fail.item_id == "k" and res.auto_fail.scope is CriticalScope.EVALUATION
    assert res.auto_fail.section_id == "t"
    assert res.sections[0].score == 4  # sections keep their scores for coaching
    assert res.to_json()["auto_fail"] == {"item": "k", "scope": "evaluation", "section": "t"}


def test_auto_fail_section_scope_and_target():
    r = build(
        section("s", item("a", max=4), item("k", "yesno", max=1, critical="section")),
        section(
            "t",
            item("b", max=5),
            item("m", "yesno", max=1, critical={"scope": "section", "section": "s"}),
        ),
    )
    res = run(
        r,
        {
            "a": {"level": "excellent"},
            "k": {"yes": True},
            "b": {"level": "excellent"},
            "m": {"yes": False},
        },
    )
    assert [s.score for s in res.sections] == [0, 5]
    assert res.sections[0].auto_failed and not res.sections[1].auto_failed
    assert res.total == 5 and res.max == 11
    assert res.auto_fail.section_id == "s" and res.auto_fail.scope is CriticalScope.SECTION


def test_critical_defaults_per_kind():
    r = build(
        section(
            "s",
            item("lv", max=10, critical="evaluation"),
            item("d", "deduction", critical="evaluation"),
            item(
                "n",
                "numeric",
                min=0,
                max=10,
                ranges=[
                    {"min": 0, "max": 4, "points": 0, "auto_fail": True},
                    {"min": 5, "max": 10, "points": 2},
                ],
            ),
        )
    )
    ok = {"lv": {"level": "excellent"}, "d": {"count": 0}, "n": {"value": 7}}
    assert run(r, ok).auto_fail is None and run(r, ok).total == 12
    assert (
        run(r, ok | {"lv": {"level": "good"}}).auto_fail.item_id == "lv"
    )  # any level below the top
    assert run(r, ok | {"d": {"count": 1}}).auto_fail.item_id == "d"
    assert run(r, ok | {"n": {"value": 3}}).auto_fail.item_id == "n"
    many = run(r, {"lv": {"level": "poor"}, "d": {"count": 2}, "n": {"value": 1}})
    assert [f.item_id for f in many.auto_fails] == ["lv", "d", "n"]


def test_critical_item_na_or_invisible_does_not_fail():
    r = build(
        section(
            "s",
            item("g", "yesno", max=1),
            item(
                "k",
                "yesno",
                max=1,
                critical="evaluation",
                na_allowed=True,
                visible_when={"item": "g", "is": "yes"},
            ),
        )
    )
    assert run(r, {"g": {"yes": True}, "k": {"na": True}}).auto_fail is None
    assert (
        run(r, {"g": {"yes": False}, "k": {"yes": False}}).auto_fail is None
    )  # hidden, answer ignored


def test_visibility_conditions():
    r = build(
        section(
            "s",
            item("hold", "yesno", max=1),
            item("len", max=4, visible_when={"item": "hold", "is": "yes"}),
        ),
        section(
            "t",
            item("x", "yesno", max=1),
            visible_when={
                "any": [{"item": "hold", "is": "no"}, {"item": "len", "in": ["poor", "na"]}]
            },
        ),
    )
    res = run(r, {"hold": {"yes": False}, "len": {"level": "excellent"}, "x": {"yes": True}})
    assert not res.items["len"].visible and res.items["len"].answered
    assert totals(res) == (1, 2, 50)
    res = run(r, {"hold": {"yes": True}, "len": {"level": "excellent"}, "x": {"yes": True}})
    assert not res.items["x"].visible and totals(res) == (5, 5, 100)
    res = run(r, {"hold": {"yes": True}, "len": {"level": "poor"}, "x": {"yes": True}})
    assert res.items["x"].visible and totals(res) == (2, 6, Decimal("33.33"))
    assert visible_items(r, parse_answers(r, {"hold": {"yes": True}})) == {"hold", "len"}
    assert run(r, {}).unanswered == (
        "hold",
    )  # "len" and section t hidden while "hold" is unanswered


def test_all_conditions_and_chains():
    r = build(
        section(
            "s",
            item("a", "yesno", max=1),
            item("b", "yesno", max=1, visible_when={"item": "a", "is": "yes"}),
            item(
                "c",
                "yesno",
                max=1,
                visible_when={"all": [{"item": "a", "is": "yes"}, {"item": "b", "is": "yes"}]},
            ),
            item("d", "yesno", max=1, visible_when={"item": "c", "is": "yes"}),
        )
    )
    all_yes = {k: {"yes": True} for k in "abcd"}
    assert run(r, all_yes).total == 4
    chain = run(r, all_yes | {"a": {"yes": False}})  # b hidden -> c hidden -> d hidden
    assert totals(chain) == (0, 1, 0)


def test_base_mode_deduction_checklist():
    r = build(
        section(
            "h",
            item("p1", "deduction", points=2, category="P"),
            item("a1", "deduction", points=1, category="A"),
        ),
        section("s", item("n1", "deduction", points=2)),
        scoring={"mode": "base", "base": 100, "cap": 100},
        categories={"P": L("p"), "A": L("a")},
    )
    res = run(r, {"p1": {"count": 3}, "a1": {"count": 1}, "n1": {"count": 1}})
    assert totals(res) == (91, 100, Decimal("91.00"))
    assert res.errors == {"P": 3, "A": 1}
    assert [s.score for s in res.sections] == [-7, -2]
    assert run(r, {}).total == 100 and run(r, {}).errors == {"P": 0, "A": 0}
    assert run(r, {"p1": {"count": 80}}).total == 0  # floor 0


def test_base_mode_scorecard_cap_and_adjustment():
    r = build(
        section("b", item("ev", "bonus", points=5)),
        section("m", item("err", "deduction", points=2)),
        section("adj", item("t", "numeric", min=-5, max=5, comment_required=True)),
        section("f", item("sleep", "yesno", flag=True)),
        scoring={"mode": "base", "base": 80, "cap": 110},
        grades={
            "basis": "total",
            "bands": [{"grade": "A", "above": 90}, {"grade": "B", "from": 80}, {"grade": "fail"}],
        },
    )
    res = run(
        r,
        {
            "ev": {"count": 2},
            "err": {"count": 1},
            "t": {"value": 3, "comment": "covered nights"},
            "sleep": {"yes": True},
        },
    )
    assert totals(res) == (91, 110, Decimal("82.73")) and res.grade == "A"
    assert res.flags == ("sleep",)
    assert run(r, {"ev": {"count": 9}}).total == 110
    assert run(r, {"ev": {"count": 2}}).grade == "B"  # exactly 90 is not above 90
    assert run(r, {"t": {"value": Decimal("-0.5")}}).total == Decimal("79.5")
    assert not res.sections[3].na  # a flag-only section is not "N/A"


def test_grades_on_percent_boundaries():
    r = build(
        section("s", item("n", "numeric", min=0, max=100)),
        grades={
            "bands": [
                {"grade": "A", "above": 90},
                {"grade": "B", "from": 80},
                {"grade": "C", "from": 70},
                {"grade": "F"},
            ]
        },
    )
    cases = {
        "90.5": "A",
        "90": "B",
        "90.001": "B",
        "80": "B",
        "79.995": "B",
        "79.99": "C",
        "70": "C",
        "0": "F",
    }
    for value, grade in cases.items():
        assert run(r, {"n": {"value": value}}).grade == grade, value


def test_no_grade_without_bands_or_maximum():
    r = build(section("s", item("a", max=4, na_allowed=True)), grades={"bands": [{"grade": "ok"}]})
    assert run(r, {"a": {"na": True}}).grade is None
    assert build(section("s", item("a"))).grades == ()


def test_error_counts_per_kind():
    r = build(
        section(
            "s",
            item("lv", max=4, category="P"),
            item("yn", "yesno", max=1, category="P"),
            item("d", "deduction", category="A"),
        ),
        categories={"P": L("p"), "A": L("a")},
    )
    res = run(r, {"lv": {"level": "good"}, "yn": {"yes": False}, "d": {"count": 3}})
    assert res.errors == {"P": 2, "A": 3}
    assert res.items["d"].errors == 3
    assert run(r, {"lv": {"level": "excellent"}, "yn": {"yes": True}}).errors == {"P": 0, "A": 0}


def test_ranged_numeric():
    r = build(
        section(
            "s",
            item(
                "aht",
                "numeric",
                min=0,
                max=900,
                ranges=[{"min": 0, "max": 300, "points": 5}, {"min": 301, "max": 600, "points": 2}],
            ),
        )
    )
    assert run(r, {"aht": {"value": 120}}).total == 5
    assert run(r, {"aht": {"value": 301}}).total == 2
    assert run(r, {"aht": {"value": 700}}).total == 0  # in no range
    assert run(r, {"aht": {"value": Decimal("300.5")}}).total == 0


def test_answer_errors_name_the_item():
    r = build(
        section(
            "s",
            item("a", max=4),
            item("y", "yesno"),
            item("d", "deduction", max_count=2),
            item("n", "numeric", min=-5, max=5),
            item("t", "text"),
        )
    )
    bad = {
        "zzz": {"level": "good"},
        "a": {"level": "superb"},
        "y": {"count": 1},
        "d": {"count": 3},
        "n": {"value": 6},
        "t": {"na": True},
    }
    with pytest.raises(AnswerError) as info:
        parse_answers(r, bad)
    errs = {e.item_id: e.message for e in info.value.errors}
    assert set(errs) == set(bad)
    assert "unknown item" in errs["zzz"]
    assert "unknown level 'superb'" in errs["a"]
    assert "cannot be answered N/A" in errs["t"]
    assert "above the most" in errs["d"]
    assert "outside" in errs["n"]
    with pytest.raises(AnswerError):
        parse_answers(r, ["not", "a", "mapping"])
    with pytest.raises(AnswerError) as one:
        score(r, {"a": Answer(level="superb")})
    assert one.value.item_id == "a"


def test_answers_to_invisible_items_are_allowed_but_ignored():
    r = build(
        section(
            "s",
            item("g", "yesno", max=1),
            item("h", "yesno", max=5, visible_when={"item": "g", "is": "yes"}),
        )
    )
    res = run(r, {"g": {"yes": False}, "h": {"yes": True}})
    assert totals(res) == (0, 1, 0)


def test_submit_problems():
    r = build(section("s", item("a", max=4), item("n", "numeric", comment_required=True)))
    answers = parse_answers(r, {"n": {"value": 2}})
    assert submit_problems(r, answers) == [
        ("a", "not answered"),
        ("n", "needs a written reason (comment)"),
    ]
    assert submit_problems(r, answers, commented_items={"n"}) == [("a", "not answered")]
    ok = parse_answers(r, {"a": {"level": "good"}, "n": {"value": 2, "comment": "why"}})
    assert submit_problems(r, ok) == []


def test_result_json_contract():
    r = build(section("s", item("a", max=3)), categories={"P": L("p")})
    data = run(r, {"a": {"level": "good"}}).to_json()
    for key in ("total", "max", "percent", "grade", "auto_fail", "sections", "errors"):
        assert key in data
    assert data["total"] == 2.5 and data["max"] == 3 and data["percent"] == 83.33
    assert data["sections"] == [{"id": "s", "score": 2.5, "max": 3, "na": False}]
    assert data["errors"] == {"P": 0}


def test_scoring_table_is_cached_per_rubric_object():
    from qaclient.rubrics.scoring import table

    r = build(section("s", item("a")))
    assert table(r) is table(r)
    assert r == build(section("s", item("a")))  # the cache does not change equality


def test_items_of_an_na_section_read_as_na_to_conditions():
    r = build(
        section("s", item("hold", "yesno", max=1), na_allowed=True),
        section("t", item("why", "yesno", max=1, visible_when={"item": "hold", "is": "yes"})),
        section("u", item("skip", "yesno", max=1, visible_when={"item": "hold", "is": "na"})),
    )
    res = run(
        r, {"s": {"na": True}, "hold": {"yes": True}, "why": {"yes": True}, "skip": {"yes": True}}
    )
    assert not res.items["why"].visible and res.items["skip"].visible
    assert totals(res) == (1, 1, 100)
