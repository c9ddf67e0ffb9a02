"""Clock skew changes nothing; random edit/sync/crash sequences keep the invariants."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from qaclient.storage.models import Evaluation, EvaluationComment

from .conftest import server_snapshot

ITEMS = ("greeting", "ask_name", "ask_need")
LEVELS = {
    "greeting": ("excellent", "weak"),
    "ask_name": ("excellent", "poor"),
    "ask_need": ("excellent", "poor"),
}


def _scenario(make_client, skews: dict[str, timedelta]):
    a, b, c = (make_client(n) for n in "abc")
    for cl in (a, b, c):
        cl.skew = skews.get(cl.name, timedelta(0))
    rv = a.add_rubric()
    ev = a.add_evaluation(rv, answers={"greeting": {"level": "good"}})
    for cl in (a, b, c):
        cl.sync()
    # c edits first (with the most "recent" clock in the skewed run), then b, then a
    c.set_answer(ev, "greeting", {"level": "weak"})
    b.set_answer(ev, "greeting", {"level": "excellent"})
    a.set_answer(ev, "ask_name", {"level": "poor"})
    outcome = []
    for cl in (b, c, a, b, c, a):  # sync order: b first wins the greeting
        r = cl.sync()
        outcome.append((cl.name, r.pushed, r.conflicts, r.merged))
    final = json.loads(a.get(Evaluation, ev).answers)
    losers = {
        cl.name: [json.loads(x.mine["answers"])["greeting"] for x in cl.engine.conflicts.list()]
        for cl in (a, b, c)
    }
    return final, outcome, losers


def test_clock_skew_does_not_change_the_outcome(make_client, server_url):
    plain = _scenario(make_client, {})
    skewed = _scenario(
        make_client, {"c": timedelta(days=3), "b": timedelta(hours=-7), "a": timedelta(minutes=42)}
    )
    assert plain == skewed
    final, _outcome, losers = plain
    assert final == {"greeting": {"level": "excellent"}, "ask_name": {"level": "poor"}}
    assert losers == {"a": [], "b": [], "c": [{"level": "weak"}]}


class SyncMachine(RuleBasedStateMachine):
    """Three clients edit one evaluation and its comments offline, sync, crash, resolve.

    Invariants checked after every sync: an answer item we had changed since our last sync
    is either on the server now or kept in an open conflict of ours (nothing lost); every
    comment ever created reaches the server exactly once.  At the end, after everyone syncs,
    all clients and the server hold the same content.
    """

    make_client = None  # set by the test
    server_url = None

    @initialize()
    def setup(self):
        self.clients = [type(self).make_client(n) for n in ("p", "q", "r")]
        rv = self.clients[0].add_rubric()
        self.ev = self.clients[0].add_evaluation(rv, answers={})
        self.synced: list[dict] = []
        for cl in self.clients:
            cl.sync()
            self.synced.append(self._answers(cl))
        self.comments: dict = {}  # id -> creator index

    def _answers(self, cl) -> dict:
        return json.loads(cl.get(Evaluation, self.ev).answers)

    @rule(i=st.integers(0, 2), item=st.sampled_from(ITEMS), choice=st.integers(0, 2))
    def set_answer(self, i, item, choice):
        levels = LEVELS[item]
        value = None if choice == 2 else {"level": levels[choice]}
        self.clients[i].set_answer(self.ev, item, value)

    @rule(i=st.integers(0, 2))
    def add_comment(self, i):
        cid = self.clients[i].add_comment(self.ev, f"by {i}")
        self.comments[cid] = i

    @rule(i=st.integers(0, 2), text=st.sampled_from(["x", "y"]))
    def edit_a_comment(self, i, text):
        cl = self.clients[i]
        with cl.col.Session() as s:
            first = s.query(EvaluationComment).order_by(EvaluationComment.id).first()
        if first is not None:
            cl.edit(EvaluationComment, first.id, text=text)

    def _server_answers(self) -> dict:
        import psycopg

        from .conftest import _dsn

        with psycopg.connect(_dsn(type(self).server_url)) as conn:
            row = conn.execute(
                "SELECT answers FROM evaluations WHERE id = %s", (self.ev,)
            ).fetchone()
        return json.loads(row[0])

    def _checked_sync(self, i):
        """Sync client *i*; no server value may change unless *i* had seen it (no silent
        overwrite of someone else's write)."""
        s0 = self._server_answers()
        self.clients[i].sync()
        s1 = self._server_answers()
        for item in set(s0) | set(s1):
            if s0.get(item) != s1.get(item):
                assert self.synced[i].get(item) == s0.get(item), (
                    f"client {i} overwrote {item}={s0.get(item)} it had never seen (its base: "
                    f"{self.synced[i].get(item)}) with {s1.get(item)}"
                )

    @rule(i=st.integers(0, 2))
    def sync(self, i):
        cl = self.clients[i]
        before = self._answers(cl)
        changed = {
            k for k in set(before) | set(self.synced[i]) if before.get(k) != self.synced[i].get(k)
        }
        self._checked_sync(i)
        after = self._answers(cl)
        kept = [
            json.loads(c.mine["answers"])
            for c in cl.engine.conflicts.list()
            if c.table == "evaluations"
        ]
        for item in changed:
            assert after.get(item) == before.get(item) or any(
                k.get(item) == before.get(item) for k in kept
            ), (
                f"client {i}: our {item}={before.get(item)} vanished (now {after.get(item)}, conflicts {kept})"
            )
        self.synced[i] = after

    @rule(i=st.integers(0, 2))
    def crash_after_sync(self, i):
        """The process dies after the server committed but before the local commit."""
        cl = self.clients[i]
        cl.col.engine.dispose()
        saved = cl.path.with_suffix(".crash")
        shutil.copyfile(cl.path, saved)
        try:
            self._checked_sync(i)
        finally:
            cl.col.engine.dispose()
            for ext in ("-wal", "-shm"):
                p = cl.path.with_name(cl.path.name + ext)
                if p.exists():
                    p.unlink()
            shutil.copyfile(saved, cl.path)

    @precondition(lambda self: hasattr(self, "clients"))
    @rule(i=st.integers(0, 2), choice=st.sampled_from(["mine", "theirs", "merge"]))
    def resolve(self, i, choice):
        cl = self.clients[i]
        for c in cl.engine.conflicts.list():
            cl.engine.conflicts.resolve(c.id, choice)

    def teardown(self):
        if not hasattr(self, "clients"):
            return
        for _ in range(2):
            for cl in self.clients:
                cl.sync()
        server = server_snapshot(type(self).server_url)
        for cl in self.clients:
            assert cl.snapshot() == server
            assert cl.engine.pending() == 0
        assert set(self.comments) <= {
            __import__("uuid").UUID(hex=h) for h in server["evaluation_comments"]
        }
        for cl in self.clients:
            cl.close()


def test_random_edit_sync_crash_sequences(make_client, server_url):
    SyncMachine.make_client = staticmethod(make_client)
    SyncMachine.server_url = server_url
    SyncMachine.TestCase.settings = settings(
        max_examples=25,
        stateful_step_count=16,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
    )
    SyncMachine.TestCase().runTest()
