"""The PySide6 emit work-around (ui/qtcompat.py): emitting must not use up ``True``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import ui  # noqa: F401 - installs the work-around


class _Emitter(QObject):
    flag = Signal(bool)
    plain = Signal()
    number = Signal(int)


def test_many_emits_keep_the_refcount_of_true_and_false(qapp):
    e = _Emitter()
    got: list[object] = []
    e.flag.connect(got.append)
    e.number.connect(got.append)
    t0, f0 = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(3000):
        e.flag.emit(i % 2 == 0)
        e.plain.emit()
        e.number.emit(i)
    got.clear()
    # without the fix True loses one reference per emit (-9000 here); allow incidental noise
    assert abs(sys.getrefcount(True) - t0) < 10
    assert abs(sys.getrefcount(False) - f0) < 10
