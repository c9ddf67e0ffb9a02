"""Entry point of the desktop app: ``qaclient`` with no command calls :func:`main`.

Start-up is kept lean (the window is interactive well under half a second above a bare
Qt window): QtMultimedia, the scoring engine and the rubric catalogue load on first use.

``--demo`` loads the demo data without asking; ``--screenshot FILE.png [--size WxH]``
renders the main window offscreen with a demo call open, its waveform drawn and its form
half scored, saves the picture and exits 0 (how ``docs/`` screenshots are refreshed, and
a smoke test of the whole UI stack).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication


def _parse_size(text: str | None) -> tuple[int, int]:
    if not text:
        return 1600, 1000
    try:
        w, h = (int(v) for v in text.lower().split("x", 1))
    except ValueError as exc:
        raise SystemExit(f"qaclient: --size must look like 1600x1000, not {text!r}") from exc
    return max(800, w), max(560, h)


def database_url(setting: str) -> str | None:
    """The settings' database location as an engine URL (None: the embedded default)."""
    setting = setting.strip()
    if not setting:
        return None
    if "://" in setting:
        from qaclient.sync.credentials import with_keyring_password

        return with_keyring_password(setting)  # settings.json never holds the password
    from qaclient.storage import db

    return db.sqlite_url(Path(setting).expanduser())


def open_collection(url: str | None) -> Any:
    """Open (and if needed upgrade) the store; a current schema skips Alembic entirely."""
    from qaclient.collection import Collection

    return Collection.open(url)


def demo_available() -> bool:
    try:
        import qaclient.demo  # noqa: F401
    except ImportError:
        return False
    return True


def install_demo(col: Any, progress: Any = None) -> Any:
    """Install the demo data (rubrics, calls, agents, an assignment) into *col*."""
    import qaclient.demo as demo

    try:
        return demo.install(col, progress=progress) if progress is not None else demo.install(col)
    except TypeError:
        return demo.install(col)


def welcome_box(window: Any) -> Any:
    """The first-start question: load the demo data into the empty library?"""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Welcome to qaclient"),
        QCoreApplication.translate(
            "MainWindow",
            "The library is empty. Load the demo data (rubrics, ten demo calls, demo agents and "
            "a sample assignment) to try qaclient?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box


def run_demo_install(window: Any) -> Any:
    """Install the demo data on a worker thread with a progress dialog; refresh the window after."""
    from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
    from PySide6.QtWidgets import QProgressDialog

    if not demo_available():
        window.messages.error(
            QCoreApplication.translate(
                "MainWindow", "The demo data is not part of this installation."
            )
        )
        return None

    class Relay(QObject):
        done = Signal(object)
        step = Signal(int, int, str)

    relay = Relay(window)
    dialog = QProgressDialog(
        QCoreApplication.translate("MainWindow", "Loading the demo data…"), "", 0, 0, window
    )
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(200)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Demo data"))

    class Job(QRunnable):
        def run(self) -> None:
            try:
                install_demo(
                    window.col, progress=lambda i, n, text: relay.step.emit(i, n, str(text))
                )
            except Exception as exc:
                relay.done.emit(exc)
            else:
                relay.done.emit(None)

    def finished(error: Any) -> None:
        dialog.close()
        if error is not None:
            window.messages.error(
                QCoreApplication.translate(
                    "MainWindow", "The demo data could not be loaded: %1"
                ).replace("%1", str(error))
            )
        else:
            window.messages.info(
                QCoreApplication.translate(
                    "MainWindow", "Demo data loaded: open a call from your queue."
                )
            )
        window.library.refresh()
        relay.deleteLater()

    def step(i: int, n: int, text: str) -> None:
        dialog.setMaximum(n)
        dialog.setValue(i)
        dialog.setLabelText(text)

    relay.step.connect(step)
    relay.done.connect(finished)
    QThreadPool.globalInstance().start(Job())
    return dialog


def _library_empty(col: Any) -> bool:
    """True for an empty library (one indexed row read: counting a million calls is slow)."""
    try:
        return not col.library.search(None, 0, 1, with_total=False).rows
    except Exception:
        return False


def _wait(app: Any, condition, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def _half_score(window: Any) -> None:
    """Answer about half of the visible items, the way an inspector midway through would."""
    panel = window.scoring
    form = panel.form
    ids = form.visible_ids()
    pattern = [0, 1, 0, 2, 0, 1]
    for n, item_id in enumerate(ids[: max(1, len(ids) // 2)]):
        card = form.cards[item_id]
        kind = card.item.kind.value
        if kind in ("levels", "yesno"):
            card.choose(pattern[n % len(pattern)] if kind == "levels" else 0)
        elif kind in ("deduction", "bonus"):
            card.set_count(1 if n % 3 == 0 else 0)
    if window.session is not None:
        window.session.flush()


def take_screenshot(app: Any, window: Any, target: str, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QCoreApplication

    window.resize(*size)
    window.apply_proportions()
    window.show()
    app.processEvents()
    calls = []
    try:
        calls = window.col.library.search(None, 0, 50).rows
    except Exception:
        pass
    preferred = next((c for c in calls if c.call_id == "DEMO-ZH-01"), None) or next(
        (c for c in calls if c.path is not None and c.path.exists()), None
    )
    if preferred is not None:
        queue_rows = window.library.queue.table.rowCount()
        window.library.setCurrentIndex(0 if queue_rows else 1)
        window.library.select_call(preferred.call_id)
        window.open_call(preferred.call_id)
        _wait(app, lambda: window.waveform_done, 10.0)
        if window.session is not None and not window.scoring.answers:
            _half_score(window)
            try:
                text = QCoreApplication.translate("MainWindow", "Greeting complete and warm")
                ids = window.scoring.form.visible_ids()
                window.session.add_comment(12_000, text, ids[0] if ids else None)
                window.session.flush()
                window._reload_comments()
            except Exception:
                pass
        window.focus_next_unanswered()
    _wait(app, lambda: False, 0.3)
    pix = window.grab()
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    if not pix.save(target):
        print(f"qaclient: cannot write {target}", file=sys.stderr)
        return 1
    print(target)
    return 0


class AppShell:
    """Owns the main window; rebuilds it when the language changes (Qt's translations
    apply to widgets as they are created), keeping the open call and the geometry."""

    def __init__(
        self,
        app: Any,
        col: Any,
        settings: Any,
        *,
        defer_player: bool = True,
        notice: str | None = None,
    ):
        self.app, self.col, self.settings = app, col, settings
        self.defer_player = defer_player
        self.notice = notice
        self.window: Any = None

    def build(self, lang_code: str, reopen: str | None = None) -> Any:
        from ui.main_window import MainWindow

        window = MainWindow(self.col, self.settings, lang_code, defer_player=self.defer_player)
        window.languageChangeRequested.connect(self.switch_language)
        if self.window is not None and self.window.sync_controller is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window.start_sync)
        self.window = window
        window.library.refresh()
        if self.notice:
            window.messages.warning(self.notice)
            self.notice = None
        if reopen:
            window.open_call(reopen)
        return window

    def switch_language(self, code: str) -> Any:
        from qaclient import settings as settings_mod
        from ui import i18n

        old = self.window
        reopen = old.call.call_id if old.call is not None else None
        geometry = old.saveGeometry()
        try:
            self.settings = settings_mod.update(language=code)
        except OSError:
            self.settings.language = code
        old.close()
        i18n.install(self.app, code)
        new = self.build(code, reopen)
        new.restoreGeometry(geometry)
        new.show()
        old.deleteLater()
        return new


def install_excepthook(shell: AppShell) -> None:
    """An unexpected error in a slot becomes a message in the window (and a log entry in
    ``<home>/qaclient.log`` with the traceback for a bug report), never a dead window."""
    import logging
    import traceback

    from qaclient import fileperms, paths

    log = logging.getLogger("qaclient.ui")
    # the handler sits on the "qaclient" logger so every part of the app logs there
    # (e.g. the player warning that its engine calls cannot run without the GIL)
    try:
        handler = logging.FileHandler(paths.log_path(), encoding="utf-8")
        fileperms.private_file(paths.log_path())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logging.getLogger("qaclient").addHandler(handler)
    except OSError:
        pass

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        window = shell.window
        if window is not None:
            from PySide6.QtCore import QCoreApplication

            text = QCoreApplication.translate("App", "Unexpected error: %1 (details in %2)")
            window.messages.error(
                text.replace("%1", f"{exc_type.__name__}: {exc}").replace(
                    "%2", str(paths.log_path())
                )
            )

    sys.excepthook = hook


def main(args: Any = None) -> int:
    """Start the app; *args* is the CLI namespace (demo, screenshot, lang, size)."""
    t0 = time.perf_counter()
    demo_flag = bool(getattr(args, "demo", False))
    screenshot = getattr(args, "screenshot", None)
    cli_lang = getattr(args, "lang", None)
    size = _parse_size(getattr(args, "size", None))
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(os.environ["QT_LOGGING_RULES"].replace(";", "\n"))
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication, QMessageBox

    from qaclient import settings as settings_mod
    from ui import i18n
    from ui.icons import icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("qaclient")
    app.setApplicationDisplayName("qaclient")
    app.setOrganizationName("qaclient")
    app.setWindowIcon(icon("qaclient"))
    settings, settings_error = settings_mod.load_or_default()
    lang = i18n.choose_language(cli_lang, settings.language)
    i18n.install(app, lang)

    try:
        col = open_collection(database_url(settings.database_url))
    except Exception as exc:
        msg = app.translate("App", "The database cannot be opened: %1").replace("%1", str(exc))
        if screenshot:
            print(f"qaclient: {msg}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, "qaclient", msg)
        return 2

    if demo_flag and _library_empty(col):
        if not demo_available():
            print("qaclient: the demo data is not part of this installation", file=sys.stderr)
        else:
            try:
                install_demo(col)
            except Exception as exc:
                print(f"qaclient: demo data could not be loaded: {exc}", file=sys.stderr)

    shell = AppShell(app, col, settings, defer_player=not screenshot, notice=settings_error)
    window = shell.build(lang)
    if screenshot:
        code = take_screenshot(app, window, screenshot, size)
        window.close()
        col.close()
        return code

    install_excepthook(shell)
    window.restore_layout()
    window.show()
    if not os.environ.get("QACLIENT_STARTUP_PROBE"):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(1500, window.start_sync)  # after the window is up and drawn
    if os.environ.get("QACLIENT_STARTUP_PROBE"):
        # bench/ui_startup.py: report when the window is up and the event loop runs
        from PySide6.QtCore import QTimer

        def report() -> None:
            print(f"startup {time.perf_counter() - t0:.4f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    elif _library_empty(col) and not demo_flag and demo_available():
        if welcome_box(window).exec() == QMessageBox.StandardButton.Yes:
            run_demo_install(window)
    code = app.exec()
    shell.window.wait_background()
    col.close()
    return int(code)
