"""Rescoring what sync writes: the derived scores of pulled evaluations, verified.

The server keeps each evaluation's total as the client that wrote it computed it, and a
modified client could store any number there.  So every evaluation a pull writes is scored
again here, from its answers and its rubric version, with the scoring engine; the local
store keeps the recomputed total, percent, grade and auto-fail and the item / section
score rows (``evaluations.score_rows``: the same rows the evaluations service writes).
A server value that differs from the recomputation is a **score mismatch** — a forged or
wrongly computed total — counted in the pull's result, listed, and logged: it is caught,
never shown.

Fast, because a first pull rescores hundreds of thousands of evaluations: each rubric
version is parsed once; answers are decoded through a cache of parsed answers (a centre
uses a few thousand distinct ``{item: answer}`` pairs); an answer set seen before (same
version, same answers text) is not scored again; values are converted to the store's raw
form (exact decimals as ten-thousandths, booleans as 0/1) once per distinct value.  All
of it works on raw rows: no ORM object is built.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

log = logging.getLogger(__name__)

#: the evaluations columns derived from answers + rubric version (never trusted as sent)
DERIVED = ("total", "max_score", "percent", "grade", "auto_fail", "auto_fail_item")
ITEM_COLUMNS = (
    "evaluation_id",
    "item_id",
    "section_id",
    "score",
    "max",
    "na",
    "category",
    "errors",
)
SECTION_COLUMNS = ("evaluation_id", "section_id", "score", "max", "na")

_CACHE_LIMIT = 100_000  # answer sets kept scored (a few hundred bytes each)


@dataclass(frozen=True)
class Scored:
    """One evaluation's recomputed scores in the store's raw form."""

    derived: tuple  # values of DERIVED
    items: tuple[tuple, ...]  # item rows without the evaluation id
    sections: tuple[tuple, ...]  # section rows without the evaluation id


class Rescorer:
    """Scores evaluations from their raw rows and writes the derived rows (see the module
    doc).  One per sync engine: the caches live as long as it."""

    def __init__(self) -> None:
        try:
            from qaclient import evaluations
            from qaclient.rubrics import scoring
            from qaclient.rubrics.model import Answer
        except Exception:  # noqa: BLE001 - the scoring service is optional for the engine
            self.available = False
            return
        self.available = True
        self._score = scoring.score
        self._score_rows = evaluations.score_rows
        self._answer = Answer.from_json
        self._rubrics: dict[str, Any] = {}
        self._answers: dict[tuple, Any] = {}
        self._results: dict[tuple[str, str], Scored | None] = {}
        self._e4: dict[Decimal, int] = {}
        self._contents: dict[str, str | None] = {}

    # -- scoring ------------------------------------------------------------------------
    def learn(self, version: str, content: str | None) -> None:
        """The content of rubric version *version* as a pull received it (it may not be
        committed locally yet when evaluations are scored ahead, see ``warm``)."""
        if self._contents.get(version) != content:
            self._contents[version] = content
            if self._rubrics.pop(version, None) is not None:
                self._results.clear()  # scored on other content

    def rubric(self, lc, version: str) -> Any:
        """The rubric of version *version* (hex id), parsed once; None if absent or bad."""
        if version in self._rubrics:
            return self._rubrics[version]
        rubric = None
        content = self._contents.get(version)
        if content is None:
            content = lc.exec_driver_sql(
                "SELECT content FROM rubric_versions WHERE id = ?", (version,)
            ).scalar()
        if content is not None:
            try:
                from qaclient.rubrics.loader import load_document

                rubric = load_document(
                    json.loads(content), source=f"rubric version {uuid.UUID(hex=version)}"
                )
            except Exception as exc:  # noqa: BLE001
                log.warning(
                    "rubric version %s cannot be read, scores not verified: %s", version, exc
                )
        if rubric is not None or content is not None:  # an absent version may arrive later
            self._rubrics[version] = rubric
        return rubric

    def score(self, lc, version: str, answers: str | None) -> Scored | None:
        """The scores of *answers* (JSON text) on rubric version *version*; None when they
        cannot be computed (unknown version, answers that do not fit: logged)."""
        key = (version, answers or "{}")
        if key in self._results:
            return self._results[key]
        rubric = self.rubric(lc, version)
        if rubric is None:
            return None
        try:
            result = self._score(rubric, self._decode(key[1]))
        except Exception as exc:  # noqa: BLE001 - a bad row must not stop the sync
            log.warning("answers do not fit rubric version %s: %s", version, exc)
            scored = None
        else:
            items, sections = self._score_rows(rubric, result)
            e4 = self._raw_e4
            scored = Scored(
                (
                    e4(result.total),
                    e4(result.max),
                    e4(result.percent),
                    result.grade,
                    int(result.auto_fail is not None),
                    result.auto_fail.item_id if result.auto_fail else None,
                ),
                tuple(
                    (i, s, e4(sc), e4(mx), int(na), cat, err)
                    for i, s, sc, mx, na, cat, err in items
                ),
                tuple((s, e4(sc), e4(mx), int(na)) for s, sc, mx, na in sections),
            )
        if len(self._results) >= _CACHE_LIMIT:
            self._results.clear()
        self._results[key] = scored
        return scored

    def warm(self, engine, pairs: list[tuple[str, str | None]]) -> None:
        """Score ``(version, answers)`` pairs ahead, into the cache :meth:`score` reads
        (sync runs this on a worker thread while it writes the tables a page holds before
        its evaluations; SQLite and the network release the interpreter meanwhile).
        *engine*: the local store, read on a connection of its own."""
        with engine.connect() as lc:
            for version, answers in pairs:
                self.score(lc, version, answers)

    def _decode(self, text: str) -> dict[str, Any]:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("answers are not a JSON object")
        out = {}
        cache = self._answers
        for k, v in raw.items():
            try:
                ck = (k, *v.items()) if isinstance(v, dict) else None
                answer = cache.get(ck) if ck is not None else None
            except TypeError:  # an unhashable value: not cached (from_json rejects it)
                ck = answer = None
            if answer is None:
                answer = self._answer(k, v)
                if ck is not None and len(cache) < _CACHE_LIMIT:
                    cache[ck] = answer
            out[k] = answer
        return out

    def _raw_e4(self, d: Decimal) -> int:
        v = self._e4.get(d)
        if v is None:
            v = self._e4[d] = int((d * 10_000).to_integral_value())
        return v

    # -- writing --------------------------------------------------------------------------
    def write_rows(self, lc, scored: Iterable[tuple[str, Scored]], *, replace: bool) -> None:
        """Write the item and section rows of ``(evaluation id hex, Scored)`` pairs; with
        *replace*, the evaluations' old rows are deleted first."""
        pairs = list(scored)
        if replace and pairs:
            ids = json.dumps([eid for eid, _ in pairs])
            for table in ("evaluation_item_scores", "evaluation_section_scores"):
                lc.exec_driver_sql(
                    f"DELETE FROM {table} WHERE evaluation_id IN (SELECT value FROM json_each(?))",
                    (ids,),
                )
        pairs.sort(key=lambda p: p[0])  # in primary-key order: fewer B-tree pages touched
        items = [(eid, *row) for eid, s in pairs for row in s.items]
        sections = [(eid, *row) for eid, s in pairs for row in s.sections]
        for table, cols, rows in (
            ("evaluation_item_scores", ITEM_COLUMNS, items),
            ("evaluation_section_scores", SECTION_COLUMNS, sections),
        ):
            if rows:
                lc.exec_driver_sql(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    rows,
                )

    def rescore(self, lc, ids: list[uuid.UUID]) -> None:
        """Recompute the derived columns and rows of the evaluations *ids* in place (sync's
        conflict resolutions and merges)."""
        if not self.available or not ids:
            return
        done: list[tuple[str, Scored]] = []
        hexes = json.dumps([i.hex for i in ids])
        rows = lc.exec_driver_sql(
            "SELECT id, rubric_version_id, answers FROM evaluations"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (hexes,),
        ).all()
        for eid, version, answers in rows:
            s = self.score(lc, version, answers)
            if s is not None:
                done.append((eid, s))
        if not done:
            return
        sets = ", ".join(f"{c} = ?" for c in DERIVED)
        lc.exec_driver_sql(
            f"UPDATE evaluations SET {sets} WHERE id = ?", [(*s.derived, eid) for eid, s in done]
        )
        self.write_rows(lc, done, replace=True)

    def rescore_one(self, lc, evaluation_id: uuid.UUID) -> None:
        self.rescore(lc, [evaluation_id])
