"""Fixtures of the library tests (helpers live in library_helpers.py, importable because
this folder is put on sys.path: pytest runs with --import-mode=importlib)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from library_helpers import make_recordings  # noqa: E402


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    """A small folder of good recordings named ``{agent}_{start}_{callid}``."""
    return make_recordings(tmp_path)
