"""Sync figures against a real PostgreSQL (a throwaway cluster started here).

1. Push 10,000 evaluations of 40 answers and 3 comments each from a fresh client, against a
   bare bulk insert (psycopg COPY) of the same rows into the same server (ratio; goal ≤ 3×).
2. A sync with nothing to do, with 10k and with 1M evaluations on the server (goal < 50 ms,
   independent of size).  The 1M rows are generated server-side (INSERT … SELECT
   generate_series); the client's cursor is set to the top as if it had pulled them, and its
   local store is padded with 1M clean rows so the local side is large too.
3. Pull cost against the number of changes (10 … 10,000 changed rows) on the 10k and the 1M
   database: it follows the changes, not the size.
4. A new client's first pull of a centre's history (200,000 evaluations of the 40-item
   rubric, 21 rows each: 4.2M rows, generated on the server with COPY): pulled, every
   evaluation rescored (forged totals planted and caught) and the report sums built,
   against a bare COPY-out + bulk insert of the same rows into a fresh store.

    python bench/sync.py [--evaluations 10000] [--big 1000000] [--first-pull 200000]
                         [--only-first-pull] [--quick]
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qaclient.collection import Collection  # noqa: E402
from qaclient.rubrics.loader import canonical_json, dump_document, load_document, load_file  # noqa: E402
from qaclient.storage import db  # noqa: E402
from qaclient.storage.models import Evaluation, EvaluationComment, RubricVersion  # noqa: E402
from qaclient.storage.types import utcnow  # noqa: E402
from qaclient.sync import server as server_mod  # noqa: E402
from qaclient.sync import state as state_mod  # noqa: E402
from qaclient.sync.engine import SyncEngine, server_engine  # noqa: E402
from qaclient.sync.localserver import LocalCluster  # noqa: E402
from qaclient.sync.records import pull_select_sql, spec_for  # noqa: E402


def rubric_40() -> str:
    """A valid 40-item rubric (canonical JSON), built from the shipped inbound-call one;
    items q00–q09 count KPI errors of category P, q10–q19 of category A."""
    doc = dump_document(load_file(ROOT / "resources" / "rubrics" / "inbound-call.yaml"))
    template = next(i for s in doc["sections"] for i in s["items"] if i["id"] == "ask_name")
    section = copy.deepcopy(doc["sections"][0])
    section["items"] = []
    for k in range(40):
        item = copy.deepcopy(template)
        item["id"] = f"q{k:02d}"
        if k < 20:
            item["category"] = "P" if k < 10 else "A"
        section["items"].append(item)
    doc["id"] = "bench-40"
    doc["categories"] = {c: {"zh_CN": c, "en": c, "es": c} for c in ("P", "A")}
    doc["sections"] = [section]
    text = canonical_json(doc)
    load_document(json.loads(text))
    return text


ANSWERS = json.dumps(
    {f"q{k:02d}": {"level": "excellent" if k % 3 else "poor"} for k in range(40)}, sort_keys=True
)


def dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def fresh_db(cluster: LocalCluster, name: str) -> str:
    with psycopg.connect(dsn(cluster.url()), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE bench_template')
    return cluster.url(name)


def make_client(path: Path, content: str, n: int, rv_id: uuid.UUID) -> Collection:
    col = Collection.open(db.sqlite_url(path), actor="bench")
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
            )
        )
    evs = [
        dict(
            id=uuid.uuid4(),
            call_id=f"call-{i:06d}",
            agent=f"agent-{i % 50}",
            evaluator="bench",
            rubric_version_id=rv_id,
            answers=ANSWERS,
            status="submitted",
            coaching_note="",
            created_at=now,
            updated_at=now,
            created_by="bench",
            updated_by="bench",
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
            author="bench",
            created_at=now,
            updated_at=now,
            created_by="bench",
            updated_by="bench",
        )
        for e in evs
        for k in range(3)
    ]
    with col.Session.begin() as s:
        for i in range(0, n, 5000):
            s.execute(insert(Evaluation), evs[i : i + 5000])
        for i in range(0, len(coms), 15000):
            s.execute(insert(EvaluationComment), coms[i : i + 15000])
    return col


def baseline_copy(url: str, col: Collection) -> float:
    """COPY the same rows (the local store's raw values) into the same server's tables."""
    specs = [
        spec_for(t)
        for t in server_mod.synced_tables()
        if t.name in ("rubric_versions", "evaluations", "evaluation_comments")
    ]
    t0 = time.perf_counter()
    seq = 0
    with psycopg.connect(dsn(url), options="-c TimeZone=UTC") as conn, col.engine.connect() as lc:
        with conn.cursor() as cur:
            for spec in specs:
                cols = list(spec.push_columns)
                rows = lc.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {spec.name}").all()
                with cur.copy(
                    f"COPY {spec.name} ({', '.join(cols)}, server_seq, dirty) FROM STDIN"
                ) as cp:
                    for r in rows:
                        seq += 1
                        cp.write_row((*r, seq, False))
        conn.commit()
    return time.perf_counter() - t0


def noop_ms(engine: SyncEngine, runs: int = 25) -> float:
    engine.sync()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = engine.sync()
        times.append((time.perf_counter() - t0) * 1000)
        assert r.pushed == r.pulled == 0, r
    return statistics.median(times)


def change_rows(url: str, k: int, offset: int) -> None:
    """k server-side edits (another writer: the stamp trigger gives them sequence numbers)."""
    with psycopg.connect(dsn(url)) as conn:
        conn.execute(
            "UPDATE evaluations SET coaching_note = 'changed ' || now()::text, "
            "answers = CASE WHEN answers LIKE '%%\"excellent\"%%' THEN replace(answers, '\"excellent\"', '\"poor\"') "
            "ELSE replace(answers, '\"poor\"', '\"excellent\"') END "
            "WHERE id IN (SELECT id FROM evaluations ORDER BY call_id OFFSET %s LIMIT %s)",
            (offset, k),
        )


def pull_ms(engine: SyncEngine, url: str, k: int, offset: int) -> float:
    change_rows(url, k, offset)
    t0 = time.perf_counter()
    r = engine.sync()
    ms = (time.perf_counter() - t0) * 1000
    assert r.pulled == k, (r, k)
    return ms


def pad_local(col: Collection, n: int, rv_id: uuid.UUID) -> None:
    """n clean evaluations in the local store (random ids; only size matters here)."""
    with col.engine.begin() as c:
        c.exec_driver_sql(
            f"""WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < {n})
            INSERT INTO evaluations (id, call_id, agent, evaluator, rubric_version_id, status, answers,
                coaching_note, playhead_ms, auto_fail, rev, base_rev, server_seq, dirty, deleted,
                created_at, created_by, updated_at, updated_by)
            SELECT lower(hex(randomblob(16))), 'pad-' || i, 'a', 'e', '{rv_id.hex}', 'final', '{{}}', '', 0, 0,
                1, 1, 0, 0, 0, '2026-01-01 00:00:00.000000', 'pad', '2026-01-01 00:00:00.000000', 'pad'
            FROM g"""
        )


def generate_big(url: str, n: int, rv_id: uuid.UUID) -> None:
    with psycopg.connect(dsn(url)) as conn:
        conn.execute(
            f"""INSERT INTO evaluations (id, call_id, agent, evaluator, rubric_version_id, status, answers,
                   coaching_note, playhead_ms, auto_fail, rev, base_rev, server_seq, dirty, deleted,
                   created_at, created_by, updated_at, updated_by, scored_at)
               SELECT gen_random_uuid(), 'gen-' || lpad(i::text, 8, '0'), 'agent-' || (i %% 50), 'gen',
                   %s, 'submitted', CASE WHEN i <= 10000 THEN %s ELSE '{{"q00": {{"level": "excellent"}}}}' END,
                   '', 0, false, 1, 0,
                   nextval('{server_mod.SEQUENCE}'), false, false, now(), 'gen', now(), 'gen', now()
               FROM generate_series(1, %s) AS i""",
            (rv_id, ANSWERS, n),
        )
        conn.execute("ANALYZE evaluations")


AUDITS_PER_EVALUATION = 16
COMMENTS_PER_EVALUATION = 3
ROWS_PER_EVALUATION = 2 + COMMENTS_PER_EVALUATION + AUDITS_PER_EVALUATION  # + call + evaluation


def generate_centre(url: str, n: int, content: str, rv_id: uuid.UUID, forge_every: int = 1000):
    """A centre's history on the server, streamed in with COPY: *n* submitted evaluations of
    the 40-item rubric (answers varied: each item ``excellent`` with p = 0.8, else
    ``poor``; scored over the past year), each with its call, 3 comments and 16 audit
    events — 21 rows per evaluation, as in the issue's measurement.  Totals are the
    scoring engine's, except every *forge_every*-th evaluation whose stored total is
    raised by one point (a forged total the pull must catch).  Returns the forged ids."""
    import random
    from datetime import UTC, datetime, timedelta

    from qaclient.rubrics import scoring
    from qaclient.rubrics.model import Answer

    rubric = load_document(json.loads(content))
    rng = random.Random(7)
    items = [i.id for i in rubric.items]
    by_poor: dict[int, tuple] = {}

    def scored(poor: int) -> tuple:
        # the 40 items are alike (same points and levels): the totals depend only on how
        # many are "poor", so score() runs once per count
        if poor not in by_poor:
            r = scoring.score(
                rubric,
                {i: Answer(level="poor" if k < poor else "excellent") for k, i in enumerate(items)},
            )
            e4 = lambda d: int(d * 10000)  # noqa: E731
            by_poor[poor] = (e4(r.total), e4(r.max), e4(r.percent), r.grade)
        return by_poor[poor]

    start = datetime(2026, 1, 1, tzinfo=UTC)
    year = 365 * 24 * 3600
    with psycopg.connect(dsn(url)) as conn:
        first = conn.execute(f"SELECT nextval('{server_mod.SEQUENCE}')").fetchone()[0]
        conn.execute(
            f"SELECT setval('{server_mod.SEQUENCE}', %s)", (first + 1 + n * ROWS_PER_EVALUATION,)
        )
        conn.execute(
            "INSERT INTO rubric_versions (id, rubric_id, version, status, effective_from,"
            " effective_to, title, content, content_hash, rev, base_rev, server_seq, dirty,"
            " deleted, created_at, created_by, updated_at, updated_by) VALUES (%s, 'bench-40',"
            " 1, 'active', NULL, NULL, 'bench', %s, %s, 1, 0, %s, false, false, now(), 'gen',"
            " now(), 'gen')",
            (rv_id, content, hashlib.sha256(content.encode()).hexdigest(), first),
        )
        forged: set[str] = set()
        tail = "rev base_rev server_seq dirty deleted created_at created_by updated_at updated_by"
        columns = {
            "calls": "id call_id agent team queue direction start_at duration_ms complaint"
            " file_uri file_size content_hash samplerate channels frames format subtype notes"
            " metadata_source scored evaluation_count",
            "evaluations": "id call_id agent evaluator rubric_version_id status answers"
            " coaching_note playhead_ms total max_score percent grade auto_fail started_at"
            " submitted_at scored_at",
            "evaluation_comments": "id evaluation_id position_ms text item_id author",
            "audit_events": "id entity entity_id action field new",
        }
        lines: dict[str, list[str]] = {k: [] for k in columns}
        level = {True: '{"level": "excellent"}', False: '{"level": "poor"}'}

        def new_id() -> str:  # a random UUID, cheaper than str(uuid.uuid4())
            h = f"{rng.getrandbits(128):032x}"
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

        seq = first
        for i in range(n):
            when = (start + timedelta(seconds=rng.randrange(year))).isoformat()
            stamp = f"{when}\tgen\t{when}\tgen"
            call_id = f"gen-{i:08d}"
            agent = f"agent-{i % 300:03d}"
            seq += 1
            lines["calls"].append(
                f"{new_id()}\t{call_id}\t{agent}\tteam-{i % 12}\tsales\tinbound\t{when}\t"
                f"240000\tf\t/srv/calls/{call_id}.wav\t3840000\t\t8000\t2\t1920000\tWAV\tPCM_16"
                f"\t\tbench\tt\t1\t1\t0\t{seq}\tf\tf\t{stamp}"
            )
            good = [rng.random() < 0.8 for _ in items]
            answers = (
                "{"
                + ", ".join(f'"{q}": {level[g]}' for q, g in zip(items, good, strict=True))
                + "}"
            )
            total, mx, pct, grade = scored(good.count(False))
            ev_id = new_id()
            if forge_every and i % forge_every == forge_every - 1:
                total += 10000
                forged.add(ev_id.replace("-", ""))
            seq += 1
            lines["evaluations"].append(
                f"{ev_id}\t{call_id}\t{agent}\tinspector-{i % 20}\t{rv_id}\tsubmitted\t{answers}"
                f"\t\t0\t{total}\t{mx}\t{pct}\t{grade}\tf\t{when}\t{when}\t{when}\t1\t0\t{seq}"
                f"\tf\tf\t{stamp}"
            )
            for k in range(COMMENTS_PER_EVALUATION):
                seq += 1
                lines["evaluation_comments"].append(
                    f"{new_id()}\t{ev_id}\t{1000 * k}\tcomment {k} on {call_id}\t{items[k]}"
                    f"\tgen\t1\t0\t{seq}\tf\tf\t{stamp}"
                )
            for k in range(AUDITS_PER_EVALUATION):
                seq += 1
                lines["audit_events"].append(
                    f"{new_id()}\tevaluation\t{ev_id}\tanswer\t{items[k]}\t{level[good[k]]}"
                    f"\t1\t0\t{seq}\tf\tf\t{stamp}"
                )
        # as the superuser of the throwaway cluster: no per-row trigger (the rows carry
        # their sequence numbers; foreign keys hold by construction), and the secondary
        # indexes built once afterwards instead of row by row
        conn.execute("SET session_replication_role = replica")
        conn.execute("SET maintenance_work_mem = '256MB'")
        indexes = conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = ANY(%s)"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
            (list(columns),),
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for name, cols in columns.items():
            rows = lines.pop(name)
            with conn.cursor().copy(
                f"COPY {name} ({', '.join(cols.split() + tail.split())}) FROM STDIN"
            ) as cp:
                for k in range(0, len(rows), 10_000):
                    cp.write("\n".join(rows[k : k + 10_000]) + "\n")
        for _, definition in indexes:
            conn.execute(definition)
        conn.execute("RESET session_replication_role")
        conn.commit()
        conn.execute("ANALYZE")
    return forged


def baseline_pull(url: str, store: Path) -> tuple[float, int]:
    """A bare COPY-out + bulk insert of the same rows: every synced table's rows streamed
    with ``COPY (SELECT …) TO STDOUT`` (converted to the local raw form by the server, as
    the pull does) and inserted with one ``executemany`` per table into a fresh store, one
    transaction; no verification, no score rows, no sums.  Returns (seconds, rows)."""
    from sqlalchemy import create_engine

    engine = create_engine(db.sqlite_url(store))
    rows = 0
    t0 = time.perf_counter()
    with psycopg.connect(dsn(url), options="-c TimeZone=UTC") as conn, engine.begin() as lc:
        lc.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for table in server_mod.synced_tables():
            spec = spec_for(table)
            select_sql = f"SELECT {pull_select_sql(spec)} FROM {spec.name} ORDER BY server_seq"
            with conn.cursor() as cur:
                cur.execute(select_sql + " LIMIT 0")
                types = [d.type_code for d in cur.description]
                with cur.copy(f"COPY ({select_sql}) TO STDOUT") as cp:
                    cp.set_types(types)
                    got = list(cp.rows())
            if got:
                cols = spec.columns
                lc.exec_driver_sql(
                    f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    got,
                )
            rows += len(got)
    seconds = time.perf_counter() - t0
    engine.dispose()
    return seconds, rows


def first_pull(cluster: LocalCluster, tmp: Path, n: int, content: str) -> None:
    """4. A new client's first pull of *n* evaluations (21 rows each) against the bare
    COPY-out + bulk insert of the same rows, in the same run (baseline before and after)."""
    from qaclient.reports import sums

    rv_id = uuid.uuid4()
    url = fresh_db(cluster, "bench_first")
    t0 = time.perf_counter()
    forged = generate_centre(url, n, content, rv_id)
    gen_s = time.perf_counter() - t0
    empty = tmp / "empty.sqlite3"
    Collection.open(db.sqlite_url(empty), actor="bench").close()

    def fresh(name: str) -> Path:
        shutil.copyfile(empty, tmp / name)
        return tmp / name

    print(f"   ({n:,} evaluations generated on the server in {gen_s:.0f} s)", flush=True)
    base1, rows = baseline_pull(url, fresh("first-baseline-1.sqlite3"))
    print(f"   (baseline: {base1:.1f} s for {rows:,} rows)", flush=True)
    col = Collection.open(db.sqlite_url(fresh("first-client.sqlite3")), actor="bench")
    engine = SyncEngine(col, url)
    t0 = time.perf_counter()
    result = engine.sync()
    pull_s = time.perf_counter() - t0
    print(f"   (first pull: {pull_s:.1f} s)", flush=True)
    # a second baseline after the pull when it is cheap (the machine's load changes)
    base2 = baseline_pull(url, fresh("first-baseline-2.sqlite3"))[0] if n <= 50_000 else None
    assert result.pulled == rows, (result.pulled, rows)
    assert result.score_mismatches == len(forged), (result.score_mismatches, len(forged))
    assert set(result.mismatched) <= forged
    t0 = time.perf_counter()
    with col.Session() as s:
        assert sums.stored(s) == sums.recomputed(s), "report sums differ from the rows"
    check_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    col.reports.kpi("2026-06")
    kpi_s = time.perf_counter() - t0
    with col.engine.connect() as lc:
        items = lc.exec_driver_sql("SELECT count(*) FROM evaluation_item_scores").scalar_one()
    engine.close()
    col.close()
    baseline = base1 if base2 is None else (base1 + base2) / 2
    print(
        f"\n4. first pull of a new client: {n:,} evaluations, {rows:,} rows "
        f"(generated on the server in {gen_s:.0f} s)"
    )
    print(
        f"   baseline COPY-out + bulk insert of the same rows : {baseline:7.1f} s"
        + (f"  (before {base1:.1f} s, after {base2:.1f} s)" if base2 is not None else "")
    )
    print(
        f"   qaclient first pull (verified, reportable)       : {pull_s:7.1f} s"
        f"  ({pull_s * 1e6 / n:.0f} µs per evaluation; goal ≤ 120 s for 200,000)"
    )
    print(f"   ratio {pull_s / baseline:.2f}×")
    print(
        f"   rescored {n:,} evaluations ({items:,} item score rows), caught "
        f"{result.score_mismatches} forged totals of {len(forged)}; report sums equal a "
        f"recomputation ({check_s:.1f} s to check); first KPI report {kpi_s:.2f} s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--evaluations", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=1_000_000)
    ap.add_argument(
        "--first-pull",
        type=int,
        default=200_000,
        metavar="N",
        help="evaluations of the first-pull figure (0: skip it)",
    )
    ap.add_argument(
        "--only-first-pull", action="store_true", help="only the first-pull figure (part 4)"
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="1,000 evaluations, 50,000 rows for the big case, 5,000 for the first pull",
    )
    args = ap.parse_args()
    if args.quick:
        args.evaluations, args.big, args.first_pull = 1000, 50_000, 5000
    content = rubric_40()
    tmp = Path(tempfile.mkdtemp(prefix="qaclient-bench-"))
    try:
        run(args, content, tmp)
    finally:  # the stores of a 200,000-evaluation run take several GB
        shutil.rmtree(tmp, ignore_errors=True)


def run(args, content: str, tmp: Path) -> None:
    print(f"starting a throwaway PostgreSQL cluster in {tmp} …", flush=True)
    with LocalCluster(ssl=True) as cluster:  # TLS as the app speaks it (sslmode=require)
        with psycopg.connect(dsn(cluster.url()), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_template")
        e = server_engine(cluster.url("bench_template"))
        server_mod.install(e)
        e.dispose()
        if args.only_first_pull:
            first_pull(cluster, tmp, args.first_pull, content)
            return

        # 1. push vs COPY -------------------------------------------------------------------
        n = args.evaluations
        rv_id = uuid.uuid4()
        pristine = tmp / "pristine.sqlite3"
        make_client(pristine, content, n, rv_id).close()
        rows = 1 + n + 3 * n

        def fresh_client(name: str) -> Collection:
            shutil.copyfile(pristine, tmp / name)
            return Collection.open(db.sqlite_url(tmp / name), actor="bench")

        copies, pushes = [], []
        for i in range(3):  # interleaved, best of 3 each: the machine may be busy
            base_col = fresh_client(f"baseline-{i}.sqlite3")
            copies.append(baseline_copy(fresh_db(cluster, f"bench_copy_{i}"), base_col))
            base_col.close()
            push_col = fresh_client(f"client-{i}.sqlite3")
            url10k = fresh_db(cluster, f"bench_10k_{i}")
            engine = SyncEngine(push_col, url10k)
            with push_col.engine.begin() as lc:
                client_id = state_mod.load(lc, engine.server_id()).client_id
            t0 = time.perf_counter()
            pushed = engine.push(client_id)
            pushes.append(time.perf_counter() - t0)
            assert pushed.pushed == rows and pushed.conflicts == 0, pushed
            if i < 2:
                engine.close()
                push_col.close()
        copy_s, push_s = min(copies), min(pushes)
        t1 = time.perf_counter()
        engine.sync()  # the pull of our own echo, so the next syncs are no-ops
        echo_s = time.perf_counter() - t1
        print(
            f"\n1. push of {n:,} evaluations × 40 answers + {3 * n:,} comments ({rows:,} rows), best of 3"
        )
        print(
            f"   baseline psycopg COPY of the same rows : {copy_s * 1000:8.0f} ms  (all: {', '.join(f'{x * 1000:.0f}' for x in copies)})"
        )
        print(
            f"   qaclient push (fresh client)           : {push_s * 1000:8.0f} ms  (all: {', '.join(f'{x * 1000:.0f}' for x in pushes)})"
        )
        print(f"   ratio {push_s / copy_s:.2f}× (goal ≤ 3×)")
        print(f"   (then the first pull, echo of our own rows: {echo_s * 1000:.0f} ms)")

        # 2. no-op sync ---------------------------------------------------------------------
        small = noop_ms(engine)
        big_url = fresh_db(cluster, "bench_big")
        big_col = Collection.open(db.sqlite_url(tmp / "big-client.sqlite3"), actor="bench")
        big_engine = SyncEngine(big_col, big_url)
        with big_col.Session.begin() as s:
            s.add(
                RubricVersion(
                    id=rv_id,
                    rubric_id="bench-40",
                    version=1,
                    status="active",
                    content=content,
                    content_hash=hashlib.sha256(content.encode()).hexdigest(),
                )
            )
        big_engine.sync()
        t0 = time.perf_counter()
        generate_big(big_url, args.big, rv_id)
        pad_local(big_col, args.big, rv_id)
        gen_s = time.perf_counter() - t0
        with psycopg.connect(dsn(big_url)) as conn:
            top = conn.execute(f"SELECT last_value FROM {server_mod.SEQUENCE}").fetchone()[0]
        with big_col.engine.begin() as lc:
            lc.exec_driver_sql("UPDATE sync_state SET cursor = ?", (top,))
        big = noop_ms(big_engine)
        print(
            f"\n2. sync with nothing to do (median of 25; {args.big:,} rows generated in {gen_s:.0f} s)"
        )
        print(f"   {n:>9,} evaluations on the server : {small:6.1f} ms (goal < 50 ms)")
        print(
            f"   {args.big + 0:>9,} evaluations on the server : {big:6.1f} ms   ratio to the small one {big / small:.2f}×"
        )

        # 3. pull cost vs number of changes ---------------------------------------------------
        print("\n3. pull cost vs number of changes (another writer edits a note and an answer of k")
        print("   evaluations server-side; the pull applies them and rescores each one locally)")
        print(
            f"   {'changes':>8} | {n:>9,} rows: ms  µs/change | {args.big:>9,} rows: ms  µs/change"
        )
        for k in (10, 100, 1000, min(5000, n)):
            a = pull_ms(engine, url10k, k, 0)
            b = pull_ms(big_engine, big_url, k, 0)
            print(f"   {k:>8,} | {a:14.1f} {a * 1000 / k:10.0f} | {b:14.1f} {b * 1000 / k:10.0f}")
        engine.close()
        big_engine.close()
        for c in (push_col, big_col):
            c.close()
        if args.first_pull:
            first_pull(cluster, tmp, args.first_pull, content)


if __name__ == "__main__":
    main()
