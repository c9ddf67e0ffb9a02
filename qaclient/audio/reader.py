"""Streaming access to recordings: opening with clear errors, fingerprints, block statistics.

Every analysis in :mod:`qaclient.audio` reads a recording the same way: in fixed-size
blocks of 16-bit integers (libsndfile converts any format to ``int16``; reading floats is
several times slower), into buffers allocated once, so an hour-long call never has to fit
in memory.  :func:`iter_bucket_stats` turns that stream into per-bucket statistics
(minimum, maximum, sum of squares per channel) — the waveform overview uses buckets of one
display column, speech detection buckets of one 20 ms analysis frame.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from qaclient.messages import Message, msg

#: Target size of one int16 read block in bytes.  Large enough that per-block Python
#: overhead vanishes, small enough that the block and its float32 copy stay in cache.
BLOCK_BYTES = 2 * 1024 * 1024


class AudioError(Exception):
    """A recording cannot be analysed: ``str()`` says which file and why."""

    def __init__(self, path: str | os.PathLike[str], reason: Message | str):
        super().__init__(str(path), reason)
        self.path = str(path)
        self.problem = reason

    @property
    def reason(self) -> str:
        """Why, in the reader's language (rendered when read)."""
        return str(self.problem)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class AudioInfo:
    """What soundfile tells about a recording before any sample is read."""

    path: str
    samplerate: int
    channels: int
    frames: int
    format: str
    subtype: str

    @property
    def duration_ms(self) -> int:
        return round(self.frames * 1000 / self.samplerate) if self.samplerate else 0

    @property
    def duration(self) -> float:
        """Duration in seconds."""
        return self.frames / self.samplerate if self.samplerate else 0.0


#: libsndfile's own (English) reasons, in the reader's words.
_SNDFILE_REASONS = {
    "format not recognised": "audio-sndfile-format",
    "could not open file": "audio-sndfile-cannot-open",
    "system error": "audio-sndfile-system-error",
    "unspecified internal error": "audio-sndfile-internal-error",
    "file contains data in an unknown format": "audio-sndfile-format",
    "file contains data in an unimplemented format": "audio-sndfile-format",
}


def _reason(exc: Exception) -> Message | str:
    text = str(exc)
    # libsndfile messages look like "Error opening 'x.wav': Format not recognised."
    if "': " in text:
        text = text.split("': ", 1)[1]
    text = text.strip()
    key = text.rstrip(".").strip("()").lower()
    if key in _SNDFILE_REASONS:
        return msg(_SNDFILE_REASONS[key])
    return text or type(exc).__name__


def check_file(path: str | os.PathLike[str]) -> int:
    """The size of ``path``, or an :class:`AudioError` saying why it cannot be read.

    Only regular files are recordings: opening a FIFO blocks until someone writes to it,
    and a device such as ``/dev/zero`` never ends."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError as exc:
        raise AudioError(p, msg("audio-file-not-found")) from exc
    except OSError as exc:
        raise AudioError(p, msg("audio-cannot-read", reason=str(exc.strerror or exc))) from exc
    if stat.S_ISDIR(st.st_mode):
        raise AudioError(p, msg("audio-is-folder"))
    if not stat.S_ISREG(st.st_mode):
        raise AudioError(p, msg("audio-not-regular"))
    if not os.access(p, os.R_OK):
        raise AudioError(p, msg("audio-permission-denied"))
    return st.st_size


#: libsndfile refuses file names longer than this ("Supplied filename too long"); longer
#: paths are opened by the OS and handed over as a file descriptor instead
_LIBSNDFILE_PATH_MAX = 1000


def sound_file(path: str | os.PathLike[str], mode: str = "r", **kwargs) -> sf.SoundFile:
    """``soundfile.SoundFile(path, mode, **kwargs)`` for a path of any length."""
    name = os.fspath(path)
    if len(os.fsencode(name)) < _LIBSNDFILE_PATH_MAX:
        return sf.SoundFile(name, mode, **kwargs)
    flags = os.O_RDONLY if mode == "r" else os.O_RDWR | os.O_CREAT | os.O_TRUNC
    fd = os.open(name, flags | getattr(os, "O_BINARY", 0), 0o600)
    try:
        return sf.SoundFile(fd, mode, closefd=True, **kwargs)
    except BaseException:
        os.close(fd)
        raise


@contextmanager
def open_audio(path: str | os.PathLike[str]) -> Iterator[sf.SoundFile]:
    """Open ``path`` for reading; any failure becomes an :class:`AudioError` naming the file."""
    p = Path(path)
    size = check_file(p)
    if size == 0:
        raise AudioError(p, msg("audio-empty-file"))
    try:
        f = sound_file(p)
    except sf.SoundFileError as exc:
        raise AudioError(p, msg("audio-not-readable", reason=_reason(exc))) from exc
    except OSError as exc:
        raise AudioError(p, msg("audio-cannot-read", reason=str(exc.strerror or exc))) from exc
    try:
        if f.samplerate <= 0 or f.channels <= 0:
            raise AudioError(p, msg("audio-bad-header"))
        problem = length_problem(f, p, size)
        if problem is not None:
            raise AudioError(p, problem)
        yield f
    finally:
        f.close()


#: bytes per sample of the fixed-size encodings (anything else is compressed)
_SAMPLE_BYTES = {
    "PCM_S8": 1,
    "PCM_U8": 1,
    "PCM_16": 2,
    "PCM_24": 3,
    "PCM_32": 4,
    "FLOAT": 4,
    "DOUBLE": 8,
    "ULAW": 1,
    "ALAW": 1,
}
#: containers that store samples as they are (FLAC reports PCM_16 too, but compresses)
_PCM_CONTAINERS = frozenset({"WAV", "WAVEX", "RF64", "W64", "AIFF", "AU", "CAF", "RAW"})
#: frames decoded at the end of a recording to prove the header's length
END_CHECK_FRAMES = 1024


def declared_data_bytes(path: str | os.PathLike[str], fmt: str) -> tuple[int, int] | None:
    """(bytes of audio the header declares, bytes the file holds after the header) for WAV
    and AIFF, by walking the chunk headers; None when the header says "length unknown"
    (0 or 0xFFFFFFFF, written by recorders that stream) or the format has no such field.

    libsndfile quietly shortens a recording whose data chunk is cut off, so a truncated
    WAV looks healthy to it: only the declared size tells.
    """
    if fmt not in ("WAV", "AIFF"):
        return None
    little = fmt == "WAV"
    data_id = b"data" if little else b"SSND"
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] not in (b"RIFF", b"FORM"):
                return None  # RIFX, RF64, W64: not walked
            size = os.fstat(fh.fileno()).st_size
            pos = 12
            for _ in range(256):  # a few chunks before the audio; a loop cannot run away
                fh.seek(pos)
                chunk = fh.read(8)
                if len(chunk) < 8:
                    return None
                length = int.from_bytes(chunk[4:8], "little" if little else "big")
                if chunk[:4] == data_id:
                    if length in (0, 0xFFFFFFFF):
                        return None
                    return length, size - pos - 8
                pos += 8 + length + (length & 1)
    except OSError:
        return None
    return None


def length_problem(f: sf.SoundFile, path: str | os.PathLike[str], size: int) -> str | None:
    """Why the length *f*'s header gives cannot be true, or None when the audio is there.

    Headers lie: a FLAC's STREAMINFO can claim 2,386 hours for a 2-second file, a cut-off
    WAV still declares its full data chunk.  Three checks, cheap enough for every import:
    the data chunk a WAV/AIFF declares must be in the file; fixed-size encodings need
    ``frames x channels x sample bytes`` of the file; and the last frames the header
    promises must decode (a seek near the end and a short read).
    """
    frames, rate = f.frames, f.samplerate
    if frames <= 0:
        return None
    claimed = f"{frames / rate:,.1f} s" if rate > 0 else f"{frames} frames"
    declared = declared_data_bytes(path, f.format)
    if declared is not None and declared[0] > declared[1]:
        return str(
            msg("hostile-audio-declared-bytes", declared=declared[0], held=max(0, declared[1]))
        )
    sample_bytes = _SAMPLE_BYTES.get(f.subtype) if f.format in _PCM_CONTAINERS else None
    if sample_bytes is not None and frames * f.channels * sample_bytes > size:
        return str(msg("hostile-audio-too-long-for-file", claimed=claimed, size=size))
    n = min(frames, END_CHECK_FRAMES)
    try:
        f.seek(frames - n)
        got = f.read(n, dtype="int16", always_2d=True)
        f.seek(0)
    except (sf.SoundFileError, RuntimeError, ValueError) as exc:
        return str(msg("hostile-audio-end-undecodable", claimed=claimed, reason=_reason(exc)))
    if len(got) < n:
        return str(msg("hostile-audio-ends-early", claimed=claimed))
    return None


def probe(path: str | os.PathLike[str]) -> AudioInfo:
    """Read the header of a recording (raises :class:`AudioError`)."""
    with open_audio(path) as f:
        return AudioInfo(str(path), f.samplerate, f.channels, f.frames, f.format, f.subtype)


def fingerprint(path: str | os.PathLike[str]) -> str:
    """A fast content fingerprint for cache keys: size, mtime and 32 sampled 32 KiB chunks.

    Hashing a whole hour of audio costs more than drawing its waveform, so caches are keyed
    on this fingerprint unless the caller already knows the file's content hash (the
    recording library stores a SHA-256 per call).  The modification time is part of it so
    that in-place edits of the same size (e.g. redaction tools that silence a card number)
    are never served a stale cache; a copy with a new mtime simply misses the cache once.
    """
    p = Path(path)
    st = p.stat()
    h = hashlib.blake2b(digest_size=20)
    h.update(f"qaclient-fp1:{st.st_size}:{st.st_mtime_ns}".encode())
    chunk = 32 * 1024
    with p.open("rb") as fh:
        if st.st_size <= 32 * chunk:
            h.update(fh.read())
        else:
            last = st.st_size - chunk
            for i in range(32):
                fh.seek(last * i // 31)
                h.update(fh.read(chunk))
    return "fp1-" + h.hexdigest()


def cache_key(path: str | os.PathLike[str], content_hash: str | None) -> str:
    """The cache key of a recording: its known content hash, else :func:`fingerprint`."""
    if content_hash:
        safe = "".join(ch for ch in content_hash.lower() if ch.isalnum() or ch in "-_")
        if not safe:
            raise ValueError(f"unusable content hash {content_hash!r}")
        return "h-" + safe[:128]
    check_file(path)
    try:
        return fingerprint(path)
    except OSError as exc:
        raise AudioError(path, msg("audio-cannot-read", reason=str(exc.strerror or exc))) from exc


@dataclass
class BucketStats:
    """Statistics of consecutive buckets ``start .. start+len-1``; arrays are (buckets, channels)."""

    start: int
    min: np.ndarray | None  # int16
    max: np.ndarray | None  # int16
    sumsq: np.ndarray  # float64, sum of squared int16 samples
    count: np.ndarray  # int64, samples per channel in each bucket


#: int16 samples are stored little-endian in memory (numpy native order), so the stereo
#: de-interleave trick below applies; checked once rather than assumed.
_LITTLE_ENDIAN_INT16 = bool(np.array([1, 2], dtype=np.int16).view(np.int32)[0] == 1 + (2 << 16))


def _reduce(
    block: np.ndarray, nb: int, spb: int, dbuf: np.ndarray, wbuf: np.ndarray, minmax: bool
) -> tuple[np.ndarray | None, np.ndarray | None, np.ndarray]:
    """Per-bucket min/max/sum of squares of ``nb`` buckets of ``spb`` interleaved frames.

    Returns arrays of shape (buckets, channels).  Reducing the interleaved block as
    ``(buckets, spb, channels)`` over the middle axis is slow (numpy's inner loop then runs
    over ``channels`` elements only), and strided per-channel views do not vectorise
    either.  So the block is first de-interleaved into a channel-major buffer (one strided
    copy of a block that is still in cache), after which every reduction runs over
    contiguous rows of ``spb`` samples, whatever ``spb`` is.  The sum of squares goes
    through float32 dot products; int16 squares would overflow int32.
    """
    ch = block.shape[1]
    n = nb * spb
    if ch == 1:
        d = block.reshape(1, n)
    elif ch == 2 and _LITTLE_ENDIAN_INT16:
        # A stereo frame is one 32-bit word: channel 0 in the low half, channel 1 in the
        # high half.  Two contiguous vectorised passes (truncating cast; arithmetic shift
        # then cast) de-interleave it twice as fast as a strided copy.  The float32 buffer
        # serves as scratch space: it is overwritten just below.
        d = dbuf[:, :n]
        words = block.reshape(-1).view(np.int32)
        scratch = wbuf.reshape(-1)[:n].view(np.int32)
        np.copyto(d[0], words, casting="unsafe")
        np.right_shift(words, 16, out=scratch)
        np.copyto(d[1], scratch, casting="unsafe")
    else:
        d = dbuf[:, :n]
        np.copyto(d, block.T)
    v = d.reshape(ch, nb, spb)
    mn = mx = None
    if minmax:
        mn = v.min(axis=2).T
        mx = v.max(axis=2).T
    w = wbuf[:, :n]
    np.copyto(w, d, casting="unsafe")
    rows = w.reshape(ch * nb, spb)
    # a batch of dot products (BLAS) beats einsum and square-then-sum
    ss = np.matmul(rows[:, None, :], rows[:, :, None]).reshape(ch, nb).T.astype(np.float64)
    return mn, mx, ss


def _read_exact(
    f: sf.SoundFile, path: str | os.PathLike[str], out: np.ndarray, pos: int
) -> np.ndarray:
    """Read ``len(out)`` frames or raise an :class:`AudioError` saying where decoding stopped."""
    try:
        got = f.read(len(out), dtype="int16", out=out)
    except sf.SoundFileError as exc:
        try:
            at = max(pos, f.tell()) / f.samplerate
        except sf.SoundFileError:
            at = pos / f.samplerate
        raise AudioError(
            path, msg("audio-cannot-decode", at=f"{at:.1f}", reason=_reason(exc))
        ) from exc
    if len(got) < len(out):
        end = (pos + len(got)) / f.samplerate
        raise AudioError(
            path,
            msg("audio-truncated", end=f"{end:.1f}", declared=f"{f.frames / f.samplerate:.1f}"),
        )
    return got


def iter_bucket_stats(
    f: sf.SoundFile,
    path: str | os.PathLike[str],
    spb: int,
    nbuckets: int,
    *,
    tail_into_last: bool = True,
    minmax: bool = True,
    block_bytes: int | None = None,
) -> Iterator[BucketStats]:
    """Stream ``f`` from its start and yield statistics of ``nbuckets`` buckets of ``spb`` frames.

    Blocks hold a whole number of buckets when a bucket fits in ``block_bytes``; longer
    buckets are read in several blocks and accumulated.  With ``tail_into_last`` the frames
    after ``nbuckets * spb`` (fewer than one extra bucket for an overview) are folded into
    the last bucket, so the whole file is covered.  Memory use is three block buffers
    (the int16 read, its de-interleaved copy, and float32 for the sums of squares).
    """
    ch = f.channels
    frame_bytes = 2 * ch
    target = max(1, (block_bytes or BLOCK_BYTES) // frame_bytes)
    if spb <= 0 or nbuckets <= 0:
        return
    per = max(1, target // spb)
    buf_frames = per * spb if spb <= target else -(-spb // -(-spb // target))
    buf = np.empty((buf_frames, ch), dtype=np.int16)
    dbuf = np.empty((ch, buf_frames), dtype=np.int16) if ch > 1 else buf.reshape(1, -1)
    wbuf = np.empty((ch, buf_frames), dtype=np.float32)
    pos = 0
    tail = max(0, f.frames - nbuckets * spb) if tail_into_last else 0

    def piece(start: int, n: int) -> tuple[np.ndarray | None, np.ndarray | None, np.ndarray]:
        nonlocal pos
        got = _read_exact(f, path, buf[:n], pos)
        pos += n
        return _reduce(got, 1, n, dbuf, wbuf, minmax)

    def combine(acc: BucketStats, part: tuple) -> None:
        mn, mx, ss = part
        if minmax:
            np.minimum(acc.min[-1], mn[0], out=acc.min[-1])
            np.maximum(acc.max[-1], mx[0], out=acc.max[-1])
        acc.sumsq[-1] += ss[0]

    if spb <= target:
        col = 0
        while col < nbuckets:
            nb = min(per, nbuckets - col)
            got = _read_exact(f, path, buf[: nb * spb], pos)
            pos += nb * spb
            mn, mx, ss = _reduce(got, nb, spb, dbuf, wbuf, minmax)
            stats = BucketStats(col, mn, mx, ss, np.full((nb, ch), spb, dtype=np.int64))
            col += nb
            if col == nbuckets and tail:
                left = tail
                while left:
                    n = min(left, buf_frames)
                    combine(stats, piece(pos, n))
                    stats.count[-1] += n
                    left -= n
            yield stats
        return
    for col in range(nbuckets):
        size = spb + (tail if col == nbuckets - 1 else 0)
        stats: BucketStats | None = None
        left = size
        while left:
            n = min(left, buf_frames)
            part = piece(pos, n)
            if stats is None:
                mn, mx, ss = part
                stats = BucketStats(col, mn, mx, ss, np.full((1, ch), 0, dtype=np.int64))
            else:
                combine(stats, part)
            stats.count[-1] += n
            left -= n
        assert stats is not None
        yield stats
