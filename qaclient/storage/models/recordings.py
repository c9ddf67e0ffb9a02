"""ORM tables for recordings (filled in by its issue; registered in models/__init__.py)."""

from __future__ import annotations
