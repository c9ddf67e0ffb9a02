"""Rubric files: loading, defaults, and validation with precise error paths."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from rubric_builders import L, build, item, rubric_doc, section

from qaclient.rubrics.loader import (
    RubricValidationError,
    canonical_json,
    dump_document,
    load_document,
    load_file,
    parse_text,
    scale_points,
    to_yaml,
)
from qaclient.rubrics.model import CriticalScope, ItemKind, RubricStatus, ScoringMode

DOCS = Path(__file__).resolve().parents[2] / "docs"


def problems(doc) -> list[tuple[str, str]]:
    with pytest.raises(RubricValidationError) as info:
        load_document(doc, "r.yaml")
    return [(p.path, p.message) for p in info.value.problems]


def paths_of(doc) -> list[str]:
    return [p for p, _ in problems(doc)]


# ----------------------------------------------------------------------------- defaults


@pytest.mark.parametrize(
    ("item_max", "expected"),
    [
        (3, ["3", "2.5", "2", "1", "0"]),  # 2.4 -> 2.5, 1.8 -> 2, 1.2 -> 1
        (7, ["7", "5.5", "4", "3", "0"]),  # 5.6 -> 5.5, 4.2 -> 4, 2.8 -> 3
        (10, ["10", "8", "6", "4", "0"]),
        (6, ["6", "5", "3.5", "2.5", "0"]),  # 4.8 -> 5, 3.6 -> 3.5, 2.4 -> 2.5
        (4, ["4", "3", "2.5", "1.5", "0"]),  # 3.2 -> 3, 2.4 -> 2.5, 1.6 -> 1.5
    ],
)
def test_default_five_level_scale(item_max, expected):
    r = build(section("s", item("a", max=item_max)))
    assert [str(lv.points) for lv in r.items[0].levels] == expected
    assert [lv.name for lv in r.items[0].levels] == ["excellent", "good", "pass", "weak", "poor"]
    assert r.items[0].levels[0].labels == {"zh_CN": "优秀", "en": "Excellent", "es": "Excelente"}


def test_rounding_is_half_up_to_half_points():
    assert scale_points(Decimal(5), Decimal(80), Decimal("0.5")) == 4
    assert scale_points(Decimal("1.25"), Decimal(100), Decimal("0.5")) == Decimal(
        "1.5"
    )  # 2.5 steps -> 3
    assert scale_points(Decimal(3), Decimal(80), Decimal(0)) == Decimal("2.4")


def test_two_level_item_and_overrides():
    r = build(
        section(
            "s",
            item("two", max=2, levels=["excellent", "poor"]),
            item(
                "ovr",
                max=10,
                levels=[{"name": "excellent"}, {"name": "good", "points": 7}, {"name": "poor"}],
            ),
            item(
                "pct",
                max=10,
                levels=[
                    {"name": "excellent"},
                    {"name": "half", "percent": 50, "labels": L("half")},
                ],
            ),
            item(
                "exp",
                levels=[
                    {"name": "hi", "points": 4, "labels": L("hi")},
                    {"name": "lo", "points": 1, "labels": L("lo")},
                ],
            ),
        )
    )
    two, ovr, pct, exp = r.items
    assert [(lv.name, lv.points) for lv in two.levels] == [("excellent", 2), ("poor", 0)]
    assert [lv.points for lv in ovr.levels] == [10, 7, 0]
    assert [lv.points for lv in pct.levels] == [10, 5]
    assert exp.max == 4  # the top level when no max is given
    assert r.sections[0].max == 2 + 10 + 10 + 4


def test_custom_level_scale():
    doc = rubric_doc(
        section("s", item("a", max=4)),
        level_scale={
            "rounding": 1,
            "levels": [
                {"name": "meets", "percent": 100, "labels": L("meets")},
                {"name": "partly", "percent": 50, "labels": L("partly")},
                {"name": "misses", "percent": 0, "labels": L("misses")},
            ],
        },
    )
    r = load_document(doc)
    assert [(lv.name, lv.points) for lv in r.items[0].levels] == [
        ("meets", 4),
        ("partly", 2),
        ("misses", 0),
    ]


def test_critical_defaults():
    r = build(
        section(
            "s",
            item("lv", critical="evaluation"),
            item(
                "marked",
                max=10,
                levels=[
                    {"name": "excellent"},
                    {"name": "good", "auto_fail": True},
                    {"name": "poor"},
                ],
            ),
            item("yn", "yesno", critical={"scope": "section", "section": "t"}),
        ),
        section("t", item("d", "deduction", critical="section"), item("z", "yesno")),
    )
    lv, marked, yn, d, _z = r.items
    assert [lv_.auto_fail for lv_ in lv.levels] == [
        False,
        True,
        True,
        True,
        True,
    ]  # below the top fails
    assert marked.critical is CriticalScope.EVALUATION  # auto_fail on a level makes it critical
    assert [x.auto_fail for x in marked.levels] == [False, True, False]
    assert yn.critical is CriticalScope.SECTION and yn.critical_section == "t"
    assert d.critical is CriticalScope.SECTION


def test_kinds_and_fields():
    r = build(
        section(
            "s",
            item("yn", "yesno", max=3, na_allowed=True),
            item("fl", "yesno", flag=True),
            item("ded", "deduction", points=2, category="P", max_count=4),
            item("bon", "bonus", points=5),
            item("num", "numeric", min=-5, max=5, comment_required=True),
            item(
                "rng",
                "numeric",
                min=0,
                max=100,
                ranges=[{"min": 0, "max": 50, "points": 1}, {"min": 51, "max": 100, "points": 3}],
            ),
            item("txt", "text"),
        ),
        categories={"P": L("phrase")},
    )
    by = {i.id: i for i in r.items}
    assert by["yn"].max == 3 and by["yn"].na_allowed
    assert by["fl"].flag and not by["fl"].scored and by["fl"].max == 0
    assert by["ded"].points == 2 and by["ded"].min == -8 and by["ded"].category == "P"
    assert by["bon"].max == Decimal("Infinity")
    assert (
        by["num"].numeric_min == -5
        and by["num"].max == 5
        and by["num"].min == -5
        and by["num"].comment_required
    )
    assert by["rng"].max == 3 and len(by["rng"].ranges) == 2
    assert by["txt"].kind is ItemKind.TEXT and not by["txt"].scored
    assert r.sections[0].max == 3 + 5 + 3  # yes/no + numeric + ranged numeric; no bonus/deduction


def test_top_level_fields():
    r = build(
        section("s", item("d", "deduction")),
        status="active",
        version=3,
        effective_from="2026-02-01",
        scoring={"mode": "base", "base": 80, "cap": 110},
        grades={
            "basis": "total",
            "bands": [{"grade": "A", "above": 90}, {"grade": "B", "from": 80}, {"grade": "fail"}],
        },
    )
    assert (
        r.status is RubricStatus.ACTIVE and r.version == 3 and str(r.effective_from) == "2026-02-01"
    )
    assert r.mode is ScoringMode.BASE and r.base == 80 and r.cap == 110 and r.max == 110
    assert [(g.grade, g.min, g.min_inclusive) for g in r.grades][:2] == [
        ("A", 90, False),
        ("B", 80, True),
    ]
    assert not r.grades[-1].min.is_finite()


def test_languages_rule():
    # declared languages are all required in labels; long texts may give any subset
    r = build(section("s", item("a", help={"en": "only English"})))
    assert r.items[0].help == {"en": "only English"}
    doc = rubric_doc(
        section("s", item("a", labels={"en": "A"}), labels={"en": "S"}),
        labels={"en": "T"},
        languages=["en"],
    )
    assert load_document(doc).languages == ("en",)


# ----------------------------------------------------------------------------- validation


def test_duplicate_ids():
    doc = rubric_doc(
        section("s", item("a"), item("b")), section("t", item("a")), section("s", item("c"))
    )
    got = problems(doc)
    assert (
        "sections[1].items[0].id",
        "duplicate item id 'a' (also at sections[0].items[0])",
    ) in got
    assert ("sections[2].id", "duplicate section id 's' (also at sections[0])") in got


def test_section_id_clashing_with_item_id():
    assert "sections[1].id" in paths_of(
        rubric_doc(section("s", item("x")), section("x", item("y")))
    )


def test_level_points_above_item_max():
    doc = rubric_doc(
        section(
            "s",
            item("a"),
            item("b", max=3, levels=[{"name": "excellent"}, {"name": "good", "points": 4}]),
        )
    )
    assert problems(doc) == [
        ("sections[0].items[1].levels[1].points", "4 is above the item maximum 3")
    ]


def test_weights_must_add_up():
    doc = rubric_doc(
        section("s", item("a"), weight=60),
        section("t", item("b"), weight=35),
        scoring={"weights_total": 100},
    )
    assert problems(doc) == [
        ("sections", "section weights add up to 95, not to scoring.weights_total 100")
    ]
    ok = rubric_doc(
        section("s", item("a"), weight=60),
        section("t", item("b"), weight=40),
        scoring={"weights_total": 100},
    )
    assert load_document(ok).max == 100
    partial = rubric_doc(section("s", item("a"), weight=60), section("t", item("b")))
    assert paths_of(partial) == ["sections[1].weight"]


def test_unknown_kind_and_unknown_key():
    doc = rubric_doc(
        section("s", item("a"), {"id": "b", "kind": "stars", "labels": L("b")}, item("c", wieght=2))
    )
    got = problems(doc)
    assert got[0] == (
        "sections[0].items[1].kind",
        "unknown kind 'stars'; use one of levels, yesno, deduction, bonus, numeric, text",
    )
    assert got[1] == (
        "sections[0].items[2].wieght",
        "unknown key 'wieght' (did you mean 'weight'?)",
    )


def test_missing_translation():
    doc = rubric_doc(section("s", item("a", labels={"zh_CN": "甲", "en": "A"})))
    assert problems(doc) == [("sections[0].items[0].labels", "missing translation es")]
    lv = rubric_doc(
        section(
            "s",
            item(
                "a",
                levels=[
                    {"name": "x", "points": 1, "labels": {"en": "X"}},
                    {"name": "y", "points": 0, "labels": L("y")},
                ],
            ),
        )
    )
    assert problems(lv) == [
        ("sections[0].items[0].levels[0].labels", "missing translation zh_CN, es")
    ]
    assert paths_of(
        rubric_doc(section("s", item("a")), labels={"en": "T", "zh_CN": "T", "es": "T", "fr": "T"})
    ) == ["labels.fr"]


def test_conditions_validated():
    doc = rubric_doc(
        section(
            "s",
            item("a", "yesno"),
            item("b", visible_when={"item": "nope", "is": "yes"}),
            item("c", visible_when={"item": "a", "is": "maybe"}),
            item(
                "d",
                visible_when={
                    "any": [{"item": "a", "is": True}, {"item": "b", "in": ["excellent", "superb"]}]
                },
            ),
            item("e", visible_when={"item": "e", "is": "yes"}),
        )
    )
    got = problems(doc)
    assert ("sections[0].items[1].visible_when.item", "unknown item 'nope'") in got
    assert (
        "sections[0].items[2].visible_when",
        "'a' has no value 'maybe'; use one of na, no, yes",
    ) in got
    assert (
        "sections[0].items[3].visible_when.any[1]",
        "'b' has no value 'superb'; use one of excellent, good, na, pass, poor, weak",
    ) in got
    assert (
        "sections[0].items[4].visible_when.item",
        "an item cannot depend on itself or its own section ('e')",
    ) in got
    assert len(got) == 4


def test_circular_conditions():
    doc = rubric_doc(
        section(
            "s",
            item("a", "yesno", visible_when={"item": "b", "is": "yes"}),
            item("b", "yesno", visible_when={"item": "a", "is": "yes"}),
        )
    )
    got = problems(doc)
    assert len(got) == 1 and "go round in a circle" in got[0][1]


@pytest.mark.parametrize(
    ("bad", "path", "message"),
    [
        ({"max": "ten"}, "sections[0].items[0].max", "'ten' is not a number"),
        ({"max": -1}, "sections[0].items[0].max", "must be at least 0, got -1"),
        (
            {"max": Decimal("1.23456")},
            "sections[0].items[0].max",
            "1.23456 has more than 4 decimal places",
        ),
        (
            {"max": Decimal("Infinity")},
            "sections[0].items[0].max",
            "Infinity is not a finite number",
        ),
        ({"max": True}, "sections[0].items[0].max", "expected a number, got true (yes/no)"),
    ],
)
def test_bad_numbers(bad, path, message):
    assert problems(rubric_doc(section("s", item("a", **bad)))) == [(path, message)]


def test_other_checks():
    cases = [
        (rubric_doc(section("s", item("a")), format="qaclient-rubric/9"), "format"),
        (rubric_doc(section("s", item("a")), status="live"), "status"),
        (
            rubric_doc(section("s", item("d", "deduction", category="Q"))),
            "sections[0].items[0].category",
        ),
        (
            rubric_doc(section("s", item("b", "bonus", critical="evaluation"))),
            "sections[0].items[0].critical",
        ),
        (rubric_doc(section("s", item("n", "numeric", min=5, max=1))), "sections[0].items[0].max"),
        (
            rubric_doc(
                section(
                    "s",
                    item(
                        "n",
                        "numeric",
                        min=0,
                        max=9,
                        ranges=[
                            {"min": 0, "max": 5, "points": 1},
                            {"min": 5, "max": 9, "points": 2},
                        ],
                    ),
                )
            ),
            "sections[0].items[0].ranges[1]",
        ),
        (rubric_doc(section("s")), "sections[0].items"),
        (rubric_doc(section("s", item("a")), scoring={"mode": "base"}), "scoring.base"),
        (
            rubric_doc(
                section("s", item("a")),
                grades={"bands": [{"grade": "B", "from": 80}, {"grade": "A", "above": 90}]},
            ),
            "grades.bands[1]",
        ),
        (
            rubric_doc(section("s", item("a", critical="sometimes"))),
            "sections[0].items[0].critical",
        ),
        (rubric_doc(section("s", item("a", id="has space"))), "sections[0].items[0].id"),
        (rubric_doc(section("s", item("a")), effective_from="soon"), "effective_from"),
    ]
    for doc, path in cases:
        assert path in paths_of(doc), (path, problems(doc))


def test_all_problems_at_once_and_never_half_loads():
    doc = rubric_doc(section("s", item("a", max=-1), item("a")), section("t", item("b", kind="x")))
    got = paths_of(doc)
    assert got == [
        "sections[0].items[0].max",
        "sections[0].items[1].id",
        "sections[1].items[0].kind",
    ]


@pytest.mark.parametrize(
    "junk", [None, [], "text", 3, {"format": None}, {"format": "qaclient-rubric/1"}]
)
def test_garbage_documents_are_reported_not_crashed(junk):
    with pytest.raises(RubricValidationError) as info:
        load_document(junk, "j.yaml")
    assert info.value.problems


def test_yaml_syntax_error_has_line(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text(
        "format: qaclient-rubric/1\nid: x\nlabels: {en: a\nsections: []\n", encoding="utf-8"
    )
    with pytest.raises(RubricValidationError) as info:
        load_file(f)
    (p,) = info.value.problems
    assert p.line == 4 and p.message.startswith("invalid YAML")
    assert str(p).startswith(f"{f}:line 4: invalid YAML")


def test_yaml_duplicate_key_is_an_error(tmp_path):
    f = tmp_path / "dup.yaml"
    f.write_text("format: qaclient-rubric/1\nid: x\nid: y\n", encoding="utf-8")
    with pytest.raises(RubricValidationError) as info:
        load_file(f)
    assert (
        info.value.problems[0].line == 3 and "duplicate key 'id'" in info.value.problems[0].message
    )


def test_json_file_and_errors(tmp_path):
    doc = rubric_doc(section("s", item("a", max=3)))
    good = tmp_path / "r.json"
    good.write_text(json.dumps(doc), encoding="utf-8")
    assert load_file(good).max == 3
    bad = tmp_path / "b.json"
    bad.write_text('{"format": "qaclient-rubric/1",\n "id": }', encoding="utf-8")
    with pytest.raises(RubricValidationError) as info:
        load_file(bad)
    assert info.value.problems[0].line == 2


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(RubricValidationError, match="file not found"):
        load_file(tmp_path / "none.yaml")
    f = tmp_path / "latin1.yaml"
    f.write_bytes("id: caf\xe9".encode("latin-1"))
    with pytest.raises(RubricValidationError, match="not UTF-8"):
        load_file(f)


def test_yaml_numbers_are_exact_and_yes_no_values_work():
    doc = parse_text(
        "format: qaclient-rubric/1\nid: x\nlabels: {zh_CN: a, en: a, es: a}\nsections:\n"
        "  - id: s\n    labels: {zh_CN: a, en: a, es: a}\n    items:\n"
        "      - {id: q, kind: yesno, max: 0.1, labels: {zh_CN: a, en: a, es: a}}\n"
        "      - {id: r, kind: yesno, max: 0.2, labels: {zh_CN: a, en: a, es: a}, visible_when: {item: q, is: yes}}\n"
    )
    r = load_document(doc)
    assert r.sections[0].max == Decimal("0.3")  # not 0.30000000000000004
    assert r.items[1].visible_when.clauses == (("q", ("yes",)),)


# ----------------------------------------------------------------------------- writing


def test_dump_round_trip_and_canonical_hash():
    r = build(
        section(
            "s",
            item("a", max=3, critical="section"),
            item("y", "yesno", na_allowed=True),
            weight=40,
            na_allowed=True,
        ),
        section(
            "t",
            item("d", "deduction", points=2, category="P"),
            item("v", "numeric", visible_when={"item": "y", "is": "no"}),
            weight=60,
        ),
        categories={"P": L("p")},
        grades={"bands": [{"grade": "A", "above": 90}, {"grade": "F"}]},
        scoring={"weights_total": 100},
        **{"x-origin": {"system": "test"}},
    )
    doc = dump_document(r)
    again = load_document(doc, "dumped")
    assert again == r
    assert dump_document(again) == doc
    assert canonical_json(doc) == canonical_json(dump_document(again))
    assert load_document(parse_text(to_yaml(doc)), "yaml") == r
    assert load_document(json.loads(canonical_json(doc), parse_float=Decimal)) == r
    assert r.extra == {"x-origin": {"system": "test"}}


def test_worked_example_in_the_format_reference():
    """The example in docs/rubric-format.md loads and scores as the text says."""
    from qaclient.rubrics.scoring import parse_answers, score

    text = (DOCS / "rubric-format.md").read_text(encoding="utf-8")
    block = text.split("## A worked example")[1].split("```yaml")[1].split("```")[0]
    r = load_document(parse_text(block), "example")
    answers = {
        "greeting": {"level": "good"},
        "asks_name": {"level": "excellent"},
        "verified": {"yes": True},
        "phrase_missed": {"count": 2},
    }
    res = score(r, parse_answers(r, answers)).to_json()
    assert (res["total"], res["max"], res["percent"], res["grade"], res["errors"]) == (
        7.5,
        10,
        75,
        "pass",
        {"P": 2},
    )
    assert [(s["score"], s["max"]) for s in res["sections"]] == [(4.5, 5), (3, 5)]
    answers["verified"] = {"yes": False}
    res = score(r, parse_answers(r, answers)).to_json()
    assert res["total"] == 0 and res["grade"] == "fail"
    assert res["auto_fail"] == {"item": "verified", "scope": "evaluation", "section": "compliance"}


def test_ranged_numeric_max_points():
    rng = [{"min": 0, "max": 50, "points": 1}, {"min": 51, "max": 100, "points": 0}]
    r = build(section("s", item("n", "numeric", min=0, max=100, max_points=10, ranges=rng)))
    assert r.items[0].max == 10 and r.sections[0].max == 10
    assert load_document(dump_document(r)) == r
    assert paths_of(
        rubric_doc(section("s", item("n", "numeric", min=0, max=100, max_points=0.5, ranges=rng)))
    ) == ["sections[0].items[0].max_points"]
    assert paths_of(rubric_doc(section("s", item("n", "numeric", max_points=3)))) == [
        "sections[0].items[0].max_points"
    ]


def test_levels_from_the_scale_need_a_maximum():
    doc = rubric_doc(section("s", {"id": "a", "kind": "levels", "labels": L("a")}))
    assert paths_of(doc) == ["sections[0].items[0].max"]


def test_single_language_rubric_round_trips():
    doc = rubric_doc(
        section("s", item("a", labels={"en": "A"}, max=3), labels={"en": "S"}),
        labels={"en": "T"},
        languages=["en"],
    )
    r = load_document(doc)
    assert r.items[0].levels[0].labels == {"en": "Excellent"}
    assert load_document(dump_document(r)) == r


def test_points_mode_section_of_only_bonuses_or_deductions_is_an_error():
    doc = rubric_doc(
        section("s", item("a")), section("t", item("d", "deduction"), item("b", "bonus"))
    )
    got = problems(doc)
    assert len(got) == 1 and got[0][0] == "sections[1].items" and "mode: base" in got[0][1]
    base = rubric_doc(section("t", item("d", "deduction")), scoring={"mode": "base", "base": 100})
    assert load_document(base).max == 100
