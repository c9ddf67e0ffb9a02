"""What the server's security costs a sync (issue 9), measured in one run on one server.

Two databases on the same throwaway cluster, installed by the same ``server.install``: one
with the security parts (row-level security on every synced table, rule triggers, actor
stamping, scope log) and one without them (``install(enforce=False)``: the same schema,
grants, sync machinery and audit chain, no policies).  The same inspector login, with the
same local data, then:

1. pushes N evaluations × 40 answers + 3 comments each (its own work) — best of 3;
2. a second, fresh client of the same login pulls them — best of 3;
3. a sync with nothing to do — median of 25;
4. with policies: a sync with nothing to do with 1M evaluations on the server (another
   evaluator's, outside the inspector's scope, and for a manager who sees them all).

Ratios are with / without the policies (goal ≤ 1.5×; no-op ≤ 50 ms at 1M).

    python bench/sync_security.py [--evaluations 5000] [--big 1000000] [--quick]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import insert
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import sync as base  # noqa: E402  (bench/sync.py: rubric and row generators)

from qaclient.collection import Collection  # noqa: E402
from qaclient.storage import db  # noqa: E402
from qaclient.storage.models import Evaluation, EvaluationComment, RubricVersion  # noqa: E402
from qaclient.storage.types import utcnow  # noqa: E402
from qaclient.sync import roles  # noqa: E402
from qaclient.sync import server as server_mod  # noqa: E402
from qaclient.sync import state as state_mod  # noqa: E402
from qaclient.sync.engine import SyncEngine, server_engine  # noqa: E402
from qaclient.sync.localserver import LocalCluster  # noqa: E402

PASSWORD = "bench-pw"


def person_url(cluster: LocalCluster, dbname: str, login: str) -> str:
    return (
        make_url(cluster.url(dbname))
        .set(username=login, password=PASSWORD)
        .render_as_string(hide_password=False)
    )


def setup_db(cluster: LocalCluster, name: str, enforce: bool, rv_id, content, tag) -> None:
    with psycopg.connect(base.dsn(cluster.url()), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    e = server_engine(cluster.url(name))
    server_mod.install(e, enforce=enforce)
    with e.begin() as conn:
        roles.add_user(conn, f"insp_{tag}", PASSWORD, "inspector")
        roles.add_user(conn, f"boss_{tag}", PASSWORD, "manager")
    e.dispose()
    # the rubric, published by the manager (here: the owner)
    with psycopg.connect(base.dsn(cluster.url(name))) as conn:
        conn.execute(
            "INSERT INTO rubric_versions (id, rubric_id, version, status, title, content, "
            "content_hash, rev, base_rev, dirty, deleted, created_at, created_by, updated_at, "
            "updated_by) VALUES (%s, 'bench-40', 1, 'active', '', %s, %s, 1, 0, false, false, "
            "now(), 'gen', now(), 'gen')",
            (rv_id, content, hashlib.sha256(content.encode()).hexdigest()),
        )


def make_client(path: Path, content: str, n: int, rv_id: uuid.UUID, login: str) -> None:
    """A store with *login*'s N evaluations (+3N comments) to push; the rubric is clean."""
    col = Collection.open(db.sqlite_url(path), actor=login)
    now = utcnow()
    with col.Session.begin() as s:
        s.add(
            RubricVersion(
                id=rv_id,
                rubric_id="bench-40",
                version=1,
                status="active",
                content=content,
                content_hash=hashlib.sha256(content.encode()).hexdigest(),
                dirty=False,
            )
        )
    evs = [
        dict(
            id=uuid.uuid4(),
            call_id=f"call-{i:06d}",
            agent=f"agent-{i % 50}",
            evaluator=login,
            rubric_version_id=rv_id,
            answers=base.ANSWERS,
            status="submitted",
            coaching_note="",
            created_at=now,
            updated_at=now,
            created_by=login,
            updated_by=login,
            scored_at=now,
        )
        for i in range(n)
    ]
    coms = [
        dict(
            id=uuid.uuid4(),
            evaluation_id=e["id"],
            position_ms=1000 * k,
            text=f"comment {k} on {e['call_id']}",
            author=login,
            created_at=now,
            updated_at=now,
            created_by=login,
            updated_by=login,
        )
        for e in evs
        for k in range(3)
    ]
    with col.Session.begin() as s:
        for i in range(0, n, 5000):
            s.execute(insert(Evaluation), evs[i : i + 5000])
        for i in range(0, len(coms), 15000):
            s.execute(insert(EvaluationComment), coms[i : i + 15000])
    col.close()


def noop_ms(engine: SyncEngine, runs: int = 25) -> float:
    engine.sync()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = engine.sync()
        times.append((time.perf_counter() - t0) * 1000)
        assert r.pushed == r.pulled == 0, r
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--evaluations", type=int, default=5_000)
    ap.add_argument("--big", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="500 evaluations, 50,000 for the big case")
    ap.add_argument("--big-only", action="store_true", help="only the no-op sync on a big server")
    args = ap.parse_args()
    if args.quick:
        args.evaluations, args.big = 500, 50_000
    n = args.evaluations
    content = base.rubric_40()
    rv_id = uuid.uuid4()
    tmp = Path(tempfile.mkdtemp(prefix="qaclient-bench-sec-"))
    print(f"starting a throwaway PostgreSQL cluster in {tmp} …", flush=True)
    with LocalCluster(ssl=True) as cluster:  # TLS as the app speaks it
        cluster.require_passwords(f"+{roles.MEMBER_GROUP}")
        tag = uuid.uuid4().hex[:6]
        login = f"insp_{tag}"
        stores: dict[str, Path] = {}
        for mode in ("on", "off"):
            stores[mode] = tmp / f"pristine-{mode}.sqlite3"
            make_client(stores[mode], content, n, rv_id, login)
        push: dict[str, list[float]] = {"on": [], "off": []}
        pull: dict[str, list[float]] = {"on": [], "off": []}
        noop: dict[str, list[float]] = {"on": [], "off": []}
        rows = n + 3 * n
        for i in range(0 if args.big_only else 3):  # interleaved: the machine may be busy
            for mode in ("on", "off"):
                name = f"sec_{mode}_{i}"
                setup_db(cluster, name, mode == "on", rv_id, content, tag)
                url = person_url(cluster, name, login)
                path = tmp / f"{name}.sqlite3"
                shutil.copyfile(stores[mode], path)
                col = Collection.open(db.sqlite_url(path), actor=login)
                eng = SyncEngine(col, url)
                with col.engine.begin() as lc:
                    client_id = state_mod.load(lc, eng.server_id()).client_id
                t0 = time.perf_counter()
                res = eng.push(client_id)
                push[mode].append(time.perf_counter() - t0)
                assert res.pushed == rows and res.refused == 0, res
                eng.sync()
                noop[mode].append(noop_ms(eng))
                eng.close()
                col.close()
                # a second machine of the same person pulls it all
                fresh = tmp / f"{name}-pull.sqlite3"
                col2 = Collection.open(db.sqlite_url(fresh), actor=login)
                eng2 = SyncEngine(col2, url)
                t0 = time.perf_counter()
                got = eng2.sync()
                pull[mode].append(time.perf_counter() - t0)
                assert got.pulled >= rows, got
                eng2.close()
                col2.close()
        if not args.big_only:
            best = {k: {m: min(v[m]) for m in v} for k, v in (("push", push), ("pull", pull))}
            med = {m: statistics.median(noop[m]) for m in noop}
            print(
                f"\nsame inspector login, {n:,} evaluations × 40 answers + {3 * n:,} comments "
                f"({rows:,} rows)"
            )
            print(f"{'':24} {'with policies':>14} {'without':>10} {'ratio':>7}")
            for what in ("push", "pull"):
                on, off = best[what]["on"], best[what]["off"]
                print(
                    f"{what + ' (best of 3)':24} {on * 1000:11.0f} ms {off * 1000:7.0f} ms "
                    f"{on / off:6.2f}×"
                )
            print(
                f"{'no-op sync (median)':24} {med['on']:11.1f} ms {med['off']:7.1f} ms "
                f"{med['on'] / med['off']:6.2f}×"
            )

        # 4. no-op with a big server, policies on ------------------------------------------
        name = "sec_big"
        setup_db(cluster, name, True, rv_id, content, tag + "b")
        people = {
            "inspector (sees none of them)": f"insp_{tag}b",
            "manager (sees all)": f"boss_{tag}b",
        }
        engines = {}
        for role, who in people.items():  # signed in before the big load arrives
            col = Collection.open(db.sqlite_url(tmp / f"big-{who}.sqlite3"), actor=who)
            engines[role] = (col, SyncEngine(col, person_url(cluster, name, who)))
            engines[role][1].sync()
        t0 = time.perf_counter()
        base.generate_big(cluster.url(name), args.big, rv_id)
        gen_s = time.perf_counter() - t0
        out = []
        for role, (col, eng) in engines.items():
            if role.startswith("manager"):  # sees them all: as if pulled already
                with psycopg.connect(base.dsn(cluster.url(name))) as conn:
                    top = conn.execute(f"SELECT last_value FROM {server_mod.SEQUENCE}").fetchone()[
                        0
                    ]
                with col.engine.begin() as lc:
                    lc.exec_driver_sql("UPDATE sync_state SET cursor = ?", (top,))
                first = 0.0
            else:  # its first sync scans the new rows once (none visible), then moves past them
                t1 = time.perf_counter()
                r = eng.sync()
                first = time.perf_counter() - t1
                assert r.pulled == 0, r
            out.append((role, first, noop_ms(eng)))
            eng.close()
            col.close()
        print(
            f"\nno-op sync with {args.big:,} evaluations on the server, policies on "
            f"(generated in {gen_s:.0f} s)"
        )
        for role, first, ms in out:
            extra = f"  (first sync after the load: {first * 1000:.0f} ms)" if first else ""
            print(f"   {role:32} {ms:6.1f} ms (goal ≤ 50 ms){extra}")


if __name__ == "__main__":
    main()
