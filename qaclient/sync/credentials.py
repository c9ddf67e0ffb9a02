"""Where the shared server is and how we log in — without a password on disk in clear.

The server URL and the user name come from (first found wins):

1. an explicit URL (``qaclient sync --db URL``, the settings dialog's test button);
2. the ``QACLIENT_DATABASE_URL`` environment variable;
3. the settings file (``settings.json``: keys ``sync_url`` and ``sync_user`` kept in
   :attr:`qaclient.settings.Settings.extra`; written by :func:`save_connection`, which strips
   any password from the URL before it touches the disk).

The password, when the URL has none: the OS keyring (``keyring``: macOS Keychain, Windows
Credential Locker, Secret Service on Linux) under service ``qaclient`` and the key
``user@host:port/db``; else ``PGPASSWORD`` / ``~/.pgpass`` (libpq reads them itself); else
the UI asks (and may store the answer in the keyring).  No keyring backend on the machine
(a headless server, CI): nothing is stored, the password comes from the environment only.
A backend that keeps passwords in clear (``keyrings.alt``'s ``PlaintextKeyring``, which
``keyring`` picks by itself wherever that package is installed) counts as none.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from qaclient import settings as settings_mod
from qaclient.messages import msg

KEYRING_SERVICE = "qaclient"
ENV_URL = "QACLIENT_DATABASE_URL"


class CredentialsError(ValueError):
    """No server configured, or a URL that is not a PostgreSQL URL."""


@dataclass(frozen=True)
class Connection:
    url: str  # with the password when one was found (never printed: use ``display``)
    display: str  # without the password
    source: str  # "argument", "environment" or "settings"
    password_from: str | None  # "url", "keyring" or None (libpq: PGPASSWORD / .pgpass / none)


def _parse(url: str, where: str) -> URL:
    url = url.strip()
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - SQLAlchemy's ArgumentError and friends
        # never echo the URL: it may hold a password
        raise CredentialsError(
            msg(
                "sync-not-a-url",
                where=where,
                url=repr(redact(url)),
                reason="postgresql://user@host/db",
            )
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise CredentialsError(
            msg("sync-url-not-postgresql", where=where, driver=parsed.drivername)
        )
    return parsed


def redact(url: str) -> str:
    """*url* with anything between ``://user:`` and the last ``@`` replaced by ``***``."""
    import re

    return re.sub(r"(://[^:/@]*:)(.*)@", r"\1***@", url)


def keyring_key(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


#: keyring backends that keep secrets in clear: never used for a password
PLAINTEXT_BACKENDS = frozenset({"keyrings.alt.file.PlaintextKeyring"})


def _in_clear(backend) -> bool:
    chained = getattr(backend, "backends", None)
    if chained:  # keyring's ChainerBackend writes to the first of its backends
        return _in_clear(chained[0])
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}" in PLAINTEXT_BACKENDS


def keyring_available() -> bool:
    """A real keyring backend (not the "fail" or null one, nor one that writes in clear)
    is installed and usable."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or _in_clear(backend):
            return False
        return getattr(backend, "priority", 1) > 0
    except Exception:  # noqa: BLE001 - any import/backend problem means "no keyring"
        return False


def get_password(url: URL) -> str | None:
    if not keyring_available():
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except Exception:  # noqa: BLE001 - a locked or broken keyring is "no password stored"
        return None


def store_password(url: str, password: str) -> bool:
    """Keep *password* in the OS keyring; False when the machine has none (then ask again)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(_parse(url, "url")), password)
    except Exception:  # noqa: BLE001
        return False
    return True


def split_password(url: str) -> tuple[str, str | None]:
    """*url* without its password, and the password (None when it had none or is no URL).

    Any SQLAlchemy/libpq URL (``postgresql://user:pw@host/db``, ``mysql+…``); a file path or
    an empty string comes back as it is.
    """
    text = (url or "").strip()
    if "://" not in text:
        return url, None
    try:
        parsed = make_url(text)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy reads: leave it alone
        return url, None
    if parsed.password is None:
        return url, None
    password = str(parsed.password)
    clean = parsed._replace(password=None)  # URL.set(password=None) would keep it
    return clean.render_as_string(hide_password=False), password


def store_url_password(url: str, password: str) -> bool:
    """Keep the password of any database URL in the OS keyring (False without a keyring)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(make_url(url)), password)
    except Exception:  # noqa: BLE001
        return False
    return True


def with_keyring_password(url: str) -> str:
    """*url* with the password the keyring holds for it (unchanged when none is stored)."""
    text = (url or "").strip()
    if "://" not in text:
        return url
    try:
        parsed = make_url(text)
    except Exception:  # noqa: BLE001
        return url
    if parsed.password:
        return url
    pw = get_password(parsed)
    return parsed.set(password=pw).render_as_string(hide_password=False) if pw else url


def forget_password(url: str) -> None:
    if keyring_available():
        import keyring

        try:
            keyring.delete_password(KEYRING_SERVICE, keyring_key(_parse(url, "url")))
        except Exception:  # noqa: BLE001 - nothing stored
            pass


def configured() -> bool:
    """Whether a shared server is set up (environment or settings); no keyring access."""
    if os.environ.get(ENV_URL):
        return True
    st, _err = settings_mod.load_or_default()
    return bool(st.extra.get("sync_url"))


def resolve(explicit: str | None = None) -> Connection:
    """The server to sync with, or :class:`CredentialsError` saying how to configure one."""
    if explicit:
        raw, source, user = explicit, "argument", None
    elif os.environ.get(ENV_URL):
        raw, source, user = os.environ[ENV_URL], "environment", None
    else:
        st, _err = settings_mod.load_or_default()
        raw = str(st.extra.get("sync_url") or "")
        user = str(st.extra.get("sync_user") or "") or None
        source = "settings"
        if not raw:
            raise CredentialsError(msg("sync-not-configured", variable=ENV_URL))
    parsed = _parse(raw, source)
    if user and not parsed.username:
        parsed = parsed.set(username=user)
    password_from = "url" if parsed.password else None
    if not parsed.password:
        pw = get_password(parsed)
        if pw:
            parsed = parsed.set(password=pw)
            password_from = "keyring"
    return Connection(
        url=parsed.render_as_string(hide_password=False),
        display=parsed.render_as_string(hide_password=True),
        source=source,
        password_from=password_from,
    )


def save_connection(url: str, user: str | None = None, password: str | None = None) -> bool:
    """Store URL and user in the settings (never the password); the password, if given, in
    the keyring.  Returns whether the password was stored."""
    parsed = _parse(url, "server URL")
    if user:
        parsed = parsed.set(username=user)
    pw = password or parsed.password
    clean = parsed._replace(password=None)  # URL.set(password=None) would keep it
    st, _err = settings_mod.load_or_default()
    st.extra["sync_url"] = clean.render_as_string(hide_password=False)
    st.extra["sync_user"] = clean.username or ""
    settings_mod.save(st)
    return store_password(clean.render_as_string(hide_password=False), pw) if pw else False
