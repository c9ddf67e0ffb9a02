"""The self-contained app beside the development install: size and cold start.

    python bench/bundle.py [--bundle DIR] [--runs 7]

``--bundle DIR`` measures an existing build (``DIR/qaclient/qaclient``, as made by
``tools/build_bundle.py --out DIR``); without it the script builds one into a temp folder
first and reports the build time.  Then, in the same run:

- size: the bundle folder beside the development install's runtime footprint (the files
  of qaclient's installed dependencies, recursively, from their package metadata);
- cold start of the desktop app (a fresh process each time, interleaved, median of
  --runs): from spawning the process until its main window is shown and the event loop
  runs (``QACLIENT_STARTUP_PROBE``, as ``bench/ui_startup.py``), offscreen, on a store
  holding the demo data; the bundle runs from a clean environment (no PATH, fresh HOME),
  the development install as ``python -m qaclient``;
- a CLI command's start (``rubric list``), process spawn to exit.

Prints each figure and the bundle/development ratio (target: start within 1.3x), as wall
time and as the process's CPU time (user + system: less swayed by other jobs on the machine;
for the window start it counts the whole process, exit included).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dev_footprint() -> tuple[int, int]:
    """(bytes, distributions) of qaclient's runtime dependencies as installed here."""
    seen: set[str] = set()
    todo = ["qaclient"]
    total = 0
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if key != "qaclient":
            for f in dist.files or []:
                path = Path(dist.locate_file(f))
                if path.is_file():
                    total += path.stat().st_size
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            marker = req.split(";", 1)[1] if ";" in req else ""
            if marker and "sys_platform" in marker and sys.platform not in marker:
                continue
            todo.append(re.split(r"[\s\[<>=!~;(]", req, maxsplit=1)[0])
    return total, len(seen) - 1


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _spawn(cmd: list[str], env: dict[str, str], until_line: bool) -> tuple[float, float]:
    """(wall seconds until the ready line or the exit, CPU seconds of the whole process)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        line = proc.stdout.readline().decode(errors="replace") if until_line else ""
        wall = time.perf_counter() - t0
        proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        if not until_line:
            wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0 or (until_line and not line.startswith("startup")):
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"{cmd}: exit {proc.returncode}, first line {line!r}\n{tail}")
    return wall, usage.ru_utime + usage.ru_stime


def time_startup(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    return _spawn(cmd, env, until_line=True)


def time_command(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    return _spawn(cmd, env, until_line=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="output folder of tools/build_bundle.py")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="qaclient-bench-bundle-"))
    out = args.bundle
    if out is None:
        out = tmp / "build"
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "build_bundle.py"), "--out", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"build time: {time.perf_counter() - t0:.1f} s")
    program = out / "qaclient" / ("qaclient.exe" if sys.platform == "win32" else "qaclient")
    if not program.is_file():
        raise SystemExit(
            f"bench/bundle.py: {program} not found; build it with tools/build_bundle.py"
        )

    size = folder_size(out / "qaclient")
    dev, dists = dev_footprint()
    print(f"bundle size:          {size / 1e6:7.1f} MB (target <= 300 MB)")
    print(f"development install:  {dev / 1e6:7.1f} MB ({dists} installed dependencies)")
    print(f"ratio: {size / dev:.2f}x")

    empty = tmp / "empty-bin"
    empty.mkdir()
    common = {
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.*=false",
    }
    bundle_env = {**common, "PATH": str(empty), "HOME": str(tmp / "home-b")}
    bundle_env["QACLIENT_HOME"] = str(tmp / "store-b")
    dev_env = {**os.environ, **common, "QACLIENT_HOME": str(tmp / "store-d")}
    dev_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    dev_env.pop("QACLIENT_STARTUP_PROBE", None)
    bundle_cmd = [str(program)]
    dev_cmd = [sys.executable, "-m", "qaclient"]
    # each store gets the demo data once, by its own program (not part of a start)
    for cmd, env in ((bundle_cmd, bundle_env), (dev_cmd, dev_env)):
        shot = tmp / f"prep-{len(cmd)}.png"
        time_command([*cmd, "--demo", "--screenshot", str(shot)], env)

    probe_b = {**bundle_env, "QACLIENT_STARTUP_PROBE": "1"}
    probe_d = {**dev_env, "QACLIENT_STARTUP_PROBE": "1"}
    starts_b, starts_d, cli_b, cli_d = [], [], [], []
    for _ in range(args.runs):  # interleaved: load from other jobs hits both alike
        starts_d.append(time_startup(dev_cmd, probe_d))
        starts_b.append(time_startup(bundle_cmd, probe_b))
        cli_d.append(time_command([*dev_cmd, "rubric", "list"], dev_env))
        cli_b.append(time_command([*bundle_cmd, "rubric", "list"], bundle_env))

    def report(title: str, bundle: list, dev: list, target: str = "") -> None:
        wb, wd = (statistics.median(w for w, _c in runs) for runs in (bundle, dev))
        cb, cd = (statistics.median(c for _w, c in runs) for runs in (bundle, dev))
        print(f"{title}, median of {args.runs}:")
        print(
            f"  wall: bundle {wb:.3f} s, development install {wd:.3f} s: ratio {wb / wd:.2f}x{target}"
        )
        print(f"  CPU:  bundle {cb:.3f} s, development install {cd:.3f} s: ratio {cb / cd:.2f}x")

    report("cold start to the main window", starts_b, starts_d, " (target <= 1.3x)")
    print(f"  first runs: bundle {starts_b[0][0]:.3f} s, development {starts_d[0][0]:.3f} s")
    report("rubric list (start to exit)", cli_b, cli_d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
