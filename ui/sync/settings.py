"""Settings → Sync: the shared server's URL and user; the password goes to the OS keyring
(never to the settings file); encryption (a CA file for verify-full, the explicit opt-out
of TLS); where "take offline" may read recordings from; a button tests the connection."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from qaclient import settings as settings_mod
from qaclient.sync import credentials


class SyncSettingsWidget(QWidget):
    """Fields for the settings dialog; call :meth:`apply` when the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        st, _err = settings_mod.load_or_default()
        form = QFormLayout(self)
        self.url = QLineEdit(str(st.extra.get("sync_url") or ""))
        self.url.setPlaceholderText("postgresql://dbhost:5432/qaclient")
        self.url.setToolTip(
            self.tr("The team's shared PostgreSQL database. Empty: work on this computer only.")
        )
        self.user = QLineEdit(str(st.extra.get("sync_user") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        if not credentials.keyring_available():
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("No system keyring on this computer: the password is asked when needed")
            )
        self.cache_mb = QSpinBox()
        self.cache_mb.setRange(100, 500_000)
        self.cache_mb.setSuffix(" MB")
        self.cache_mb.setValue(int(st.extra.get("offline_cache_mb") or 2048))
        self.cache_mb.setToolTip(
            self.tr("Room for recordings taken offline; the least recently used go first")
        )
        self.ca_file = QLineEdit(str(st.extra.get("sync_ssl_root_cert") or ""))
        self.ca_file.setPlaceholderText(self.tr("none: encrypted, server not verified"))
        self.ca_file.setToolTip(
            self.tr(
                "The certificate of the authority that signed the server's certificate: the "
                "connection is then verified (sslmode=verify-full)"
            )
        )
        self.insecure = QCheckBox(self.tr("Allow connections WITHOUT encryption (not recommended)"))
        self.insecure.setChecked(st.extra.get("sync_insecure_no_tls") is True)
        self.insecure.setToolTip(
            self.tr(
                "Scores, comments and caller numbers then cross the network readable by anyone "
                "on the way. The status bar says so while it is on."
            )
        )
        self.roots = QLineEdit("; ".join(st.recording_roots))
        self.roots.setPlaceholderText(self.tr("folders imported on this computer"))
        self.roots.setToolTip(
            self.tr(
                "Take offline copies recordings only from these folders (separate with ;). "
                "A folder you import is added."
            )
        )
        self.hosts = QLineEdit(", ".join(st.recording_hosts))
        self.hosts.setPlaceholderText(self.tr("server names, separated by commas"))
        self.hosts.setToolTip(
            self.tr("Take offline downloads recordings over https only, from these servers")
        )
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow(self.tr("Server:"), self.url)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("CA certificate:"), self.ca_file)
        form.addRow("", self.insecure)
        form.addRow(self.tr("Offline audio cache:"), self.cache_mb)
        form.addRow(self.tr("Recording folders:"), self.roots)
        form.addRow(self.tr("Recording servers:"), self.hosts)
        form.addRow("", test_row)
        self.test_button.clicked.connect(self.test_connection)

    def _url_with_password(self) -> str:
        url = self.url.text().strip()
        parsed = credentials.resolve(url)  # validates, adds a keyring password if any
        from sqlalchemy.engine import make_url

        u = make_url(parsed.url)
        if self.user.text().strip():
            u = u.set(username=self.user.text().strip())
        if self.password.text():
            u = u.set(password=self.password.text())
        return u.render_as_string(hide_password=False)

    def test_connection(self) -> bool:
        """Connect once (a few seconds at most) and say what happened."""
        from sqlalchemy.exc import DBAPIError

        from qaclient.sync import server as server_mod
        from qaclient.sync.engine import SyncError, describe_error, server_engine

        try:
            engine = server_engine(
                self._url_with_password(),
                connect_timeout=4,
                insecure_no_tls=self.insecure.isChecked(),
            )
        except (credentials.CredentialsError, SyncError) as exc:
            self.test_result.setText(str(exc))
            return False
        try:
            with engine.connect() as conn:
                server_mod.check(conn)
            self.test_result.setText(self.tr("Connected: the shared database is ready"))
            return True
        except server_mod.ServerSchemaError as exc:
            self.test_result.setText(str(exc))
        except DBAPIError as exc:
            self.test_result.setText(
                self.tr("Cannot connect: %1").replace("%1", describe_error(exc)[0])
            )
        finally:
            engine.dispose()
        return False

    def apply(self) -> None:
        """Save URL and user to the settings (never the password) and the password to the keyring."""
        st, _err = settings_mod.load_or_default()
        st.extra["offline_cache_mb"] = self.cache_mb.value()
        cert = self.ca_file.text().strip()
        if cert:
            st.extra["sync_ssl_root_cert"] = cert
        else:
            st.extra.pop("sync_ssl_root_cert", None)
        if self.insecure.isChecked():
            st.extra["sync_insecure_no_tls"] = True
        else:
            st.extra.pop("sync_insecure_no_tls", None)
        st.recording_roots = [r.strip() for r in self.roots.text().split(";") if r.strip()]
        st.recording_hosts = [
            h.strip().lower() for h in self.hosts.text().replace(";", ",").split(",") if h.strip()
        ]
        settings_mod.save(st)
        url = self.url.text().strip()
        if not url:
            st, _err = settings_mod.load_or_default()
            st.extra.pop("sync_url", None)
            st.extra.pop("sync_user", None)
            settings_mod.save(st)
            return
        password = self.password.text() if self.remember.isChecked() else None
        credentials.save_connection(url, self.user.text().strip() or None, password)
