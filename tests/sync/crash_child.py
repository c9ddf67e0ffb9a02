"""Child process for the crash tests: syncs a store and SIGKILLs itself at a chosen moment.

    python crash_child.py MODE STORE.sqlite3 SERVER_URL

MODE: ``push-after-server-commit`` (the server committed a batch, the client has not yet
recorded the acknowledgement), ``push-slow`` (pushes small batches slowly: the parent
kills it from outside), ``pull-mid-page`` (inside the local transaction applying the 3rd
page), ``pull-bulk-mid-page`` (the same in a bulk first pull, inside the 2nd page),
``pull-slow`` (pulls small pages slowly: the parent kills it).
"""

from __future__ import annotations

import os
import signal
import sys
import time

from qaclient.collection import Collection
from qaclient.storage import db
from qaclient.sync import engine as engine_mod
from qaclient.sync import state as state_mod


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    mode, store, url = sys.argv[1:4]
    col = Collection(db.make_engine(db.sqlite_url(store)), actor="child")
    calls = {"n": 0}
    if mode == "push-after-server-commit":
        orig = engine_mod.SyncEngine._apply_acks

        def apply_acks(self, *a, **k):
            calls["n"] += 1
            if calls["n"] == 3:
                die()
            return orig(self, *a, **k)

        engine_mod.SyncEngine._apply_acks = apply_acks
        eng = engine_mod.SyncEngine(col, url, batch_size=100)
    elif mode == "push-slow":
        eng = engine_mod.SyncEngine(col, url, batch_size=50, progress=lambda *a: time.sleep(0.02))
    elif mode == "pull-mid-page":
        orig_set = state_mod.set_cursor

        def set_cursor(conn, server_id, cursor):
            calls["n"] += 1
            orig_set(conn, server_id, cursor)
            if calls["n"] == 3:
                die()  # inside the local transaction: the page and the cursor go together

        state_mod.set_cursor = set_cursor
        eng = engine_mod.SyncEngine(col, url, page_size=100)
    elif mode == "pull-bulk-mid-page":  # a first pull in bulk: sums made at the end
        orig_set = state_mod.set_cursor

        def set_cursor(conn, server_id, cursor):
            calls["n"] += 1
            orig_set(conn, server_id, cursor)
            if calls["n"] == 2:
                die()

        state_mod.set_cursor = set_cursor
        engine_mod.BULK_EVALUATIONS = 1
        engine_mod.BULK_COMMIT_ROWS = 1  # a commit after every page, as in a long pull
        eng = engine_mod.SyncEngine(col, url, page_size=100)
    elif mode == "pull-slow":
        eng = engine_mod.SyncEngine(col, url, page_size=50, progress=lambda *a: time.sleep(0.02))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print("started", flush=True)
    eng.sync()
    print("finished", flush=True)


if __name__ == "__main__":
    main()
