"""The report sums a bulk pull adds up as it writes (``reports/tally.py``) are exactly the
sums migration 0005's fill makes from the score rows."""

from __future__ import annotations

from qaclient.reports import sums
from qaclient.reports.tally import Tally


def _pages(col, size: int) -> list[list[tuple]]:
    """Every evaluation of the store with its score rows, in the form a pull hands them to
    the tally, cut into pages of *size*."""
    with col.engine.connect() as conn:
        evs = conn.exec_driver_sql(
            "SELECT id, status, deleted, scored_at, rubric_version_id, agent FROM evaluations"
            " ORDER BY id"
        ).all()
        items: dict[str, list[tuple]] = {}
        for eid, *row in conn.exec_driver_sql(
            "SELECT evaluation_id, item_id, section_id, score, max, na, category, errors"
            " FROM evaluation_item_scores"
        ):
            items.setdefault(eid, []).append(tuple(row))
        sections: dict[str, list[tuple]] = {}
        for eid, *row in conn.exec_driver_sql(
            "SELECT evaluation_id, section_id, score, max, na FROM evaluation_section_scores"
        ):
            sections.setdefault(eid, []).append(tuple(row))
    out = [
        (
            status,
            deleted,
            scored_at,
            rv,
            agent,
            tuple(items.get(eid, ())),
            tuple(sections.get(eid, ())),
        )
        for eid, status, deleted, scored_at, rv, agent in evs
    ]
    return [out[i : i + size] for i in range(0, len(out), size)]


def _as_stored(rows: tuple[list, list, list]) -> dict:
    items, sections, errors = rows
    return {
        "items": {tuple(r[:5]): list(r[5:]) for r in items},
        "sections": {tuple(r[:3]): list(r[3:]) for r in sections},
        "errors": {tuple(r[:2]): list(r[2:]) for r in errors},
    }


def test_the_tally_equals_the_sums_made_from_the_rows(col, data):
    for size in (1, 7, 10_000):  # page by page or all at once: the same sums
        tally = Tally()
        pages = _pages(col, size)
        for page in pages:
            tally.add(page)
        assert tally.valid
        assert tally.evaluations == sum(len(p) for p in pages)
        with col.Session() as s:
            want = sums.recomputed(s)
        got = _as_stored(tally.rows())
        assert want["items"] and want["sections"] and want["errors"]
        assert got == want, size


def test_written_sums_are_what_the_reports_read(col, data):
    """sums.rebuild with the tally's rows leaves the store as the fill would."""
    tally = Tally()
    for page in _pages(col, 50):
        tally.add(page)
    with col.Session() as s:
        want = sums.stored(s)
    with col.engine.begin() as conn:
        sums.rebuild(conn, tally.rows())
    with col.Session() as s:
        assert sums.stored(s) == want
        assert sums.maintained(s, "sqlite")  # the triggers are back


def test_a_time_in_another_form_is_not_guessed():
    tally = Tally()
    tally.add([("submitted", 0, "2026-10-01T08:30:00+08:00", "v", "a", (), ())])
    assert not tally.valid  # the caller makes the sums from the rows instead
    ignored = Tally()
    ignored.add([("draft", 0, "2026-10-01T08:30:00+08:00", "v", "a", (), ())])
    assert ignored.valid and ignored.rows() == ([], [], [])  # not reportable: not counted
