"""``qaclient evaluate`` (store an evaluation: past paper/spreadsheet scores, batch jobs) and
``qaclient evaluations`` (list them)."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time

from qaclient.cli.common import CliError, print_json, read_json


def _comment(text: str) -> tuple[int, str, str | None]:
    """``MS:TEXT`` or ``MS:ITEM:TEXT``? Only ``MS:TEXT``; an item link is ``MS@ITEM:TEXT``."""
    head, sep, body = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(
            f"comment {text!r} must look like MS:TEXT, e.g. 12500:greeting missed"
        )
    item = None
    if "@" in head:
        head, item = head.split("@", 1)
    try:
        ms = int(head)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"comment {text!r}: {head!r} is not a position in milliseconds"
        ) from exc
    if ms < 0:
        raise argparse.ArgumentTypeError(f"comment {text!r}: position must be >= 0")
    return ms, body, item or None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def cmd_evaluate(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection
    from qaclient.evaluations import EvaluationError, SubmitError
    from qaclient.rubrics.model import AnswerError

    answers = read_json(args.answers, "answers file")
    if not isinstance(answers, dict):
        raise CliError(f"{args.answers}: answers must be a JSON object mapping item ids to answers")
    scored_at = datetime.combine(args.date, time(12), tzinfo=UTC) if args.date else None
    with Collection.open(actor=args.evaluator) as col:
        try:
            if args.calibration:
                view = col.calibrations.evaluate(
                    args.calibration,
                    args.call,
                    evaluator=args.evaluator,
                    answers=answers,
                    agent=args.agent,
                    comments=args.comment or (),
                    note=args.note or "",
                    submit=args.submit,
                )
                if args.json:
                    print_json(view.to_json())
                else:
                    print(f"{view.id}  {view.call_id}  {view.status.value}")
                return 0
            view = col.evaluations.create(
                call_id=args.call,
                rubric=args.rubric,
                agent=args.agent,
                evaluator=args.evaluator,
                answers=answers,
                comments=args.comment or (),
                note=args.note or "",
                scored_at=scored_at,
            )
            if args.submit:
                view = col.evaluations.submit(view.id)
        except SubmitError as exc:
            lines = "\n".join(f"  {item}: {msg}" for item, msg in exc.problems)
            raise CliError(f"stored as draft but not submitted:\n{lines}") from exc
        except AnswerError as exc:
            raise CliError(f"{args.answers}: {exc}") from exc
        except (EvaluationError, LookupError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        if args.json:
            print_json(view.to_json())
        else:
            r = view.result
            print(
                f"{view.id}  {view.call_id}  {view.agent}  {r.total}/{r.max} ({r.percent}%)"
                f"  grade {r.grade or '-'}  {view.status.value}"
            )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection

    with Collection.open() as col:
        try:
            rows = col.evaluations.list(
                agent=args.agent,
                evaluator=args.evaluator,
                call_id=args.call,
                status=args.status,
                rubric=args.rubric,
                date_from=args.date_from,
                date_to=args.date_to,
                limit=args.limit,
            )
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        for r in rows:
            print(
                f"{r.id}  {r.call_id:<20} {r.agent:<10} {r.total}/{r.max} {r.grade or '-':<5} {r.status.value}"
            )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="store an evaluation of a call (e.g. past paper scores)")
    p.add_argument("--call", required=True, metavar="ID", help="call id")
    p.add_argument("--rubric", required=True, metavar="NAME|FILE", help="rubric name or file")
    p.add_argument("--answers", required=True, metavar="ANSWERS.json", help="item id -> answer")
    p.add_argument("--agent", help="agent id (default: the library's agent for the call)")
    p.add_argument("--evaluator", help="evaluator login (default: QACLIENT_USER or the OS user)")
    p.add_argument(
        "--comment",
        action="append",
        type=_comment,
        metavar="MS:TEXT",
        help="timestamped comment; MS@ITEM:TEXT links it to an item; repeatable",
    )
    p.add_argument("--note", help="overall coaching note")
    p.add_argument(
        "--date",
        type=_date,
        help="date the evaluation counts for (default: call start, else today)",
    )
    p.add_argument(
        "--submit", action="store_true", help="submit it (refused if items are unanswered)"
    )
    p.add_argument(
        "--calibration",
        metavar="ID",
        help="store it as this inspector's scoring in a calibration session (never in KPIs)",
    )
    p.add_argument("--json", action="store_true", help="print the stored evaluation as JSON")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("evaluations", help="list stored evaluations")
    p.add_argument("--agent")
    p.add_argument("--evaluator")
    p.add_argument("--call", metavar="ID")
    p.add_argument(
        "--status", choices=["draft", "submitted", "acknowledged", "disputed", "revised", "final"]
    )
    p.add_argument("--rubric", metavar="NAME")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
