"""``qaclient import`` / ``calls`` / ``sample`` / ``assignments`` / ``coverage``: the
recordings library from the command line (batch imports, scripted sampling).

JSON contracts (``--json``):

* ``import``: ``{root, batch_id, scanned, imported, updated, relocated, unchanged,
  rejected, ignored, metadata_files, unmatched_records, cancelled, seconds,
  rejects: [{path, code, reason}], ignored_files, metadata: [...], warnings}``
* ``calls``: ``{total, offset, limit, calls: [{call_id, agent, team, queue, direction,
  start, duration, duration_ms, caller_number, complaint, agent_channel, channel_layout,
  file_uri, content_hash, samplerate, channels, frames, format, subtype, notes, scored,
  evaluation_count, ...}]}``
* ``sample``: ``{name, seed, period, rules, candidates, count, minutes, calls: [...],
  shortfalls: [...], assignment: {batch_id, name, seed, inspectors: [{inspector, calls,
  minutes, call_ids}]} | null}``
"""

from __future__ import annotations

import argparse
import sys
import time as _time
from datetime import date, datetime

from qaclient.cli.common import CliError, print_json


def _when(text: str) -> date | datetime:
    from qaclient.dates import DayRangeError, check_day

    try:
        if len(text) == 10:
            value: date | datetime = date.fromisoformat(text)
        else:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS][+ZZ:ZZ])"
        ) from exc
    try:
        return check_day(value)
    except DayRangeError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _period(args: argparse.Namespace) -> None:
    """--from/--to in range and in order (one-line error, exit 2)."""
    from qaclient.dates import DayRangeError, check_period

    try:
        check_period(args.date_from, args.date_to, ("--from", "--to"))
    except DayRangeError as exc:
        raise CliError(str(exc), 2) from exc


def _seconds(text: str) -> float:
    from qaclient.recordings.metadata.base import parse_duration

    try:
        value = parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value is None:
        raise argparse.ArgumentTypeError("empty duration")
    return value


def _open(actor: str | None = None):
    from qaclient.collection import Collection
    from qaclient.storage.db import StoreError

    try:
        return Collection.open(actor=actor)
    except StoreError as exc:
        raise CliError(str(exc), 2) from exc


# --- import -----------------------------------------------------------------------------------


class _Progress:
    """A one-line progress counter on stderr (only when it is a terminal)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled:
            return
        now = _time.monotonic()
        if done == total or now - self.last > 0.2:
            self.last = now
            sys.stderr.write(f"\r  {done}/{total} files  ")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def cmd_import(args: argparse.Namespace) -> int:
    from qaclient.recordings.importer import FolderImportError

    with _open() as col:
        try:
            report = col.library.import_folder(
                args.dir,
                mapping=args.mapping,
                progress=_Progress(not args.json and not args.quiet),
                workers=args.workers,
            )
        except FolderImportError as exc:
            raise CliError(str(exc), 2) from exc
    if args.json:
        print_json(report.to_json())
    else:
        c = report.counts()
        print(
            f"{report.root}: {c['scanned']} recordings — imported {c['imported']}, "
            f"updated {c['updated']}, relocated {c['relocated']}, unchanged {c['unchanged']}, "
            f"rejected {c['rejected']} ({report.seconds:.1f} s)"
        )
        for m in report.metadata_files:
            print(
                f"metadata {m.path} ({m.source}): {m.records} records, {m.matched} matched to recordings"
            )
            for e in m.errors:
                print(f"  ! {e}")
        if report.unmatched_records:
            print(f"{report.unmatched_records} metadata records have no recording in this folder")
        if report.rejects:
            print("rejected:")
            for r in report.rejects:
                print(f"  {r.path} [{r.code}]: {r.reason}")
        for w in report.warnings:
            print(f"warning: {w}")
        if report.ignored:
            print(f"{len(report.ignored)} other files ignored (not recordings or metadata)")
    if args.strict and report.rejects:
        return 3
    return 0


# --- calls ------------------------------------------------------------------------------------


def _cmd_listened(args: argparse.Namespace) -> int:
    """``qaclient calls listened CALL_ID``: the call's listening log (synced from the server
    for a supervisor; your own events otherwise)."""
    from qaclient.messages import tr

    if len(args.what) != 2 or args.what[0] != "listened":
        raise CliError("usage: qaclient calls listened CALL_ID [--json]", 2)
    call_id = args.what[1]
    with _open() as col:
        events = col.listening.for_call(call_id)
    if args.json:
        print_json({"call_id": call_id, "events": [e.to_json() for e in events]})
    elif not events:
        print(tr("roles-no-listening", call=call_id))
    else:
        for e in events:
            print(
                f"{e.at:%Y-%m-%d %H:%M:%S}  {e.listener:16} {e.action.value:7} "
                f"at {e.position_ms / 1000:7.1f} s  for {e.duration_ms / 1000:7.1f} s  {e.detail}"
            )
    return 0


def cmd_calls(args: argparse.Namespace) -> int:
    from qaclient.recordings.library import CallFilter, LibraryError

    if args.what:
        return _cmd_listened(args)
    _period(args)
    with _open() as col:
        scored_by = args.scored_by
        if args.scored_by_me:
            scored_by = col.actor
        flt = CallFilter(
            agent=(args.agent[0] if len(args.agent) == 1 else args.agent) if args.agent else None,
            team=args.team,
            queue=args.queue,
            direction=args.direction,
            date_from=args.date_from,
            date_to=args.date_to,
            min_duration=args.min_duration,
            max_duration=args.max_duration,
            complaint=args.complaint,
            scored=args.scored,
            scored_by=scored_by,
            text=args.text,
            order="oldest" if args.oldest else "newest",
            timezone=args.timezone,
        )
        try:
            page = col.library.search(flt, offset=args.offset, limit=args.limit)
        except LibraryError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(page.to_json())
        return 0
    print(
        f"{page.total} calls (showing {page.offset + 1 if page.rows else 0}–{page.offset + len(page.rows)})"
    )
    for r in page.rows:
        flags = ("C" if r.complaint else "-") + ("S" if r.scored else "-")
        print(
            f"{r.start:%Y-%m-%d %H:%M}  {r.call_id:<24} {r.agent:<10} {(r.queue or ''):<12} "
            f"{(r.direction or ''):<8} {int(r.duration) // 60:3d}:{int(r.duration) % 60:02d} {flags}"
        )
    return 0


# --- sample / assignments / coverage ----------------------------------------------------------


def cmd_sample(args: argparse.Namespace) -> int:
    from qaclient.recordings.library import LibraryError
    from qaclient.recordings.sampling import RulesError, SamplingRules

    try:
        rules = SamplingRules.load(args.rules)
    except RulesError as exc:
        raise CliError(str(exc), 2) from exc
    inspectors = [i.strip() for i in (args.assign or "").split(",") if i.strip()] or list(
        rules.inspectors
    )
    with _open() as col:
        sample = col.library.sample(rules, seed=args.seed)
        batch = None
        if inspectors and not args.dry_run:
            if not sample.items:
                raise CliError(
                    "the sample is empty: no eligible calls in the period; nothing assigned", 1
                )
            try:
                batch = col.library.assign(
                    sample,
                    inspectors,
                    keep_agents_together=True if args.keep_agents_together else None,
                )
            except LibraryError as exc:
                raise CliError(str(exc)) from exc
    if args.json:
        data = sample.to_json()
        data["assignment"] = batch.to_json() if batch else None
        print_json(data)
        return 0
    print(
        f"sample {rules.name or args.rules}: {len(sample.items)} calls of {sample.candidates} eligible, "
        f"seed {sample.seed} (redraw with --seed {sample.seed})"
    )
    for i in sample.items:
        print(f"  {i.bucket}  {i.agent:<10} {i.call_id:<24} {(i.queue or ''):<12} {i.reason}")
    for s in sample.shortfalls:
        print(f"  short: {s.agent} {s.bucket}: {s.available} eligible of {s.wanted} wanted")
    if batch:
        print(f"assigned (batch {batch.batch_id}):")
        for load in batch.loads:
            print(f"  {load.inspector:<12} {len(load.call_ids):4d} calls {load.minutes:8.1f} min")
    return 0


def cmd_assignments(args: argparse.Namespace) -> int:
    with _open() as col:
        rows = col.library.assignments(args.inspector, include_done=not args.open)
        who = args.inspector or col.actor
    if args.json:
        print_json({"inspector": who, "assignments": [r.to_json() for r in rows]})
        return 0
    print(f"{len(rows)} calls assigned to {who}")
    for r in rows:
        print(
            f"  {r.call_id:<24} {r.agent:<10} {r.duration_ms / 60000:6.1f} min  {r.status:<11} {r.batch_name}"
        )
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from qaclient.recordings.sampling import RulesError

    _period(args)
    with _open() as col:
        try:
            cov = col.library.coverage(
                args.date_from, args.date_to, team=args.team, timezone=args.timezone
            )
        except RulesError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(cov.to_json())
        return 0
    share = cov.day_coverage
    print(
        f"coverage {cov.date_from} – {cov.date_to}: {len(cov.rows)} agents, "
        f"{len(cov.uncovered)} without any evaluation"
        + (f", {share:.0%} of agent-days covered" if share is not None else "")
    )
    for r in cov.rows:
        mark = " " if r.covered else "!"
        print(
            f" {mark} {r.agent:<12} {r.calls:5d} calls {r.evaluated_calls:4d} evaluated  days {r.days_covered}/{r.days_worked}"
        )
    return 0


def _date(text: str) -> date:
    from qaclient.dates import DayRangeError, check_day

    try:
        value = date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc
    try:
        return check_day(value)
    except DayRangeError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(sub: argparse._SubParsersAction) -> None:
    from qaclient.recordings.metadata.csv_sidecar import headers_help

    """Add ``import``, ``calls``, ``sample``, ``assignments`` and ``coverage``."""
    p = sub.add_parser(
        "import",
        help="import a folder of recordings with their metadata",
        description="Import every recording below DIR (recursively), probing each file and "
        "reading CSV sidecars, Asterisk/FreeSWITCH CDRs and Amazon Connect contact records "
        "found there. Never writes to DIR. Re-running is safe (idempotent).",
        epilog=headers_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("dir", metavar="DIR")
    p.add_argument(
        "--mapping",
        metavar="FILE",
        help="YAML/JSON mapping: CSV columns, file-name patterns, time zone",
    )
    p.add_argument("--json", action="store_true", help="print the import report as JSON")
    p.add_argument(
        "--strict", action="store_true", help="exit with status 3 when any file was rejected"
    )
    p.add_argument("--quiet", action="store_true", help="no progress counter")
    p.add_argument(
        "--workers", type=int, default=None, help="probe/hash threads (default: 2 × cores, max 8)"
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("calls", help="search the recordings library")
    p.add_argument("--agent", action="append", help="agent id (repeat for several)")
    p.add_argument("--team")
    p.add_argument("--queue")
    p.add_argument("--direction", choices=["inbound", "outbound"])
    p.add_argument(
        "--from", dest="date_from", type=_when, metavar="DATE", help="from this day / moment (UTC)"
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_when,
        metavar="DATE",
        help="to this day (inclusive) / before this moment",
    )
    p.add_argument("--min-duration", type=_seconds, metavar="SEC", help="seconds or MM:SS")
    p.add_argument("--max-duration", type=_seconds, metavar="SEC")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--complaint", dest="complaint", action="store_const", const=True, default=None)
    g.add_argument("--no-complaint", dest="complaint", action="store_const", const=False)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--scored", dest="scored", action="store_const", const=True, default=None)
    g.add_argument("--unscored", dest="scored", action="store_const", const=False)
    p.add_argument(
        "--scored-by-me", action="store_true", help="with an evaluation by the current user"
    )
    p.add_argument("--scored-by", metavar="LOGIN")
    p.add_argument("--text", help="substring of the call id or the notes")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--oldest", action="store_true", help="oldest first (default newest first)")
    p.add_argument(
        "--timezone", help="IANA zone of --from/--to days (default UTC), e.g. Asia/Shanghai"
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "what",
        nargs="*",
        metavar="listened CALL_ID",
        help="`calls listened CALL_ID`: who played, sought in or exported the call, and when",
    )
    p.set_defaults(func=cmd_calls)

    p = sub.add_parser(
        "sample",
        help="draw a reproducible sample of calls and assign it to inspectors",
        description="Draw calls by the RULES file (YAML/JSON, see docs/library.md). With "
        "inspectors (--assign or 'inspectors:' in the rules) the sample is stored as an "
        "assignment balanced by call minutes.",
    )
    p.add_argument("rules", metavar="RULES")
    p.add_argument(
        "--seed", type=int, help="seed (default: the rules' seed, else random and printed)"
    )
    p.add_argument("--assign", metavar="INSPECTORS", help="comma-separated inspector logins")
    p.add_argument(
        "--keep-agents-together",
        action="store_true",
        help="all of an agent's calls to one inspector",
    )
    p.add_argument("--dry-run", action="store_true", help="draw only; store no assignment")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("assignments", help="calls assigned to an inspector")
    p.add_argument("--inspector", help="login (default: the current user)")
    p.add_argument("--open", action="store_true", help="only calls not evaluated yet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_assignments)

    p = sub.add_parser("coverage", help="which agents have no evaluation in a period")
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE")
    p.add_argument("--team")
    p.add_argument("--timezone", help="IANA zone for day boundaries (default UTC)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_coverage)
