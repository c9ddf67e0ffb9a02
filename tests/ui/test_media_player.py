"""The media player's engine calls run without the GIL (the deadlock of media_player.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer

from ui.player import media_player
from ui.player.media_player import AudioOutput, MediaPlayer


def test_the_engine_functions_are_found_in_the_loaded_qtmultimedia():
    assert media_player.releases_gil(), (
        "QtMultimedia's exported functions were not found: the player would fall back to "
        "calls that hold the GIL and can deadlock with the FFmpeg backend's threads"
    )


def test_transport_and_source_calls_drive_the_real_player(qtbot, tmp_path: Path):
    path = tmp_path / "tone.wav"
    t = np.arange(8000 * 3) / 8000
    sf.write(path, (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 8000)
    player = MediaPlayer()
    output = AudioOutput()
    player.setAudioOutput(output)
    output.setDevice(QMediaDevices.defaultAudioOutput())
    player.setSource(QUrl.fromLocalFile(str(path)))
    assert player.source().toLocalFile() == str(path)
    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
    player.setPlaybackRate(1.5)
    assert player.playbackRate() == 1.5
    player.setPosition(1000)
    player.play()
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
    qtbot.waitUntil(lambda: player.position() > 1100)
    player.pause()
    assert player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    player.stop()
    assert player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
    player.setSource(QUrl())
    assert player.source().isEmpty()


# --- the mangled names, per platform -------------------------------------------------------
# What each GIL-free method is in C++ (class, parameter types): both tables of mangled names
# in media_player must be exactly these functions' names under their ABI's rules.
SIGNATURES = {
    "play": ("QMediaPlayer", []),
    "pause": ("QMediaPlayer", []),
    "stop": ("QMediaPlayer", []),
    "setSource": ("QMediaPlayer", ["const QUrl &"]),
    "setPosition": ("QMediaPlayer", ["qint64"]),
    "setPlaybackRate": ("QMediaPlayer", ["qreal"]),
    "setDevice": ("QAudioOutput", ["const QAudioDevice &"]),
}
# Itanium (GCC/Clang on Linux and macOS): qint64 = long long "x", qreal = double "d"
_ITANIUM_TYPES = {"const QUrl &": "RK4QUrl", "qint64": "x", "qreal": "d",
                  "const QAudioDevice &": "RK12QAudioDevice"}  # fmt: skip
# MSVC x64: "A" reference, "E" __ptr64, "B" const, "V…@@" class; __int64 "_J", double "N"
_MSVC_TYPES = {"const QUrl &": "AEBVQUrl@@", "qint64": "_J", "qreal": "N",
               "const QAudioDevice &": "AEBVQAudioDevice@@"}  # fmt: skip


def itanium(cls: str, method: str, params: list[str]) -> str:
    args = "".join(_ITANIUM_TYPES[p] for p in params) or "v"
    return f"_ZN{len(cls)}{cls}{len(method)}{method}E{args}"


def msvc(cls: str, method: str, params: list[str]) -> str:
    # public non-virtual (Q), __cdecl member of a non-const object (EAA), returns void (X)
    args = "".join(_MSVC_TYPES[p] for p in params) + "@Z" if params else "XZ"
    return f"?{method}@{cls}@@QEAAX{args}"


def test_itanium_names_are_the_methods_mangled_for_linux_and_macos():
    names = media_player.symbol_names("linux")
    assert names == media_player.symbol_names("darwin")
    assert set(names) == set(SIGNATURES) == set(media_player._ARGS)
    for method, (cls, params) in SIGNATURES.items():
        assert names[method] == itanium(cls, method, params), method


def test_msvc_names_are_the_methods_mangled_for_windows():
    names = media_player.symbol_names("win32")
    assert set(names) == set(SIGNATURES)
    for method, (cls, params) in SIGNATURES.items():
        assert names[method] == msvc(cls, method, params), method


def test_a_missing_symbol_is_a_clear_warning_and_playback_still_works(
    qtbot, tmp_path: Path, monkeypatch, caplog
):
    bogus = {**media_player.symbol_names(), "stop": "_ZN12QMediaPlayer13noSuchMethodEv"}
    monkeypatch.setattr(media_player, "symbol_names", lambda platform=None: bogus)
    monkeypatch.setattr(media_player, "_warned", False)
    media_player._lookup.cache_clear()
    try:
        with caplog.at_level("WARNING", logger="qaclient.player"):
            assert not media_player.releases_gil()
            media_player.releases_gil()  # warned once, not per call
        assert media_player.missing_symbols() == ["_ZN12QMediaPlayer13noSuchMethodEv"]
        warnings = [r for r in caplog.records if r.name == "qaclient.player"]
        assert len(warnings) == 1
        assert "noSuchMethod" in warnings[0].getMessage()
        assert "GIL" in warnings[0].getMessage()
        # the binding's own calls take over: the player still plays
        path = tmp_path / "tone.wav"
        sf.write(path, np.zeros(8000, dtype=np.float32), 8000)
        player = MediaPlayer()
        player.setSource(QUrl.fromLocalFile(str(path)))
        qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
        player.setPosition(500)
        player.stop()
        assert player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
    finally:
        media_player._lookup.cache_clear()


@pytest.mark.skipif(sys.platform != "win32", reason="Windows: Qt6Multimedia.dll, MSVC names")
def test_windows_finds_the_msvc_symbols_in_the_loaded_dll():
    import ctypes

    assert ctypes.windll.kernel32.GetModuleHandleW("Qt6Multimedia.dll")
    assert media_player.missing_symbols() == []
    assert media_player.releases_gil()


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS: QtMultimedia.framework via dyld")
def test_macos_finds_the_loaded_framework_through_dyld():
    images = media_player._dyld_images()
    assert any(i.endswith("/QtMultimedia") or "libQt6Multimedia" in i for i in images)
    assert media_player.missing_symbols() == []
    assert media_player.releases_gil()
