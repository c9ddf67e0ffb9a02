"""``qaclient report …`` and ``qaclient coaching …`` commands.

    qaclient report kpi --month 2026-10 [--team T] --format json|csv|xlsx|pdf -o F
    qaclient report scorecard --month 2026-10 [--team T] --format … [-o F]
    qaclient report scorecard-event --agent A --month M --kind bonus|minor|… [--points P] --reason R
    qaclient report inspectors --month 2026-10 --format … [-o F]
    qaclient coaching export-pack SESSION_ID -o DIR

PDF is drawn by Qt's own PDF writer in ``ui.reports.pdf`` / ``ui.coaching.pack_pdf``,
imported by name here, so the core never imports Qt at module level.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from qaclient.cli.common import CliError, dumps

FORMATS = ("json", "csv", "xlsx", "pdf")


def _collection(args: argparse.Namespace):
    from qaclient.collection import Collection
    from qaclient.storage.db import StoreError

    try:
        return Collection.open(getattr(args, "db", None))
    except StoreError as exc:
        raise CliError(str(exc), 2) from exc


def _month(text: str):
    from qaclient.reports.period import Month, PeriodError

    try:
        return Month.parse(text)
    except PeriodError as exc:
        raise CliError(str(exc), 2) from exc


def _check_tz(tz: str | None) -> None:
    from qaclient.reports.period import PeriodError, zone

    try:
        zone(tz)
    except PeriodError as exc:
        raise CliError(str(exc), 2) from exc


def _check_team(col, team: str | None) -> None:
    """An unknown team is a typo far more often than an empty team: say so."""
    if team is None:
        return
    teams = col.reports.teams()
    if team not in teams:
        known = ", ".join(teams) or "none registered"
        raise CliError(f"no agents in team {team!r} (teams: {known})", 2)


def _output(report, args: argparse.Namespace, pdf_function: str) -> int:
    """Write *report* in ``args.format`` to ``args.output`` (JSON without -o: stdout)."""
    fmt = args.format
    out = Path(args.output) if args.output else None
    if fmt == "json":
        text = dumps(report.to_json()) + "\n"
        if out is None:
            sys.stdout.write(text)
        else:
            _write(out, lambda: out.write_text(text, encoding="utf-8"))
        return 0
    if out is None:
        raise CliError(f"--format {fmt} needs an output file: -o FILE.{fmt}", 2)
    if fmt in ("csv", "xlsx"):
        from qaclient.reports.service import Reports

        _write(out, lambda: Reports.export(report, out, fmt))
    else:
        try:
            module = importlib.import_module("ui.reports.pdf")
        except ImportError as exc:
            raise CliError(
                f"PDF export needs the desktop package (ui) with PySide6: {exc}", 3
            ) from exc
        _write(
            out,
            lambda: getattr(module, pdf_function)(report, out, lang=getattr(args, "lang", "en")),
        )
    _audit_export(report, args, out, fmt)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _audit_export(report, args: argparse.Namespace, out: Path, fmt: str) -> None:
    """An export of people's results leaves the building: it goes in the audit trail."""
    from qaclient import audit_trail

    kind = type(report).__name__
    with _collection(args) as col:
        audit_trail.record_now(
            col,
            "report",
            audit_trail.export_id(kind),
            "export",
            fmt,
            None,
            {"report": kind, "file": out.name},
        )


def _write(out: Path, fn) -> None:
    if not out.parent.exists():
        raise CliError(f"{out}: folder {out.parent} does not exist", 2)
    try:
        fn()
    except PermissionError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror})", 2) from exc
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc})", 2) from exc


def _kpi(args: argparse.Namespace) -> int:
    month = _month(args.month)
    _check_tz(args.tz)
    with _collection(args) as col:
        _check_team(col, args.team)
        report = col.reports.kpi(month, team=args.team, tz=args.tz, lang=args.lang)
    return _output(report, args, "write_kpi_pdf")


def _scorecard(args: argparse.Namespace) -> int:
    month = _month(args.month)
    _check_tz(args.tz)
    with _collection(args) as col:
        _check_team(col, args.team)
        report = col.reports.scorecard(
            month,
            team=args.team,
            tz=args.tz,
            escalate=not args.no_escalation,
            pay_float=not args.no_pay_float,
        )
    return _output(report, args, "write_scorecard_pdf")


def _inspectors(args: argparse.Namespace) -> int:
    month = _month(args.month)
    _check_tz(args.tz)
    with _collection(args) as col:
        report = col.reports.inspectors(
            month, tz=args.tz, threshold=args.threshold, min_evaluations=args.min_evaluations
        )
    return _output(report, args, "write_inspectors_pdf")


def _event(args: argparse.Namespace) -> int:
    from qaclient.reports.scorecard import ScorecardError

    month = _month(args.month)
    try:
        points = Decimal(args.points) if args.points is not None else None
    except InvalidOperation as exc:
        raise CliError(f"--points {args.points!r} is not a number", 2) from exc
    with _collection(args) as col:
        try:
            event_id = col.reports.add_scorecard_event(
                agent=args.agent,
                month=month,
                kind=args.kind,
                points=points,
                count=args.count,
                reason=args.reason,
                item_id=args.item,
            )
        except ScorecardError as exc:
            raise CliError(str(exc), 2) from exc
    print(event_id)
    return 0


def _export_pack(args: argparse.Namespace) -> int:
    from qaclient.coaching.service import CoachingError

    out = Path(args.output)
    try:
        module = importlib.import_module("ui.coaching.pack_pdf")
    except ImportError as exc:
        raise CliError(
            f"the coaching pack PDF needs the desktop package (ui) with PySide6: {exc}", 3
        ) from exc
    with _collection(args) as col:
        try:
            result = col.coaching.export_pack(
                args.session,
                out,
                render_pdf=module.write_pack_pdf,
                lang=args.lang,
                with_clips=not args.no_clips,
            )
        except CoachingError as exc:
            raise CliError(str(exc), 2) from exc
    sys.stdout.write(dumps(result.to_json()) + "\n")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``report`` and ``coaching`` to the ``qaclient`` parser."""
    rep = sub.add_parser(
        "report", help="monthly KPI report, agent scorecards, inspector statistics"
    )
    rsub = rep.add_subparsers(dest="report", metavar="REPORT", required=True)

    def common(p: argparse.ArgumentParser, *, team: bool = True) -> None:
        p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month reported")
        if team:
            p.add_argument("--team", metavar="T", help="only the agents of team T")
        p.add_argument(
            "--format", choices=FORMATS, default="json", help="output format (default json)"
        )
        p.add_argument(
            "-o", "--output", metavar="F", help="output file (json: stdout when omitted)"
        )
        p.add_argument(
            "--tz",
            metavar="ZONE",
            help="time zone of the centre's calendar, e.g. Asia/Shanghai (default UTC)",
        )
        p.add_argument(
            "--lang", choices=["en", "zh_CN", "es"], default="en", help="labels in PDF/JSON"
        )
        p.add_argument("--db", metavar="URL", help="database URL (default: the local store)")

    p = rsub.add_parser(
        "kpi", help="monthly KPI report per agent, team and centre, with last month beside it"
    )
    common(p)
    p.set_defaults(func=_kpi)

    p = rsub.add_parser(
        "scorecard", help="monthly agent scorecards (base 80, events, cap 110, grades A-E)"
    )
    common(p)
    p.add_argument(
        "--no-escalation",
        action="store_true",
        help="do not turn 4 minor / 2 moderate infractions into a severe one",
    )
    p.add_argument(
        "--no-pay-float",
        action="store_true",
        help="first two months of a new system: points only, no pay float",
    )
    p.set_defaults(func=_scorecard)

    p = rsub.add_parser(
        "inspectors", help="evaluations per day, handling time, lenient/harsh inspectors"
    )
    common(p, team=False)
    p.add_argument(
        "--threshold",
        type=float,
        default=5.0,
        help="points from everyone's mean that flag an inspector (default 5)",
    )
    p.add_argument(
        "--min-evaluations",
        type=int,
        default=5,
        help="fewest evaluations before an inspector can be flagged (default 5)",
    )
    p.set_defaults(func=_inspectors)

    p = rsub.add_parser(
        "scorecard-event", help="record a bonus, infraction, adjustment or dismissal flag"
    )
    p.add_argument("--agent", required=True)
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument(
        "--kind",
        required=True,
        choices=["bonus", "minor", "moderate", "severe", "adjustment", "flag"],
    )
    p.add_argument("--points", help="points per occurrence (default: the handbook's for the kind)")
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--item", help="scorecard rubric item id")
    p.add_argument("--reason", default="", help="required for adjustments and flags")
    p.add_argument("--db", metavar="URL")
    p.set_defaults(func=_event)

    coach = sub.add_parser("coaching", help="coaching sessions")
    csub = coach.add_subparsers(dest="coaching", metavar="ACTION", required=True)
    p = csub.add_parser(
        "export-pack", help="coaching pack: PDF with figures, items, comments; clips beside it"
    )
    p.add_argument("session", metavar="SESSION_ID")
    p.add_argument(
        "-o", "--output", required=True, metavar="DIR", help="folder to write the pack into"
    )
    p.add_argument("--lang", choices=["en", "zh_CN", "es"], default="en")
    p.add_argument("--no-clips", action="store_true", help="only the PDF")
    p.add_argument("--db", metavar="URL")
    p.set_defaults(func=_export_pack)
