"""A throwaway PostgreSQL cluster on a temporary folder and a spare port.

Used by the sync tests and ``bench/sync.py`` (never by the app): the real server binaries of
the system (``/usr/lib/postgresql/N/bin``, Debian package ``postgresql``), because a mock
would prove nothing about sequences, locks and crash recovery.  ``initdb`` refuses to run
as root, so when we are root the cluster is created and driven through
``runuser -u postgres``.  Starting takes about a second.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server binaries found, or the cluster would not start."""


def find_bindir() -> Path:
    """The newest ``…/postgresql/N/bin`` holding ``initdb`` and ``pg_ctl``."""
    env = os.environ.get("QACLIENT_PG_BINDIR")
    candidates = [env] if env else []
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True
    )
    for cand in candidates:
        if cand and (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ServerUnavailable(
        "no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and PATH): "
        "install the Debian package 'postgresql' (apt-get install postgresql), set "
        "QACLIENT_PG_BINDIR, or point QACLIENT_TEST_DATABASE_URL at a server you run"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalCluster:
    """``initdb`` + ``pg_ctl start`` on a temp dir; :meth:`stop` / :meth:`start` / :meth:`destroy`.

    ``url(dbname)`` gives a ``postgresql+psycopg://`` URL (trust authentication on 127.0.0.1).
    With *ssl* the server speaks TLS with a fresh self-signed certificate for ``127.0.0.1``
    and ``localhost`` (``ca_file``: the certificate, for ``sslmode=verify-full``); without it
    the server offers no TLS at all (a client then needs the explicit opt-out).
    """

    def __init__(self, *, fsync: bool = False, port: int | None = None, ssl: bool = False):
        self.bindir = find_bindir()
        self.port = port or free_port()
        self.root = Path(tempfile.mkdtemp(prefix="qaclient-pg-"))
        self.datadir = self.root / "data"
        self.logfile = self.root / "server.log"
        self.fsync = fsync
        self.ssl = ssl
        self.ca_file: Path | None = None
        self._as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o700)
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.datadir),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ]
        )
        if ssl:
            self._make_certificate()
        self.start()

    def _make_certificate(self) -> None:
        """A self-signed certificate (the server's own CA) valid for 127.0.0.1 and localhost."""
        import datetime
        import ipaddress

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        crt = self.root / "server.crt"
        pem_key = self.root / "server.key"
        crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        pem_key.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
        os.chmod(pem_key, 0o600)
        os.chmod(crt, 0o644)
        if self._as_root:
            shutil.chown(pem_key, "postgres", "postgres")
            shutil.chown(crt, "postgres", "postgres")
        # the clients' copy of the CA (readable by the test process whoever runs it)
        self.ca_file = Path(tempfile.mkdtemp(prefix="qaclient-pg-ca-")) / "root.crt"
        self.ca_file.write_bytes(crt.read_bytes())

    def _run(self, argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
        if self._as_root:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        proc = subprocess.run(argv, capture_output=True, text=True)
        if check and proc.returncode != 0:
            log = self.logfile.read_text(errors="replace")[-2000:] if self.logfile.exists() else ""
            raise ServerUnavailable(
                f"{' '.join(argv)} failed (exit {proc.returncode}): {proc.stderr.strip()} {log}"
            )
        return proc

    def start(self) -> None:
        opts = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
            f"-c fsync={'on' if self.fsync else 'off'} -c max_connections=100 "
            "-c shared_buffers=128MB"
        )
        if self.ssl:
            opts += (
                f" -c ssl=on -c ssl_cert_file={self.root / 'server.crt'}"
                f" -c ssl_key_file={self.root / 'server.key'}"
            )
        # never synchronous_commit=off: an acknowledged commit must survive a server crash
        # (the sync protocol marks rows clean on the acknowledgement; the crash test proves it)
        self._run(
            [
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.datadir),
                "-l",
                str(self.logfile),
                "-w",
                "-t",
                "30",
                "-o",
                opts,
                "start",
            ]
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server; ``mode="immediate"`` is a crash (no checkpoint, clients cut off)."""
        self._run(
            [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", mode, "-w", "stop"],
            check=False,
        )

    def is_running(self) -> bool:
        proc = self._run(
            [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "status"], check=False
        )
        return proc.returncode == 0

    def require_passwords(self, *who: str) -> None:
        """Make the logins *who* (pg_hba.conf syntax: a name, or ``+group`` for its members)
        authenticate with SCRAM passwords over TCP; everybody else keeps trust."""
        hba = self.datadir / "pg_hba.conf"
        lines = [f"host all {w} 127.0.0.1/32 scram-sha-256\n" for w in who]
        hba.write_text("".join(lines) + hba.read_text())
        if self._as_root:
            shutil.chown(hba, "postgres", "postgres")
        self._run([str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "reload"])

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def destroy(self) -> None:
        self.stop("immediate")
        for _ in range(50):
            if not self.is_running():
                break
            time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)
        if self.ca_file is not None:
            shutil.rmtree(self.ca_file.parent, ignore_errors=True)

    def __enter__(self) -> LocalCluster:
        return self

    def __exit__(self, *exc) -> None:
        self.destroy()
