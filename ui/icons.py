"""The app's SVG icons (``resources/icons``), loaded once by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from qaclient.paths import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"


@cache
def icon(name: str) -> QIcon:
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
