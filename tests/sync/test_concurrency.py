"""Clients pushing at the same time while another pulls in a loop: no pulled cursor may
skip a row whose transaction committed late (the change-sequence lock, docs/sync.md)."""

from __future__ import annotations

import threading

from qaclient.storage.models import User

from .conftest import server_snapshot


def test_concurrent_pushes_never_let_a_puller_skip_a_row(make_client, server_url):
    import psycopg

    from .conftest import _dsn

    with psycopg.connect(_dsn(server_url)) as conn:
        # widen the window between a writer's nextval and its commit, as a slow network
        # or a busy server would: without the lock, a puller then races past late commits
        conn.execute(
            "CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_sleep(random() * 0.04); RETURN NULL; END $$"
        )
        conn.execute(
            "CREATE TRIGGER slow_commit AFTER INSERT ON users FOR EACH STATEMENT EXECUTE FUNCTION slow_commit()"
        )
    writers = [make_client(f"w{i}") for i in range(3)]
    reader = make_client("reader")
    stop = threading.Event()
    errors: list[BaseException] = []

    def write(c, rounds: int = 16) -> None:
        try:
            for r in range(rounds):
                with c.col.Session.begin() as s:
                    for k in range(15):
                        s.add(User(login=f"{c.name}-{r}-{k}", display_name=c.name))
                c.sync()
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    def read() -> None:
        try:
            while not stop.is_set():
                reader.sync()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(c,)) for c in writers]
    rt = threading.Thread(target=read)
    rt.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    stop.set()
    rt.join(120)
    assert not errors, errors
    # one more pull: if any cursor had jumped over a late commit, that row is missing for good
    reader.sync()
    server = server_snapshot(server_url)
    assert len(server["users"]) == 3 * 16 * 15
    assert reader.snapshot()["users"] == server["users"]
