"""The media player's engine calls run without the GIL (the deadlock of media_player.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
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
