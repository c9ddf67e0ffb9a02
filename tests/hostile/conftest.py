"""Fixtures of the hostile-input tests (helpers in this folder are importable: pytest runs
with --import-mode=importlib, so the folder is put on sys.path here)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
