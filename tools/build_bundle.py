"""Build the self-contained qaclient app (a PyInstaller one-folder bundle) for this platform.

    python tools/build_bundle.py --out DIR [--tarball] [--no-prune] [--force]

Needs the ``bundle`` extra (``pip install -e '.[bundle]'``: PyInstaller and its community
hooks).  Writes ``DIR/qaclient/`` — the program ``DIR/qaclient/qaclient``
(``qaclient.exe`` on Windows) beside ``_internal/`` holding Python, Qt, the resources
tree and the Alembic migrations — and, on Linux, the desktop entry, the icon and
``install.sh`` into the same folder.  ``--tarball`` also packs that folder as
``DIR/qaclient-VERSION-linux-ARCH.tar.gz`` (unpack anywhere, run ``qaclient/qaclient`` or
``qaclient/install.sh``).  After the build it checks that the migrations and resources are
inside and that no development tool is, prints the size and the build time, and exits 1
on a problem.  ``--no-prune`` keeps every Qt plugin and translation PyInstaller collects
(to measure what pruning saves).  Step by step for Windows and macOS: ``docs/bundle.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tools" / "bundle" / "qaclient.spec"
APP = "qaclient"

#: Top-level packages that must never be inside the bundle (development tools).
DEV_TOOLS = (
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "ruff",
    "PyInstaller",
    "pip",
    "keyrings",  # keyrings.alt (test extra): file-based keyrings, never in the app
)

#: Files the app reads at run time that PyInstaller cannot find by itself.
REQUIRED = (
    "resources/rubrics",
    "resources/demo",
    "resources/icons/qaclient.svg",
    "resources/translations",
    "qaclient/storage/migrations/env.py",
    "qaclient/storage/migrations/versions",
)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from qaclient import __version__

    return __version__


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(app_dir: Path) -> Path:
    return app_dir / (f"{APP}.exe" if sys.platform == "win32" else APP)


def internal_dir(app_dir: Path) -> Path:
    """Where PyInstaller (6+) puts everything but the program: ``sys._MEIPASS``."""
    inner = app_dir / "_internal"
    return inner if inner.is_dir() else app_dir


def check(app_dir: Path) -> list[str]:
    """Problems of a built bundle: missing run-time files, development tools inside."""
    problems = []
    inner = internal_dir(app_dir)
    if not executable(app_dir).is_file():
        problems.append(f"{executable(app_dir)}: the program is missing")
    for rel in REQUIRED:
        if not (inner / rel).exists():
            problems.append(f"{inner / rel}: missing from the bundle")
    versions = inner / "qaclient/storage/migrations/versions"
    if versions.is_dir() and not list(versions.glob("0*.py")):
        problems.append(f"{versions}: no migration revisions")
    for name in DEV_TOOLS:
        if (inner / name).exists():
            problems.append(f"{inner / name}: a development tool is inside the bundle")
    return problems


def render_icon(target: Path, size: int = 256) -> bool:
    """The app icon (resources/icons/qaclient.svg) as .ico (Windows) or .icns (macOS),
    drawn by Qt's own image plugins (no extra tool)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    _app = QGuiApplication.instance() or QGuiApplication([])
    pixmap = QIcon(str(ROOT / "resources" / "icons" / "qaclient.svg")).pixmap(size, size)
    return not pixmap.isNull() and pixmap.save(str(target))


def run_pyinstaller(out: Path, work: Path, prune: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "build_bundle: PyInstaller is not installed; run: pip install -e '.[bundle]'"
        ) from None
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    env.pop("QACLIENT_BUNDLE_NO_PRUNE", None)
    env.pop("QACLIENT_BUNDLE_ICON", None)
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(sys.platform)
    if suffix and render_icon(work / f"qaclient{suffix}"):
        env["QACLIENT_BUNDLE_ICON"] = str(work / f"qaclient{suffix}")
    if not prune:
        env["QACLIENT_BUNDLE_NO_PRUNE"] = "1"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    proc = subprocess.run(cmd, env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"build_bundle: PyInstaller failed (exit {proc.returncode})")


def strip_debug_info(app_dir: Path) -> int:
    """Drop the debug info of the Python runtime (Linux): a source-built Python (pyenv)
    carries ~30 MB of it in libpython and the extension modules of the standard library.
    Only these files: stripping wheels' patched libraries (numpy's OpenBLAS) breaks them.
    Returns the bytes saved."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux"):
        return 0
    if strip is None:
        print(
            "build_bundle: warning: no strip program (apt-get install binutils): the bundle "
            "keeps the Python runtime's debug info (~24 MB)",
            file=sys.stderr,
        )
        return 0
    inner = internal_dir(app_dir)
    files = [*inner.glob("libpython3*.so*"), *inner.glob("python3*/lib-dynload/*.so")]
    before = sum(f.stat().st_size for f in files)
    for f in files:
        subprocess.run([strip, "--strip-debug", str(f)], check=True)
    return before - sum(f.stat().st_size for f in files)


def desktop_entry(exec_path: str = "qaclient", icon: str = "qaclient") -> str:
    """The freedesktop.org desktop entry (``tools/bundle/qaclient.desktop`` with paths)."""
    text = (ROOT / "tools" / "bundle" / "qaclient.desktop").read_text(encoding="utf-8")
    return text.replace("Exec=qaclient", f"Exec={exec_path}").replace(
        "Icon=qaclient", f"Icon={icon}"
    )


def add_linux_integration(app_dir: Path) -> None:
    """Desktop entry, icon and installer beside the program (the tarball's layout)."""
    shutil.copy2(ROOT / "resources" / "icons" / "qaclient.svg", app_dir / "qaclient.svg")
    (app_dir / "qaclient.desktop").write_text(desktop_entry(), encoding="utf-8")
    installer = app_dir / "install.sh"
    shutil.copy2(ROOT / "tools" / "bundle" / "install.sh", installer)
    installer.chmod(0o755)


def make_tarball(app_dir: Path, out: Path) -> Path:
    arch = platform.machine().lower() or "unknown"
    target = out / f"{APP}-{version()}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=APP)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument(
        "--tarball", action="store_true", help="also pack DIR/qaclient-VERSION-linux-ARCH.tar.gz"
    )
    parser.add_argument(
        "--no-prune", action="store_true", help="keep every Qt plugin and translation"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an existing DIR/qaclient bundle"
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    app_dir = out / APP
    if app_dir.exists() and not args.force:
        print(f"build_bundle: {app_dir} exists; pass --force to replace it", file=sys.stderr)
        return 1
    if args.tarball and not sys.platform.startswith("linux"):
        print("build_bundle: --tarball is the Linux layout (see docs/bundle.md)", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="qaclient-build-") as work:
        run_pyinstaller(out, Path(work), prune=not args.no_prune)
    if sys.platform.startswith("linux"):
        saved = strip_debug_info(app_dir)
        if saved:
            print(f"stripped {saved / 1e6:.1f} MB of debug info from the Python runtime")
        add_linux_integration(app_dir)
    elapsed = time.perf_counter() - t0
    problems = check(app_dir)
    for problem in problems:
        print(f"build_bundle: {problem}", file=sys.stderr)
    if problems:
        return 1
    size = folder_size(app_dir)
    print(f"bundle: {executable(app_dir)}")
    print(f"size: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)")
    print(f"build time: {elapsed:.1f} s")
    if args.tarball:
        tarball = make_tarball(app_dir, out)
        print(f"tarball: {tarball} ({tarball.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
