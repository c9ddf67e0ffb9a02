"""'How this score was computed': every figure comes from the scoring engine and adds up."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from qaclient.messages import set_language
from qaclient.rubrics import scoring
from qaclient.rubrics.breakdown import breakdown

_spec = importlib.util.spec_from_file_location(
    "rubric_builders", Path(__file__).resolve().parents[1] / "rubrics" / "rubric_builders.py"
)
_builders = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_builders)
build, item, section = _builders.build, _builders.item, _builders.section


def explain(rubric, raw):
    answers = scoring.parse_answers(rubric, raw)
    return breakdown(rubric, answers, lang="en")


def test_weighted_sections_with_an_na_section_say_they_renormalise():
    r = build(
        section("s", item("a", max=2, levels=["excellent", "poor"]), weight=60),
        section("t", item("b", max=10), weight=40, na_allowed=True),
    )
    b = explain(r, {"a": {"level": "excellent"}, "t": {"na": True}})
    assert (b["total"], b["max"], b["percent"]) == (60, 60, 100)
    s, t = b["sections"]
    assert s["share_percent"] == 100 and s["contribution"] == 60 and t["na"] is True
    assert any("renormalised" in step for step in b["steps"])
    assert any("not applicable" in step for step in b["steps"])
    assert b["raw_total"] == b["total"]


def test_item_weights_and_contributions_add_up():
    r = build(section("s", item("a", max=10, weight=30), item("b", "yesno", max=1, weight=70)))
    b = explain(r, {"a": {"level": "good"}, "b": {"yes": True}})
    a_, b_ = b["sections"][0]["items"]
    assert (a_["weight"], a_["points"], a_["max"], a_["contribution"]) == (30, 8, 10, 24)
    assert b_["contribution"] == 70 and b["total"] == 94


def test_base_mode_cap_and_grade_band(col):
    rubric = col.rubrics.resolve("monthly-agent-scorecard")[1]
    raw = {"extra_tasks": {"count": 7}}
    b = explain(rubric, raw)
    assert b["mode"] == "base" and b["base"] == 80 and b["cap"] == 110
    assert b["raw_total"] > 110 and b["total"] == 110
    assert any("Capped at 110" in s for s in b["steps"])
    assert b["grade"] == "A" and b["grade_band"]["grade"] == "A"
    assert b["steps"][-1].startswith("Grade A")


def test_auto_fail_and_the_chinese_steps():
    r = build(
        section("s", item("a", max=10)),
        section("t", item("k", "yesno", max=1, critical="evaluation")),
        grades={"bands": [{"grade": "A", "from": 90}, {"grade": "fail"}]},
    )
    answers = scoring.parse_answers(r, {"a": {"level": "excellent"}, "k": {"yes": False}})
    result = scoring.score(r, answers)
    b = breakdown(r, answers, result, lang="zh_CN")
    assert b["auto_fail"] == {"item": "k", "scope": "evaluation", "section": "t"}
    assert b["total"] == 0 and b["raw_total"] == 10
    k = b["sections"][1]["items"][0]
    assert k["auto_failed"] is True and k["critical"] == "evaluation"
    assert any("关键项 k" in step for step in b["steps"])
    words = [z for z in b["steps"] if any(c.isalpha() for c in z)]  # not "0 / 11 = 0 %"
    assert words and all(any("\u4e00" <= c <= "\u9fff" for c in step) for step in words)
    set_language("en")


def test_evaluation_show_json_has_the_breakdown(col, tmp_path):
    items = [i.id for i in col.rubrics.resolve("inbound-call")[1].items]
    view = col.evaluations.create(
        call_id="C1",
        rubric="inbound-call",
        agent="1001",
        answers={i: {"level": "excellent"} for i in items},
    )
    out = subprocess.run(
        [sys.executable, "-m", "qaclient", "evaluation", "show", str(view.id), "--json"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    b = data["breakdown"]
    assert b["total"] == data["score"]["total"] == 100
    assert sum(sec["score"] for sec in b["sections"]) == 100
    assert {i["id"] for sec in b["sections"] for i in sec["items"]} == set(items)


def test_evaluation_pdf_shows_how_the_score_was_computed(col, tmp_path):
    import shutil

    items = [i.id for i in col.rubrics.resolve("inbound-call")[1].items]
    answers = {i: {"level": "excellent"} for i in items}
    answers["greeting"] = {"level": "poor"}
    view = col.evaluations.create(
        call_id="C7", rubric="inbound-call", agent="1001", answers=answers
    )
    col.evaluations.add_comment(view.id, 2500, "no greeting", item_id="greeting")
    out = tmp_path / "ev.pdf"
    run = [sys.executable, "-m", "qaclient"]
    done = subprocess.run(
        [*run, "evaluation", "export", str(view.id), "-o", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    again = subprocess.run(
        [*run, "evaluation", "export", str(view.id), "-o", str(out)], capture_output=True, text=True
    )
    assert again.returncode != 0 and "--force" in again.stderr  # never overwritten silently
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "How this score was computed" in text and "Sum of the section scores" in text
    assert "no greeting" in text
    zh = tmp_path / "ev-zh.pdf"
    done = subprocess.run(
        [*run, "--lang", "zh_CN", "evaluation", "export", str(view.id), "-o", str(zh)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(zh), "-"], capture_output=True, text=True).stdout
    assert "各部分得分之和" in text and "How this score" not in text
