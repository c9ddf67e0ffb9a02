#!/usr/bin/env python3
"""Synthesise the demo calls in ``resources/demo/`` from the scripts in ``resources/demo/scripts/``.

Run once by a developer (the output is committed; the app never runs espeak-ng):

    python tools/make_demo_calls.py            # all scripts
    python tools/make_demo_calls.py DEMO-ZH-02 # one call
    python tools/make_demo_calls.py --csv-only # rewrite calls.csv, keep the audio

Needs ``espeak-ng`` (speech) and ``sox`` (resampling to 8 kHz with a telephone band-pass).

Script format (one file per call, UTF-8)::

    # comment lines
    key: value            header: call_id, title, lang (zh|en), agent, agent_name, team,
                          queue, direction, start (ISO 8601), complaint (0|1),
                          agent_channel (0|1), caller, note
    A: text               an agent turn, starting 0.5 s after the previous turn ends
    C: text               a customer turn
    A +2.0: text          ... starting 2.0 s after the previous turn ends (a gap)
    C ~1.2: text          ... starting 1.2 s BEFORE the previous turn ends (talk-over: the
                          speaker of this line interrupts)
    HOLD 130              130 s of silence on both channels (a customer on hold)

Each speaker is placed on its own channel (agent on ``agent_channel``), so the recordings
look like a real two-channel call-centre recording.  Output: 8 kHz stereo OGG/Vorbis
(speech costs ~2.3 kB/s; digital silence almost nothing, so the 2 min 10 s hold is kept as
real silence rather than shortened) plus ``resources/demo/calls.csv``, the metadata
sidecar the library importer reads.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
SCRIPTS = DEMO / "scripts"
RATE = 8000
DEFAULT_GAP = 0.5

#: espeak-ng voice per (language, speaker): the agent female, the customer male, so the
#: two channels sound different even with one synthesiser.
VOICES = {
    ("zh", "A"): ["-v", "cmn+f3", "-s", "165", "-p", "55"],
    ("zh", "C"): ["-v", "cmn+m3", "-s", "170", "-p", "40"],
    ("en", "A"): ["-v", "en-us+f3", "-s", "160", "-p", "55"],
    ("en", "C"): ["-v", "en-us+m3", "-s", "165", "-p", "40"],
}

#: Columns of the metadata sidecar (``calls.csv``), in order.
CSV_COLUMNS = [
    "call_id",
    "file",
    "agent",
    "agent_name",
    "team",
    "queue",
    "direction",
    "start",
    "duration",
    "caller",
    "complaint",
    "agent_channel",
    "notes",
]

TURN = re.compile(r"^(?P<who>[AC])\s*(?:(?P<op>[+~])(?P<sec>\d+(?:\.\d+)?))?\s*:\s*(?P<text>.+)$")


@dataclass
class Turn:
    who: str  # "A" agent | "C" customer | "HOLD"
    text: str = ""
    gap: float = DEFAULT_GAP  # seconds after the previous turn's end (negative = overlap)


@dataclass
class Script:
    path: Path
    header: dict[str, str] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)


def parse_script(path: Path) -> Script:
    """Parse one script file; errors name the file and line."""
    script = Script(path)
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("HOLD"):
            try:
                seconds = float(line.split()[1])
            except (IndexError, ValueError):
                raise SystemExit(f"{path}:{lineno}: HOLD needs seconds, e.g. 'HOLD 130'") from None
            script.turns.append(Turn("HOLD", gap=seconds))
            continue
        m = TURN.match(line)
        if m:
            sec = float(m["sec"] or DEFAULT_GAP)
            gap = -sec if m["op"] == "~" else (sec if m["op"] == "+" else DEFAULT_GAP)
            script.turns.append(Turn(m["who"], m["text"].strip(), gap))
            continue
        key, sep, value = line.partition(":")
        if sep and re.fullmatch(r"[a-z_]+", key.strip()):
            script.header[key.strip()] = value.strip()
            continue
        raise SystemExit(f"{path}:{lineno}: cannot read this line: {raw!r}")
    for key in ("call_id", "lang", "agent", "agent_channel", "direction", "start"):
        if key not in script.header:
            raise SystemExit(f"{path}: header '{key}:' is missing")
    return script


def synthesise(text: str, lang: str, who: str, tmp: Path) -> np.ndarray:
    """Speak *text* with espeak-ng and return 8 kHz telephone-band mono float32 samples."""
    raw = tmp / "raw.wav"
    tel = tmp / "tel.wav"
    subprocess.run(["espeak-ng", *VOICES[(lang, who)], "-w", str(raw), text], check=True)
    subprocess.run(
        [
            "sox",
            str(raw),
            "-r",
            str(RATE),
            "-b",
            "16",
            str(tel),
            "highpass",
            "300",
            "lowpass",
            "3400",
            "gain",
            "-n",
            "-4",
        ],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    data, rate = sf.read(tel, dtype="float32")
    assert rate == RATE
    # espeak pads each utterance with silence; trim it so the gaps in the script are real.
    voiced = np.flatnonzero(np.abs(data) > 0.01)
    if voiced.size:
        data = data[max(0, voiced[0] - 80) : voiced[-1] + 160]
    return data


def render(script: Script, tmp: Path) -> np.ndarray:
    """Lay the turns out on a two-channel timeline (agent on ``agent_channel``)."""
    lang = script.header["lang"]
    agent_channel = int(script.header["agent_channel"])
    placed: list[tuple[int, int, np.ndarray]] = []  # (channel, start sample, samples)
    cursor = 0.3  # seconds: a little line noise before the first word
    for turn in script.turns:
        if turn.who == "HOLD":
            cursor += turn.gap
            continue
        start = max(0.0, cursor + turn.gap) if placed else cursor
        samples = synthesise(turn.text, lang, turn.who, tmp)
        channel = agent_channel if turn.who == "A" else 1 - agent_channel
        placed.append((channel, int(start * RATE), samples))
        cursor = start + len(samples) / RATE
    total = max(s + len(x) for _, s, x in placed) + int(0.6 * RATE)
    out = np.zeros((total, 2), dtype=np.float32)
    for channel, start, samples in placed:
        out[start : start + len(samples), channel] += samples
    # No added line hiss: a muted hold is digital silence in most recorders, and silence
    # costs next to nothing to store.
    return np.clip(out, -1.0, 1.0)


def write_ogg(path: Path, data: np.ndarray) -> None:
    """Write in chunks: one big ``sf.write`` of a long OGG/Vorbis file crashes libvorbis."""
    with sf.SoundFile(
        path, "w", RATE, 2, format="OGG", subtype="VORBIS", compression_level=0.9
    ) as f:
        for i in range(0, len(data), RATE * 10):
            f.write(data[i : i + RATE * 10])


def main(argv: list[str]) -> int:
    csv_only = "--csv-only" in argv
    wanted = set(argv) - {"--csv-only"}
    scripts = [parse_script(p) for p in sorted(SCRIPTS.glob("*.txt"))]
    rows = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for script in scripts:
            h = script.header
            name = f"{h['call_id']}.ogg"
            if not csv_only and (not wanted or h["call_id"] in wanted):
                data = render(script, tmp)
                write_ogg(DEMO / name, data)
                print(
                    f"{name}: {len(data) / RATE:.1f} s, {(DEMO / name).stat().st_size / 1024:.0f} kB"
                )
            info = sf.info(DEMO / name)
            rows.append(
                {
                    "call_id": h["call_id"],
                    "file": name,
                    "agent": h["agent"],
                    "agent_name": h.get("agent_name", ""),
                    "team": h.get("team", ""),
                    "queue": h.get("queue", ""),
                    "direction": h["direction"],
                    "start": h["start"],
                    "duration": f"{info.duration:.2f}",
                    "caller": h.get("caller", ""),
                    "complaint": h.get("complaint", "0"),
                    "agent_channel": h["agent_channel"],
                    # the title makes the demo calls findable by free-text search
                    "notes": " — ".join(x for x in (h.get("title", ""), h.get("note", "")) if x),
                }
            )
    with open(DEMO / "calls.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    total = sum((DEMO / r["file"]).stat().st_size for r in rows)
    print(f"{len(rows)} calls, {total / 1024:.0f} kB of audio; metadata in {DEMO / 'calls.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
