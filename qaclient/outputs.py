"""Files the app writes for the user: never over an existing file unless asked, never over
a file the library holds, never half written.

Every command that writes a file (``report … -o``, ``rubric import -o``, ``clip -o``,
``coaching export-pack``, the CSV/XLSX exports) goes through :func:`check_target` first and
writes through :func:`write_atomic`:

* an existing file is only replaced with ``force`` (``--force``);
* a recording the library holds, the local store and its journal files are never replaced,
  not even with ``--force`` — a report written over a call recording loses the call;
* the name must end in the format's extension (``--format pdf -o x.csv`` is refused: a
  PDF named ``.csv`` breaks whoever opens it next);
* the new content is written to a temporary file beside the target and renamed over it,
  so a failure leaves the old file (or none), never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from qaclient.messages import msg

#: the extensions each output format may be written under
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "json": (".json",),
    "csv": (".csv",),
    "xlsx": (".xlsx",),
    "pdf": (".pdf",),
    "yaml": (".yaml", ".yml"),
    "wav": (".wav",),
    "flac": (".flac",),
    "png": (".png",),
}


class OutputError(ValueError):
    """The output cannot be written there; ``str()`` says which file, why and what to do."""


def _store_files() -> set[Path]:
    """The local store's files (database and SQLite journals), without creating anything."""
    import platformdirs

    from qaclient import paths

    env = os.environ.get("QACLIENT_HOME")
    home = (
        Path(env).expanduser()
        if env
        else Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False))
    )
    db = (home / "qaclient.sqlite3").resolve()
    return {db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")}


def check_target(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    fmt: str | None = None,
    held_by: Callable[[Path], str | None] | None = None,
    sources: Iterable[str | os.PathLike[str]] = (),
    make_parents: bool = False,
) -> Path:
    """*path* as a :class:`Path` when a new output may be written there, else
    :class:`OutputError`.

    ``held_by(resolved_path)`` names what in the library holds an existing file (a call
    id) or None; ``sources`` are the input files of the command (never overwritten);
    ``make_parents``: the writer creates missing folders itself.
    """
    out = Path(path)
    if fmt is not None:
        allowed = EXTENSIONS.get(fmt, (f".{fmt}",))
        if out.suffix.lower() not in allowed:
            raise OutputError(
                msg(
                    "hostile-out-wrong-extension",
                    path=str(out),
                    format=fmt,
                    kind=fmt.upper(),
                    suffix=repr(out.suffix or "no extension"),
                    suggested=f"{out.stem}{allowed[0]}",
                )
            )
    parent = out.parent if str(out.parent) else Path(".")
    if not make_parents and not parent.is_dir():
        raise OutputError(msg("hostile-out-no-folder", path=str(out), folder=str(parent)))
    resolved = out.resolve()
    for src in sources:
        if Path(src).resolve() == resolved:
            raise OutputError(msg("hostile-out-is-input", path=str(out)))
    if resolved in _store_files():
        raise OutputError(msg("hostile-out-is-store", path=str(out)))
    if out.is_dir():
        raise OutputError(msg("hostile-out-is-folder", path=str(out)))
    if out.exists() or out.is_symlink():
        holder = held_by(resolved) if held_by is not None else None
        if holder is not None:
            raise OutputError(msg("hostile-out-is-recording", path=str(out), call=holder))
        if not force:
            raise OutputError(msg("hostile-out-exists", path=str(out)))
    return out


def write_atomic(path: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside *path*, then rename it over *path*.

    A failure (or an interrupt) removes the temporary file and leaves *path* as it was.
    The new file is owner-only readable, like every file the app keeps (reports hold
    names and scores).
    """
    out = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent or ".")
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
