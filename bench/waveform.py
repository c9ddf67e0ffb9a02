"""Figure: waveform overview of a 60-minute 8 kHz stereo call (WAV and FLAC).

Target (issue 3): at most 1.3x a one-shot baseline measured in the same run — soundfile.read
of the whole file as int16, then per channel ``x[:n, c].reshape(columns, -1).min(1)`` /
``.max(1)`` — while streaming in blocks with peak memory under 64 MB above the process
baseline, and a cached re-open under 20 ms.

Our overview computes min, max AND RMS (the baseline only min/max) over the whole file.
Times are the best of --repeat runs (wall clock, and CPU time of the process beside it, which
other load on the machine disturbs less), baseline and overview interleaved, files in the
page cache for both.  Peak memory is measured in a fresh subprocess per method (ru_maxrss after
the call minus ru_maxrss before it).  Also printed: the hour-long speech-segment analysis.

    python bench/waveform.py [--minutes 60] [--columns 2000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SR = 8000


def generate(path: Path, minutes: float, fmt: str) -> None:
    """A call-like stereo recording: alternating talk bursts of tones + noise over line noise."""
    rng = np.random.default_rng(1)
    n_total = int(minutes * 60 * SR)
    step = 60 * SR
    with sf.SoundFile(str(path), "w", SR, 2, subtype="PCM_16", format=fmt) as f:
        for i in range(0, n_total, step):
            n = min(step, n_total - i)
            t = (np.arange(n) + i) / SR
            a_on = (np.sin(2 * np.pi * t / 7.0) > 0).astype(np.float32)
            c_on = (np.sin(2 * np.pi * t / 5.3 + 1) > 0.3).astype(np.float32)
            env = np.abs(np.sin(2 * np.pi * 2.2 * t))
            a = (0.3 * np.sin(2 * np.pi * 220 * t) + 0.1 * rng.standard_normal(n)) * env * a_on
            c = (0.3 * np.sin(2 * np.pi * 330 * t) + 0.1 * rng.standard_normal(n)) * env * c_on
            x = np.stack([a, c], 1) + 0.003 * rng.standard_normal((n, 2))
            f.write(np.clip(x, -1, 1))


def baseline(path: str, columns: int) -> list[tuple[np.ndarray, np.ndarray]]:
    x, _ = sf.read(path, dtype="int16")
    n = (len(x) // columns) * columns
    out = []
    for c in range(x.shape[1]):
        v = x[:n, c].reshape(columns, -1)
        out.append((v.min(1), v.max(1)))
    return out


def ours(path: str, columns: int):
    from qaclient.audio.waveform import overview

    return overview(path, columns, use_cache=False)


def _hwm_kb() -> int:
    """Peak resident set size of this process (VmHWM), in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_child(method: str, path: str, columns: int) -> None:
    """Run one method in this (fresh) process and print its peak RSS growth in MB.

    The high-water mark is inherited from the parent across fork/exec on Linux, so it is
    reset first (``/proc/self/clear_refs``), then read before and after the call.
    """
    import qaclient.audio.waveform  # noqa: F401  (imports before the baseline RSS)

    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    before = _hwm_kb()
    if method == "baseline":
        baseline(path, columns)
    else:
        ours(path, columns)
    print((_hwm_kb() - before) / 1024)


def peak_mb(method: str, path: str, columns: int) -> float:
    out = subprocess.run(
        [sys.executable, __file__, "--child", method, path, str(columns)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QACLIENT_HOME": os.environ["QACLIENT_HOME"]},
    )
    return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--columns", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        memory_child(args.child[0], args.child[1], int(args.child[2]))
        return 0

    from qaclient.audio.segments import analyse
    from qaclient.audio.waveform import overview

    ok = True
    with tempfile.TemporaryDirectory(prefix="qaclient-bench-") as tmp:
        os.environ["QACLIENT_HOME"] = str(Path(tmp) / "home")
        files = {}
        for fmt, ext in (("WAV", "wav"), ("FLAC", "flac")):
            p = Path(tmp) / f"call-{int(args.minutes)}min.{ext}"
            t = time.perf_counter()
            generate(p, args.minutes, fmt)
            files[fmt] = str(p)
            print(
                f"generated {p.name}: {p.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s"
            )
        print(
            f"columns: {args.columns}; best of {args.repeat}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
        )
        print(
            f"{'format':6} {'baseline':>10} {'overview':>10} {'ratio':>6} {'cpu ratio':>9} "
            f"{'base MB':>8} {'ours MB':>8}  cached re-open"
        )
        for fmt, path in files.items():
            # correctness first: every full column equals the baseline's
            ref = baseline(path, args.columns)
            ov = ours(path, args.columns)
            for c, (mn, mx) in enumerate(ref):
                same = np.array_equal(
                    (ov.min[c, :-1] * 32768).astype(np.int16), mn[:-1]
                ) and np.array_equal((ov.max[c, :-1] * 32768).astype(np.int16), mx[:-1])
                if not same:
                    print(f"MISMATCH with the baseline on channel {c} ({fmt})")
                    ok = False
            tb = to = cb = co = float("inf")
            for _ in range(args.repeat):  # interleaved, so drift hits both alike
                c0, t0 = time.process_time(), time.perf_counter()
                baseline(path, args.columns)
                tb, cb = min(tb, time.perf_counter() - t0), min(cb, time.process_time() - c0)
                c0, t0 = time.process_time(), time.perf_counter()
                ours(path, args.columns)
                to, co = min(to, time.perf_counter() - t0), min(co, time.process_time() - c0)
            mb_base = peak_mb("baseline", path, args.columns)
            mb_ours = peak_mb("ours", path, args.columns)
            overview(path, args.columns)  # fill the cache
            reopen = []
            for _ in range(20):
                t = time.perf_counter()
                hit = overview(path, args.columns)
                reopen.append(time.perf_counter() - t)
                assert hit.cached
            ratio = to / tb
            ok &= ratio <= 1.3 and mb_ours < 64 and float(np.median(reopen)) < 0.020
            print(
                f"{fmt:6} {tb * 1000:8.1f}ms {to * 1000:8.1f}ms {ratio:6.2f} {co / cb:9.2f} {mb_base:8.1f} {mb_ours:8.1f}"
                f"  median {np.median(reopen) * 1000:.2f} ms, max {max(reopen) * 1000:.2f} ms"
            )
        t = time.perf_counter()
        seg = analyse(files["FLAC"], use_cache=False)
        print(
            f"segments (speech/holds/talk-over) of the {args.minutes:g}-min FLAC: {time.perf_counter() - t:.2f} s, "
            f"{sum(len(a.speech) for a in seg.activity)} speech segments, {len(seg.talk_overs)} talk-overs"
        )
    print(
        "PASS" if ok else "FAIL",
        "(targets: ratio <= 1.3, peak memory < 64 MB, median cached re-open < 20 ms)",
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
