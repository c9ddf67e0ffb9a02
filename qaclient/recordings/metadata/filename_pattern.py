"""Metadata from recording file names, e.g. ``{agent}_{start:%Y%m%d-%H%M%S}_{callid}.wav``.

Many recorders encode the call in the file name.  A pattern is literal text with fields in
braces: ``{agent}``, ``{team}``, ``{queue}``, ``{callid}`` (or ``{call_id}``),
``{caller}`` (or ``{caller_number}``), ``{direction}``, ``{duration}`` (seconds),
``{complaint}``, ``{agent_channel}``, ``{start:FORMAT}`` with a ``strftime`` format (or
plain ``{start}`` for ISO-like stamps), and ``{*}`` for text to skip.  The pattern is
matched against the end of the file's path relative to the import folder, so it may
include folders: ``{team}/{agent}/{callid}.wav``.  Literal text matches case-insensitively.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from qaclient.recordings.metadata.base import (
    CallMeta,
    parse_agent_channel,
    parse_bool,
    parse_datetime,
    parse_direction,
    parse_duration,
)

_STRFTIME = {
    "Y": r"\d{4}",
    "y": r"\d{2}",
    "m": r"\d{2}",
    "d": r"\d{2}",
    "H": r"\d{2}",
    "I": r"\d{2}",
    "M": r"\d{2}",
    "S": r"\d{2}",
    "f": r"\d{1,6}",
    "j": r"\d{3}",
    "p": r"(?:AM|PM|am|pm)",
    "b": r"[A-Za-z]{3}",
    "z": r"(?:[+-]\d{4}|Z)",
    "%": "%",
}

_FIELD_RE = {
    "agent": r"[^/]+?",
    "team": r"[^/]+?",
    "queue": r"[^/]+?",
    "call_id": r"[^/]+?",
    "caller_number": r"[^/]+?",
    "direction": r"[^/_\-.]+",
    "duration": r"\d+(?:\.\d+)?",
    "complaint": r"[^/_\-.]+",
    "agent_channel": r"[^/_\-.]+",
    "start": r"[0-9TZ:+\-_.]+?",
}
_ALIASES = {"callid": "call_id", "caller": "caller_number", "id": "call_id"}
_TOKEN = re.compile(r"\{([^{}]*)\}")


def strftime_regex(fmt: str) -> str:
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                raise ValueError(f"format {fmt!r} ends with a lone %")
            d = fmt[i + 1]
            if d not in _STRFTIME:
                raise ValueError(f"format {fmt!r}: %{d} is not supported in file-name patterns")
            out.append(_STRFTIME[d])
            i += 2
        else:
            out.append(re.escape(ch))
            i += 1
    return "".join(out)


class FilenamePattern:
    """One compiled pattern; :meth:`match` returns the call fields a path carries."""

    def __init__(self, pattern: str):
        if not pattern or not isinstance(pattern, str):
            raise ValueError("a file-name pattern must be non-empty text")
        self.pattern = pattern
        self.start_format: str | None = None
        parts: list[str] = []
        names: list[str] = []
        pos = 0
        for m in _TOKEN.finditer(pattern):
            parts.append(re.escape(pattern[pos : m.start()]))
            pos = m.end()
            spec = m.group(1)
            name, _, fmt = spec.partition(":")
            name = _ALIASES.get(name.strip().lower(), name.strip().lower())
            if name in ("*", "_", ""):
                parts.append(r"[^/]*?")
                continue
            if name not in _FIELD_RE:
                raise ValueError(
                    f"pattern {pattern!r}: unknown field {{{spec}}}; fields: agent, team, queue, "
                    "callid, caller, direction, duration, complaint, agent_channel, start, *"
                )
            if name in names:
                raise ValueError(f"pattern {pattern!r}: field {{{name}}} appears twice")
            names.append(name)
            if name == "start" and fmt:
                self.start_format = fmt
                parts.append(f"(?P<start>{strftime_regex(fmt)})")
            else:
                parts.append(f"(?P<{name}>{_FIELD_RE[name]})")
        parts.append(re.escape(pattern[pos:]))
        if "{" in pattern[pos:] or "}" in pattern[pos:]:
            raise ValueError(f"pattern {pattern!r}: unbalanced braces")
        body = "".join(parts)
        # without an extension in the pattern, any extension matches
        if not re.search(r"\.[A-Za-z0-9]{2,5}$", pattern):
            body += r"\.[A-Za-z0-9]+"
        self.regex = re.compile(r"(?:^|/)" + body + r"$", re.IGNORECASE)
        self.fields = tuple(names)

    def match(self, relpath: str, tz: tzinfo = UTC) -> CallMeta | None:
        """Call fields from *relpath* (``/``-separated), or None when it does not fit.

        A value that fits the pattern's shape but not its meaning (``{start}`` 20261341)
        raises ``ValueError`` naming the value.
        """
        m = self.regex.search(relpath)
        if m is None:
            return None
        g = m.groupdict()
        meta = CallMeta(source="filename_pattern", origin=relpath)
        for name in ("agent", "team", "queue", "call_id", "caller_number"):
            if g.get(name):
                setattr(meta, name, g[name])
        if g.get("direction"):
            meta.direction = parse_direction(g["direction"])
        if g.get("duration"):
            meta.duration = parse_duration(g["duration"])
        if g.get("complaint"):
            meta.complaint = parse_bool(g["complaint"])
        if g.get("agent_channel"):
            meta.agent_channel = parse_agent_channel(g["agent_channel"])
        if g.get("start"):
            if self.start_format:
                try:
                    naive = datetime.strptime(g["start"], self.start_format)
                except ValueError as exc:
                    raise ValueError(
                        f"start {g['start']!r} does not fit {self.start_format!r}: {exc}"
                    ) from exc
                meta.start = parse_datetime(naive, tz)
            else:
                meta.start = parse_datetime(g["start"].replace("_", " "), tz)
        return meta


class FilenamePatterns:
    """Several patterns tried in order; the first that matches wins."""

    def __init__(self, patterns: list[str]):
        self.patterns = [FilenamePattern(p) for p in patterns]

    def match(self, relpath: str, tz: tzinfo = UTC) -> CallMeta | None:
        for p in self.patterns:
            meta = p.match(relpath, tz)
            if meta is not None:
                return meta
        return None
