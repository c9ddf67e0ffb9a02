"""``qaclient suggest``: what the local analysis of a call suggests for a rubric's items."""

from __future__ import annotations

import argparse

from qaclient.cli.common import CliError, print_json


def cmd_suggest(args: argparse.Namespace) -> int:
    from qaclient.assist.suggestions import AssistError, suggest_call
    from qaclient.collection import Collection
    from qaclient.history import answer_text

    with Collection.open() as col:
        try:
            out = suggest_call(col, args.call, args.rubric, use_cache=not args.no_cache)
            _vid, rubric = col.rubrics.resolve(args.rubric)
        except AssistError as exc:
            raise CliError(str(exc)) from exc
        except (LookupError, ValueError) as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(out.to_json())
        return 0
    for s in out.suggestions:
        answer = answer_text(rubric, s.item, s.answer.to_json())
        print(f"{s.item}: {answer}  ({s.finding})")
    for u in out.unavailable:
        print(f"{u.item}: — {u.reason}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "suggest",
        help="suggested answers for a call's rubric items, from the local audio analysis",
    )
    p.add_argument("call", metavar="CALL_ID", help="call id (or the library's id)")
    p.add_argument("--rubric", required=True, metavar="NAME|FILE", help="rubric name or file")
    p.add_argument("--no-cache", action="store_true", help="analyse again, ignore the cache")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)
