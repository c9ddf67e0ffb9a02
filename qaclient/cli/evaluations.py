"""``qaclient evaluate`` (store an evaluation: past paper/spreadsheet scores, batch jobs) and
``qaclient evaluations`` (list them)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, date, datetime, time

from qaclient.cli.common import CliError, print_json, read_json
from qaclient.messages import msg, tr
from qaclient.rubrics.scoring import problem_text

_COMMENT = re.compile(
    r"^(?P<pos>\d+:\d{2}:\d{2}(?:\.\d{1,3})?|\d+:\d{2}(?:\.\d{1,3})?|\d+)"
    r"(?:@(?P<item>[^:]+))?:(?P<text>.*)$",
    re.S,
)


def position_ms(text: str) -> int:
    """Milliseconds from ``12500`` (ms), ``1:30`` (m:ss) or ``1:02:30`` (h:mm:ss),
    optionally with a fraction of a second (``1:30.5``)."""
    if ":" not in text:
        return int(text)
    parts = text.split(":")
    seconds = float(parts[-1])
    minutes = int(parts[-2])
    hours = int(parts[0]) if len(parts) == 3 else 0
    if seconds >= 60 or (len(parts) == 3 and minutes >= 60):
        raise ValueError(f"{text!r}: minutes and seconds go up to 59")
    return round(((hours * 60 + minutes) * 60 + seconds) * 1000)


def _comment(text: str) -> tuple[int, str, str | None]:
    """``POS:TEXT`` or ``POS@ITEM:TEXT``; POS in ms, ``m:ss`` or ``h:mm:ss``."""
    m = _COMMENT.match(text)
    if m is None:
        raise argparse.ArgumentTypeError(
            f"comment {text!r} must look like POS:TEXT with POS in milliseconds, m:ss or "
            "h:mm:ss, e.g. 1:30:greeting missed (POS@ITEM:TEXT links an item)"
        )
    try:
        ms = position_ms(m.group("pos"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"comment {text!r}: {exc}") from exc
    return ms, m.group("text"), m.group("item") or None


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


def cmd_evaluate(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection
    from qaclient.evaluations import EvaluationError, SubmitError
    from qaclient.rubrics.model import AnswerError

    answers = read_json(args.answers, "answers file")
    if not isinstance(answers, dict):
        raise CliError(f"{args.answers}: answers must be a JSON object mapping item ids to answers")
    scored_at = datetime.combine(args.date, time(12), tzinfo=UTC) if args.date else None
    if args.accept_suggestions and args.calibration:
        raise CliError(str(msg("assist-cli-calibration")), 2)
    with Collection.open(actor=args.evaluator) as col:
        accepted = []
        if args.accept_suggestions:
            from qaclient.assist.suggestions import AssistError, suggest_call

            try:
                found = suggest_call(col, args.call, args.rubric)
            except AssistError as exc:
                raise CliError(str(exc)) from exc
            except (LookupError, ValueError) as exc:
                raise CliError(str(exc)) from exc
            for sug in found.suggestions:
                if sug.item not in answers:  # the answers file wins over a suggestion
                    answers[sug.item] = sug.answer.to_json()
                    accepted.append(sug)
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
                    check_sections=True,  # an answers file is a complete record
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
                check_sections=True,
                accepted=accepted,
            )
            if args.submit:
                view = col.evaluations.submit(view.id)
        except SubmitError as exc:
            lines = "\n".join(f"  {item}: {problem_text(code)}" for item, code in exc.problems)
            raise CliError(str(msg("cli-draft-not-submitted")) + "\n" + lines) from exc
        except AnswerError as exc:
            from qaclient.documents import printable

            raise CliError(f"{args.answers}: {printable(exc)}") from exc
        except (EvaluationError, LookupError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        if col.library.resolve(args.call) is None:
            print(f"qaclient: {tr('hostile-call-not-in-library', call=args.call)}", file=sys.stderr)
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
    from qaclient.dates import DayRangeError, check_period

    try:
        check_period(args.date_from, args.date_to, ("--from", "--to"))
    except DayRangeError as exc:
        raise CliError(str(exc), 2) from exc
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
        metavar="POS:TEXT",
        help="timestamped comment at POS = milliseconds, m:ss or h:mm:ss (1:30:greeting "
        "missed); POS@ITEM:TEXT links it to an item; repeatable",
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
    p.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="fill the items the answers file leaves out with the local analysis's suggested "
        "answers (each audited as a suggestion accepted by the evaluator)",
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
