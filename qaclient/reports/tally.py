"""The hourly report sums of evaluations added up as a bulk pull writes them.

A new client's first pull writes every evaluation of its scope with its item and section
score rows (``sync/rescore.py`` has just computed them) with the sum triggers suspended
(``reports/sums.py``).  Making the hourly sums from the rows afterwards means sorting every
item score row by hour, version and item - most of the time of a first pull's end.  The
pull has each page's scores in memory anyway: :class:`Tally` adds them up per page with
numpy, and :meth:`Tally.rows` gives the rows of ``report_item_sums`` /
``report_section_sums`` / ``report_error_sums`` exactly as migration 0005's fill makes
them from the score rows (``tests/reports/test_tally.py``; the pull bench checks the
result against a recomputation too).

Only for evaluations the tally saw written: the caller uses it when every evaluation in
the store is one of those (a pull into a store that held none, nothing edited meanwhile)
and makes the sums from the rows otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from qaclient.reports.common import REPORTABLE

_REPORTABLE = frozenset(REPORTABLE)
#: the local raw form of a time: SQLite's strftime('%Y-%m-%d %H:00:00.000000', t) of it is
#: its first 13 characters and ':00:00.000000'
_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?\Z")


def _codes(index: dict, keys: Iterable) -> np.ndarray:
    """The code of each key in *index* (a new key gets the next one)."""
    out = []
    for k in keys:
        code = index.get(k)
        if code is None:
            code = index[k] = len(index)
        out.append(code)
    return np.fromiter(out, dtype=np.int64, count=len(out))


@dataclass
class _Block:
    """The sums of one rubric version's items (or sections): ``data[hour, key, sum]``,
    sums in the order of ``SUMS`` (rows, n, score, max, na, lost)."""

    keys: dict[tuple, int] = field(default_factory=dict)
    hours: dict[str, int] = field(default_factory=dict)
    data: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 6), dtype=np.int64))

    def add(self, hour_rows: np.ndarray, key_rows: np.ndarray, values: np.ndarray) -> None:
        h, k = len(self.hours), len(self.keys)
        if h > self.data.shape[0] or k > self.data.shape[1]:
            grown = np.zeros(
                (max(h, 2 * self.data.shape[0]), max(k, self.data.shape[1]), 6), dtype=np.int64
            )
            grown[: self.data.shape[0], : self.data.shape[1]] = self.data
            self.data = grown
        np.add.at(self.data, (hour_rows, key_rows), values)

    def rows(self, version: str) -> Iterable[tuple]:
        keys = list(self.keys)
        hours = list(self.hours)
        hs, ks = np.nonzero(self.data[: len(hours), : len(keys), 0])  # rows != 0
        for hi, ki in zip(hs.tolist(), ks.tolist(), strict=True):
            yield (hours[hi], version, *keys[ki], *self.data[hi, ki].tolist())


def _values(score: np.ndarray, mx: np.ndarray, na: np.ndarray) -> np.ndarray:
    """Per score row: (rows, n, score, max, na, lost) as 0005's ``_values`` counts them."""
    answered = (na == 0).astype(np.int64)
    return np.stack(
        [
            np.ones_like(score),
            answered,
            score * answered,
            mx * answered,
            (na == 1).astype(np.int64),
            answered * (score < mx),
        ],
        axis=1,
    )


class Tally:
    """See the module doc.  :meth:`add` a page, :meth:`rows` at the end; ``valid`` False
    once something could not be counted exactly (the caller then sums the rows)."""

    def __init__(self) -> None:
        self.valid = True
        self.evaluations = 0  # evaluations written (reportable or not)
        self._items: dict[str, _Block] = {}
        self._sections: dict[str, _Block] = {}
        self._errors: dict[tuple[str, str], list[int]] = {}

    def add(self, evaluations: Sequence[tuple]) -> None:
        """A page's evaluations as written: ``(status, deleted, scored_at, rubric version,
        agent, item rows, section rows)``, the rows as ``sync.rescore.Scored`` holds them
        (``()`` for an evaluation that could not be scored: it has no score rows)."""
        self.evaluations += len(evaluations)
        if not self.valid:
            return
        by_version: dict[str, list[tuple[str, str, tuple, tuple]]] = {}
        for status, deleted, scored_at, version, agent, items, sections in evaluations:
            if status not in _REPORTABLE or deleted or scored_at is None:
                continue
            if not isinstance(scored_at, str) or not _TIME.match(scored_at):
                self.valid = False  # not the form the store's hours are made from
                return
            hour = scored_at[:13] + ":00:00.000000"
            by_version.setdefault(version, []).append((hour, agent, items, sections))
        for version, evs in by_version.items():
            self._add_version(version, evs)

    def _add_version(self, version: str, evs: list[tuple[str, str, tuple, tuple]]) -> None:
        hours = [e[0] for e in evs]
        for kind, blocks, at in (("items", self._items, 2), ("sections", self._sections, 3)):
            counts = [len(e[at]) for e in evs]
            flat = [row for e in evs for row in e[at]]
            if not flat:
                continue
            block = blocks.setdefault(version, _Block())
            hour_rows = np.repeat(_codes(block.hours, hours), counts)
            if kind == "items":
                item_ids, section_ids, score, mx, na, cats, errors = zip(*flat, strict=True)
                cats_k = ["" if c is None else c for c in cats]  # coalesce(category, '')
                key_rows = _codes(block.keys, zip(item_ids, section_ids, cats_k, strict=True))
            else:
                section_ids, score, mx, na = zip(*flat, strict=True)
                key_rows = _codes(block.keys, ((s,) for s in section_ids))
            sc = np.fromiter(score, dtype=np.int64, count=len(flat))
            m = np.fromiter(mx, dtype=np.int64, count=len(flat))
            n = np.fromiter(na, dtype=np.int64, count=len(flat))
            block.add(hour_rows, key_rows, _values(sc, m, n))
            if kind == "items":
                self._add_errors(evs, counts, cats, errors)

    def _add_errors(self, evs, counts: list[int], cats: tuple, errors: tuple) -> None:
        """Calls with P / A errors per hour and agent (0005's error fill): per evaluation
        with an item of category P or A that has errors, one call, whether any is P, any
        is A, and the sum of their errors."""
        err = np.fromiter(errors, dtype=np.int64, count=len(errors))
        is_p = np.fromiter((c == "P" for c in cats), dtype=bool, count=len(cats))
        is_a = np.fromiter((c == "A" for c in cats), dtype=bool, count=len(cats))
        hit = (err > 0) & (is_p | is_a)
        if not hit.any():
            return
        owner = np.repeat(np.arange(len(evs)), counts)
        n = len(evs)
        p = np.bincount(owner[hit & is_p], minlength=n)
        a = np.bincount(owner[hit & is_a], minlength=n)
        occ = np.bincount(owner[hit], weights=err[hit], minlength=n)
        calls = np.bincount(owner[hit], minlength=n)
        sums = self._errors
        for i in np.nonzero(calls)[0].tolist():
            hour, agent = evs[i][0], evs[i][1]
            got = sums.get((hour, agent))
            if got is None:
                got = sums[(hour, agent)] = [0, 0, 0, 0]
            got[0] += 1
            got[1] += int(p[i] > 0)
            got[2] += int(a[i] > 0)
            got[3] += int(occ[i])

    def rows(self) -> tuple[list[tuple], list[tuple], list[tuple]]:
        """``(item sums, section sums, error sums)`` rows in the columns of the tables:
        ``(hour, version, item, section, category, rows, n, score, max, na, lost)``,
        ``(hour, version, section, rows, …)`` and ``(hour, agent, calls, p, a, occ)``."""
        items = [r for v, b in self._items.items() for r in b.rows(v)]
        sections = [r for v, b in self._sections.items() for r in b.rows(v)]
        errors = [(h, a, *v) for (h, a), v in self._errors.items()]
        return items, sections, errors
