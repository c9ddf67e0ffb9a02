"""Disk caches of the audio analyses: atomic writes, a size limit and a retention limit.

An inspector opens thousands of calls a month; a 60-minute overview at the player's
32768 columns is about 0.5 MB, so without a limit the cache would grow by gigabytes.
Each cache folder is kept under a byte budget by deleting the least recently used files
(a cache hit refreshes the file's modification time), and files not used for
``cache_retention_days`` (setting, default 30) are deleted whatever the room — the solo
copies are recordings of the customer's voice.  Pruning scans the folder, so it runs at
most once per ``PRUNE_INTERVAL`` per folder, after a write.  Files are owner-only
(``qaclient.fileperms``).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from qaclient import fileperms

#: Byte budget per cache folder (``paths.cache_dir(name)``).
LIMITS = {
    "waveforms": 1 << 30,
    "segments": 128 << 20,
    "solo": 2 << 30,
}  # solo: one-channel copies for playback
#: Seconds between two prunings of one folder.
PRUNE_INTERVAL = 600.0
_MARKER = ".pruned"
_lock = threading.Lock()


def write_atomic(file: Path, write: Callable[[BinaryIO], None]) -> bool:
    """Write ``file`` through a temporary file and rename; False (and no file) on failure.

    The cache is an optimisation: a full disk or a read-only home must not break the
    analysis, so errors are swallowed here.
    """
    tmp = file.with_name(f".{file.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        fileperms.restrict_umask()
        with tmp.open("wb") as fh:
            write(fh)
        fileperms.private_file(tmp)
        os.replace(tmp, file)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # the folder itself is unusable (read-only, not a folder)
            pass
        return False
    maybe_prune(file.parent)
    return True


def touch(file: Path) -> None:
    """Mark a cache file as just used (least-recently-used pruning)."""
    try:
        os.utime(file)
    except OSError:
        pass


def prune(folder: Path, max_bytes: int, max_age_s: float | None = None) -> int:
    """Delete the least recently used files until ``folder`` holds at most ``max_bytes``,
    and every file not used for ``max_age_s`` seconds.

    Returns the number of bytes freed.  Temporary files of writers still at work are left
    alone unless they are older than an hour (a killed process).
    """
    entries: list[tuple[float, int, Path]] = []
    total = 0
    now = time.time()
    try:
        scan = list(os.scandir(folder))
    except OSError:
        return 0
    for e in scan:
        if not e.is_file() or e.name == _MARKER:
            continue
        try:
            st = e.stat()
        except OSError:
            continue
        if e.name.endswith(".tmp"):
            if now - st.st_mtime > 3600:
                Path(e.path).unlink(missing_ok=True)
            continue
        entries.append((st.st_mtime, st.st_size, Path(e.path)))
        total += st.st_size
    freed = 0
    entries.sort()
    cutoff = now - max_age_s if max_age_s else None
    for mtime, size, path in entries:
        if total - freed <= max_bytes and (cutoff is None or mtime >= cutoff):
            break
        try:
            path.unlink()
            freed += size
        except OSError:
            pass
    return freed


def retention_seconds() -> float:
    """``cache_retention_days`` from the settings, in seconds (30 days by default)."""
    from qaclient import settings as settings_mod

    st, _err = settings_mod.load_or_default()
    return max(1, st.cache_retention_days or 30) * 86400.0


def maybe_prune(folder: Path, max_bytes: int | None = None) -> None:
    """Prune ``folder`` to its budget and retention if that was not done in the last
    ``PRUNE_INTERVAL``."""
    limit = max_bytes if max_bytes is not None else LIMITS.get(folder.name)
    if limit is None:
        return
    marker = folder / _MARKER
    with _lock:
        try:
            if time.time() - marker.stat().st_mtime < PRUNE_INTERVAL:
                return
        except OSError:
            pass
        try:
            marker.touch()
        except OSError:
            return
    prune(folder, limit, retention_seconds())
