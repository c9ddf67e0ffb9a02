"""Owner-only files: everything qaclient keeps on the machine is readable by its user alone.

The local store, the settings, the log, the audio caches (waveforms, segments, solo copies,
recordings taken offline) and the exports hold customer data and the inspector's work, so
on POSIX they are created ``0600`` (files) and ``0700`` (folders):

* :func:`restrict_umask` sets the process umask to ``077`` once (the first call of
  :func:`qaclient.paths.home`), so every file the app, SQLite (``-wal``/``-shm``) or a
  library creates afterwards is owner-only without each writer having to remember;
* :func:`private_dir` / :func:`private_file` set the mode explicitly where a folder or file
  is made (belt and braces: a host process may have reset the umask);
* :func:`secure_tree` fixes a home written by an older version (``0644``/``0755``) when it
  is opened.

On Windows ``os.chmod`` can only toggle the read-only flag, so these functions do nothing
there: files under the user's profile (``%LOCALAPPDATA%``, the default home) inherit an
ACL that grants the user, SYSTEM and Administrators only.  A ``QACLIENT_HOME`` elsewhere
(a shared drive) keeps that folder's ACL — see ``docs/security.md``.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
UMASK = 0o077

#: POSIX permission bits are meaningful (False on Windows: the helpers do nothing there).
POSIX = os.name == "posix"

_lock = threading.Lock()
_umask_set = False
_secured: set[str] = set()


def restrict_umask() -> None:
    """Make every file this process creates owner-only from now on (idempotent)."""
    global _umask_set
    if not POSIX or _umask_set:
        return
    with _lock:
        if not _umask_set:
            old = os.umask(UMASK)
            os.umask(old | UMASK)  # keep any stricter bits the host process set
            _umask_set = True


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create *path* (and its missing parents) as an owner-only folder; fix its mode if it exists."""
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _chmod(p, DIR_MODE)
    return p


def private_file(path: str | os.PathLike[str]) -> Path:
    """Make an existing file owner-only (a missing file is no error)."""
    p = Path(path)
    _chmod(p, FILE_MODE)
    return p


def write_private(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write *data* to a new owner-only file (created ``0600``, never briefly world-readable)."""
    p = Path(path)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    _chmod(p, FILE_MODE)
    return p


def secure_tree(root: str | os.PathLike[str], *, once: bool = True) -> int:
    """Make *root* and everything below it owner-only; returns how many modes were changed.

    Symbolic links are not followed (a link to a shared recordings folder stays as it is).
    With *once* (the default) a tree is walked once per process.
    """
    if not POSIX:
        return 0
    key = os.path.abspath(root)
    if once and key in _secured:
        return 0
    changed = 0
    top = Path(root)
    if top.is_dir() and not top.is_symlink():
        changed += _chmod(top, DIR_MODE)
        for dirpath, dirnames, filenames in os.walk(top):
            for d in dirnames:
                p = Path(dirpath, d)
                if not p.is_symlink():
                    changed += _chmod(p, DIR_MODE)
            for f in filenames:
                p = Path(dirpath, f)
                if not p.is_symlink():
                    changed += _chmod(p, FILE_MODE)
    _secured.add(key)
    return changed


def loose(root: str | os.PathLike[str]) -> list[tuple[Path, int]]:
    """Files and folders under *root* that others may read, write or enter: ``(path, mode)``."""
    if not POSIX:
        return []
    out: list[tuple[Path, int]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            p = Path(dirpath, name)
            try:
                st = p.lstat()
            except OSError:
                continue
            if stat.S_ISLNK(st.st_mode):
                continue
            if st.st_mode & 0o077:
                out.append((p, stat.S_IMODE(st.st_mode)))
    try:
        st = Path(root).stat()
        if st.st_mode & 0o077:
            out.insert(0, (Path(root), stat.S_IMODE(st.st_mode)))
    except OSError:
        pass
    return out


def _chmod(p: Path, mode: int) -> int:
    if not POSIX:
        return 0
    try:
        st = p.lstat()
    except OSError:
        return 0
    current = stat.S_IMODE(st.st_mode)
    # take away what group and others may do, never give the owner more than they had: a
    # folder the user made read-only (0555) stays read-only (0500)
    wanted = current & mode & ~0o077
    if stat.S_ISLNK(st.st_mode) or current == wanted:
        return 0
    try:
        os.chmod(p, wanted)
    except OSError:  # not ours (a shared folder): leave it, the caller's data is still ours
        return 0
    return 1
