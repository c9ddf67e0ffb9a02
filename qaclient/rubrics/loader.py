"""Reading, validating and writing rubric files (format ``qaclient-rubric/1``).

The format is documented in ``docs/rubric-format.md``.  Loading is all-or-nothing: every
problem in a document is collected (file, path such as ``sections[2].items[4].levels[1]``,
message) and raised together as one :class:`RubricValidationError`; a :class:`Rubric` is
only returned when the whole document is valid, so a malformed file never half-loads.

``dump_document`` writes the *canonical* document of a rubric: every default made
explicit (level points, level labels, weights, critical scopes), so it round-trips through
``load_document`` to an equal :class:`Rubric` and its JSON is a stable content hash for the
rubric catalogue.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from qaclient import documents
from qaclient.messages import tr
from qaclient.rubrics.model import (
    BOOLEAN_MEASURES,
    COUNT_MEASURES,
    LANGUAGES,
    MIN_MS_MEASURES,
    Condition,
    CriticalScope,
    GradeBand,
    GradeBasis,
    Item,
    ItemKind,
    Labels,
    Level,
    Measure,
    NumericRange,
    Rubric,
    RubricStatus,
    ScoringMode,
    Section,
    SignalBinding,
    SignalRule,
)

FORMAT = "qaclient-rubric/1"
#: Points and weights carry at most this many decimal places (the store keeps 1/10000).
MAX_PLACES = 4
#: Numbers in a rubric stay below this (points, weights, bounds): exact in the store's
#: 64-bit ten-thousandths and far beyond any real rubric.
MAX_MAGNITUDE = Decimal(10) ** 12
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$")
NEG_INF = Decimal("-Infinity")


# ----------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a rubric document."""

    file: str
    path: str  # e.g. "sections[2].items[4].levels[1]"; "" for the document itself
    message: str
    line: int | None = None  # 1-based line in the file, when known (syntax errors)

    def __str__(self) -> str:
        """``FILE:PATH: message`` (PATH is ``line N`` for syntax errors; other problems
        found in a YAML file end with ``(line N)``)."""
        message = documents.printable(self.message)
        if not self.path:
            where = f"line {self.line}" if self.line is not None else "(document)"
            return f"{self.file}:{where}: {message}"
        suffix = f" (line {self.line})" if self.line is not None else ""
        return f"{self.file}:{documents.printable(self.path)}: {message}{suffix}"


class RubricValidationError(ValueError):
    """A rubric document is not valid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        head = str(self.problems[0]) if self.problems else "invalid rubric"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(head + more)


# ----------------------------------------------------------------------------- the default level scale


@dataclass(frozen=True)
class ScaleLevel:
    name: str
    percent: Decimal
    labels: Labels


DEFAULT_SCALE: tuple[ScaleLevel, ...] = (
    ScaleLevel("excellent", Decimal(100), {"zh_CN": "优秀", "en": "Excellent", "es": "Excelente"}),
    ScaleLevel("good", Decimal(80), {"zh_CN": "良好", "en": "Good", "es": "Bueno"}),
    ScaleLevel("pass", Decimal(60), {"zh_CN": "合格", "en": "Pass", "es": "Aceptable"}),
    ScaleLevel("weak", Decimal(40), {"zh_CN": "稍差", "en": "Weak", "es": "Flojo"}),
    ScaleLevel("poor", Decimal(0), {"zh_CN": "差", "en": "Poor", "es": "Deficiente"}),
)
DEFAULT_ROUNDING = Decimal("0.5")


def scale_points(item_max: Decimal, percent: Decimal, rounding: Decimal) -> Decimal:
    """``percent`` of ``item_max`` rounded half-up to a multiple of ``rounding``."""
    raw = item_max * percent / 100
    if rounding <= 0:
        return raw
    steps = (raw / rounding).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return _clean(steps * rounding)


def _clean(d: Decimal) -> Decimal:
    """A canonical Decimal: no exponent, no trailing zeros (3.50 -> 3.5, 1E+1 -> 10)."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


# ----------------------------------------------------------------------------- YAML / JSON reading


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x faster


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe YAML with exact decimals and an error on duplicate mapping keys."""


def _construct_float(loader: _Loader, node: yaml.Node) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "").lower()
    if text in (".inf", "+.inf"):
        return Decimal("Infinity")
    if text == "-.inf":
        return Decimal("-Infinity")
    if text == ".nan":
        return Decimal("NaN")
    return Decimal(text)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    result: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if isinstance(key, bool):  # YAML 1.1 reads yes/no/on/off as booleans; keys are names
            key = key_node.value
        try:
            hash(key)
        except TypeError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from exc
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=deep)
    return result


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def read_document(path: str | Path) -> dict:
    """The raw document of a rubric file (``.json`` as JSON, anything else as YAML).

    Raises :class:`RubricValidationError` (with the line number) for unreadable files and
    syntax errors.
    """
    p = Path(path)
    name = str(path)
    try:
        text = documents.read_text(p, documents.RUBRIC_LIMITS)
    except documents.DocumentLimitError as exc:
        raise RubricValidationError([Problem(name, "", exc.reason)]) from None
    except UnicodeDecodeError as exc:
        raise RubricValidationError([Problem(name, "", f"not UTF-8 text: {exc.reason}")]) from None
    except OSError as exc:
        raise RubricValidationError([Problem(name, "", documents.describe(p, exc))]) from None
    return parse_text(text, name, as_json=p.suffix.lower() == ".json")


def parse_text(text: str, name: str = "<string>", as_json: bool = False) -> dict:
    """Parse rubric *text* (YAML, which includes JSON, or strict JSON)."""
    if as_json:
        try:
            doc = documents.load_json(
                text, documents.RUBRIC_LIMITS, parse_float=Decimal, object_pairs_hook=_json_pairs
            )
        except documents.DocumentLimitError as exc:
            raise RubricValidationError([Problem(name, "", exc.reason, exc.line)]) from None
        except json.JSONDecodeError as exc:
            raise RubricValidationError(
                [Problem(name, "", f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno)]
            ) from None
        except ValueError as exc:
            raise RubricValidationError([Problem(name, "", f"invalid JSON: {exc}")]) from None
    else:
        try:
            doc = documents.load_yaml(text, _Loader, documents.RUBRIC_LIMITS)
        except documents.DocumentLimitError as exc:
            raise RubricValidationError([Problem(name, "", exc.reason, exc.line)]) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else None
            what = exc.problem or exc.context or "syntax error"
            col = f" (column {mark.column + 1})" if mark is not None else ""
            raise RubricValidationError(
                [Problem(name, "", f"invalid YAML: {what}{col}", line)]
            ) from None
        except yaml.YAMLError as exc:
            what, line, column = documents.yaml_problem(exc)
            where = f" (column {column})" if column else ""
            raise RubricValidationError(
                [Problem(name, "", f"invalid YAML: {what}{where}", line)]
            ) from None
        except (InvalidOperation, ValueError) as exc:
            what = " ".join(str(exc).split())
            raise RubricValidationError([Problem(name, "", f"invalid YAML: {what}")]) from None
    if not isinstance(doc, dict):
        raise RubricValidationError(
            [Problem(name, "", f"a rubric document must be a mapping, got {type(doc).__name__}")]
        )
    return doc


def load_file(path: str | Path) -> Rubric:
    """Read and validate the rubric file at *path*.

    Problems in a YAML file also carry the line they are on (``Problem.line``), so an
    author editing the file by hand finds them.
    """
    doc = read_document(path)
    try:
        return load_document(doc, str(path))
    except RubricValidationError as exc:
        if Path(path).suffix.lower() != ".json":
            exc.problems = _with_lines(Path(path), exc.problems)
        raise


def rubric_warnings(rubric: Rubric, source: str = "<rubric>") -> list[Problem]:
    """Things in a valid rubric that are probably mistakes (the rubric still loads).

    Levels are listed best first (docs/rubric-format.md); a later level that scores more
    than an earlier one — "excellent" below "poor" — is almost always a typo in the points
    or the order, and would reward the worse answer."""
    out: list[Problem] = []
    for si, section in enumerate(rubric.sections):
        for ii, item in enumerate(section.items):
            levels = item.levels
            for k in range(1, len(levels)):
                before, level = levels[k - 1], levels[k]
                if level.points > before.points:
                    out.append(
                        Problem(
                            source,
                            f"sections[{si}].items[{ii}].levels[{k}].points",
                            tr(
                                "hostile-rubric-level-order",
                                level=repr(level.name),
                                points=str(_clean(level.points)),
                                better=repr(before.name),
                                better_points=str(_clean(before.points)),
                            ),
                        )
                    )
                    break
    return out


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _with_lines(path: Path, problems: list[Problem]) -> list[Problem]:
    """*problems* with the line of the deepest YAML node their path reaches."""
    try:
        text = documents.read_text(path, documents.RUBRIC_LIMITS)
        documents.check_yaml(text, _BaseLoader, documents.RUBRIC_LIMITS)
        root = yaml.compose(text, Loader=_BaseLoader)
    except (yaml.YAMLError, OSError, ValueError, RecursionError):
        return problems
    out = []
    for problem in problems:
        node = root
        line = None if node is None else node.start_mark.line + 1
        for key, index in _PATH_PART.findall(problem.path):
            child = None
            if index and isinstance(node, yaml.SequenceNode) and int(index) < len(node.value):
                child = node.value[int(index)]
            elif key and isinstance(node, yaml.MappingNode):
                child = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
                if child is None:  # e.g. an unknown key: point at the key itself if present
                    break
            if child is None:
                break
            node = child
            line = node.start_mark.line + 1
        out.append(Problem(problem.file, problem.path, problem.message, problem.line or line))
    return out


# ----------------------------------------------------------------------------- validation helpers


class _Ctx:
    """Collects problems while walking a document."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = LANGUAGES
        self.clause_paths: dict[int, list[str]] = {}  # id(Condition) -> path of each clause

    def err(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.source, path, message))

    # -- typed getters: return None (and record a problem) when a value is unusable
    def keys(self, obj: Mapping, path: str, allowed: set[str]) -> None:
        for key in obj:
            if isinstance(key, str) and key.startswith("x-"):
                continue
            if key not in allowed:
                hint = _close(str(key), allowed)
                self.err(
                    _join(path, str(key)),
                    f"unknown key {key!r}" + (f" (did you mean {hint!r}?)" if hint else ""),
                )

    def mapping(self, value: Any, path: str, what: str = "a mapping") -> dict | None:
        if not isinstance(value, dict):
            self.err(path, f"expected {what}, got {_kind(value)}")
            return None
        return value

    def seq(self, value: Any, path: str) -> list | None:
        if not isinstance(value, list):
            self.err(path, f"expected a list, got {_kind(value)}")
            return None
        return value

    def string(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.err(path, f"expected a non-empty text, got {_kind(value)}")
            return None
        return value

    def ident(self, value: Any, path: str) -> str | None:
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.err(path, f"expected an id (letters, digits, _ . : -), got {_kind(value)}")
            return None
        text = str(value)
        if not ID_RE.match(text):
            self.err(
                path,
                f"bad id {text!r}: use letters, digits and _ . : - (at most 100), starting with a letter or digit",
            )
            return None
        return text

    def boolean(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.err(path, f"expected true or false, got {_kind(value)}")
            return None
        return value

    def number(
        self,
        value: Any,
        path: str,
        *,
        minimum: Decimal | None = None,
        positive: bool = False,
        integer: bool = False,
    ) -> Decimal | None:
        if isinstance(value, bool) or not isinstance(value, int | Decimal | float | str):
            self.err(path, f"expected a number, got {_kind(value)}")
            return None
        try:
            d = Decimal(str(value).strip())
        except InvalidOperation:
            self.err(path, f"{value!r} is not a number")
            return None
        if not d.is_finite():
            self.err(path, f"{value} is not a finite number")
            return None
        if abs(d) >= MAX_MAGNITUDE:
            self.err(path, f"{value} is too large (at most {MAX_MAGNITUDE - 1} in absolute value)")
            return None
        if integer and d != d.to_integral_value():
            self.err(path, f"expected a whole number, got {value}")
            return None
        if d.as_tuple().exponent < -MAX_PLACES and d != d.quantize(Decimal(1).scaleb(-MAX_PLACES)):  # type: ignore[operator]
            self.err(path, f"{value} has more than {MAX_PLACES} decimal places")
            return None
        if positive and d <= 0:
            self.err(path, f"must be greater than 0, got {value}")
            return None
        if minimum is not None and d < minimum:
            self.err(path, f"must be at least {minimum}, got {value}")
            return None
        return _clean(d)

    def day(self, value: Any, path: str) -> date | None:
        if value is None:
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.err(path, f"expected a date YYYY-MM-DD, got {value!r}")
        return None

    def labels(self, value: Any, path: str, *, strict: bool = True) -> Labels:
        """A ``{language: text}`` map.  ``strict``: every declared language is required."""
        if isinstance(value, str) and not strict and value.strip():
            return {self.languages[0]: value}
        obj = self.mapping(value, path, "a mapping of language to text, e.g. {zh_CN: …, en: …}")
        if obj is None:
            return {}
        out: Labels = {}
        for lang, text in obj.items():
            if lang not in LANGUAGES:
                self.err(
                    _join(path, str(lang)), f"unknown language {lang!r}; use {', '.join(LANGUAGES)}"
                )
                continue
            if lang not in self.languages:
                self.err(
                    _join(path, str(lang)),
                    f"language {lang!r} is not in the rubric's languages {list(self.languages)}",
                )
                continue
            if not isinstance(text, str) or not text.strip():
                self.err(_join(path, str(lang)), f"expected a non-empty text, got {_kind(text)}")
                continue
            out[lang] = text
        if strict:
            missing = [lang for lang in self.languages if lang not in obj]
            if missing:
                self.err(path, f"missing translation {', '.join(missing)}")
        elif not obj:
            self.err(path, "empty; give at least one language or leave the key out")
        return out


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (yes/no)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text {value!r}"
    return f"{type(value).__name__} {value!r}"


def _close(key: str, allowed: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.7)
    return match[0] if match else None


def _extras(obj: Mapping) -> dict[str, Any]:
    return {k: _plain(v) for k, v in obj.items() if isinstance(k, str) and k.startswith("x-")}


def _plain(value: Any) -> Any:
    """JSON-safe copy of an extension value (Decimals and dates become numbers/strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)  # "Infinity", "NaN": JSON has no such numbers
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


# ----------------------------------------------------------------------------- the document schema

RUBRIC_KEYS = {
    "format",
    "id",
    "version",
    "status",
    "effective_from",
    "effective_to",
    "languages",
    "labels",
    "description",
    "scoring",
    "level_scale",
    "categories",
    "grades",
    "sections",
    "extra",
}
SCORING_KEYS = {"mode", "base", "cap", "floor", "weights_total"}
SCALE_KEYS = {"rounding", "levels"}
SCALE_LEVEL_KEYS = {"name", "percent", "labels"}
GRADES_KEYS = {"basis", "bands"}
BAND_KEYS = {"grade", "above", "from", "labels"}
SECTION_KEYS = {
    "id",
    "labels",
    "help",
    "weight",
    "na_allowed",
    "allow_negative",
    "visible_when",
    "items",
}
ITEM_COMMON = {
    "id",
    "kind",
    "labels",
    "help",
    "weight",
    "na_allowed",
    "critical",
    "category",
    "visible_when",
    "comment_required",
    "extra",
    "signal",
}
ITEM_KEYS: dict[ItemKind, set[str]] = {
    ItemKind.LEVELS: ITEM_COMMON | {"max", "levels"},
    ItemKind.YESNO: ITEM_COMMON | {"max", "flag"},
    ItemKind.DEDUCTION: ITEM_COMMON | {"points", "max_count"},
    ItemKind.BONUS: ITEM_COMMON | {"points", "max_count", "max"},
    ItemKind.NUMERIC: ITEM_COMMON | {"min", "max", "ranges", "scored", "max_points"},
    ItemKind.TEXT: ITEM_COMMON,
}
LEVEL_KEYS = {"name", "points", "percent", "labels", "descriptor", "auto_fail"}
RANGE_KEYS = {"min", "max", "points", "auto_fail"}
CRITICAL_KEYS = {"scope", "section"}
CLAUSE_KEYS = {"item", "is", "in"}
SIGNAL_KEYS = {"measure", "min_ms", "rules"}
SIGNAL_RULE_KEYS = {"answer", "above", "at_least", "below", "at_most", "is", "none"}


def load_document(doc: Mapping[str, Any], source: str = "<document>") -> Rubric:
    """Validate the rubric document *doc* (parsed YAML/JSON) and build the :class:`Rubric`.

    *source* names the document in error messages (usually the file path).  Raises
    :class:`RubricValidationError` listing every problem; never returns a partial rubric.
    """
    ctx = _Ctx(source)
    try:
        rubric = _build(ctx, doc)
    except RubricValidationError:
        raise
    except Exception as exc:  # a bug must still not leak a traceback to a user: report it
        ctx.err("", f"cannot read this rubric ({type(exc).__name__}: {exc})")
        rubric = None
    if ctx.problems or rubric is None:
        raise RubricValidationError(ctx.problems or [Problem(source, "", "invalid rubric")])
    return rubric


def _build(ctx: _Ctx, doc: Mapping[str, Any]) -> Rubric | None:
    if not isinstance(doc, Mapping):
        ctx.err("", f"a rubric document must be a mapping, got {_kind(doc)}")
        return None
    fmt = doc.get("format")
    if fmt is None:
        ctx.err("format", f"missing; write 'format: {FORMAT}' at the top")
        return None
    if fmt != FORMAT:
        ctx.err("format", f"unsupported format {fmt!r}; this qaclient reads {FORMAT!r}")
        return None
    ctx.keys(doc, "", RUBRIC_KEYS)

    # languages first: every label is checked against them
    langs_raw = doc.get("languages", list(LANGUAGES))
    langs = ctx.seq(langs_raw, "languages")
    if langs is not None:
        good = [lang for lang in langs if lang in LANGUAGES]
        for i, lang in enumerate(langs):
            if lang not in LANGUAGES:
                ctx.err(f"languages[{i}]", f"unknown language {lang!r}; use {', '.join(LANGUAGES)}")
        if len(set(good)) != len(good):
            ctx.err("languages", "a language is listed twice")
        if not langs:
            ctx.err("languages", "give at least one language")
        if good:
            ctx.languages = tuple(dict.fromkeys(good))

    rid = (
        ctx.ident(doc.get("id"), "id")
        if "id" in doc
        else ctx.err("id", "missing rubric id (e.g. 'inbound-call')")
    )
    version = 1
    if "version" in doc:
        v = ctx.number(doc["version"], "version", integer=True, positive=True)
        version = int(v) if v is not None else 1
    status = RubricStatus.DRAFT
    if "status" in doc:
        try:
            status = RubricStatus(doc["status"])
        except ValueError:
            ctx.err(
                "status",
                f"unknown status {doc['status']!r}; use {', '.join(s.value for s in RubricStatus)}",
            )
    eff_from = ctx.day(doc.get("effective_from"), "effective_from")
    eff_to = ctx.day(doc.get("effective_to"), "effective_to")
    if eff_from and eff_to and eff_to < eff_from:
        ctx.err("effective_to", f"{eff_to} is before effective_from {eff_from}")
    if "labels" not in doc:
        ctx.err("labels", "missing the rubric's title in every language")
    labels = ctx.labels(doc.get("labels"), "labels") if "labels" in doc else {}
    description = (
        ctx.labels(doc["description"], "description", strict=False) if "description" in doc else {}
    )

    # scoring
    mode, base, cap, floor, weights_total = ScoringMode.POINTS, None, None, Decimal(0), None
    scoring = ctx.mapping(doc.get("scoring", {}), "scoring") or {}
    ctx.keys(scoring, "scoring", SCORING_KEYS)
    if "mode" in scoring:
        try:
            mode = ScoringMode(scoring["mode"])
        except ValueError:
            ctx.err("scoring.mode", f"unknown mode {scoring['mode']!r}; use points or base")
    if "base" in scoring:
        base = ctx.number(scoring["base"], "scoring.base", minimum=Decimal(0))
    if "cap" in scoring:
        cap = ctx.number(scoring["cap"], "scoring.cap")
    if "floor" in scoring:
        floor = ctx.number(scoring["floor"], "scoring.floor") or Decimal(0)
    if "weights_total" in scoring:
        weights_total = ctx.number(scoring["weights_total"], "scoring.weights_total", positive=True)
    if mode is ScoringMode.BASE:
        if "base" not in scoring:
            ctx.err("scoring.base", "mode base needs a base score (e.g. 100)")
        if base is not None and cap is not None and cap < base:
            ctx.err("scoring.cap", f"cap {cap} is below the base {base}")
        if base is not None and floor > base:
            ctx.err("scoring.floor", f"floor {floor} is above the base {base}")
    else:
        if "base" in scoring:
            ctx.err("scoring.base", "a base score needs 'mode: base'")
        if cap is not None and cap <= 0:
            ctx.err("scoring.cap", "must be greater than 0")
    if cap is not None and floor is not None and cap < floor:
        ctx.err("scoring.floor", f"floor {floor} is above the cap {cap}")

    scale, rounding = _scale(ctx, doc.get("level_scale"))
    categories = _categories(ctx, doc.get("categories"))
    grade_basis, grades = _grades(ctx, doc.get("grades"))

    sections_raw = ctx.seq(doc.get("sections"), "sections") if "sections" in doc else None
    if "sections" not in doc:
        ctx.err("sections", "missing; a rubric has at least one section")
    sections: list[Section] = []
    seen_sections: dict[str, str] = {}
    seen_items: dict[str, str] = {}
    for si, sraw in enumerate(sections_raw or []):
        sec = _section(
            ctx,
            sraw,
            f"sections[{si}]",
            scale,
            rounding,
            categories,
            seen_sections,
            seen_items,
            mode,
        )
        if sec is not None:
            sections.append(sec)
    if sections_raw is not None and not sections_raw:
        ctx.err("sections", "a rubric has at least one section")

    rubric_extra = _extras(doc)
    if "extra" in doc:
        ext = ctx.mapping(doc["extra"], "extra")
        if ext is not None:
            rubric_extra.update({"extra": _plain(ext)})

    # cross checks that need the whole rubric
    for sid, spath in seen_sections.items():
        if sid in seen_items:
            ctx.err(
                f"{spath}.id",
                f"section id {sid!r} is also an item id (at {seen_items[sid]}); "
                "answers use both as keys: rename one",
            )
    _check_weights(ctx, sections, weights_total, mode)
    _check_conditions(ctx, sections)
    _check_critical_targets(ctx, sections, mode)
    if mode is ScoringMode.POINTS and grade_basis is GradeBasis.PERCENT:
        for gi, band in enumerate(grades):
            if band.min.is_finite() and band.min > 100:
                ctx.err(
                    f"grades.bands[{gi}]",
                    f"a percent bound above 100 ({band.min}) can never be reached",
                )

    if ctx.problems or rid is None:
        return None
    return Rubric(
        id=rid,
        version=version,
        labels=labels,
        sections=tuple(sections),
        status=status,
        effective_from=eff_from,
        effective_to=eff_to,
        description=description,
        mode=mode,
        base=base,
        cap=cap,
        floor=floor,
        grade_basis=grade_basis,
        grades=grades,
        weights_total=weights_total,
        categories=categories,
        source=dict(doc),
        languages=ctx.languages,
        extra=rubric_extra,
    )


def _scale(ctx: _Ctx, raw: Any) -> tuple[dict[str, ScaleLevel], Decimal]:
    if raw is None:
        return {s.name: s for s in DEFAULT_SCALE}, DEFAULT_ROUNDING
    obj = ctx.mapping(raw, "level_scale")
    if obj is None:
        return {}, DEFAULT_ROUNDING
    ctx.keys(obj, "level_scale", SCALE_KEYS)
    rounding = DEFAULT_ROUNDING
    if "rounding" in obj:
        rounding = (
            ctx.number(obj["rounding"], "level_scale.rounding", minimum=Decimal(0))
            or DEFAULT_ROUNDING
        )
    levels: dict[str, ScaleLevel] = {}
    defaults = {s.name: s for s in DEFAULT_SCALE}
    for i, lraw in enumerate(ctx.seq(obj.get("levels", []), "level_scale.levels") or []):
        path = f"level_scale.levels[{i}]"
        lobj = ctx.mapping(lraw, path)
        if lobj is None:
            continue
        ctx.keys(lobj, path, SCALE_LEVEL_KEYS)
        name = ctx.ident(lobj.get("name"), f"{path}.name")
        pct = ctx.number(lobj.get("percent"), f"{path}.percent", minimum=Decimal(0))
        if pct is not None and pct > 100:
            ctx.err(f"{path}.percent", f"{pct} is above 100")
        if "labels" in lobj:
            labels = ctx.labels(lobj["labels"], f"{path}.labels")
        elif name in defaults:
            labels = {k: v for k, v in defaults[name].labels.items() if k in ctx.languages}
        else:
            ctx.err(f"{path}.labels", "missing; only the standard level names have built-in labels")
            labels = {}
        if name is not None:
            if name in levels:
                ctx.err(f"{path}.name", f"duplicate level {name!r}")
            elif pct is not None:
                levels[name] = ScaleLevel(name, pct, labels)
    return levels, rounding


def _categories(ctx: _Ctx, raw: Any) -> dict[str, Labels]:
    if raw is None:
        return {}
    obj = ctx.mapping(
        raw, "categories", "a mapping of category code to labels, e.g. {P: {zh_CN: …, en: …}}"
    )
    out: dict[str, Labels] = {}
    for code, lab in (obj or {}).items():
        cid = ctx.ident(code, f"categories.{code}")
        labels = ctx.labels(lab, f"categories.{code}")
        if cid is not None:
            out[cid] = labels
    return out


def _grades(ctx: _Ctx, raw: Any) -> tuple[GradeBasis, tuple[GradeBand, ...]]:
    if raw is None:
        return GradeBasis.PERCENT, ()
    obj = ctx.mapping(raw, "grades")
    if obj is None:
        return GradeBasis.PERCENT, ()
    ctx.keys(obj, "grades", GRADES_KEYS)
    basis = GradeBasis.PERCENT
    if "basis" in obj:
        try:
            basis = GradeBasis(obj["basis"])
        except ValueError:
            ctx.err("grades.basis", f"unknown basis {obj['basis']!r}; use percent or total")
    bands: list[GradeBand] = []
    names: set[str] = set()
    raw_bands = ctx.seq(obj.get("bands"), "grades.bands") or []
    if "bands" in obj and isinstance(obj["bands"], list) and not raw_bands:
        ctx.err("grades.bands", "give at least one band, or leave 'grades' out")
    for i, braw in enumerate(raw_bands):
        path = f"grades.bands[{i}]"
        bobj = ctx.mapping(braw, path)
        if bobj is None:
            continue
        ctx.keys(bobj, path, BAND_KEYS)
        grade = ctx.string(bobj.get("grade"), f"{path}.grade")
        if grade is not None and grade in names:
            ctx.err(f"{path}.grade", f"duplicate grade {grade!r}")
        if grade is not None:
            names.add(grade)
        if "above" in bobj and "from" in bobj:
            ctx.err(
                path, "give either 'above' (exclusive bound) or 'from' (inclusive bound), not both"
            )
            continue
        if "above" in bobj:
            bound, inclusive = ctx.number(bobj["above"], f"{path}.above"), False
        elif "from" in bobj:
            bound, inclusive = ctx.number(bobj["from"], f"{path}.from"), True
        else:
            if i != len(raw_bands) - 1:
                ctx.err(path, "only the last band may omit its bound ('above' or 'from')")
            bound, inclusive = NEG_INF, True
        labels = ctx.labels(bobj["labels"], f"{path}.labels") if "labels" in bobj else {}
        if bound is None or grade is None:
            continue
        if bands:
            prev = bands[-1]
            # bands go from best to worst: each bound must be strictly below the previous one,
            # or equal with the previous exclusive and this one inclusive (above 90 / from 90)
            if bound > prev.min or (
                bound == prev.min and not (not prev.min_inclusive and inclusive)
            ):
                ctx.err(
                    path,
                    f"bands must go from the highest bound down; {bound} does not come below {prev.min}",
                )
        bands.append(GradeBand(grade=grade, min=bound, min_inclusive=inclusive, labels=labels))
    return basis, tuple(bands)


def _condition(ctx: _Ctx, raw: Any, path: str) -> Condition | None:
    obj = ctx.mapping(
        raw, path, "a condition such as {item: q1, is: yes} or {all: [...]} / {any: [...]}"
    )
    if obj is None:
        return None
    if "all" in obj or "any" in obj:
        if len(obj) != 1:
            ctx.err(path, "a condition has exactly one of 'all' or 'any' (a list of clauses)")
            return None
        combine = "all" if "all" in obj else "any"
        clauses_raw = ctx.seq(obj[combine], f"{path}.{combine}")
        if clauses_raw is None:
            return None
        if not clauses_raw:
            ctx.err(f"{path}.{combine}", "give at least one clause")
        paths = [f"{path}.{combine}[{i}]" for i in range(len(clauses_raw))]
        clauses = [_clause(ctx, c, p) for c, p in zip(clauses_raw, paths, strict=True)]
    else:
        combine = "all"
        paths = [path]
        clauses = [_clause(ctx, obj, path)]
    if any(c is None for c in clauses):
        return None
    cond = Condition(clauses=tuple(c for c in clauses if c is not None), combine=combine)
    ctx.clause_paths[id(cond)] = paths
    return cond


def _clause(ctx: _Ctx, raw: Any, path: str) -> tuple[str, tuple[str, ...]] | None:
    obj = ctx.mapping(
        raw, path, "a clause such as {item: q1, is: yes} or {item: q1, in: [good, excellent]}"
    )
    if obj is None:
        return None
    ctx.keys(obj, path, CLAUSE_KEYS)
    item = ctx.ident(obj.get("item"), f"{path}.item")
    if ("is" in obj) == ("in" in obj):
        ctx.err(path, "give exactly one of 'is' (one value) or 'in' (a list of values)")
        return None
    values_raw = [obj["is"]] if "is" in obj else ctx.seq(obj["in"], f"{path}.in")
    if values_raw is None or item is None:
        return None
    values: list[str] = []
    for v in values_raw:
        if isinstance(v, bool):  # YAML reads yes/no as booleans
            v = "yes" if v else "no"
        if not isinstance(v, str | int | Decimal):
            ctx.err(path, f"a condition value must be a level name, yes, no or na, got {_kind(v)}")
            return None
        values.append(str(v))
    if not values:
        ctx.err(f"{path}.in", "give at least one value")
        return None
    return item, tuple(values)


def _section(
    ctx: _Ctx,
    raw: Any,
    path: str,
    scale: dict[str, ScaleLevel],
    rounding: Decimal,
    categories: dict[str, Labels],
    seen_sections: dict[str, str],
    seen_items: dict[str, str],
    mode: ScoringMode,
) -> Section | None:
    obj = ctx.mapping(raw, path)
    if obj is None:
        return None
    ctx.keys(obj, path, SECTION_KEYS)
    sid = ctx.ident(obj.get("id"), f"{path}.id")
    if sid is not None:
        if sid in seen_sections:
            ctx.err(f"{path}.id", f"duplicate section id {sid!r} (also at {seen_sections[sid]})")
        else:
            seen_sections[sid] = path
    labels = ctx.labels(obj.get("labels"), f"{path}.labels")
    help_ = ctx.labels(obj["help"], f"{path}.help", strict=False) if "help" in obj else {}
    weight = (
        ctx.number(obj["weight"], f"{path}.weight", minimum=Decimal(0)) if "weight" in obj else None
    )
    if "weight" in obj and mode is ScoringMode.BASE:
        ctx.err(
            f"{path}.weight",
            "section weights have no meaning in mode base (points are added to the base)",
        )
    na_allowed = (
        bool(ctx.boolean(obj["na_allowed"], f"{path}.na_allowed")) if "na_allowed" in obj else False
    )
    allow_neg = (
        bool(ctx.boolean(obj["allow_negative"], f"{path}.allow_negative"))
        if "allow_negative" in obj
        else False
    )
    visible = (
        _condition(ctx, obj["visible_when"], f"{path}.visible_when")
        if "visible_when" in obj
        else None
    )
    items_raw = ctx.seq(obj.get("items"), f"{path}.items")
    if items_raw is not None and not items_raw:
        ctx.err(f"{path}.items", "a section has at least one item")
    items: list[Item] = []
    for ii, iraw in enumerate(items_raw or []):
        item = _item(ctx, iraw, f"{path}.items[{ii}]", scale, rounding, categories, seen_items)
        if item is not None:
            items.append(item)
    if mode is ScoringMode.POINTS and items:
        counting = [
            i for i in items if i.scored and i.kind not in (ItemKind.BONUS, ItemKind.DEDUCTION)
        ]
        changes = [i for i in items if i.kind in (ItemKind.BONUS, ItemKind.DEDUCTION)]
        if changes and not counting:
            ctx.err(
                f"{path}.items",
                "in mode points a section's bonuses and deductions only move its score within "
                "its own maximum, and this section has no item with points: add scored items, "
                "or use 'scoring: {mode: base}' for a checklist that starts from a base score",
            )
    weighted = [i for i in items if i.weighted]
    if weighted:
        if mode is ScoringMode.BASE:
            ctx.err(f"{path}.items", "item weights have no meaning in mode base")
        for ii, item in enumerate(items):
            if item.scored and item.max > 0 and not item.weighted:
                ctx.err(
                    f"{path}.items[{ii}].weight",
                    "the section's other items carry weights: give this one a weight too",
                )
    sec_max = sum((_item_max(i, bool(weighted)) for i in items), Decimal(0))
    if sid is None:
        return None
    return Section(
        id=sid,
        labels=labels,
        items=tuple(items),
        weight=weight,
        na_allowed=na_allowed,
        allow_negative=allow_neg,
        visible_when=visible,
        max=_clean(sec_max),
        help=help_,
        weighted_items=bool(weighted),
    )


def _item_max(item: Item, weighted: bool) -> Decimal:
    """What an item adds to its section's maximum (bonuses add to the score, not the maximum)."""
    if not item.scored or item.kind in (ItemKind.BONUS, ItemKind.DEDUCTION, ItemKind.TEXT):
        return Decimal(0)
    if weighted:
        return item.weight if item.max > 0 else Decimal(0)
    return item.max


def _item(
    ctx: _Ctx,
    raw: Any,
    path: str,
    scale: dict[str, ScaleLevel],
    rounding: Decimal,
    categories: dict[str, Labels],
    seen_items: dict[str, str],
) -> Item | None:
    obj = ctx.mapping(raw, path)
    if obj is None:
        return None
    iid = ctx.ident(obj.get("id"), f"{path}.id")
    if iid is not None:
        if iid in seen_items:
            ctx.err(f"{path}.id", f"duplicate item id {iid!r} (also at {seen_items[iid]})")
        else:
            seen_items[iid] = path
    kind_raw = obj.get("kind")
    try:
        kind = ItemKind(kind_raw)
    except ValueError:
        ctx.err(
            f"{path}.kind",
            f"unknown kind {kind_raw!r}; use one of {', '.join(k.value for k in ItemKind)}",
        )
        return None
    ctx.keys(obj, path, ITEM_KEYS[kind])
    labels = ctx.labels(obj.get("labels"), f"{path}.labels")
    help_ = ctx.labels(obj["help"], f"{path}.help", strict=False) if "help" in obj else {}
    weighted = "weight" in obj
    weight = Decimal(1)
    if weighted:
        weight = ctx.number(obj["weight"], f"{path}.weight", minimum=Decimal(0)) or Decimal(0)
    na_allowed = (
        bool(ctx.boolean(obj["na_allowed"], f"{path}.na_allowed")) if "na_allowed" in obj else False
    )
    comment_required = (
        bool(ctx.boolean(obj["comment_required"], f"{path}.comment_required"))
        if "comment_required" in obj
        else False
    )
    category = None
    if "category" in obj and obj["category"] is not None:
        category = ctx.ident(obj["category"], f"{path}.category")
        if category is not None and category not in categories:
            known = ", ".join(categories) or "none declared"
            ctx.err(
                f"{path}.category",
                f"unknown category {category!r} (declared under 'categories': {known})",
            )
    visible = (
        _condition(ctx, obj["visible_when"], f"{path}.visible_when")
        if "visible_when" in obj
        else None
    )
    extra = _extras(obj)
    if "extra" in obj:
        ext = ctx.mapping(obj["extra"], f"{path}.extra")
        if ext is not None:
            extra["extra"] = _plain(ext)

    critical: CriticalScope | None = None
    critical_section: str | None = None
    if "critical" in obj and obj["critical"] is not None and obj["critical"] is not False:
        craw = obj["critical"]
        if isinstance(craw, dict):
            ctx.keys(craw, f"{path}.critical", CRITICAL_KEYS)
            scope_raw = craw.get("scope")
            if "section" in craw:
                critical_section = ctx.ident(craw["section"], f"{path}.critical.section")
        else:
            scope_raw = craw
        try:
            critical = CriticalScope(scope_raw)
        except ValueError:
            ctx.err(f"{path}.critical", f"unknown scope {scope_raw!r}; use section or evaluation")
        if critical_section is not None and critical is not CriticalScope.SECTION:
            ctx.err(f"{path}.critical.section", "a target section needs scope: section")

    fields: dict[str, Any] = {}
    levels: tuple[Level, ...] = ()
    item_max = Decimal(0)
    item_min = Decimal(0)
    scored = True
    flag = False
    if kind is ItemKind.LEVELS:
        declared = (
            ctx.number(obj["max"], f"{path}.max", minimum=Decimal(0)) if "max" in obj else None
        )
        levels = _levels(
            ctx, obj.get("levels"), f"{path}.levels", declared, scale, rounding, bool(critical)
        )
        top = max((lv.points for lv in levels), default=Decimal(0))
        if declared is None and "max" not in obj:
            raw_levels = obj.get("levels")
            if not isinstance(raw_levels, list) or any(
                isinstance(lv, str) or (isinstance(lv, dict) and "points" not in lv)
                for lv in raw_levels
            ):
                ctx.err(
                    f"{path}.max", "missing; levels taken from the scale need the item's maximum"
                )
            item_max = top
        else:
            item_max = declared or Decimal(0)
        for li, lv in enumerate(levels):
            if lv.points > item_max:
                ctx.err(
                    f"{path}.levels[{li}].points",
                    f"{lv.points} is above the item maximum {item_max}",
                )
        if critical is None and any(lv.auto_fail for lv in levels):
            critical = CriticalScope.EVALUATION
    elif kind is ItemKind.YESNO:
        flag = bool(ctx.boolean(obj["flag"], f"{path}.flag")) if "flag" in obj else False
        if flag:
            scored = False
            if "max" in obj:
                ctx.err(f"{path}.max", "a flag item records a fact and gives no points; remove max")
            if critical is not None:
                ctx.err(
                    f"{path}.critical",
                    "a flag item cannot be critical (it records a fact, it does not fail)",
                )
        else:
            if "max" not in obj:
                ctx.err(f"{path}.max", "missing: the points a 'yes' gives")
            elif (
                yes_points := ctx.number(obj["max"], f"{path}.max", minimum=Decimal(0))
            ) is not None:
                item_max = yes_points
    elif kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
        pts = (
            ctx.number(obj.get("points"), f"{path}.points", positive=True)
            if "points" in obj
            else None
        )
        if "points" not in obj:
            ctx.err(
                f"{path}.points",
                f"missing: the points {'deducted' if kind is ItemKind.DEDUCTION else 'added'} per occurrence",
            )
        max_count = None
        if "max_count" in obj and obj["max_count"] is not None:
            mc = ctx.number(obj["max_count"], f"{path}.max_count", integer=True, positive=True)
            max_count = int(mc) if mc is not None else None
        fields["points"] = pts
        fields["max_count"] = max_count
        if kind is ItemKind.DEDUCTION:
            item_min = (
                -(pts * max_count)
                if (pts is not None and max_count is not None)
                else Decimal("-Infinity")
            )
        else:
            if critical is not None:
                ctx.err(f"{path}.critical", "a bonus item cannot be critical")
            if "max" in obj:
                item_max = ctx.number(obj["max"], f"{path}.max", positive=True) or Decimal(0)
                if pts is not None and item_max and item_max < pts:
                    ctx.err(f"{path}.max", f"the cap {item_max} is below one occurrence ({pts})")
            elif pts is not None and max_count is not None:
                item_max = pts * max_count
            else:
                item_max = Decimal("Infinity")
    elif kind is ItemKind.NUMERIC:
        vmin = ctx.number(obj.get("min"), f"{path}.min") if "min" in obj else None
        vmax = ctx.number(obj.get("max"), f"{path}.max") if "max" in obj else None
        if "min" not in obj or "max" not in obj:
            ctx.err(path, "a numeric item needs 'min' and 'max' (the allowed values)")
        if vmin is not None and vmax is not None and vmin > vmax:
            ctx.err(f"{path}.max", f"max {vmax} is below min {vmin}")
        if "scored" in obj:
            scored = bool(ctx.boolean(obj["scored"], f"{path}.scored"))
        ranges = (
            _ranges(ctx, obj.get("ranges"), f"{path}.ranges", vmin, vmax) if "ranges" in obj else ()
        )
        if ranges and not scored:
            ctx.err(f"{path}.ranges", "an unscored numeric item (scored: false) has no ranges")
        fields["numeric_min"] = vmin
        fields["numeric_max"] = vmax
        fields["ranges"] = ranges
        if "max_points" in obj and not ranges:
            ctx.err(
                f"{path}.max_points",
                "max_points is the maximum of a numeric item scored through ranges",
            )
        if scored and ranges:
            item_max = max(r.points for r in ranges)
            item_min = min(r.points for r in ranges)
            if "max_points" in obj:
                declared = ctx.number(obj["max_points"], f"{path}.max_points", minimum=Decimal(0))
                if declared is not None and declared < item_max:
                    ctx.err(
                        f"{path}.max_points",
                        f"{declared} is below the best range's points {item_max}",
                    )
                elif declared is not None:
                    item_max = declared
            if critical is None and any(r.auto_fail for r in ranges):
                critical = CriticalScope.EVALUATION
            if critical is not None and not any(r.auto_fail for r in ranges):
                ctx.err(
                    f"{path}.critical",
                    "a critical numeric item marks the failing ranges with auto_fail: true",
                )
        else:
            if scored:
                item_max = max(vmax or Decimal(0), Decimal(0))
                item_min = min(vmin or Decimal(0), Decimal(0))
            if critical is not None:
                ctx.err(
                    f"{path}.critical",
                    "a critical numeric item needs ranges marked auto_fail: true",
                )
    else:  # text
        scored = False
        if critical is not None:
            ctx.err(f"{path}.critical", "a text item is unscored and cannot be critical")
    if weighted and not scored:
        ctx.err(f"{path}.weight", "an unscored item carries no weight")
    if weighted and kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
        ctx.err(
            f"{path}.weight",
            f"a {kind.value} item adds or removes points per occurrence; it carries no weight",
        )
    signal = (
        _signal(ctx, obj["signal"], f"{path}.signal", kind, levels, na_allowed)
        if "signal" in obj
        else None
    )
    if iid is None:
        return None
    return Item(
        id=iid,
        kind=kind,
        labels=labels,
        help=help_,
        max=_clean(item_max) if item_max.is_finite() else item_max,
        weight=weight,
        levels=levels,
        na_allowed=na_allowed,
        critical=critical,
        category=category,
        visible_when=visible,
        comment_required=comment_required,
        flag=flag,
        min=_clean(item_min) if item_min.is_finite() else item_min,
        extra=extra,
        scored=scored,
        critical_section=critical_section,
        weighted=weighted,
        signal=signal,
        **fields,
    )


def _signal(
    ctx: _Ctx,
    raw: Any,
    path: str,
    kind: ItemKind,
    levels: tuple[Level, ...],
    na_allowed: bool,
) -> SignalBinding | None:
    """An item's ``signal:`` binding (docs/rubric-format.md § Signals)."""
    obj = ctx.mapping(raw, path)
    if obj is None:
        return None
    ctx.keys(obj, path, SIGNAL_KEYS)
    try:
        measure = Measure(obj.get("measure"))
    except ValueError:
        ctx.err(
            f"{path}.measure",
            f"unknown measure {obj.get('measure')!r}; use one of "
            + ", ".join(m.value for m in Measure),
        )
        return None
    min_ms = None
    if "min_ms" in obj:
        if measure not in MIN_MS_MEASURES:
            ctx.err(
                f"{path}.min_ms",
                f"{measure.value} takes no min_ms (only "
                + ", ".join(sorted(m.value for m in MIN_MS_MEASURES))
                + ")",
            )
        else:
            n = ctx.number(obj["min_ms"], f"{path}.min_ms", minimum=Decimal(0), integer=True)
            min_ms = int(n) if n is not None else None
    rules: list[SignalRule] = []
    if kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
        if measure not in COUNT_MEASURES:
            ctx.err(
                f"{path}.measure",
                f"a {kind.value} item answers with a count of events: use "
                + " or ".join(sorted(m.value for m in COUNT_MEASURES)),
            )
        if "rules" in obj:
            ctx.err(f"{path}.rules", f"a {kind.value} item takes the count itself; no rules")
        return SignalBinding(measure, min_ms)
    if kind is ItemKind.NUMERIC:
        if measure in BOOLEAN_MEASURES:
            ctx.err(f"{path}.measure", f"{measure.value} is yes/no, not a number")
        if "rules" in obj:
            ctx.err(f"{path}.rules", "a numeric item takes the measured value itself; no rules")
        return SignalBinding(measure, min_ms)
    if kind is ItemKind.TEXT:
        ctx.err(path, "a text item cannot be suggested by a signal")
        return None
    if kind is ItemKind.LEVELS:
        allowed = [lv.name for lv in levels]
    else:
        allowed = ["yes", "no"]
    if na_allowed:
        allowed.append("na")
    seq = ctx.seq(obj.get("rules"), f"{path}.rules")
    if seq is None:
        return None
    if not seq:
        ctx.err(f"{path}.rules", "give at least one rule")
    for ri, rraw in enumerate(seq):
        rpath = f"{path}.rules[{ri}]"
        robj = ctx.mapping(rraw, rpath)
        if robj is None:
            continue
        ctx.keys(robj, rpath, SIGNAL_RULE_KEYS)
        ans = robj.get("answer")
        if isinstance(ans, bool):  # YAML 1.1 reads yes/no as booleans
            ans = "yes" if ans else "no"
        if not isinstance(ans, str) or ans not in allowed:
            ctx.err(
                f"{rpath}.answer",
                f"answer {ans!r} is not one of this item's answers ({', '.join(allowed)})",
            )
            continue
        bounds: dict[str, Decimal | None] = {}
        for key in ("above", "at_least", "below", "at_most"):
            bounds[key] = ctx.number(robj[key], f"{rpath}.{key}") if key in robj else None
        if any(v is not None for v in bounds.values()) and measure in BOOLEAN_MEASURES:
            ctx.err(rpath, f"{measure.value} is yes/no: test it with 'is: true' or 'is: false'")
        is_ = None
        if "is" in robj:
            is_ = ctx.boolean(robj["is"], f"{rpath}.is")
            if measure not in BOOLEAN_MEASURES:
                ctx.err(
                    f"{rpath}.is", f"{measure.value} is a number: use above/at_least/below/at_most"
                )
        none = False
        if "none" in robj:
            none = robj["none"] is True
            if robj["none"] is not True:
                ctx.err(f"{rpath}.none", "'none' is true when given (nothing to measure)")
            elif is_ is not None or any(v is not None for v in bounds.values()):
                ctx.err(rpath, "a 'none' rule has no bounds")
        rules.append(SignalRule(ans, is_=is_, none=none, **bounds))
    return SignalBinding(measure, min_ms, tuple(rules))


def signal_document(binding: SignalBinding) -> dict[str, Any]:
    out: dict[str, Any] = {"measure": binding.measure.value}
    if binding.min_ms is not None:
        out["min_ms"] = binding.min_ms
    if binding.rules:
        rules = []
        for r in binding.rules:
            ro: dict[str, Any] = {"answer": r.answer}
            for key in ("above", "at_least", "below", "at_most"):
                v = getattr(r, key)
                if v is not None:
                    ro[key] = _num(v)
            if r.is_ is not None:
                ro["is"] = r.is_
            if r.none:
                ro["none"] = True
            rules.append(ro)
        out["rules"] = rules
    return out


def _levels(
    ctx: _Ctx,
    raw: Any,
    path: str,
    item_max: Decimal | None,
    scale: dict[str, ScaleLevel],
    rounding: Decimal,
    critical: bool,
) -> tuple[Level, ...]:
    if raw is None:
        if not scale:
            ctx.err(path, "missing, and the rubric's level_scale is empty")
            return ()
        raw = list(scale)
    entries = ctx.seq(raw, path)
    if entries is None:
        return ()
    if len(entries) < 2:
        ctx.err(path, "a levels item has at least two levels")
    out: list[Level] = []
    names: set[str] = set()
    for li, lraw in enumerate(entries):
        lpath = f"{path}[{li}]"
        if isinstance(lraw, str):
            lobj: dict[str, Any] = {"name": lraw}
        else:
            found = ctx.mapping(lraw, lpath, "a level name or a mapping {name, points, descriptor}")
            if found is None:
                continue
            lobj = found
            ctx.keys(lobj, lpath, LEVEL_KEYS)
        name = ctx.ident(lobj.get("name"), f"{lpath}.name")
        if name is None:
            continue
        if name in names:
            ctx.err(f"{lpath}.name", f"duplicate level {name!r}")
            continue
        names.add(name)
        std = scale.get(name)
        if "points" in lobj and "percent" in lobj:
            ctx.err(lpath, "give either points or percent, not both")
            continue
        if "points" in lobj:
            points = ctx.number(lobj["points"], f"{lpath}.points", minimum=Decimal(0))
        else:
            if "percent" in lobj:
                pct = ctx.number(lobj["percent"], f"{lpath}.percent", minimum=Decimal(0))
            elif std is not None:
                pct = std.percent
            else:
                ctx.err(lpath, f"level {name!r} is not in the level scale: give its points")
                continue
            if pct is None or item_max is None:
                continue
            points = scale_points(item_max, pct, rounding)
        if points is None:
            continue
        if "labels" in lobj:
            labels = ctx.labels(lobj["labels"], f"{lpath}.labels")
        elif std is not None:
            labels = {k: v for k, v in std.labels.items() if k in ctx.languages}
            missing = [lang for lang in ctx.languages if lang not in labels]
            if missing:
                ctx.err(
                    f"{lpath}.labels",
                    f"missing translation {', '.join(missing)} (the scale has none)",
                )
        else:
            ctx.err(f"{lpath}.labels", "missing; a level outside the scale needs its labels")
            labels = {}
        descriptor = (
            ctx.labels(lobj["descriptor"], f"{lpath}.descriptor", strict=False)
            if "descriptor" in lobj
            else {}
        )
        auto_fail = (
            bool(ctx.boolean(lobj["auto_fail"], f"{lpath}.auto_fail"))
            if "auto_fail" in lobj
            else False
        )
        out.append(
            Level(
                name=name, points=points, labels=labels, descriptor=descriptor, auto_fail=auto_fail
            )
        )
    if critical and out and not any(lv.auto_fail for lv in out):
        # default for a critical levels item: every level below the top fails
        top = max(lv.points for lv in out)
        out = [Level(lv.name, lv.points, lv.labels, lv.descriptor, lv.points < top) for lv in out]
    return tuple(out)


def _ranges(
    ctx: _Ctx, raw: Any, path: str, vmin: Decimal | None, vmax: Decimal | None
) -> tuple[NumericRange, ...]:
    entries = ctx.seq(raw, path)
    out: list[NumericRange] = []
    for ri, rraw in enumerate(entries or []):
        rpath = f"{path}[{ri}]"
        robj = ctx.mapping(rraw, rpath)
        if robj is None:
            continue
        ctx.keys(robj, rpath, RANGE_KEYS)
        lo = ctx.number(robj.get("min"), f"{rpath}.min")
        hi = ctx.number(robj.get("max"), f"{rpath}.max")
        pts = ctx.number(robj.get("points"), f"{rpath}.points")
        af = (
            bool(ctx.boolean(robj["auto_fail"], f"{rpath}.auto_fail"))
            if "auto_fail" in robj
            else False
        )
        if lo is None or hi is None or pts is None:
            continue
        if lo > hi:
            ctx.err(rpath, f"min {lo} is above max {hi}")
            continue
        if vmin is not None and lo < vmin or vmax is not None and hi > vmax:
            ctx.err(rpath, f"range {lo}…{hi} lies outside the item's values {vmin}…{vmax}")
        for prev_i, prev in enumerate(out):
            if lo <= prev.max and prev.min <= hi:
                ctx.err(rpath, f"range {lo}…{hi} overlaps ranges[{prev_i}] {prev.min}…{prev.max}")
        out.append(NumericRange(min=lo, max=hi, points=pts, auto_fail=af))
    if entries is not None and not entries:
        ctx.err(path, "give at least one range, or leave 'ranges' out to score the value directly")
    return tuple(out)


def _item_paths(sections: list[Section]) -> dict[str, str]:
    return {
        item.id: f"sections[{si}].items[{ii}]"
        for si, sec in enumerate(sections)
        for ii, item in enumerate(sec.items)
    }


def _check_weights(
    ctx: _Ctx, sections: list[Section], total: Decimal | None, mode: ScoringMode
) -> None:
    weighted = [s for s in sections if s.weight is not None]
    if weighted and len(weighted) != len(sections):
        for si, sec in enumerate(sections):
            if sec.weight is None:
                ctx.err(
                    f"sections[{si}].weight",
                    "other sections carry weights: give this one a weight too",
                )
    if total is not None:
        if not weighted:
            ctx.err("scoring.weights_total", "set, but no section carries a weight")
        else:
            got = sum((s.weight or Decimal(0) for s in sections), Decimal(0))
            if got != total:
                ctx.err(
                    "sections",
                    f"section weights add up to {_clean(got)}, not to scoring.weights_total {total}",
                )
    for si, sec in enumerate(sections):
        if (
            sec.weight is not None
            and sec.weight > 0
            and sec.max <= 0
            and mode is ScoringMode.POINTS
        ):
            ctx.err(
                f"sections[{si}].weight",
                "a weighted section needs at least one scored item with points",
            )


def _check_conditions(ctx: _Ctx, sections: list[Section]) -> None:
    items = {item.id: item for sec in sections for item in sec.items}
    paths = _item_paths(sections)

    def check(cond: Condition, path: str, self_id: str | None, own_items: set[str]) -> None:
        cpaths = ctx.clause_paths.get(id(cond)) or [
            f"{path}.{cond.combine}[{i}]" for i in range(len(cond.clauses))
        ]
        for (ref, values), cpath in zip(cond.clauses, cpaths, strict=True):
            target = items.get(ref)
            if target is None:
                ctx.err(f"{cpath}.item", f"unknown item {ref!r}")
                continue
            if ref == self_id or ref in own_items:
                ctx.err(
                    f"{cpath}.item", f"an item cannot depend on itself or its own section ({ref!r})"
                )
                continue
            if target.kind is ItemKind.LEVELS:
                allowed = {lv.name for lv in target.levels}
            elif target.kind is ItemKind.YESNO:
                allowed = {"yes", "no"}
            else:
                ctx.err(
                    f"{cpath}.item",
                    f"conditions can only test levels or yes/no items; {ref!r} is {target.kind.value}",
                )
                continue
            allowed.add("na")
            for v in values:
                if v not in allowed:
                    ctx.err(
                        cpath,
                        f"{ref!r} has no value {v!r}; use one of {', '.join(sorted(allowed))}",
                    )

    for si, sec in enumerate(sections):
        own = {i.id for i in sec.items}
        if sec.visible_when is not None:
            check(sec.visible_when, f"sections[{si}].visible_when", None, own)
        for ii, item in enumerate(sec.items):
            if item.visible_when is not None:
                check(item.visible_when, f"sections[{si}].items[{ii}].visible_when", item.id, set())

    # cycles: a -> b when a's visibility depends on b (section conditions apply to all its items)
    deps: dict[str, set[str]] = {}
    for sec in sections:
        own = {i.id for i in sec.items}
        sec_refs = (
            {ref for ref, _ in sec.visible_when.clauses if ref not in own}
            if sec.visible_when
            else set()
        )
        for item in sec.items:
            refs = set(sec_refs)
            if item.visible_when is not None:
                refs |= {ref for ref, _ in item.visible_when.clauses}
            deps[item.id] = {r for r in refs if r in items and r != item.id}
    state: dict[str, int] = {}
    reported: set[str] = set()

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in deps.get(node, ()):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt) :] + [nxt] if nxt in stack else [node, nxt]
                if node not in reported:
                    reported.add(node)
                    ctx.err(
                        f"{paths[node]}.visible_when",
                        f"visibility conditions go round in a circle: {' -> '.join(cycle)}",
                    )
            elif state.get(nxt) is None:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in deps:
        if node not in state:
            visit(node, [node])


def _check_critical_targets(ctx: _Ctx, sections: list[Section], mode: ScoringMode) -> None:
    ids = {s.id for s in sections}
    for si, sec in enumerate(sections):
        for ii, item in enumerate(sec.items):
            path = f"sections[{si}].items[{ii}].critical"
            if item.critical_section is not None and item.critical_section not in ids:
                ctx.err(f"{path}.section", f"unknown section {item.critical_section!r}")
            if mode is ScoringMode.BASE and item.critical is CriticalScope.SECTION:
                ctx.err(
                    path,
                    "in mode base a critical item fails the whole evaluation: use scope evaluation",
                )


# ----------------------------------------------------------------------------- writing


def _num(d: Decimal) -> int | Decimal:
    """Numbers in canonical documents: whole numbers as int, others as exact Decimal."""
    d = _clean(d)
    return int(d) if d == d.to_integral_value() else d  # type: ignore[return-value]


def _labels_out(labels: Labels, languages: tuple[str, ...]) -> dict[str, str]:
    return {lang: labels[lang] for lang in LANGUAGES if lang in labels}


def _cond_out(cond: Condition) -> dict[str, Any]:
    return {cond.combine: [{"item": ref, "in": list(values)} for ref, values in cond.clauses]}


def dump_document(rubric: Rubric) -> dict[str, Any]:
    """The canonical document of *rubric*: every default explicit, stable key order.

    ``load_document(dump_document(r)) == r`` for every valid rubric ``r``.  Numbers are
    ints or :class:`Decimal`; use :func:`canonical_json` for text.
    """
    langs = rubric.languages
    doc: dict[str, Any] = {
        "format": FORMAT,
        "id": rubric.id,
        "version": rubric.version,
        "status": rubric.status.value,
    }
    if rubric.effective_from:
        doc["effective_from"] = rubric.effective_from.isoformat()
    if rubric.effective_to:
        doc["effective_to"] = rubric.effective_to.isoformat()
    doc["languages"] = list(langs)
    doc["labels"] = _labels_out(rubric.labels, langs)
    if rubric.description:
        doc["description"] = _labels_out(rubric.description, langs)
    scoring: dict[str, Any] = {"mode": rubric.mode.value}
    if rubric.base is not None:
        scoring["base"] = _num(rubric.base)
    if rubric.cap is not None:
        scoring["cap"] = _num(rubric.cap)
    scoring["floor"] = _num(rubric.floor)
    if rubric.weights_total is not None:
        scoring["weights_total"] = _num(rubric.weights_total)
    doc["scoring"] = scoring
    if rubric.categories:
        doc["categories"] = {
            code: _labels_out(lab, langs) for code, lab in rubric.categories.items()
        }
    if rubric.grades:
        bands = []
        for band in rubric.grades:
            b: dict[str, Any] = {"grade": band.grade}
            if band.min.is_finite():
                b["from" if band.min_inclusive else "above"] = _num(band.min)
            if band.labels:
                b["labels"] = _labels_out(band.labels, langs)
            bands.append(b)
        doc["grades"] = {"basis": rubric.grade_basis.value, "bands": bands}
    doc["sections"] = [_section_out(sec, langs) for sec in rubric.sections]
    for key, value in rubric.extra.items():
        doc[key] = value
    return doc


def _section_out(sec: Section, langs: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": sec.id, "labels": _labels_out(sec.labels, langs)}
    if sec.help:
        out["help"] = _labels_out(sec.help, langs)
    if sec.weight is not None:
        out["weight"] = _num(sec.weight)
    out["na_allowed"] = sec.na_allowed
    out["allow_negative"] = sec.allow_negative
    if sec.visible_when is not None:
        out["visible_when"] = _cond_out(sec.visible_when)
    out["items"] = [_item_out(item, langs) for item in sec.items]
    return out


def _item_out(item: Item, langs: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind.value,
        "labels": _labels_out(item.labels, langs),
    }
    if item.help:
        out["help"] = _labels_out(item.help, langs)
    k = item.kind
    if k is ItemKind.LEVELS:
        out["max"] = _num(item.max)
        levels = []
        for lv in item.levels:
            lo: dict[str, Any] = {
                "name": lv.name,
                "points": _num(lv.points),
                "labels": _labels_out(lv.labels, langs),
            }
            if lv.descriptor:
                lo["descriptor"] = _labels_out(lv.descriptor, langs)
            lo["auto_fail"] = lv.auto_fail
            levels.append(lo)
        out["levels"] = levels
    elif k is ItemKind.YESNO:
        if item.flag:
            out["flag"] = True
        else:
            out["max"] = _num(item.max)
    elif k in (ItemKind.DEDUCTION, ItemKind.BONUS):
        out["points"] = _num(item.points or Decimal(0))
        if item.max_count is not None:
            out["max_count"] = item.max_count
        if (
            k is ItemKind.BONUS
            and item.max.is_finite()
            and (item.max_count is None or item.max != (item.points or 0) * item.max_count)
        ):
            out["max"] = _num(item.max)
    elif k is ItemKind.NUMERIC:
        out["min"] = _num(item.numeric_min if item.numeric_min is not None else Decimal(0))
        out["max"] = _num(item.numeric_max if item.numeric_max is not None else Decimal(0))
        if not item.scored:
            out["scored"] = False
        if item.ranges and item.max != max(r.points for r in item.ranges):
            out["max_points"] = _num(item.max)
        if item.ranges:
            out["ranges"] = [
                {
                    "min": _num(r.min),
                    "max": _num(r.max),
                    "points": _num(r.points),
                    "auto_fail": r.auto_fail,
                }
                for r in item.ranges
            ]
    if item.weighted:
        out["weight"] = _num(item.weight)
    out["na_allowed"] = item.na_allowed
    if item.critical is not None:
        if item.critical_section is not None:
            out["critical"] = {"scope": item.critical.value, "section": item.critical_section}
        else:
            out["critical"] = item.critical.value
    if item.category is not None:
        out["category"] = item.category
    if item.visible_when is not None:
        out["visible_when"] = _cond_out(item.visible_when)
    if item.comment_required:
        out["comment_required"] = True
    if item.signal is not None:
        out["signal"] = signal_document(item.signal)
    for key, value in item.extra.items():
        out[key] = value
    return out


def canonical_json(doc: Mapping[str, Any]) -> str:
    """Stable JSON text of a (canonical) document: sorted keys, exact decimals, UTF-8."""
    return _encode(doc)


def _encode(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(_clean(value), "f")
    if isinstance(value, dict):
        return (
            "{"
            + ",".join(
                json.dumps(str(k), ensure_ascii=False) + ":" + _encode(v)
                for k, v in sorted(value.items())
            )
            + "}"
        )
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def to_yaml(doc: Mapping[str, Any]) -> str:
    """A human-friendly YAML text of a document (key order kept, exact decimals)."""

    class _Dumper(yaml.SafeDumper):
        pass

    def dec(dumper: yaml.SafeDumper, d: Decimal) -> yaml.Node:
        return dumper.represent_scalar("tag:yaml.org,2002:float", format(_clean(d), "f"))

    _Dumper.add_representer(Decimal, dec)
    return yaml.dump(dict(doc), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def problems_of(exc: BaseException, source: str) -> list[Problem]:
    """Problems of any exception raised while loading (for callers that must not crash)."""
    if isinstance(exc, RubricValidationError):
        return exc.problems
    return [Problem(source, "", f"{type(exc).__name__}: {exc}")]
