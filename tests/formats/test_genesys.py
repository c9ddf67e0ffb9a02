"""Genesys Cloud evaluation forms → rubric: structure, scores as Genesys gives them,
specific errors for what cannot be represented, and round trips of generated forms."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qaclient.rubrics.formats import FormImportError, import_data, import_form
from qaclient.rubrics.formats.genesys import critical_score
from qaclient.rubrics.loader import dump_document, load_document
from qaclient.rubrics.model import CriticalScope, ItemKind
from qaclient.rubrics.scoring import parse_answers, score

EXAMPLE = "genesys_form_example_from_terraform_DERIVED.json"


@pytest.fixture
def rubric(data_dir):
    return load_document(import_form(data_dir / EXAMPLE), "example")


def run(rubric, raw):
    return score(rubric, parse_answers(rubric, raw))


# ----------------------------------------------------------------------------- structure


def test_example_structure(rubric):
    assert rubric.id == "example-evaluation-form"
    assert rubric.status.value == "active"  # published
    assert rubric.languages == ("en",)
    assert [s.id for s in rubric.sections] == ["group1", "group2", "group3"]
    assert [i.id for i in rubric.items] == ["q1_1", "q1_2", "q2_1", "q3_1_1", "q3_1_2", "q3_1_3"]
    g1, g2, g3 = rubric.sections
    assert g1.na_allowed and not g2.na_allowed and not g3.na_allowed
    # group weights 1, 1.5, 2 are folded into the answer points
    assert [(lv.name, lv.points) for lv in rubric.item("q2_1").levels] == [
        ("1", Decimal("1.5")),
        ("2", 3),
        ("3", Decimal("4.5")),
    ]
    assert (g1.max, g2.max, g3.max) == (2, Decimal("4.5"), 8)


def test_example_kill_critical_visibility_and_multiselect(rubric):
    q11 = rubric.item("q1_1")
    assert q11.kind is ItemKind.LEVELS and q11.critical is CriticalScope.EVALUATION
    assert [(lv.name, lv.auto_fail) for lv in q11.levels] == [("yes", False), ("no", True)]
    assert q11.na_allowed
    assert q11.help == {"en": "A simple question."}
    assert rubric.item("q1_2").visible_when.clauses == (("q1_1", ("yes",)),)
    assert rubric.sections[1].visible_when.clauses == (("q1_1", ("yes",)),)
    a, b, c = (rubric.item(f"q3_1_{n}") for n in (1, 2, 3))
    assert {a.kind, b.kind, c.kind} == {ItemKind.YESNO}
    assert (a.max, b.max, c.max) == (2, 4, 2)
    assert a.comment_required and a.na_allowed and a.critical is None
    assert b.critical is CriticalScope.EVALUATION  # isKill: unselected fails
    # "../question/0/answer/0" inside the multi-select: option 0 (Option A) selected
    assert b.visible_when.combine == "any"
    assert b.visible_when.clauses == (("q3_1_1", ("yes",)),)
    assert "Option B" in b.labels["en"]


def test_example_provenance(rubric):
    prov = rubric.item("q1_1").extra["extra"]["genesys"]
    assert prov["isKill"] is True and prov["isCritical"] is True
    assert [a["value"] for a in prov["answers"]] == ["1", "0"]
    assert rubric.item("q3_1_1").extra["extra"]["genesys"]["isCritical"] is True
    groups = rubric.extra["extra"]["genesys"]["groups"]
    assert [g["weight"] for g in groups] == ["1", "1.5", "2"]


# ----------------------------------------------------------------------------- scores by hand


def test_all_visible_mixed_answers_score_like_genesys(rubric, genesys_example, reference):
    raw = {
        "q1_1": {"level": "yes"},
        "q1_2": {"level": "yes"},
        "q2_1": {"level": "2"},
        "q3_1_1": {"yes": True, "comment": "offered the callback"},
        "q3_1_2": {"yes": True},
        "q3_1_3": {"yes": False},
    }
    res = run(rubric, raw)
    # Genesys: group1 2/2 ×1, group2 2/3 ×1.5, group3 (1+2+0)/(1+2+1) ×2 → 11 / 14.5
    assert (res.total, res.max) == (11, Decimal("14.5"))
    assert res.percent == Decimal("75.86")
    g_answers = {
        (0, 0): 0,
        (0, 1): 0,
        (1, 0): 1,
        (2, 0, 0): True,
        (2, 0, 1): True,
        (2, 0, 2): False,
    }
    assert reference.score(genesys_example, g_answers) == (Decimal("75.86"), False)
    assert critical_score(rubric, res) == 100


def test_failed_fatal_question_gives_zero(rubric, genesys_example, reference):
    res = run(
        rubric,
        {
            "q1_1": {"level": "no"},
            "q3_1_1": {"yes": True, "comment": "c"},
            "q3_1_2": {"yes": True},
            "q3_1_3": {"yes": True},
        },
    )
    assert res.total == 0 and res.percent == 0
    assert res.auto_fail.item_id == "q1_1" and res.auto_fail.scope is CriticalScope.EVALUATION
    assert reference.score(
        genesys_example, {(0, 0): 1, (2, 0, 0): True, (2, 0, 1): True, (2, 0, 2): True}
    ) == (0, True)


def test_fatal_multiselect_option_left_unselected_fails(rubric):
    res = run(rubric, {"q1_1": {"level": "yes"}, "q1_2": {"level": "yes"}, "q2_1": {"level": "3"},
                       "q3_1_1": {"yes": True, "comment": "c"}, "q3_1_2": {"yes": False}, "q3_1_3": {"yes": True}})  # fmt: skip
    assert res.auto_fail.item_id == "q3_1_2" and res.total == 0
    # hidden (Option A not selected) it cannot fail
    res2 = run(rubric, {"q1_1": {"level": "yes"}, "q1_2": {"level": "yes"}, "q2_1": {"level": "3"},
                        "q3_1_1": {"yes": False, "comment": "c"}, "q3_1_2": {"yes": False}, "q3_1_3": {"yes": True}})  # fmt: skip
    assert res2.auto_fail is None
    # group1 2/2, group2 4.5/4.5, group3: A 0/2, B hidden, C 2/2 → 8.5 / 10.5
    assert (res2.total, res2.max, res2.percent) == (
        Decimal("8.5"),
        Decimal("10.5"),
        Decimal("80.95"),
    )


def test_na_question_hides_dependents_and_leaves_the_denominator(
    rubric, genesys_example, reference
):
    res = run(
        rubric,
        {"q1_1": {"na": True}, "q3_1_1": {"yes": False, "comment": "c"}, "q3_1_3": {"yes": True}},
    )
    # group1 all N/A (q1_2 hidden), group2 hidden, group3: A 0 of 2, C 2 of 2 → 50 %
    assert (res.total, res.max, res.percent) == (2, 4, 50)
    assert res.auto_fail is None
    assert reference.score(genesys_example, {(0, 0): "na", (2, 0, 0): False, (2, 0, 2): True}) == (
        50,
        False,
    )
    assert critical_score(rubric, res) == 0  # q1_1 N/A; option A (critical) unselected


def test_group_marked_na(rubric):
    res = run(
        rubric,
        {
            "group1": {"na": True},
            "q3_1_1": {"yes": True, "comment": "c"},
            "q3_1_2": {"yes": True},
            "q3_1_3": {"yes": False},
        },
    )
    # group2 depends on q1_1 = yes, which is N/A with its group → hidden
    assert (res.total, res.max) == (6, 8)
    assert res.percent == 75


def test_weight_mode_off_ignores_group_weights(genesys_example, reference):
    form = copy.deepcopy(genesys_example)
    form["weightMode"] = "OFF"
    rubric = load_document(import_data(form, "off.json"), "off")
    assert [lv.points for lv in rubric.item("q2_1").levels] == [1, 2, 3]
    raw = {"q1_1": {"level": "yes"}, "q1_2": {"level": "no"}, "q2_1": {"level": "3"},
           "q3_1_1": {"yes": True, "comment": "c"}, "q3_1_2": {"yes": True}, "q3_1_3": {"yes": False}}  # fmt: skip
    res = run(rubric, raw)
    assert (res.total, res.max) == (7, 9)
    g = {(0, 0): 0, (0, 1): 1, (1, 0): 2, (2, 0, 0): True, (2, 0, 1): True, (2, 0, 2): False}
    assert reference.score(form, g)[0] == res.percent == Decimal("77.78")


def test_help_page_weighting_example():
    """The worked example of Genesys' help page: 60 %."""
    yes_no = [{"text": "Yes", "value": 1}, {"text": "No", "value": 0}]
    form = {
        "name": "Help page example",
        "questionGroups": [
            {"name": "G1", "weight": 40, "questions": [
                {"text": "1.1", "type": "multipleChoiceQuestion", "answerOptions": yes_no},
                {"text": "1.2", "type": "multipleChoiceQuestion", "answerOptions": yes_no},
            ]},
            {"name": "G2", "weight": 20, "questions": [
                {"text": "2.1", "type": "multipleChoiceQuestion", "answerOptions": yes_no},
            ]},
        ],
    }  # fmt: skip
    rubric = load_document(import_data(form, "help.json"), "help")
    res = run(rubric, {"q1_1": {"level": "yes"}, "q1_2": {"level": "no"}, "q2_1": {"level": "yes"}})
    assert (res.total, res.max, res.percent) == (60, 100, 60)


def test_unselected_worth_points_becomes_two_level_item():
    form = {
        "name": "Inverse option",
        "questionGroups": [{"name": "G", "weight": 1, "questions": [{
            "text": "Mistakes", "type": "multipleSelectQuestion",
            "multipleSelectOptionQuestions": [{
                "text": "Wrong fee quoted", "isKill": True, "type": "multipleChoiceQuestion",
                "answerOptions": [{"builtInType": "Selected", "value": 0},
                                  {"builtInType": "Unselected", "value": 3}],
            }],
        }]}],
    }  # fmt: skip
    rubric = load_document(import_data(form, "inverse.json"), "inverse")
    item = rubric.item("q1_1_1")
    assert item.kind is ItemKind.LEVELS
    assert [(lv.name, lv.points, lv.auto_fail) for lv in item.levels] == [
        ("selected", 0, True),
        ("unselected", 3, False),
    ]
    assert run(rubric, {"q1_1_1": {"level": "unselected"}}).percent == 100
    assert run(rubric, {"q1_1_1": {"level": "selected"}}).auto_fail is not None


# ----------------------------------------------------------------------------- refusals


def _form(**question) -> dict:
    q = {
        "text": "Q",
        "type": "multipleChoiceQuestion",
        "answerOptions": [{"text": "Yes", "value": 1}, {"text": "No", "value": 0}],
    }
    q.update(question)
    return {"name": "F", "questionGroups": [{"name": "G", "weight": 1, "questions": [q]}]}


@pytest.mark.parametrize(
    ("form", "path", "words"),
    [
        (_form(type="npsQuestion"), "questionGroups[0].questions[0].type", "no documented scoring"),
        (
            _form(type="ratingQuestion"),
            "questionGroups[0].questions[0].type",
            "unknown question type",
        ),
        (
            _form(answerOptions=[{"text": "a", "value": 1}, {"text": "b", "value": -1}]),
            "questionGroups[0].questions[0].answerOptions[1].value",
            "negative answer value",
        ),
        (
            _form(answerOptions=[{"text": "a", "value": 1}, {"text": "b"}]),
            "questionGroups[0].questions[0].answerOptions[1].value",
            "missing",
        ),
        (
            _form(answerOptions=[{"text": "a", "value": 1}]),
            "questionGroups[0].questions[0].answerOptions",
            "at least two",
        ),
        (
            _form(
                visibilityCondition={
                    "combiningOperation": "AND",
                    "predicates": ["/form/questionGroup/3/question/0/answer/0"],
                }
            ),
            "questionGroups[0].questions[0].visibilityCondition.predicates[0]",
            "does not exist",
        ),
        (
            _form(
                visibilityCondition={
                    "combiningOperation": "AND",
                    "predicates": ["question 1 is yes"],
                }
            ),
            "questionGroups[0].questions[0].visibilityCondition.predicates[0]",
            "unreadable predicate",
        ),
    ],
)
def test_specific_errors(form, path, words):
    with pytest.raises(FormImportError) as info:
        import_data(form, "bad.json", "genesys")
    assert info.value.path == path
    assert words in info.value.message
    assert str(info.value).startswith(f"bad.json:{path}: ")


def test_condition_on_free_text_is_refused():
    form = _form()
    form["questionGroups"][0]["questions"].insert(0, {"text": "Notes", "type": "freeTextQuestion"})
    form["questionGroups"][0]["questions"][1]["visibilityCondition"] = {
        "combiningOperation": "AND",
        "predicates": ["../question/0/answer/0"],
    }
    with pytest.raises(FormImportError, match="choice questions only"):
        import_data(form, "bad.json")


def test_weight_with_too_many_decimals_is_refused():
    form = _form()
    form["questionGroups"][0]["weight"] = Decimal("0.333333")
    with pytest.raises(FormImportError) as info:
        import_data(form, "w.json")
    assert info.value.path == "questionGroups[0].weight"
    assert "more than 4 decimal places" in info.value.message


def test_foreign_language_is_refused():
    form = _form()
    form["dialect"] = "de-DE"
    with pytest.raises(FormImportError, match="not one of qaclient's rubric languages"):
        import_data(form, "de.json")
    form["dialect"] = "es-ES"
    assert import_data(form, "es.json")["languages"] == ["es"]


def test_missing_name_and_empty_groups():
    with pytest.raises(FormImportError) as info:
        import_data({"questionGroups": [{"name": "G", "questions": []}]}, "x.json", "genesys")
    assert info.value.path == "name"
    with pytest.raises(FormImportError, match="no question groups"):
        import_data({"name": "F", "questionGroups": []}, "x.json", "genesys")


def test_read_only_text_goes_to_the_section_help():
    form = _form()
    form["questionGroups"][0]["questions"].insert(
        0, {"text": "Read the script first.", "type": "readOnlyTextBlockQuestion"}
    )
    rubric = load_document(import_data(form, "ro.json"), "ro")
    assert rubric.sections[0].help == {"en": "Read the script first."}
    assert [i.id for i in rubric.items] == ["q1_2"]


# ----------------------------------------------------------------------------- files and detection


def test_file_errors(tmp_path: Path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"name": "F", "questionGroups": [}', encoding="utf-8")
    with pytest.raises(FormImportError, match="invalid JSON at line 1"):
        import_form(bad)
    with pytest.raises(FormImportError, match="file not found"):
        import_form(tmp_path / "missing.json")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    with pytest.raises(FormImportError, match="not a form format qaclient knows"):
        import_form(other)
    tf = tmp_path / "form.tf"
    tf.write_text('resource "genesyscloud_quality_forms_evaluation" "x" {}', encoding="utf-8")
    with pytest.raises(FormImportError, match="Terraform HCL is not read"):
        import_form(tf)


def test_wrong_format_named(data_dir):
    with pytest.raises(FormImportError, match="not a Amazon Connect|not an Amazon Connect"):
        import_form(data_dir / EXAMPLE, "aws-connect")
    assert import_form(data_dir / EXAMPLE, "genesys")["id"] == "example-evaluation-form"


# ----------------------------------------------------------------------------- generated forms


@st.composite
def genesys_forms(draw):
    """Random Genesys forms: choice and multi-select questions, weights, N/A, fatal flags,
    and visibility conditions on earlier choice questions."""
    n_groups = draw(st.integers(1, 3))
    groups = []
    choices: list[tuple[int, int, int]] = []  # (group, question, number of answers)
    for gi in range(n_groups):
        questions = []
        for qi in range(draw(st.integers(1, 3))):
            if draw(st.booleans()) or qi == 0:
                n = draw(st.integers(2, 4))
                values = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
                q = {
                    "text": f"Q{gi}.{qi}",
                    "type": "multipleChoiceQuestion",
                    "naEnabled": draw(st.booleans()),
                    "isKill": draw(st.booleans()),
                    "isCritical": draw(st.booleans()),
                    "answerOptions": [{"text": f"A{i}", "value": v} for i, v in enumerate(values)],
                }
                earlier = [c for c in choices if c[0] < gi or c[0] == gi]
                if earlier and draw(st.booleans()):
                    g, qq, na = draw(st.sampled_from(earlier))
                    a = draw(st.integers(0, na - 1))
                    pred = (
                        f"../question/{qq}/answer/{a}"
                        if g == gi
                        else f"/form/questionGroup/{g}/question/{qq}/answer/{a}"
                    )
                    q["visibilityCondition"] = {
                        "combiningOperation": draw(st.sampled_from(["AND", "OR"])),
                        "predicates": [pred],
                    }
                questions.append(q)
                choices.append((gi, qi, n))
            else:
                opts = []
                for oi in range(draw(st.integers(1, 3))):
                    sel = draw(st.integers(0, 3))
                    opts.append({
                        "text": f"O{oi}", "type": "multipleChoiceQuestion",
                        "naEnabled": draw(st.booleans()), "isKill": draw(st.booleans()),
                        "answerOptions": [{"builtInType": "Selected", "value": sel},
                                          {"builtInType": "Unselected", "value": draw(st.sampled_from([0, 0, 2]))}],
                    })  # fmt: skip
                questions.append(
                    {
                        "text": f"M{gi}.{qi}",
                        "type": "multipleSelectQuestion",
                        "multipleSelectOptionQuestions": opts,
                    }
                )
        group = {
            "name": f"G{gi}",
            "type": "questionGroup",
            "weight": draw(st.sampled_from([Decimal("0.5"), 1, Decimal("1.5"), 2, 40])),
            "naEnabled": draw(st.booleans()),
            "questions": questions,
        }
        prior = [c for c in choices if c[0] < gi]
        if prior and draw(st.booleans()):
            g, qq, na = draw(st.sampled_from(prior))
            group["visibilityCondition"] = {
                "combiningOperation": "AND",
                "predicates": [
                    f"/form/questionGroup/{g}/question/{qq}/answer/{draw(st.integers(0, na - 1))}"
                ],
            }
        groups.append(group)
    return {"name": "Generated form", "published": draw(st.booleans()), "questionGroups": groups}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=genesys_forms())
def test_generated_form_round_trips(form):
    doc = import_data(form, "gen.json", "genesys")
    first = load_document(doc, "gen")
    dumped = dump_document(first)
    second = load_document(dumped, "gen-dumped")
    assert dump_document(second) == dumped
    assert second.items == first.items and second.sections == first.sections


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_form_scores_like_genesys(data, reference):
    form = data.draw(genesys_forms())
    rubric = load_document(import_data(form, "gen.json", "genesys"), "gen")
    raw: dict = {}
    g_answers: dict = {}
    for gi, group in enumerate(form["questionGroups"]):
        if group["naEnabled"] and data.draw(st.integers(0, 5)) == 0:
            # Genesys: a group marked N/A is "a question group that does not have any answers";
            # qaclient keeps answers stored under an N/A section but ignores them (also in
            # conditions), so the generated answers below stay and must not count
            raw[f"group{gi + 1}"] = {"na": True}
            g_answers[("group", gi)] = "na"
        for qi, q in enumerate(group["questions"]):
            if q["type"] == "multipleChoiceQuestion":
                item = rubric.item(f"q{gi + 1}_{qi + 1}")
                if q["naEnabled"] and data.draw(st.integers(0, 4)) == 0:
                    raw[item.id], g_answers[(gi, qi)] = {"na": True}, "na"
                else:
                    a = data.draw(st.integers(0, len(q["answerOptions"]) - 1))
                    raw[item.id], g_answers[(gi, qi)] = {"level": item.levels[a].name}, a
            else:
                for oi, o in enumerate(q["multipleSelectOptionQuestions"]):
                    item = rubric.item(f"q{gi + 1}_{qi + 1}_{oi + 1}")
                    if o["naEnabled"] and data.draw(st.integers(0, 4)) == 0:
                        raw[item.id], g_answers[(gi, qi, oi)] = {"na": True}, "na"
                        continue
                    chosen = data.draw(st.booleans())
                    g_answers[(gi, qi, oi)] = chosen
                    if item.kind is ItemKind.YESNO:
                        raw[item.id] = {"yes": chosen}
                    else:
                        raw[item.id] = {"level": "selected" if chosen else "unselected"}
    res = score(rubric, parse_answers(rubric, raw))
    expected, failed = reference.score(form, g_answers)
    assert (res.auto_fail is not None) == failed
    assert res.percent == expected
    # scoring invariants on imported forms
    assert 0 <= res.total <= res.max
    if failed:
        assert res.total == 0


def test_api_list_response(genesys_example):
    one = import_data({"entities": [genesys_example], "pageSize": 25}, "list.json")
    assert one["id"] == "example-evaluation-form"
    with pytest.raises(FormImportError) as info:
        import_data({"entities": [genesys_example, genesys_example]}, "list.json")
    assert info.value.path == "entities" and "export one form" in info.value.message


def test_question_type_inferred_when_missing(genesys_example):
    form = copy.deepcopy(genesys_example)
    for group in form["questionGroups"]:
        for q in group["questions"]:
            del q["type"]
    assert import_data(form, "untyped.json") == import_data(genesys_example, "untyped.json")
