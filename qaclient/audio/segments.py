"""Speech/silence segments, holds, talk-over and talk ratio of a call recording.

Advisory marks for the inspector — never scores.  The method (all thresholds are fields
of :class:`SegmentParams`; docs/audio-analysis.md explains each one):

1. The recording is streamed in blocks and cut into 20 ms frames; each frame's energy per
   channel is its mean square in dBFS.  Only these energies (50 per second per channel)
   are kept, so an hour-long call needs a few MB.
2. Noise floor per channel, adaptive: the 10th percentile of frame energies in each 10 s
   window, then the minimum over the window and its two neighbours on either side
   ("minimum statistics"), so it follows slow changes of line noise but not speech;
   capped so that long hold music does not become the floor.
3. Speech frames by hysteresis: a run of frames above ``floor + off_margin_db`` is active
   if it reaches ``floor + on_margin_db`` somewhere (and never below
   ``min_on_db``).  Gaps shorter than ``min_silence_ms`` are bridged (pauses between
   words), active runs shorter than ``min_speech_ms`` dropped (clicks).
4. Active runs of at least ``music_min_ms`` whose low-energy-frame ratio (the share of
   frames below half the mean amplitude of their 1 s neighbourhood) is under
   ``music_max_low_ratio`` are continuous sound — hold music, tones — not speech: speech
   pauses between syllables and words, music does not.
5. Stereo: the agent channel is given by the caller.  Long silences: both channels without
   speech for ``long_silence_ms``.  Holds: after the agent has spoken, stretches of at
   least ``hold_min_ms`` with no agent speech and no customer speech beyond short bursts
   (``hold_customer_burst_ms`` each, ``hold_customer_share`` in total: "hello, are you
   still there?"); flagged when longer than ``long_hold_ms`` (2 minutes, the rubric item).
   Talk-over: both channels speaking at once for at least ``talk_over_min_ms``; the
   interrupter is the party whose speech started while the other was already speaking
   (none when both started within ``simultaneous_ms``).
6. Stereo cross-talk: stretches where a channel only carries the other party's voice
   ``crosstalk_db`` down (echo, a leaky headset) are not that party's speech.
7. Mono: speech/silence, long silences and holds (no speech at all) only.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from qaclient import paths
from qaclient.audio.cache import touch, write_atomic
from qaclient.audio.reader import AudioInfo, cache_key, iter_bucket_stats, open_audio

CACHE_VERSION = 1


@dataclass(frozen=True)
class SegmentParams:
    """Every threshold of the detection (see the module docstring and docs/audio-analysis.md)."""

    frame_ms: int = 20
    floor_window_s: float = 10.0
    floor_percentile: float = 10.0
    floor_neighbours: int = 2
    floor_min_db: float = -80.0
    floor_max_db: float = -45.0
    floor_cap_margin_db: float = 3.0
    on_margin_db: float = 12.0
    off_margin_db: float = 6.0
    min_on_db: float = -50.0
    min_speech_ms: int = 120
    min_silence_ms: int = 300
    music_min_ms: int = 3000
    music_max_low_ratio: float = 0.12
    long_silence_ms: int = 5000
    hold_min_ms: int = 10000
    long_hold_ms: int = 120000
    hold_customer_burst_ms: int = 2500
    hold_customer_share: float = 0.15
    talk_over_min_ms: int = 500
    simultaneous_ms: int = 150
    same_channel_db: float = 1.0
    crosstalk_db: float = 20.0
    crosstalk_min_ms: int = 250

    def digest(self) -> str:
        return hashlib.blake2b(
            json.dumps(asdict(self), sort_keys=True).encode(), digest_size=8
        ).hexdigest()


@dataclass(frozen=True)
class Span:
    """A stretch of a recording in milliseconds, ``start_ms`` inclusive, ``end_ms`` exclusive."""

    start_ms: int
    end_ms: int

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass
class ChannelActivity:
    """Speech and continuous sound (music, tones) on one channel."""

    channel: int
    role: str  # "agent", "customer" or "mono"
    speech: list[Span]
    sound: list[Span]
    noise_floor_db: float  # median of the adaptive floor, for the inspector's information

    @property
    def speech_ms(self) -> int:
        return sum(s.duration_ms for s in self.speech)


@dataclass(frozen=True)
class Hold:
    """No agent speech (and at most brief customer speech) for ``hold_min_ms`` or more."""

    start_ms: int
    end_ms: int
    long: bool  # longer than long_hold_ms (2 minutes)
    music: bool  # continuous sound (hold music) over at least half of it
    ends_call: bool  # the call ends during the hold (customer hung up, or agent never came back)

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class TalkOver:
    """Both parties speaking at once; ``interrupter`` is "agent", "customer" or None."""

    start_ms: int
    end_ms: int
    interrupter: str | None
    interrupter_channel: int | None

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass
class Segments:
    """Everything detected in one recording.  Positions in milliseconds from its start."""

    file: str
    samplerate: int
    channels: int
    duration_ms: int
    stereo: bool  # analysed as two parties (False for mono, or stereo with identical channels)
    agent_channel: int | None
    activity: list[ChannelActivity]
    silences: list[Span]  # long silences: no speech on any channel
    holds: list[Hold]
    talk_overs: list[TalkOver]
    params: SegmentParams
    notes: list[str] = field(default_factory=list)
    cached: bool = False

    def _role_ms(self, role: str) -> int:
        return sum(a.speech_ms for a in self.activity if a.role == role)

    @property
    def agent_talk_ms(self) -> int:
        return self._role_ms("agent")

    @property
    def customer_talk_ms(self) -> int:
        return self._role_ms("customer")

    @property
    def talk_ratio(self) -> float | None:
        """Agent speech / (agent + customer speech); None for mono or when nobody speaks."""
        a, c = self.agent_talk_ms, self.customer_talk_ms
        return round(a / (a + c), 4) if self.stereo and a + c else None

    @property
    def long_holds(self) -> list[Hold]:
        return [h for h in self.holds if h.long]

    def to_json(self) -> dict:
        """The ``qaclient segments --json`` document."""

        def spans(items: list[Span]) -> list[dict]:
            return [
                {"start_ms": s.start_ms, "end_ms": s.end_ms, "duration_ms": s.duration_ms}
                for s in items
            ]

        return {
            "file": self.file,
            "samplerate": self.samplerate,
            "channels": self.channels,
            "duration_ms": self.duration_ms,
            "stereo": self.stereo,
            "agent_channel": self.agent_channel,
            "talk": {
                "agent_ms": self.agent_talk_ms if self.stereo else None,
                "customer_ms": self.customer_talk_ms if self.stereo else None,
                "speech_ms": None if self.stereo else sum(a.speech_ms for a in self.activity),
                "talk_over_ms": sum(t.duration_ms for t in self.talk_overs),
                "silence_ms": sum(s.duration_ms for s in self.silences),
                "agent_ratio": self.talk_ratio,
            },
            "channels_activity": [
                {
                    "channel": a.channel,
                    "role": a.role,
                    "noise_floor_db": round(a.noise_floor_db, 1),
                    "speech_ms": a.speech_ms,
                    "speech": spans(a.speech),
                    "sound": spans(a.sound),
                }
                for a in self.activity
            ],
            "silences": spans(self.silences),
            "holds": [
                {
                    "start_ms": h.start_ms,
                    "end_ms": h.end_ms,
                    "duration_ms": h.duration_ms,
                    "long": h.long,
                    "music": h.music,
                    "ends_call": h.ends_call,
                }
                for h in self.holds
            ],
            "long_holds": len(self.long_holds),
            "talk_overs": [
                {
                    "start_ms": t.start_ms,
                    "end_ms": t.end_ms,
                    "duration_ms": t.duration_ms,
                    "interrupter": t.interrupter,
                    "interrupter_channel": t.interrupter_channel,
                }
                for t in self.talk_overs
            ],
            "interruptions": {
                "agent": sum(1 for t in self.talk_overs if t.interrupter == "agent"),
                "customer": sum(1 for t in self.talk_overs if t.interrupter == "customer"),
            },
            "notes": self.notes,
            "params": asdict(self.params),
            "cached": self.cached,
        }


# --------------------------------------------------------------------------- frame level


def frame_energies(
    path: str | os.PathLike[str],
    frame_ms: int = 20,
    progress: Callable[[float], object] | None = None,
) -> tuple[AudioInfo, int, np.ndarray]:
    """Stream ``path``: (info, samples per frame, energies in dBFS, shape (channels, frames)).

    ``progress`` gets the fraction read after each block (raise from it to stop).
    """
    with open_audio(path) as f:
        info = AudioInfo(str(path), f.samplerate, f.channels, f.frames, f.format, f.subtype)
        fs = max(1, round(f.samplerate * frame_ms / 1000))
        n = f.frames // fs
        out = np.full((f.channels, n), -100.0, dtype=np.float32)
        for st in iter_bucket_stats(f, path, fs, n, tail_into_last=False, minmax=False):
            ms = st.sumsq / (fs * 32768.0 * 32768.0)
            out[:, st.start : st.start + len(ms)] = (10 * np.log10(ms + 1e-10)).T
            if progress is not None:
                progress((st.start + len(ms)) / n)
    return info, fs, out


def noise_floor(energy: np.ndarray, frames_per_window: int, p: SegmentParams) -> np.ndarray:
    """Adaptive noise floor (dBFS) per frame: windowed low percentile, then minimum over neighbours."""
    n = len(energy)
    if n == 0:
        return energy.copy()
    w = max(1, frames_per_window)
    nw = -(-n // w)
    padded = np.full(nw * w, np.nan, dtype=np.float32)
    padded[:n] = energy
    per = np.nanpercentile(padded.reshape(nw, w), p.floor_percentile, axis=1)
    k = p.floor_neighbours
    ext = np.concatenate([np.full(k, np.inf), per, np.full(k, np.inf)])
    mins = np.min(np.lib.stride_tricks.sliding_window_view(ext, 2 * k + 1), axis=1)
    # The cap keeps a long stretch of hold music from becoming "the floor", but lets the
    # floor follow a genuinely noisy line: it is at least the channel's quietest level.
    cap = max(p.floor_max_db, float(np.percentile(energy, 5)) + p.floor_cap_margin_db)
    mins = np.clip(mins, p.floor_min_db, cap)
    return np.repeat(mins, w)[:n].astype(np.float32)


def _runs(mask: np.ndarray) -> np.ndarray:
    """Start/end (exclusive) frame indices of the True runs of ``mask``, shape (runs, 2)."""
    m = np.concatenate([[False], mask.astype(bool), [False]])
    d = np.flatnonzero(np.diff(m.astype(np.int8)))
    return d.reshape(-1, 2)


def _bridge_and_drop(runs: np.ndarray, min_gap: int, min_len: int) -> np.ndarray:
    if len(runs) == 0:
        return runs
    keep = [list(runs[0])]
    for s, e in runs[1:]:
        if s - keep[-1][1] < min_gap:
            keep[-1][1] = e
        else:
            keep.append([s, e])
    arr = np.array(keep, dtype=np.int64).reshape(-1, 2)
    return arr[(arr[:, 1] - arr[:, 0]) >= min_len]


def low_energy_ratio(energy_db: np.ndarray, frames_per_s: int) -> float:
    """Share of frames below half the mean amplitude of their 1 s neighbourhood (speech: high)."""
    amp = np.power(10.0, energy_db.astype(np.float64) / 20)
    w = max(1, frames_per_s)
    if len(amp) < w:
        return 1.0
    kernel = np.ones(w) / w
    local = np.convolve(amp, kernel, mode="same")
    return float(np.mean(amp < 0.5 * local))


def detect_activity(
    energy: np.ndarray, frame_ms: float, p: SegmentParams, other: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, float, np.ndarray]:
    """Speech runs and continuous-sound runs (frame indices) of one channel, its median floor,
    and the mask of frames discarded as cross-talk.

    ``other``: the energies of the other channel of a stereo call.  Audible frames at least
    ``crosstalk_db`` below it are the other party's voice leaking in (echo, cross-talk)
    when they form a stretch of ``crosstalk_min_ms`` or more (gaps under 150 ms bridged);
    the brief dips of a party's own speech under the other's loud syllables stay speech.
    """
    fpw = round(p.floor_window_s * 1000 / frame_ms)
    floor = noise_floor(energy, fpw, p)
    on = np.maximum(floor + p.on_margin_db, p.min_on_db)
    off = on - (p.on_margin_db - p.off_margin_db)
    above_off = energy >= off
    leak = np.zeros(len(energy), dtype=bool)
    if other is not None:
        cand = above_off & (energy <= other - p.crosstalk_db)
        leak_runs = _bridge_and_drop(
            _runs(cand), round(150 / frame_ms), round(p.crosstalk_min_ms / frame_ms)
        )
        leak = _mask(leak_runs, len(energy)) & above_off
        above_off &= ~leak
    runs = _runs(above_off)
    if len(runs):
        # keep the runs that reach the "on" threshold somewhere (hysteresis)
        cums = np.concatenate([[0], np.cumsum(energy >= on)])
        runs = runs[(cums[runs[:, 1]] - cums[runs[:, 0]]) > 0]
    runs = _bridge_and_drop(
        runs, round(p.min_silence_ms / frame_ms), round(p.min_speech_ms / frame_ms)
    )
    fps = round(1000 / frame_ms)
    speech, sound = [], []
    for s, e in runs:
        if (e - s) * frame_ms >= p.music_min_ms and low_energy_ratio(
            energy[s:e], fps
        ) < p.music_max_low_ratio:
            sound.append((s, e))
        else:
            speech.append((s, e))
    as_arr = lambda x: np.array(x, dtype=np.int64).reshape(-1, 2)  # noqa: E731
    median_floor = float(np.median(floor)) if len(floor) else p.floor_min_db
    return as_arr(speech), as_arr(sound), median_floor, leak


# --------------------------------------------------------------------------- call level


def _mask(runs: np.ndarray, n: int) -> np.ndarray:
    m = np.zeros(n, dtype=bool)
    for s, e in runs:
        m[s:e] = True
    return m


def _cache_file(key: str, agent_channel: int, p: SegmentParams) -> Path:
    return (
        paths.cache_dir("segments") / f"{key}-a{agent_channel}-{p.digest()}-v{CACHE_VERSION}.json"
    )


def _from_json(data: dict, p: SegmentParams) -> Segments:
    def spans(items: list[dict]) -> list[Span]:
        return [Span(d["start_ms"], d["end_ms"]) for d in items]

    return Segments(
        file=data["file"],
        samplerate=data["samplerate"],
        channels=data["channels"],
        duration_ms=data["duration_ms"],
        stereo=data["stereo"],
        agent_channel=data["agent_channel"],
        activity=[
            ChannelActivity(
                a["channel"], a["role"], spans(a["speech"]), spans(a["sound"]), a["noise_floor_db"]
            )
            for a in data["channels_activity"]
        ],
        silences=spans(data["silences"]),
        holds=[
            Hold(h["start_ms"], h["end_ms"], h["long"], h["music"], h["ends_call"])
            for h in data["holds"]
        ],
        talk_overs=[
            TalkOver(t["start_ms"], t["end_ms"], t["interrupter"], t["interrupter_channel"])
            for t in data["talk_overs"]
        ],
        params=p,
        notes=list(data["notes"]),
        cached=True,
    )


def analyse(
    path: str | os.PathLike[str],
    *,
    agent_channel: int = 0,
    content_hash: str | None = None,
    params: SegmentParams | None = None,
    use_cache: bool = True,
    progress: Callable[[float], object] | None = None,
) -> Segments:
    """Detect speech, silences, holds and talk-over in ``path`` (raises :class:`AudioError`).

    ``agent_channel``: which channel of a stereo recording carries the agent (the library
    knows it per call); ignored for mono.  Results are cached like the waveform overview.
    ``progress`` receives the fraction of the recording read so far (0..1).
    """
    p = params or SegmentParams()
    if agent_channel not in (0, 1):
        raise ValueError(f"agent channel must be 0 or 1, got {agent_channel!r}")
    key = None
    if use_cache:
        key = cache_key(path, content_hash)
        file = _cache_file(key, agent_channel, p)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            seg = _from_json(data, p)
            seg.file = str(path)
            touch(file)
            return seg
        except (OSError, ValueError, KeyError, TypeError):
            pass
    info, fs, energy = frame_energies(path, p.frame_ms, progress)
    seg = _analyse_energies(str(path), info, fs, energy, agent_channel, p)
    if use_cache and key is not None:
        text = json.dumps(seg.to_json()).encode("utf-8")
        write_atomic(_cache_file(key, agent_channel, p), lambda fh: fh.write(text))
    return seg


def _analyse_energies(
    file: str, info: AudioInfo, fs: int, energy: np.ndarray, agent_channel: int, p: SegmentParams
) -> Segments:
    sr = info.samplerate
    frame_ms = fs * 1000 / sr
    n = energy.shape[1]
    notes: list[str] = []

    def ms(frame: int) -> int:
        return round(frame * fs * 1000 / sr)

    stereo = info.channels >= 2
    if info.channels > 2:
        notes.append(f"{info.channels} channels: only channels 0 and 1 were analysed")
    if stereo:
        loud = (energy[0] > p.min_on_db) | (energy[1] > p.min_on_db)
        if (
            loud.any()
            and np.mean(np.abs(energy[0][loud] - energy[1][loud]) < p.same_channel_db) > 0.98
        ):
            stereo = False
            notes.append(
                "both channels carry the same audio: analysed as mono (parties cannot be told apart)"
            )
    if stereo:
        customer_channel = 1 - agent_channel
        chans = [(agent_channel, "agent"), (customer_channel, "customer")]
        chans.sort()
    else:
        mono = energy[0] if info.channels == 1 else energy[:2].max(axis=0)
        chans = [(0, "mono")]
    activity: list[ChannelActivity] = []
    runs_by_role: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    detected = {}
    for c, _role in chans:
        if stereo:
            # the other party's voice leaking in (echo, cross-talk) is not this party's speech
            detected[c] = detect_activity(energy[c], frame_ms, p, other=energy[1 - c])
            leak_ms = round(float(np.count_nonzero(detected[c][3])) * frame_ms)
            if leak_ms >= 1000:
                notes.append(
                    f"channel {c}: {leak_ms / 1000:.1f} s of the other party's voice leaking in "
                    "(echo/cross-talk) was not counted as speech"
                )
        else:
            detected[c] = detect_activity(mono, frame_ms, p)
    for c, role in chans:
        speech, sound, floor, _ = detected[c]
        runs_by_role[role] = (speech, sound)
        activity.append(
            ChannelActivity(
                c,
                role,
                [Span(ms(s), ms(e_)) for s, e_ in speech],
                [Span(ms(s), ms(e_)) for s, e_ in sound],
                floor,
            )
        )
    if not stereo:
        speech_all = _mask(runs_by_role["mono"][0], n)
        sound_all = _mask(runs_by_role["mono"][1], n)
        agent_speech = speech_all
        customer_speech = np.zeros(n, dtype=bool)
    else:
        agent_speech = _mask(runs_by_role["agent"][0], n)
        customer_speech = _mask(runs_by_role["customer"][0], n)
        speech_all = agent_speech | customer_speech
        sound_all = _mask(runs_by_role["agent"][1], n) | _mask(runs_by_role["customer"][1], n)

    # long silences: no speech on any channel
    silences = [
        Span(ms(s), ms(e)) for s, e in _runs(~speech_all) if (e - s) * frame_ms >= p.long_silence_ms
    ]

    # holds: after the first agent speech, no agent speech and at most brief customer speech
    holds: list[Hold] = []
    agent_runs = _runs(agent_speech)
    if len(agent_runs):
        burst = round(p.hold_customer_burst_ms / frame_ms)
        breaking = agent_speech.copy()
        for s, e in _runs(customer_speech):
            if e - s > burst:
                breaking[s:e] = True
        first = agent_runs[0][1]
        cand = ~breaking
        cand[:first] = False
        for s, e in _runs(cand):
            if (e - s) * frame_ms < p.hold_min_ms:
                continue
            if customer_speech[s:e].mean() > p.hold_customer_share:
                continue
            music = bool(sound_all[s:e].mean() >= 0.5)
            ends_call = not bool(agent_speech[e:].any())
            if ends_call and not music:
                # Silence running on to the end of the recording is the call winding down
                # (after the goodbye) unless there is hold music; it is still listed as a
                # long silence.
                continue
            holds.append(
                Hold(
                    ms(s),
                    ms(e),
                    long=bool((e - s) * frame_ms > p.long_hold_ms),
                    music=music,
                    ends_call=ends_call,
                )
            )

    talk_overs: list[TalkOver] = []
    if stereo:
        a_runs, c_runs = runs_by_role["agent"][0], runs_by_role["customer"][0]
        both = agent_speech & customer_speech
        sim = round(p.simultaneous_ms / frame_ms)
        for s, e in _runs(both):
            if (e - s) * frame_ms < p.talk_over_min_ms:
                continue
            a_start = a_runs[(a_runs[:, 0] <= s) & (a_runs[:, 1] > s)][0, 0]
            c_start = c_runs[(c_runs[:, 0] <= s) & (c_runs[:, 1] > s)][0, 0]
            if abs(int(a_start) - int(c_start)) <= sim:
                who, ch = None, None
            elif a_start > c_start:
                who, ch = "agent", agent_channel
            else:
                who, ch = "customer", 1 - agent_channel
            talk_overs.append(TalkOver(ms(s), ms(e), who, ch))

    return Segments(
        file=file,
        samplerate=sr,
        channels=info.channels,
        duration_ms=info.duration_ms,
        stereo=stereo,
        agent_channel=agent_channel if stereo else None,
        activity=activity,
        silences=silences,
        holds=holds,
        talk_overs=talk_overs,
        params=p,
        notes=notes,
    )
