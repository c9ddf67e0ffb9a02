"""Disputes: the agent contests items within the centre's window and monthly limit; a
supervisor upholds (the score is revised) or rejects; everything is audited."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from qaclient.disputes import DisputeError, DisputeStatus
from qaclient.evaluations import EvaluationStatus
from qaclient.storage.types import utcnow

ITEMS = [
    "greeting", "ask_name", "ask_need", "use_surname", "hold_music", "hold_reason",
    "hold_apology", "long_hold_update", "no_interrupt", "active_listening",
    "objection_handling", "anything_else", "thanks", "product_knowledge",
    "correct_information", "clarity", "politeness", "patience", "warmth",
]  # fmt: skip


def submitted(col, agent="1001", greeting="poor", call="C1"):
    answers = {i: {"level": "excellent"} for i in ITEMS}
    answers["greeting"] = {"level": greeting}
    view = col.evaluations.create(call_id=call, rubric="inbound-call", agent=agent, answers=answers)
    return col.evaluations.submit(view.id)


def as_user(col, login):
    col.actor = login
    return col


@pytest.fixture
def people(col):
    col.users.add("1001", display_name="Li Na", role="agent")
    col.users.add("1002", display_name="Wang Wei", role="agent")
    col.users.add("sup", display_name="Zhao Min", role="supervisor")
    col.users.add("insp", display_name="Chen Jie", role="inspector")
    return col


def test_agent_disputes_items_and_supervisor_upholds_with_new_answers(people):
    col = people
    ev = submitted(as_user(col, "insp"))
    before = ev.result.percent
    as_user(col, "1001")
    d = col.disputes.open(ev.id, [("greeting", "I greeted at 00:02"), ("warmth", "I was warm")])
    assert d.status is DisputeStatus.OPEN and [i.item for i in d.items] == ["greeting", "warmth"]
    assert col.evaluations.get(ev.id).status is EvaluationStatus.DISPUTED
    assert col.disputes.list()[0].id == d.id
    assert d.percent_before == before

    as_user(col, "1001")
    with pytest.raises(DisputeError, match="supervisor"):
        col.disputes.resolve(d.id, "upheld", "fine")
    as_user(col, "sup")
    with pytest.raises(DisputeError, match="reason"):
        col.disputes.resolve(d.id, "upheld", "  ")
    done = col.disputes.resolve(
        d.id, "upheld", "the greeting is at 00:02", answers={"greeting": {"level": "excellent"}}
    )
    assert done.status is DisputeStatus.UPHELD and done.resolved_by == "sup"
    after = col.evaluations.get(ev.id)
    assert after.status is EvaluationStatus.FINAL
    assert after.answers["greeting"].level == "excellent"
    assert done.percent_after == after.result.percent > before
    assert col.disputes.list() == []  # the queue is empty
    history = col.evaluations.history(ev.id)
    assert any(h.action == "dispute" for h in history)
    resolved = [h for h in history if h.action == "dispute-resolved"]
    assert resolved and resolved[0].new["outcome"] == "upheld" and resolved[0].actor == "sup"
    revised = [h for h in history if h.action == "status" and isinstance(h.new, dict)]
    assert {"status": "revised", "reason": "the greeting is at 00:02"} in [h.new for h in revised]


def test_upheld_without_answers_goes_back_to_the_inspector(people):
    col = people
    ev = submitted(as_user(col, "insp"))
    d = as_user(col, "1001").disputes.open(ev.id, [("greeting", "listen again")])
    as_user(col, "sup").disputes.resolve(d.id, "upheld", "please rescore the greeting")
    assert col.evaluations.get(ev.id).status is EvaluationStatus.REVISED  # "to revise"


def test_rejected_keeps_the_score_and_is_final(people):
    col = people
    ev = submitted(as_user(col, "insp"))
    d = as_user(col, "1001").disputes.open(ev.id, [("greeting", "no")])
    as_user(col, "sup")
    with pytest.raises(DisputeError, match="upheld"):
        col.disputes.resolve(d.id, "rejected", "x", answers={"greeting": {"level": "good"}})
    out = col.disputes.resolve(d.id, "rejected", "no greeting can be heard")
    assert out.status is DisputeStatus.REJECTED and out.resolution == "no greeting can be heard"
    after = col.evaluations.get(ev.id)
    assert after.status is EvaluationStatus.FINAL and after.result.percent == ev.result.percent
    with pytest.raises(DisputeError, match="already"):
        col.disputes.resolve(d.id, "upheld", "changed my mind")


def test_only_the_agent_within_the_window_and_the_monthly_limit(people):
    col = people
    ev = submitted(as_user(col, "insp"))
    with pytest.raises(DisputeError, match="1001"):
        as_user(col, "1002").disputes.open(ev.id, [("greeting", "x")])
    with pytest.raises(DisputeError, match="1001"):
        as_user(col, "insp").disputes.open(ev.id, [("greeting", "x")])
    as_user(col, "1001")
    with pytest.raises(DisputeError, match="at least one"):
        col.disputes.open(ev.id, [])
    with pytest.raises(DisputeError, match="no item"):
        col.disputes.open(ev.id, [("nope", "x")])
    with pytest.raises(DisputeError, match="reason"):
        col.disputes.open(ev.id, [("greeting", " ")])
    with pytest.raises(DisputeError, match="twice"):
        col.disputes.open(ev.id, [("greeting", "a"), ("greeting", "b")])
    with pytest.raises(DisputeError, match="45 days"):
        col.disputes.open(ev.id, [("greeting", "late")], now=utcnow() + timedelta(days=46))
    col.disputes.open(ev.id, [("greeting", "in time")], now=utcnow() + timedelta(days=44))

    as_user(col, "sup").centre.set("disputes_per_month", 2)
    for n in range(2, 5):
        other = submitted(as_user(col, "insp"), call=f"C{n}")
        as_user(col, "1001")
        if n < 4:  # the one 44 days ahead counts in its own month
            col.disputes.open(other.id, [("greeting", f"number {n}")])
        else:
            with pytest.raises(DisputeError, match="2 disputes"):
                col.disputes.open(other.id, [("greeting", "third")])
    assert col.disputes.remaining_this_month("1001") == 0
    assert col.disputes.remaining_this_month("1001", utcnow() + timedelta(days=44)) == 1


def test_draft_and_final_evaluations_cannot_be_disputed(people):
    col = people
    as_user(col, "insp")
    draft = col.evaluations.create(call_id="C9", rubric="inbound-call", agent="1001")
    with pytest.raises(DisputeError, match="draft"):
        as_user(col, "1001").disputes.open(draft.id, [("greeting", "x")])
    ev = submitted(as_user(col, "insp"))
    as_user(col, "sup").evaluations.finalize(ev.id)
    with pytest.raises(DisputeError, match="final"):
        as_user(col, "1001").disputes.open(ev.id, [("greeting", "x")])


def test_centre_settings_are_validated_and_audited(people):
    col = as_user(people, "sup")
    assert col.centre.settings().dispute_window_days == 45
    col.centre.set("dispute_window_days", 10)
    assert col.centre.settings().dispute_window_days == 10
    with pytest.raises(ValueError, match="whole number"):
        col.centre.set("dispute_window_days", 0)
    with pytest.raises(ValueError, match="unknown"):
        col.centre.set("nope", 1)
    ev = submitted(as_user(col, "insp"))
    with pytest.raises(DisputeError, match="10 days"):
        as_user(col, "1001").disputes.open(
            ev.id, [("greeting", "x")], now=utcnow() + timedelta(days=11)
        )


def test_inspector_statistics_gain_dispute_and_uphold_rates(people):
    col = people
    evs = [submitted(as_user(col, "insp"), call=f"C{n}") for n in range(4)]
    for ev in evs[:3]:
        as_user(col, "1001").disputes.open(ev.id, [("greeting", "no")])
    ds = col.disputes.list()
    as_user(col, "sup").disputes.resolve(
        ds[0].id, "upheld", "yes", answers={"greeting": {"level": "good"}}
    )
    col.disputes.resolve(ds[1].id, "rejected", "no")
    from qaclient.reports.period import Month
    from qaclient.storage.types import utcnow as now

    month = Month(now().year, now().month)
    stats = {i.inspector: i for i in col.reports.inspectors(month).inspectors}["insp"]
    assert stats.evaluations == 4 and stats.disputed == 3
    assert stats.dispute_rate == Decimal("0.75")
    assert (stats.resolved, stats.upheld, stats.uphold_rate) == (2, 1, Decimal("0.5"))


def test_cli_dispute_and_resolve(people, tmp_path):
    import json
    import os
    import subprocess
    import sys

    col = people
    ev = submitted(as_user(col, "insp"))

    def run(*args, user):
        env = {**os.environ, "QACLIENT_USER": user}
        return subprocess.run(
            [sys.executable, "-m", "qaclient", *args], capture_output=True, text=True, env=env
        )

    bad = run("evaluation", "dispute", str(ev.id), "--item", "greeting", user="1001")
    assert bad.returncode != 0 and "--reason" in bad.stderr
    out = run(
        "evaluation", "dispute", str(ev.id), "--item", "greeting", "--reason", "I greeted",
        "--item", "warmth", "--reason", "I was warm", "--json", user="1001",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    listed = json.loads(run("disputes", "--json", user="sup").stdout)
    assert [d["items"] for d in listed] == [
        [{"item": "greeting", "reason": "I greeted"}, {"item": "warmth", "reason": "I was warm"}]
    ]
    did = listed[0]["id"]
    ans = tmp_path / "fix.json"
    ans.write_text(json.dumps({"greeting": {"level": "excellent"}}))
    denied = run("dispute", "resolve", did, "upheld", "--reason", "ok", user="1001")
    assert denied.returncode == 1 and "supervisor" in denied.stderr
    done = run(
        "dispute", "resolve", did, "upheld", "--reason", "greeting heard at 00:02",
        "--answers", str(ans), "--json", user="sup",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "upheld"
    shown = json.loads(run("evaluation", "show", str(ev.id), "--json", user="1001").stdout)
    assert shown["status"] == "final" and shown["answers"]["greeting"] == {"level": "excellent"}
    assert shown["disputes"][0]["resolution"] == "greeting heard at 00:02"
    assert json.loads(run("disputes", "--json", user="sup").stdout) == []
    ack = run("evaluation", "acknowledge", str(ev.id), user="1001")
    assert ack.returncode == 1  # final: nothing more to acknowledge


def test_queue_and_library_show_disputed_and_to_revise(people):
    from qaclient.recordings.library import CallFilter

    col = people
    as_user(col, "insp")
    col.library.add_call("C1", agent="1001", start=utcnow(), duration=60)
    col.library.add_call("C2", agent="1001", start=utcnow(), duration=60)
    batch = col.library.assign(["C1", "C2"], ["insp"], name="week")
    assert batch is not None
    ev = submitted(col, call="C1")
    other = submitted(col, call="C2")
    as_user(col, "1001").disputes.open(ev.id, [("greeting", "no")])
    as_user(col, "insp").evaluations.revise(other.id, "warmth was misjudged")
    states = {a.call_id: a.status for a in col.library.assignments("insp")}
    assert states == {"C1": "disputed", "C2": "to_revise"}
    found = col.library.search(CallFilter(status="disputed")).rows
    assert [r.call_id for r in found] == ["C1"]
    found = col.library.search(CallFilter(status="revised")).rows
    assert [r.call_id for r in found] == ["C2"]


def test_signed_in_supervisor_sends_corrections_back_to_the_inspector(people, monkeypatch):
    col = people
    ev = submitted(as_user(col, "insp"))
    d = as_user(col, "1001").disputes.open(ev.id, [("greeting", "listen again")])
    as_user(col, "sup")
    monkeypatch.setattr(type(col.users), "signed_in_role", lambda self: "supervisor")
    with pytest.raises(DisputeError, match="inspector"):
        col.disputes.resolve(d.id, "upheld", "yes", answers={"greeting": {"level": "good"}})
    col.disputes.resolve(d.id, "upheld", "yes: rescore the greeting")
    assert col.evaluations.get(ev.id).status is EvaluationStatus.REVISED


def test_cli_centre_settings():
    import json
    import subprocess
    import sys

    run = [sys.executable, "-m", "qaclient", "centre"]
    shown = subprocess.run([*run, "show", "--json"], capture_output=True, text=True)
    assert json.loads(shown.stdout) == {"dispute_window_days": 45, "disputes_per_month": 5}
    done = subprocess.run(
        [*run, "set", "dispute_window_days", "30"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    bad = subprocess.run([*run, "set", "disputes_per_month", "-1"], capture_output=True, text=True)
    assert bad.returncode == 2 and "whole number from 0" in bad.stderr
    shown = subprocess.run([*run, "show", "--json"], capture_output=True, text=True)
    assert json.loads(shown.stdout)["dispute_window_days"] == 30
