"""``qaclient about``: what this installation is (the development install here; the
bundle's side is in tests/bundle)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from qaclient import messages
from qaclient.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _english():
    yield
    messages.set_language("en")


def test_about_json_describes_the_development_install(qaclient_home: Path, capsys):
    assert main(["about", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["frozen"] is False
    assert info["resources"] == str(ROOT / "resources")
    assert info["migrations"] == str(ROOT / "qaclient" / "storage" / "migrations")
    assert info["home"] == str(qaclient_home)
    assert info["database"] == str(qaclient_home / "qaclient.sqlite3")
    assert set(info["keyring"]) == {"backend", "usable", "native", "discovered"}
    assert "SecretService" in info["keyring"]["discovered"]
    for backend in info["keyring"]["native"]:
        assert backend["status"] in ("usable", "unavailable", "missing")


def test_about_qt_plays_a_recording_and_checks_the_player(qapp, qaclient_home: Path, capsys):
    demo = sorted((ROOT / "resources" / "demo").glob("*.ogg"))[0]
    assert main(["about", "--qt", "--media", str(demo), "--json"]) == 0
    qt = json.loads(capsys.readouterr().out)["qt"]
    assert qt["media"]["loaded"] and qt["media"]["duration_ms"] > 1000
    assert qt["player_releases_gil"] and qt["player_missing_symbols"] == []
    assert qt["multimedia_plugin"]  # the FFmpeg plugin's file name on Linux


def test_about_in_chinese_and_a_missing_recording(qapp, qaclient_home: Path, capsys):
    assert main(["--lang", "zh_CN", "about"]) == 0
    out = capsys.readouterr().out
    assert "独立安装包：否" in out and f"数据文件夹：{qaclient_home}" in out
    assert main(["--lang", "zh_CN", "about", "--qt", "--media", "nowhere.wav"]) == 1
    assert "nowhere.wav：找不到文件" in capsys.readouterr().err


def test_home_private_reads_the_mode_bits_and_does_not_guess_on_windows(tmp_path: Path):
    from qaclient import about

    folder = tmp_path / "home"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    if sys.platform != "win32":
        assert about.home_private(folder) is True
        folder.chmod(0o755)
        assert about.home_private(folder) is False
    assert about.home_private(folder, platform="win32") is None
    assert about.home_private(tmp_path / "missing") is None
