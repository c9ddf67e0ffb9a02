"""Assisted scoring, measured: precision/recall of each signal and agreement of each
shipped binding on generated calls with known events, and the time of the suggestions
of a 60-minute call against the segment analysis alone.

    python bench/assist.py [--calls 2] [--minutes 60] [--runs 3]

Calls (``tests/assist/callgen.py``): random turns with interruptions by either side,
holds with and without music, long silences; every combination of clean (-60 dBFS) and
noisy (-46 dBFS) line, no echo and each party leaking 25 dB down into the other channel,
8 and 16 kHz, stereo and mono.  An event is found when a detected span overlaps it.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "assist"))

from callgen import Script  # noqa: E402

from qaclient import paths  # noqa: E402
from qaclient.assist.signals import Measurement, measure  # noqa: E402
from qaclient.assist.suggestions import _answer, suggest  # noqa: E402
from qaclient.audio.segments import analyse  # noqa: E402
from qaclient.rubrics.loader import load_file  # noqa: E402
from qaclient.rubrics.model import Measure  # noqa: E402


def random_script(rng: np.random.Generator, minutes: float = 4.0, **line) -> Script:
    """Turns of 2–7 s with 0.4–3 s gaps; now and then an interruption (1–2.5 s overlap, by
    the agent or the customer), a hold of 15–150 s (half with music) or a 6–8 s silence."""
    agent: list[tuple[float, float]] = []
    cust: list[tuple[float, float]] = []
    holds: list[tuple[float, float, bool]] = []
    t, who = 0.5, 0
    end = minutes * 60
    while t < end - 20:
        length = float(rng.uniform(2, 7))
        (agent if who == 0 else cust).append((t, t + length))
        t += length
        r = rng.random()
        if r < 0.15:  # the other party cuts in before this turn ends
            overlap = float(rng.uniform(1.0, 2.5))
            t -= overlap
            if who == 0:  # the customer interrupts; make the agent's turn run on
                a, _b = agent[-1]
                agent[-1] = (a, t + overlap)
        elif r < 0.25 and who == 0 and agent and end - t > 30:
            d = min(float(rng.uniform(15, 150)), end - t - 10)  # the agent comes back
            holds.append((t, t + d, bool(rng.random() < 0.5)))
            t += d
            agent.append((t, t + float(rng.uniform(2, 4))))  # the agent is back
            t = agent[-1][1]
        elif r < 0.32:
            t += float(rng.uniform(6, 8))  # dead air
        else:
            t += float(rng.uniform(0.4, 3))
        who = 1 - who
    return Script(end, agent=agent, customer=cust, holds=holds, **line)


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


class PR:
    def __init__(self) -> None:
        self.tp_d = self.det = self.tp_t = self.truth = 0

    def add(self, detected: list[tuple[float, float]], truth: list[tuple[float, float]]) -> None:
        self.det += len(detected)
        self.truth += len(truth)
        self.tp_d += sum(any(overlaps(d, t) for t in truth) for d in detected)
        self.tp_t += sum(any(overlaps(d, t) for d in detected) for t in truth)

    def text(self) -> str:
        p = self.tp_d / self.det if self.det else 1.0
        r = self.tp_t / self.truth if self.truth else 1.0
        return (
            f"precision {p:.3f} ({self.tp_d}/{self.det}), recall {r:.3f} ({self.tp_t}/{self.truth})"
        )


def truth_value(s: Script, m: Measure, min_ms: int | None) -> Decimal | bool | None:
    if m is Measure.AGENT_INTERRUPTIONS:
        return Decimal(len(s.agent_interruptions((min_ms or 500) / 1000)))
    holds = [h for h in s.holds if (h[1] - h[0]) * 1000 >= (min_ms or 0)]
    if m is Measure.HOLD_COUNT:
        return Decimal(len(holds))
    if not holds:
        return None
    if m is Measure.MUSIC_ON_HOLD:
        return all(h[2] for h in holds)
    if m is Measure.LONGEST_HOLD_S:
        return Decimal(str(round(max(h[1] - h[0] for h in holds), 1)))
    raise ValueError(m)


def accuracy(calls: int, seed: int) -> None:
    rubrics = [
        load_file(paths.rubrics_dir() / f)
        for f in ("inbound-call.yaml", "insurance-hotline-deductions.yaml")
    ]
    bound = [(r, i) for r in rubrics for i in r.items if i.signal is not None]
    rng = np.random.default_rng(seed)
    conditions = list(itertools.product((0.001, 0.005), (None, 25.0), (8000, 16000), (True, False)))
    pr: dict[str, PR] = {k: PR() for k in ("agent interruptions", "holds", "long silences")}
    music_ok = music_n = 0
    agree: dict[str, list[int]] = {
        f"{r.id}:{i.id}": [0, 0, 0] for r, i in bound
    }  # agree, n, mono-unavailable
    mono_int_unavailable = mono_int_n = 0
    errors: dict[str, list[float]] = {
        "agent_talk_ratio": [],
        "agent_first_words_s": [],
        "longest_silence_s": [],
        "longest_hold_s": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for k, (noise, echo, sr, stereo) in enumerate(c for c in conditions for _ in range(calls)):
            s = random_script(rng, noise=noise, echo_db=echo, samplerate=sr, stereo=stereo)
            seg = analyse(s.write(Path(tmp) / f"c{k}.wav", seed=k), use_cache=False)
            sec = lambda spans: [(a.start_ms / 1000, a.end_ms / 1000) for a in spans]  # noqa: E731
            if stereo:
                det = [
                    (t.start_ms / 1000, t.end_ms / 1000)
                    for t in seg.talk_overs
                    if t.interrupter == "agent" and t.duration_ms >= 1000
                ]
                pr["agent interruptions"].add(det, s.agent_interruptions(1.0))
            pr["holds"].add(sec(seg.holds), [(a, b) for a, b, _ in s.holds])
            if stereo:
                a_len = sum(b - a for a, b in s.agent)
                c_len = sum(b - a for a, b in s.customer)
                got = measure(seg, Measure.AGENT_TALK_RATIO).value
                errors["agent_talk_ratio"].append(abs(float(got) - a_len / (a_len + c_len)))
                got = measure(seg, Measure.AGENT_FIRST_WORDS_S).value
                errors["agent_first_words_s"].append(abs(float(got) - min(s.agent)[0]))
            got = measure(seg, Measure.LONGEST_SILENCE_S).value
            known = max((b - a for a, b in s.silences(5.0)), default=0.0)
            errors["longest_silence_s"].append(abs(float(got) - known))
            got = measure(seg, Measure.LONGEST_HOLD_S).value
            known_hold = max((b - a for a, b, _ in s.holds), default=None)
            if got is not None and known_hold is not None:
                errors["longest_hold_s"].append(abs(float(got) - known_hold))
            pr["long silences"].add(sec(seg.silences), s.silences(5.0))
            for h in seg.holds:
                match = [
                    t for t in s.holds if overlaps((h.start_ms / 1000, h.end_ms / 1000), t[:2])
                ]
                if match:
                    music_n += 1
                    music_ok += h.music == match[0][2]
            for r in rubrics:
                out = suggest(r, seg)
                for item in r.items:
                    if item.signal is None:
                        continue
                    key = f"{r.id}:{item.id}"
                    got = out.get(item.id)
                    if not stereo and item.signal.measure is Measure.AGENT_INTERRUPTIONS:
                        mono_int_n += 1
                        mono_int_unavailable += out.reason(item.id) is not None
                        agree[key][2] += 1
                        continue
                    tv = truth_value(s, item.signal.measure, item.signal.min_ms)
                    expected = _answer(item, Measurement(item.signal.measure, tv))
                    agree[key][1] += 1
                    agree[key][0] += (
                        got is None
                        if not hasattr(expected, "to_json")
                        else got is not None and got.answer == expected
                    )
    n_calls = len(conditions) * calls
    print(
        f"{n_calls} generated calls of 4 minutes ({calls} per condition: 2 lines × 2 echo × 2 rates × stereo/mono)"
    )
    for name, v in pr.items():
        print(f"  {name:<22} {v.text()}")
    for name, errs in errors.items():
        print(
            f"  {name:<22} mean abs. error {statistics.mean(errs):.3f}, "
            f"worst {max(errs):.3f} ({len(errs)} calls)"
        )
    print(f"  hold music flag        correct on {music_ok}/{music_n} found holds")
    print(
        f"  mono: agent interruptions reported unavailable on {mono_int_unavailable}/{mono_int_n} bound items"
    )
    print(
        "binding agreement with the known answer (stereo and mono; mono interruption items excluded):"
    )
    for key, (ok, n, _) in agree.items():
        print(f"  {key:<45} {ok}/{n} = {ok / n:.3f}" if n else f"  {key:<45} -")


def timing(minutes: float, runs: int) -> None:
    rubrics = [load_file(p) for p in sorted(paths.rubrics_dir().glob("*.yaml"))]
    rng = np.random.default_rng(7)
    chunk = random_script(rng, minutes=5.0)
    with tempfile.TemporaryDirectory() as tmp:
        path = chunk.write(Path(tmp) / "long.wav", repeat=max(1, round(minutes / 5)))
        for r in rubrics:  # warm up: imports, message catalogs
            suggest(r, analyse(path, use_cache=False), "bench")
        base, full = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            analyse(path, use_cache=False)
            base.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            seg = analyse(path, use_cache=False)
            for r in rubrics:
                suggest(r, seg, "bench")
            full.append(time.perf_counter() - t0)
        sug = []
        for _ in range(50):  # the suggestions alone, on the analysed call
            t0 = time.perf_counter()
            for r in rubrics:
                suggest(r, seg, "bench")
            sug.append(time.perf_counter() - t0)
    b, f, g = statistics.median(base), statistics.median(full), statistics.median(sug)
    print(
        f"{minutes:.0f}-minute 8 kHz stereo call ({len(seg.talk_overs)} talk-overs, "
        f"{len(seg.holds)} holds): segment analysis {b:.3f} s; suggestions for the "
        f"{len(rubrics)} shipped rubrics on it {g * 1000:.2f} ms — ratio (analysis + "
        f"suggestions) / analysis {(b + g) / b:.4f} (target ≤ 1.2); end to end in separate "
        f"runs {f:.3f} s (ratio {f / b:.2f}, run-to-run noise of the analysis)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=2, help="calls per condition (16 conditions)")
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    accuracy(args.calls, args.seed)
    timing(args.minutes, args.runs)


if __name__ == "__main__":
    main()
