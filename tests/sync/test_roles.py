"""Issue 9: the server is the authority.  Each attack is played twice — through the app's
services (a modified client pushing what it likes) and directly through psycopg with the
person's own login — and every one is refused or sees nothing."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest
from psycopg import errors

from qaclient.storage.models import AuditEvent, CoachingSession, Evaluation
from qaclient.sync.engine import SyncError

from .conftest import RUBRIC_FILE, _dsn


@pytest.fixture
def centre(people, make_client, server_url):
    """A centre: two inspectors, a supervisor and a trainer of team A, a manager, two agents
    of team A (2001, 2002), an admin; the manager publishes the rubric."""
    p = {
        "ivy": people("ivy", "inspector"),
        "ian": people("ian", "inspector"),
        "sue": people("sue", "supervisor", teams=["A"]),
        "tom": people("tom", "trainer", teams=["A"]),
        "max": people("max", "manager"),
        "ag1": people("ag1", "agent", teams=["A"], agent_id="2001"),
        "ag2": people("ag2", "agent", teams=["A"], agent_id="2002"),
        "adm": people("adm", "admin"),
    }
    boss = make_client(p["max"].login, p["max"].url)
    boss.col.rubrics.add(RUBRIC_FILE)
    r = boss.sync()
    assert r.refused == 0, r.refusals
    return p


def client(make_client, person):
    return make_client(person.login, person.url)


def scored(c, call_id: str, agent: str, *, submit: bool = True, comment: str = "good opening"):
    c.sync()
    ev = c.col.evaluations.create(call_id=call_id, rubric="inbound-call", agent=agent)
    for item in ("greeting", "ask_name", "ask_need"):
        c.col.evaluations.set_answer(ev.id, item, {"level": "excellent"})
    c.col.evaluations.add_comment(ev.id, 1500, comment, item_id="greeting")
    if submit:
        _submit(c, ev.id)
    r = c.sync()
    assert r.refused == 0, r.refusals
    return ev.id


def _submit(c, ev_id) -> None:
    """Submit, answering whatever the rubric still requires."""
    from qaclient.evaluations import SubmitError

    for _ in range(40):
        try:
            c.col.evaluations.submit(ev_id)
            return
        except SubmitError as exc:
            for item, _msg in exc.problems:
                c.col.evaluations.set_answer(ev_id, item, {"level": "excellent"})
    raise AssertionError("could not submit")


def psql(person) -> psycopg.Connection:
    return psycopg.connect(_dsn(person.url), autocommit=True)


def server_row(server_url, ev_id):
    with psycopg.connect(_dsn(server_url)) as conn:
        return conn.execute(
            "SELECT status, answers, total, updated_by, evaluator FROM evaluations WHERE id = %s",
            (ev_id,),
        ).fetchone()


# -- another inspector's evaluation ------------------------------------------------------
def test_an_inspector_cannot_edit_another_inspectors_evaluation(centre, make_client, server_url):
    ivy, ian = client(make_client, centre["ivy"]), client(make_client, centre["ian"])
    ev_id = scored(ivy, "call-1", "2001")
    before = server_row(server_url, ev_id)
    assert before[0] == "submitted" and before[4] == centre["ivy"].login

    # ian's client pulls: the evaluation is not there, and the changes ian may not see do
    # not hold his cursor back (they would be scanned again at every sync)
    r = ian.sync()
    assert ian.get(Evaluation, ev_id) is None
    with psycopg.connect(_dsn(server_url)) as owner:
        assert r.cursor == owner.execute("SELECT qa_high_water()").fetchone()[0]

    # a modified client plants the row and uses the app's services on it
    with ivy.col.engine.connect() as src, ian.col.engine.begin() as dst:
        row = (
            src.exec_driver_sql("SELECT * FROM evaluations WHERE id = ?", (ev_id.hex,))
            .mappings()
            .one()
        )
        cols = list(row)
        dst.exec_driver_sql(
            f"INSERT INTO evaluations ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            tuple(row[c] for c in cols),
        )
    ian.col.evaluations.revise(ev_id, "rescoring")
    ian.col.evaluations.set_answer(ev_id, "greeting", {"level": "poor"})
    _submit(ian, ev_id)
    r = ian.sync()
    assert r.refused == 1 and r.refusals[0]["id"] == str(ev_id), r.refusals
    assert r.refusals[0]["reason"]
    assert server_row(server_url, ev_id) == before
    # kept here, not dropped, and not offered again
    assert ian.get(Evaluation, ev_id).dirty
    r2 = ian.sync()
    assert (r2.refused, r2.pushed) == (0, 0)

    # psycopg with ian's own login: invisible, unchangeable, not re-creatable
    with psycopg.connect(_dsn(server_url)) as owner:
        whole = owner.execute(
            "SELECT row_to_json(e) FROM evaluations e WHERE id = %s", (ev_id,)
        ).fetchone()[0]
    whole.update(evaluator=centre["ian"].login, server_seq=None, sync_origin=None)
    with psql(centre["ian"]) as conn:
        assert conn.execute("SELECT count(*) FROM evaluations").fetchone()[0] == 0
        cur = conn.execute(
            "UPDATE evaluations SET answers = '{}', status = 'revised', rev = rev + 1 WHERE id = %s",
            (ev_id,),
        )
        assert cur.rowcount == 0
        with pytest.raises(errors.UniqueViolation):
            conn.execute(
                "INSERT INTO evaluations SELECT * FROM json_populate_record(NULL::evaluations, %s)",
                (json.dumps(whole),),
            )
    assert server_row(server_url, ev_id) == before


# -- an agent sees only their own ------------------------------------------------------
def test_an_agent_sees_only_their_own_non_draft_rows_in_every_table(
    centre, make_client, server_url
):
    sue, ivy, tom = (client(make_client, centre[n]) for n in ("sue", "ivy", "tom"))
    sue.sync()
    sue.col.library.add_call("call-1", agent="2001", team="A", caller_number="13800000001")
    sue.col.library.add_call("call-2", agent="2002", team="A", caller_number="13800000002")
    sue.col.library.assign(["call-1", "call-2"], [centre["ivy"].login])
    assert sue.sync().refused == 0
    e1 = scored(ivy, "call-1", "2001", comment="talked over the customer")
    e2 = scored(ivy, "call-2", "2002")
    draft = scored(ivy, "call-2", "2002", submit=False)
    ivy.col.listening.record("call-1", "play", duration_ms=30_000)
    ivy.sync()
    tom.sync()
    sid = tom.col.coaching.create_session("2001", title="Let the customer finish")
    tom.col.coaching.add_clip(sid, evaluation_id=e1, start_ms=1000, end_ms=5000)
    assert tom.sync().refused == 0

    ag2 = client(make_client, centre["ag2"])
    r = ag2.sync()
    assert r.refused == 0
    # through the app: only agent 2002's submitted evaluation and what hangs on it
    assert [v.id for v in ag2.col.evaluations.list()] == [e2]
    assert ag2.get(Evaluation, e1) is None and ag2.get(Evaluation, draft) is None
    assert ag2.get(CoachingSession, sid) is None
    dump = json.dumps(ag2.snapshot(), default=str)
    for secret in ("2001", "13800000001", "talked over the customer", e1.hex, sid.hex):
        assert secret not in dump, secret
    assert str(e2.hex) in dump

    # psycopg with agent 2002's login: the same, table by table
    from qaclient.sync.server import synced_tables

    with psql(centre["ag2"]) as conn:
        for t in synced_tables():
            rows = conn.execute(f"SELECT * FROM {t.name}").fetchall()
            text = json.dumps(rows, default=str)
            for secret in ("2001", "13800000001", "talked over the customer", str(e1), str(sid)):
                assert secret not in text, (t.name, secret)
        # not even through the server-only tables
        for table in ("qa_members", "evaluation_item_scores", "sync_state"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {table}")

    # agent 2001 sees their own, can acknowledge it, cannot change the score
    ag1 = client(make_client, centre["ag1"])
    ag1.sync()
    assert ag1.get(Evaluation, e1).status == "submitted"
    assert ag1.col.coaching.get_session(sid).title == "Let the customer finish"
    ag1.col.evaluations.acknowledge(e1)
    assert ag1.sync().refused == 0
    assert server_row(server_url, e1)[0] == "acknowledged"
    with psql(centre["ag1"]) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="evaluator"):
            conn.execute(
                "UPDATE evaluations SET answers = '{}', rev = rev + 1 WHERE id = %s", (e1,)
            )


# -- final evaluations -------------------------------------------------------------------
def test_a_final_evaluation_cannot_change_except_by_an_audited_revision(
    centre, make_client, server_url, capsys
):
    ivy, sue = client(make_client, centre["ivy"]), client(make_client, centre["sue"])
    sue.sync()
    sue.col.library.add_call("call-1", agent="2001", team="A")
    sue.sync()
    ev_id = scored(ivy, "call-1", "2001")
    sue.sync()
    sue.col.evaluations.finalize(ev_id)
    assert sue.sync().refused == 0
    ivy.sync()
    final = server_row(server_url, ev_id)
    assert final[0] == "final"

    # a modified client rewrites the answers of the final evaluation
    ivy.edit(Evaluation, ev_id, answers=json.dumps({"greeting": {"level": "poor"}}))
    r = ivy.sync()
    assert r.refused == 1 and "final" in r.refusals[0]["reason"]
    assert server_row(server_url, ev_id) == final

    # psycopg: the evaluator, the supervisor, even the owner
    for who in (centre["ivy"], centre["sue"]):
        with psql(who) as conn:
            with pytest.raises(errors.CheckViolation, match="final"):
                conn.execute(
                    "UPDATE evaluations SET answers = '{}', rev = rev + 1 WHERE id = %s", (ev_id,)
                )
    with psycopg.connect(_dsn(server_url), autocommit=True) as conn:
        with pytest.raises(errors.CheckViolation):
            conn.execute("UPDATE evaluations SET status = 'draft' WHERE id = %s", (ev_id,))
        # a client cannot fake the revision switch: it is honoured for the owner only
    with psql(centre["sue"]) as conn:
        conn.execute("SET qaclient.final_revision = 'on'")
        with pytest.raises(errors.CheckViolation):
            conn.execute(
                "UPDATE evaluations SET status = 'revised', rev = rev + 1 WHERE id = %s", (ev_id,)
            )
        with psql(centre["ivy"]) as ic, pytest.raises(errors.InsufficientPrivilege):
            ic.execute("SELECT qa_revise_final(%s, 'x')", (ev_id,))
        # the audited revision
        conn.execute("SELECT qa_revise_final(%s, %s)", (ev_id, "the agent's dispute was upheld"))
    assert server_row(server_url, ev_id)[0] == "revised"
    with psycopg.connect(_dsn(server_url)) as conn:
        ev = conn.execute(
            "SELECT created_by, new FROM audit_events WHERE entity_id = %s AND action = 'revise-final'",
            (ev_id,),
        ).fetchone()
    assert ev[0] == centre["sue"].login and "upheld" in ev[1]
    from qaclient.cli.main import main

    assert main(["audit", "verify", "--db", server_url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["broken"] == [] and out["events"] > 0


# -- the audit trail -----------------------------------------------------------------------
def test_the_audit_trail_is_append_only_for_every_role_and_chained_against_the_superuser(
    centre, make_client, server_url, capsys
):
    ivy = client(make_client, centre["ivy"])
    ev_id = scored(ivy, "call-1", "2001")
    # through the app: a modified client rewrites and "deletes" its audit rows
    with ivy.col.Session.begin() as s:
        for e in s.query(AuditEvent).filter(AuditEvent.entity_id == ev_id):
            e.new = '"100"'
            e.deleted = True
            e.rev += 1
            e.dirty = True
    r = ivy.sync()
    assert r.refused > 0 and r.pushed == 0
    with psycopg.connect(_dsn(server_url)) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM audit_events WHERE entity_id = %s AND (deleted OR new = '\"100\"')",
                (ev_id,),
            ).fetchone()[0]
            == 0
        )
    # psycopg, every role: no UPDATE, DELETE, TRUNCATE
    for person in centre.values():
        with psql(person) as conn:
            for stmt in (
                "UPDATE audit_events SET new = 'x'",
                "DELETE FROM audit_events",
                "TRUNCATE audit_events",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(stmt)
    # the owner: the trigger refuses too
    with psycopg.connect(_dsn(server_url), autocommit=True) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
            conn.execute("DELETE FROM audit_events")
        ids = [r[0] for r in conn.execute("SELECT id FROM audit_events ORDER BY chain_no")]
        # a superuser switches the trigger off and edits one event, removes another
        conn.execute("ALTER TABLE audit_events DISABLE TRIGGER USER")
        conn.execute("UPDATE audit_events SET new = '\"100\"' WHERE id = %s", (ids[2],))
        conn.execute("DELETE FROM audit_events WHERE id = %s", (ids[5],))
        conn.execute("ALTER TABLE audit_events ENABLE TRIGGER USER")
    from qaclient.cli.main import main

    assert main(["audit", "verify", "--db", server_url, "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    broken = {(b["id"], b["reason"]) for b in out["broken"]}
    assert (str(ids[2]), "content") in broken
    assert (str(ids[6]), "link") in broken
    assert out["events"] == len(ids) - 1
    # an inspector cannot run it (would see only part of the trail)
    assert main(["audit", "verify", "--db", centre["ivy"].url, "--json"]) == 2


# -- DDL and triggers ---------------------------------------------------------------------
def test_no_client_role_can_alter_drop_truncate_or_disable_triggers(centre, server_url):
    from qaclient.sync.server import synced_tables

    for person in centre.values():
        with psql(person) as conn:
            for stmt in (
                "ALTER TABLE evaluations DISABLE TRIGGER USER",
                "ALTER TABLE evaluations DISABLE ROW LEVEL SECURITY",
                "ALTER TABLE evaluations ADD COLUMN x int",
                "DROP TABLE evaluations",
                "DROP POLICY qa_select ON evaluations",
                "TRUNCATE evaluations",
                "CREATE TABLE evil (x int)",
                "ALTER ROLE qaclient_inspector BYPASSRLS",
                f"GRANT qaclient_manager TO {person.login}",
            ):
                with pytest.raises((errors.InsufficientPrivilege, errors.UndefinedObject)):
                    conn.execute(stmt)
            for t in synced_tables():
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(f"DELETE FROM {t.name}")


# -- identity -----------------------------------------------------------------------------
def test_identity_is_the_login_not_a_self_declared_name(
    centre, make_client, server_url, monkeypatch
):
    sue = client(make_client, centre["sue"])
    sue.sync()
    sue.col.library.add_call("call-1", agent="2001", team="A")
    sue.sync()
    ivy = client(make_client, centre["ivy"])
    ev_id = scored(ivy, "call-1", "2001")
    # a client started as "the supervisor" (QACLIENT_USER) with ivy's login finalises
    ivy.col.actor = centre["sue"].login
    ivy.col.evaluations.finalize(ev_id)
    r = ivy.sync()
    assert r.refused == 1 and server_row(server_url, ev_id)[0] == "submitted"
    # what the server accepts is stamped with the login, whatever the client wrote
    with psql(centre["ivy"]) as conn:
        conn.execute(
            "UPDATE evaluations SET playhead_ms = 5, updated_by = %s, rev = rev + 1 WHERE id = %s",
            (centre["sue"].login, ev_id),
        )
    assert server_row(server_url, ev_id)[3] == centre["ivy"].login

    # the trainer's "agent acknowledges" button: the trainer cannot sign for the agent
    tom = client(make_client, centre["tom"])
    tom.sync()
    sid = tom.col.coaching.create_session("2001", title="Hold etiquette")
    tom.col.coaching.record_outcome(sid, outcome_notes="went well")
    assert tom.sync().refused == 0
    from qaclient.coaching.service import CoachingError
    from qaclient.storage.types import utcnow

    with pytest.raises(CoachingError, match="own"):
        tom.col.coaching.acknowledge(sid, by="2001")
    # a modified client signs for the agent anyway
    tom.edit(CoachingSession, sid, acknowledged_by="2001", acknowledged_at=utcnow())
    r = tom.sync()
    assert r.refused == 1, r.refusals
    with psycopg.connect(_dsn(server_url)) as conn:
        assert (
            conn.execute(
                "SELECT acknowledged_by FROM coaching_sessions WHERE id = %s", (sid,)
            ).fetchone()[0]
            is None
        )
    ag1 = client(make_client, centre["ag1"])
    ag1.sync()
    ag1.col.coaching.acknowledge(sid, by=centre["ag1"].login)
    assert ag1.sync().refused == 0
    with psycopg.connect(_dsn(server_url)) as conn:
        assert (
            conn.execute(
                "SELECT acknowledged_by FROM coaching_sessions WHERE id = %s", (sid,)
            ).fetchone()[0]
            == centre["ag1"].login
        )


def test_offline_work_before_the_first_sign_in_is_attributed_or_refused(
    centre, make_client, server_url
):
    boss = client(make_client, centre["max"])  # has the rubric locally
    c = make_client("os-login", centre["ivy"].url)  # the OS user name before signing in
    c.col.rubrics.add(RUBRIC_FILE)
    ev = c.col.evaluations.create(call_id="call-9", rubric="inbound-call", agent="2001")
    assert c.get(Evaluation, ev.id).evaluator == "os-login"
    r = c.sync()
    assert r.login == centre["ivy"].login
    assert server_row(server_url, ev.id)[4] == centre["ivy"].login
    assert c.col.actor == centre["ivy"].login
    del boss
    # ivy's unsent work on this computer: ian cannot send it
    c.col.evaluations.set_answer(ev.id, "greeting", {"level": "good"})
    other = SyncEngineFor(c, centre["ian"].url)
    with pytest.raises(SyncError, match=centre["ivy"].login):
        other.sync()
    other.close()


def SyncEngineFor(c, url):
    from qaclient.sync.engine import SyncEngine

    return SyncEngine(c.col, url)


def test_rows_leave_the_store_when_the_role_changes_and_disabled_users_are_locked_out(
    centre, make_client, server_url, capsys, monkeypatch
):
    from qaclient.cli.main import main

    sue = client(make_client, centre["sue"])
    sue.sync()
    sue.col.library.add_call("call-1", agent="2001", team="A")
    sue.sync()
    ivy = client(make_client, centre["ivy"])
    ev_id = scored(ivy, "call-1", "2001")
    tom = client(make_client, centre["tom"])
    tom.sync()
    assert tom.get(Evaluation, ev_id) is not None
    # the trainer moves to team B: team A's evaluation leaves his store at the next sync
    admin = centre["adm"].url
    assert main(["db", "user", "set-role", centre["tom"].login, "--team", "B", "--db", admin]) == 0
    r = tom.sync()
    assert r.removed >= 1 and tom.get(Evaluation, ev_id) is None
    # an evaluation handed to another agent leaves agent 2001's store
    ag1 = client(make_client, centre["ag1"])
    ag1.sync()
    assert ag1.get(Evaluation, ev_id) is not None
    ivy.col.evaluations.revise(ev_id, "wrong agent")
    ivy.edit(Evaluation, ev_id, agent="2002")
    _submit(ivy, ev_id)
    assert ivy.sync().refused == 0
    ag1.sync()
    assert ag1.get(Evaluation, ev_id) is None

    # disable: locked out at once, history kept
    capsys.readouterr()
    assert main(["db", "user", "disable", centre["ag1"].login, "--db", admin]) == 0
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(_dsn(centre["ag1"].url)).close()
    with pytest.raises(SyncError) as info:
        ag1.sync()
    assert not info.value.offline and "disabled" in str(info.value)
    capsys.readouterr()
    assert main(["db", "user", "list", "--db", admin, "--json"]) == 0
    users = {u["login"]: u for u in json.loads(capsys.readouterr().out)["users"]}
    assert users[centre["ag1"].login]["active"] is False
    assert users[centre["tom"].login]["teams"] == ["B"]
    # an inspector is no administrator
    assert main(["db", "user", "disable", centre["ian"].login, "--db", centre["ivy"].url]) == 1


def test_db_user_cli_and_a_password_with_at_and_percent(pg, server_url, capsys, monkeypatch):
    """``db user add`` takes the password from the environment, never argv, prints none; a
    percent-encoded password with @ and % works for db init and sync."""
    from urllib.parse import quote

    from sqlalchemy.engine import make_url

    from qaclient.cli.main import main

    from .conftest import OWNER_WITH_PASSWORD

    secret = "s3cr@t%25 x"
    monkeypatch.setenv("QACLIENT_NEW_PASSWORD", secret)
    login = f"dora_{uuid.uuid4().hex[:6]}"
    assert main(["db", "user", "add", login, "--role", "inspector", "--db", server_url]) == 0
    out, err = capsys.readouterr()
    assert login in out and secret not in out + err
    url = make_url(server_url).set(username=login, password=secret)
    rendered = url.render_as_string(hide_password=False)
    assert quote("@") in rendered or "%40" in rendered
    assert main(["sync", "--db", rendered, "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["login"] == login and secret not in out + err
    # a wrong password: a clear error without the password
    bad = make_url(server_url).set(username=login, password="n0pe%x@y")
    assert main(["sync", "--db", bad.render_as_string(hide_password=False)]) != 0
    out, err = capsys.readouterr()
    assert "n0pe" not in out + err

    # db init by a non-superuser owner whose password holds @ and %
    name = f"qaclient_pwinit_{uuid.uuid4().hex[:6]}"
    with pg.admin() as conn:
        conn.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{OWNER_WITH_PASSWORD}') THEN CREATE ROLE {OWNER_WITH_PASSWORD} LOGIN CREATEROLE; "
            "END IF; END $$"
        )
        conn.execute(f"ALTER ROLE {OWNER_WITH_PASSWORD} PASSWORD 'own@r%pw'")
        conn.execute(f'CREATE DATABASE "{name}" OWNER {OWNER_WITH_PASSWORD}')
    try:
        owner_url = (
            make_url(pg.url(name))
            .set(username=OWNER_WITH_PASSWORD, password="own@r%pw")
            .render_as_string(hide_password=False)
        )
        assert main(["db", "init", "--db", owner_url, "--json"]) == 0
        out, err = capsys.readouterr()
        assert "own@r" not in out + err and "evaluations" in json.loads(out)["tables"]
    finally:
        pg.drop_db(name)


def test_listening_log_is_recorded_synced_append_only_and_shown_to_supervisors(
    centre, make_client, server_url, capsys, monkeypatch
):
    sue = client(make_client, centre["sue"])
    sue.sync()
    sue.col.library.add_call("call-1", agent="2001", team="A")
    sue.col.library.assign(["call-1"], [centre["ivy"].login])
    sue.sync()
    ivy = client(make_client, centre["ivy"])
    ivy.sync()
    ivy.col.listening.record("call-1", "play", position_ms=0, duration_ms=42_000)
    ivy.col.listening.record("call-1", "seek", position_ms=90_000)
    ivy.col.listening.record("call-1", "export", detail="clip.wav")
    assert ivy.sync().refused == 0
    sue.sync()
    got = sue.col.listening.for_call("call-1")
    assert [(e.listener, e.action.value) for e in got] == [
        (centre["ivy"].login, "play"),
        (centre["ivy"].login, "seek"),
        (centre["ivy"].login, "export"),
    ]
    ian = client(make_client, centre["ian"])
    ian.sync()
    assert ian.col.listening.for_call("call-1") == []
    with psql(centre["ivy"]) as conn:
        for stmt in ("UPDATE listening_events SET duration_ms = 0", "DELETE FROM listening_events"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(stmt)
    with psql(centre["ian"]) as conn:  # nobody records in another's name: the server stamps
        conn.execute(
            "INSERT INTO listening_events (id, call_id, listener, action, at, position_ms, "
            "duration_ms, detail, rev, base_rev, dirty, deleted, created_at, created_by, "
            "updated_at, updated_by) VALUES (gen_random_uuid(), 'call-1', %s, 'play', now(), "
            "0, 0, '', 1, 0, false, false, now(), 'x', now(), 'x')",
            (centre["ivy"].login,),
        )
        assert {r[0] for r in conn.execute("SELECT listener FROM listening_events")} == {
            centre["ian"].login
        }


def test_db_init_upgrades_in_place_and_chains_the_events_written_before(
    make_client, server_url, capsys
):
    """A server from before the chain: its audit events get chained by the next db init."""
    from qaclient.cli.main import main

    owner = make_client("owner")  # the owner's maintenance sync (no role): writes as is
    owner.col.rubrics.add(RUBRIC_FILE)
    owner.sync()
    with psycopg.connect(_dsn(server_url), autocommit=True) as conn:
        n = conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
        assert n > 0
        conn.execute("ALTER TABLE audit_events DISABLE TRIGGER USER")
        conn.execute(
            "UPDATE audit_events SET chain_no = NULL, chain_prev = NULL, chain_hash = NULL"
        )
        conn.execute("ALTER TABLE audit_events ENABLE TRIGGER USER")
    assert main(["audit", "verify", "--db", server_url, "--json"]) == 1
    assert {b["reason"] for b in json.loads(capsys.readouterr().out)["broken"]} == {"unchained"}
    assert main(["db", "init", "--db", server_url, "--json"]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--db", server_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"events": n, "broken": []}


def test_comments_written_on_a_draft_reach_the_agent_when_it_is_submitted(
    centre, make_client, server_url
):
    """The comments were synced while the draft was invisible to the agent; submitting it
    brings them along (scope log), not only the evaluation row."""
    from qaclient.storage.models import EvaluationComment

    ivy, ag1 = client(make_client, centre["ivy"]), client(make_client, centre["ag1"])
    ev_id = scored(ivy, "call-5", "2001", submit=False, comment="clear and warm")
    ag1.sync()
    assert ag1.get(Evaluation, ev_id) is None
    _submit(ivy, ev_id)
    assert ivy.sync().refused == 0
    ag1.sync()
    assert ag1.get(Evaluation, ev_id).status == "submitted"
    with ag1.col.Session() as s:
        texts = [c.text for c in s.query(EvaluationComment).filter_by(evaluation_id=ev_id)]
    assert texts == ["clear and warm"]
