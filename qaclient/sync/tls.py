"""Sync speaks TLS: the connection options of the shared server, in one function.

libpq's default ``sslmode=prefer`` falls back to plain text without a word when the server
offers no TLS — caller numbers, comments and scores would cross the network readable by
anyone on the path.  :func:`connect_options` decides instead:

* ``sslmode=require`` by default (encrypted; the server's certificate is not checked);
* ``sslmode=verify-full`` when a CA file is configured (setting ``sync_ssl_root_cert`` or
  ``QACLIENT_SYNC_SSL_ROOT_CERT``): encrypted AND the server proves its name;
* a URL's own ``verify-ca``/``verify-full``/``require`` is kept;
* a plain connection (``sslmode=disable``/``allow``/``prefer`` in the URL) only with the
  explicit opt-out — setting ``sync_insecure_no_tls: true``, ``QACLIENT_SYNC_INSECURE_NO_TLS=1``
  or ``qaclient sync --insecure-no-tls`` — else :class:`TlsRefused`.  With the opt-out and
  no ``sslmode`` in the URL, ``prefer`` is used (encrypted when the server can).  The status
  bar says when a sync ran without encryption.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL

from qaclient.messages import msg

ENV_INSECURE = "QACLIENT_SYNC_INSECURE_NO_TLS"
ENV_ROOT_CERT = "QACLIENT_SYNC_SSL_ROOT_CERT"
PLAIN_MODES = frozenset({"disable", "allow", "prefer"})
VERIFYING_MODES = frozenset({"verify-ca", "verify-full"})
MODES = PLAIN_MODES | VERIFYING_MODES | {"require"}


class TlsRefused(ValueError):
    """The URL asks for a plain connection and the opt-out is not set (or a bad sslmode)."""


@dataclass(frozen=True)
class TlsPolicy:
    sslmode: str
    root_cert: str | None
    insecure: bool  # the explicit opt-out is in effect (a plain connection is allowed)

    def to_json(self) -> dict[str, Any]:
        return {"sslmode": self.sslmode, "root_cert": self.root_cert, "insecure": self.insecure}


def _settings_extra() -> dict[str, Any]:
    from qaclient import settings as settings_mod

    st, _err = settings_mod.load_or_default()
    return st.extra


def insecure_opt_out(explicit: bool | None = None) -> bool:
    """Is a plain (unencrypted) connection explicitly allowed on this machine?"""
    if explicit is not None:
        return explicit
    if os.environ.get(ENV_INSECURE, "").strip().lower() in ("1", "true", "yes"):
        return True
    return _settings_extra().get("sync_insecure_no_tls") is True


def root_cert() -> str | None:
    """The configured CA file for ``verify-full`` (None: none configured)."""
    path = os.environ.get(ENV_ROOT_CERT) or _settings_extra().get("sync_ssl_root_cert") or ""
    return str(path).strip() or None


def connect_options(
    url: URL, *, insecure: bool | None = None
) -> tuple[URL, dict[str, Any], TlsPolicy]:
    """The URL without its TLS query keys, the driver's TLS connect args, and the policy.

    Raises :class:`TlsRefused` for a plain connection without the opt-out.
    """
    query = dict(url.query)
    asked = str(query.pop("sslmode", "") or "").strip().lower()
    url_cert = str(query.pop("sslrootcert", "") or "").strip() or None
    clean = url.set(query=query)
    opt_out = insecure_opt_out(insecure)
    cert = url_cert or root_cert()
    if asked and asked not in MODES:
        raise TlsRefused(msg("privacy-tls-bad-mode", mode=asked))
    if asked in PLAIN_MODES or (not asked and opt_out):
        if not opt_out:
            raise TlsRefused(msg("privacy-tls-plain-refused", mode=asked))
        mode = asked or "prefer"
    elif asked:
        mode = asked
    else:
        mode = "verify-full" if cert else "require"
    args: dict[str, Any] = {"sslmode": mode}
    if cert and mode not in PLAIN_MODES:
        if not os.path.exists(cert):
            raise TlsRefused(msg("privacy-tls-root-cert-missing", path=cert))
        args["sslrootcert"] = cert
    return clean, args, TlsPolicy(mode, args.get("sslrootcert"), opt_out)


def is_tls_failure(text: str) -> bool:
    """Does a libpq error say the TLS handshake or the certificate check failed?"""
    low = text.lower()
    return any(
        s in low
        for s in (
            "does not support ssl",
            "ssl was required",
            "certificate verify failed",
            "server certificate",
            "root certificate file",
            "ssl error",
            "ssl connection has been closed",
        )
    )


def in_use(connection: Any) -> bool | None:
    """Is this (SQLAlchemy or psycopg) connection encrypted?  None when it cannot be told."""
    raw = getattr(connection, "connection", connection)  # SQLAlchemy Connection -> pool proxy
    raw = getattr(raw, "dbapi_connection", raw)
    pgconn = getattr(raw, "pgconn", None)
    try:
        return bool(pgconn.ssl_in_use) if pgconn is not None else None
    except Exception:  # noqa: BLE001 - a closed connection
        return None
