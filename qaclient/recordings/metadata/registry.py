"""The metadata sources, in the order they are tried and trusted (like Picard's
``formats/registry.py``).

Detection order (first that claims a file reads it): Amazon Connect JSON, Asterisk CDR,
FreeSWITCH CDR, CSV sidecar — the headerless CDR shapes are checked before the generic
CSV.  Merge priority when several sources describe the same call: the CSV sidecar (the
centre's own explicit list) over contact records over CDRs over the file name, then the
mapping's ``defaults``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from qaclient.recordings.metadata.asterisk_cdr import AsteriskCdr
from qaclient.recordings.metadata.aws_connect_ctr import AwsConnectCtr
from qaclient.recordings.metadata.base import MetadataSource
from qaclient.recordings.metadata.csv_sidecar import CsvSidecar
from qaclient.recordings.metadata.freeswitch_cdr import FreeswitchCdr
from qaclient.recordings.metadata.mapping import ImportMapping

#: Extensions of files that may hold metadata (others are not opened as metadata).
METADATA_EXTENSIONS = frozenset({".csv", ".tsv", ".json", ".jsonl", ".ndjson"})

DETECTION_ORDER: tuple[type[MetadataSource], ...] = (
    AwsConnectCtr,
    AsteriskCdr,
    FreeswitchCdr,
    CsvSidecar,
)

#: Lower number wins when two sources give the same field.
PRIORITY = {
    "csv_sidecar": 0,
    "aws_connect_ctr": 1,
    "asterisk_cdr": 2,
    "freeswitch_cdr": 3,
    "filename_pattern": 4,
}


def make_sources(mapping: ImportMapping) -> list[MetadataSource]:
    """The enabled file-based sources, configured by *mapping*, in detection order."""
    return [cls(mapping) for cls in DETECTION_ORDER if cls.name in mapping.sources]


def detect(
    path: Path, sources: list[MetadataSource], head_chars: int = 65536
) -> MetadataSource | None:
    """The source that reads the metadata file at *path*, or None."""
    if path.suffix.lower() not in METADATA_EXTENSIONS:
        return None
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block, a device never end
            return None
        with open(path, "rb") as fh:
            raw = fh.read(head_chars)
    except OSError:
        return None
    try:
        head = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            head = raw.decode("gb18030", errors="ignore")
        except LookupError:  # pragma: no cover
            return None
    for source in sources:
        if source.claims(path, head):
            return source
    return None
