"""Settings: database location, audio output device, skip lengths, default speed, language;
the Sync page (ui/sync/settings.py) and the Privacy page (ui/privacy_settings.py)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qaclient import paths
from qaclient.settings import Settings


def audio_outputs() -> list[tuple[str, str]]:
    """(id, description) of the audio outputs Qt sees; empty without QtMultimedia."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except Exception:  # QtMultimedia needs system libraries that may be missing
        return []
    return [
        (bytes(d.id().data()).decode(errors="replace"), d.description())
        for d in QMediaDevices.audioOutputs()
    ]


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        lay = QVBoxLayout(self)
        self.pages = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        self.pages.addTab(general, self.tr("General"))
        self.sync_page = None
        try:  # the shared-database page of the sync module (server, user, keyring password)
            from ui.sync.settings import SyncSettingsWidget

            self.sync_page = SyncSettingsWidget()
            self.pages.addTab(self.sync_page, self.tr("Sync"))
        except Exception:
            pass
        from ui.privacy_settings import PrivacySettingsWidget

        self.privacy_page = PrivacySettingsWidget(getattr(parent, "col", None))
        self.pages.addTab(self.privacy_page, self.tr("Privacy"))
        db_row = QHBoxLayout()
        self.database = QLineEdit(settings.database_url)
        self.database.setPlaceholderText(str(paths.database_path()))
        self.database.setToolTip(
            self.tr(
                "Empty: the local database in the data folder. "
                "Or a file path, or a database URL (postgresql+psycopg://…). "
                "A password in the URL is moved to the system keyring."
            )
        )
        db_row.addWidget(self.database, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        db_row.addWidget(browse)
        form.addRow(self.tr("Database location:"), db_row)
        self.output = QComboBox()
        self.output.addItem(self.tr("System default"), "")
        for dev_id, desc in audio_outputs():
            self.output.addItem(desc, dev_id)
        idx = self.output.findData(settings.audio_output)
        self.output.setCurrentIndex(max(0, idx))
        if self.output.count() == 1:
            self.output.setToolTip(self.tr("No audio output device found"))
        form.addRow(self.tr("Audio output:"), self.output)
        self.skip_short = QSpinBox()
        self.skip_short.setRange(1, 120)
        self.skip_short.setSuffix(self.tr(" s"))
        self.skip_short.setValue(settings.skip_short_s)
        form.addRow(self.tr("Short skip (←/→):"), self.skip_short)
        self.skip_long = QSpinBox()
        self.skip_long.setRange(1, 600)
        self.skip_long.setSuffix(self.tr(" s"))
        self.skip_long.setValue(settings.skip_long_s)
        form.addRow(self.tr("Long skip (Shift+←/→):"), self.skip_long)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(0.5, 2.0)
        self.speed.setSingleStep(0.25)
        self.speed.setDecimals(2)
        self.speed.setSuffix("×")
        self.speed.setValue(settings.default_speed)
        form.addRow(self.tr("Default speed:"), self.speed)
        self.language = QComboBox()
        self.language.addItem(self.tr("From the system"), "")
        for code, name in (("zh_CN", "中文（简体）"), ("en", "English"), ("es", "Español")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language:"), self.language)
        lay.addWidget(self.pages)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#a12622;")
        lay.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(620, 380)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            str(paths.home()),
            self.tr("SQLite database (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(path)

    def result_settings(self) -> Settings:
        return dataclasses.replace(
            self._settings,
            database_url=self.database.text().strip(),
            audio_output=self.output.currentData() or "",
            skip_short_s=self.skip_short.value(),
            skip_long_s=self.skip_long.value(),
            default_speed=round(self.speed.value(), 2),
            language=self.language.currentData() or "",
        )

    def _accept(self) -> None:
        problems = self.result_settings().validate()
        if problems:
            self.problem.setText("; ".join(str(p) for p in problems))
            return
        self.accept()

    def apply_sync(self) -> None:
        """Store the sync page's server and password and the privacy page's choices (after the
        general settings are saved)."""
        if self.sync_page is not None:
            self.sync_page.apply()
        self.privacy_page.apply()
