"""What this installation is and where it keeps things (``qaclient about``).

For a support call or a bug report, and for the bundle's CI check: the version, whether
this is the self-contained app (``tools/build_bundle.py``) or a Python install, where the
resources, migrations, home folder and database are, and which OS keyring backend holds
the shared database password (none: the password is asked for, never stored in clear).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from qaclient import __version__, paths

#: The OS keyring backends qaclient expects per platform (``keyring`` class paths); a
#: bundle must carry them (tools/bundle/qaclient.spec collects ``keyring.backends``).
NATIVE_BACKENDS: dict[str, tuple[str, ...]] = {
    "linux": ("keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring"),
    "darwin": ("keyring.backends.macOS.Keyring",),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
}


@dataclass(frozen=True)
class BackendStatus:
    name: str  # class path
    status: str  # "usable", "unavailable" (installed, but no service: e.g. no D-Bus) or "missing"
    detail: str  # why not usable ("" when usable)


@dataclass(frozen=True)
class KeyringInfo:
    backend: str  # e.g. "keyring.backends.SecretService.Keyring"; "" when keyring fails
    usable: bool  # a real backend (not keyring's "fail"/"null" one) with priority > 0
    native: tuple[BackendStatus, ...]  # this platform's OS backends and their state
    discovered: tuple[str, ...]  # backend names keyring finds (its entry points)


def platform_key(platform: str = sys.platform) -> str:
    return "linux" if platform.startswith(("linux", "freebsd")) else platform


def backend_status(name: str) -> BackendStatus:
    """Whether the keyring backend class *name* is installed and has its OS service."""
    import importlib

    module_name, _, cls_name = name.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module_name), cls_name)
    except Exception as exc:  # noqa: BLE001 - ImportError, or a module that fails to load
        return BackendStatus(name, "missing", f"{type(exc).__name__}: {exc}")
    try:
        priority = cls.priority  # keyring's backends raise here when their service is absent
    except Exception as exc:  # noqa: BLE001
        return BackendStatus(name, "unavailable", f"{type(exc).__name__}: {exc}")
    if not priority or priority <= 0:
        return BackendStatus(name, "unavailable", f"priority {priority}")
    return BackendStatus(name, "usable", "")


@dataclass(frozen=True)
class Installation:
    version: str
    frozen: bool  # the self-contained app
    python: str
    platform: str
    executable: Path
    resources: Path
    migrations: Path
    home: Path
    home_private: bool | None  # None: not checkable here (Windows: the folder's ACL decides)
    database: Path
    keyring: KeyringInfo

    def to_json(self) -> dict:
        data = asdict(self)
        for key in ("executable", "resources", "migrations", "home", "database"):
            data[key] = str(data[key])
        return data


def keyring_info() -> KeyringInfo:
    from qaclient.sync import credentials

    try:
        import keyring

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
    except Exception:  # noqa: BLE001 - a broken keyring install is "no keyring"
        name = ""
    native = tuple(backend_status(n) for n in NATIVE_BACKENDS.get(platform_key(), ()))
    try:
        from importlib.metadata import entry_points

        discovered = tuple(sorted({ep.name for ep in entry_points(group="keyring.backends")}))
    except Exception:  # noqa: BLE001 - broken metadata: keyring finds nothing either
        discovered = ()
    return KeyringInfo(
        backend=name,
        usable=credentials.keyring_available(),
        native=native,
        discovered=discovered,
    )


def home_private(home: Path, platform: str = sys.platform) -> bool | None:
    """Whether nobody but the owner may read or enter the data folder (POSIX mode bits).

    On Windows mode bits say nothing (``os.chmod`` only toggles read-only): privacy there
    comes from the ACL the folder inherits (``%LOCALAPPDATA%`` is the user's own), which
    this check does not read, so it answers None rather than a reassuring yes."""
    if platform == "win32":
        return None
    try:
        mode = home.stat().st_mode
    except OSError:
        return None
    return not mode & 0o077


def installation() -> Installation:
    from qaclient.storage import db

    return Installation(
        version=__version__,
        frozen=paths.frozen(),
        python=platform.python_version(),
        platform=f"{platform.system()} {platform.release()} {platform.machine()}",
        executable=Path(sys.executable),
        resources=paths.RESOURCES_DIR,
        migrations=db.MIGRATIONS_DIR,
        home=paths.home(create=False),
        home_private=home_private(paths.home(create=False)),
        database=paths.home(create=False) / "qaclient.sqlite3",
        keyring=keyring_info(),
    )
