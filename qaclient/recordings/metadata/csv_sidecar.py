"""CSV sidecar files: a spreadsheet of calls exported by the recorder or written by hand.

The file has a header row.  Which column holds which call field is set in the import
mapping (``csv.columns``); without one, common header names are recognised in English,
Chinese and Spanish (``call_id``/``CallID``/``通话ID``, ``agent``/``坐席``/``工号``, ...).
A row is matched to its recording by the ``file`` column (a path relative to the CSV or a
bare file name) or by its call id appearing in a recording's file name.  The delimiter
(``,`` ``;`` tab ``|``) is detected unless set; text may be UTF-8 or GB18030.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from qaclient.messages import tr
from qaclient.recordings.metadata.base import (
    CallMeta,
    MetadataSource,
    ReadResult,
    clean,
    csv_rows,
    parse_agent_channel,
    parse_bool,
    parse_datetime,
    parse_direction,
    parse_duration,
    read_text,
)
from qaclient.recordings.metadata.mapping import ImportMapping

#: Recognised header names per field, compared after lower-casing and removing spaces,
#: underscores, dashes and dots.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "call_id": (
        "callid",
        "call",
        "id",
        "uniqueid",
        "contactid",
        "conversationid",
        "recordingid",
        "通话id",
        "呼叫id",
        "流水号",
        "idllamada",
    ),
    "agent": (
        "agent",
        "agentid",
        "agentlogin",
        "extension",
        "ext",
        "坐席",
        "坐席工号",
        "工号",
        "座席",
        "agente",
    ),
    "team": ("team", "group", "agentgroup", "班组", "组别", "小组", "equipo"),
    "queue": ("queue", "skill", "skillgroup", "queuename", "队列", "技能组", "cola"),
    "direction": ("direction", "calldirection", "呼叫方向", "方向", "dirección", "direccion"),
    "start": (
        "start",
        "starttime",
        "startat",
        "calldate",
        "callstart",
        "begin",
        "开始时间",
        "通话开始时间",
        "inicio",
        "fecha",
    ),
    "duration": (
        "duration",
        "durationsec",
        "durationseconds",
        "talktime",
        "billsec",
        "时长",
        "通话时长",
        "duración",
        "duracion",
    ),
    "caller_number": (
        "caller",
        "callernumber",
        "callerid",
        "ani",
        "src",
        "customernumber",
        "phone",
        "主叫",
        "主叫号码",
        "客户号码",
        "llamante",
    ),
    "complaint": (
        "complaint",
        "complaintflag",
        "iscomplaint",
        "投诉",
        "是否投诉",
        "queja",
        "reclamo",
    ),
    "agent_channel": ("agentchannel", "坐席声道", "canalagente"),
    "file": (
        "file",
        "filename",
        "recording",
        "recordingfile",
        "recordingpath",
        "path",
        "录音文件",
        "录音",
        "文件名",
        "archivo",
        "grabación",
    ),
    "notes": ("notes", "note", "comment", "comments", "remark", "备注", "notas"),
}


def headers_help() -> str:
    """The accepted CSV sidecar headers, one line per call field (``import --help``)."""
    lines = ["CSV sidecar headers (case, spaces, _ - . ignored; --mapping csv.columns for others):"]
    for fld, names in SYNONYMS.items():
        lines.append(f"  {fld:14} {', '.join(names)}")
    return "\n".join(lines)


def _norm(header: str) -> str:
    return re.sub(r"[\s_\-.]+", "", header.strip().lower())


class CsvSidecar(MetadataSource):
    name = "csv_sidecar"

    def __init__(self, mapping: ImportMapping):
        self.mapping = mapping

    def _columns(self, header: list[str]) -> dict[str, int]:
        """Call field -> column index for this header row."""
        index = {h.strip(): i for i, h in enumerate(header)}
        normed = {_norm(h): i for i, h in enumerate(header)}
        out: dict[str, int] = {}
        explicit = self.mapping.csv.columns
        for fld, col in explicit.items():
            if col.strip() in index:
                out[fld] = index[col.strip()]
            elif _norm(col) in normed:
                out[fld] = normed[_norm(col)]
        for fld, names in SYNONYMS.items():
            if fld in out or fld in explicit:
                continue
            for n in names:
                if n in normed:
                    out[fld] = normed[n]
                    break
        return out

    def _delimiter(self, sample: str) -> str:
        if self.mapping.csv.delimiter:
            return self.mapping.csv.delimiter
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","

    def claims(self, path: Path, head: str) -> bool:
        if path.suffix.lower() not in (".csv", ".tsv"):
            return False
        lines = head.splitlines()
        if not lines:
            return False
        header = next(csv.reader([lines[0]], delimiter=self._delimiter(head)), [])
        cols = self._columns(header)
        explicit = self.mapping.csv.columns
        if explicit:
            # with a mapping, the file must have the mapped id or file column
            key = [f for f in ("call_id", "file") if f in explicit]
            return bool(key) and all(f in cols for f in key[:1]) and len(cols) >= 2
        return ("call_id" in cols or "file" in cols) and len(cols) >= 2

    def read(self, path: Path) -> ReadResult:
        result = ReadResult()
        text = read_text(path)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self._delimiter(text))
        header = next(csv_rows(reader, result.errors, path.name), None)
        if header is None:
            return result
        cols = self._columns(header)
        missing = [
            f"{f} (column {c!r})" for f, c in self.mapping.csv.columns.items() if f not in cols
        ]
        if missing:
            result.errors.append(
                f"{path.name}: mapped column(s) not in the header: {', '.join(missing)}"
            )
        tz = self.mapping.tz()
        opts = self.mapping.csv
        width = len(header)
        seen: dict[str, int] = {}  # call id -> line of its first row
        for row in csv_rows(reader, result.errors, path.name):
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            origin = f"{path.name}:{line}"
            if len(row) != width:
                result.errors.append(
                    tr(
                        "hostile-csv-ragged-short"
                        if len(row) < width
                        else "hostile-csv-ragged-long",
                        origin=origin,
                        fields=len(row),
                        width=width,
                    )
                )

            def cell(fld: str, row=row) -> str | None:
                i = cols.get(fld)
                return clean(row[i]) if i is not None and i < len(row) else None

            bad: list[str] = []

            def parsed(fld: str, fn, *args, cell=cell, bad=bad):
                """A field's value, or None with the reason noted: one bad field never
                drops the row (its agent, team and the rest are still good)."""
                try:
                    return fn(cell(fld), *args)
                except ValueError as exc:
                    bad.append(f"{fld}: {exc}")
                    return None

            meta = CallMeta(
                source=self.name,
                origin=origin,
                call_id=cell("call_id"),
                agent=cell("agent"),
                team=cell("team"),
                queue=cell("queue"),
                direction=parsed("direction", parse_direction, opts.direction_values),
                start=parsed("start", parse_datetime, tz, opts.start_format),
                duration=parsed("duration", parse_duration),
                caller_number=cell("caller_number"),
                complaint=parsed("complaint", parse_bool, opts.complaint_values),
                agent_channel=parsed("agent_channel", parse_agent_channel),
                notes=cell("notes"),
                file=cell("file"),
            )
            for reason in bad:
                result.errors.append(tr("hostile-csv-field-kept", origin=origin, reason=reason))
            if not meta.call_id and not meta.file:
                result.errors.append(f"{origin}: no call id and no recording file; row skipped")
                continue
            if meta.call_id:
                first = seen.setdefault(meta.call_id, line)
                if first != line:
                    result.errors.append(
                        tr(
                            "hostile-csv-duplicate-id",
                            origin=origin,
                            call=repr(meta.call_id),
                            first=str(first),
                        )
                    )
                    continue
            result.records.append(meta)
        return result
