"""Amazon Connect contact records (CTR) exported as JSON.

Accepts one record, a JSON array of records, JSON lines, or Kinesis Firehose output
(records concatenated with no separator).  Reference:
``/work/shared/interop/aws_connect_ctr_data_model.md`` and the masked example beside it.

Mapping: call id = ``ContactId``; agent = ``Agent.Username``; team = the deepest
``Agent.HierarchyGroups.LevelN.GroupName``; queue = ``Queue.Name``; direction from
``InitiationMethod`` (INBOUND, TRANSFER, QUEUE_TRANSFER → inbound; OUTBOUND, CALLBACK,
API → outbound); start = ``InitiationTimestamp``; duration = disconnect − initiation;
caller = ``CustomerEndpoint.Address``; complaint = the contact attribute named by
``aws_connect: {complaint_attribute: ...}`` (default ``complaint``); the recording is
``Recordings[].Location`` / ``Recording.Location`` (matched by file name).  Connect
records stereo with the customer on the left and the agent on the right channel, so
``agent_channel`` is 1 unless the mapping says otherwise.  A contact delivered several
times keeps its newest copy (``LastUpdateTimestamp``); chat and task contacts are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from qaclient.recordings.metadata.base import (
    CallMeta,
    MetadataSource,
    ReadResult,
    clean,
    parse_agent_channel,
    parse_bool,
    parse_datetime,
    read_text,
)
from qaclient.recordings.metadata.mapping import ImportMapping

INBOUND_METHODS = {"INBOUND", "TRANSFER", "QUEUE_TRANSFER", "EXTERNAL_OUTBOUND_TRANSFER"}
OUTBOUND_METHODS = {"OUTBOUND", "CALLBACK", "API", "CAMPAIGN", "MONITOR"}


def iter_json_documents(text: str) -> Iterator[tuple[int, Any]]:
    """(line, document) for every JSON value in *text*: arrays are flattened, and values
    may be separated by newlines or nothing at all (Firehose)."""
    decoder = json.JSONDecoder()
    pos = 0
    n = len(text)
    line, counted = 1, 0  # line of text[counted]
    while True:
        while pos < n and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= n:
            return
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {exc.lineno}: invalid JSON: {exc.msg}") from exc
        except RecursionError:
            raise ValueError(
                f"line {line}: a record nested too deeply to be a contact record"
            ) from None
        if isinstance(value, list):
            for item in value:
                yield line, item
        else:
            yield line, value
        pos = end


def _get(d: Any, *keys: str) -> Any:
    for k in keys:
        if not isinstance(d, Mapping):
            return None
        d = d.get(k)
    return d


class AwsConnectCtr(MetadataSource):
    name = "aws_connect_ctr"

    def __init__(self, mapping: ImportMapping):
        self.mapping = mapping
        opts = mapping.aws_connect
        self.complaint_attribute = opts.get("complaint_attribute", "complaint")
        self.agent_channel = parse_agent_channel(opts.get("agent_channel", 1))

    def claims(self, path: Path, head: str) -> bool:
        return path.suffix.lower() in (".json", ".jsonl", ".ndjson") and '"ContactId"' in head

    def read(self, path: Path) -> ReadResult:
        result = ReadResult()
        newest: dict[str, tuple[str, CallMeta]] = {}
        try:
            docs = list(iter_json_documents(read_text(path)))
        except ValueError as exc:
            result.errors.append(f"{path.name}: {exc}")
            return result
        for line, doc in docs:
            origin = f"{path.name}:{line}"
            if not isinstance(doc, Mapping) or "ContactId" not in doc:
                result.errors.append(f"{origin}: not a contact record (no ContactId)")
                continue
            if str(doc.get("Channel", "VOICE")).upper() != "VOICE":
                result.skipped += 1
                continue
            try:
                meta = self._record(doc, origin)
            except ValueError as exc:
                result.errors.append(f"{origin}: {exc}")
                continue
            stamp = str(doc.get("LastUpdateTimestamp") or "")
            prev = newest.get(meta.call_id or "")
            if prev is None or stamp >= prev[0]:
                newest[meta.call_id or ""] = (stamp, meta)
        result.records = [m for _, m in newest.values()]
        return result

    def _record(self, doc: Mapping[str, Any], origin: str) -> CallMeta:
        tz = self.mapping.tz()
        start = parse_datetime(doc.get("InitiationTimestamp"), tz)
        end = parse_datetime(doc.get("DisconnectTimestamp"), tz)
        duration = (end - start).total_seconds() if start and end and end >= start else None
        method = str(doc.get("InitiationMethod") or "").upper()
        direction = (
            "inbound"
            if method in INBOUND_METHODS
            else "outbound"
            if method in OUTBOUND_METHODS
            else None
        )
        team = None
        groups = _get(doc, "Agent", "HierarchyGroups")
        if isinstance(groups, Mapping):
            for level in ("Level5", "Level4", "Level3", "Level2", "Level1"):
                name = _get(groups, level, "GroupName")
                if name:
                    team = str(name)
                    break
        attrs = doc.get("Attributes") or {}
        complaint = None
        if isinstance(attrs, Mapping) and self.complaint_attribute in attrs:
            try:
                complaint = parse_bool(attrs[self.complaint_attribute])
            except ValueError as exc:
                raise ValueError(f"Attributes.{self.complaint_attribute}: {exc}") from exc
        location = None
        for rec in doc.get("Recordings") or []:
            if (
                isinstance(rec, Mapping)
                and rec.get("Location")
                and str(rec.get("MediaStreamType", "AUDIO")).upper() == "AUDIO"
            ):
                location = str(rec["Location"])
                break
        if location is None:
            location = clean(_get(doc, "Recording", "Location"))
        notes = clean(attrs.get("notes")) if isinstance(attrs, Mapping) else None
        return CallMeta(
            source=self.name,
            origin=origin,
            call_id=str(doc["ContactId"]),
            agent=clean(_get(doc, "Agent", "Username")),
            team=team,
            queue=clean(_get(doc, "Queue", "Name")),
            direction=direction,
            start=start,
            duration=duration,
            caller_number=clean(_get(doc, "CustomerEndpoint", "Address")),
            complaint=complaint,
            agent_channel=self.agent_channel,
            notes=notes,
            file=location,
        )
