"""User settings of the desktop client, kept as a small JSON file (``paths.settings_path()``).

Core module (no Qt) so the CLI and tests can read and write the same settings the
settings dialog shows.  Unknown keys in the file are kept (a newer client may have
written them); a corrupt file is never fatal: defaults are used and the error reported.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from qaclient import paths
from qaclient.messages import Message, msg

LANGUAGES = ("zh_CN", "en", "es")
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)


@dataclass
class Settings:
    """What an inspector can set in the settings dialog."""

    database_url: str = ""  # empty: the embedded local SQLite store under the home folder
    audio_output: str = ""  # QAudioDevice id (as text); empty: the system default
    skip_short_s: int = 5  # ←/→
    skip_long_s: int = 15  # Shift+←/→
    default_speed: float = 1.0
    language: str = ""  # "zh_CN", "en", "es"; empty: from the system locale
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry(), kept by the UI
    window_state: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    def validate(self) -> list[Message]:
        """Human-readable problems; empty when every value is usable."""
        problems: list[Message] = []
        if self.language and self.language not in LANGUAGES:
            problems.append(
                msg("settings-bad-language", value=self.language, choices=", ".join(LANGUAGES))
            )
        if not 1 <= self.skip_short_s <= 120:
            problems.append(msg("settings-bad-short-skip"))
        if not 1 <= self.skip_long_s <= 600:
            problems.append(msg("settings-bad-long-skip"))
        if not 0.5 <= self.default_speed <= 2.0:
            problems.append(msg("settings-bad-speed"))
        return problems


class SettingsError(Exception):
    """The settings file exists but cannot be read; defaults are in effect."""


def _known() -> set[str]:
    return {f.name for f in fields(Settings)} - {"extra"}


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing file gives the defaults.

    Raises :class:`SettingsError` (with the defaults in ``.settings``) for a corrupt file,
    so the caller can tell the user and carry on.
    """
    path = path or paths.settings_path()
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(msg("settings-not-an-object"))
    except (OSError, ValueError) as exc:
        err = SettingsError(msg("settings-unreadable", path=str(path), reason=str(exc)))
        err.settings = Settings()  # type: ignore[attr-defined]
        raise err from exc
    known = _known()
    defaults = Settings()
    kwargs: dict[str, Any] = {}
    for name in known:
        if name in data:
            want = type(getattr(defaults, name))
            value = data[name]
            try:
                kwargs[name] = want(value)
            except (TypeError, ValueError):
                continue  # a bad value falls back to its default
    settings = Settings(**kwargs, extra={k: v for k, v in data.items() if k not in known})
    if settings.language not in ("", *LANGUAGES):
        settings.language = ""
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path = path or paths.settings_path()
    data = asdict(settings)
    extra = data.pop("extra")
    data = {**extra, **data}
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def load_or_default(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings and an error message to show (None when all went well)."""
    try:
        return load(path), None
    except SettingsError as exc:
        return exc.settings, str(exc)  # type: ignore[attr-defined]


def update(path: Path | None = None, **changes: Any) -> Settings:
    """Change some settings in the file, keeping everything else as it is there now.

    Several parts of the app write the file (the window's geometry, the sync page's
    server, the settings dialog): each re-reads it first, so none overwrites another's
    keys with a stale copy.
    """
    current, _error = load_or_default(path)
    for name, value in changes.items():
        if name not in _known():
            raise KeyError(f"unknown setting {name!r}")
        setattr(current, name, value)
    save(current, path)
    return current
