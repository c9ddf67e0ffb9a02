"""Probe a recording with soundfile before the library accepts it.

An inspector who opens a call must hear it, so every file is checked when it is imported:
its first bytes are sniffed (what the content really is), libsndfile opens it (format,
sample rate, channels, length), the first block of audio is decoded, and the length the
header claims is checked against what the file holds (the declared WAV/AIFF data chunk,
the bytes a fixed-size encoding needs, and the last frames decoded:
:func:`qaclient.audio.reader.length_problem`).  A file that fails
gets a :class:`ProbeError` whose ``code`` says which kind of failure it is and whose
message says what to do; the importer lists them in its report.

Reject codes: ``empty`` (0 bytes), ``truncated`` (the header stops short, or promises
audio the file does not hold), ``no_audio``
(a valid header with no samples), ``unknown_format`` (not an audio file), ``unsupported``
(an audio format this system's libsndfile cannot decode, e.g. MP3 before libsndfile 1.1),
``wrong_extension`` (the content is another format than the file name says),
``unreadable`` (missing file, permission denied, I/O error), ``corrupt`` (libsndfile
recognises the format but cannot read the header or decode the audio).
"""

from __future__ import annotations

import os
import stat
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import soundfile as sf

from qaclient.audio.reader import length_problem, sound_file
from qaclient.messages import msg

#: File name extensions the importer treats as recordings, and the containers they mean.
AUDIO_EXTENSIONS: dict[str, frozenset[str]] = {
    ".wav": frozenset({"WAV", "RF64", "W64"}),
    ".wave": frozenset({"WAV", "RF64"}),
    ".bwf": frozenset({"WAV", "RF64"}),
    ".rf64": frozenset({"RF64", "WAV"}),
    ".w64": frozenset({"W64"}),
    ".flac": frozenset({"FLAC"}),
    ".ogg": frozenset({"OGG"}),
    ".oga": frozenset({"OGG"}),
    ".opus": frozenset({"OGG"}),
    ".mp3": frozenset({"MP3"}),
    ".aif": frozenset({"AIFF"}),
    ".aiff": frozenset({"AIFF"}),
    ".aifc": frozenset({"AIFF"}),
    ".au": frozenset({"AU"}),
    ".snd": frozenset({"AU"}),
    ".caf": frozenset({"CAF"}),
}

#: The usual extension of each container (for "rename it to ..." advice).
CANONICAL_EXTENSION = {
    "WAV": ".wav",
    "RF64": ".wav",
    "W64": ".w64",
    "FLAC": ".flac",
    "OGG": ".ogg",
    "MP3": ".mp3",
    "AIFF": ".aiff",
    "AU": ".au",
    "CAF": ".caf",
}

_W64_GUID = bytes.fromhex("726966662e91cf11a5d628db04c10000")
_MAGICS = [b"RIFF", b"RIFX", b"RF64", b"BW64", b"fLaC", b"OggS", b"ID3", b"FORM", b".snd", b"caff"]
_DECODE_CHECK_FRAMES = 4096


class ProbeError(Exception):
    """A file the library will not accept; ``code`` is one of the reject codes above."""

    def __init__(self, path: Path | str, code: str, message: str):
        super().__init__(message)
        self.path = Path(path)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class ProbeInfo:
    """What a recording is: container, encoding, rate, channels and length."""

    path: Path
    size: int
    format: str  # libsndfile major format: WAV, FLAC, OGG, MP3, ...
    subtype: str  # PCM_16, ULAW, VORBIS, OPUS, MPEG_LAYER_III, ...
    samplerate: int
    channels: int
    frames: int

    @property
    def duration(self) -> float:
        return self.frames / self.samplerate if self.samplerate else 0.0

    @property
    def duration_ms(self) -> int:
        return int(round(self.duration * 1000))

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["duration"] = self.duration
        return data


def sniff(head: bytes) -> str | None:
    """The container the first bytes of a file belong to, or None when not audio."""
    if len(head) >= 12 and head[:4] in (b"RIFF", b"RIFX") and head[8:12] == b"WAVE":
        return "WAV"
    if len(head) >= 12 and head[:4] in (b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return "RF64"
    if head[:16] == _W64_GUID:
        return "W64"
    if head[:4] == b"fLaC":
        return "FLAC"
    if head[:4] == b"OggS":
        return "OGG"
    if len(head) >= 12 and head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "AIFF"
    if head[:4] == b".snd":
        return "AU"
    if head[:4] == b"caff":
        return "CAF"
    if head[:3] == b"ID3":
        # ID3v2 tag: skip it and look at what follows (FLAC may carry one too)
        if len(head) >= 10:
            size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
            rest = head[10 + size :]
            if rest[:4] == b"fLaC":
                return "FLAC"
        return "MP3"
    if _mpeg_frames_at(head, 0):
        return "MP3"
    return None


_MPEG_BITRATES = {  # kbit/s by (version is MPEG-1, layer) for index 1..14
    (True, 3): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 1): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 3): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 1): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mpeg_frame_length(h: bytes) -> int | None:
    """Length of the MPEG audio frame whose 4-byte header is *h*, or None if not one."""
    if len(h) < 4 or h[0] != 0xFF or (h[1] & 0xE0) != 0xE0:
        return None
    version = (h[1] >> 3) & 3  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
    layer = (h[1] >> 1) & 3  # 3: layer I, 2: II, 1: III, 0: reserved
    bitrate_index = h[2] >> 4
    rate_index = (h[2] >> 2) & 3
    if version == 1 or layer == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version == 3
    bitrate = _MPEG_BITRATES[(mpeg1, layer)][bitrate_index - 1] * 1000
    rate = _MPEG_RATES[version][rate_index]
    padding = (h[2] >> 1) & 1
    if layer == 3:
        return (12 * bitrate // rate + padding) * 4
    if layer == 1 and not mpeg1:
        return 72 * bitrate // rate + padding
    return 144 * bitrate // rate + padding


def _mpeg_frames_at(head: bytes, pos: int) -> bool:
    """An MPEG audio frame at *pos* followed by another one (random bytes rarely do that)."""
    length = _mpeg_frame_length(head[pos : pos + 4])
    if length is None or length < 24:
        return False
    nxt = pos + length
    if nxt + 4 > len(head):
        return len(head) < 4096  # a file shorter than one frame pair: trust one header
    return _mpeg_frame_length(head[nxt : nxt + 4]) is not None


def _looks_like_cut_magic(head: bytes) -> str | None:
    """For very short files: the container whose signature this is the start of."""
    if not head:
        return None
    for magic in _MAGICS:
        if magic.startswith(head[: len(magic)]) and len(head) < 12:
            return {
                b"RIFF": "WAV",
                b"RIFX": "WAV",
                b"RF64": "RF64",
                b"BW64": "RF64",
                b"fLaC": "FLAC",
                b"OggS": "OGG",
                b"ID3": "MP3",
                b"FORM": "AIFF",
                b".snd": "AU",
                b"caff": "CAF",
            }[magic]
    return None


def mp3_supported() -> bool:
    """libsndfile decodes MP3 from version 1.1.0 on (when built with mpg123)."""
    return "MP3" in sf.available_formats()


def probe(path: str | Path, *, head_bytes: int = 4096) -> ProbeInfo:
    """Check that *path* is a recording this system can play; raise :class:`ProbeError`
    with a specific reason otherwise.  Only reads the file."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError as exc:
        raise ProbeError(p, "unreadable", f"{p}: file not found") from exc
    except OSError as exc:
        raise ProbeError(p, "unreadable", f"{p}: cannot read: {exc.strerror}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise ProbeError(p, "unreadable", f"{p.name}: is a folder, not a recording")
    if not stat.S_ISREG(st.st_mode):  # a FIFO blocks its reader, a device never ends
        raise ProbeError(p, "unreadable", str(msg("hostile-probe-not-regular", name=p.name)))
    size = st.st_size
    if size == 0:
        raise ProbeError(
            p, "empty", f"{p.name}: empty file (0 bytes); the recording was never written"
        )
    try:
        with open(p, "rb") as fh:
            head = fh.read(head_bytes)
    except OSError as exc:
        raise ProbeError(p, "unreadable", f"{p.name}: cannot read: {exc.strerror}") from exc

    ext = p.suffix.lower()
    kind = sniff(head)
    if kind is None:
        cut = _looks_like_cut_magic(head)
        if cut is not None:
            raise ProbeError(
                p,
                "truncated",
                f"{p.name}: truncated header: the file starts like {cut} but ends after {size} bytes",
            )
        shown = head[:8].hex(" ")
        raise ProbeError(
            p,
            "unknown_format",
            f"{p.name}: not a recognised audio file (first bytes: {shown}); "
            "expected WAV, FLAC, OGG/Vorbis, Opus or MP3",
        )
    expected = AUDIO_EXTENSIONS.get(ext)
    if expected is not None and kind not in expected:
        raise ProbeError(
            p,
            "wrong_extension",
            f"{p.name}: wrong extension: the content is {kind} but the name ends in {ext}; "
            f"rename it to {p.stem}{CANONICAL_EXTENSION.get(kind, '.' + kind.lower())}",
        )
    if kind == "MP3" and not mp3_supported():
        raise ProbeError(
            p,
            "unsupported",
            f"{p.name}: MP3 needs libsndfile 1.1.0 or newer built with mpg123 "
            f"(this system has {sf.__libsndfile_version__}); convert it to FLAC or WAV",
        )

    opened = False
    try:
        with sound_file(p) as snd:
            fmt, subtype = snd.format, snd.subtype
            samplerate, channels, frames = snd.samplerate, snd.channels, snd.frames
            opened = True
            if frames > 0:
                block = snd.read(min(frames, _DECODE_CHECK_FRAMES), dtype="int16", always_2d=True)
                if block.shape[0] == 0:
                    raise ProbeError(
                        p,
                        "corrupt",
                        f"{p.name}: corrupt {kind} file: the header promises audio but none decodes",
                    )
                problem = length_problem(snd, p, size)
                if problem is not None:
                    raise ProbeError(p, "truncated", f"{p.name}: {problem}")
    except ProbeError:
        raise
    except sf.LibsndfileError as exc:
        detail = str(exc.error_string)
        if opened and "fseek" in detail.lower():  # the decoder looked for audio past the end
            raise ProbeError(
                p,
                "truncated",
                str(
                    msg(
                        "hostile-probe-ends-early",
                        name=p.name,
                        kind=kind,
                        seconds=f"{frames / max(samplerate, 1):,.1f}",
                    )
                ),
            ) from exc
        raise _classify_lib_error(p, kind, size, head, detail) from exc
    except (RuntimeError, ValueError, TypeError) as exc:
        raise _classify_lib_error(p, kind, size, head, str(exc)) from exc
    except OSError as exc:
        raise ProbeError(p, "unreadable", f"{p.name}: cannot read: {exc.strerror or exc}") from exc

    if frames <= 0:
        promised = _wav_data_size(head) if kind in ("WAV", "RF64") else None
        if kind in ("WAV", "RF64") and (promised is None or promised > 0):
            what = (
                "its header is incomplete"
                if promised is None
                else f"its header promises {promised} bytes of audio"
            )
            raise ProbeError(
                p,
                "truncated",
                f"{p.name}: truncated header: the WAV file ends after {size} bytes and {what}",
            )
        raise ProbeError(
            p, "no_audio", f"{p.name}: no audio: the {kind} header is valid but holds 0 samples"
        )
    if samplerate <= 0 or channels <= 0:
        raise ProbeError(
            p,
            "corrupt",
            f"{p.name}: corrupt {kind} header (rate {samplerate}, {channels} channels)",
        )
    return ProbeInfo(
        path=p,
        size=size,
        format=fmt,
        subtype=subtype,
        samplerate=samplerate,
        channels=channels,
        frames=frames,
    )


def _classify_lib_error(p: Path, kind: str, size: int, head: bytes, detail: str) -> ProbeError:
    detail = detail.strip().rstrip(".")
    if kind == "WAV" and b"data" not in head and size < len(head) + 1:
        return ProbeError(
            p,
            "truncated",
            f"{p.name}: truncated header: the WAV file ends after {size} bytes, before its "
            f"audio data begins ({detail})",
        )
    if size < 128:
        return ProbeError(
            p,
            "truncated",
            f"{p.name}: truncated header: the {kind} file is only {size} bytes long ({detail})",
        )
    lowered = detail.lower()
    if "unsupported" in lowered or "not supported" in lowered:
        return ProbeError(
            p,
            "unsupported",
            f"{p.name}: unsupported {kind} encoding: {detail}; convert it to FLAC or WAV",
        )
    return ProbeError(p, "corrupt", f"{p.name}: corrupt {kind} file: {detail}")


def _wav_data_size(head: bytes) -> int | None:
    """The size the ``data`` chunk header declares, or None when the header is cut off."""
    pos = 12
    while pos + 8 <= len(head):
        chunk, length = head[pos : pos + 4], int.from_bytes(head[pos + 4 : pos + 8], "little")
        if chunk == b"data":
            return length
        pos += 8 + length + (length & 1)
    return None
