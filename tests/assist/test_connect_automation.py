"""Amazon Connect numeric questions whose Automation reads a Contact Lens metric the local
analysis measures become signal bindings; the others stay provenance (extras)."""

from __future__ import annotations

from callgen import Script

from qaclient.assist.suggestions import suggest
from qaclient.audio.segments import analyse
from qaclient.rubrics.formats import import_data
from qaclient.rubrics.loader import load_document
from qaclient.rubrics.model import Answer, Measure


def _numeric(ref: str, title: str, label: str) -> dict:
    return {
        "Question": {
            "Title": title,
            "RefId": ref,
            "QuestionType": "NUMERIC",
            "Weight": 25,
            "QuestionTypeProperties": {
                "Numeric": {
                    "MinValue": 0,
                    "MaxValue": 28800,
                    "Options": [
                        {"MinValue": 0, "MaxValue": 1, "Score": 10},
                        {"MinValue": 2, "MaxValue": 28800, "Score": 0},
                    ],
                    "Automation": {"PropertyValue": {"Label": label}},
                }
            },
        }
    }


FORM = {
    "Title": "Automated",
    "ScoringStrategy": {"Mode": "QUESTION_ONLY", "Status": "ENABLED"},
    "Items": [
        {
            "Section": {
                "Title": "Metrics",
                "RefId": "s1",
                "Items": [
                    _numeric("q1", "Interruptions", "NUMBER_OF_INTERRUPTIONS"),
                    _numeric("q2", "Longest hold", "LONGEST_HOLD_DURATION"),
                    _numeric("q3", "Holds", "NUMBER_OF_HOLDS"),
                    _numeric("q4", "Sentiment", "OVERALL_AGENT_SENTIMENT_SCORE"),
                ],
            }
        }
    ],
}


def test_automation_labels_become_bindings(tmp_path):
    doc = import_data(FORM, "form.json", "aws-connect")
    rubric = load_document(doc, "form.json")
    bound = {i.extra.get("x-aws-connect", {}).get("RefId", i.id): i.signal for i in rubric.items}
    signals = [i.signal.measure if i.signal else None for i in rubric.items]
    assert signals == [
        Measure.AGENT_INTERRUPTIONS,
        Measure.LONGEST_HOLD_S,
        Measure.HOLD_COUNT,
        None,  # sentiment: no local signal, kept as provenance only
    ], bound
    assert all("Automation" in str(i.extra) for i in rubric.items)

    call = Script(
        60,
        agent=[(0.5, 4), (8.5, 12), (14, 17), (40, 45)],
        customer=[(4.5, 8), (11, 16), (45.5, 50)],
        holds=[(17, 40, True)],
    )
    out = suggest(rubric, analyse(call.write(tmp_path / "c.wav"), use_cache=False))
    answers = {s.item: s.answer for s in out.suggestions}
    ids = [i.id for i in rubric.items]
    assert answers[ids[0]] == Answer(value=1)
    assert abs(float(answers[ids[1]].value) - 23) <= 0.3
    assert answers[ids[2]] == Answer(value=1)
    assert ids[3] not in answers and out.reason(ids[3]) is None
