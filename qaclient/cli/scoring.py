"""``qaclient score RUBRIC ANSWERS.json [--json]``: score answers on a rubric.

Prints ``ScoreResult.to_json()`` (total, max, percent, grade, auto_fail, sections,
errors, …; see ``docs/scoring.md``).  Unknown item ids and invalid answers are errors
(exit 1), each on its own line as ``ANSWERS: item: message``.
"""

from __future__ import annotations

import argparse

from qaclient.cli.common import CliError, print_json, read_json
from qaclient.cli.rubric import load_rubric_ref
from qaclient.documents import printable
from qaclient.messages import current_language
from qaclient.rubrics.model import AnswerError, label
from qaclient.rubrics.scoring import parse_answers, score


def register(sub: argparse._SubParsersAction) -> None:
    """Add this group's commands to the ``qaclient`` parser."""
    p = sub.add_parser("score", help="score answers (JSON) on a rubric")
    p.add_argument(
        "rubric", metavar="RUBRIC", help="shipped/stored rubric name, rubric file, or version id"
    )
    p.add_argument(
        "answers",
        metavar="ANSWERS.json",
        help='{item_id: {"level": …} | {"yes": …} | {"count": n} | …}',
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        choices=["zh_CN", "en", "es"],
        help="language of the text output (default: qaclient --lang, QACLIENT_LANG…)",
    )
    p.set_defaults(func=cmd_score)


def _pad(text: str, width: int) -> str:
    """*text* padded to *width* terminal columns (CJK characters take two)."""
    import unicodedata

    cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - cols, 1)


def cmd_score(args: argparse.Namespace) -> int:
    rubric = load_rubric_ref(args.rubric)
    raw = read_json(args.answers, "answers file")
    try:
        answers = parse_answers(rubric, raw)
        result = score(rubric, answers)
    except AnswerError as exc:
        errors = getattr(exc, "errors", None) or [exc]
        raise CliError(
            "\n".join(
                f"{args.answers}: {printable(e.item_id)}: {printable(e.message)}" for e in errors
            )
        ) from exc
    if args.json:
        print_json(result.to_json())
        return 0
    data = result.to_json()
    lang = current_language()
    print(f"{label(rubric.labels, lang)} ({rubric.id} v{rubric.version})")
    print(
        f"total {data['total']} / {data['max']}  = {data['percent']} %  grade {data['grade'] or '—'}"
    )
    if result.auto_fail:
        af = result.auto_fail
        print(f"AUTO-FAIL: item {af.item_id} ({af.scope.value}, section {af.section_id})")
    titles = {s.id: label(s.labels, lang) for s in rubric.sections}
    for s in data["sections"]:
        na = "  N/A" if s["na"] else ""
        print(f"  {_pad(titles.get(s['id'], s['id']), 34)} {s['score']:>8} / {s['max']}{na}")
    if data["errors"]:
        print("errors: " + ", ".join(f"{k} {v}" for k, v in data["errors"].items()))
    if data["flags"]:
        print("flags: " + ", ".join(data["flags"]))
    if data["unanswered"]:
        print("unanswered: " + ", ".join(data["unanswered"]))
    return 0
