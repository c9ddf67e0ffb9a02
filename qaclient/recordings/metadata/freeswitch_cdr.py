"""FreeSWITCH ``mod_cdr_csv`` call detail records.

No header row; the columns are whatever the configured template lists (reference:
``/work/shared/interop/freeswitch_cdr_csv.conf.xml``).  The stock templates are built in
(``example`` — the default —, ``snom``, ``linksys``, ``opencdrrate``; the ``asterisk``
template writes Asterisk's layout and is read by ``asterisk_cdr``); a centre's own
template is given as ``freeswitch: {columns: [caller_id_name, ..., cc_agent]}`` and which
variable holds the agent / queue / complaint flag as ``freeswitch: {fields: {agent:
cc_agent, queue: cc_queue}}``.  With no such variable the agent is inferred from the call
legs: the destination of an inbound call (context ``public``), the caller of an outbound
one.  Records match recordings by ``uuid`` (or ``bleg_uuid``) in the file name, or by
``sofia_record_file`` / ``record_file`` when the template has it.
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
    parse_bool,
    parse_datetime,
    parse_direction,
    read_text,
)
from qaclient.recordings.metadata.mapping import ImportMapping

_T = "caller_id_name caller_id_number destination_number context start_stamp answer_stamp end_stamp duration billsec hangup_cause uuid bleg_uuid accountcode"
TEMPLATES: dict[str, list[str]] = {
    "example": (_T + " read_codec write_codec").split(),
    "snom": (
        _T
        + " read_codec write_codec sip_user_agent call_clientcode sip_rtp_rxstat sip_rtp_txstat sofia_record_file"
    ).split(),
    "linksys": (_T + " read_codec write_codec sip_user_agent sip_p_rtp_stat").split(),
    "opencdrrate": (
        "uuid signal_bond direction ani destination_number answer_stamp end_stamp billsec accountcode "
        "userfield network_addr original_caller_id_name sip_gateway_name"
    ).split(),
}
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
INBOUND_CONTEXTS = r"^(public|from-?pstn|from-?trunk|inbound|incoming)"
FIELD_VARS = ("agent", "team", "queue", "complaint", "call_id", "direction", "notes")


def _var(name: str) -> str:
    """``${caller_id_number}`` → ``caller_id_number``."""
    name = name.strip()
    m = re.fullmatch(r"\$\{([^}]+)\}", name)
    return m.group(1) if m else name


class FreeswitchCdr(MetadataSource):
    name = "freeswitch_cdr"

    def __init__(self, mapping: ImportMapping):
        self.mapping = mapping
        opts = mapping.freeswitch
        self.columns: list[str] | None = None
        if "columns" in opts:
            cols = opts["columns"]
            if isinstance(cols, str):
                cols = [c for c in re.findall(r"\$\{([^}]+)\}", cols)] or cols.split(",")
            self.columns = [_var(c) for c in cols]
        elif "template" in opts:
            if opts["template"] not in TEMPLATES:
                raise ValueError(
                    f"freeswitch.template must be one of {', '.join(TEMPLATES)} (or give columns)"
                )
            self.columns = TEMPLATES[opts["template"]]
        self.fields = {k: _var(v) for k, v in (opts.get("fields") or {}).items()}
        bad = sorted(set(self.fields) - set(FIELD_VARS))
        if bad:
            raise ValueError(f"freeswitch.fields: unsupported field(s) {', '.join(bad)}")
        self.inbound = re.compile(opts.get("inbound_contexts", INBOUND_CONTEXTS), re.IGNORECASE)

    def _layout_for(self, row: list[str]) -> list[str] | None:
        candidates = [self.columns] if self.columns else list(TEMPLATES.values())
        for cols in candidates:
            if len(row) != len(cols):
                continue
            rec = dict(zip(cols, row, strict=False))
            stamp = rec.get("start_stamp") or rec.get("answer_stamp") or ""
            if "uuid" in rec and not _UUID.match(rec["uuid"].strip()):
                continue
            if stamp and not _STAMP.match(stamp.strip()):
                continue
            return cols
        return None

    def claims(self, path: Path, head: str) -> bool:
        if path.suffix.lower() != ".csv":
            return False
        lines = [ln for ln in head.splitlines() if ln.strip()][:3]
        if not lines:
            return False
        rows = list(csv.reader(lines))
        return all(self._layout_for(r) is not None for r in rows[: max(1, len(rows) - 1)])

    def read(self, path: Path) -> ReadResult:
        result = ReadResult()
        tz = self.mapping.tz()
        reader = csv.reader(io.StringIO(read_text(path), newline=""))
        for row in csv_rows(reader, result.errors, path.name):
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            cols = self._layout_for(row)
            if cols is None:
                result.errors.append(
                    f"{path.name}:{line}: does not fit the FreeSWITCH CDR template ({len(row)} fields)"
                )
                continue
            rec = {k: v.strip() for k, v in zip(cols, row, strict=False)}
            try:
                start = parse_datetime(rec.get("start_stamp") or rec.get("answer_stamp"), tz)
                direction = None
                if self.fields.get("direction"):
                    direction = parse_direction(rec.get(self.fields["direction"]))
                elif rec.get("direction"):
                    direction = parse_direction(rec["direction"])
                elif "context" in rec:
                    direction = "inbound" if self.inbound.search(rec["context"]) else "outbound"
                complaint = None
                if self.fields.get("complaint"):
                    complaint = parse_bool(rec.get(self.fields["complaint"]))
            except ValueError as exc:
                result.errors.append(f"{path.name}:{line}: {exc}")
                continue
            number = clean(rec.get("caller_id_number") or rec.get("ani"))
            dest = clean(rec.get("destination_number"))
            if direction == "outbound":
                agent, caller = number, dest
            else:
                agent, caller = dest, number
            if self.fields.get("agent"):
                agent = clean(rec.get(self.fields["agent"])) or agent
            uuid = clean(rec.get("uuid"))
            call_id = clean(rec.get(self.fields["call_id"])) if self.fields.get("call_id") else uuid
            if not call_id:
                result.errors.append(f"{path.name}:{line}: no uuid")
                continue
            billsec = rec.get("billsec", "")
            record_file = clean(rec.get("sofia_record_file") or rec.get("record_file"))
            result.records.append(
                CallMeta(
                    source=self.name,
                    origin=f"{path.name}:{line}",
                    call_id=call_id,
                    agent=agent,
                    team=clean(rec.get(self.fields["team"])) if self.fields.get("team") else None,
                    queue=clean(rec.get(self.fields["queue"]))
                    if self.fields.get("queue")
                    else None,
                    direction=direction,
                    start=start,
                    duration=float(billsec) if billsec.isdigit() else None,
                    caller_number=caller,
                    complaint=complaint,
                    notes=clean(rec.get(self.fields["notes"]))
                    if self.fields.get("notes")
                    else None,
                    file=record_file,
                    match_keys=tuple(
                        k for k in (uuid, clean(rec.get("bleg_uuid"))) if k and k != call_id
                    ),
                )
            )
        return result
