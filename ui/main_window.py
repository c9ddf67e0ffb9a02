"""The inspector's workspace: call list (left), player + evaluation tabs (centre), rubric form (right).

Everything here is presentation: opening a call, resuming or starting its evaluation,
saving answers, comments and the note are calls into ``col.library`` and
``col.evaluations``.  Writes go through :class:`ui.evaluation.session.EvaluationSession`
(one background writer), so the GUI thread never waits on the disk.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qaclient import history
from qaclient import settings as settings_mod
from qaclient.collection import Collection
from qaclient.rubrics.model import label
from ui.evaluation.panel import EvaluationTabs, format_ms
from ui.evaluation.session import EvaluationSession
from ui.evaluation.status_banner import StatusBanner
from ui.icons import icon
from ui.library.panel import LibraryPanel
from ui.message_bar import MessageBar
from ui.scoring.form import ScoringPanel

#: Rubric names tried, in order, for a call without an evaluation yet.
RUBRIC_CHOICES = {
    "insurance": ("insurance-hotline-deductions",),
    "outbound": ("outbound-call",),
    "inbound": ("inbound-call",),
}


def rubric_candidates(call: Any) -> list[str]:
    """Which shipped rubric fits a call: insurance queues use the deduction checklist,
    outbound calls the outbound template, everything else the inbound template."""
    queue = (getattr(call, "queue", None) or "").lower()
    direction = (getattr(call, "direction", None) or "inbound").lower()
    keys = ["insurance"] if "insurance" in queue else []
    keys.append("outbound" if direction == "outbound" else "inbound")
    keys += [k for k in ("inbound", "outbound") if k not in keys]
    return [name for k in keys for name in RUBRIC_CHOICES[k]]


class PlaceholderPlayer(QLabel):
    """Stands in for the player when it cannot be created (missing QtMultimedia libraries)."""

    positionChanged = Signal(int)

    def __init__(self, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color:#6b7280; background:#f3f4f6; border:1px dashed #c9ced6;")
        self.setText(reason)
        self._pos = 0

    def load_call(self, *args: Any, **kwargs: Any) -> None:
        self._pos = 0

    def unload(self) -> None:
        self._pos = 0

    def position(self) -> int:
        return self._pos

    def seek(self, ms: int) -> None:
        self._pos = max(0, int(ms))
        self.positionChanged.emit(self._pos)

    def set_markers(self, markers: Any) -> None:
        pass


class _PlayerImport(QThread):
    """Imports the player module (and with it QtMultimedia) off the GUI thread."""

    def run(self) -> None:
        try:
            import ui.player.player_panel  # noqa: F401
        except Exception:
            pass  # ensure_player() reports the error when it imports again


class ShortcutSheet(QDialog):
    """F1: every keyboard shortcut of the window, the form and the player."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        lay = QVBoxLayout(self)
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Keys"), self.tr("What it does")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (where, keys, what) in enumerate(rows):
            for c, v in enumerate((where, keys, what)):
                table.setItem(r, c, QTableWidgetItem(v))
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(table)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 560)


class MainWindow(QMainWindow):
    callOpened = Signal(str)
    languageChangeRequested = Signal(str)

    def __init__(
        self,
        col: Collection,
        settings: settings_mod.Settings | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
        *,
        defer_player: bool = False,
    ):
        super().__init__(parent)
        self.col = col
        self.settings = settings or settings_mod.Settings()
        self.lang = lang
        self.session: EvaluationSession | None = None
        self.call: Any = None
        self.sync_controller: Any = None
        self.sync_status: Any = None
        self.setWindowTitle(self.tr("qaclient — call quality review"))
        self.setWindowIcon(icon("qaclient"))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # floats over the player column (created below): a message never moves the layout
        self.messages = MessageBar(central)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.library = LibraryPanel(col)
        self.library.openRequested.connect(self.open_call)
        self.library.failed.connect(
            lambda m: self.messages.error(
                self.tr("The call list could not be read: %1").replace("%1", m)
            )
        )
        self.splitter.addWidget(self.library)

        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.setChildrenCollapsible(False)
        self.call_title = QLabel(
            self.tr("No call open — choose one from the list (Enter or double-click).")
        )
        self.call_title.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 6px;")
        self.call_title.setWordWrap(True)
        self.call_title.setTextFormat(Qt.TextFormat.RichText)
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.setSpacing(2)
        top_lay.addWidget(self.call_title)
        self.status_banner = StatusBanner()
        top_lay.addWidget(self.status_banner)
        self._top_lay = top_lay
        self._player_ready = False
        if defer_player:
            # QtMultimedia takes ~0.3 s to load: load it on a worker thread so the window
            # is interactive at once; the player replaces this placeholder when ready
            self.player = PlaceholderPlayer(self.tr("Loading the player…"))
            top_lay.addWidget(self.player, 1)
            self._player_loader = _PlayerImport(self)
            self._player_loader.finished.connect(self.ensure_player)
            # started once the window is up, so it does not compete with the start-up
            QTimer.singleShot(0, self._player_loader.start)
        else:
            self.player = self._make_player()
            self._player_ready = True
            top_lay.addWidget(self.player, 1)
        self.centre.addWidget(top)
        self.tabs = EvaluationTabs()
        self.centre.addWidget(self.tabs)
        self.centre.setStretchFactor(0, 3)
        self.centre.setStretchFactor(1, 2)
        self.splitter.addWidget(self.centre)
        self.messages.float_over(self.centre)

        self.scoring = ScoringPanel()
        self.scoring.answerChanged.connect(self._answer_changed)
        self.scoring.suggestionAccepted.connect(self._suggestion_accepted)
        self.scoring.seekRequested.connect(lambda ms: self.player.seek(ms))
        self._segments: Any = None  # the open call's analysis (assisted scoring)
        self.scoring.submitRequested.connect(self.submit)
        self.scoring.reviseRequested.connect(lambda: self.revise())
        self._heard = False  # some of the open call's recording was played
        self.splitter.addWidget(self.scoring)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self._auto_layout = True
        self.splitter.splitterMoved.connect(self._splitter_moved)
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)
        self.db_label = QLabel(self._db_text())
        self.db_label.setStyleSheet("color:#6b7280;")
        self.statusBar().addWidget(self.db_label, 1)

        self.tabs.comments.person_name = col.names.person
        self.tabs.comments.addRequested.connect(self._add_comment)
        self.tabs.comments.editRequested.connect(self._edit_comment)
        self.tabs.comments.deleteRequested.connect(self._delete_comment)
        self.tabs.comments.jumpRequested.connect(self._jump)
        self.tabs.note.noteChanged.connect(self._note_changed)
        self.tabs.currentChanged.connect(self._tab_changed)

        self._playhead_timer = QTimer(self)
        self._playhead_timer.setInterval(2000)
        self._playhead_timer.timeout.connect(self._save_playhead)
        self._playhead_timer.start()

        self._build_actions()
        self.resize(1600, 1000)
        self.apply_proportions()
        self._set_saved_state("idle")

    # ------------------------------------------------------------------ building
    def ensure_player(self) -> None:
        """Create the real player now (waiting for its import if it is still loading)."""
        if self._player_ready:
            return
        self._player_ready = True
        placeholder = self.player
        self.player = self._make_player()
        self._top_lay.replaceWidget(placeholder, self.player)
        placeholder.deleteLater()

    def wait_background(self) -> None:
        """Let the player import finish before the process ends (Qt aborts otherwise)."""
        loader = getattr(self, "_player_loader", None)
        if loader is not None and (loader.isRunning() or not loader.isFinished()):
            if not loader.isRunning():
                loader.start()  # never started (closed before the first event-loop turn)
            loader.wait()

    def _signed_in(self, result: dict) -> None:
        """After a sync the server's login is who acts here (the server stamps it anyway)."""
        if result.get("role") and result.get("login"):
            self.col.actor = result["login"]

    def _make_player(self) -> QWidget:
        try:
            from ui.player.player_panel import PlayerPanel

            player = PlayerPanel(
                self,
                short_skip_ms=self.settings.skip_short_s * 1000,
                long_skip_ms=self.settings.skip_long_s * 1000,
            )
        except Exception as exc:  # no QtMultimedia backend / player not available
            player = PlaceholderPlayer(
                self.tr("Audio playback is not available on this computer: %1").replace(
                    "%1", str(exc)
                )
            )
        self.waveform_done = False
        if hasattr(player, "player"):
            from ui.player.listening_log import ListeningRecorder

            self._listening = ListeningRecorder(self.col, player.player, self)
        if hasattr(player, "loadFailed"):
            player.loadFailed.connect(self._audio_failed)
        if hasattr(player, "statusMessage"):
            player.statusMessage.connect(lambda m: self.statusBar().showMessage(m, 4000))
        if hasattr(player, "waveformProgress"):
            player.waveformProgress.connect(self._waveform_progress)
        if hasattr(player, "markerClicked"):
            player.markerClicked.connect(self._marker_clicked)
        if hasattr(player, "analysed"):
            player.analysed.connect(self._call_analysed)
        core = getattr(player, "player", None)
        if core is not None and hasattr(core, "playingChanged"):
            core.playingChanged.connect(self._playing_changed)
        self._apply_player_settings(player)
        return player

    def apply_player_settings(self) -> None:
        self._apply_player_settings(self.player)

    def _apply_player_settings(self, player: Any) -> None:
        """Skip lengths, default speed and audio output of the settings, on the player."""
        st = self.settings
        core = getattr(player, "player", None)
        try:
            if hasattr(player, "short_skip_ms"):
                player.short_skip_ms = st.skip_short_s * 1000
                player.long_skip_ms = st.skip_long_s * 1000
            transport = getattr(player, "transport", None)
            if transport is not None and hasattr(transport, "set_skip_lengths"):
                transport.set_skip_lengths(st.skip_short_s * 1000, st.skip_long_s * 1000)
            if core is not None:
                if hasattr(core, "set_rate"):
                    core.set_rate(st.default_speed)
                if hasattr(core, "set_output_device") and not core.set_output_device(
                    st.audio_output
                ):
                    self.messages.warning(
                        self.tr(
                            "The audio output chosen in the settings is not connected; "
                            "the system default is used."
                        )
                    )
        except Exception as exc:
            self.messages.warning(
                self.tr("The player settings could not be applied: %1").replace("%1", str(exc))
            )

    def _playing_changed(self, playing: bool) -> None:
        if playing and self.call is not None:
            self._heard = True

    def _waveform_progress(self, done: float) -> None:
        self.waveform_done = done >= 1.0

    def _audio_failed(self, message: str) -> None:
        who = self.call.call_id if self.call is not None else ""
        self.messages.error(
            self.tr("The recording of %1 cannot be played: %2")
            .replace("%1", who)
            .replace("%2", message),
            scope="call",
        )

    def _marker_clicked(self, comment_id: Any) -> None:
        """A comment marker on the waveform: select that comment in the list."""
        table = self.tabs.comments.table
        for r in range(table.rowCount()):
            if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == comment_id:
                self.tabs.setCurrentWidget(self.tabs.comments)
                table.selectRow(r)
                self.player.seek(int(table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1)))
                return

    def apply_proportions(self, *, vertical: bool = True) -> None:
        """Splitter sizes for the window width.

        The form gets at least ~470 px, and with a call open the width at which its level
        buttons show their whole text (wider in Spanish).  With a call open the call list,
        the player and the form all stay visible down to a 1280 px wide screen: where the
        player cannot have the width of its one-row transport bar (~700 px) next to a
        list of useful width, the bar wraps its listening options (speed, solo, volume)
        onto a second row and the three panes share the room.  Only on narrower windows
        is the list folded away (drag the left edge, or Ctrl+L, to bring it back).  With
        no call open the list gets the room instead of the empty form.
        """
        w = max(self.width(), 800)
        avail = w - 2 * self.splitter.handleWidth()
        centre_min = max(self.centre.minimumSizeHint().width(), 405)
        transport = getattr(self.player, "transport", None)
        one_row = transport.one_row_width() if hasattr(transport, "one_row_width") else 0
        centre_wide = max(centre_min, one_row + 2)
        # the call list keeps id, agent, start, status and score in view (its queue, last,
        # takes what is left)
        list_min = max(self.library.minimumWidth(), 240, self.library.essential_width())
        # the form: at least its level buttons' whole text (wider in Spanish), up to 42 %
        form_need = min(self.scoring.natural_width(), int(w * 0.42)) if self.call else 0
        right = max(470, int(w * 0.31), form_need)
        left = max(380, int(w * 0.29), list_min)
        if self.call is None:
            if avail - left - right < centre_min:
                right = max(200, avail - left - centre_min)
        elif avail - left - right < centre_wide:
            if avail - list_min - right >= centre_wide:
                left = avail - right - centre_wide  # the transport keeps one row
            else:
                # the transport wraps anyway: the list and the player share the room; the
                # list keeps its essential columns where it can — a few pixels are taken
                # from a form already narrower than its words (Spanish at 1280 px) — else
                # what room is left
                short = list_min - (avail - right - centre_min)
                if 0 < short <= min(24, right - 470) and form_need < self.scoring.natural_width():
                    right -= short
                left = min(max(list_min, int(w * 0.22)), avail - right - centre_min)
                if left < 240:
                    left = 0
                    right = max(420, avail - centre_min)
        self.splitter.setCollapsible(0, True)
        self._sizing = True
        self.splitter.setSizes([left, max(centre_min, avail - left - right), right])
        self._sizing = False
        if vertical:
            h = max(self.height(), 560)
            self.centre.setSizes([int(h * 0.52), int(h * 0.48)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if getattr(self, "_auto_layout", False) and self.isVisible():
            self.apply_proportions(vertical=False)  # e.g. maximised on a laptop screen

    def _splitter_moved(self, *_args: Any) -> None:
        if not getattr(self, "_sizing", False):
            self._auto_layout = False  # the inspector arranged it: keep their layout

    def show_call_list(self) -> None:
        """Ctrl+L: unfold the call list when it is folded away, and focus it."""
        self._auto_layout = False
        sizes = self.splitter.sizes()
        if sizes[0] < 50:
            want = 340
            sizes = [want, sizes[1], max(380, sizes[2] - (want - sizes[0]))]
            self.splitter.setSizes(sizes)
        self.library.currentWidget().setFocus()

    def _db_text(self) -> str:
        url = self.col.engine.url
        where = (
            url.database
            if url.get_backend_name() == "sqlite"
            else url.render_as_string(hide_password=True)
        )
        return self.tr("Database: %1").replace("%1", str(where))

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.act_submit = QAction(icon("submit"), self.tr("&Submit evaluation"), self)
        self.act_submit.setShortcut(QKeySequence("Ctrl+S"))
        self.act_submit.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_submit.triggered.connect(self.submit)
        file_menu.addAction(self.act_submit)
        self.act_demo = QAction(icon("demo"), self.tr("Load &demo data"), self)
        self.act_demo.triggered.connect(self.install_demo)
        file_menu.addAction(self.act_demo)
        self.act_offline = QAction(self.tr("Take my assignments &offline…"), self)
        self.act_offline.triggered.connect(self.take_offline)
        file_menu.addAction(self.act_offline)
        self.act_sync = QAction(self.tr("S&ync now"), self)
        self.act_sync.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.act_sync.triggered.connect(self.sync_now)
        self.update_sync_action()
        file_menu.addAction(self.act_sync)
        self.addAction(self.act_sync)
        self.act_settings = QAction(icon("settings"), self.tr("Se&ttings…"), self)
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_settings.triggered.connect(self.open_settings)
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        quit_act = QAction(self.tr("&Quit"), self)
        quit_act.setShortcut(QKeySequence("Ctrl+Q"))
        quit_act.triggered.connect(self.close)
        file_menu.addAction(quit_act)
        self.addAction(quit_act)

        call_menu = menu.addMenu(self.tr("&Call"))
        self.act_comment = QAction(icon("comment"), self.tr("Add &comment at playhead"), self)
        self.act_comment.setShortcut(QKeySequence("M"))
        self.act_comment.triggered.connect(self.comment_at_playhead)
        call_menu.addAction(self.act_comment)
        self.act_search = QAction(self.tr("&Find calls"), self)
        self.act_search.setShortcut(QKeySequence("Ctrl+F"))
        self.act_search.triggered.connect(self.focus_search)
        call_menu.addAction(self.act_search)
        self.act_form = QAction(self.tr("Go to the rubric &form"), self)
        self.act_form.setShortcut(QKeySequence("Ctrl+R"))
        self.act_form.triggered.connect(self.focus_form)
        call_menu.addAction(self.act_form)
        self.act_list = QAction(self.tr("Go to the call &list"), self)
        self.act_list.setShortcut(QKeySequence("Ctrl+L"))
        self.act_list.triggered.connect(self.show_call_list)
        call_menu.addAction(self.act_list)
        self.act_next_call = QAction(self.tr("Open the &next call of my queue"), self)
        self.act_next_call.setShortcut(QKeySequence("Ctrl+N"))
        self.act_next_call.triggered.connect(self.open_next_in_queue)
        call_menu.addAction(self.act_next_call)
        self.addAction(self.act_next_call)
        self.act_next_unanswered = QAction(self.tr("Next &unanswered item"), self)
        self.act_next_unanswered.setShortcut(QKeySequence("Ctrl+U"))
        self.act_next_unanswered.triggered.connect(self.focus_next_unanswered)
        call_menu.addAction(self.act_next_unanswered)
        for a in (
            self.act_submit,
            self.act_comment,
            self.act_search,
            self.act_form,
            self.act_list,
            self.act_next_unanswered,
            self.act_settings,
        ):
            self.addAction(a)

        view_menu = menu.addMenu(self.tr("&View"))
        self.act_coaching = QAction(self.tr("&Trainer's view (coaching)…"), self)
        self.act_coaching.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.act_coaching.triggered.connect(lambda: self.open_tool("coaching"))
        view_menu.addAction(self.act_coaching)
        self.act_reports = QAction(self.tr("&Reports…"), self)
        self.act_reports.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.act_reports.triggered.connect(lambda: self.open_tool("reports"))
        view_menu.addAction(self.act_reports)
        view_menu.addSeparator()
        self.act_agent = QAction(self.tr("My evaluations (&agent)…"), self)
        self.act_agent.triggered.connect(lambda: self.open_tool("agent"))
        view_menu.addAction(self.act_agent)
        self.act_disputes = QAction(self.tr("&Disputes…"), self)
        self.act_disputes.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_disputes.triggered.connect(lambda: self.open_tool("disputes"))
        view_menu.addAction(self.act_disputes)
        self.act_calibration = QAction(self.tr("&Calibration…"), self)
        self.act_calibration.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.act_calibration.triggered.connect(lambda: self.open_tool("calibration"))
        view_menu.addAction(self.act_calibration)
        for a in (self.act_coaching, self.act_reports, self.act_disputes, self.act_calibration):
            self.addAction(a)

        help_menu = menu.addMenu(self.tr("&Help"))
        self.act_shortcuts = QAction(icon("help"), self.tr("Keyboard &shortcuts"), self)
        self.act_shortcuts.setShortcut(QKeySequence("F1"))
        self.act_shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.act_shortcuts)
        self.addAction(self.act_shortcuts)
        lang_menu = menu.addMenu(self.tr("&Language"))
        for code, name in (("zh_CN", "中文（简体）"), ("en", "English"), ("es", "Español")):
            act = QAction(name, self)
            act.setCheckable(True)
            act.setChecked(code == self.lang)
            act.triggered.connect(lambda _=False, c=code: self.languageChangeRequested.emit(c))
            lang_menu.addAction(act)

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        self.ensure_player()
        win, form, player = self.tr("Window"), self.tr("Rubric form"), self.tr("Player")
        rows = [
            (win, "Ctrl+S", self.tr("Submit the evaluation (lists what is missing first)")),
            (win, "M", self.tr("Add a comment at the playhead, linked to the focused item")),
            (win, "F1", self.tr("This list of shortcuts")),
            (win, "Ctrl+F", self.tr("Search the call library")),
            (win, "Ctrl+L", self.tr("Go to the call list")),
            (win, "Ctrl+R", self.tr("Go to the rubric form")),
            (win, "Ctrl+U", self.tr("Next unanswered item")),
            (win, "Ctrl+N", self.tr("Open the next call of my queue that is not done")),
            (win, "Ctrl+,", self.tr("Settings")),
            (win, "Ctrl+Shift+Y", self.tr("Sync with the shared database now")),
            (win, "Ctrl+Shift+T", self.tr("Trainer's view (coaching)")),
            (win, "Ctrl+Shift+R", self.tr("Reports")),
            (win, "Ctrl+Q", self.tr("Quit")),
            (self.tr("Call list"), "Enter / " + self.tr("double-click"), self.tr("Open the call")),
            (
                form,
                "1 … 5",
                self.tr("Choose a level of the focused item (yes/no: 1 = yes, 2 = no)"),
            ),
            (form, "0", self.tr("Not applicable (where the item allows it)")),
            (
                form,
                "+ / −",
                self.tr("Count one more / one less occurrence (deduction and bonus items)"),
            ),
            (
                form,
                "Enter",
                self.tr(
                    "Deduction checklists: this section is checked (items without a count "
                    "did not happen)"
                ),
            ),
            (form, "↑ / ↓, J / K", self.tr("Previous / next item")),
            (form, "Delete", self.tr("Clear the answer")),
            (
                form,
                "A",
                self.tr(
                    "Accept the suggested answer (items the local analysis of the "
                    "recording suggests; click a time under it to listen)"
                ),
            ),
        ]
        player_rows = None
        if hasattr(self.player, "shortcuts"):
            try:
                player_rows = list(self.player.shortcuts())
            except Exception:
                player_rows = None
        if player_rows:
            rows += [
                (player, QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) or k, w)
                for k, w in player_rows
            ]
        else:
            rows += [
                (player, self.tr("Space"), self.tr("Play / pause")),
                (player, "← / →", self.tr("Skip back / forward (short)")),
                (player, "Shift+← / Shift+→", self.tr("Skip back / forward (long)")),
                (player, "[ / ]", self.tr("Slower / faster")),
            ]
        return rows

    # ------------------------------------------------------------------ opening calls
    def open_calibration_call(self, session_id: str, call_id: str) -> bool:
        """Open *call_id* to score it blind as my part of calibration session *session_id*."""
        self.calibration_id = session_id
        try:
            return self.open_call(call_id, calibration=session_id)
        finally:
            self.raise_()
            self.activateWindow()

    def open_call(self, call_id: str, *, calibration: str | None = None) -> bool:
        """Open *call_id*: player, evaluation (resumed or new), form, tabs.  False on failure.

        With *calibration* the evaluation is my scoring of the call in that calibration
        session (blind: nobody else's answers are shown), not an ordinary one.
        """
        self.calibration_id = calibration
        self.close_call()
        self.messages.clear(scope="call")  # the previous call's errors are not this one's
        self._heard = False
        try:
            call = self.col.library.get(call_id)
        except Exception as exc:
            self.messages.error(
                self.tr("Cannot read call %1: %2").replace("%1", call_id).replace("%2", str(exc)),
                scope="call",
            )
            return False
        if call is None:
            self.messages.error(
                self.tr("Call %1 is not in the library.").replace("%1", call_id), scope="call"
            )
            return False
        self.call = call
        # audited once per call and session when this user sees the caller number in full
        self.call_revealed = self.col.privacy.reveal_call(call_id)
        self.call_title.setText(self._call_heading(call))
        self._open_audio(call)
        view = self._evaluation_for(call)
        if view is not None:
            self._show_evaluation(view)
        else:
            self.scoring.load(None, {}, self.lang)
            self.tabs.comments.set_rubric(None, self.lang)
            self.tabs.metadata.set_call(
                call,
                None,
                self.lang,
                self.col.names.person(call.agent),
                revealed=self.call_revealed,
            )
        if self._auto_layout and self.isVisible():
            self.apply_proportions()  # the form needs the room now (its rubric is loaded)
        self.library.queue.refresh(select=call_id)
        self.callOpened.emit(call_id)
        return True

    def _call_heading(self, call: Any) -> str:
        when = call.start.astimezone().strftime("%Y-%m-%d %H:%M")
        agent = self.col.names.person(call.agent) if call.agent else "—"
        parts = [call.call_id, self.tr("agent %1").replace("%1", agent)]
        if call.queue:
            parts.append(call.queue)
        parts.append(when)
        parts.append(format_ms(call.duration_ms))
        if call.complaint:
            parts.append(self.tr("complaint"))
        # rich text so that a narrow player wraps the heading between its parts only
        # (after a "·"; never inside a date or a queue name, nor before a "·")
        return "&nbsp;&nbsp;·&nbsp; ".join(f"<nobr>{html.escape(p)}</nobr>" for p in parts)

    def _offline_copy(self, call: Any):
        """The copy "take offline" made of *call*'s recording (verified by its hash), if any."""
        from qaclient.sync.offline_cache import OfflineCache

        try:
            cache = OfflineCache()
        except Exception:  # noqa: BLE001 - no cache (read-only home…): no offline copy
            return None
        try:
            return cache.playable(content_hash=call.content_hash)  # unsealed for playing
        finally:
            cache.close()

    def _open_audio(self, call: Any) -> None:
        self.ensure_player()
        self.waveform_done = False
        path = call.path
        if (path is None or not path.exists()) and call.content_hash:
            path = self._offline_copy(call) or path  # taken offline: the verified copy
        if path is None or not path.exists():
            from qaclient.privacy import scrub_text

            shown = (
                str(path) if path is not None else (call.file_uri or self.tr("(no file recorded)"))
            )
            if not getattr(self, "call_revealed", False):
                shown = scrub_text(shown, loose=True)  # a file name can hold the number
            self.messages.warning(
                self.tr(
                    "The recording of %1 is missing: %2. You can still score the call; "
                    "re-import or move the file back to listen."
                )
                .replace("%1", call.call_id)
                .replace("%2", shown),
                scope="call",
            )
            if hasattr(self.player, "unload"):
                self.player.unload()
            waveform = getattr(self.player, "waveform", None)
            if waveform is not None and hasattr(waveform, "set_message"):
                # the lanes say why they are empty, not just a blank waveform
                waveform.set_message(
                    self.tr("No recording: %1 — the call can be scored without it").replace(
                        "%1", shown
                    )
                )
            return
        stereo = call.channels >= 2
        if getattr(self, "_listening", None) is not None:
            self._listening.set_call(call.call_id)
        try:
            self.player.load_call(
                str(path),
                duration_ms=call.duration_ms or None,
                agent_channel=(call.agent_channel if call.agent_channel is not None else 0)
                if stereo
                else None,
                content_hash=call.content_hash or None,
            )
        except AttributeError:
            pass  # placeholder player
        except Exception as exc:
            self.messages.error(
                self.tr("The recording of %1 cannot be played: %2")
                .replace("%1", call.call_id)
                .replace("%2", str(exc)),
                scope="call",
            )

    def _evaluation_for(self, call: Any) -> Any:
        """The draft to resume, else my latest evaluation (read-only), else an unsaved
        preview on the rubric that fits — stored as a draft by the first answer."""
        evals = self.col.evaluations
        calibration = getattr(self, "calibration_id", None)
        if calibration:
            try:
                return self.col.calibrations.evaluate(
                    calibration, call.call_id, agent=call.agent or None
                )
            except Exception:  # already submitted: show my submitted scoring read-only
                mine = [
                    v
                    for v in self.col.calibrations.evaluations(calibration)
                    if v.call_id == call.call_id
                ]
                if mine:
                    return mine[-1]
                raise
        try:
            view = evals.find_draft(call.call_id)
            if view is None:
                mine = [v for v in evals.for_call(call.call_id) if v.evaluator == self.col.actor]
                view = mine[-1] if mine else None
        except Exception as exc:
            self.messages.error(
                self.tr(
                    "The evaluation of %1 cannot be loaded (its rubric version may be missing): %2"
                )
                .replace("%1", call.call_id)
                .replace("%2", str(exc)),
                scope="call",
            )
            return None
        if view is not None:
            return view
        errors = []
        for name in rubric_candidates(call):
            try:
                return evals.preview(call_id=call.call_id, rubric=name, agent=call.agent or None)
            except Exception as exc:
                errors.append(f"{name}: {exc}")
        self.messages.error(
            self.tr(
                "No rubric could be found for %1 (tried %2). Import the rubrics (qaclient rubric import) "
                "or load the demo data."
            )
            .replace("%1", call.call_id)
            .replace("%2", "; ".join(errors[:2])),
            scope="call",
        )
        return None

    def _show_evaluation(self, view: Any) -> None:
        session = EvaluationSession(self.col, view, self)
        session.saving.connect(lambda: self._set_saved_state("saving"))
        session.saved.connect(lambda: self._set_saved_state("saved"))
        session.failed.connect(self._save_failed)
        session.created.connect(self._draft_created)
        self.session = session
        if view.playhead_ms or str(view.status) != "draft":
            # a resumed draft listened to on an earlier visit, or a submitted evaluation
            # reopened for revision: listening was settled then
            self._heard = True
        rubric = view.rubric
        title = f"{label(rubric.labels, self.lang)}  v{rubric.version}"
        self.scoring.load(rubric, view.answers, self.lang, title)
        self._show_suggestions()
        editable = getattr(view, "editable", True)
        status = str(view.status)
        if not editable:
            self.scoring.set_read_only(
                True,
                self.tr("Submitted evaluation (%1): read only").replace(
                    "%1", self._status_name(status)
                ),
                revisable=status != "final" and view.evaluator == self.col.actor,
            )
        else:
            self.scoring.set_read_only(False, self.tr("Draft: every change is saved at once"))
        self.tabs.comments.set_rubric(rubric, self.lang)
        self.tabs.comments.setEnabled(editable)
        self._show_comments(view.comments)
        self.tabs.note.set_note(view.note)
        self.tabs.note.edit.setReadOnly(not editable)
        self.tabs.metadata.set_call(
            self.call,
            rubric,
            self.lang,
            self.col.names.person(self.call.agent),
            revealed=getattr(self, "call_revealed", False),
        )
        self._refresh_history()
        self._show_status(view)
        if view.playhead_ms:
            self.player.seek(view.playhead_ms)
        self._set_saved_state("saved")
        if editable:
            self.focus_first_open()

    def _status_name(self, status: str) -> str:
        return {
            "draft": self.tr("draft"),
            "submitted": self.tr("submitted"),
            "acknowledged": self.tr("acknowledged"),
            "disputed": self.tr("disputed"),
            "revised": self.tr("revised"),
            "final": self.tr("final"),
        }.get(status, status)

    def _draft_created(self, _evaluation_id: Any) -> None:
        """The first answer stored the draft: the queue and the list say "in progress" now."""
        if self.call is not None:
            self.library.model.update_call(self.call.call_id)
            self.library.queue.refresh(select=self.call.call_id)

    def _show_comments(self, comments: list[Any]) -> None:
        self.scoring.set_commented({c.item_id for c in comments if c.item_id and c.text.strip()})
        self.tabs.comments.set_comments(comments)
        self.tabs.set_comment_count(len(comments))
        if hasattr(self.player, "set_markers"):
            try:
                self.player.set_markers([(c.position_ms, c.text, c.id) for c in comments])
            except Exception:
                pass

    def close_call(self) -> None:
        if self.session is not None:
            self.tabs.note.commit()
            self._save_playhead()
            try:
                self.session.close()
            except Exception as exc:
                self.messages.error(
                    self.tr("The last change could not be saved: %1").replace("%1", str(exc))
                )
            if self.call is not None:
                self.library.model.update_call(self.call.call_id)
            self.session.deleteLater()
            self.session = None
        self._segments = None
        self.call = None

    # ------------------------------------------------------------------ saving
    def _set_saved_state(self, state: str) -> None:
        text, colour = {
            "idle": ("", "#6b7280"),
            "saving": (self.tr("Saving…"), "#8a5a00"),
            "saved": (self.tr("✓ Saved"), "#1e7a3a"),
            "failed": (self.tr("✗ Not saved"), "#a12622"),
        }[state]
        self.save_state.setText(text)
        self.save_state.setStyleSheet(f"color:{colour}; font-weight:bold; padding: 0 8px;")
        self.save_state.setProperty("state", state)

    def _save_failed(self, message: str) -> None:
        self._set_saved_state("failed")
        self.messages.error(self.tr("A change could not be saved: %1").replace("%1", message))

    def _call_analysed(self, segments: Any) -> None:
        """The open call's segments are known: show the rubric's suggestions."""
        self._segments = segments
        self._show_suggestions()

    def _show_suggestions(self) -> None:
        rubric = getattr(self.scoring, "rubric", None)
        if rubric is None or self._segments is None:
            self.scoring.set_suggestions(None)
            return
        if not any(item.signal is not None for item in rubric.items):
            return
        from qaclient.assist.suggestions import suggest

        call_id = self.call.call_id if getattr(self, "call", None) is not None else None
        self.scoring.set_suggestions(suggest(rubric, self._segments, call_id))

    def _suggestion_accepted(self, suggestion: Any) -> None:
        if self.session is not None:
            self.session.accept_suggestion(suggestion)
            QTimer.singleShot(400, self._refresh_history_if_visible)

    def _answer_changed(self, item_id: str, data: dict | None) -> None:
        if self.session is not None:
            self.session.set_answer(item_id, data)
            QTimer.singleShot(400, self._refresh_history_if_visible)

    def _note_changed(self, text: str) -> None:
        if self.session is not None:
            self.session.set_note(text)

    def _save_playhead(self) -> None:
        if self.session is not None and getattr(self.session.view, "editable", True):
            try:
                self.session.set_playhead(int(self.player.position()))
            except Exception:
                pass

    # ------------------------------------------------------------------ comments
    def comment_at_playhead(self) -> None:
        if self.session is None:
            self.messages.info(
                self.tr("Open a call first, then press M to comment at the playhead.")
            )
            return
        if not getattr(self.session.view, "editable", True):
            return
        pos = int(self.player.position())
        self.tabs.setCurrentWidget(self.tabs.comments)
        self.tabs.comments.start_comment(pos, self.scoring.current_item_id())

    def _add_comment(self, ms: int, text: str, item_id: str | None) -> None:
        if self.session is None:
            return
        self.session.add_comment(ms, text, item_id, then=lambda _cid: self._reload_comments())
        if item_id:
            self.scoring.form.cards[item_id].set_state("normal")
        self.focus_form()

    def _edit_comment(self, cid: Any, changes: dict) -> None:
        if self.session is not None:
            self.session.update_comment(cid, **changes)

    def _delete_comment(self, cid: Any) -> None:
        if self.session is not None:
            self.session.delete_comment(cid)
            self.session.flush()
            self._reload_comments()

    def _reload_comments(self) -> None:
        if self.session is None:
            return
        view = self.session.reload()
        self._show_comments(view.comments)
        self._refresh_history_if_visible()

    def _jump(self, ms: int) -> None:
        self.player.seek(ms)

    def _tab_changed(self, _index: int) -> None:
        self._refresh_history_if_visible()

    def _refresh_history_if_visible(self) -> None:
        if self.tabs.currentWidget() is self.tabs.history:
            self._refresh_history()

    def _refresh_history(self) -> None:
        if self.session is None:
            return
        try:
            entries = self.session.history()
        except Exception as exc:
            self.messages.error(str(exc))
            return
        rubric = self.scoring.rubric
        self.tabs.history.set_entries(
            entries,
            lambda e: history.describe(e, rubric, self.lang).render(self.lang),
            self.col.names.person,
        )

    # ------------------------------------------------------------------ submit
    def submit(self, *, unheard_ok: bool = False) -> bool:
        """Ctrl+S: refuse with the live problem list, or submit.

        A call whose recording nobody played (in this visit, or before on a resumed draft)
        is not submitted by one key press: the bar says so and offers "Submit without
        listening" (``unheard_ok``) — scoring from notes or a transcript stays possible,
        but only deliberately."""
        if self.session is None:
            self.messages.info(self.tr("Open a call to submit its evaluation."))
            return False
        if not getattr(self.session.view, "editable", True):
            self.messages.info(self.tr("This evaluation is already submitted."))
            return False
        self.tabs.note.commit()
        try:
            problems = self.session.problems()
        except Exception as exc:
            self.messages.error(self.tr("Cannot check the evaluation: %1").replace("%1", str(exc)))
            return False
        if not problems and not unheard_ok and not self._heard:
            self.messages.warning(
                self.tr(
                    "Nobody has played this call's recording yet. Listen to it first, or "
                    "submit without listening."
                ),
                scope="call",
                action=(self.tr("Submit without listening"), self._submit_unheard),
            )
            return False
        if not problems:
            try:
                view = self.session.submit()
            except Exception as exc:
                problems = list(getattr(exc, "problems", []) or [])
                if not problems:
                    self.messages.error(self.tr("Submit failed: %1").replace("%1", str(exc)))
                    return False
            else:
                self.scoring.show_problems([])
                self.scoring.set_read_only(
                    True,
                    self.tr("Submitted evaluation (%1): read only").replace(
                        "%1", self._status_name(str(view.status))
                    ),
                    revisable=True,
                )
                self.tabs.comments.setEnabled(False)
                self.tabs.note.edit.setReadOnly(True)
                res = view.result
                self.messages.clear(scope="call")
                self.messages.info(
                    self.tr("Submitted %1: %2 of %3 points, grade %4.")
                    .replace("%1", view.call_id)
                    .replace("%2", _num(res.total))
                    .replace("%3", _num(res.max))
                    .replace("%4", res.grade or "—")
                )
                self.library.model.update_call(view.call_id)
                self.library.queue.refresh(select=view.call_id)
                self._refresh_history()
                self._show_status(view)
                return True
        self._show_problems(problems)
        return False

    def _show_status(self, view: Any) -> None:
        """The status banner: status, who and when, and a dispute (hidden for a draft)."""
        if view is None or (str(view.status) == "draft" and view.calibration_id is None):
            self.status_banner.show_status(None)
            return
        try:
            disputes = self.col.disputes.for_evaluation(view.id)
            names = self.col.names.people()
        except Exception:
            disputes, names = [], {}
        self.status_banner.show_status(view, disputes, names)

    def revise(self, reason: str | None = None) -> bool:
        """Reopen my submitted evaluation for revision, with a reason (kept in its history).

        Without *reason* the inspector is asked for one; cancelling reopens nothing.
        """
        if self.session is None or self.call is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Reopen for revision"),
                self.tr("Why does this evaluation need revising? (kept in its history)"),
            )
            if not ok:
                return False
        if not reason.strip():
            self.messages.error(self.tr("Reopening an evaluation needs a reason."))
            return False
        try:
            self.session.flush()
            self.col.evaluations.revise(self.session.id, reason)
        except Exception as exc:
            self.messages.error(self.tr("Cannot reopen the evaluation: %1").replace("%1", str(exc)))
            return False
        call_id = self.call.call_id
        self.open_call(call_id)  # resumes it as an editable (revised) evaluation
        self.messages.info(self.tr("Reopened for revision: submit again when done."))
        return True

    def _submit_unheard(self) -> None:
        self.submit(unheard_ok=True)

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        """The live problem list over the form (it shrinks as items are answered), the
        problem items outlined, the first one focused; no banner that could go stale."""
        self.messages.clear(scope="call")
        self.scoring.show_problems(problems)
        if problems:
            self.scoring.go_to(problems[0][0])

    def open_next_in_queue(self) -> bool:
        """Ctrl+N: the next assigned call not yet done (after the current one), so an
        inspector works through the day's sample without the mouse."""
        rows = self.library.queue.refresh()
        current = self.call.call_id if self.call is not None else None
        ids = [a.call_id for a in rows]
        start = ids.index(current) + 1 if current in ids else 0
        for a in rows[start:] + rows[:start]:
            if a.status != "done" and a.call_id != current:
                return self.open_call(a.call_id)
        self.messages.info(self.tr("Every call of your queue is done."))
        return False

    # ------------------------------------------------------------------ focus helpers
    def focus_form(self) -> None:
        current = self.scoring.current_item_id()
        if current and current in self.scoring.form.cards:
            self.scoring.form.focus_item(current)
        else:
            self.scoring.form.focus_first()

    def focus_first_open(self) -> None:
        """Opening a call: its first item still to do (or its first item), never an item
        focused on the previous call."""
        first = self.scoring.first_open_item()
        if first is not None:
            self.scoring.form.focus_item(first)
        else:
            self.scoring.form.focus_first()

    def focus_next_unanswered(self) -> None:
        form = self.scoring.form
        ids = form.visible_ids()
        if not ids:
            return
        start = self.scoring.current_item_id()
        order = ids
        if start in ids:
            i = ids.index(start)
            order = ids[i + 1 :] + ids[: i + 1]
        todo = set(self.scoring.open_items())
        for item_id in order:
            if item_id in todo:
                form.focus_item(item_id)
                return
        form.focus_item(ids[0])

    def focus_search(self) -> None:
        self.library.setCurrentIndex(1)
        self.library.filters.text.setFocus()
        self.library.filters.text.selectAll()

    def show_shortcuts(self) -> ShortcutSheet:
        sheet = ShortcutSheet(self.shortcut_rows(), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        return sheet

    # ------------------------------------------------------------------ other views
    def open_tool(self, name: str) -> QWidget | None:
        """The trainer's view or the reports, each in its own window (loaded on first use:
        QtCharts is heavy and an inspector may never need it)."""
        self._tools = getattr(self, "_tools", {})
        tool = self._tools.get(name)
        if tool is None:
            try:
                if name == "coaching":
                    from ui.coaching.view import CoachingView

                    tool = CoachingView(self.col, lang=self.lang)
                    tool.setWindowTitle(self.tr("qaclient — trainer's view"))
                elif name == "agent":
                    from ui.agent.view import AgentView

                    tool = AgentView(self.col, lang=self.lang)
                elif name == "disputes":
                    from ui.disputes.queue import DisputesView

                    tool = DisputesView(self.col, lang=self.lang)
                    tool.setWindowTitle(self.tr("qaclient — disputes"))
                elif name == "calibration":
                    from ui.calibration.view import CalibrationWindow

                    tool = CalibrationWindow(self.col, lang=self.lang)
                    tool.setWindowTitle(self.tr("qaclient — calibration"))
                    tool.scoreRequested.connect(self.open_calibration_call)
                else:
                    from ui.reports.view import ReportsView

                    tool = ReportsView(self.col, lang=self.lang)
                    tool.setWindowTitle(self.tr("qaclient — reports"))
            except Exception as exc:
                self.messages.error(
                    self.tr("This view cannot be opened: %1").replace("%1", str(exc))
                )
                return None
            tool.setWindowIcon(icon("qaclient"))
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 1400, 900
            if screen is not None:  # a laptop screen: the whole window stays on it
                width, height = min(width, screen.width()), min(height, screen.height() - 40)
            tool.resize(width, height)
            self._tools[name] = tool
        tool.show()
        tool.raise_()
        return tool

    # ------------------------------------------------------------------ demo, settings
    def install_demo(self) -> None:
        from ui.app import run_demo_install

        run_demo_install(self)

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.settings, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            old_lang = self.settings.language
            chosen = dlg.result_settings()
            try:
                self.settings = settings_mod.update(
                    database_url=chosen.database_url,
                    audio_output=chosen.audio_output,
                    skip_short_s=chosen.skip_short_s,
                    skip_long_s=chosen.skip_long_s,
                    default_speed=chosen.default_speed,
                    language=chosen.language,
                )
                dlg.apply_sync()
                self.settings, _err = settings_mod.load_or_default()
            except Exception as exc:
                self.messages.error(
                    self.tr("Settings could not be saved: %1").replace("%1", str(exc))
                )
                return
            self.apply_player_settings()
            self.update_sync_action()
            self.messages.info(
                self.tr("Settings saved. A new database location is used from the next start.")
            )
            if self.sync_controller is not None:
                self.sync_controller.sync_now()
            if self.settings.language != old_lang and self.settings.language:
                self.languageChangeRequested.emit(self.settings.language)

    # ------------------------------------------------------------------ sync
    def update_sync_action(self) -> None:
        """ "Sync now" only when a shared server is set up (Settings → Sync)."""
        try:
            from qaclient.sync import credentials

            on = credentials.configured()
        except Exception:
            on = False
        self.act_sync.setEnabled(on)
        self.act_sync.setToolTip(
            self.tr("Sync with the shared database now")
            if on
            else self.tr("No shared server is set up: enter one in Settings → Sync")
        )

    def sync_now(self) -> None:
        if self.sync_controller is None:
            self.start_sync()
        else:
            self.sync_controller.sync_now()

    def take_offline(self) -> None:
        """Copy the audio of my assignments into the local cache (progress, Cancel)."""
        try:
            from ui.sync.checkout import OfflineCheckoutDialog

            url = self.col.engine.url.render_as_string(hide_password=False)
            dlg = OfflineCheckoutDialog(url, self.col.actor, self)
        except Exception as exc:
            self.messages.error(
                self.tr("Offline copies are not available: %1").replace("%1", str(exc))
            )
            return
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.start()
        dlg.show()

    def start_sync(self) -> None:
        """Sync with the shared database in the background (status in the status bar)."""
        if self.sync_controller is not None:
            return
        try:
            from ui.sync.status import SyncStatusWidget
            from ui.sync.worker import SyncController

            url = self.col.engine.url.render_as_string(hide_password=False)
            self.sync_controller = SyncController(url, self.col.actor, parent=self)
            self.sync_controller.synced.connect(lambda _r: self.library.refresh())
            self.sync_controller.synced.connect(self._signed_in)
            self.sync_status = SyncStatusWidget(self.sync_controller)
            self.statusBar().addPermanentWidget(self.sync_status)
            self.sync_controller.start()
        except Exception as exc:
            self.messages.warning(self.tr("Sync is not available: %1").replace("%1", str(exc)))

    # ------------------------------------------------------------------ lifecycle
    def restore_layout(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.wait_background()
        for tool in getattr(self, "_tools", {}).values():
            tool.close()
        self.close_call()
        if hasattr(self.player, "unload"):
            try:
                self.player.unload()
            except Exception:
                pass
        if self.sync_controller is not None:
            self.sync_controller.shutdown()
        try:
            geometry = bytes(self.saveGeometry().toBase64()).decode()
            self.settings = settings_mod.update(window_geometry=geometry)
        except Exception:
            pass
        super().closeEvent(event)


def _num(d: Any) -> str:
    from ui.scoring.items import fmt

    return fmt(d)
