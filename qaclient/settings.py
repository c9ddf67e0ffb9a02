"""User settings of the desktop client, kept as a small JSON file (``paths.settings_path()``).

Core module (no Qt) so the CLI and tests can read and write the same settings the
settings dialog shows.  Unknown keys in the file are kept (a newer client may have
written them); a corrupt file is never fatal: defaults are used and the error reported.

No password ever reaches the file: :func:`save` strips it from every URL (the database
location, the sync server) and hands it to the OS keyring (``qaclient.sync.credentials``);
a file written by an older version is cleaned the first time it is read.  The file is
owner-only (``0600``, ``qaclient.fileperms``).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from qaclient import fileperms, paths
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
    # privacy (docs/security.md, "On the inspector's machine")
    show_personal_data: bool = False  # show caller numbers in full on this machine (audited)
    personal_fields: list[str] = field(default_factory=lambda: ["caller_number"])
    cache_retention_days: int = 30  # audio caches: entries unused this long are deleted
    recording_roots: list[str] = field(default_factory=list)  # "take offline": file: roots
    recording_hosts: list[str] = field(default_factory=list)  # "take offline": https: hosts
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
        if not 1 <= self.cache_retention_days <= 3650:
            problems.append(msg("settings-bad-retention"))
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
            if want is bool:
                if isinstance(value, bool):
                    kwargs[name] = value
                continue
            if want is list:
                if isinstance(value, list):
                    kwargs[name] = [str(v) for v in value if isinstance(v, str | int)]
                continue
            try:
                kwargs[name] = want(value)
            except (TypeError, ValueError):
                continue  # a bad value falls back to its default
    settings = Settings(**kwargs, extra={k: v for k, v in data.items() if k not in known})
    if settings.language not in ("", *LANGUAGES):
        settings.language = ""
    if _holds_password(data):  # written by an older version: move the password out now
        try:
            save(settings, path)
        except OSError:
            pass
    return settings


def _url_fields(data: dict[str, Any]) -> list[str]:
    return [k for k in ("database_url", "sync_url") if isinstance(data.get(k), str)]


def _holds_password(data: dict[str, Any]) -> bool:
    from qaclient.sync.credentials import split_password

    return any(split_password(data[k])[1] for k in _url_fields(data))


def strip_passwords(data: dict[str, Any]) -> dict[str, Any]:
    """*data* with the password taken out of every URL; each one goes to the OS keyring
    (without a keyring it is dropped: the app asks for it again when it connects)."""
    from qaclient.sync.credentials import split_password, store_url_password

    out = dict(data)
    for k in _url_fields(out):
        clean, password = split_password(out[k])
        if password:
            store_url_password(clean, password)
            out[k] = clean
    return out


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path = path or paths.settings_path()
    data = asdict(settings)
    extra = data.pop("extra")
    data = strip_passwords({**extra, **data})
    for k in _url_fields(data):  # the caller's object must not keep the password either
        if k in extra:
            settings.extra[k] = data[k]
        else:
            setattr(settings, k, data[k])
    tmp = path.with_suffix(".json.tmp")
    tmp.unlink(missing_ok=True)
    fileperms.write_private(tmp, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    os.replace(tmp, path)
    fileperms.private_file(path)


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
