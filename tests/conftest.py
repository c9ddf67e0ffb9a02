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
from collections.abc import Iterator  # noqa: E402
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
def qaclient_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own QACLIENT_HOME, so nothing touches the user's real data."""
    home = tmp_path / "qaclient-home"
    home.mkdir()
    monkeypatch.setenv("QACLIENT_HOME", str(home))
    monkeypatch.setenv("QACLIENT_USER", "tester")
    monkeypatch.delenv("QACLIENT_LOCAL_DATABASE_URL", raising=False)
    return home


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


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test touches the machine's keyring (nor, with ``keyrings.alt`` installed by the
    test extras, asks for its passphrase): no backend unless a test asks for
    :func:`file_keyring` (tests/sync/conftest.py).  Subprocesses inherit it through
    ``PYTHON_KEYRING_BACKEND``."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
