"""The same reports on PostgreSQL (the shared server) as on the local SQLite store.

Starts a throwaway cluster from the system binaries (or uses QACLIENT_TEST_DATABASE_URL),
loads the fixed data set into both, and compares every report: the dialect-specific parts
(local days ``AT TIME ZONE``, month buckets, handling-time seconds, the cache) must agree.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from qaclient.collection import Collection
from qaclient.sync.localserver import LocalCluster, ServerUnavailable

pytestmark = pytest.mark.postgres

_spec = importlib.util.spec_from_file_location("pg_dataset", Path(__file__).with_name("dataset.py"))
dataset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dataset)


@pytest.fixture(scope="module")
def pg_url():
    external = os.environ.get("QACLIENT_TEST_DATABASE_URL")
    cluster = None
    if external:
        admin = external
    else:
        try:
            cluster = LocalCluster(ssl=True)  # the app requires TLS (qaclient.sync.tls)
        except ServerUnavailable as exc:
            pytest.fail(f"the PostgreSQL report tests need a real server: {exc}", pytrace=False)
        admin = cluster.url("postgres")
    dsn = make_url(admin).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"qaclient_reports_{os.getpid()}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield (
        make_url(admin)
        .set(drivername="postgresql+psycopg", database=name)
        .render_as_string(hide_password=False)
    )
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    if cluster is not None:
        cluster.destroy()


def _strip(obj):
    """Report JSON without per-store ids."""
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in ("id", "evaluation")}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def test_reports_agree_between_sqlite_and_postgres(col, pg_url):
    dataset.build(col)
    with Collection.open(pg_url, actor="tester") as pgcol:
        dataset.build(pgcol)
        for month, tz in (("2026-10", None), ("2026-10", "Asia/Shanghai"), ("2026-11", None)):
            a = col.reports.kpi(month, tz=tz).to_json()
            b = pgcol.reports.kpi(month, tz=tz).to_json()
            assert a == b, (month, tz)
            assert b == pgcol.reports.kpi(month, tz=tz).to_json()  # from the cache
        assert _strip(col.reports.scorecard("2026-10").to_json()) == _strip(
            pgcol.reports.scorecard("2026-10").to_json()
        )
        assert (
            col.reports.inspectors("2026-10").to_json()
            == pgcol.reports.inspectors("2026-10").to_json()
        )
        assert (
            col.reports.kpi("2026-10", team="red").to_json()
            == pgcol.reports.kpi("2026-10", team="red").to_json()
        )
        pa = pgcol.coaching.profile("alice", until="2026-10")
        sa = col.coaching.profile("alice", until="2026-10")
        assert [m.__dict__ for m in pa.months] == [m.__dict__ for m in sa.months]
        assert [w.to_json() for w in pa.weakest] == [w.to_json() for w in sa.weakest]
        sid = pgcol.coaching.create_session("alice", focus_items=["c1"])
        pgcol.coaching.add_clip(sid, comment_id=pgcol.coaching.moments("alice")[0].comment_id)
        assert len(pgcol.coaching.get_session(sid).clips) == 1
