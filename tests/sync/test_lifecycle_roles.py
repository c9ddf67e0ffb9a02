"""The lifecycle on the shared server: disputes and calibration sessions obey the roles.

Played through the app's services and through psycopg with each person's own login: an
agent disputes only their own evaluations and sees nobody else's disputes; calibration
scoring is blind on the server too (a participant pulls nobody else's answers before the
reveal, an agent never sees them), and the reveal brings the others' answers and comments.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from qaclient.storage.models import CalibrationSession, Dispute, Evaluation

from .conftest import RUBRIC_FILE, _dsn

ITEMS = ("greeting", "ask_name", "ask_need")


@pytest.fixture
def centre(people, make_client):
    p = {
        "ivy": people("ivy", "inspector"),
        "ian": people("ian", "inspector"),
        "sue": people("sue", "supervisor", teams=["A"]),
        "max": people("max", "manager"),
        "ag1": people("ag1", "agent", teams=["A"], agent_id="2001"),
        "ag2": people("ag2", "agent", teams=["A"], agent_id="2002"),
    }
    boss = make_client(p["max"].login, p["max"].url)
    boss.col.rubrics.add(RUBRIC_FILE)
    r = boss.sync()
    assert r.refused == 0, r.refusals
    return p


def client(make_client, person):
    return make_client(person.login, person.url)


def submitted(c, call_id: str, agent: str):
    from qaclient.evaluations import SubmitError

    c.sync()
    ev = c.col.evaluations.create(call_id=call_id, rubric="inbound-call", agent=agent)
    for item in ITEMS:
        c.col.evaluations.set_answer(ev.id, item, {"level": "excellent"})
    for _ in range(40):
        try:
            c.col.evaluations.submit(ev.id)
            break
        except SubmitError as exc:
            for item, _m in exc.problems:
                c.col.evaluations.set_answer(ev.id, item, {"level": "excellent"})
    r = c.sync()
    assert r.refused == 0, r.refusals
    return ev.id


def psql(person) -> psycopg.Connection:
    return psycopg.connect(_dsn(person.url), autocommit=True)


def test_disputes_follow_the_roles(centre, make_client):
    ivy = client(make_client, centre["ivy"])
    ev_id = submitted(ivy, "call-1", "2001")
    ag1 = client(make_client, centre["ag1"])
    ag1.sync()
    assert ag1.get(Evaluation, ev_id) is not None
    dispute = ag1.col.disputes.open(ev_id, [("greeting", "I greeted by name at 00:02")])
    r = ag1.sync()
    assert r.refused == 0, r.refusals

    # the other agent sees neither the evaluation nor the dispute, and cannot plant one
    ag2 = client(make_client, centre["ag2"])
    ag2.sync()
    assert ag2.get(Dispute, dispute.id) is None and ag2.get(Evaluation, ev_id) is None
    with psql(centre["ag2"]) as conn:
        assert conn.execute("SELECT count(*) FROM disputes").fetchone()[0] == 0
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO disputes (id, evaluation_id, agent, items, status, resolution,"
                " rev, base_rev, dirty, deleted, created_at, created_by, updated_at, updated_by)"
                " VALUES (gen_random_uuid(), %s, '2001', '[]', 'open', '', 1, 0, false, false,"
                " now(), 'x', now(), 'x')",
                (ev_id,),
            )
    # an agent cannot resolve their own dispute on the server
    with psql(centre["ag1"]) as conn:
        conn.execute("UPDATE disputes SET status = 'upheld' WHERE id = %s", (dispute.id,))
        assert (
            conn.execute("SELECT status FROM disputes WHERE id = %s", (dispute.id,)).fetchone()[0]
            == "open"
        )

    # the team's supervisor sees it and rejects it; the agent sees the outcome
    sue = client(make_client, centre["sue"])
    sue.sync()
    assert sue.get(Dispute, dispute.id) is not None
    sue.col.disputes.resolve(dispute.id, "rejected", "no greeting can be heard")
    r = sue.sync()
    assert r.refused == 0, r.refusals
    ag1.sync()
    seen = ag1.col.disputes.get(dispute.id)
    assert str(seen.status) == "rejected" and seen.resolution == "no greeting can be heard"
    assert str(ag1.col.evaluations.get(ev_id).status) == "final"


def test_calibration_is_blind_on_the_server(centre, make_client):
    sue = client(make_client, centre["sue"])
    sue.sync()
    cal = sue.col.calibrations.create(
        rubric="inbound-call",
        calls=["call-9"],
        inspectors=[centre["ivy"].login, centre["ian"].login],
    )
    r = sue.sync()
    assert r.refused == 0, r.refusals
    ids = {}
    for name, level in (("ivy", "poor"), ("ian", "excellent")):
        c = client(make_client, centre[name])
        c.sync()
        assert c.get(CalibrationSession, cal.id) is not None  # invited: the session comes
        view = c.col.calibrations.evaluate(
            cal.id,
            "call-9",
            evaluator=centre[name].login,
            agent="2001",
            answers={i: {"level": level} for i in ITEMS},
            comments=[(4200, f"{name}: greeting")],
        )
        ids[name] = view.id
        r = c.sync()
        assert r.refused == 0, r.refusals
        setattr(test_calibration_is_blind_on_the_server, name, c)
    ivy = test_calibration_is_blind_on_the_server.ivy
    ivy.sync()
    assert ivy.get(Evaluation, ids["ian"]) is None  # blind before the reveal
    with psql(centre["ivy"]) as conn:
        n = conn.execute(
            "SELECT count(*) FROM evaluations WHERE calibration_id = %s", (cal.id,)
        ).fetchone()[0]
        assert n == 1
    with psql(centre["ag1"]) as conn:  # the call's agent never sees calibration scoring
        assert (
            conn.execute("SELECT count(*) FROM evaluations WHERE calibration_id IS NOT NULL")
        ).fetchone()[0] == 0
    with psql(centre["ag2"]) as conn:  # nor does anyone uninvited see the session
        assert conn.execute("SELECT count(*) FROM calibration_sessions").fetchone()[0] == 0
    # an inspector cannot reveal the session on the server
    with psql(centre["ivy"]) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE calibration_sessions SET status = 'revealed' WHERE id = %s", (cal.id,))
    with psql(centre["max"]) as conn:
        status = conn.execute(
            "SELECT status FROM calibration_sessions WHERE id = %s", (cal.id,)
        ).fetchone()[0]
        assert status == "open"

    sue.sync()
    sue.col.calibrations.reveal(cal.id)
    r = sue.sync()
    assert r.refused == 0, r.refusals
    ivy.sync()
    assert ivy.get(Evaluation, ids["ian"]) is not None  # the reveal brings the others'
    report = ivy.col.calibrations.report(cal.id)
    assert report["raters"] == [centre["ivy"].login, centre["ian"].login]
    greeting = next(i for i in report["items"] if i["item"] == "greeting")
    assert greeting["n_ratings"] == 2 and greeting["percent_agreement"] == 0.0
    moments = [c.text for e in ivy.col.calibrations.evaluations(cal.id) for c in e.comments]
    assert sorted(moments) == ["ian: greeting", "ivy: greeting"]


def test_upheld_dispute_on_the_server(centre, make_client):
    """The team's supervisor upholds: without answers the evaluation goes back to its
    inspector (to revise); the inspector rescores and submits; the agent sees it."""
    ivy = client(make_client, centre["ivy"])
    ev_id = submitted(ivy, "call-2", "2001")
    ag1 = client(make_client, centre["ag1"])
    ag1.sync()
    dispute = ag1.col.disputes.open(ev_id, [("greeting", "listen at 00:02")])
    assert ag1.sync().refused == 0
    sue = client(make_client, centre["sue"])
    sue.sync()
    sue.col.disputes.resolve(dispute.id, "upheld", "the greeting is there: rescore it")
    r = sue.sync()
    assert r.refused == 0, r.refusals
    ivy.sync()
    assert str(ivy.col.evaluations.get(ev_id).status) == "revised"
    ivy.col.evaluations.set_answer(ev_id, "greeting", {"level": "poor"})
    ivy.col.evaluations.submit(ev_id)
    r = ivy.sync()
    assert r.refused == 0, r.refusals
    ag1.sync()
    seen = ag1.col.evaluations.get(ev_id)
    assert str(seen.status) == "submitted" and seen.answers["greeting"].level == "poor"
    assert str(ag1.col.disputes.get(dispute.id).status) == "upheld"
