"""The core's user-facing messages, translated without Qt (Fluent, as Anki does).

A core service that has something to tell a person does not build an English sentence: it
makes a :class:`Message` — a message id and its arguments — with :func:`msg`.  The text is
rendered when somebody reads it, in the language of the reader:

    raise EvaluationError(msg("evaluation-adjustment-needs-reason", kind=kind))
    str(exc)            # rendered in the current core language
    tr("sync-state-offline")   # render at once

The catalogs are Fluent files, one per core area and language:
``resources/translations/core/<lang>/<area>.ftl`` (``en`` is the source language and the
fallback for a message missing in another language).  The core language is set by the CLI
(``--lang``, ``QACLIENT_LANG``, the settings, the system locale) and by the desktop app
whenever its UI language changes (``ui/i18n.py``), so the core's messages and the UI's own
strings always speak the same language.

JSON output keeps machine values (ids, enum values): only human text goes through here.
"""

from __future__ import annotations

import locale
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from qaclient.paths import RESOURCES_DIR

#: The languages the app speaks; ``en`` is the source language of every message.
LANGUAGES: tuple[str, ...] = ("zh_CN", "en", "es")
SOURCE_LANGUAGE = "en"
CATALOG_DIR: Path = RESOURCES_DIR / "translations" / "core"

_lock = threading.Lock()
_bundles: dict[str, FluentBundle] = {}
_current = SOURCE_LANGUAGE


class MessageFormatError(RuntimeError):
    """A message id missing from the source catalog, or rendered with wrong arguments.

    Raised only in strict mode (``QACLIENT_STRICT_MESSAGES=1``, which the test suite
    sets): a user never gets an exception for a faulty translation, only the message id.
    """


@dataclass(frozen=True)
class Message:
    """A message id with its arguments; rendered lazily in the reader's language."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        return render(self, lang)

    def __str__(self) -> str:
        return render(self)


def msg(message_id: str, /, **args: Any) -> Message:
    """A message to show a person later (an exception's text, a warning, a label)."""
    return Message(message_id, args)


def tr(message_id: str, /, **args: Any) -> str:
    """Render the message *message_id* now, in the current core language."""
    return render(Message(message_id, args))


def text(value: Message | str, lang: str | None = None) -> str:
    """*value* as a string: a Message is rendered, a plain string passes through."""
    return render(value, lang) if isinstance(value, Message) else str(value)


def normalise_language(value: str | None) -> str | None:
    """``zh``, ``zh-CN``, ``zh_CN.UTF-8`` → ``zh_CN``; ``es_MX`` → ``es``; unknown → None."""
    if not value:
        return None
    name = value.split(".")[0].replace("-", "_")
    low = name.lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("es"):
        return "es"
    if low.startswith("en") or low in ("c", "posix"):
        return "en"
    return None


def set_language(lang: str | None) -> str:
    """Make *lang* the core language (normalised; anything unknown → English)."""
    global _current
    _current = normalise_language(lang) or SOURCE_LANGUAGE
    return _current


def current_language() -> str:
    return _current


def language_from_environment(setting: str | None = None) -> str:
    """The language a command-line run should speak when ``--lang`` is not given.

    ``QACLIENT_LANG``, else the saved UI language (*setting*), else the system locale.
    """
    for candidate in (
        os.environ.get("QACLIENT_LANG"),
        setting,
        os.environ.get("LC_ALL"),
        os.environ.get("LC_MESSAGES"),
        os.environ.get("LANG"),
        locale.getlocale()[0],
    ):
        found = normalise_language(candidate)
        if found:
            return found
    return SOURCE_LANGUAGE


def _strict() -> bool:
    return os.environ.get("QACLIENT_STRICT_MESSAGES") == "1"


def _fluent_locale(lang: str) -> str:
    return lang.replace("_", "-")


def catalog_files(lang: str) -> list[Path]:
    folder = CATALOG_DIR / lang
    return sorted(folder.glob("*.ftl")) if folder.is_dir() else []


def _bundle(lang: str) -> FluentBundle:
    bundle = _bundles.get(lang)
    if bundle is not None:
        return bundle
    with _lock:
        bundle = _bundles.get(lang)
        if bundle is None:
            bundle = FluentBundle([_fluent_locale(lang)], use_isolating=False)
            for path in catalog_files(lang):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            _bundles[lang] = bundle
    return bundle


def reload_catalogs() -> None:
    """Forget the loaded catalogs (tests that write catalog files; translators at work)."""
    with _lock:
        _bundles.clear()


def _fluent_value(value: Any) -> Any:
    """Arguments Fluent can format: numbers stay numbers, the rest becomes text."""
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None:
        return "—"
    return str(value)


def _format(lang: str, message: Message) -> str | None:
    bundle = _bundle(lang)
    if not bundle.has_message(message.id):
        return None
    pattern = bundle.get_message(message.id).value
    if pattern is None:
        return None
    args = {k: _fluent_value(v) for k, v in message.args.items()}
    result, errors = bundle.format_pattern(pattern, args)
    if errors and _strict():
        raise MessageFormatError(f"{lang}:{message.id}: {errors[0]}")
    return result


def render(message: Message | str, lang: str | None = None) -> str:
    """The text of *message* in *lang* (default: the current core language).

    A message missing in *lang* falls back to English; one missing everywhere renders as
    its id and arguments (and raises in strict mode), so nothing is ever lost from view.
    """
    if not isinstance(message, Message):
        return str(message)
    lang = normalise_language(lang) or _current
    for candidate in (lang, SOURCE_LANGUAGE):
        out = _format(candidate, message)
        if out is not None:
            return out
    if _strict():
        raise MessageFormatError(f"message {message.id!r} is in no catalog")
    if not message.args:
        return message.id
    return message.id + " " + ", ".join(f"{k}={v}" for k, v in message.args.items())
