"""Where qaclient keeps its files.

``QACLIENT_HOME`` overrides everything, so several independent clients can run on one
machine (and tests never touch the user's real data).  Otherwise the platform's user data
directory is used (``platformdirs``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "qaclient"

#: The repository's (or installed tree's) ``resources/`` folder: rubrics, demo calls, translations.
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def home(*, create: bool = True) -> Path:
    """The client's home folder (database, caches, settings); created on demand."""
    env = os.environ.get("QACLIENT_HOME")
    path = (
        Path(env).expanduser()
        if env
        else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return home() / "qaclient.sqlite3"


def cache_dir(name: str) -> Path:
    """A named cache folder below the home (``waveforms``, ``audio`` …)."""
    path = home() / "cache" / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    return home() / "settings.json"


def rubrics_dir() -> Path:
    return RESOURCES_DIR / "rubrics"


def demo_dir() -> Path:
    return RESOURCES_DIR / "demo"
