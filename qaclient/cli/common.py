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


class CliError(Exception):
    """A user error: printed as ``qaclient: <message>`` and exit status ``code``."""

    def __init__(self, message: str, code: int = 1):
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
        raise CliError(f"{p}: {what} not found") from exc
    except documents.DocumentLimitError as exc:
        raise CliError(f"{p}: {exc.reason}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{p}: {what} is not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise CliError(f"{p}: cannot read {what}: {exc.strerror}") from exc
    try:
        return documents.load_json(text, documents.SETTINGS_LIMITS)
    except documents.DocumentLimitError as exc:
        raise CliError(f"{p}: {exc.reason}") from exc
    except json.JSONDecodeError as exc:
        raise CliError(f"{p}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from exc
