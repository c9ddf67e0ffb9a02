"""``qaclient evaluation show|acknowledge|dispute``, ``qaclient disputes`` and
``qaclient dispute resolve``: the agent's and the supervisor's side of an evaluation."""

from __future__ import annotations

import argparse
import sys

from qaclient.cli.common import CliError, print_json, read_json


def _open():
    from qaclient.collection import Collection

    return Collection.open()


def cmd_show(args: argparse.Namespace) -> int:
    from qaclient.evaluations import EvaluationError
    from qaclient.rubrics.breakdown import breakdown

    with _open() as col:
        try:
            view = col.evaluations.get(args.id)
            disputes = col.disputes.for_evaluation(view.id)
        except EvaluationError as exc:
            raise CliError(str(exc)) from exc
        data = view.to_json()
        data["breakdown"] = breakdown(view.rubric, view.answers, view.result)
        data["disputes"] = [d.to_json() for d in disputes]
    if args.json:
        print_json(data)
    else:
        b = data["breakdown"]
        print(f"{view.id}  {view.call_id}  {view.agent}  {view.status.value}")
        for step in b["steps"]:
            print(f"  {step}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """The evaluation as a PDF (score, how it was computed, comments, disputes)."""
    import importlib

    from qaclient.cli.common import output_target
    from qaclient.evaluations import EvaluationError
    from qaclient.messages import current_language, msg
    from qaclient.outputs import write_atomic

    out = output_target(args.output, force=args.force, fmt="pdf")
    try:
        module = importlib.import_module("ui.evaluation.evaluation_pdf")
    except ImportError as exc:
        raise CliError(msg("cli-pdf-needs-ui", reason=str(exc)), 3) from exc
    with _open() as col:
        try:
            view = col.evaluations.get(args.id)
            disputes = col.disputes.for_evaluation(view.id)
            names = col.names.people()
        except EvaluationError as exc:
            raise CliError(str(exc)) from exc
    lang = current_language()
    write_atomic(
        out,
        lambda tmp: module.write_evaluation_pdf(view, tmp, lang, disputes=disputes, names=names),
    )
    print(msg("cli-wrote", path=str(out)), file=sys.stderr)
    return 0


def cmd_acknowledge(args: argparse.Namespace) -> int:
    from qaclient.evaluations import EvaluationError

    with _open() as col:
        try:
            view = col.evaluations.acknowledge(args.id)
        except EvaluationError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(view.to_json())
    else:
        print(f"{view.id}  {view.status.value}")
    return 0


def cmd_dispute(args: argparse.Namespace) -> int:
    from qaclient.disputes import DisputeError
    from qaclient.evaluations import EvaluationError

    items = args.item or []
    reasons = args.reason or []
    if len(items) != len(reasons):
        raise CliError("give one --reason after each --item (e.g. --item greeting --reason '…')")
    with _open() as col:
        try:
            view = col.disputes.open(args.id, list(zip(items, reasons, strict=True)))
        except (DisputeError, EvaluationError) as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(view.to_json())
    else:
        print(view.id)
    return 0


def cmd_disputes(args: argparse.Namespace) -> int:
    with _open() as col:
        rows = col.disputes.list(
            status=None if args.status == "all" else args.status, agent=args.agent
        )
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        for r in rows:
            items = ", ".join(i.item for i in r.items)
            print(
                f"{r.id}  {r.age_days():>3}d  {r.agent:<10} {r.call_id:<20} {r.status.value}  {items}"
            )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from qaclient.disputes import DisputeError
    from qaclient.evaluations import EvaluationError, SubmitError
    from qaclient.rubrics.model import AnswerError

    answers = None
    if args.answers:
        answers = read_json(args.answers, "answers file")
        if not isinstance(answers, dict):
            raise CliError(f"{args.answers}: answers must be a JSON object of item id -> answer")
    with _open() as col:
        try:
            view = col.disputes.resolve(args.id, args.outcome, args.reason, answers=answers)
        except SubmitError as exc:
            lines = "; ".join(f"{item}: {m}" for item, m in exc.problems)
            raise CliError(f"the corrected evaluation cannot be submitted: {lines}") from exc
        except AnswerError as exc:
            raise CliError(f"{args.answers}: {exc}") from exc
        except (DisputeError, EvaluationError) as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(view.to_json())
    else:
        print(f"{view.id}  {view.status.value}  {view.percent_before} -> {view.percent_after}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluation", help="one evaluation: show, acknowledge, dispute")
    esub = p.add_subparsers(dest="evaluation_command", metavar="ACTION", required=True)

    e = esub.add_parser("show", help="an evaluation and how its score was computed")
    e.add_argument("id", metavar="ID")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_show)

    e = esub.add_parser("export", help="the evaluation as a PDF, with how its score was computed")
    e.add_argument("id", metavar="ID")
    e.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    e.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    e.set_defaults(func=cmd_export)

    e = esub.add_parser("acknowledge", help="the agent acknowledges the evaluation")
    e.add_argument("id", metavar="ID")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_acknowledge)

    e = esub.add_parser("dispute", help="the agent disputes items, each with a reason")
    e.add_argument("id", metavar="ID")
    e.add_argument("--item", action="append", metavar="ITEM", help="repeatable")
    e.add_argument("--reason", action="append", metavar="TEXT", help="one after each --item")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_dispute)

    p = sub.add_parser("disputes", help="the disputes queue (open ones, oldest first)")
    p.add_argument("--status", choices=["open", "upheld", "rejected", "all"], default="open")
    p.add_argument("--agent")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_disputes)

    p = sub.add_parser("dispute", help="resolve a dispute (supervisors)")
    dsub = p.add_subparsers(dest="dispute_command", metavar="ACTION", required=True)
    d = dsub.add_parser("resolve", help="upheld (revise the score) or rejected, with a reason")
    d.add_argument("id", metavar="ID")
    d.add_argument("outcome", choices=["upheld", "rejected"])
    d.add_argument("--reason", required=True, metavar="TEXT")
    d.add_argument("--answers", metavar="A.json", help="corrected answers (upheld)")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_resolve)
