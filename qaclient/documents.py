"""Reading the YAML and JSON documents a user hands the app, within limits.

Rubrics, foreign evaluation forms, import mapping files, sampling rules and answers files
are data written by people (or by other systems) and read by the app: a hostile or broken
one must end in a clear error, quickly, never in minutes of work or gigabytes of memory.
YAML aliases are the classic trap — ``a: &a [x, x, x]``, ``b: &b [*a, *a, *a]``, … — a
467-byte file can stand for billions of values: PyYAML builds it cheaply with shared
objects, but anything that walks it afterwards (validation, hashing, JSON output) pays for
every expanded value.

Every document is therefore checked before it is built: :func:`check_file` refuses
anything but a regular file (a FIFO or a device would block or never end) and files over
``max_bytes``; :func:`load_yaml` first walks the parser's event stream — no objects, no
recursion — counting the values the document stands for *after* alias expansion and how
deeply it nests, and refuses it at once past ``max_nodes`` or ``max_depth``.
:func:`load_json` bounds the same for JSON (which has no aliases).  docs/rubric-format.md
and docs/library.md ("Limits") list the figures.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from qaclient.messages import Message, msg


@dataclass(frozen=True)
class Limits:
    """How big a document may be: bytes of the file, values after alias expansion, depth."""

    max_bytes: int = 8 * 1024 * 1024
    max_nodes: int = 250_000
    max_depth: int = 64


#: Rubrics and foreign evaluation forms (the largest real forms are a few hundred KB).
RUBRIC_LIMITS = Limits()
#: Import mapping files, sampling rules and answers files: a page of settings.
SETTINGS_LIMITS = Limits(max_bytes=1024 * 1024, max_nodes=100_000, max_depth=32)


class DocumentLimitError(ValueError):
    """A document over a limit (or not a readable regular file).

    ``str()`` is the reason without the file name; callers put the file (and ``line``,
    when known) in front in their own error type.
    """

    def __init__(self, reason: str | Message, line: int | None = None):
        super().__init__(reason)
        self._reason = reason
        self.line = line

    @property
    def reason(self) -> str:
        """The reason, rendered in the current core language."""
        return str(self._reason)

    def __str__(self) -> str:
        return self.reason


def check_file(path: str | os.PathLike[str], limits: Limits = RUBRIC_LIMITS) -> int:
    """The size of *path* after checking it is a regular file within ``max_bytes``.

    Raises :class:`FileNotFoundError` / :class:`OSError` as ``os.stat`` does, and
    :class:`DocumentLimitError` for a folder, a FIFO, a device or a file too large.
    """
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise DocumentLimitError(msg("hostile-doc-is-folder"))
    if not stat.S_ISREG(st.st_mode):
        raise DocumentLimitError(msg("hostile-doc-not-regular"))
    if st.st_size > limits.max_bytes:
        raise DocumentLimitError(
            msg("hostile-doc-too-large", size=st.st_size, limit=limits.max_bytes)
        )
    return st.st_size


def read_text(
    path: str | os.PathLike[str], limits: Limits = RUBRIC_LIMITS, encoding: str = "utf-8"
) -> str:
    """The text of *path* after :func:`check_file` (errors as there, plus
    :class:`UnicodeDecodeError`)."""
    check_file(path, limits)
    with open(path, "rb") as fh:
        data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:  # grew since the stat
        raise DocumentLimitError(
            msg("hostile-doc-too-large", size=len(data), limit=limits.max_bytes)
        )
    return data.decode(encoding)


def check_yaml(text: str, loader: type = yaml.SafeLoader, limits: Limits = RUBRIC_LIMITS) -> None:
    """Refuse YAML *text* that expands past ``max_nodes`` values or nests past ``max_depth``.

    Walks the event stream only (C speed with libyaml, no recursion, no objects), so an
    alias bomb is refused in milliseconds.  Syntax errors are left to the real load, which
    reports them with their line.
    """
    if len(text) > limits.max_bytes:
        raise DocumentLimitError(
            msg("hostile-doc-too-large", size=len(text), limit=limits.max_bytes)
        )
    sizes: dict[str, int] = {}  # anchor -> values the anchored node stands for
    stack: list[list[Any]] = [[None, 0]]  # [anchor, values so far] per open collection
    parser = loader(text)
    try:
        while True:
            try:
                event = parser.get_event()
            except yaml.YAMLError:
                return  # the real load reports it, with its line
            if event is None or isinstance(event, yaml.StreamEndEvent):
                return
            if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                stack.append([event.anchor, 1])
                if len(stack) - 1 > limits.max_depth:
                    raise DocumentLimitError(
                        msg("hostile-doc-too-deep", depth=limits.max_depth),
                        event.start_mark.line + 1,
                    )
                continue
            if isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                anchor, size = stack.pop()
                if anchor is not None:
                    sizes[anchor] = size
            elif isinstance(event, yaml.ScalarEvent):
                size = 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                size = sizes.get(event.anchor, 1)
            else:
                continue
            stack[-1][1] += size
            if stack[-1][1] > limits.max_nodes:
                mark = getattr(event, "start_mark", None)
                raise DocumentLimitError(
                    msg("hostile-doc-too-many-values", limit=limits.max_nodes),
                    mark.line + 1 if mark is not None else None,
                )
    finally:
        parser.dispose()


def load_yaml(text: str, loader: type = yaml.SafeLoader, limits: Limits = RUBRIC_LIMITS) -> Any:
    """``yaml.load(text, loader)`` after :func:`check_yaml`; YAML errors pass through."""
    check_yaml(text, loader, limits)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - callers pass safe loaders only
    except RecursionError:
        raise DocumentLimitError(msg("hostile-doc-too-deep", depth=limits.max_depth)) from None


def check_tree(value: Any, limits: Limits = RUBRIC_LIMITS) -> None:
    """Refuse a parsed value with more than ``max_nodes`` values or ``max_depth`` levels
    (iterative: a deep value cannot exhaust the stack here)."""
    count = 0
    todo: list[tuple[Any, int]] = [(value, 0)]
    while todo:
        item, depth = todo.pop()
        count += 1
        if count > limits.max_nodes:
            raise DocumentLimitError(msg("hostile-doc-too-many-values", limit=limits.max_nodes))
        if isinstance(item, dict | list | tuple):
            if depth >= limits.max_depth:
                raise DocumentLimitError(msg("hostile-doc-too-deep", depth=limits.max_depth))
            children = item.values() if isinstance(item, dict) else item
            todo.extend((child, depth + 1) for child in children)


def load_json(text: str, limits: Limits = RUBRIC_LIMITS, **kwargs: Any) -> Any:
    """``json.loads(text, **kwargs)`` within *limits*; JSON errors pass through."""
    if len(text) > limits.max_bytes:
        raise DocumentLimitError(
            msg("hostile-doc-too-large", size=len(text), limit=limits.max_bytes)
        )
    try:
        value = json.loads(text, **kwargs)
    except RecursionError:
        raise DocumentLimitError(msg("hostile-doc-too-deep", depth=limits.max_depth)) from None
    check_tree(value, limits)
    return value


def describe(path: str | Path, exc: OSError) -> str:
    """A one-line reason for an :class:`OSError` met while reading *path*."""
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, PermissionError):
        return "cannot read: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read: {exc.strerror or exc}"


def safe_loader() -> type:
    """PyYAML's safe loader, libyaml's C one when available (about ten times faster)."""
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_problem(exc: yaml.YAMLError) -> tuple[str, int | None, int | None]:
    """(one-line reason, 1-based line, 1-based column) of a PyYAML error, whatever its kind
    (line and column None when unknown).

    PyYAML's own ``str()`` spans several lines (the problem, then ``in "<unicode string>",
    line 3, column 1``); users get one line naming the file and the place."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "syntax error"
        if mark is None:
            return printable(what), None, None
        return printable(what), mark.line + 1, mark.column + 1
    if isinstance(exc, yaml.reader.ReaderError):
        char = exc.character
        code = ord(char) if isinstance(char, str) else int(char)
        what = f"unacceptable character #x{code:04x} at position {exc.position}: {exc.reason}"
        return what, None, None
    text = " ".join(str(exc).split())
    return text or type(exc).__name__, None, None


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
_CONTROL.update({0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r", 0x2028: "\\u2028", 0x2029: "\\u2029"})


def printable(text: object) -> str:
    """*text* with control characters (line breaks, tabs, NUL …) written as escapes, so a
    name taken from a hostile file can never break a one-line message in two."""
    return str(text).translate(_CONTROL)
