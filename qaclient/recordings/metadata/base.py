"""What every metadata source produces: :class:`CallMeta` records, plus shared parsing.

A metadata source turns a foreign file (a CSV sidecar, a phone system's CDR, a contact
record export) into call records; the importer matches them to the audio files by the
recording's file name or by ids that appear in it (call id, Asterisk ``uniqueid``,
Connect ``ContactId``) and merges them field by field.
"""

from __future__ import annotations

import os
import re
import stat
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from qaclient.documents import printable
from qaclient.messages import tr

#: The fields a call can get from metadata (the rest come from probing the file).
META_FIELDS = (
    "call_id",
    "agent",
    "team",
    "queue",
    "direction",
    "start",
    "duration",
    "caller_number",
    "complaint",
    "agent_channel",
    "notes",
)


class MetadataError(ValueError):
    """A metadata file or line that cannot be read; the message names file and line."""


@dataclass
class CallMeta:
    """One call as a metadata source describes it; ``None`` means "this source does not say"."""

    source: str
    origin: str = ""  # where it came from, e.g. "Master.csv:12" (for error messages)
    call_id: str | None = None
    agent: str | None = None
    team: str | None = None
    queue: str | None = None
    direction: str | None = None  # inbound / outbound
    start: datetime | None = None  # aware
    duration: float | None = None  # seconds (of the call, as the phone system measured it)
    caller_number: str | None = None
    complaint: bool | None = None
    agent_channel: int | None = None  # 0 left / 1 right
    notes: str | None = None
    file: str | None = None  # recording file name or path the record points at
    match_keys: tuple[str, ...] = field(default_factory=tuple)  # other ids found in file names

    def merged_over(self, lower: CallMeta) -> CallMeta:
        """This record, with the gaps filled from *lower* (a lower-priority source)."""
        out = CallMeta(source=self.source, origin=self.origin)
        for f in fields(self):
            if f.name in ("source", "origin"):
                continue
            mine = getattr(self, f.name)
            setattr(out, f.name, mine if mine not in (None, "", ()) else getattr(lower, f.name))
        if lower.source and lower.source not in out.source.split("+"):
            out.source = f"{out.source}+{lower.source}"
        return out

    def keys(self) -> list[str]:
        """Ids by which this record may be found in a recording's file name."""
        out = [k for k in (self.call_id, *self.match_keys) if k]
        return list(dict.fromkeys(out))


@dataclass
class ReadResult:
    """Records read from one metadata file, and the lines that could not be read."""

    records: list[CallMeta] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0  # records deliberately left out (e.g. chat contacts)


class MetadataSource(ABC):
    """One foreign metadata format (one module per format, listed in ``registry.py``)."""

    name: str = ""

    @abstractmethod
    def claims(self, path: Path, head: str) -> bool:
        """Whether the file at *path* (whose first characters are *head*) is in this format."""

    @abstractmethod
    def read(self, path: Path) -> ReadResult:
        """All call records of the file; bad lines go to ``errors``, never raise for them."""


# --- shared value parsing -----------------------------------------------------------------

_TRUE = {"1", "y", "yes", "true", "t", "x", "是", "有", "投诉", "si", "sí", "complaint"}
_FALSE = {"0", "n", "no", "false", "f", "", "否", "无", "-"}
_INBOUND = {"in", "inbound", "incoming", "i", "呼入", "来电", "entrante", "inbound_call"}
_OUTBOUND = {"out", "outbound", "outgoing", "o", "呼出", "去电", "saliente", "callback"}


def parse_bool(value: Any, extra_true: set[str] | None = None) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    v = str(value).strip().lower()
    if v in _TRUE or (extra_true and v in extra_true):
        return True
    if v in _FALSE:
        return False if v else None
    raise ValueError(f"not a yes/no value: {value!r}")


def parse_direction(value: Any, mapping: dict[str, str] | None = None) -> str | None:
    if value is None:
        return None
    v = str(value).strip()
    if not v:
        return None
    if mapping:
        for k, d in mapping.items():
            if k.lower() == v.lower():
                return parse_direction(d)
    low = v.lower()
    if low in _INBOUND:
        return "inbound"
    if low in _OUTBOUND:
        return "outbound"
    raise ValueError(f"not a call direction: {value!r} (expected inbound or outbound)")


def parse_agent_channel(value: Any) -> int | None:
    if value is None:
        return None
    v = str(value).strip().lower()
    if v in ("", "mono", "none", "-"):
        return None
    if v in ("0", "l", "left", "左", "ch0", "agent_left"):
        return 0
    if v in ("1", "r", "right", "右", "ch1", "agent_right"):
        return 1
    raise ValueError(f"agent channel must be 0/left or 1/right, not {value!r}")


_HMS = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")


def parse_duration(value: Any) -> float | None:
    """Seconds from ``95``, ``95.5``, ``1:35`` or ``00:01:35``."""
    if value is None:
        return None
    v = str(value).strip()
    if not v:
        return None
    m = _HMS.match(v)
    if m:
        h = int(m.group(1) or 0)
        return h * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    try:
        d = float(v)
    except ValueError as exc:
        raise ValueError(f"not a duration: {value!r} (seconds or HH:MM:SS)") from exc
    if d < 0:
        raise ValueError(f"negative duration: {value!r}")
    return d


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y%m%d%H%M%S",
    "%Y%m%d-%H%M%S",
    "%Y%m%dT%H%M%S",
)


def parse_datetime(value: Any, tz: tzinfo = UTC, fmt: str | None = None) -> datetime | None:
    """An aware UTC datetime; naive text is taken in *tz* (the phone system's zone)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        v = str(value).strip()
        if not v:
            return None
        dt = None
        if fmt:
            dt = datetime.strptime(v, fmt)
        elif re.fullmatch(r"\d{9,11}(\.\d+)?", v):
            # epoch seconds (a 10-digit number is not YYYYMMDDHH: strptime would read
            # 1762345678 as the year 1762)
            dt = _epoch(float(v), value)
        elif re.fullmatch(r"\d{12,13}", v):
            dt = _epoch(int(v) / 1000, value)  # epoch milliseconds
        elif v.isdigit() and len(v) != 14:
            raise ValueError(f"not a date and time: {value!r}")
        else:
            try:
                dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
            except ValueError:
                for f in _DATE_FORMATS:
                    try:
                        dt = datetime.strptime(v, f)
                        break
                    except ValueError:
                        continue
            if dt is None:
                raise ValueError(f"not a date and time: {value!r}")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    try:
        out = dt.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{value!r} is out of range") from None
    if not MIN_YEAR <= out.year <= MAX_YEAR:
        raise ValueError(f"{value!r} is not a plausible call time (year {out.year})")
    return out


#: the years a call may start in (a CDR's date outside them is a misread field)
MIN_YEAR, MAX_YEAR = 1970, 9998


def _epoch(seconds: float, value: Any) -> datetime:
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"{value!r} is out of range") from None


def clean(value: Any) -> str | None:
    """Stripped text, or None for empty."""
    if value is None:
        return None
    v = str(value).strip()
    return v or None


#: The largest metadata file (CSV, CDR, contact records) one import reads.
MAX_METADATA_BYTES = 512 * 1024 * 1024


def read_text(path: Path) -> str:
    """A metadata file's text: UTF-8 (with or without BOM), else GB18030 (Chinese Excel).

    Only regular files up to :data:`MAX_METADATA_BYTES` are read (a FIFO would block the
    import, a device never end)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise MetadataError(tr("hostile-metadata-not-regular", name=path.name))
    if st.st_size > MAX_METADATA_BYTES:
        raise MetadataError(
            tr(
                "hostile-metadata-too-large",
                name=path.name,
                size=st.st_size,
                limit=MAX_METADATA_BYTES,
            )
        )
    with open(path, "rb") as fh:
        data = fh.read(MAX_METADATA_BYTES + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise MetadataError(f"{path.name}: not UTF-8 or GB18030 text") from exc


def csv_rows(reader, errors: list[str], name: str):
    """The rows of a ``csv.reader``; a line the csv module cannot read (a lone carriage
    return inside a field, a field over its size limit) ends the file with one error line
    instead of an exception."""
    import csv

    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            errors.append(
                tr(
                    "hostile-csv-unreadable-line",
                    name=name,
                    line=str(reader.line_num),
                    reason=printable(exc),
                )
            )
            return
        yield row
