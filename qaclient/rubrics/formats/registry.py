"""The registry of foreign evaluation-form formats and the import entry point.

One module per foreign format (``genesys.py``, ``aws_connect.py``), each registering a
:class:`Format` here — the layout of MusicBrainz Picard's ``picard/formats/``.  A format
is a name, a ``detect(data) -> bool`` test on the parsed file and a
``convert(data, source) -> dict`` that returns a rubric document (``qaclient-rubric/1``,
see ``docs/rubric-format.md``).

:func:`import_form` reads a file (JSON, YAML, or a CloudFormation template with its
short-form tags), picks the format (given, or detected), converts it and validates the
result with the rubric loader.  Anything that cannot be represented faithfully raises
:class:`FormImportError` naming the file, the path inside it and the reason: an imported
rubric must score the way the originating system does, so the importers refuse rather
than approximate (``docs/foreign-forms.md``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from qaclient import documents
from qaclient.rubrics.loader import MAX_PLACES, RubricValidationError, load_document

__all__ = [
    "Format",
    "FormImportError",
    "detect_format",
    "formats",
    "get_format",
    "import_data",
    "import_form",
    "read_form",
    "register",
]


class FormImportError(ValueError):
    """A foreign form that cannot be imported faithfully.

    ``source`` is the file, ``path`` the place inside the parsed document (JSON-path
    style, e.g. ``questionGroups[2].questions[0].type``; empty for the whole file) and
    ``message`` what cannot be represented and why.
    """

    def __init__(self, source: str, path: str, message: str):
        self.source = source
        self.path = path
        self.message = message
        super().__init__(f"{source}:{path or '(form)'}: {message}")


@dataclass(frozen=True)
class Format:
    """A foreign form format: ``detect`` recognises parsed data, ``convert`` turns it into
    a rubric document (raising :class:`FormImportError` for what it cannot represent)."""

    name: str  # the --from value, e.g. "genesys"
    title: str  # human name, e.g. "Genesys Cloud evaluation form"
    detect: Callable[[Any], bool]
    convert: Callable[[Any, str], dict[str, Any]]


_FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    """Add *fmt* to the registry (a format module calls this at import time)."""
    _FORMATS[fmt.name] = fmt
    return fmt


def _ensure_loaded() -> None:
    # the format modules register themselves on import
    from qaclient.rubrics.formats import aws_connect, genesys  # noqa: F401


def formats() -> list[Format]:
    """Every registered format, in registration order."""
    _ensure_loaded()
    return list(_FORMATS.values())


def get_format(name: str) -> Format:
    _ensure_loaded()
    try:
        return _FORMATS[name]
    except KeyError:
        known = ", ".join(_FORMATS)
        raise FormImportError(
            "", "", f"unknown form format {name!r}; use one of: {known}"
        ) from None


def detect_format(data: Any) -> Format | None:
    """The first registered format whose ``detect`` accepts *data*, or None."""
    for fmt in formats():
        try:
            if fmt.detect(data):
                return fmt
        except Exception:  # a detector must never break detection of the others
            continue
    return None


# ----------------------------------------------------------------------------- reading files


class _FormLoader(yaml.SafeLoader):
    """Safe YAML with exact decimals, duplicate-key errors and CloudFormation short tags.

    ``!Ref X`` becomes ``{"Ref": X}`` and ``!Sub …``/``!GetAtt …``/… become
    ``{"Fn::Sub": …}``; importers refuse such values where they need literal text.
    """


def _float(loader: _FormLoader, node: yaml.Node) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:  # .inf / .nan
        return Decimal(text.lower().replace(".inf", "Infinity").replace(".nan", "NaN"))


def _mapping(loader: _FormLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    out: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, bool):
            key = key_node.value
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
    return out


def _cfn_tag(loader: _FormLoader, suffix: str, node: yaml.Node) -> dict:
    name = "Ref" if suffix == "Ref" else f"Fn::{suffix}"
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
        if suffix == "GetAtt" and isinstance(value, str):
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = _mapping(loader, node, deep=True)  # type: ignore[arg-type]
    return {name: value}


_FormLoader.add_constructor("tag:yaml.org,2002:float", _float)
_FormLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_FormLoader.add_multi_constructor("!", _cfn_tag)


def _json_object(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def read_form(path: str | Path) -> Any:
    """Parse a form file: ``.json`` as strict JSON, anything else as YAML (which also reads
    JSON).  Numbers become exact :class:`~decimal.Decimal` values.  Raises
    :class:`FormImportError` with the line for syntax errors."""
    p = Path(path)
    src = str(path)
    if p.suffix.lower() in (".tf", ".hcl"):
        raise FormImportError(
            src,
            "",
            "Terraform HCL is not read; export the form as REST JSON "
            "(GET /api/v2/quality/forms/evaluations/{formId}) and import that",
        )
    try:
        text = documents.read_text(p, documents.RUBRIC_LIMITS, encoding="utf-8-sig")
    except documents.DocumentLimitError as exc:
        raise FormImportError(src, "", exc.reason) from None
    except UnicodeDecodeError as exc:
        raise FormImportError(src, "", f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise FormImportError(src, "", documents.describe(p, exc)) from None
    if not text.strip():
        raise FormImportError(src, "", "the file is empty")
    if p.suffix.lower() == ".json":
        try:
            return documents.load_json(
                text, documents.RUBRIC_LIMITS, parse_float=Decimal, object_pairs_hook=_json_object
            )
        except documents.DocumentLimitError as exc:
            raise FormImportError(src, "", exc.reason) from None
        except json.JSONDecodeError as exc:
            raise FormImportError(
                src, "", f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from None
        except ValueError as exc:
            raise FormImportError(src, "", f"invalid JSON: {exc}") from None
    try:
        return documents.load_yaml(text, _FormLoader, documents.RUBRIC_LIMITS)
    except documents.DocumentLimitError as exc:
        where = f" at line {exc.line}" if exc.line else ""
        raise FormImportError(src, "", f"{exc.reason}{where}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise FormImportError(
            src, "", f"invalid YAML{where}: {exc.problem or exc.context or 'syntax error'}"
        ) from None
    except yaml.YAMLError as exc:
        what, line, column = documents.yaml_problem(exc)
        where = f" at line {line} column {column}" if line else ""
        raise FormImportError(src, "", f"invalid YAML{where}: {what}") from None
    except (ValueError, ArithmeticError) as exc:
        raise FormImportError(src, "", f"invalid YAML: {' '.join(str(exc).split())}") from None


# ----------------------------------------------------------------------------- importing


def import_data(data: Any, source: str = "<form>", fmt: str | None = None) -> dict[str, Any]:
    """Convert already-parsed form *data* into a validated rubric document."""
    if fmt is not None:
        chosen = get_format(fmt)
        if not chosen.detect(data):
            raise FormImportError(
                source, "", f"this is not a {chosen.title} ({chosen.detect.__doc__ or ''})".strip()
            )
    else:
        found = detect_format(data)
        entities = data.get("entities") if isinstance(data, dict) else None
        if found is None and isinstance(entities, list):
            forms = [e for e in entities if isinstance(e, dict)]
            if len(forms) == 1 and detect_format(forms[0]) is not None:
                return import_data(forms[0], source, None)
            raise FormImportError(
                source,
                "entities",
                f"a list of {len(entities)} forms (an API list response); export one form "
                "(GET …/forms/evaluations/{formId}) and import that",
            )
        if found is None:
            names = ", ".join(f"{f.name} ({f.title})" for f in formats())
            raise FormImportError(
                source,
                "",
                f"not a form format qaclient knows; it reads {names}. "
                "A Genesys Cloud form has 'questionGroups'; an Amazon Connect form has "
                "'Items' with 'Section's, or is an AWS::Connect::EvaluationForm resource",
            )
        chosen = found
    doc = chosen.convert(data, source)
    try:
        load_document(doc, f"{source} (imported)")
    except RubricValidationError as exc:
        problems = "; ".join(f"{p.path or '(document)'}: {p.message}" for p in exc.problems[:5])
        raise FormImportError(
            source, "", f"the converted form is not a valid rubric: {problems}"
        ) from exc
    return doc


def import_form(path: str | Path, fmt: str | None = None) -> dict[str, Any]:
    """Read the foreign form at *path* and return it as a rubric document (a dict ready for
    ``loader.load_document`` / ``dump_document`` / YAML output).

    *fmt* is ``"genesys"`` or ``"aws-connect"``; ``None`` detects it.  Raises
    :class:`FormImportError` for unreadable files, unknown formats and anything the rubric
    format cannot represent faithfully.
    """
    return import_data(read_form(path), str(path), fmt)


# ----------------------------------------------------------------------------- helpers for formats


def exact(value: Any, source: str, path: str, what: str = "number") -> Decimal:
    """A finite Decimal from a JSON/YAML number, or :class:`FormImportError`."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise FormImportError(source, path, f"expected a {what}, got {_kind(value)}")
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise FormImportError(source, path, f"expected a {what}, got {value!r}") from None
    if not d.is_finite():
        raise FormImportError(source, path, f"expected a finite {what}, got {value}")
    return clean(d)


def clean(d: Decimal) -> Decimal:
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


def check_places(d: Decimal, source: str, path: str, what: str) -> Decimal:
    """Refuse a figure the rubric format cannot keep exactly (more than 4 decimals)."""
    d = clean(d)
    if d.as_tuple().exponent < -MAX_PLACES:  # type: ignore[operator]
        raise FormImportError(
            source,
            path,
            f"{what} {d} has more than {MAX_PLACES} decimal places; qaclient keeps points and "
            f"weights exactly to 1/10000, so this form cannot be represented without rounding",
        )
    return d


def number_out(d: Decimal) -> int | Decimal:
    d = clean(d)
    return int(d) if d == d.to_integral_value() else d


def text_of(value: Any, source: str, path: str, *, required: bool = True) -> str | None:
    """A label text; CloudFormation intrinsic functions cannot be resolved offline."""
    if value is None:
        if required:
            raise FormImportError(source, path, "missing")
        return None
    if isinstance(value, dict) and len(value) == 1:
        fn = next(iter(value))
        if fn == "Ref" or str(fn).startswith("Fn::"):
            raise FormImportError(
                source,
                path,
                f"CloudFormation {fn} cannot be resolved outside a stack; put the literal text",
            )
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise FormImportError(source, path, f"expected text, got {_kind(value)}")
    text = str(value).strip()
    if not text:
        if required:
            raise FormImportError(source, path, "empty text")
        return None
    return text


def slug(text: str, fallback: str, taken: Iterable[str] = ()) -> str:
    """An id for the rubric format from free text: ``"Yes" -> "yes"``, unique in *taken*."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "_", norm).strip("_").lower()[:40]
    if not s or not s[0].isalnum():
        s = fallback
    used = set(taken)
    out, n = s, 2
    while out in used:
        out = f"{s}_{n}"
        n += 1
    return out


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text {value!r}"
    return f"{type(value).__name__} {value!r}"


def kind_of(value: Any) -> str:
    return _kind(value)


class FormReader:
    """What every foreign-form converter needs to read untrusted JSON: typed accessors
    that fail with a :class:`FormImportError` naming the file and the path inside it."""

    src: str
    lang: str

    def p(self, path: str) -> str:
        """The path as the user sees it in the file (converters add a prefix if needed)."""
        return path

    def err(self, path: str, message: str) -> FormImportError:
        return FormImportError(self.src, self.p(path), message)

    def lab(self, text: str) -> dict[str, str]:
        return {self.lang: text}

    def obj(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            raise self.err(path, f"expected an object, got {kind_of(value)}")
        return value

    def seq(self, value: Any, path: str, *, required: bool = True) -> list:
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise self.err(path, f"expected a list, got {kind_of(value)}")
        return value

    def flag(self, obj: dict, key: str, path: str) -> bool:
        value = obj.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.err(f"{path}.{key}", f"expected true or false, got {kind_of(value)}")
        return value
