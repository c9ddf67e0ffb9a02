"""Content hash of a recording: how the library recognises a file it already has.

The hash is SHA-256 of the file's bytes, read in 1 MiB blocks (an hour-long WAV never
sits in memory whole).  Keying on content rather than path means a recording moved to
another folder, or a re-import of the same folder, is recognised; the waveform cache is
keyed on it too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

BLOCK = 1 << 20
ALGORITHM = "sha256"


def hash_file(path: str | Path, *, block: int = BLOCK) -> str:
    """Hex SHA-256 of the file at *path*, streamed."""
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as fh:
        buf = bytearray(block)
        view = memoryview(buf)
        while True:
            n = fh.readinto(buf)
            if not n:
                break
            h.update(view[:n])
    return h.hexdigest()


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
