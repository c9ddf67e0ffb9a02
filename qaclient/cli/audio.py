"""`qaclient` commands of this group (see COMMAND_MODULES in main.py)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this group's commands to the ``qaclient`` parser."""
