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

from qaclient.recordings.metadata.base import (
    CallMeta,
    MetadataSource,
    ReadResult,
    clean,
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
        reader = csv.reader(io.StringIO(text), delimiter=self._delimiter(text))
        try:
            header = next(reader)
        except StopIteration:
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
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue

            def cell(fld: str, row=row) -> str | None:
                i = cols.get(fld)
                return clean(row[i]) if i is not None and i < len(row) else None

            try:
                meta = CallMeta(
                    source=self.name,
                    origin=f"{path.name}:{line}",
                    call_id=cell("call_id"),
                    agent=cell("agent"),
                    team=cell("team"),
                    queue=cell("queue"),
                    direction=_field(
                        "direction",
                        parse_direction,
                        cell("direction"),
                        opts.direction_values,
                    ),
                    start=_field("start", parse_datetime, cell("start"), tz, opts.start_format),
                    duration=_field("duration", parse_duration, cell("duration")),
                    caller_number=cell("caller_number"),
                    complaint=_field(
                        "complaint", parse_bool, cell("complaint"), opts.complaint_values
                    ),
                    agent_channel=_field(
                        "agent_channel", parse_agent_channel, cell("agent_channel")
                    ),
                    notes=cell("notes"),
                    file=cell("file"),
                )
            except ValueError as exc:
                result.errors.append(f"{path.name}:{line}: {exc}")
                continue
            if not meta.call_id and not meta.file:
                result.errors.append(
                    f"{path.name}:{line}: no call id and no recording file; row skipped"
                )
                continue
            result.records.append(meta)
        return result


def _field(name: str, fn, *args):
    try:
        return fn(*args)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from exc
