"""Work-arounds for bugs of the Qt binding that would crash the app.

PySide6 6.12.0 on Python 3.11: every ``SignalInstance.emit()`` called from Python drops
one reference to ``True`` that it never took.  Python 3.11's ``True`` is an ordinary
object with a finite reference count (a few hundred at start-up), so after some thousand
emits — a minute of playback with a 15 ms playhead timer — the interpreter aborts with
"Fatal Python error: bool_dealloc: deallocating True or False".  Python 3.12+ makes
``True`` immortal and PySide6 6.11 does not have the bug; neither needs the fix.

Rather than trusting version numbers, :func:`install` *measures* the leak with a private
signal and, only if ``True`` loses references, wraps ``SignalInstance.emit`` to give back
exactly what each call took.  It checks the result and removes the wrapper again if the
measurement does not come out even.  Imported by ``ui/__init__.py`` so it runs before any
widget exists.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    sig = Signal(int)


def _leak_per_emit(n: int = 32) -> float:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(n):
        probe.sig.emit(1)
    after = sys.getrefcount(True)
    probe.deleteLater()
    return (after - before) / n


#: headroom given to None / True / False on Python < 3.12 (see pin_singletons)
_HEADROOM = 1 << 40


def pin_singletons() -> bool:
    """Give ``None``, ``True`` and ``False`` a practically endless reference count.

    PySide6 6.12.0 on Python 3.11 also drops a reference to ``None`` on EVERY call of a
    void C++ method (``setText``, ``setChecked``, ``setVisible``, ``repaint``…; measured:
    exactly −1 per call).  ``None`` starts with ~5,000 references, so the app aborts
    ("Fatal Python error: none_dealloc") after a few thousand widget updates — a minute
    of scoring.  Python 3.12 solved this class of problem by making these objects
    immortal (a huge reference count); this does the same on 3.11 by adding 2**40 to
    their count (``ob_refcnt`` is the first field of every CPython object).  They are
    never freed either way, so the extra count costs nothing and hides no real leak of
    other objects.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        cell = ctypes.c_ssize_t.from_address(id(obj))
        if cell.value < _HEADROOM:
            cell.value += _HEADROOM
    return True


def _none_leak_per_call(n: int = 64) -> float:
    """References to ``None`` lost per call of a void Qt method (0 on a sound binding)."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(n):
        obj.setObjectName("probe")
    after = sys.getrefcount(None)
    obj.deleteLater()
    return (after - before) / n


def install() -> bool:
    """Install the fixes this binding needs (measured, not guessed from version numbers);
    returns True when the emit fix is active."""
    global _installed
    if _installed:
        return True
    if _none_leak_per_call() < 0:
        pin_singletons()
    leak = _leak_per_emit()
    if leak >= 0:
        return False
    lost = round(-leak)
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self, *args):
        result = original(self, *args)
        for _ in range(lost):
            incref(True)
        return result

    emit.__doc__ = original.__doc__
    SignalInstance.emit = emit
    if _leak_per_emit() != 0:  # not the bug we know: do not make it worse
        SignalInstance.emit = original
        return False
    _installed = True
    return True


def active() -> bool:
    return _installed
