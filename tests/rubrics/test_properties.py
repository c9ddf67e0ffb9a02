"""Property tests of the scoring laws (docs/scoring.md) on small generated rubrics."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rubric_builders import L, rubric_doc

from qaclient.rubrics.loader import RubricValidationError, dump_document, load_document
from qaclient.rubrics.model import ItemKind
from qaclient.rubrics.scoring import parse_answers, score

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

halves = st.integers(min_value=0, max_value=40).map(lambda n: Decimal(n) / 2)
positive_halves = st.integers(min_value=1, max_value=40).map(lambda n: Decimal(n) / 2)


@st.composite
def item_docs(draw, iid: str, base_mode: bool) -> dict[str, Any]:
    kinds = ["levels", "levels", "yesno", "deduction", "bonus", "numeric", "text"]
    kind = draw(st.sampled_from(kinds))
    doc: dict[str, Any] = {"id": iid, "kind": kind, "labels": L(iid)}
    if draw(st.booleans()):
        doc["na_allowed"] = True
    if kind == "levels":
        doc["max"] = draw(positive_halves)
        if draw(st.booleans()):
            doc["levels"] = ["excellent", "poor"]
    elif kind == "yesno":
        doc["max"] = draw(halves)
    elif kind in ("deduction", "bonus"):
        doc["points"] = draw(positive_halves)
        if draw(st.booleans()):
            doc["max_count"] = draw(st.integers(1, 5))
    elif kind == "numeric":
        lo = draw(st.integers(-5, 0)) if base_mode else 0
        doc["min"], doc["max"] = lo, draw(st.integers(0, 10))
    if kind in ("levels", "yesno", "deduction") and draw(st.integers(0, 4)) == 0:
        doc["critical"] = (
            "evaluation" if base_mode else draw(st.sampled_from(["evaluation", "section"]))
        )
    return doc


@st.composite
def rubric_docs(draw, base_mode: bool | None = None) -> dict[str, Any]:
    if base_mode is None:
        base_mode = draw(st.booleans())
    weighted = not base_mode and draw(st.booleans())
    n_sections = draw(st.integers(1, 3))
    sections = []
    counter = 0
    for s in range(n_sections):
        items = []
        for _ in range(draw(st.integers(1, 4))):
            items.append(draw(item_docs(f"i{counter}", base_mode)))
            counter += 1
        counting = any(it["kind"] in ("levels", "yesno", "numeric") for it in items)
        if (
            not base_mode
            and not counting
            and any(it["kind"] in ("deduction", "bonus") for it in items)
        ):
            # mode points: a section needs an item with points (see the loader's rule)
            items.append({"id": f"i{counter}", "kind": "yesno", "max": 1, "labels": L("y")})
            counter += 1
        sec: dict[str, Any] = {"id": f"s{s}", "labels": L(f"s{s}"), "items": items}
        if draw(st.booleans()):
            sec["na_allowed"] = True
        if weighted:
            # a weighted section needs a scored item with points
            items.append({"id": f"i{counter}", "kind": "levels", "max": 4, "labels": L("w")})
            counter += 1
            sec["weight"] = draw(st.integers(1, 50))
        sections.append(sec)
    if draw(st.integers(0, 2)) == 0:
        _add_conditions(draw, sections)
    kw: dict[str, Any] = {}
    if base_mode:
        base = draw(st.integers(0, 100))
        kw["scoring"] = {"mode": "base", "base": base, "cap": base + draw(st.integers(0, 30))}
    kw["grades"] = {
        "bands": [{"grade": "A", "above": 90}, {"grade": "B", "from": 60}, {"grade": "F"}]
    }
    return rubric_doc(*sections, **kw)


def _add_conditions(draw, sections: list[dict[str, Any]]) -> None:
    """Make a few items/sections visible only when an EARLIER yes/no or levels item
    has a value (earlier, so there are no cycles; other sections, for section conditions)."""
    seen: list[tuple[int, dict[str, Any]]] = []
    for si, sec in enumerate(sections):
        testable = [(sj, it) for sj, it in seen if it["kind"] in ("yesno", "levels")]
        if testable and si > 0 and draw(st.integers(0, 3)) == 0:
            _sj, ref = draw(st.sampled_from([t for t in testable if t[0] != si]))
            sec["visible_when"] = {"item": ref["id"], "in": _values(draw, ref)}
        for it in sec["items"]:
            testable = [(sj, t) for sj, t in seen if t["kind"] in ("yesno", "levels")]
            if testable and draw(st.integers(0, 3)) == 0:
                refs = draw(
                    st.lists(
                        st.sampled_from(testable),
                        min_size=1,
                        max_size=2,
                        unique_by=lambda t: t[1]["id"],
                    )
                )
                clauses = [{"item": r["id"], "in": _values(draw, r)} for _sj, r in refs]
                it["visible_when"] = {draw(st.sampled_from(["all", "any"])): clauses}
            seen.append((si, it))


def _values(draw, ref: dict[str, Any]) -> list[str]:
    if ref["kind"] == "yesno":
        pool = ["yes", "no", "na"]
    else:
        pool = [lv if isinstance(lv, str) else lv["name"] for lv in ref.get("levels", [])] or [
            "excellent",
            "good",
            "pass",
            "weak",
            "poor",
        ]
        pool = [*pool, "na"]
    return draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))


def _referenced(rubric) -> set[str]:
    refs: set[str] = set()
    for sec in rubric.sections:
        for cond in [sec.visible_when, *(i.visible_when for i in sec.items)]:
            if cond is not None:
                refs |= {ref for ref, _ in cond.clauses}
    return refs


def answer_for(draw, item) -> dict[str, Any] | None:
    options: list[Any] = [None]
    if item.na_allowed:
        options.append({"na": True})
    k = item.kind
    if k is ItemKind.LEVELS:
        options += [{"level": lv.name} for lv in item.levels]
    elif k is ItemKind.YESNO:
        options += [{"yes": True}, {"yes": False}]
    elif k in (ItemKind.DEDUCTION, ItemKind.BONUS):
        options += [{"count": n} for n in range(0, (item.max_count or 4) + 1)]
    elif k is ItemKind.NUMERIC:
        options += [{"value": v} for v in range(int(item.numeric_min), int(item.numeric_max) + 1)]
    else:
        options.append({"text": "note"})
    return draw(st.sampled_from(options))


@st.composite
def rubric_and_answers(draw, base_mode: bool | None = None):
    doc = draw(rubric_docs(base_mode))
    rubric = load_document(doc, "generated")
    raw: dict[str, Any] = {}
    for item in rubric.items:
        ans = answer_for(draw, item)
        if ans is not None:
            raw[item.id] = ans
    for sec in rubric.sections:
        if sec.na_allowed and draw(st.integers(0, 5)) == 0:
            raw[sec.id] = {"na": True}
    return doc, rubric, raw


def result(rubric, raw):
    return score(rubric, parse_answers(rubric, raw))


@SETTINGS
@given(rubric_and_answers())
def test_total_within_zero_and_max(case):
    _doc, rubric, raw = case
    res = result(rubric, raw)
    assert res.total >= 0
    if rubric.cap is not None:
        assert res.total <= rubric.cap
    if rubric.mode.value == "points":
        assert res.total <= res.max
        assert 0 <= res.percent <= 100
        for s in res.sections:
            assert 0 <= s.score <= s.max
    assert res.max >= 0


@SETTINGS
@given(rubric_and_answers(), st.data())
def test_na_item_equals_removing_it(case, data):
    doc, rubric, raw = case
    refs = _referenced(rubric)
    candidates = [
        (si, ii, it["id"])
        for si, sec in enumerate(doc["sections"])
        for ii, it in enumerate(sec["items"])
        if it.get("na_allowed") and it["id"] not in refs
    ]
    assume(candidates)
    si, ii, iid = data.draw(st.sampled_from(candidates))
    with_na = dict(raw)
    with_na[iid] = {"na": True}
    reduced = copy.deepcopy(doc)
    del reduced["sections"][si]["items"][ii]
    sec_answers = {k: v for k, v in raw.items() if k != iid}
    if not reduced["sections"][si]["items"]:
        sid = reduced["sections"][si]["id"]
        del reduced["sections"][si]
        sec_answers.pop(sid, None)
        assume(reduced["sections"])
    try:
        r2 = load_document(reduced, "reduced")
    except RubricValidationError:
        assume(False)  # e.g. only deductions left in a points-mode section
        raise
    a = result(rubric, with_na)
    b = result(r2, sec_answers)
    assert (a.total, a.max, a.percent, a.grade) == (b.total, b.max, b.percent, b.grade)


@SETTINGS
@given(rubric_and_answers(), st.data())
def test_monotonic_in_every_level(case, data):
    _doc, rubric, raw = case
    refs = _referenced(rubric)  # changing those changes what is shown: not a monotonic law
    levels_items = [i for i in rubric.items if i.kind is ItemKind.LEVELS and i.id not in refs]
    assume(levels_items)
    item = data.draw(st.sampled_from(levels_items))
    ordered = sorted(item.levels, key=lambda lv: lv.points)
    totals = []
    for lv in ordered:
        answers = dict(raw)
        answers[item.id] = {"level": lv.name}
        totals.append(result(rubric, answers).total)
    assert totals == sorted(totals), (item.id, [lv.name for lv in ordered], totals)


@SETTINGS
@given(rubric_and_answers(), st.data())
def test_auto_fail_dominates(case, data):
    _doc, rubric, raw = case
    critical = [
        i for i in rubric.items if i.critical is not None and i.kind is not ItemKind.NUMERIC
    ]
    assume(critical)
    item = data.draw(st.sampled_from(critical))
    sec = rubric.section_of(item.id)
    answers = {k: v for k, v in raw.items() if k != sec.id}  # the section must apply
    if item.kind is ItemKind.LEVELS:
        failing = next(lv for lv in item.levels if lv.auto_fail)
        answers[item.id] = {"level": failing.name}
    elif item.kind is ItemKind.YESNO:
        answers[item.id] = {"yes": False}
    else:
        answers[item.id] = {"count": 1}
    res = result(rubric, answers)
    if not res.items[item.id].visible:
        assert not any(f.item_id == item.id for f in res.auto_fails)  # hidden: cannot fail
        return
    assert any(f.item_id == item.id for f in res.auto_fails)
    if item.critical.value == "evaluation":
        assert res.total == 0 and res.percent == 0
        assert res.auto_fail.scope.value == "evaluation"
    else:
        target = next(s for s in res.sections if s.id == sec.id)
        assert target.score == 0 and target.auto_failed


@SETTINGS
@given(rubric_docs())
def test_load_dump_load_round_trip(doc):
    rubric = load_document(doc, "generated")
    dumped = dump_document(rubric)
    again = load_document(dumped, "dumped")
    assert again == rubric
    assert dump_document(again) == dumped


@SETTINGS
@given(rubric_and_answers(base_mode=True))
def test_base_mode_is_base_plus_changes_clamped(case):
    _doc, rubric, raw = case
    res = result(rubric, raw)
    if res.auto_fail is not None:
        assert res.total == 0
        return
    delta = sum((s.score for s in res.sections if not s.na), Decimal(0))
    expected = min(max(rubric.base + delta, rubric.floor), rubric.cap)
    assert res.total == expected
    assert res.max == rubric.cap


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rubric_docs(), st.data())
def test_damaged_documents_are_reported_never_crash(doc, data):
    """Replace any part of a valid document by junk: it loads or it is reported, nothing else."""
    from qaclient.rubrics.loader import RubricValidationError

    spots = [p for p in _paths(doc) if p]
    spot = data.draw(st.sampled_from(spots))
    value = data.draw(junk)
    damaged = copy.deepcopy(doc)
    target = damaged
    for key in spot[:-1]:
        target = target[key]
    target[spot[-1]] = value
    try:
        rubric = load_document(damaged, "damaged")
    except RubricValidationError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        assert not any("cannot read this rubric" in p.message for p in exc.problems), exc.problems
    else:
        assert load_document(dump_document(rubric), "again") == rubric


def _shipped_docs():
    from qaclient import paths
    from qaclient.rubrics.loader import read_document

    return [read_document(p) for p in sorted(paths.rubrics_dir().glob("*.yaml"))]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_shipped_docs()), st.data())
def test_damaged_shipped_rubrics_are_reported_never_crash(doc, data):
    test_damaged_documents_are_reported_never_crash.hypothesis.inner_test(doc, data)


answer_junk = st.one_of(
    junk,
    st.fixed_dictionaries(
        {}, optional={"level": junk | st.sampled_from(["excellent", "poor", "yes"])}
    ),
    st.fixed_dictionaries({}, optional={"yes": junk, "na": junk}),
    st.fixed_dictionaries({}, optional={"count": junk | st.integers(-3, 10), "comment": junk}),
    st.fixed_dictionaries({}, optional={"value": junk | st.integers(-10, 20), "text": junk}),
)


@SETTINGS
@given(rubric_docs(), st.data())
def test_junk_answers_are_answer_errors_never_crashes(doc, data):
    from qaclient.rubrics.model import AnswerError

    rubric = load_document(doc, "generated")
    keys = [i.id for i in rubric.items] + [s.id for s in rubric.sections] + ["unknown"]
    raw = data.draw(st.dictionaries(st.sampled_from(keys), answer_junk, max_size=6))
    try:
        answers = parse_answers(rubric, raw)
    except AnswerError as exc:
        assert exc.item_id in raw or exc.item_id == "(answers)"
        return
    res = score(rubric, answers)
    assert res.total >= 0


def test_non_finite_extension_numbers_load_as_text():
    """A damaged ``x-`` value such as ``Infinity`` is kept as text, not a crash (found by
    the property test above)."""
    from decimal import Decimal

    from qaclient.rubrics.loader import _plain

    assert _plain(Decimal("Infinity")) == "Infinity"
    assert _plain({"a": [Decimal("NaN"), Decimal("2"), Decimal("2.5")]}) == {"a": ["NaN", 2, 2.5]}
