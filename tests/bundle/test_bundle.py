"""The self-contained app: built with tools/build_bundle.py, run from a clean environment.

One build per test session (``--tarball``, ~1 min on 2 cores) into a temp folder; when
``$QACLIENT_BUNDLE_DIR`` names the output folder of a build made in this run (``.ci/run``
builds once, measures it with ``bench/bundle.py``, then runs the tests), that build is
tested instead of making a second one.  Every command runs the built program with ``env -i``-like surroundings: a PATH
holding no Python (an empty folder), a fresh ``QACLIENT_HOME`` and ``HOME``, no locale
variables (the C locale), nothing of the development environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds on Linux"),
]


def _build_bundle_module():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_bundle
    finally:
        sys.path.pop(0)
    return build_bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """``DIR`` of a fresh build: the app in ``DIR/qaclient``, the tarball beside it."""
    given = os.environ.get("QACLIENT_BUNDLE_DIR")
    if given and (Path(given) / "qaclient" / "qaclient").is_file():
        return Path(given)
    out = tmp_path_factory.mktemp("bundle")
    env = {k: v for k, v in os.environ.items() if k != "QACLIENT_BUNDLE_NO_PRUNE"}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_bundle.py"), "--out", str(out)]
        + ["--tarball", "--force"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert proc.returncode == 0, f"build failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
    print(proc.stdout)
    return out


def clean_env(tmp: Path) -> dict[str, str]:
    empty_bin = tmp / "bin"
    empty_bin.mkdir(exist_ok=True)
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": str(empty_bin),
        "HOME": str(home),
        "QACLIENT_HOME": str(tmp / "qaclient-home"),
    }


def run(bundle: Path, tmp: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / "qaclient" / "qaclient"), *args],
        env=clean_env(tmp),
        cwd=tmp,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def test_the_clean_environment_has_no_python(tmp_path: Path):
    env = clean_env(tmp_path)
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert not any(Path(env["PATH"]).iterdir())


def test_the_bundle_holds_its_files_and_no_development_tool(bundle: Path):
    build_bundle = _build_bundle_module()
    app = bundle / "qaclient"
    assert build_bundle.check(app) == []
    inner = build_bundle.internal_dir(app)
    # the whole resources/ tree came along (new files need no change to the spec)
    shipped = {p.relative_to(ROOT) for p in (ROOT / "resources").rglob("*") if p.is_file()}
    bundled = {p.relative_to(inner) for p in (inner / "resources").rglob("*") if p.is_file()}
    assert shipped <= bundled, sorted(map(str, shipped - bundled))[:10]
    assert list((inner / "resources/translations/core/zh_CN").glob("*.ftl"))
    names = {p.name for p in inner.iterdir()}
    for tool in (
        "pytest",
        "_pytest",
        "pytestqt",
        "hypothesis",
        "ruff",
        "PyInstaller",
        "pip",
        "keyrings",
    ):
        assert tool not in names
    size = build_bundle.folder_size(app)
    print(f"bundle size {size / 1e6:.1f} MB")
    assert size <= 300e6, f"{size / 1e6:.1f} MB (target <= 300 MB)"


def test_desktop_platform_plugins_carry_their_libraries(bundle: Path):
    """A user's desktop runs X11 (xcb) or Wayland, not offscreen: their plugins and the
    FFmpeg media plugin must find every library; Qt's, FFmpeg's and the xcb utility
    libraries inside the bundle (libxcb itself and libwayland-* come from the desktop's
    graphics stack, as PyInstaller decides)."""
    inner = bundle / "qaclient" / "_internal"
    qt = inner / "PySide6" / "Qt"
    env = {"LD_LIBRARY_PATH": f"{inner}:{qt / 'lib'}", "PATH": "/usr/bin:/bin"}
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "multimedia/libffmpegmediaplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
    ):
        out = subprocess.run(
            ["ldd", str(qt / "plugins" / plugin)], env=env, capture_output=True, text=True
        ).stdout
        assert "not found" not in out, f"{plugin}:\n{out}"
        for line in out.splitlines():
            name, _, where = line.strip().partition(" => ")
            if name.startswith(("libQt6", "libxcb-", "libav", "libsw")) and not name.startswith(
                "libxcb-dri"
            ):
                assert where.startswith(str(inner)), f"{plugin}: {line.strip()}"


def test_demo_screenshot_in_chinese(bundle: Path, tmp_path: Path):
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    proc = run(bundle, tmp_path, "--demo", "--screenshot", str(shot), "--lang", "zh_CN")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and "could not be loaded" not in proc.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1600, 1000)
    small = image.scaled(160, 100)
    colours = {small.pixel(x, y) for x in range(160) for y in range(100)}
    assert len(colours) > 40, "the picture is (nearly) blank"
    # the demo data is in the fresh home: ten calls, the one on screen opened
    calls = json.loads(run(bundle, tmp_path, "calls", "--json").stdout)
    assert calls["total"] == 10


def test_rubric_list(bundle: Path, tmp_path: Path):
    proc = run(bundle, tmp_path, "rubric", "list")
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in (
        "inbound-call",
        "outbound-call",
        "insurance-hotline-deductions",
        "monthly-agent-scorecard",
    ):
        assert name in proc.stdout


def test_import_and_waveform_of_a_recording(bundle: Path, tmp_path: Path):
    folder = tmp_path / "recordings"
    folder.mkdir()
    t = np.arange(8000 * 4) / 8000
    stereo = np.stack([0.5 * np.sin(2 * np.pi * 440 * t), 0.25 * np.sin(2 * np.pi * 300 * t)], 1)
    sf.write(folder / "call-0001.flac", stereo, 8000)
    sf.write(folder / "call-0002.wav", stereo, 8000, subtype="PCM_16")
    (folder / "broken.wav").write_bytes(b"RIFF0000WAVEnot audio")
    proc = run(bundle, tmp_path, "import", str(folder), "--json")
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result["imported"] == 2 and result["rejected"] == 1
    proc = run(
        bundle, tmp_path, "waveform", str(folder / "call-0001.flac"), "--columns", "8", "--json"
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    wave = json.loads(proc.stdout)
    assert wave["channels"] == 2 and wave["columns"] == 8
    left, right = wave["peaks"]
    assert max(left["max"]) == pytest.approx(0.5, abs=0.01)
    assert max(right["max"]) == pytest.approx(0.25, abs=0.01)
    assert left["rms"][3] == pytest.approx(0.5 / np.sqrt(2), abs=0.01)


def test_qt_multimedia_fonts_keyring_inside_the_bundle(bundle: Path, tmp_path: Path):
    proc = run(bundle, tmp_path, "about", "--qt", "--json")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    info = json.loads(proc.stdout)
    inner = str(bundle / "qaclient")
    assert info["frozen"] is True
    assert info["resources"].startswith(inner) and info["migrations"].startswith(inner)
    assert info["home"] == str(tmp_path / "qaclient-home")
    qt = info["qt"]
    assert "ffmpeg" in qt["multimedia_plugin"]
    assert qt["media"]["loaded"] and qt["media"]["duration_ms"] > 1000
    assert qt["player_releases_gil"] and qt["player_missing_symbols"] == []
    assert qt["cjk_font"], "no Chinese font found by the bundled Qt (fontconfig)"
    assert "qtbase_zh_CN.qm" in qt["qt_translations"]
    # the Linux keyring backends are inside; with no D-Bus session here they are unusable
    native = {b["name"]: b for b in info["keyring"]["native"]}
    secret = native["keyring.backends.SecretService.Keyring"]
    assert secret["status"] != "missing", secret["detail"]
    # ... and keyring finds them by its entry points (the package metadata came along)
    discovered = set(info["keyring"]["discovered"])
    assert {"SecretService", "KWallet", "macOS", "Windows"} <= discovered, discovered


def test_core_messages_in_chinese_under_the_c_locale(bundle: Path, tmp_path: Path):
    proc = run(bundle, tmp_path, "--lang", "zh_CN", "about", "--qt", "--media", "nowhere.wav")
    assert proc.returncode == 1
    assert "nowhere.wav：找不到文件" in proc.stderr
    proc = run(bundle, tmp_path, "--lang", "zh_CN", "about")
    assert proc.returncode == 0 and "独立安装包：是" in proc.stdout


def test_the_tarball_unpacks_and_runs_and_installs_a_desktop_entry(bundle: Path, tmp_path: Path):
    (tarball,) = bundle.glob("qaclient-*-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    app = tmp_path / "unpacked" / "qaclient"
    assert os.access(app / "qaclient", os.X_OK) and os.access(app / "install.sh", os.X_OK)
    entry = (app / "qaclient.desktop").read_text(encoding="utf-8")
    assert entry.startswith("[Desktop Entry]\n")
    keys = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert keys["Type"] == "Application" and keys["Name"] == "qaclient"
    assert keys["GenericName[zh_CN]"] and keys["Categories"].endswith(";")
    proc = subprocess.run(
        [str(app / "qaclient"), "--version"],
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("qaclient ")
    data = tmp_path / "xdg-data"
    env = {**clean_env(tmp_path), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data)}
    proc = subprocess.run(["sh", str(app / "install.sh")], env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    installed_entry = data / "applications" / "qaclient.desktop"
    installed = installed_entry.read_text(encoding="utf-8")
    validate = shutil.which("desktop-file-validate")  # desktop-file-utils (.ci/run installs it)
    if validate:
        for path in (app / "qaclient.desktop", installed_entry):
            check = subprocess.run([validate, str(path)], capture_output=True, text=True)
            assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    assert f'Exec="{app}/qaclient"' in installed
    assert (data / "icons/hicolor/scalable/apps/qaclient.svg").is_file()
    proc = subprocess.run(
        ["sh", str(app / "install.sh"), "--remove"], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0 and not (data / "applications" / "qaclient.desktop").exists()
