"""Platform-specific code paths: frozen/unfrozen file locations, user data folders, keyring
backends.  The tests for a platform run on that platform (skipped elsewhere); the tables
they rely on are checked everywhere."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest

from qaclient import about, paths
from qaclient.storage import db

ROOT = Path(__file__).resolve().parent.parent


# --- where the code and data files are --------------------------------------------------


def test_unfrozen_the_resources_are_the_source_trees(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert not paths.frozen()
    assert paths.bundle_root() == ROOT
    assert paths.RESOURCES_DIR == ROOT / "resources"
    assert db.MIGRATIONS_DIR == ROOT / "qaclient" / "storage" / "migrations"
    assert (db.MIGRATIONS_DIR / "env.py").is_file()


def test_frozen_the_resources_are_below_meipass(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.frozen()
    assert paths.bundle_root() == tmp_path.resolve()
    # module constants are computed at import: a fresh import inside the "bundle"
    fresh = importlib.reload(paths)
    try:
        assert fresh.RESOURCES_DIR == tmp_path.resolve() / "resources"
        assert fresh.rubrics_dir() == tmp_path.resolve() / "resources" / "rubrics"
    finally:
        monkeypatch.undo()
        importlib.reload(paths)
    assert paths.RESOURCES_DIR == ROOT / "resources"


def test_frozen_without_meipass_is_not_taken_for_a_bundle(monkeypatch):
    # other freezers set sys.frozen too; without _MEIPASS we keep the module-relative paths
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert not paths.frozen()
    assert paths.bundle_root() == ROOT


def test_missing_migrations_are_a_clear_error(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(db, "MIGRATIONS_DIR", tmp_path / "nowhere")
    engine = db.make_engine(db.sqlite_url(tmp_path / "x.sqlite3"))
    with pytest.raises(db.StoreError, match="no database migrations .*env.py"):
        db.upgrade(engine)
    engine.dispose()


# --- the user data folder, per platform --------------------------------------------------


def test_qaclient_home_overrides_the_platform_folder(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("QACLIENT_HOME", str(tmp_path / "elsewhere"))
    assert paths.home() == tmp_path / "elsewhere"
    assert paths.database_path() == tmp_path / "elsewhere" / "qaclient.sqlite3"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux: XDG data folder")
def test_linux_home_is_in_the_xdg_data_folder(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("QACLIENT_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.home(create=False) == tmp_path / "xdg" / "qaclient"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows: %LOCALAPPDATA%")
def test_windows_home_is_in_local_appdata(monkeypatch):
    monkeypatch.delenv("QACLIENT_HOME", raising=False)
    home = paths.home(create=False)
    # per user and per machine (not roaming: the store and the audio cache are large)
    assert home.parent == Path(os.environ["LOCALAPPDATA"])
    assert home.name == "qaclient"


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS: Application Support")
def test_macos_home_is_in_application_support(monkeypatch):
    monkeypatch.delenv("QACLIENT_HOME", raising=False)
    assert paths.home(create=False) == Path.home() / "Library" / "Application Support" / "qaclient"


# --- keyring backends ---------------------------------------------------------------------


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_every_native_backend_named_exists_in_keyring(platform: str):
    from keyring.backend import KeyringBackend

    names = about.NATIVE_BACKENDS[platform]
    assert names
    for name in names:
        module_name, _, cls_name = name.rpartition(".")
        cls = getattr(importlib.import_module(module_name), cls_name)
        assert issubclass(cls, KeyringBackend), name


def test_platform_keys():
    assert about.platform_key("linux") == "linux"
    assert about.platform_key("darwin") == "darwin"
    assert about.platform_key("win32") == "win32"


def test_a_backend_without_its_service_is_reported_with_the_reason():
    status = about.backend_status("keyring.backends.fail.Keyring")
    assert status.status == "unavailable" and status.detail  # priority 0
    missing = about.backend_status("keyring.backends.NoSuchThing.Keyring")
    assert missing.status == "missing" and "NoSuchThing" in missing.detail


def test_no_keyring_means_nothing_is_stored(monkeypatch):
    import keyring
    from keyring.backends import fail

    from qaclient.sync import credentials

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert not credentials.keyring_available()
    assert credentials.store_password("postgresql://ann@db/qa", "secret") is False
    info = about.keyring_info()
    assert info.backend == "keyring.backends.fail.Keyring" and not info.usable


@pytest.mark.skipif(sys.platform not in ("darwin", "win32"), reason="macOS/Windows keyring")
def test_the_os_keyring_is_usable_on_macos_and_windows():
    # the Keychain and the Credential Locker are there for every logged-in user
    info = about.keyring_info()
    assert info.usable, info
    assert any(b.status == "usable" for b in info.native), info.native


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="Linux desktop session with D-Bus",
)
def test_linux_secret_service_with_a_desktop_session():
    status = about.backend_status("keyring.backends.SecretService.Keyring")
    assert status.status != "missing", status.detail
