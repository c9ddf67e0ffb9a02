"""The data this machine keeps besides the store: the audio caches, and clearing them.

``cache/audio`` holds the recordings taken offline (``qaclient.sync.offline_cache``),
``cache/solo`` one-channel copies made for playback, ``cache/waveforms`` and
``cache/segments`` the analyses of recordings.  They hold (or are derived from) customer
voices, so besides the size limits they expire after ``cache_retention_days`` and can be
cleared at once: Settings → "Clear local data", ``qaclient cache clear``.  Clearing never
touches the store (scores, comments, unsynced work) nor the settings.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from qaclient import paths

#: The cache folders below ``<home>/cache`` (``paths.cache_dir(name)``).
CACHES = ("audio", "solo", "waveforms", "segments")


@dataclass
class CacheUsage:
    name: str
    folder: str
    files: int
    bytes: int


@dataclass
class ClearReport:
    files: int = 0
    bytes: int = 0
    caches: dict[str, int] = field(default_factory=dict)  # name -> files deleted

    def to_json(self) -> dict:
        return asdict(self)


def _files(folder: Path) -> list[Path]:
    out = []
    for dirpath, _dirs, names in os.walk(folder):
        for n in names:
            out.append(Path(dirpath, n))
    return out


def usage() -> list[CacheUsage]:
    """Files and bytes per cache (the offline index counts as part of ``audio``)."""
    out = []
    for name in CACHES:
        folder = paths.home() / "cache" / name
        files = _files(folder) if folder.is_dir() else []
        size = 0
        for f in files:
            try:
                size += f.stat().st_size
            except OSError:
                pass
        out.append(CacheUsage(name, str(folder), len(files), size))
    return out


def clear(names: tuple[str, ...] | list[str] = CACHES) -> ClearReport:
    """Delete every cached recording, copy and analysis in *names*."""
    unknown = [n for n in names if n not in CACHES]
    if unknown:
        from qaclient.messages import msg

        raise ValueError(
            msg("privacy-cache-unknown", name=", ".join(unknown), known=", ".join(CACHES))
        )
    report = ClearReport()
    for name in names:
        folder = paths.home() / "cache" / name
        if not folder.is_dir():
            report.caches[name] = 0
            continue
        n = 0
        if name == "audio":
            from qaclient.sync.offline_cache import OfflineCache

            cache = OfflineCache(folder, retention_days=0)
            try:
                files, freed = cache.clear()
            finally:
                cache.close()
            n += files
            report.bytes += freed
        for f in _files(folder):
            if name == "audio" and f.name.startswith("index.sqlite3"):
                continue  # the (now empty) index stays
            try:
                size = f.stat().st_size
                f.unlink()
            except OSError:
                continue
            n += 1
            report.bytes += size
        report.caches[name] = n
        report.files += n
    return report


def expire() -> int:
    """Apply the retention limit to every cache now (it also runs as the caches are used)."""
    from qaclient.audio import cache as audio_cache
    from qaclient.sync.offline_cache import OfflineCache

    freed = 0
    for name in ("solo", "waveforms", "segments"):
        folder = paths.home() / "cache" / name
        if folder.is_dir():
            freed += audio_cache.prune(
                folder, audio_cache.LIMITS.get(name, 1 << 62), audio_cache.retention_seconds()
            )
    folder = paths.home() / "cache" / "audio"
    if folder.is_dir():
        cache = OfflineCache(folder)  # opening it expires the entries unused too long
        cache.close()
    return freed
