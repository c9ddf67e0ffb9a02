"""Sealed files: the recordings taken offline are encrypted at rest (AES-256-GCM).

"Take offline" puts customer recordings on a laptop that leaves the office.  When the OS
keyring is available, every copy in the offline cache is sealed with a key that lives only
in the keyring (service ``qaclient``, entry ``offline-cache-key``, made on first use): a
powered-off or logged-out laptop without disk encryption shows ciphertext, because the
keyring is locked with the user's login.  The player gets a plaintext copy only for the call
being played (``OfflineCache.playable``: an owner-only file, deleted soon after).

Format: ``QASEAL1\\n`` + an 8-byte random prefix, then records ``<4-byte length><AES-GCM
ciphertext+tag>`` of at most 1 MiB of plaintext each; record *i* uses the nonce ``prefix ||
i`` and the associated data ``i || "M"`` (``"L"`` for the last record), so a reordered,
truncated, extended or altered file fails to open instead of playing something else.

Without a keyring (a headless machine) copies stay unsealed and owner-only
(``docs/security.md`` says so).
"""

from __future__ import annotations

import base64
import os
import struct
from pathlib import Path
from typing import IO

MAGIC = b"QASEAL1\n"
PREFIX = 8
CHUNK = 1 << 20
TAG = 16
KEY_NAME = "offline-cache-key"


class SealError(ValueError):
    """A sealed file that does not open with this key (altered, truncated, another key)."""


def cache_key(*, create: bool = True) -> bytes | None:
    """The offline cache's key from the OS keyring (made and stored on first use); None
    when the machine has no usable keyring — then nothing is sealed."""
    from qaclient.sync import credentials

    if not credentials.keyring_available():
        return None
    try:
        import keyring

        stored = keyring.get_password(credentials.KEYRING_SERVICE, KEY_NAME)
        if stored:
            key = base64.b64decode(stored)
            return key if len(key) == 32 else None
        if not create:
            return None
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key = AESGCM.generate_key(bit_length=256)
        keyring.set_password(credentials.KEYRING_SERVICE, KEY_NAME, base64.b64encode(key).decode())
        if keyring.get_password(credentials.KEYRING_SERVICE, KEY_NAME) is None:
            return None  # a keyring that accepts and forgets: do not seal with a lost key
        return key
    except Exception:  # noqa: BLE001 - a locked or broken keyring: no sealing
        return None


def sealed_size(plain: int) -> int:
    """The size on disk of a sealed file holding *plain* bytes."""
    records = max(1, -(-plain // CHUNK))
    return len(MAGIC) + PREFIX + records * (4 + TAG) + plain


def _aad(i: int, last: bool) -> bytes:
    return struct.pack(">I", i) + (b"L" if last else b"M")


class SealWriter:
    """A write-only file object that seals what is written into *fh*; :meth:`close` ends it."""

    def __init__(self, fh: IO[bytes], key: bytes):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._fh = fh
        self._aead = AESGCM(key)
        self._prefix = os.urandom(PREFIX)
        self._buf = bytearray()
        self._i = 0
        fh.write(MAGIC + self._prefix)

    def _emit(self, data: bytes, last: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._i)
        ct = self._aead.encrypt(nonce, bytes(data), _aad(self._i, last))
        self._fh.write(struct.pack(">I", len(ct)) + ct)
        self._i += 1

    def write(self, data: bytes) -> int:
        self._buf += data
        while len(self._buf) > CHUNK:  # the last chunk is kept back: it is marked "last"
            self._emit(self._buf[:CHUNK], last=False)
            del self._buf[:CHUNK]
        return len(data)

    def close(self) -> None:
        self._emit(self._buf, last=True)
        self._buf = bytearray()


def is_sealed(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def unseal(path: str | os.PathLike[str], key: bytes, out: IO[bytes] | None = None, hasher=None):
    """Decrypt *path* into *out* (and/or feed *hasher*); :class:`SealError` when it does not
    open with *key* or was altered, truncated or extended."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    with open(path, "rb") as fh:
        head = fh.read(len(MAGIC) + PREFIX)
        if len(head) != len(MAGIC) + PREFIX or not head.startswith(MAGIC):
            raise SealError(f"{Path(path).name}: not a sealed file")
        prefix = head[len(MAGIC) :]
        i = 0
        while True:
            size = fh.read(4)
            if len(size) != 4:
                raise SealError(f"{Path(path).name}: truncated")
            (n,) = struct.unpack(">I", size)
            if n > CHUNK + TAG:
                raise SealError(f"{Path(path).name}: damaged")
            ct = fh.read(n)
            if len(ct) != n:
                raise SealError(f"{Path(path).name}: truncated")
            nonce = prefix + struct.pack(">I", i)
            last = fh.peek(1)[:1] == b"" if hasattr(fh, "peek") else False
            try:
                data = aead.decrypt(nonce, ct, _aad(i, last))
            except InvalidTag as exc:
                raise SealError(
                    f"{Path(path).name}: does not open with this key, or was altered"
                ) from exc
            if out is not None:
                out.write(data)
            if hasher is not None:
                hasher.update(data)
            i += 1
            if last:
                return


__all__ = ["SealError", "SealWriter", "cache_key", "is_sealed", "sealed_size", "unseal"]
