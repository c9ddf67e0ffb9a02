"""No password in settings.json after any change; every file and folder the app creates
under QACLIENT_HOME (and its caches) is owner-only; the audio caches expire and clear."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest
from privacy_helpers import stereo

from qaclient import fileperms, paths
from qaclient import settings as settings_mod
from qaclient.cli.main import main
from qaclient.sync import credentials

POSIX = os.name == "posix"
SECRET = "s3cr3t-pw"


def assert_no_password(path: Path | None = None) -> dict:
    path = path or paths.settings_path()
    text = path.read_text(encoding="utf-8")
    assert SECRET not in text
    data = json.loads(text)
    for key in ("database_url", "sync_url"):
        if data.get(key):
            assert credentials.split_password(data[key])[1] is None, data[key]
    return data


def test_database_location_password_goes_to_the_keyring(memory_keyring):
    url = f"postgresql+psycopg://ann:{SECRET}@db.example:5433/qa"
    st = settings_mod.update(database_url=url)
    data = assert_no_password()
    assert data["database_url"] == "postgresql+psycopg://ann@db.example:5433/qa"
    assert st.database_url == data["database_url"]  # the caller's copy is clean too
    assert memory_keyring.store[("qaclient", "ann@db.example:5433/qa")] == SECRET
    # the app adds it back when it connects (ui.app.database_url)
    assert credentials.with_keyring_password(data["database_url"]).endswith(
        f"ann:{SECRET}@db.example:5433/qa"
    )
    # every later change keeps the file clean
    settings_mod.update(skip_short_s=7)
    settings_mod.update(language="es")
    assert_no_password()


def test_password_with_special_characters_and_no_keyring(monkeypatch):
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)
    settings_mod.update(database_url="postgresql://ann:p%40ss%2Fw@db/qa")
    data = assert_no_password()
    assert "p%40ss" not in json.dumps(data) and "ann@db/qa" in data["database_url"]


def test_sync_page_and_save_connection_never_write_the_password(memory_keyring):
    credentials.save_connection(f"postgresql://bob:{SECRET}@db.example/qa")
    assert_no_password()
    st = settings_mod.load()
    st.extra["sync_url"] = f"postgresql://bob:{SECRET}@db.example/qa"  # a careless writer
    settings_mod.save(st)
    assert_no_password()
    assert memory_keyring.store[("qaclient", "bob@db.example:5432/qa")] == SECRET


def test_a_file_written_by_an_older_version_is_cleaned_when_read(memory_keyring):
    path = paths.settings_path()
    path.write_text(
        json.dumps({"database_url": f"postgresql://c:{SECRET}@h/d", "language": "en"}),
        encoding="utf-8",
    )
    st = settings_mod.load()
    assert st.database_url == "postgresql://c@h/d" and st.language == "en"
    assert_no_password()
    assert memory_keyring.store[("qaclient", "c@h:5432/d")] == SECRET


def test_settings_dialog_accept_saves_no_password(qtbot, memory_keyring):
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(settings_mod.Settings())
    qtbot.addWidget(dlg)
    dlg.database.setText(f"postgresql+psycopg://ann:{SECRET}@db/qa")
    dlg.sync_page.url.setText("postgresql://db.example/qa")
    dlg.sync_page.user.setText("ann")
    dlg.sync_page.password.setText(SECRET)
    chosen = dlg.result_settings()
    settings_mod.update(**{k: getattr(chosen, k) for k in ("database_url", "language")})
    dlg.apply_sync()
    assert_no_password()
    assert SECRET in memory_keyring.store.values()


# --- owner-only files -----------------------------------------------------------------


def _walk(root: Path) -> list[Path]:
    out = [root]
    for dirpath, dirnames, filenames in os.walk(root):
        out += [Path(dirpath, n) for n in dirnames + filenames]
    return out


def assert_owner_only(root: Path) -> int:
    checked = 0
    for p in _walk(root):
        st = p.lstat()
        if stat.S_ISLNK(st.st_mode):
            continue
        mode = stat.S_IMODE(st.st_mode)
        want = 0o700 if stat.S_ISDIR(st.st_mode) else 0o600
        assert mode & 0o077 == 0, f"{p} is {oct(mode)}"
        assert mode == want, f"{p} is {oct(mode)}, want {oct(want)}"
        checked += 1
    return checked


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits (Windows: the profile's ACL)")
def test_everything_the_app_creates_is_owner_only(qaclient_home, tmp_path, capsys):
    from qaclient.audio.waveform import overview
    from qaclient.collection import Collection
    from qaclient.sync.offline_cache import CacheRequest, OfflineCache, SourcePolicy

    os.umask(0o022)  # a usual login umask: the app must not rely on the user's
    fileperms._umask_set = False
    fileperms._secured.clear()
    share = tmp_path / "share"
    share.mkdir()
    audio = stereo(share / "call.wav")
    with Collection.open() as col:  # the local store in the home (+ -wal/-shm)
        col.library.add_call("c1", agent="1001", file=audio)
        col.users.add("tester", role="inspector")
    settings_mod.update(language="en")
    overview(str(audio), 512)  # waveform cache
    from qaclient.audio.segments import analyse

    analyse(str(audio), agent_channel=0)  # segments cache
    import hashlib

    digest = hashlib.sha256(audio.read_bytes()).hexdigest()
    cache = OfflineCache(sources=SourcePolicy((share,)))
    assert cache.checkout([CacheRequest("c1", audio.as_uri(), digest)]).fetched == ["c1"]
    cache.close()
    paths.exports_dir()
    from ui.app import install_excepthook

    class Shell:
        window = None

    import sys

    hook = sys.excepthook
    try:
        install_excepthook(Shell())
    finally:
        sys.excepthook = hook
    assert paths.log_path().exists()
    assert (
        main(
            [
                "report",
                "kpi",
                "--month",
                "2026-10",
                "--format",
                "csv",
                "-o",
                str(paths.exports_dir() / "k.csv"),
            ]
        )
        == 0
    )
    capsys.readouterr()
    names = {p.name for p in _walk(qaclient_home)}
    for expected in ("qaclient.sqlite3", "settings.json", "qaclient.log", "index.sqlite3", "k.csv"):
        assert expected in names
    assert {"audio", "waveforms", "segments", "exports"} <= names
    assert assert_owner_only(qaclient_home) >= 12


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_an_older_world_readable_home_is_fixed_on_open(qaclient_home):
    (qaclient_home / "cache" / "audio").mkdir(parents=True)
    old = qaclient_home / "settings.json"
    old.write_text("{}")
    (qaclient_home / "cache" / "audio" / "x.wav").write_bytes(b"RIFF")
    for p in _walk(qaclient_home):
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    fileperms._secured.clear()
    paths.home()
    assert_owner_only(qaclient_home)
    assert fileperms.loose(qaclient_home) == []


def test_helpers_never_fail_without_posix_bits(monkeypatch, tmp_path):
    monkeypatch.setattr(fileperms, "POSIX", False)
    monkeypatch.setattr(fileperms, "_umask_set", False)
    d = fileperms.private_dir(tmp_path / "w" / "x")
    fileperms.write_private(d / "f", b"1")
    fileperms.private_file(d / "f")
    fileperms.restrict_umask()
    assert fileperms.secure_tree(tmp_path) == 0 and fileperms.loose(tmp_path) == []
    assert (d / "f").read_bytes() == b"1"


# --- retention and clearing -----------------------------------------------------------


def test_audio_caches_expire_after_the_retention_days(tmp_path):
    import hashlib

    from qaclient.audio import cache as audio_cache
    from qaclient.sync.offline_cache import CacheRequest, OfflineCache, SourcePolicy

    settings_mod.update(cache_retention_days=7)
    share = tmp_path / "share"
    share.mkdir()
    files = []
    for i in range(2):
        f = share / f"r{i}.wav"
        f.write_bytes(os.urandom(1000))
        files.append((f, hashlib.sha256(f.read_bytes()).hexdigest()))
    cache = OfflineCache(sources=SourcePolicy((share,)))
    assert cache.retention_days == 7
    cache.checkout([CacheRequest(f"c{i}", f.as_uri(), h) for i, (f, h) in enumerate(files)])
    # c0 was last used 8 days ago, c1 yesterday
    cache._db.execute(
        "UPDATE entries SET last_used = ? WHERE call_id = 'c0'", (time.time() - 8 * 86400,)
    )
    cache._db.execute(
        "UPDATE entries SET last_used = ? WHERE call_id = 'c1'", (time.time() - 86400,)
    )
    assert cache.expire() == 1
    assert cache.path_for("c0") is None and cache.path_for("c1") is not None
    cache.close()
    # analyses and solo copies: by modification time (a hit refreshes it)
    solo = paths.cache_dir("solo")
    old, new = solo / "old-ch0.wav", solo / "new-ch0.wav"
    old.write_bytes(b"x" * 10)
    new.write_bytes(b"y" * 10)
    os.utime(old, (time.time() - 9 * 86400,) * 2)
    assert audio_cache.prune(solo, 1 << 30, audio_cache.retention_seconds()) == 10
    assert not old.exists() and new.exists()


def test_clear_local_data_from_the_cli(tmp_path, capsys):
    import hashlib

    from qaclient.sync.offline_cache import CacheRequest, OfflineCache, SourcePolicy

    f = tmp_path / "r.wav"
    f.write_bytes(os.urandom(5000))
    cache = OfflineCache(sources=SourcePolicy((tmp_path,)))
    cache.checkout([CacheRequest("c0", f.as_uri(), hashlib.sha256(f.read_bytes()).hexdigest())])
    cache.close()
    (paths.cache_dir("waveforms") / "a.npz").write_bytes(b"z" * 100)
    (paths.cache_dir("solo") / "b-ch1.wav").write_bytes(b"z" * 100)
    store_marker = paths.settings_path()
    settings_mod.update(language="en")
    assert main(["cache", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    audio = next(c for c in status["caches"] if c["name"] == "audio")
    assert audio["bytes"] >= 5000 and status["retention_days"] == 30
    assert main(["cache", "clear", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["caches"]["audio"] == 1 and report["caches"]["waveforms"] == 1
    assert report["caches"]["solo"] == 1 and report["bytes"] >= 5200
    assert not any((paths.home() / "cache" / "solo").iterdir())
    assert OfflineCache(sources=SourcePolicy((tmp_path,))).usage() == 0
    assert store_marker.exists()  # settings (and the store) are never cleared
    assert main(["cache", "clear", "--only", "nonsense"]) == 2
    assert "unknown cache nonsense" in capsys.readouterr().err
