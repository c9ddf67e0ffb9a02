"""Where qaclient keeps its files.

``QACLIENT_HOME`` overrides everything, so several independent clients can run on one
machine (and tests never touch the user's real data).  Otherwise the platform's user data
directory is used (``platformdirs``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from qaclient import fileperms

APP_NAME = "qaclient"


def frozen() -> bool:
    """True inside the self-contained app (a PyInstaller bundle, ``tools/build_bundle.py``)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder the code and data files live in: the bundle's ``sys._MEIPASS``
    (``_internal/`` beside the program) when frozen, else the source/installed tree."""
    if frozen():
        return Path(sys._MEIPASS).resolve()  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


#: The ``resources/`` folder: rubrics, demo calls, icons, translations (Qt and Fluent).
RESOURCES_DIR = bundle_root() / "resources"


class HomeError(RuntimeError):
    """The home folder cannot be used; the message says which folder, why and what to do."""


def _home_path() -> tuple[Path, str]:
    env = os.environ.get("QACLIENT_HOME")
    if env:
        return Path(env).expanduser(), f"QACLIENT_HOME={env}"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), "the qaclient home"


def home(*, create: bool = True) -> Path:
    """The client's home folder (database, caches, settings); created on demand.

    Raises :class:`HomeError` (one line) when it is a file or cannot be created.

    Owner-only (``qaclient.fileperms``): the first call sets the process umask to ``077`` and
    makes the folder and everything already in it (an older version's ``0644`` files)
    readable by its owner alone.
    """
    path, what = _home_path()
    if path.exists() and not path.is_dir():
        from qaclient.messages import msg  # messages imports paths: imported here

        raise HomeError(msg("hostile-home-is-file", what=what))
    if create:
        fileperms.restrict_umask()
        try:
            fileperms.private_dir(path)
        except OSError as exc:
            from qaclient.messages import msg

            raise HomeError(
                msg("hostile-home-cannot-create", what=what, reason=str(exc.strerror or exc))
            ) from exc
        fileperms.secure_tree(path)
    return path


def database_path() -> Path:
    return home() / "qaclient.sqlite3"


def cache_dir(name: str) -> Path:
    """A named cache folder below the home (``waveforms``, ``audio`` …), owner-only.

    A cache is an optimisation: when the home is read-only (or not a folder) the path is
    still returned, reading it misses and writing it fails quietly — no cache, no error."""
    try:
        base = home()
    except HomeError:
        base = _home_path()[0]
    path = base / "cache" / name
    try:
        fileperms.private_dir(path.parent)
        fileperms.private_dir(path)
    except OSError:
        pass
    return path


def settings_path() -> Path:
    return home() / "settings.json"


def exports_dir() -> Path:
    """The default folder for exports (reports, coaching packs) the app writes itself."""
    return fileperms.private_dir(home() / "exports")


def log_path() -> Path:
    return home() / "qaclient.log"


def rubrics_dir() -> Path:
    return RESOURCES_DIR / "rubrics"


def demo_dir() -> Path:
    return RESOURCES_DIR / "demo"
