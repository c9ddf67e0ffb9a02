"""``qaclient calibration create|reveal|report|show|list``: blind calibration sessions."""

from __future__ import annotations

import argparse

from qaclient.cli.common import CliError, print_json


def _open(actor: str | None = None):
    from qaclient.collection import Collection

    return Collection.open(actor=actor)


def cmd_create(args: argparse.Namespace) -> int:
    from qaclient.calibration.service import CalibrationError
    from qaclient.rubrics.catalog import RubricNotFound

    with _open() as col:
        try:
            view = col.calibrations.create(
                rubric=args.rubric,
                calls=args.call,
                inspectors=args.inspector,
                benchmark=args.benchmark,
                title=args.title or "",
            )
        except (CalibrationError, RubricNotFound, ValueError) as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json({"id": str(view.id), **view.to_json()})
    else:
        print(view.id)
    return 0


def cmd_reveal(args: argparse.Namespace) -> int:
    from qaclient.calibration.service import CalibrationError

    with _open() as col:
        try:
            view = col.calibrations.reveal(args.id)
        except CalibrationError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(view.to_json())
    else:
        print(f"{view.id}  {view.status.value}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from qaclient.calibration.service import CalibrationError

    with _open() as col:
        try:
            report = col.calibrations.report(args.id)
        except CalibrationError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(report)
        return 0

    def fmt(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    print(f"{'item':<28} {'n':>4} {'agree':>6} {'α nom':>6} {'α ord':>6} {'κ':>6}")
    for it in report["items"]:
        print(
            f"{it['item']:<28} {it['n_ratings']:>4} {fmt(it['percent_agreement']):>6} "
            f"{fmt(it['alpha_nominal']):>6} {fmt(it['alpha_ordinal']):>6} "
            f"{fmt(it['fleiss_kappa']):>6}"
        )
    print(f"overall α (interval, call percent): {fmt(report['overall']['alpha_interval'])}")
    for ev in report["evaluators"]:
        print(f"{ev['login']:<20} {fmt(ev['mean_abs_deviation'])}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from qaclient.calibration.service import CalibrationError

    with _open() as col:
        try:
            view = col.calibrations.get(args.id)
            data = view.to_json()
            data["progress"] = col.calibrations.progress(view.id)
        except CalibrationError as exc:
            raise CliError(str(exc)) from exc
    print_json(data)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _open() as col:
        views = col.calibrations.list(participant=args.participant)
    if args.json:
        print_json([v.to_json() for v in views])
    else:
        for v in views:
            print(f"{v.id}  {v.status.value:<9} {v.rubric.id:<24} {len(v.calls)} calls  {v.title}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calibration", help="calibration sessions: score the same calls blind")
    csub = p.add_subparsers(dest="calibration_command", metavar="ACTION", required=True)

    c = csub.add_parser("create", help="create a session: calls, a rubric, invited inspectors")
    c.add_argument("--rubric", required=True, metavar="NAME")
    c.add_argument("--call", action="append", required=True, metavar="CALL_ID")
    c.add_argument("--inspector", action="append", required=True, metavar="LOGIN")
    c.add_argument("--benchmark", metavar="LOGIN", help="the benchmark (expert) scorer")
    c.add_argument("--title", help="a name for the session")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_create)

    c = csub.add_parser("reveal", help="end blind scoring: everyone sees everyone's answers")
    c.add_argument("id", metavar="ID")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_reveal)

    c = csub.add_parser("report", help="agreement per item and overall (after the reveal)")
    c.add_argument("id", metavar="ID")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_report)

    c = csub.add_parser("show", help="a session and who has scored how many calls")
    c.add_argument("id", metavar="ID")
    c.set_defaults(func=cmd_show)

    c = csub.add_parser("list", help="calibration sessions, newest first")
    c.add_argument("--participant", metavar="LOGIN")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)
