"""The import mapping file (``qaclient import DIR --mapping FILE``): YAML or JSON.

It tells the importer how a centre's metadata looks: which CSV columns hold which call
field, the file-name patterns of its recordings, the phone system's time zone, and
defaults for what no source says.  Every key is optional; an unknown key is an error (a
typo must not silently drop a column).  Format reference: ``docs/library.md``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from qaclient import documents
from qaclient.messages import tr
from qaclient.recordings.metadata.base import (
    META_FIELDS,
    MetadataError,
    parse_agent_channel,
    parse_bool,
    parse_direction,
)

CSV_FIELDS = (*META_FIELDS, "file")
SOURCE_NAMES = (
    "csv_sidecar",
    "asterisk_cdr",
    "freeswitch_cdr",
    "aws_connect_ctr",
    "filename_pattern",
)


@dataclass
class CsvMapping:
    columns: dict[str, str] = field(default_factory=dict)  # call field -> CSV header
    delimiter: str | None = None  # None: detect , ; tab |
    start_format: str | None = None  # strptime format; None: ISO 8601 and common forms
    complaint_values: set[str] = field(default_factory=set)  # extra "yes" values
    direction_values: dict[str, str] = field(default_factory=dict)  # e.g. {"1": inbound}


@dataclass
class ImportMapping:
    csv: CsvMapping = field(default_factory=CsvMapping)
    filename_patterns: list[str] = field(default_factory=list)
    timezone: str | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    sources: tuple[str, ...] = SOURCE_NAMES
    asterisk: dict[str, Any] = field(default_factory=dict)
    freeswitch: dict[str, Any] = field(default_factory=dict)
    aws_connect: dict[str, Any] = field(default_factory=dict)
    origin: Path | None = None  # the mapping file itself (never imported as metadata)

    _KEYS = (
        "csv",
        "filename_patterns",
        "timezone",
        "defaults",
        "sources",
        "asterisk",
        "freeswitch",
        "aws_connect",
    )

    def tz(self) -> tzinfo:
        from qaclient.recordings.sampling import RulesError, zone

        try:
            return zone(self.timezone)
        except RulesError as exc:
            raise MetadataError(str(exc)) from exc

    @classmethod
    def load(cls, source: str | Path | Mapping[str, Any] | None) -> ImportMapping:
        if source is None:
            return cls()
        if isinstance(source, ImportMapping):
            return source
        if isinstance(source, Mapping):
            return cls.from_mapping(source)
        path = Path(source)
        try:
            text = documents.read_text(path, documents.SETTINGS_LIMITS, encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise MetadataError(f"{path}: mapping file not found") from exc
        except documents.DocumentLimitError as exc:
            raise MetadataError(f"{path}: {exc.reason}") from exc
        except UnicodeDecodeError as exc:
            raise MetadataError(f"{path}: not UTF-8 text ({exc.reason})") from exc
        except OSError as exc:
            raise MetadataError(f"{path}: {documents.describe(path, exc)}") from exc
        if path.suffix.lower() == ".json":
            try:
                data = documents.load_json(text, documents.SETTINGS_LIMITS)
            except documents.DocumentLimitError as exc:
                raise MetadataError(f"{path}: {exc.reason}") from exc
            except json.JSONDecodeError as exc:
                raise MetadataError(
                    f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}"
                ) from exc
        else:
            import yaml

            try:
                data = documents.load_yaml(text, documents.safe_loader(), documents.SETTINGS_LIMITS)
            except documents.DocumentLimitError as exc:
                where = f":{exc.line}" if exc.line else ""
                raise MetadataError(f"{path}{where}: {exc.reason}") from exc
            except yaml.YAMLError as exc:
                what, line, column = documents.yaml_problem(exc)
                where = f":{line}:{column}" if line else ""
                raise MetadataError(f"{path}{where}: invalid YAML: {what}") from exc
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise MetadataError(f"{path}: the mapping must be a mapping of keys to values")
        try:
            out = cls.from_mapping(data)
        except MetadataError as exc:
            raise MetadataError(f"{path}: {documents.printable(exc)}") from exc
        except (TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            # a value of the wrong shape somewhere (a list where a mapping belongs, …)
            raise MetadataError(
                tr(
                    "hostile-settings-wrong-shape",
                    path=str(path),
                    reason=documents.printable(exc),
                    section="The mapping file",
                )
            ) from exc
        out.origin = path.resolve()
        return out

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ImportMapping:
        unknown = sorted(map(str, set(data) - set(cls._KEYS)))
        if unknown:
            raise MetadataError(
                f"unknown key(s) {', '.join(unknown)}; known: {', '.join(cls._KEYS)}"
            )
        csv_data = data.get("csv") or {}
        if not isinstance(csv_data, Mapping):
            raise MetadataError("csv: expected a mapping")
        bad = sorted(
            map(
                str,
                set(csv_data)
                - {"columns", "delimiter", "start_format", "complaint_values", "direction_values"},
            )
        )
        if bad:
            raise MetadataError(f"csv: unknown key(s) {', '.join(bad)}")
        columns = dict(csv_data.get("columns") or {})
        bad = sorted(map(str, set(columns) - set(CSV_FIELDS)))
        if bad:
            raise MetadataError(
                f"csv.columns: unknown call field(s) {', '.join(bad)}; fields: {', '.join(CSV_FIELDS)}"
            )
        for k, v in columns.items():
            if not isinstance(v, str) or not v.strip():
                raise MetadataError(f"csv.columns.{k}: expected a column header name")
        delimiter = csv_data.get("delimiter")
        if delimiter is not None:
            delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter)
            if len(delimiter) != 1:
                raise MetadataError(f"csv.delimiter: expected one character, got {delimiter!r}")
        directions = {str(k): str(v) for k, v in (csv_data.get("direction_values") or {}).items()}
        for k, v in directions.items():
            try:
                parse_direction(v)
            except ValueError as exc:
                raise MetadataError(f"csv.direction_values.{k}: {exc}") from exc
        csvm = CsvMapping(
            columns=columns,
            delimiter=delimiter,
            start_format=csv_data.get("start_format"),
            complaint_values={
                str(v).strip().lower() for v in csv_data.get("complaint_values") or ()
            },
            direction_values=directions,
        )
        patterns = data.get("filename_patterns") or []
        if isinstance(patterns, str):
            patterns = [patterns]
        from qaclient.recordings.metadata.filename_pattern import FilenamePattern

        for p in patterns:
            try:
                FilenamePattern(p)
            except ValueError as exc:
                raise MetadataError(f"filename_patterns: {exc}") from exc
        defaults = dict(data.get("defaults") or {})
        bad = sorted(
            map(
                str,
                set(defaults)
                - {"agent", "team", "queue", "direction", "agent_channel", "complaint"},
            )
        )
        if bad:
            raise MetadataError(f"defaults: unsupported key(s) {', '.join(bad)}")
        try:
            if "direction" in defaults:
                defaults["direction"] = parse_direction(defaults["direction"])
            if "agent_channel" in defaults:
                defaults["agent_channel"] = parse_agent_channel(defaults["agent_channel"])
            if "complaint" in defaults:
                defaults["complaint"] = parse_bool(defaults["complaint"])
        except ValueError as exc:
            raise MetadataError(f"defaults: {exc}") from exc
        sources = data.get("sources") or SOURCE_NAMES
        if isinstance(sources, str):
            sources = [s.strip() for s in sources.split(",")]
        bad = sorted(map(str, set(sources) - set(SOURCE_NAMES)))
        if bad:
            raise MetadataError(
                f"sources: unknown source(s) {', '.join(bad)}; known: {', '.join(SOURCE_NAMES)}"
            )
        out = cls(
            csv=csvm,
            filename_patterns=list(patterns),
            timezone=data.get("timezone"),
            defaults=defaults,
            sources=tuple(sources),
            asterisk=dict(data.get("asterisk") or {}),
            freeswitch=dict(data.get("freeswitch") or {}),
            aws_connect=dict(data.get("aws_connect") or {}),
        )
        out.tz()  # validate the zone name now
        return out
