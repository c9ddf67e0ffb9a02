"""The sync state in the window: offline / syncing (with progress) / up to date / N
conflicts / last error, and a button to sync now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ui.sync.worker import SyncController, SyncState, SyncStatus

_COLOURS = {
    SyncState.NOT_CONFIGURED: "#6b7280",
    SyncState.OFFLINE: "#b45309",
    SyncState.SYNCING: "#2563eb",
    SyncState.UP_TO_DATE: "#15803d",
    SyncState.CONFLICTS: "#b91c1c",
    SyncState.ERROR: "#b91c1c",
}


class SyncStatusWidget(QWidget):
    """A compact status-bar widget; give it the app's :class:`SyncController`."""

    def __init__(self, controller: SyncController | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        lay.setSpacing(6)
        self.who = (
            QLabel()
        )  # who is signed in on the shared server (its login, not a name typed here)
        self.who.setObjectName("signedInAs")
        self.dot = QLabel("●")
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.button = QToolButton()
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send your changes and fetch the team's now"))
        lay.addWidget(self.who)
        lay.addWidget(self.dot)
        lay.addWidget(self.label)
        lay.addWidget(self.button)
        lay.addStretch(1)
        self.controller = controller
        if controller is not None:
            self.button.clicked.connect(controller.sync_now)
            controller.statusChanged.connect(self.show_status)
            self.show_status(controller.status)
        else:
            self.show_status(SyncStatus())

    def text_for(self, st: SyncStatus) -> str:
        if st.state is SyncState.SYNCING:
            if st.total:
                pct = int(100 * st.done / max(st.total, 1))
                phase = self.tr("sending") if st.phase == "push" else self.tr("receiving")
                return self.tr("Syncing… %1 %2%").replace("%1", phase).replace("%2", str(pct))
            return self.tr("Syncing…")
        if st.state is SyncState.UP_TO_DATE:
            return self.tr("Up to date")
        if st.state is SyncState.CONFLICTS:
            if st.conflicts == 1:
                return self.tr("1 conflict to resolve")
            return self.tr("%1 conflicts to resolve").replace("%1", str(st.conflicts))
        if st.state is SyncState.OFFLINE:
            return self.tr("Offline — changes are kept")
        if st.state is SyncState.ERROR and st.tls_refused:
            return self.tr("Sync refused: the connection is not encrypted")
        if st.state is SyncState.ERROR:
            return self.tr("Sync error")
        return self.tr("Sync not set up")

    def full_text(self, st: SyncStatus) -> str:
        """The label: the state, and a warning while syncs run without encryption."""
        text = self.text_for(st)
        if st.unencrypted and st.state in (SyncState.UP_TO_DATE, SyncState.CONFLICTS):
            text += " — " + self.tr("NOT ENCRYPTED (TLS turned off in the settings)")
        return text

    def role_name(self, role: str) -> str:
        return {
            "inspector": self.tr("inspector"),
            "trainer": self.tr("trainer"),
            "supervisor": self.tr("supervisor"),
            "manager": self.tr("manager"),
            "agent": self.tr("agent"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    def who_for(self, st: SyncStatus) -> str:
        login = st.last_result.get("login") if st.last_result else None
        if not login:
            return ""
        role = st.last_result.get("role")
        if not role:
            return self.tr("%1 (database owner)").replace("%1", login)
        name = st.last_result.get("name") or login
        shown = name if name == login else f"{name} · {login}"
        return (
            self.tr("Signed in as %1 (%2)").replace("%1", shown).replace("%2", self.role_name(role))
        )

    def show_status(self, st: SyncStatus) -> None:
        self.label.setText(self.full_text(st))
        who = self.who_for(st)
        if who:
            self.who.setText(who)
        self.who.setVisible(bool(self.who.text()))
        colour = _COLOURS[st.state]
        if st.unencrypted and st.state is not SyncState.SYNCING:
            colour = _COLOURS[SyncState.ERROR]
        self.dot.setStyleSheet(f"color: {colour};")
        tip = []
        if st.last_sync is not None:
            tip.append(
                self.tr("Last sync: %1").replace(
                    "%1", st.last_sync.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            )
        if st.last_result:
            tip.append(
                self.tr("Sent %1, received %2, merged %3")
                .replace("%1", str(st.last_result.get("pushed", 0)))
                .replace("%2", str(st.last_result.get("pulled", 0)))
                .replace("%3", str(st.last_result.get("merged", 0)))
            )
            refused = int(st.last_result.get("refused", 0) or 0)
            if refused:
                tip.append(
                    self.tr("The server refused %1 changes (kept on this computer)").replace(
                        "%1", str(refused)
                    )
                )
        if st.last_error:
            tip.append(self.tr("Last error: %1").replace("%1", st.last_error))
        if st.tls_refused:
            tip.append(
                self.tr(
                    "Sync needs an encrypted connection (TLS). Ask for TLS on the server, or "
                    "allow a plain connection explicitly in Settings → Sync."
                )
            )
        self.setToolTip("\n".join(tip))
        configured = st.state is not SyncState.NOT_CONFIGURED
        self.button.setEnabled(configured and st.state is not SyncState.SYNCING)
        self.button.setToolTip(
            self.tr("Send your changes and fetch the team's now")
            if configured
            else self.tr("No shared server is set up: enter one in Settings → Sync")
        )
