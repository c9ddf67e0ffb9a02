"""Settings → Privacy: caller numbers in full on this computer (audited), the fields the
centre marks personal, how long the audio caches are kept, and "Clear local data"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from qaclient import localdata
from qaclient import settings as settings_mod
from qaclient.privacy import MASKABLE_FIELDS


class PrivacySettingsWidget(QWidget):
    """Fields for the settings dialog; :meth:`apply` when the dialog is accepted."""

    def __init__(self, col: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.col = col
        st, _err = settings_mod.load_or_default()
        form = QFormLayout(self)
        self.role_note = QLabel()
        self.role_note.setWordWrap(True)
        self.show_full = QCheckBox(self.tr("Show caller numbers in full on this computer"))
        self.show_full.setChecked(st.show_personal_data)
        self.show_full.setToolTip(
            self.tr(
                "Otherwise they are masked (138****5678) unless your role is supervisor, "
                "manager or admin. Every time numbers are shown in full it is recorded in the "
                "audit trail."
            )
        )
        self.fields: dict[str, QCheckBox] = {}
        names = {"caller_number": self.tr("Caller number"), "notes": self.tr("Call notes")}
        fields_row = QHBoxLayout()
        for name in sorted(MASKABLE_FIELDS):
            box = QCheckBox(names.get(name, name))
            box.setChecked(name == "caller_number" or name in st.personal_fields)
            box.setEnabled(name != "caller_number")  # always personal
            self.fields[name] = box
            fields_row.addWidget(box)
        fields_row.addStretch(1)
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(st.cache_retention_days)
        self.retention.setToolTip(
            self.tr(
                "Recordings taken offline, playback copies and analyses not used for this long "
                "are deleted"
            )
        )
        clear_row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear local data…"))
        self.clear_button.setToolTip(
            self.tr(
                "Delete the recordings, playback copies and analyses cached on this computer "
                "now. Scores, comments and settings are kept."
            )
        )
        self.usage = QLabel()
        self.usage.setWordWrap(True)
        clear_row.addWidget(self.clear_button)
        clear_row.addWidget(self.usage, 1)
        form.addRow("", self.role_note)
        form.addRow("", self.show_full)
        form.addRow(self.tr("Personal fields:"), fields_row)
        form.addRow(self.tr("Keep cached audio:"), self.retention)
        form.addRow("", clear_row)
        self.clear_button.clicked.connect(self.clear_local_data)
        self._show_role()
        self.show_usage()

    def _show_role(self) -> None:
        if self.col is None:
            self.role_note.hide()
            return
        if self.col.privacy.role() in ("supervisor", "manager", "admin"):
            self.role_note.setText(self.tr("Your role shows caller numbers in full (audited)."))
        else:
            self.role_note.setText(self.tr("Caller numbers are masked for your role."))

    def show_usage(self) -> None:
        total = sum(c.bytes for c in localdata.usage())
        self.usage.setText(
            self.tr("Cached audio and analyses: %1 MB").replace("%1", f"{total / 1e6:.1f}")
        )

    def clear_local_data(self, confirm: bool = True) -> localdata.ClearReport | None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Clear local data"),
                self.tr(
                    "Delete every recording, playback copy and analysis cached on this "
                    "computer? Scores, comments and settings are kept; recordings are fetched "
                    "again when needed."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        report = localdata.clear()
        self.show_usage()
        self.usage.setText(
            self.tr("Deleted %1 files (%2 MB)")
            .replace("%1", str(report.files))
            .replace("%2", f"{report.bytes / 1e6:.1f}")
        )
        return report

    def apply(self) -> None:
        settings_mod.update(
            personal_fields=[n for n, box in self.fields.items() if box.isChecked()],
            cache_retention_days=self.retention.value(),
        )
        if self.col is not None:
            self.col.privacy.set_show_personal_data(self.show_full.isChecked())  # audited
        else:
            settings_mod.update(show_personal_data=self.show_full.isChecked())
