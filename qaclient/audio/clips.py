"""Export a time range of a recording as a WAV or FLAC clip, for coaching sessions.

The clip keeps the source's sample rate and channels; samples are copied in blocks as
16-bit integers (24-bit and float sources keep their depth when the target format allows
it).  Metadata tags (title, comment, artist, date, software) say which call, which range
and which source the clip came from, so a clip forwarded by mail can still be traced
back to its evaluation.  The source is the file name unless the caller gives a
``source_label`` (the coaching pack gives the masked call id: a recording's file name can
hold the caller number).  ``channel`` keeps one channel of a stereo recording (the agent's,
so a coaching clip need not copy the customer's voice).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from qaclient.audio.reader import AudioError, check_file, open_audio, sound_file
from qaclient.messages import msg

#: Target formats by file extension.
FORMATS = {".wav": "WAV", ".flac": "FLAC"}
#: soundfile's writable tag names.
TAGS = (
    "title",
    "copyright",
    "software",
    "artist",
    "comment",
    "date",
    "album",
    "license",
    "tracknumber",
    "genre",
)
_BLOCK_FRAMES = 1 << 18


@dataclass(frozen=True)
class Clip:
    """What :func:`export_clip` wrote."""

    path: str
    source: str
    start_ms: int
    end_ms: int
    frames: int
    samplerate: int
    channels: int
    format: str
    subtype: str
    metadata: dict[str, str]

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


def _subtype(src_subtype: str, fmt: str) -> tuple[str, str]:
    """Target subtype and the dtype to copy with, keeping the source's depth where possible."""
    if fmt == "FLAC":
        if src_subtype in ("PCM_24", "PCM_32", "FLOAT", "DOUBLE"):
            return "PCM_24", "int32"
        if src_subtype == "PCM_S8" or src_subtype == "PCM_U8":
            return "PCM_S8", "int16"
        return "PCM_16", "int16"
    if src_subtype in ("PCM_24", "PCM_32"):
        return src_subtype, "int32"
    if src_subtype in ("FLOAT", "DOUBLE"):
        return "FLOAT", "float32"
    return "PCM_16", "int16"


def export_clip(
    src: str | os.PathLike[str],
    start_ms: int,
    end_ms: int,
    dest: str | os.PathLike[str],
    *,
    metadata: Mapping[str, str] | None = None,
    overwrite: bool = False,
    channel: int | None = None,
    source_label: str | None = None,
) -> Clip:
    """Write ``src[start_ms:end_ms]`` to ``dest`` (format from its extension: .wav or .flac).

    ``metadata`` may hold ``call_id`` (goes into the title and comment) and any soundfile
    tag (title, comment, artist, date, …); ``source`` and the range are always recorded in
    the comment.  ``end_ms`` past the end of the recording is clamped to it.  Raises
    :class:`AudioError` for unreadable sources and ``ValueError`` for a bad range, target
    format or existing destination (unless ``overwrite``).  The clip is written to a
    temporary file first, so a failure never leaves half a clip behind.
    """
    dest_p = Path(dest)
    fmt = FORMATS.get(dest_p.suffix.lower())
    if fmt is None:
        raise ValueError(msg("audio-clip-format", path=str(dest_p), suffix=dest_p.suffix or "—"))
    if start_ms < 0 or end_ms <= start_ms:
        raise ValueError(msg("audio-clip-bad-range", start=str(start_ms), end=str(end_ms)))
    check_file(src)
    if dest_p.exists() and not overwrite:
        raise ValueError(msg("common-will-not-overwrite", path=str(dest_p)))
    if dest_p.resolve() == Path(src).resolve():
        raise ValueError(msg("audio-clip-over-source", path=str(dest_p)))
    meta = {k: str(v) for k, v in (metadata or {}).items() if v is not None}
    with open_audio(src) as f:
        if channel is not None and not 0 <= channel < f.channels:
            raise ValueError(
                f"{src}: channel {channel} does not exist (the recording has {f.channels})"
            )
        out_channels = 1 if channel is not None else f.channels
        sr = f.samplerate
        total_ms = f.frames * 1000 / sr
        if start_ms >= total_ms:
            raise ValueError(
                msg(
                    "audio-clip-past-end",
                    path=str(src),
                    start=str(start_ms),
                    length=f"{total_ms:.0f}",
                )
            )
        first = start_ms * sr // 1000
        last = min(f.frames, -(-end_ms * sr // 1000))
        end_ms = min(end_ms, round(total_ms))
        subtype, dtype = _subtype(f.subtype, fmt)
        call_id = meta.pop("call_id", None)
        tags: dict[str, str] = {}
        source_name = source_label if source_label is not None else Path(src).name
        tags["title"] = meta.pop("title", None) or (
            f"{call_id} {_clock(start_ms)}–{_clock(end_ms)}"
            if call_id
            else f"{source_name} {_clock(start_ms)}–{_clock(end_ms)}"
        )
        comment = [f"source={source_name}", f"range_ms={start_ms}-{end_ms}"]
        if channel is not None:
            comment.append(f"channel={channel}")
        if call_id:
            comment.insert(0, f"call_id={call_id}")
        extra = meta.pop("comment", None)
        if extra:
            comment.append(extra)
        tags["comment"] = "; ".join(comment)
        tags["software"] = meta.pop("software", None) or "qaclient"
        for k in list(meta):
            if k in TAGS:
                tags[k] = meta.pop(k)
        if meta:
            raise ValueError(
                f"unknown metadata keys {sorted(meta)}; use call_id or one of {', '.join(TAGS)}"
            )
        dest_p.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest_p.with_name(f".{dest_p.name}.{os.getpid()}-{threading.get_ident()}.part")
        try:
            f.seek(first)
            with sound_file(
                tmp, "w", samplerate=sr, channels=out_channels, subtype=subtype, format=fmt
            ) as out:
                for k, v in tags.items():
                    setattr(out, k, v)
                pos = first
                buf = np.empty((min(_BLOCK_FRAMES, last - first), f.channels), dtype=dtype)
                while pos < last:
                    n = min(len(buf), last - pos)
                    got = f.read(n, dtype=dtype, out=buf[:n])
                    if len(got) == 0:
                        break
                    out.write(got if channel is None else got[:, channel : channel + 1])
                    pos += len(got)
                frames = pos - first
            os.replace(tmp, dest_p)
        except sf.SoundFileError as exc:
            tmp.unlink(missing_ok=True)
            raise AudioError(src, msg("audio-clip-cannot-copy", reason=str(exc))) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return Clip(
            str(dest_p), str(src), start_ms, end_ms, frames, sr, out_channels, fmt, subtype, tags
        )


def _clock(ms: int) -> str:
    s, msr = divmod(int(ms), 1000)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}.{msr // 100}" if h else f"{m:02d}:{s:02d}.{msr // 100}"
