"""``qaclient report …`` and ``qaclient coaching …`` commands.

    qaclient report kpi --month 2026-10 [--team T] --format json|csv|xlsx|pdf -o F
    qaclient report scorecard --month 2026-10 [--team T] --format … [-o F]
    qaclient report scorecard-event --agent A --month M --kind bonus|minor|… [--points P] --reason R
    qaclient report inspectors --month 2026-10 [--by evaluation|submitted] --format … [-o F]
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

from qaclient.cli.common import CliError, dumps, output_target
from qaclient.messages import current_language, msg

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
        known = ", ".join(teams) or "—"
        raise CliError(msg("cli-unknown-team", team=team, teams=known), 2)


def _masker(col, args: argparse.Namespace):
    """Text that looks like a caller number is masked in the export unless this user may
    see it in full (then the export is audited)."""
    if args.format not in ("csv", "xlsx"):
        return None
    return col.privacy.masker(f"export-{args.format}", audit="always")


def _output(report, args: argparse.Namespace, pdf_function: str, masker=None) -> int:
    """Write *report* in ``args.format`` to ``args.output`` (JSON without -o: stdout).

    The file is checked first (:func:`output_target`: no overwrite without ``--force``,
    never a library recording, the format's extension) and written atomically."""
    from qaclient.outputs import write_atomic

    fmt = args.format
    if fmt == "json" and not args.output:
        sys.stdout.write(dumps(report.to_json()) + "\n")
        return 0
    if not args.output:
        raise CliError(msg("cli-needs-output", format=fmt), 2)
    out = output_target(args.output, force=args.force, fmt=fmt, db=getattr(args, "db", None))
    if fmt == "json":
        text = dumps(report.to_json()) + "\n"
        _write(out, lambda: write_atomic(out, lambda tmp: tmp.write_text(text, encoding="utf-8")))
    elif fmt in ("csv", "xlsx"):
        from qaclient.privacy import MASKED
        from qaclient.reports.service import Reports

        _write(
            out,
            lambda: write_atomic(
                out, lambda tmp: Reports.export(report, tmp, fmt, masker=masker or MASKED)
            ),
        )
    else:
        try:
            module = importlib.import_module("ui.reports.pdf")
        except ImportError as exc:
            raise CliError(msg("cli-pdf-needs-ui", reason=str(exc)), 3) from exc
        render = getattr(module, pdf_function)
        lang = current_language()
        _write(out, lambda: write_atomic(out, lambda tmp: render(report, tmp, lang=lang)))
    _audit_export(report, args, out, fmt)
    print(msg("cli-wrote", path=str(out)), file=sys.stderr)
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
        raise CliError(msg("cli-no-folder", path=str(out), folder=str(out.parent)), 2)
    try:
        fn()
    except PermissionError as exc:
        raise CliError(msg("cli-cannot-write", path=str(out), reason=str(exc.strerror)), 2) from exc
    except OSError as exc:
        raise CliError(msg("cli-cannot-write", path=str(out), reason=str(exc)), 2) from exc


def _kpi(args: argparse.Namespace) -> int:
    month = _month(args.month)
    _check_tz(args.tz)
    with _collection(args) as col:
        _check_team(col, args.team)
        report = col.reports.kpi(month, team=args.team, tz=args.tz, lang=current_language())
        masker = _masker(col, args)
    return _output(report, args, "write_kpi_pdf", masker)


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
        masker = _masker(col, args)
    return _output(report, args, "write_scorecard_pdf", masker)


def _inspectors(args: argparse.Namespace) -> int:
    month = _month(args.month)
    _check_tz(args.tz)
    with _collection(args) as col:
        report = col.reports.inspectors(
            month,
            tz=args.tz,
            threshold=args.threshold,
            min_evaluations=args.min_evaluations,
            by=args.by,
        )
        masker = _masker(col, args)
    return _output(report, args, "write_inspectors_pdf", masker)


def _event(args: argparse.Namespace) -> int:
    from qaclient.reports.scorecard import ScorecardError

    month = _month(args.month)
    try:
        points = Decimal(args.points) if args.points is not None else None
    except InvalidOperation as exc:
        raise CliError(msg("cli-points-not-a-number", points=str(args.points)), 2) from exc
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
        raise CliError(msg("cli-pdf-needs-ui", reason=str(exc)), 3) from exc
    with _collection(args) as col:
        try:
            result = col.coaching.export_pack(
                args.session,
                out,
                render_pdf=module.write_pack_pdf,
                lang=current_language(),
                with_clips=not args.no_clips,
                overwrite=args.force,
                agent_only=args.agent_channel_only,
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
        p.add_argument("--force", action="store_true", help="overwrite F if it exists")
        p.add_argument(
            "--tz",
            metavar="ZONE",
            help="time zone of the centre's calendar, e.g. Asia/Shanghai (default UTC)",
        )
        p.add_argument(
            "--lang",
            choices=["en", "zh_CN", "es"],
            default=argparse.SUPPRESS,
            help="language of the labels and headings (default: qaclient --lang, "
            "QACLIENT_LANG, the settings, the system locale)",
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
    p.add_argument(
        "--by",
        choices=("evaluation", "submitted"),
        default="evaluation",
        help="which month an evaluation belongs to: its own (the call's, as in the KPI "
        "report; default) or the month it was submitted in",
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
    p.add_argument(
        "--lang",
        choices=["en", "zh_CN", "es"],
        default=argparse.SUPPRESS,
        help="language of the pack (default: qaclient --lang, QACLIENT_LANG, the settings…)",
    )
    p.add_argument("--no-clips", action="store_true", help="only the PDF")
    p.add_argument("--force", action="store_true", help="replace pack files already in DIR")
    p.add_argument(
        "--agent-channel-only",
        action="store_true",
        help="cut the clips from the agent's channel alone (no customer voice in the pack)",
    )
    p.add_argument("--db", metavar="URL")
    p.set_defaults(func=_export_pack)
