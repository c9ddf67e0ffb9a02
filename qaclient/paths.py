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


class HomeError(RuntimeError):
    """The home folder cannot be used; the message says which folder, why and what to do."""


def _home_path() -> tuple[Path, str]:
    env = os.environ.get("QACLIENT_HOME")
    if env:
        return Path(env).expanduser(), f"QACLIENT_HOME={env}"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), "the qaclient home"


def home(*, create: bool = True) -> Path:
    """The client's home folder (database, caches, settings); created on demand.

    Raises :class:`HomeError` (one line) when it is a file or cannot be created."""
    path, what = _home_path()
    if path.exists() and not path.is_dir():
        from qaclient.messages import msg  # messages imports paths: imported here

        raise HomeError(msg("hostile-home-is-file", what=what))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from qaclient.messages import msg

            raise HomeError(
                msg("hostile-home-cannot-create", what=what, reason=str(exc.strerror or exc))
            ) from exc
    return path


def database_path() -> Path:
    return home() / "qaclient.sqlite3"


def cache_dir(name: str) -> Path:
    """A named cache folder below the home (``waveforms``, ``audio`` …).

    A cache is an optimisation: when the home is read-only (or not a folder) the path is
    still returned, reading it misses and writing it fails quietly — no cache, no error."""
    try:
        base = home()
    except HomeError:
        base = _home_path()[0]
    path = base / "cache" / name
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return path


def settings_path() -> Path:
    return home() / "settings.json"


def rubrics_dir() -> Path:
    return RESOURCES_DIR / "rubrics"


def demo_dir() -> Path:
    return RESOURCES_DIR / "demo"
