"""An evaluation's history in words, names instead of ids, and the core in Chinese.

The history tab and any other reader get one sentence per audit entry, in the reader's
language, with the rubric's own labels (``qaclient/history.py``); people by their display
name and rubrics by their title (``col.names``); command-line errors in the language of
``--lang``.
"""

from __future__ import annotations

import re

import pytest

from qaclient import history
from qaclient.cli.main import main
from qaclient.messages import set_language
from qaclient.storage.models import Role

RUBRIC = "inbound-call"


@pytest.fixture
def evaluation(col):
    col.rubrics.install_shipped()
    col.users.add("1001", display_name="王芳", role=Role.AGENT, team="North")
    col.users.add(col.actor, display_name="李娜", role=Role.INSPECTOR)
    view = col.evaluations.create(call_id="C-1", rubric=RUBRIC, agent="1001")
    rubric = view.rubric
    first = rubric.items[0]
    col.evaluations.set_answer(view.id, first.id, {"level": first.levels[0].name})
    col.evaluations.set_answer(view.id, first.id, {"level": first.levels[1].name})
    col.evaluations.set_note(view.id, "开场白很好")
    cid = col.evaluations.add_comment(view.id, 12_000, "语速偏快", item_id=first.id)
    col.evaluations.delete_comment(cid)
    return col.evaluations.get(view.id)


def _sentences(col, view, lang):
    return [
        history.describe(e, view.rubric, lang).render(lang)
        for e in col.evaluations.history(view.id)
    ]


def test_history_is_one_sentence_per_event_in_each_language(col, evaluation):
    rubric = evaluation.rubric
    first = rubric.items[0]
    zh = _sentences(col, evaluation, "zh_CN")
    en = _sentences(col, evaluation, "en")
    assert len(zh) == len(en) == 6
    title_zh, title_en = rubric.labels["zh_CN"], rubric.labels["en"]
    level0, level1 = first.levels[0].labels, first.levels[1].labels
    assert zh[0] == f"开始评分，使用“{title_zh}” v{rubric.version}。"
    assert en[0] == f"Started the evaluation with “{title_en}” v{rubric.version}."
    assert zh[1] == f"1.1 {first.labels['zh_CN']}：{level0['zh_CN']}"
    assert zh[2] == f"1.1 {first.labels['zh_CN']}：{level0['zh_CN']} → {level1['zh_CN']}"
    assert en[2] == f"1.1 {first.labels['en']}: {level0['en']} → {level1['en']}"
    assert zh[3] == "填写了辅导意见：“开场白很好”"
    assert zh[4] == "在 00:12 添加批注：“语速偏快”"
    assert zh[5] == "删除了 00:12 的批注：“语速偏快”"
    for text in zh:  # no raw field names, no ∅, no English word
        assert "∅" not in text and not re.search(r"[A-Za-z]{2,}", text), text


def test_status_changes_read_as_sentences(col, evaluation):
    rubric = evaluation.rubric
    for item in rubric.items:
        if item.levels:
            col.evaluations.set_answer(evaluation.id, item.id, {"level": item.levels[0].name})
    view = col.evaluations.get(evaluation.id)
    answers = {
        i.id: {"level": i.levels[0].name} if i.levels else {"yes": True}
        for i in rubric.items
        if i.id not in view.answers
    }
    for item_id, data in answers.items():
        try:
            col.evaluations.set_answer(evaluation.id, item_id, data)
        except Exception:
            col.evaluations.set_answer(evaluation.id, item_id, {"count": 0})
    col.evaluations.submit(evaluation.id)
    col.evaluations.revise(evaluation.id, "坐席申诉成立")
    zh = _sentences(col, evaluation, "zh_CN")
    assert "提交了评分。" in zh
    assert "重新打开评分进行修订：坐席申诉成立" in zh
    es = _sentences(col, evaluation, "es")
    assert "Envió la evaluación." in es


def test_names_for_people_rubrics_and_grades(col, evaluation):
    names = col.names
    assert names.person("1001") == "王芳"
    assert names.person("nobody") == "nobody"  # unknown: the login itself
    col.users.add("2002", display_name="Daniel Brooks", role=Role.AGENT)
    assert names.person("2002") == "Daniel Brooks"  # added later: read again
    rubric = evaluation.rubric
    assert names.rubric(RUBRIC, "zh_CN") == rubric.labels["zh_CN"]
    assert names.rubric(RUBRIC, "en") == rubric.labels["en"]
    fail = next(b for b in rubric.grades if b.grade == "fail")
    assert names.grade(RUBRIC, "fail", "zh_CN") == fail.labels["zh_CN"]
    set_language("zh_CN")  # the default language is the core's
    assert names.rubric(RUBRIC) == rubric.labels["zh_CN"]


def test_cli_errors_speak_the_chosen_language(col, capsys, monkeypatch):
    assert main(["--lang", "zh_CN", "report", "kpi", "--month", "2026-13"]) == 2
    err = capsys.readouterr().err
    assert "月份 2026-13 的格式不是 YYYY-MM" in err
    monkeypatch.setenv("QACLIENT_LANG", "es")
    assert main(["report", "kpi", "--month", "octubre"]) == 2
    assert "no tiene la forma AAAA-MM" in capsys.readouterr().err
    # the report's own --lang wins over the environment
    assert main(["report", "kpi", "--month", "x", "--lang", "en"]) == 2
    assert "is not of the form YYYY-MM" in capsys.readouterr().err
