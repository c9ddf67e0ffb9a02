"""Test-wide setup: no screen, no real user data, a fresh migrated store per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
# core messages: a missing id or a wrong argument is an error in tests (a user sees the id);
# command-line runs speak English unless a test asks for another language
os.environ["QACLIENT_STRICT_MESSAGES"] = "1"
os.environ.setdefault("QACLIENT_LANG", "en")

import faulthandler  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from qaclient.collection import Collection  # noqa: E402
from qaclient.storage import db  # noqa: E402

# Property tests: the default profile is derandomized, so the suite that passed before a
# commit passes the same way in CI (a new counter-example never blocks an unrelated
# landing).  Hunting for new counter-examples is a separate, deliberate run:
#   HYPOTHESIS_PROFILE=explore python -m pytest tests/rubrics tests/formats tests/reports
settings.register_profile("default", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

#: seconds after which a test that has not returned is taken for a native deadlock
WATCHDOG_SECONDS = 420


@pytest.fixture(autouse=True)
def native_hang_watchdog():
    """Print every thread's stack and end the run if a test hangs inside C code.

    pytest-timeout's SIGALRM is handled by Python code, which never runs while a native
    deadlock holds the GIL; faulthandler's watchdog is a C thread and needs no GIL.  A
    hang so becomes a failed run with the stacks in the log, not a CI run that times out
    with nothing to read.
    """
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the machine's keyring (a password, the offline cache's
    key), nor asks for a file keyring's passphrase: no backend unless a test asks for one
    (``memory_keyring`` here, ``file_keyring`` in tests/sync).  Subprocesses inherit it."""
    import keyring.core
    from keyring.backends import fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.get_keyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())


@pytest.fixture(autouse=True)
def qaclient_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own QACLIENT_HOME, so nothing touches the user's real data.

    After every test, whatever it changed in the settings: ``settings.json`` holds no
    password (docs/security.md)."""
    home = tmp_path / "qaclient-home"
    home.mkdir()
    monkeypatch.setenv("QACLIENT_HOME", str(home))
    monkeypatch.setenv("QACLIENT_USER", "tester")
    monkeypatch.delenv("QACLIENT_LOCAL_DATABASE_URL", raising=False)
    yield home
    _assert_no_password_in_settings(home / "settings.json")


def _assert_no_password_in_settings(path: Path) -> None:
    import json

    from qaclient.sync.credentials import split_password

    if not path.exists():
        return
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return  # a test of a corrupt file
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        if isinstance(value, str) and "://" in value:
            assert split_password(value)[1] is None, f"settings.json holds a password in {key}"


@pytest.fixture(autouse=True)
def core_language():
    """Every test starts, and leaves, the core speaking English (a CLI run with --lang or a
    UI test in Chinese sets the process-wide core language)."""
    from qaclient import messages

    messages.set_language("en")
    yield
    messages.set_language("en")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head per test session; tests copy it (migrating is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = db.open_engine(db.sqlite_url(path))
    engine.dispose()
    return path


@pytest.fixture
def col(qaclient_home: Path, migrated_template: Path):
    """An open Collection on a fresh local store under this test's QACLIENT_HOME."""
    target = qaclient_home / "qaclient.sqlite3"
    shutil.copyfile(migrated_template, target)
    collection = Collection.open(db.sqlite_url(target), actor="tester")
    yield collection
    collection.close()


class MemoryKeyring:
    """A keyring backend kept in a dict (priority > 0: ``credentials.keyring_available``)."""

    priority = 10

    def __init__(self):
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    """The OS keyring replaced by a dict for one test.  A plain object put in keyring's slot,
    not a subclass of ``KeyringBackend``: subclasses register themselves for good in
    keyring's chainer, and the other tests would then find a keyring."""
    import keyring.core

    keyring.core.get_keyring()  # initialised first, so the slot is restored as it was
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend
