"""Offline-first sync with the team's shared PostgreSQL server (design: ``docs/sync.md``).

``col.sync`` is the facade the UI and scripts use::

    result = col.sync.run()             # push + pull; SyncResult(pushed, pulled, conflicts, …)
    col.sync.conflicts.list()           # both versions of every open conflict
    col.sync.conflicts.resolve(id, "mine" | "theirs" | "merge", pick={...})
    col.sync.pending()                  # local changes not yet on the server
    col.sync.checkout(progress=...)     # take my assignments' audio offline

Modules: ``engine`` (push/pull), ``server`` (server-only schema parts), ``conflicts``,
``state`` (cursor), ``records`` (row codecs), ``credentials``, ``offline_cache``,
``localserver`` (throwaway cluster for tests and benchmarks).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qaclient.sync.conflicts import Conflicts
    from qaclient.sync.engine import ProgressFn, SyncResult
    from qaclient.sync.offline_cache import CheckoutReport


class Sync:
    """``col.sync``: sync runs, conflicts, pending changes and offline checkout."""

    def __init__(self, col: Any):
        self.col = col

    def run(self, url: str | None = None, progress: ProgressFn | None = None) -> SyncResult:
        """One sync with the configured server (or *url*); raises ``SyncError``."""
        from qaclient.sync import credentials
        from qaclient.sync.engine import SyncEngine, SyncError

        try:
            target = credentials.resolve(url).url
        except credentials.CredentialsError as exc:
            raise SyncError(str(exc)) from exc
        engine = SyncEngine(self.col, target, progress=progress)
        try:
            return engine.sync()
        finally:
            engine.close()

    @cached_property
    def conflicts(self) -> Conflicts:
        from qaclient.sync.conflicts import Conflicts
        from qaclient.sync.engine import Rescorer

        return Conflicts(self.col.engine, self.col.actor, Rescorer().rescore_one)

    def pending(self) -> int:
        from qaclient.sync.records import spec_for
        from qaclient.sync.server import synced_tables

        total = 0
        with self.col.engine.connect() as conn:
            for t in synced_tables():
                total += conn.exec_driver_sql(
                    f"SELECT count(*) FROM {spec_for(t).name} WHERE dirty = 1"
                ).scalar_one()
        return total

    def checkout(self, progress=None, cancel=None, inspector: str | None = None) -> CheckoutReport:
        from qaclient.sync.offline_cache import checkout_assignments

        return checkout_assignments(self.col, inspector, progress=progress, cancel=cancel)
