"""The call list fetches lazily: a large library is never loaded whole."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from qaclient.collection import Collection
from qaclient.storage import db
from qaclient.storage.models.recordings import Call


def _bulk_calls(col, n: int) -> None:
    """Insert *n* calls straight into the table (the library's import would take minutes)."""
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        {
            "call_id": f"BULK-{i:07d}",
            "agent": f"{1000 + i % 50}",
            "queue": ("billing", "roaming", "complaints")[i % 3],
            "direction": "inbound",
            "start_at": t0 + timedelta(seconds=37 * i),
            "duration_ms": 60_000 + i % 5000,
            "complaint": i % 97 == 0,
            "created_by": "bench",
            "updated_by": "bench",
        }
        for i in range(n)
    ]
    with col.engine.begin() as conn:
        conn.execute(insert(Call), rows)


@pytest.fixture(scope="module")
def big_store(migrated_template, tmp_path_factory):
    """A store with 100,000 calls, built once per module and copied for each test."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    shutil.copyfile(migrated_template, path)
    col = Collection.open(db.sqlite_url(path), actor="tester")
    _bulk_calls(col, 100_000)
    col.close()
    return path


@pytest.fixture
def big_library(big_store, qaclient_home):
    target = qaclient_home / "qaclient.sqlite3"
    shutil.copyfile(big_store, target)
    col = Collection.open(db.sqlite_url(target), actor="tester")
    yield col
    col.close()


def test_model_fetches_page_by_page(qtbot, big_library):
    from ui.library.model import CallListModel

    model = CallListModel(big_library)
    model.set_filter(None)
    assert model.rowCount() == CallListModel.PAGE  # only the first page
    assert model.canFetchMore()  # before the count arrives too
    assert model.wait_for_count() == 100_000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * CallListModel.PAGE
    # newest first, no duplicates across pages
    ids = [model.call_at(r).call_id for r in range(model.rowCount())]
    assert ids[0] == "BULK-0099999" and len(set(ids)) == len(ids)
    assert model.index(0, 0).data() == "BULK-0099999"


def test_view_scrolling_to_the_end_fetches_more(qtbot, big_library):
    from ui.library.panel import LibraryPanel

    panel = LibraryPanel(big_library)
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    panel.setCurrentIndex(1)
    panel.refresh()
    qtbot.waitExposed(panel)
    model = panel.model
    model.wait_for_count()
    before = model.rowCount()
    assert before < 1000
    bar = panel.table.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.maximum())
        qtbot.wait(20)
    assert model.rowCount() > before
    assert model.rowCount() < model.total  # never everything
    assert "100,000" in panel.count.text()


def test_filters_narrow_the_list(qtbot, big_library):
    from ui.library.panel import LibraryPanel

    panel = LibraryPanel(big_library)
    qtbot.addWidget(panel)
    panel.refresh()
    # the agent / queue choices arrive from the thread pool
    qtbot.waitUntil(lambda: panel.filters.agent.count() == 51, timeout=5000)
    assert [panel.filters.queue.itemData(i) for i in range(panel.filters.queue.count())] == [
        None,
        "billing",
        "complaints",
        "roaming",
    ]
    panel.filters.complaint.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.total == len(range(0, 100_000, 97)), timeout=5000)
    assert all(panel.model.call_at(r).complaint for r in range(panel.model.rowCount()))
    panel.filters.complaint.setChecked(False)
    panel.filters.text.setText("BULK-000012")
    qtbot.waitUntil(lambda: panel.model.total == 10, timeout=5000)
