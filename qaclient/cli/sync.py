"""``qaclient sync`` (push local changes, pull everyone else's, list/resolve conflicts),
``qaclient db init`` (create or upgrade the shared PostgreSQL schema) and ``qaclient db user``
(``db_users.py``)."""

from __future__ import annotations

import argparse
import getpass
import sys

from qaclient.cli.common import CliError, print_json
from qaclient.messages import tr


def _connection(url: str | None) -> str:
    from qaclient.sync import credentials

    try:
        conn = credentials.resolve(url)
    except credentials.CredentialsError as exc:
        raise CliError(str(exc), 2) from exc
    return conn.url


def _engine_or_error(url: str, ask: bool, insecure: bool | None = None):
    """A server engine; asks for a password on a terminal if the server wants one.

    TLS is required unless *insecure* (``--insecure-no-tls``) or the settings opt out
    (``qaclient.sync.tls``); a refusal is a one-line error (exit 4)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    from qaclient.sync import tls
    from qaclient.sync.engine import SyncError, server_engine

    try:
        engine = server_engine(url, insecure_no_tls=insecure)
    except SyncError as exc:
        raise CliError(str(exc), 4 if exc.tls else 2) from exc
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return engine
    except OperationalError as exc:
        msg = str(exc.orig)
        engine.dispose()
        if tls.is_tls_failure(msg):
            shown = make_url(url).render_as_string(hide_password=True)
            raise CliError(
                tr("privacy-tls-handshake-failed", server=shown, reason=" ".join(msg.split())), 4
            ) from exc
        if "password" in msg and ask and sys.stdin.isatty():
            pw = getpass.getpass(
                f"password for {make_url(url).render_as_string(hide_password=True)}: "
            )
            return server_engine(
                make_url(url).set(password=pw).render_as_string(hide_password=False),
                insecure_no_tls=insecure,
            )
        shown = make_url(url).render_as_string(hide_password=True)
        raise CliError(f"cannot connect to {shown}: {' '.join(msg.split())}", 3) from exc


def cmd_sync(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection
    from qaclient.sync.conflicts import ConflictError
    from qaclient.sync.engine import SyncEngine, SyncError

    with Collection.open() as col:
        if args.checkout:
            return _checkout(col, args)
        if args.refused:
            from qaclient.sync.refusals import open_refusals

            rows = open_refusals(col.engine)
            if args.json:
                print_json({"refused": rows})
            else:
                for r in rows:
                    print(
                        tr("roles-push-refused", table=r["table"], id=r["id"], reason=r["reason"])
                    )
            return 0
        if args.conflicts or args.resolve:
            from qaclient.messages import msg

            conflicts = col.sync.conflicts  # rescores an evaluation it writes
            if args.resolve:
                cid, choice = args.resolve
                pick: dict[str, str] = {}
                for one in args.pick or []:
                    field, sep, side = one.partition("=")
                    if not sep or not field.strip():
                        raise CliError(str(msg("merge-pick-format", value=one)), 2)
                    pick[field.strip()] = side.strip()
                if pick and choice != "merge":
                    raise CliError(str(msg("merge-pick-needs-merge")), 2)
                try:
                    conflicts.resolve(cid, choice, pick=pick)
                except (ConflictError, ValueError) as exc:
                    raise CliError(str(exc)) from exc
                print(f"conflict {cid}: kept {choice}; run `qaclient sync` to send it")
                return 0
            views = conflicts.list()
            if args.json:
                print_json({"conflicts": [v.to_json() for v in views]})
            else:
                for v in views:
                    print(
                        f"{v.id}  {v.table} {v.row_id}  {v.kind}: {', '.join(v.fields)}  {v.message}"
                    )
                if not views:
                    print("no open conflicts")
            return 0
        url = _connection(args.db)
        server = _engine_or_error(url, ask=not args.json, insecure=args.insecure_no_tls or None)
        engine = SyncEngine(col, server)
        try:
            result = engine.sync()
        except SyncError as exc:
            raise CliError(str(exc), 3 if exc.offline else 1) from exc
        finally:
            server.dispose()
    if args.json:
        print_json(result.to_json())
    else:
        if result.role:
            print(tr("roles-signed-in", login=result.login, role=result.role))
        elif result.login:
            print(tr("roles-signed-in-owner", login=result.login))
        for r in result.refusals:
            print(tr("roles-push-refused", table=r["table"], id=r["id"], reason=r["reason"]))
        if result.refused:
            print(tr("roles-refused-summary", count=result.refused))
        if result.removed:
            print(tr("roles-removed", count=result.removed))
        print(
            f"pushed {result.pushed}, pulled {result.pulled}, conflicts {result.conflicts} "
            f"(open: {result.open_conflicts}), merged {result.merged}"
            + (f", held back {result.held}" if result.held else "")
            + f" in {result.seconds * 1000:.0f} ms"
        )
        if result.score_mismatches:
            print(tr("sync-pull-score-mismatches", count=result.score_mismatches))
        if result.open_conflicts:
            print(
                "see them with `qaclient sync --conflicts`; decide with `qaclient sync --resolve ID mine|theirs`"
            )
    return 1 if result.open_conflicts and args.fail_on_conflict else 0


def _checkout(col, args: argparse.Namespace) -> int:
    """Copy the audio of my open assignments into the offline cache."""
    from qaclient.sync.offline_cache import checkout_assignments

    def progress(done: int, total: int, call_id: str) -> None:
        if not args.json and sys.stderr.isatty():
            pct = 100 * done // total if total else 100
            sys.stderr.write(f"\r{call_id}: {pct:3d}% of {total / 1e6:.1f} MB ")
            sys.stderr.flush()

    report = checkout_assignments(col, args.inspector, progress=progress)
    if args.json:
        print_json(report.to_json())
    else:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        print(
            f"{len(report.fetched)} recordings copied, {len(report.already)} already offline, "
            f"{len(report.failed)} failed, {report.evicted} evicted"
        )
        for call_id, reason in report.failed:
            print(f"  {call_id}: {reason}")
    return 1 if report.failed else 0


def cmd_db_init(args: argparse.Namespace) -> int:
    from qaclient.storage.db import StoreError
    from qaclient.sync import server as server_mod

    url = _connection(args.db)
    insecure = args.insecure_no_tls or None
    engine = _engine_or_error(url, ask=not args.json, insecure=insecure)
    settings = {}
    if args.inspectors_see_all_calls:
        settings["inspectors_see_all_calls"] = args.inspectors_see_all_calls
    try:
        server_id = server_mod.install(engine, settings=settings)
    except (StoreError, server_mod.ServerSchemaError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        engine.dispose()
    from qaclient.storage.db import current_revision
    from qaclient.sync.engine import server_engine

    e2 = server_engine(url, insecure_no_tls=insecure)
    try:
        rev = current_revision(e2)
    finally:
        e2.dispose()
    info = {
        "server_id": server_id,
        "revision": rev,
        "tables": [t.name for t in server_mod.synced_tables()],
        "database": e2.url.render_as_string(hide_password=True),
    }
    if args.json:
        print_json(info)
    else:
        print(
            f"shared schema at revision {rev} on {info['database']} (server id {server_id}); "
            f"{len(info['tables'])} synced tables"
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``sync`` and ``db`` to the ``qaclient`` parser."""
    p = sub.add_parser(
        "sync",
        help="send local changes to the shared server and fetch everyone else's",
        description="Push local changes to the shared PostgreSQL server, pull the others', and "
        "report conflicts. The server comes from --db, QACLIENT_DATABASE_URL or the settings.",
    )
    p.add_argument("--db", metavar="URL", help="postgresql://user@host[:port]/database")
    p.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON (pushed, pulled, conflicts, …)",
    )
    p.add_argument(
        "--conflicts", action="store_true", help="list open conflicts instead of syncing"
    )
    p.add_argument(
        "--resolve", nargs=2, metavar=("ID", "mine|theirs|merge"), help="decide a conflict"
    )
    p.add_argument(
        "--pick",
        action="append",
        metavar="FIELD=mine|theirs",
        help="with --resolve ID merge: the side one field in conflict takes "
        "(repeatable; e.g. answers.greeting=mine; fields not picked keep theirs)",
    )
    p.add_argument(
        "--fail-on-conflict", action="store_true", help="exit status 1 when conflicts are open"
    )
    p.add_argument(
        "--checkout",
        action="store_true",
        help="take my open assignments offline: copy their audio into the local cache (verified)",
    )
    p.add_argument(
        "--inspector", metavar="LOGIN", help="with --checkout: whose assignments (default: me)"
    )
    _insecure_flag(p)
    p.add_argument(
        "--refused",
        action="store_true",
        help="list the changes the server refused for your login (kept here, not re-sent)",
    )
    p.set_defaults(func=cmd_sync)

    d = sub.add_parser("db", help="shared database administration")
    dsub = d.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    init = dsub.add_parser(
        "init",
        help="create or upgrade the shared PostgreSQL schema",
        description="Create or upgrade the shared schema (the same migrations as the local store) "
        "plus the server-only parts: change sequence, triggers, indexes. Safe to run again.",
    )
    init.add_argument("--db", metavar="URL", help="postgresql://user@host[:port]/database")
    init.add_argument("--json", action="store_true", help="print the result as JSON")
    init.add_argument(
        "--inspectors-see-all-calls",
        choices=["yes", "no"],
        help="the centre's setting: inspectors see the whole library (yes) or only the calls "
        "assigned to them (no, the default)",
    )
    _insecure_flag(init)
    init.set_defaults(func=cmd_db_init)

    from qaclient.cli import db_users

    db_users.register(dsub)


def _insecure_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--insecure-no-tls",
        action="store_true",
        help="allow a connection WITHOUT encryption (sslmode=disable/prefer in the URL, or a "
        "server without TLS); by default TLS is required (sslmode=require, verify-full with "
        "the setting sync_ssl_root_cert)",
    )
