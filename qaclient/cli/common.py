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
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CliError(msg("common-file-not-found", path=str(p))) from exc
    except OSError as exc:
        raise CliError(
            msg("common-cannot-read", path=str(p), reason=str(exc.strerror or exc))
        ) from exc
    try:
        return json.loads(text)
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
