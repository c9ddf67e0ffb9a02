"""A new client's first pull in bulk (report sums made once at the end), the incremental
pull page by page (sums kept set-wise, or by the triggers for small pages) and the
rescoring that verifies every pulled evaluation: all give the same store, a forged total
is caught, and a killed bulk pull leaves a consistent store that the next sync finishes."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import insert

from qaclient.reports import sums
from qaclient.reports.kpi import build_kpi
from qaclient.reports.period import Month
from qaclient.rubrics.loader import canonical_json, dump_document, load_file
from qaclient.rubrics.model import ItemKind
from qaclient.storage import indexes
from qaclient.storage.models import Evaluation, EvaluationComment, RubricVersion
from qaclient.sync import engine as engine_mod

from .conftest import RUBRIC_FILE, _dsn, server_snapshot
from .test_crashes import _run_child

DEDUCTIONS = RUBRIC_FILE.with_name("insurance-hotline-deductions.yaml")
DERIVED_COLS = "total, max_score, percent, grade, auto_fail, auto_fail_item"


def _add_version(client, path: Path) -> tuple[uuid.UUID, object]:
    rubric = load_file(path)
    content = canonical_json(dump_document(rubric))
    rv_id = uuid.uuid4()
    with client.col.Session.begin() as s:
        s.add(
            RubricVersion(
                id=rv_id,
                rubric_id=rubric.id,
                version=1,
                status="active",
                title=rubric.id,
                content=content,
                content_hash=hashlib.sha256(content.encode()).hexdigest(),
                created_by=client.name,
                updated_by=client.name,
            )
        )
    return rv_id, rubric


def _answers(rubric, rng: random.Random) -> str:
    out: dict[str, dict] = {}
    for item in rubric.items:
        if rng.random() < 0.1:
            continue  # not answered yet
        if item.na_allowed and rng.random() < 0.1:
            out[item.id] = {"na": True}
        elif item.kind is ItemKind.LEVELS:
            out[item.id] = {"level": rng.choice(item.levels).name}
        elif item.kind is ItemKind.YESNO:
            out[item.id] = {"yes": rng.random() < 0.7}
        elif item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
            most = item.max_count if item.max_count is not None else 3
            out[item.id] = {"count": rng.randint(0, min(most, 3))}
    return json.dumps(out, sort_keys=True)


def _centre(client, n: int, seed: int = 1) -> list[uuid.UUID]:
    """*n* evaluations on two rubrics (one with KPI error categories), various statuses
    and hours of October 2026, two comments each; scored as the service scores them."""
    rng = random.Random(seed)
    versions = [_add_version(client, RUBRIC_FILE), _add_version(client, DEDUCTIONS)]
    start = datetime(2026, 10, 1, tzinfo=UTC)
    rows = []
    for i in range(n):
        rv_id, rubric = versions[i % 2]
        status = rng.choice(["draft", "submitted", "submitted", "final", "revised", "disputed"])
        when = start + timedelta(minutes=rng.randrange(30 * 24 * 60))
        rows.append(
            dict(
                id=uuid.uuid4(),
                call_id=f"call-{seed}-{i}",
                agent=f"agent-{i % 7}",
                evaluator=client.name,
                rubric_version_id=rv_id,
                answers=_answers(rubric, rng),
                status=status,
                scored_at=None if status == "draft" and i % 3 else when,
                created_by=client.name,
                updated_by=client.name,
            )
        )
    with client.col.Session.begin() as s:
        s.execute(insert(Evaluation), rows)
        s.execute(
            insert(EvaluationComment),
            [
                dict(evaluation_id=r["id"], text=f"note {k}", author=client.name, position_ms=k)
                for r in rows
                for k in range(2)
            ],
        )
    ids = [r["id"] for r in rows]
    with client.col.engine.begin() as conn:
        client.engine.rescorer.rescore(conn, ids)
    return ids


def _edit_on(client, ids: list[uuid.UUID], seed: int) -> None:
    """Changes made on another machine: answers, statuses, hours, agents, deletions."""
    rng = random.Random(seed)
    with client.col.engine.begin() as conn:
        for k, eid in enumerate(ids):
            version, answers, status = conn.exec_driver_sql(
                "SELECT rubric_version_id, answers, status FROM evaluations WHERE id = ?",
                (eid.hex,),
            ).one()
            if status == "final":
                continue  # final is final on the server too (a revision is audited apart)
            sets: dict[str, object] = {}
            if k % 4 == 0:
                rubric = client.engine.rescorer.rubric(conn, version)
                sets["answers"] = _answers(rubric, rng)
            if k % 4 == 1 and status == "draft":
                sets["status"] = "submitted"
                sets["scored_at"] = "2026-10-20 09:15:00.000000"
            if k % 4 == 2:
                sets["scored_at"] = f"2026-10-{rng.randint(1, 30):02d} 13:{k % 60:02d}:00.000000"
                sets["agent"] = "agent-moved"
            if k % 9 == 3:
                sets["deleted"] = 1
            if not sets:
                continue
            cols = ", ".join(f"{c} = ?" for c in sets)
            conn.exec_driver_sql(
                f"UPDATE evaluations SET {cols}, rev = rev + 1, dirty = 1 WHERE id = ?",
                (*sets.values(), eid.hex),
            )
        client.engine.rescorer.rescore(conn, ids)


def _derived(client) -> dict:
    """The derived scores: evaluation columns, item and section rows."""
    with client.col.engine.connect() as conn:
        return {
            "evaluations": set(conn.exec_driver_sql(f"SELECT id, {DERIVED_COLS} FROM evaluations")),
            "items": set(conn.exec_driver_sql("SELECT * FROM evaluation_item_scores")),
            "sections": set(conn.exec_driver_sql("SELECT * FROM evaluation_section_scores")),
        }


def _sums_right(client) -> dict:
    with client.col.Session() as s:
        stored = sums.stored(s)
        assert stored == sums.recomputed(s)
        assert sums.maintained(s, "sqlite")
    for tz in (None, "Asia/Kolkata"):
        a = build_kpi(client.col, Month.parse("2026-10"), tz=tz, use_cache=False, use_sums=True)
        b = build_kpi(client.col, Month.parse("2026-10"), tz=tz, use_cache=False, use_sums=False)
        assert a.to_json() == b.to_json()
    return stored


def _record_counted(monkeypatch) -> list:
    """What each bulk pull's ``_counted`` gives: the tallied sums, or None (made from rows)."""
    counted: list = []
    orig = engine_mod.SyncEngine._counted
    monkeypatch.setattr(
        engine_mod.SyncEngine,
        "_counted",
        lambda self, lc: counted.append(orig(self, lc)) or counted[-1],
    )
    return counted


def _pull_modes(monkeypatch, client, mode: str) -> None:
    """bulk: sums made once at the end; delta: kept set-wise per page; rows: per-row triggers."""
    monkeypatch.setattr(engine_mod, "BULK_EVALUATIONS", 1 if mode == "bulk" else 10**9)
    monkeypatch.setattr(engine_mod, "DELTA_EVALUATIONS", 1 if mode == "delta" else 10**9)
    # pages score their evaluations ahead on a worker thread, except in "rows"
    monkeypatch.setattr(engine_mod, "WARM_EVALUATIONS", 10**9 if mode == "rows" else 1)
    client.engine.page_size = 37  # many pages, parents and children split across them


def test_bulk_first_pull_equals_incremental_pulls(make_client, server_url, monkeypatch):
    a = make_client("alice")
    ids = _centre(a, 120)
    a.sync()
    clients = {mode: make_client(mode) for mode in ("bulk", "delta", "rows")}
    counted = _record_counted(monkeypatch)
    for mode, c in clients.items():
        _pull_modes(monkeypatch, c, mode)
        r = c.sync()
        assert r.score_mismatches == 0 and r.conflicts == 0, (mode, r)
    # the bulk pull into an empty store wrote the sums it added up (reports.tally)
    assert len(counted) == 1 and counted[0] is not None and counted[0][0]
    reference = _derived(a)
    assert reference["items"] and reference["sections"]
    for mode, c in clients.items():
        assert c.snapshot() == a.snapshot() == server_snapshot(server_url), mode
        assert _derived(c) == reference, mode
        assert _sums_right(c) == _sums_right(a), mode
        with c.col.engine.connect() as conn:  # the library's counts follow the evaluations
            assert conn.exec_driver_sql("SELECT count(*) FROM calls").scalar() == 0
    # everything changes elsewhere; each client pulls the changes in its own way
    _edit_on(a, ids, seed=2)
    a.sync()
    for mode, c in clients.items():
        _pull_modes(monkeypatch, c, "rows" if mode == "bulk" else mode)
        r = c.sync()
        assert r.score_mismatches == 0, (mode, r)
    reference = _derived(a)
    for mode, c in clients.items():
        assert c.snapshot() == a.snapshot(), mode
        assert _derived(c) == reference, mode
        assert _sums_right(c) == _sums_right(a), mode


def test_a_forged_total_is_caught_and_not_kept(make_client, server_url, monkeypatch):
    a, early = make_client("alice"), make_client("early")
    ids = _centre(a, 60)
    a.sync()
    early.sync()  # has every evaluation already, verified
    forged, broken = ids[:3], ids[3]
    with psycopg.connect(_dsn(server_url)) as conn:  # a hostile client's writes
        conn.execute(
            "UPDATE evaluations SET total = coalesce(total, 0) + 150000, grade = 'A', rev = rev + 1"
            " WHERE id = ANY(%s)",
            (forged[:2],),
        )
        conn.execute(  # the grade alone
            "UPDATE evaluations SET grade = 'forged', rev = rev + 1 WHERE id = %s", (forged[2],)
        )
        conn.execute(  # answers that fit no rubric, with a claimed total
            'UPDATE evaluations SET answers = \'{"nope": {"level": "x"}}\', total = 990000,'
            " rev = rev + 1 WHERE id = %s",
            (broken,),
        )
    for client, mode in (
        (make_client("fresh"), "bulk"),
        (early, "delta"),
        (make_client("x"), "rows"),
    ):
        _pull_modes(monkeypatch, client, mode)
        r = client.sync()
        caught = {*forged, broken}
        assert r.score_mismatches == len(caught), (mode, r)
        assert set(r.mismatched) == {i.hex for i in caught}
        with client.col.engine.connect() as conn:
            got = {
                row[0]: row[1:]
                for row in conn.exec_driver_sql(f"SELECT id, {DERIVED_COLS} FROM evaluations")
            }
            assert got[broken.hex][0] is None  # unverifiable: no total shown
        want = {row[0]: row[1:] for row in _derived(a)["evaluations"]}
        for eid in forged:
            assert got[eid.hex] == want[eid.hex], mode  # the true score, not the forged one
        _sums_right(client)


def test_a_killed_bulk_pull_leaves_a_consistent_store_and_resumes(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    _centre(a, 300)
    a.sync()
    rc = _run_child("pull-bulk-mid-page", b, server_url)
    assert rc == -9
    con = sqlite3.connect(b.path)
    got, cursor = con.execute(
        "SELECT (SELECT count(*) FROM evaluations), (SELECT max(cursor) FROM sync_state)"
    ).fetchone()
    con.close()
    assert 0 < got < 300 and cursor > 0  # stopped in the middle, the committed pages kept
    with b.col.Session() as s:
        assert sums.suspended(s.connection())  # the sums are left to make ...
        assert not sums.maintained(s, "sqlite")
        assert indexes.pending(s.connection())  # ... and the secondary indexes to build
        assert "ix_evaluations_agent_scored" not in _index_names(s.connection())
    # ... so reports sum the rows meanwhile: right, only slower
    month = Month.parse("2026-10")
    assert (
        build_kpi(b.col, month, use_cache=False).to_json()
        == build_kpi(b.col, month, use_cache=False, use_sums=False).to_json()
    )
    r = b.sync()  # resumes: pulls the rest, makes the sums, the triggers are back
    assert r.conflicts == 0
    assert b.snapshot() == a.snapshot() == server_snapshot(server_url)
    assert _derived(b) == _derived(a)
    with b.col.Session() as s:
        assert not sums.suspended(s.connection())
        assert not indexes.pending(s.connection())
        assert _index_names(s.connection()) == _index_names_of(a)
    _sums_right(b)


def _index_names(conn) -> set[str]:
    return {
        name
        for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }


def _index_names_of(client) -> set[str]:
    with client.col.engine.connect() as conn:
        return _index_names(conn)


def _score_one_here(client) -> None:
    with client.col.engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT id FROM rubric_versions LIMIT 1").scalar_one()
        rubric = client.engine.rescorer.rubric(conn, version)
    eid = uuid.uuid4()
    with client.col.Session.begin() as s:
        s.execute(
            insert(Evaluation),
            [
                dict(
                    id=eid,
                    call_id="call-here",
                    agent="agent-here",
                    evaluator=client.name,
                    rubric_version_id=uuid.UUID(hex=version),
                    answers=_answers(rubric, random.Random(3)),
                    status="submitted",
                    scored_at=datetime(2026, 10, 9, 10, 30, tzinfo=UTC),
                    created_by=client.name,
                    updated_by=client.name,
                )
            ],
        )
    with client.col.engine.begin() as conn:
        client.engine.rescorer.rescore(conn, [eid])


def test_an_evaluation_scored_here_during_a_first_pull_is_in_the_sums(
    make_client, server_url, monkeypatch
):
    """The tally of a first pull counts only what the pull wrote: an evaluation scored on
    this machine between two of its commits makes the sums come from the rows."""
    a, b = make_client("alice"), make_client("bob")
    _centre(a, 150)
    a.sync()
    _pull_modes(monkeypatch, b, "bulk")
    monkeypatch.setattr(engine_mod, "BULK_COMMIT_ROWS", 1)  # a commit after every page
    pages = []
    orig_apply = engine_mod.SyncEngine._apply_page

    def apply_page(self, lc, *args):
        orig_apply(self, lc, *args)
        pages.append(1)
        if len(pages) == 2:  # the inspector scores a call meanwhile (its own connection)
            _score_one_here(b)

    monkeypatch.setattr(engine_mod.SyncEngine, "_apply_page", apply_page)
    counted = _record_counted(monkeypatch)
    b.sync()
    assert len(pages) > 2 and counted == [None]  # not the tally: the rows
    with b.col.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM evaluations").scalar() == 151
    _sums_right(b)


@pytest.mark.parametrize("bulk", [True, False])
def test_a_store_holding_more_than_the_pull_keeps_its_sums_page_by_page(
    make_client, monkeypatch, bulk
):
    """The bulk mode is for pulls at least as big as the store: a small pull into a big
    store never rebuilds the whole store's sums."""
    a, b = make_client("alice"), make_client("bob")
    _centre(b, 30, seed=5)  # b holds unsent work of its own
    _centre(a, 20 if not bulk else 40, seed=6)
    a.sync()
    monkeypatch.setattr(engine_mod, "BULK_EVALUATIONS", 1)
    rebuilt = []
    orig = sums.rebuild
    monkeypatch.setattr(sums, "rebuild", lambda conn, *a: (rebuilt.append(1), orig(conn, *a)))
    b.sync()
    assert bool(rebuilt) is bulk
    _sums_right(b)


def test_the_cli_says_when_a_pulled_score_was_forged(make_client, server_url, capsys):
    from qaclient.cli.main import main

    a = make_client("alice")
    ids = _centre(a, 6)
    a.sync()

    def forge(eid: uuid.UUID) -> None:
        with psycopg.connect(_dsn(server_url)) as conn:
            conn.execute(
                "UPDATE evaluations SET total = 990000, rev = rev + 1 WHERE id = %s", (eid,)
            )

    forge(ids[0])
    assert main(["sync", "--db", server_url]) == 0
    out = capsys.readouterr().out
    assert "1 pulled evaluation carries a score that does not match its answers" in out
    forge(ids[1])
    assert main(["sync", "--db", server_url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["score_mismatches"], data["mismatched"]) == (1, [ids[1].hex])
