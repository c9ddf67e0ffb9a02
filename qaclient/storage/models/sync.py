"""ORM tables for sync (filled in by its issue; registered in models/__init__.py)."""

from __future__ import annotations
