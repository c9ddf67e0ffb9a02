"""Shared helpers of the command modules: JSON output and user-facing errors."""

from __future__ import annotations

import json
import sys
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from qaclient.messages import Message, msg


class CliError(Exception):
    """A user error: printed as ``qaclient: <message>`` and exit status ``code``."""

    def __init__(self, message: Message | str, code: int = 1):
        super().__init__(message)
        self.code = code


def _default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, uuid.UUID | Path):
        return str(obj)
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, set | frozenset | tuple):
        return list(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def dumps(data: Any) -> str:
    return json.dumps(data, default=_default, ensure_ascii=False, indent=2)


def print_json(data: Any) -> None:
    sys.stdout.write(dumps(data) + "\n")


def read_json(path: str | Path, what: str = "file") -> Any:
    from qaclient import documents

    p = Path(path)
    try:
        text = documents.read_text(p, documents.SETTINGS_LIMITS, encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CliError(msg("common-file-not-found", path=str(p))) from exc
    except documents.DocumentLimitError as exc:
        raise CliError(f"{p}: {exc.reason}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(msg("common-not-utf8", path=str(p), reason=str(exc.reason))) from exc
    except OSError as exc:
        raise CliError(
            msg("common-cannot-read", path=str(p), reason=str(exc.strerror or exc))
        ) from exc
    try:
        return documents.load_json(text, documents.SETTINGS_LIMITS)
    except documents.DocumentLimitError as exc:
        raise CliError(f"{p}: {exc.reason}") from exc
    except json.JSONDecodeError as exc:
        raise CliError(
            msg(
                "common-invalid-json",
                path=str(p),
                line=exc.lineno,
                column=exc.colno,
                reason=exc.msg,
            )
        ) from exc


def output_target(
    path: str | Path,
    *,
    force: bool = False,
    fmt: str | None = None,
    sources: tuple[str | Path, ...] = (),
    db: str | None = None,
    make_parents: bool = False,
    code: int = 2,
) -> Path:
    """*path* checked as the output of a command (:func:`qaclient.outputs.check_target`):
    no overwrite without ``--force``, never a library recording or the store, the format's
    extension.  Errors become a :class:`CliError` (exit 2)."""
    from qaclient.outputs import OutputError, check_target

    def held_by(resolved: Path) -> str | None:
        from qaclient.collection import Collection

        try:
            col = Collection.open(db)
        except Exception:  # no store to ask (e.g. read-only home): nothing is known to it
            return None
        try:
            return col.library.holder_of(resolved)
        finally:
            col.close()

    try:
        return check_target(
            path,
            force=force,
            fmt=fmt,
            held_by=held_by,
            sources=sources,
            make_parents=make_parents,
        )
    except OutputError as exc:
        raise CliError(str(exc), code) from exc
