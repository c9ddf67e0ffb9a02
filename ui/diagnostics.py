"""The desktop side of ``qaclient about --qt``: is Qt complete in this installation?

Checks what a bundle can lose without a build error: the Qt platform plugin, the
multimedia backend really decoding a recording (FFmpeg on Linux and Windows), the player's
GIL-free engine calls (``ui.player.media_player``), the Chinese-capable font the UI would
use, and Qt's own translations.  Returns machine values for ``--json``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any


def _loaded_media_plugin() -> str:
    """The file name of the multimedia backend plugin loaded in this process ("" unknown)."""
    maps = Path("/proc/self/maps")
    if maps.exists():
        try:
            for line in maps.read_text(errors="replace").splitlines():
                if "/multimedia/" in line and line.rstrip().endswith(".so"):
                    return Path(line.split()[-1]).name
        except OSError:
            return ""
        return ""
    if sys.platform == "darwin":
        from ui.player.media_player import _dyld_images

        for image in _dyld_images():
            if "/multimedia/" in image:  # e.g. …/plugins/multimedia/libffmpegmediaplugin.dylib
                return Path(image).name
        return ""
    if sys.platform == "win32":
        import ctypes

        for name in ("ffmpegmediaplugin.dll", "windowsmediaplugin.dll"):
            if ctypes.windll.kernel32.GetModuleHandleW(name):  # type: ignore[attr-defined]
                return name
    return ""


def _media_check(recording: Path, timeout_s: float = 10.0) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtMultimedia import QMediaPlayer

    from ui.player.media_player import MediaPlayer

    player = MediaPlayer()
    player.setSource(QUrl.fromLocalFile(str(recording)))
    deadline = time.monotonic() + timeout_s
    wanted = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.InvalidMedia)
    while player.mediaStatus() not in wanted and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    status = player.mediaStatus()
    result = {
        "file": str(recording),
        "loaded": status == QMediaPlayer.MediaStatus.LoadedMedia,
        "duration_ms": int(player.duration()),
        "error": player.errorString(),
    }
    player.stop()
    player.setSource(QUrl())
    player.deleteLater()
    QCoreApplication.processEvents()
    return result


def report(recording: Path | None = None) -> dict[str, Any]:
    """Qt's state in this process; *recording* is opened in the player when given."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    import PySide6
    from PySide6.QtCore import QLibraryInfo, QLoggingCategory, qVersion
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.player import media_player

    QLoggingCategory.setFilterRules(os.environ["QT_LOGGING_RULES"].replace(";", "\n"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    data: dict[str, Any] = {
        "qt": qVersion(),
        "pyside": PySide6.__version__,
        "platform_plugin": app.platformName(),
        "cjk_font": next((f for f in i18n._CJK_FAMILIES if f in QFontDatabase.families()), ""),
        # Qt's own strings (standard buttons, dialogs) in the app's languages
        "qt_translations": sorted(
            p.name for lang in ("zh_CN", "es") for p in translations.glob(f"qtbase_{lang}.qm")
        ),
        "player_releases_gil": media_player.releases_gil(),
        "player_missing_symbols": media_player.missing_symbols(),
    }
    if recording is not None:
        data["media"] = _media_check(recording)
    data["multimedia_plugin"] = _loaded_media_plugin()
    return data
