"""Relays: the QObjects through which worker threads hand results to the GUI thread.

A worker emits a relay's signal; Qt queues the call to the receiving widget's slot on
the GUI thread.  If the relay were the child of that widget, closing the widget would
delete the relay — possibly while a worker is in the middle of ``emit()`` on it, a
use-after-free that crashes the app (we caught it: a segmentation fault when a player
panel was closed while its waveform and segment jobs were still running).

So a relay has no parent and is kept alive here for the rest of the process: a worker can
always emit on it.  When the receiving widget is destroyed Qt disconnects its slots, so
a late result reaches nobody (checked in ``tests/ui/test_relays.py``).  A relay is a
few hundred bytes and a window makes a handful of them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

R = TypeVar("R", bound=QObject)

_alive: list[QObject] = []


def make(relay_class: type[R]) -> R:
    """A new relay of *relay_class* that outlives every widget (see the module docstring)."""
    relay = relay_class()
    _alive.append(relay)
    return relay
