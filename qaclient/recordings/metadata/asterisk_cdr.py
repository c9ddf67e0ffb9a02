"""Asterisk ``Master.csv`` call detail records (``cdr_csv``).

No header row; columns in the order of ``cdr_csv.c`` (reference:
``/work/shared/interop/asterisk_cdr_fields.txt``): accountcode, src, dst, dcontext, clid,
channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec,
disposition, amaflags, uniqueid, userfield [, peeraccount, linkedid, sequence].  The
``cdr_custom`` legacy order (clid first) is read with ``asterisk: {layout: cdr_custom}``.

The CDR has no recording column: a MixMonitor file is normally named after
``${UNIQUEID}`` (or the name is put in ``userfield``), so records are matched to files by
uniqueid / linkedid in the file name, or by userfield.  Direction is inferred from the
destination context (``from-pstn``, ``from-trunk``, ``from-external``, ``incoming`` →
inbound; ``from-internal``, ``outbound`` → outbound; configurable), the agent is the
extension of the agent-side channel (``PJSIP/1001-00000002`` → ``1001``), the queue is the
first argument of a ``Queue`` application.  Timestamps are the server's local time: set
``timezone`` in the mapping.
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
    csv_rows,
    parse_datetime,
    read_text,
)
from qaclient.recordings.metadata.mapping import ImportMapping
from qaclient.recordings.probe import AUDIO_EXTENSIONS

LAYOUTS = {
    "cdr_csv": (
        "accountcode src dst dcontext clid channel dstchannel lastapp lastdata start answer end "
        "duration billsec disposition amaflags uniqueid userfield peeraccount linkedid sequence"
    ).split(),
    "cdr_custom": (
        "clid src dst dcontext channel dstchannel lastapp lastdata start answer end duration "
        "billsec disposition amaflags accountcode uniqueid userfield sequence"
    ).split(),
}
DISPOSITIONS = {"ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"}
INBOUND_CONTEXTS = (
    r"from-pstn|from-trunk|from-external|from-did|incoming|inbound|ext-queues|from-provider"
)
OUTBOUND_CONTEXTS = r"from-internal|outbound|outgoing|out-|dialout|from-agent"
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
_CHAN = re.compile(r"^(?:PJSIP|SIP|IAX2|Local|Agent|DAHDI|Console)/([^-@/;]+)", re.IGNORECASE)


def channel_peer(channel: str | None) -> str | None:
    """The extension / peer in a channel name: ``PJSIP/1001-00000002`` → ``1001``."""
    if not channel:
        return None
    m = _CHAN.match(channel.strip())
    return m.group(1) if m else None


class AsteriskCdr(MetadataSource):
    name = "asterisk_cdr"

    def __init__(self, mapping: ImportMapping):
        self.mapping = mapping
        opts = mapping.asterisk
        self.layout = (
            LAYOUTS[opts.get("layout", "cdr_csv")]
            if opts.get("layout", "cdr_csv") in LAYOUTS
            else None
        )
        if self.layout is None:
            raise ValueError(f"asterisk.layout must be one of {', '.join(LAYOUTS)}")
        self.inbound = re.compile(opts.get("inbound_contexts", INBOUND_CONTEXTS), re.IGNORECASE)
        self.outbound = re.compile(opts.get("outbound_contexts", OUTBOUND_CONTEXTS), re.IGNORECASE)
        self.id_field = opts.get("call_id", "uniqueid")
        if self.id_field not in ("uniqueid", "linkedid"):
            raise ValueError("asterisk.call_id must be uniqueid or linkedid")

    def _row_fits(self, row: list[str]) -> bool:
        names = self.layout
        if not (17 <= len(row) <= len(names)):
            return False
        rec = dict(zip(names, row, strict=False))
        return (
            bool(_STAMP.match(rec.get("start", "").strip()))
            and rec.get("duration", "").strip().isdigit()
        )

    def claims(self, path: Path, head: str) -> bool:
        if path.suffix.lower() != ".csv":
            return False
        lines = [ln for ln in head.splitlines() if ln.strip()][:3]
        if not lines:
            return False
        rows = list(csv.reader(lines))
        return all(self._row_fits(r) for r in rows[: max(1, len(rows) - 1)])

    def read(self, path: Path) -> ReadResult:
        result = ReadResult()
        tz = self.mapping.tz()
        reader = csv.reader(io.StringIO(read_text(path), newline=""))
        for row in csv_rows(reader, result.errors, path.name):
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            if not self._row_fits(row):
                result.errors.append(
                    f"{path.name}:{line}: not an Asterisk CDR line ({len(row)} fields; expected 17–21 "
                    "with the start time in field 10)"
                )
                continue
            rec = {
                k: (v.strip() if v is not None else "")
                for k, v in zip(self.layout, row, strict=False)
            }
            try:
                start = parse_datetime(rec["start"], tz)
            except ValueError as exc:
                result.errors.append(f"{path.name}:{line}: start: {exc}")
                continue
            context = rec.get("dcontext", "")
            direction = None
            if self.inbound.search(context):
                direction = "inbound"
            elif self.outbound.search(context):
                direction = "outbound"
            # the agent is on the answering side of an inbound call, the calling side of an outbound one
            if direction == "outbound":
                agent = channel_peer(rec.get("channel")) or clean(rec.get("src"))
                caller = clean(rec.get("dst"))
            else:
                agent = channel_peer(rec.get("dstchannel"))
                caller = clean(rec.get("src"))
            queue = None
            if rec.get("lastapp", "").lower() == "queue":
                queue = clean(rec.get("lastdata", "").split(",")[0])
            billsec = rec.get("billsec", "")
            userfield = clean(rec.get("userfield"))
            file_hint = None
            if userfield and Path(userfield).suffix.lower() in AUDIO_EXTENSIONS:
                file_hint = userfield
            uniqueid = clean(rec.get("uniqueid"))
            linkedid = clean(rec.get("linkedid"))
            call_id = linkedid if self.id_field == "linkedid" and linkedid else uniqueid
            if not call_id:
                result.errors.append(
                    f"{path.name}:{line}: no uniqueid (set loguniqueid=yes in cdr.conf)"
                )
                continue
            result.records.append(
                CallMeta(
                    source=self.name,
                    origin=f"{path.name}:{line}",
                    call_id=call_id,
                    agent=agent,
                    queue=queue,
                    direction=direction,
                    start=start,
                    duration=float(billsec) if billsec.isdigit() else None,
                    caller_number=caller,
                    file=file_hint,
                    notes=None,
                    match_keys=tuple(k for k in (uniqueid, linkedid) if k and k != call_id),
                )
            )
        return result
