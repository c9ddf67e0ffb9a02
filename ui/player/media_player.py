"""QMediaPlayer and QAudioOutput whose engine calls release the Python GIL while they run.

Why: the binding (PySide6) keeps the GIL held while it runs a C++ method called from
Python.  QtMultimedia's FFmpeg backend plays in threads of its own; when one of them
destroys its audio renderer, Qt calls ``disconnectNotify`` on our ``QAudioOutput`` —
a Python-created object, so the binding first takes the GIL to look for a Python
override — while holding Qt's signal-slot lock.  If the GUI thread is at that moment
inside ``QMediaPlayer.stop()`` (or ``setSource()``, which stops), it holds the GIL and
waits for the same signal-slot lock: both wait forever.  We saw exactly this with gdb
(GUI thread in ``QObject::disconnect`` under ``QMediaPlayer::stop``; the renderer thread
in ``PyGILState_Ensure`` under ``QObject::~QObject``), about one run in ten on a busy
machine — the whole app freezes when the inspector opens the next call.

The fix: the methods that reach into the playback engine call the C++ function through
:mod:`ctypes`, which releases the GIL for the duration of the call.  Signals emitted
during the call still reach Python slots (the binding takes the GIL back for them).
The functions are looked up in the QtMultimedia library the binding already loaded
(Itanium names on Linux and macOS, MSVC names on Windows).  When one cannot be found (an
unusual Qt build, a bundle that renamed the library) the ordinary binding call is used, so
playback still works, but the protection is missing: that is logged once as a warning
naming the library and the missing symbols (``qaclient.player`` logger, also in
``<home>/qaclient.log``), and ``qaclient about --qt`` lists them.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaPlayer

_ARGS = {
    "play": [],
    "pause": [],
    "stop": [],
    "setSource": [ctypes.c_void_p],  # const QUrl &
    "setPosition": [ctypes.c_longlong],  # qint64
    "setPlaybackRate": [ctypes.c_double],  # qreal
    "setDevice": [ctypes.c_void_p],  # const QAudioDevice &
}

# Itanium C++ ABI names (Linux, macOS) of the functions we call without the GIL.
_ITANIUM = {
    "play": "_ZN12QMediaPlayer4playEv",
    "pause": "_ZN12QMediaPlayer5pauseEv",
    "stop": "_ZN12QMediaPlayer4stopEv",
    "setSource": "_ZN12QMediaPlayer9setSourceERK4QUrl",
    "setPosition": "_ZN12QMediaPlayer11setPositionEx",
    "setPlaybackRate": "_ZN12QMediaPlayer15setPlaybackRateEd",
    "setDevice": "_ZN12QAudioOutput9setDeviceERK12QAudioDevice",
}

# The same functions as MSVC (x64) names them (Windows).
_MSVC = {
    "play": "?play@QMediaPlayer@@QEAAXXZ",
    "pause": "?pause@QMediaPlayer@@QEAAXXZ",
    "stop": "?stop@QMediaPlayer@@QEAAXXZ",
    "setSource": "?setSource@QMediaPlayer@@QEAAXAEBVQUrl@@@Z",
    "setPosition": "?setPosition@QMediaPlayer@@QEAAX_J@Z",
    "setPlaybackRate": "?setPlaybackRate@QMediaPlayer@@QEAAXN@Z",
    "setDevice": "?setDevice@QAudioOutput@@QEAAXAEBVQAudioDevice@@@Z",
}


log = logging.getLogger("qaclient.player")


def symbol_names(platform: str = sys.platform) -> dict[str, str]:
    """The mangled names to look up on *platform* (MSVC on Windows, Itanium elsewhere)."""
    return _MSVC if platform == "win32" else _ITANIUM


def _dyld_images() -> list[str]:
    """macOS: the paths of the images (libraries, frameworks) loaded in this process."""
    try:
        libc = ctypes.CDLL(None)
        count = libc._dyld_image_count
        name = libc._dyld_get_image_name
    except (OSError, AttributeError):
        return []
    count.restype = ctypes.c_uint32
    name.restype = ctypes.c_char_p
    name.argtypes = [ctypes.c_uint32]
    return [name(i).decode(errors="replace") for i in range(count()) if name(i)]


def _loaded_library() -> ctypes.CDLL | None:
    """The QtMultimedia library this process already loaded (never a second copy)."""
    if sys.platform == "win32":
        handle = ctypes.windll.kernel32.GetModuleHandleW("Qt6Multimedia.dll")  # type: ignore[attr-defined]
        return ctypes.CDLL("Qt6Multimedia.dll", handle=handle) if handle else None
    import os

    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt" / "lib"
    candidates = [
        qt / "libQt6Multimedia.so.6",
        qt / "QtMultimedia.framework" / "Versions" / "A" / "QtMultimedia",
    ]
    if sys.platform == "darwin":
        # the bundle (or a framework build) may load it from elsewhere: ask dyld
        for image in _dyld_images():
            if image.endswith(("/QtMultimedia", "/libQt6Multimedia.6.dylib")):
                candidates.insert(0, Path(image))
                break
    maps = Path("/proc/self/maps")
    if maps.exists():
        try:
            for line in maps.read_text(errors="replace").splitlines():
                if "libQt6Multimedia.so" in line:
                    candidates.insert(0, Path(line.split()[-1]))
                    break
        except OSError:
            pass
    for path in candidates:
        try:
            # RTLD_NOLOAD: only look up a library that is already loaded
            return ctypes.CDLL(str(path), mode=os.RTLD_NOLOAD | os.RTLD_LOCAL)
        except OSError:
            continue
    return None


@cache
def _lookup() -> tuple[dict[str, Callable[..., None]], tuple[str, ...], str]:
    """(functions by method name, missing symbols, where we looked); all or nothing."""
    try:
        lib = _loaded_library()
    except (OSError, AttributeError, ValueError):
        lib = None
    names = symbol_names()
    if lib is None:
        return {}, tuple(names.values()), "QtMultimedia (not found among the loaded libraries)"
    functions: dict[str, Callable[..., None]] = {}
    missing: list[str] = []
    for method, symbol in names.items():
        try:
            fn = getattr(lib, symbol)
        except AttributeError:
            missing.append(symbol)
            continue
        fn.argtypes = [ctypes.c_void_p, *_ARGS[method]]
        fn.restype = None
        functions[method] = fn
    if missing:  # a partial set would mix protected and unprotected calls: use none
        return {}, tuple(missing), str(getattr(lib, "_name", "QtMultimedia"))
    return functions, (), str(getattr(lib, "_name", "QtMultimedia"))


_warned = False


def _functions() -> dict[str, Callable[..., None]]:
    """The C++ functions by method name; empty (and one warning logged) when this Qt build
    does not export them all."""
    global _warned
    functions, missing, where = _lookup()
    if missing and not _warned:
        _warned = True
        log.warning(
            "the player's engine calls hold the Python GIL (risk of a freeze when a call "
            "is changed during playback): %s lacks %s",
            where,
            ", ".join(missing),
        )
    return functions


def missing_symbols() -> list[str]:
    """The GIL-free engine functions this process could not find (empty: all protected)."""
    return list(_lookup()[1])


def releases_gil() -> bool:
    """Whether the engine calls below really run without the GIL (False: plain binding)."""
    return bool(_functions())


def _this(obj: object) -> int:
    return shiboken6.getCppPointer(obj)[0]


class MediaPlayer(QMediaPlayer):
    """A QMediaPlayer whose transport and source calls do not hold the GIL (see above)."""

    def _call(self, method: str, *args: object) -> bool:
        fn = _functions().get(method)
        if fn is None:
            return False
        fn(_this(self), *args)
        return True

    def play(self) -> None:
        if not self._call("play"):
            super().play()

    def pause(self) -> None:
        if not self._call("pause"):
            super().pause()

    def stop(self) -> None:
        if not self._call("stop"):
            super().stop()

    def setSource(self, source: QUrl) -> None:  # noqa: N802 - Qt's name
        url = QUrl(source)  # kept alive (and owned by us) for the duration of the call
        if not self._call("setSource", _this(url)):
            super().setSource(url)

    def setPosition(self, position: int) -> None:  # noqa: N802 - Qt's name
        if not self._call("setPosition", int(position)):
            super().setPosition(int(position))

    def setPlaybackRate(self, rate: float) -> None:  # noqa: N802 - Qt's name
        if not self._call("setPlaybackRate", float(rate)):
            super().setPlaybackRate(float(rate))


class AudioOutput(QAudioOutput):
    """A QAudioOutput whose device switch (it rebuilds the sink) does not hold the GIL."""

    def setDevice(self, device: QAudioDevice) -> None:  # noqa: N802 - Qt's name
        fn = _functions().get("setDevice")
        if fn is None:
            super().setDevice(device)
            return
        fn(_this(self), _this(device))
