"""The library on a real PostgreSQL server (a throwaway cluster from the system binaries):
migration 0002, import, search with every filter kind, the scored hook, sampling,
assignment and coverage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from qaclient.collection import Collection
from qaclient.recordings.library import CallFilter
from qaclient.storage.db import transaction
from qaclient.storage.models import Evaluation, RubricVersion

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url():
    import os

    external = os.environ.get("QACLIENT_TEST_DATABASE_URL")
    if external:
        yield external
        return
    from qaclient.sync.localserver import LocalCluster, ServerUnavailable

    try:
        cluster = LocalCluster(ssl=True)  # the app requires TLS (qaclient.sync.tls)
    except ServerUnavailable as exc:
        pytest.fail(f"the PostgreSQL library test needs a real server: {exc}", pytrace=False)
    try:
        yield cluster.url("postgres")
    finally:
        cluster.destroy()


def test_library_on_postgres(pg_url: str, recordings: Path) -> None:
    from library_helpers import PATTERN

    col = Collection.open(pg_url, actor="ann")
    try:
        lib = col.library
        report = lib.import_folder(recordings, mapping={"filename_patterns": [PATTERN]})
        assert report.imported == 4
        assert (
            lib.import_folder(recordings, mapping={"filename_patterns": [PATTERN]}).unchanged == 4
        )
        t0 = datetime(2026, 11, 2, 8, tzinfo=UTC)
        for i in range(6):
            lib.add_call(
                f"pg-{i}",
                agent="2001",
                queue="billing",
                start=t0 + timedelta(hours=i),
                duration=60 + i,
                complaint=i == 3,
                notes="Angry caller" if i == 2 else "",
                direction="inbound",
            )
        assert lib.count() == 10
        assert (
            lib.count(
                CallFilter(agent="2001", date_from=date(2026, 11, 2), date_to=date(2026, 11, 2))
            )
            == 6
        )
        assert lib.count(CallFilter(queue="billing", scored=False)) == 6
        assert lib.count(CallFilter(complaint=True)) == 1
        assert lib.count(CallFilter(text="angry")) == 1
        assert lib.count(CallFilter(min_duration=62, max_duration=64)) == 3
        page = lib.search(CallFilter(agent="2001"), offset=2, limit=2)
        assert [r.call_id for r in page.rows] == ["pg-3", "pg-2"] and page.total == 6
        assert page.rows[0].start == t0 + timedelta(hours=3)
        with transaction(col.Session) as s:
            rv = RubricVersion(
                rubric_id="t", version=1, status="formal", title="t", content="{}", content_hash="x"
            )
            s.add(rv)
            s.flush()
            s.add(
                Evaluation(
                    call_id="pg-1",
                    agent="2001",
                    evaluator="ann",
                    rubric_version_id=rv.id,
                    status="submitted",  # coverage counts submitted evaluations, as the KPI
                )
            )
        assert lib.get("pg-1").scored
        assert [r.call_id for r in lib.search(CallFilter(scored_by="ann")).rows] == ["pg-1"]
        sample = lib.sample(
            {"period": {"from": "2026-11-02", "to": "2026-11-06"}, "calls_per_agent": 2}, seed=3
        )
        assert (
            lib.sample(
                {"period": {"from": "2026-11-02", "to": "2026-11-06"}, "calls_per_agent": 2}, seed=3
            ).call_ids
            == sample.call_ids
        )
        assert "pg-1" not in sample.call_ids
        batch = lib.assign(sample, ["ann", "bob"])
        assert sum(len(load.call_ids) for load in batch.loads) == len(sample.items)
        assert len(lib.assignments("ann")) == len(batch.loads[0].call_ids)
        cov = lib.coverage(date(2026, 11, 1), date(2026, 11, 30))
        assert "2001" not in cov.uncovered and "1001" in cov.uncovered
    finally:
        col.close()
