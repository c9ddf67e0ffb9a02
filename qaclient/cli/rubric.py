"""``qaclient rubric …``: validate, show, list, import, add and status of rubrics.

Contract (issue 2): ``rubric validate FILE…`` prints each problem as ``FILE:PATH: message``
and exits 1; ``rubric show NAME|FILE --json`` prints the normalised rubric;
``rubric import FILE [--from genesys|aws-connect] -o OUT`` converts a foreign form.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from qaclient.cli.common import CliError, output_target, print_json
from qaclient.messages import current_language, tr
from qaclient.outputs import write_atomic
from qaclient.rubrics.loader import (
    Problem,
    RubricValidationError,
    canonical_json,
    load_document,
    load_file,
    signal_document,
    to_yaml,
)
from qaclient.rubrics.model import LANGUAGES, Condition, Item, Labels, Rubric, RubricStatus, label

RUBRIC_SUFFIXES = (".yaml", ".yml", ".json")
IMPORT_FORMATS = ("genesys", "aws-connect")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this group's commands to the ``qaclient`` parser."""
    p = sub.add_parser("rubric", help="validate, show, list and import rubrics")
    rsub = p.add_subparsers(dest="rubric_command", metavar="SUBCOMMAND", required=True)

    v = rsub.add_parser("validate", help="check rubric files; each problem as FILE:PATH: message")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    v.set_defaults(func=cmd_validate)

    s = rsub.add_parser("show", help="show a rubric (shipped/stored name, file, or version id)")
    s.add_argument("rubric", metavar="NAME|FILE")
    s.add_argument("--json", action="store_true", help="print the normalised rubric as JSON")
    s.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=argparse.SUPPRESS,
        help="language of the text output (default: qaclient --lang, QACLIENT_LANG…)",
    )
    s.add_argument("--on", metavar="YYYY-MM-DD", help="the version in force on this date")
    s.set_defaults(func=cmd_show)

    ls = rsub.add_parser(
        "list", help="list the rubric versions in the store (installs the shipped ones)"
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    im = rsub.add_parser("import", help="convert a foreign evaluation form into a rubric file")
    im.add_argument("file", metavar="FILE")
    im.add_argument(
        "--from", dest="fmt", choices=IMPORT_FORMATS, help="the form's format (default: detect)"
    )
    im.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="rubric file to write (.yaml or .json; default stdout)",
    )
    im.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    im.set_defaults(func=cmd_import)

    a = rsub.add_parser("add", help="store a rubric file as a new version in the catalogue")
    a.add_argument("file", metavar="FILE")
    a.add_argument(
        "--status",
        choices=[s.value for s in RubricStatus],
        help="initial status (default: the file's)",
    )
    a.add_argument("--from", dest="effective_from", metavar="YYYY-MM-DD", help="effective from")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_add)

    st = rsub.add_parser("status", help="move a version forward: draft → trial → active → retired")
    st.add_argument("version", metavar="VERSION_ID")
    st.add_argument("status", choices=[s.value for s in RubricStatus])
    st.add_argument(
        "--from", dest="effective_from", metavar="YYYY-MM-DD", help="effective date (default today)"
    )
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)


# ----------------------------------------------------------------------------- helpers


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CliError(f"{text!r} is not a date (use YYYY-MM-DD)") from exc


def _problems_text(problems: list[Problem]) -> str:
    return "\n".join(str(p) for p in problems)


def looks_like_file(ref: str) -> bool:
    return Path(ref).suffix.lower() in RUBRIC_SUFFIXES or Path(ref).is_file()


def load_rubric_ref(ref: str, on: date | None = None) -> Rubric:
    """A rubric from a file path (read directly), or a shipped/stored name or version id
    (through the catalogue of the store under ``QACLIENT_HOME``)."""
    return resolve_rubric_ref(ref, on)[1]


def resolve_rubric_ref(ref: str, on: date | None = None) -> tuple[str | None, Rubric]:
    """``(version id or None for a file, rubric)`` for a rubric reference."""
    if looks_like_file(ref):
        try:
            return None, load_file(ref)
        except RubricValidationError as exc:
            raise CliError(_problems_text(exc.problems)) from exc
    from qaclient.collection import Collection
    from qaclient.rubrics.catalog import RubricNotFound
    from qaclient.storage.db import StoreError

    try:
        with Collection.open() as col:
            if not _looks_like_uuid(ref):
                # a name: make sure the shipped rubrics of this build are in the store
                # (same content is a no-op; an updated shipped file becomes a new version)
                col.rubrics.install_shipped()
            vid, rubric = col.rubrics.resolve(ref, on=on)
            return str(vid), rubric
    except RubricNotFound as exc:
        raise CliError(f"{exc}") from exc
    except RubricValidationError as exc:
        raise CliError(_problems_text(exc.problems)) from exc
    except StoreError as exc:
        raise CliError(str(exc)) from exc


def _looks_like_uuid(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _num(d: Decimal | None) -> int | float | None:
    if d is None:
        return None
    if not d.is_finite():
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def _all_langs(labels: Labels) -> dict[str, str]:
    """Labels in every language (a language the rubric does not carry falls back)."""
    return {lang: label(labels, lang) for lang in LANGUAGES} if labels else {}


def _cond(cond: Condition | None) -> dict[str, Any] | None:
    if cond is None:
        return None
    return {cond.combine: [{"item": ref, "in": list(values)} for ref, values in cond.clauses]}


def _item_json(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind.value,
        "max": _num(item.max) if item.max.is_finite() else None,
        "min": _num(item.min) if item.min.is_finite() else None,
        "points": _num(item.points),
        "max_count": item.max_count,
        "weight": _num(item.weight),
        "weighted": item.weighted,
        "levels": [
            {
                "name": lv.name,
                "points": _num(lv.points),
                "labels": _all_langs(lv.labels),
                "descriptor": _all_langs(lv.descriptor),
                "auto_fail": lv.auto_fail,
            }
            for lv in item.levels
        ],
        "na_allowed": item.na_allowed,
        "critical": item.critical is not None,
        "critical_scope": item.critical.value if item.critical else None,
        "critical_section": item.critical_section,
        "category": item.category,
        "flag": item.flag,
        "scored": item.scored,
        "comment_required": item.comment_required,
        "visible_when": _cond(item.visible_when),
        "value_min": _num(item.numeric_min),
        "value_max": _num(item.numeric_max),
        "ranges": [
            {
                "min": _num(r.min),
                "max": _num(r.max),
                "points": _num(r.points),
                "auto_fail": r.auto_fail,
            }
            for r in item.ranges
        ],
        "labels": _all_langs(item.labels),
        "help": _all_langs(item.help),
        "signal": signal_document(item.signal) if item.signal is not None else None,
    }


def rubric_json(rubric: Rubric) -> dict[str, Any]:
    """The normalised rubric of ``qaclient rubric show --json``."""
    return {
        "id": rubric.id,
        "version": rubric.version,
        "status": rubric.status.value,
        "effective_from": rubric.effective_from.isoformat() if rubric.effective_from else None,
        "effective_to": rubric.effective_to.isoformat() if rubric.effective_to else None,
        "languages": list(rubric.languages),
        "labels": _all_langs(rubric.labels),
        "description": _all_langs(rubric.description),
        "mode": rubric.mode.value,
        "base": _num(rubric.base),
        "cap": _num(rubric.cap),
        "floor": _num(rubric.floor),
        "max": _num(rubric.max),
        "weights_total": _num(rubric.weights_total),
        "categories": {code: _all_langs(lab) for code, lab in rubric.categories.items()},
        "grade_basis": rubric.grade_basis.value,
        "grades": [
            {
                "grade": b.grade,
                "min": _num(b.min),
                "min_inclusive": b.min_inclusive,
                "labels": _all_langs(b.labels),
            }
            for b in rubric.grades
        ],
        "sections": [
            {
                "id": s.id,
                "max": _num(s.max),
                "weight": _num(s.weight),
                "na_allowed": s.na_allowed,
                "allow_negative": s.allow_negative,
                "visible_when": _cond(s.visible_when),
                "labels": _all_langs(s.labels),
                "help": _all_langs(s.help),
                "items": [_item_json(i) for i in s.items],
            }
            for s in rubric.sections
        ],
    }


def rubric_text(rubric: Rubric, lang: str = "en") -> str:
    lines = [
        f"{label(rubric.labels, lang)}  [{rubric.id} v{rubric.version}, {rubric.status.value}]",
        f"mode {rubric.mode.value}, max {_num(rubric.max)}"
        + (f", base {_num(rubric.base)}" if rubric.base is not None else "")
        + (f", cap {_num(rubric.cap)}" if rubric.cap is not None else ""),
    ]
    for s in rubric.sections:
        weight = f", weight {_num(s.weight)}" if s.weight is not None else ""
        lines.append(f"\n{label(s.labels, lang)}  ({s.id}, max {_num(s.max)}{weight})")
        for i in s.items:
            if i.kind.value in ("deduction", "bonus"):
                sign = "-" if i.kind.value == "deduction" else "+"
                what = f"{sign}{_num(i.points)} each"
            elif i.levels:
                what = " / ".join(f"{label(lv.labels, lang)} {_num(lv.points)}" for lv in i.levels)
            elif i.flag:
                what = "flag"
            elif i.scored:
                what = f"max {_num(i.max)}"
            else:
                what = "unscored"
            marks = []
            if i.critical:
                marks.append(f"critical:{i.critical.value}")
            if i.category:
                marks.append(f"category {i.category}")
            if i.na_allowed:
                marks.append("N/A allowed")
            extra = f"  [{', '.join(marks)}]" if marks else ""
            lines.append(f"  - {label(i.labels, lang)}  ({i.id}, {i.kind.value}: {what}){extra}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- commands


def cmd_validate(args: argparse.Namespace) -> int:
    bad = 0
    for name in args.files:
        try:
            rubric = load_file(name)
        except RubricValidationError as exc:
            bad += 1
            for problem in exc.problems:
                print(str(problem))
            continue
        for warning in _warnings(rubric, name):
            print(str(warning))
        if not args.quiet:
            items = len(rubric.items)
            print(
                f"{name}: ok ({rubric.id} v{rubric.version}, {len(rubric.sections)} sections, "
                f"{items} items, max {_num(rubric.max)})"
            )
    return 1 if bad else 0


def _warnings(rubric: Rubric, name: str) -> list:
    """The rubric's warnings, with the line of each in a YAML file."""
    from qaclient.rubrics.loader import _with_lines, rubric_warnings

    found = rubric_warnings(rubric, str(name))
    if found and Path(name).suffix.lower() != ".json" and Path(name).is_file():
        found = _with_lines(Path(name), found)
    return found


def cmd_show(args: argparse.Namespace) -> int:
    vid, rubric = resolve_rubric_ref(args.rubric, on=_day(args.on))
    if args.json:
        print_json({**rubric_json(rubric), "version_id": vid})
    else:
        print(rubric_text(rubric, current_language()))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection

    with Collection.open() as col:
        report = col.rubrics.install_shipped()
        for p in report.problems:
            print(f"warning: shipped rubric skipped: {p}", file=sys.stderr)
        infos = col.rubrics.list()
    if args.json:
        print_json(
            [
                {
                    "id": i.rubric_id,
                    "version": i.version,
                    "version_id": str(i.id),
                    "status": i.status.value,
                    "effective_from": i.effective_from,
                    "effective_to": i.effective_to,
                    "title": i.title,
                    "content_hash": i.content_hash,
                }
                for i in infos
            ]
        )
        return 0
    if not infos:
        print("no rubrics stored")
    for i in infos:
        span = f"{i.effective_from or '…'} – {i.effective_to or ''}".strip()
        print(f"{i.rubric_id:32} v{i.version:<3} {i.status.value:8} {span:25} {i.id}  {i.title}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from qaclient.rubrics.formats import registry

    src = Path(args.file)
    if not src.is_file():
        raise CliError(f"{src}: file not found")
    if args.output:
        target = Path(args.output)
        fmt = "json" if target.suffix.lower() == ".json" else "yaml"
        output_target(target, force=args.force, fmt=fmt, sources=(src,))
    try:
        doc = registry.import_form(str(src), args.fmt)
    except RubricValidationError as exc:
        raise CliError(_problems_text(exc.problems)) from exc
    except registry.FormImportError as exc:  # already says FILE:PATH: what and why
        raise CliError(str(exc)) from exc
    except Exception as exc:  # foreign data: any other importer failure is a user-facing error
        raise CliError(f"{src}: cannot import: {exc}") from exc
    try:
        rubric = load_document(doc, f"{src} (imported)")
    except RubricValidationError as exc:
        raise CliError(
            "the imported form does not make a valid rubric:\n" + _problems_text(exc.problems)
        ) from exc
    out = Path(args.output) if args.output else None
    if out is not None and out.suffix.lower() == ".json":
        text = json.dumps(json.loads(canonical_json(doc)), ensure_ascii=False, indent=2) + "\n"
    else:
        ordered = {k: doc[k] for k in RUBRIC_KEYS_ORDER if k in doc}
        ordered.update({k: v for k, v in doc.items() if k not in ordered})
        text = to_yaml(ordered)
    if out is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomic(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        except OSError as exc:
            raise CliError(f"{out}: cannot write: {exc.strerror}") from exc
        print(
            f"{out}: {rubric.id} — {len(rubric.sections)} sections, {len(rubric.items)} items, "
            f"max {_num(rubric.max)}",
            file=sys.stderr,
        )
    return 0


RUBRIC_KEYS_ORDER = [
    "format", "id", "version", "status", "effective_from", "effective_to", "languages", "labels",
    "description", "scoring", "level_scale", "categories", "grades", "sections", "extra",
]  # fmt: skip


def cmd_add(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection

    try:
        rubric = load_file(args.file)
    except RubricValidationError as exc:
        raise CliError(_problems_text(exc.problems)) from exc
    for warning in _warnings(rubric, args.file):
        print(f"qaclient: {warning}", file=sys.stderr)
    with Collection.open() as col:
        vid = col.rubrics.add(rubric, status=args.status, effective_from=_day(args.effective_from))
        info = col.rubrics.version_row(vid)
    if info.version != rubric.version:
        # same id and version but other content: stored under the next number, and said so
        note = tr(
            "hostile-rubric-renumbered",
            file=str(args.file),
            rubric=rubric.id,
            version=str(rubric.version),
            stored=str(info.version),
        )
        print(f"qaclient: {note}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "version_id": str(vid),
                "id": info.rubric_id,
                "version": info.version,
                "status": info.status.value,
            }
        )
    else:
        print(f"{info.rubric_id} v{info.version} ({info.status.value}): {vid}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection
    from qaclient.rubrics.catalog import RubricNotFound, StatusError

    with Collection.open() as col:
        try:
            info = col.rubrics.set_status(args.version, args.status, _day(args.effective_from))
        except (RubricNotFound, StatusError) as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(
            {
                "version_id": str(info.id),
                "id": info.rubric_id,
                "version": info.version,
                "status": info.status.value,
                "effective_from": info.effective_from,
                "effective_to": info.effective_to,
            }
        )
    else:
        print(
            f"{info.rubric_id} v{info.version}: {info.status.value} from {info.effective_from or '—'}"
        )
    return 0
