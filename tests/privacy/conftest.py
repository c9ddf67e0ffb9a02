"""Privacy tests: a call whose caller number is 13812345678, users with and without the
right to see it; the in-memory OS keyring
``memory_keyring`` is in tests/conftest.py."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # privacy_helpers (--import-mode=importlib)

from privacy_helpers import NUMBER, stereo  # noqa: E402


@pytest.fixture
def personal_call(col, tmp_path: Path):
    """A call whose caller number is also in its file name and its notes."""
    share = tmp_path / "share"
    share.mkdir()
    audio = stereo(share / f"{NUMBER}_20261102.wav")
    return col.library.add_call(
        "CN-0001",  # the call id is the key the app works with: it holds no number here
        agent="1001",
        team="blue",
        queue="billing",
        direction="inbound",
        start=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        caller_number=NUMBER,
        notes=f"customer asked for a call back on {NUMBER}",
        agent_channel=0,
        file=audio,
    )


@pytest.fixture
def as_role(col):
    """Make the collection's user (``tester``) hold *role*."""

    def set_role(role: str):
        col.users.add(col.actor, display_name="Tess", role=role)

    return set_role
