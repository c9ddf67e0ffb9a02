"""Languages and settings: Chinese strings after a switch, settings persisted as JSON."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from qaclient import paths
from qaclient import settings as settings_mod


def test_language_switch_shows_chinese_strings(qtbot, col, ui_call):
    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance()
    assert i18n.install(app, "zh_CN")
    try:
        window = MainWindow(col, settings_mod.Settings(), "zh_CN")
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "文件(&F)" in titles and "帮助(&H)" in titles
        assert window.library.tabText(0) == "我的任务"
        assert window.tabs.tabText(1) == "辅导意见"
        assert window.scoring.submit_button.text() == "提交（Ctrl+S）"
        assert window.open_call("T-1")
        # rubric labels follow the UI language too
        assert window.scoring.form.sections[0].toggle.text() == "开始语"
        assert "已评" in window.scoring.summary.answered.text()
        # a CJK-covering font is the application font
        assert "CJK" in app.font().family()
        window.close_call()
    finally:
        i18n.install(app, "en")
    window2 = MainWindow(col, settings_mod.Settings(), "en")
    qtbot.addWidget(window2)
    assert "&File" in [a.text() for a in window2.menuBar().actions()]


def test_every_spanish_and_chinese_file_compiles_and_loads():
    from PySide6.QtCore import QTranslator

    from ui import i18n

    for lang, probe, expected in (
        ("zh_CN", "Coaching note", "辅导意见"),
        ("es", "Coaching note", "Nota de coaching"),
    ):
        tr = QTranslator()
        assert tr.load(str(i18n.TRANSLATIONS_DIR / f"qaclient_{lang}.qm"))
        assert tr.translate("EvaluationTabs", probe) == expected


def test_language_choice_order(monkeypatch):
    from ui import i18n

    assert i18n.choose_language("es", "zh_CN") == "es"
    assert i18n.choose_language(None, "zh_CN") == "zh_CN"
    assert i18n.choose_language(None, "") in i18n.LANGUAGES


def test_settings_round_trip_and_corrupt_file(qaclient_home):
    s = settings_mod.Settings(skip_short_s=3, skip_long_s=20, default_speed=1.25, language="zh_CN")
    s.extra["future_key"] = 1
    settings_mod.save(s)
    data = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert data["skip_short_s"] == 3 and data["future_key"] == 1
    loaded = settings_mod.load()
    assert (
        loaded.default_speed == 1.25
        and loaded.language == "zh_CN"
        and loaded.extra == {"future_key": 1}
    )
    paths.settings_path().write_text("{not json", encoding="utf-8")
    fallback, error = settings_mod.load_or_default()
    assert fallback == settings_mod.Settings() and "settings" in error
    assert settings_mod.Settings(skip_short_s=0, default_speed=3).validate()


def test_settings_dialog_edits_and_validates(qtbot):
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(settings_mod.Settings())
    qtbot.addWidget(dlg)
    dlg.skip_short.setValue(7)
    dlg.speed.setValue(1.5)
    dlg.language.setCurrentIndex(dlg.language.findData("es"))
    result = dlg.result_settings()
    assert (result.skip_short_s, result.default_speed, result.language) == (7, 1.5, "es")
    assert dlg.output.count() >= 1  # "System default" plus whatever devices Qt sees


def test_language_menu_rebuilds_the_window_in_chinese_keeping_the_call(qtbot, col, ui_call):
    from ui import i18n
    from ui.app import AppShell

    app = QApplication.instance()
    i18n.install(app, "en")
    shell = AppShell(app, col, settings_mod.Settings(), defer_player=False)
    window = shell.build("en")
    qtbot.addWidget(window)
    assert window.open_call("T-1")
    try:
        window.languageChangeRequested.emit("zh_CN")
        new = shell.window
        qtbot.addWidget(new)
        assert new is not window
        assert "文件(&F)" in [a.text() for a in new.menuBar().actions()]
        assert new.call is not None and new.call.call_id == "T-1"  # the call stays open
        assert settings_mod.load().language == "zh_CN"  # and the choice is remembered
        new.close_call()
    finally:
        i18n.install(app, "en")


def test_settings_update_keeps_other_writers_keys(qaclient_home):
    settings_mod.save(settings_mod.Settings(extra={"sync_url": "postgresql://db/qa"}))
    settings_mod.update(window_geometry="abc")
    data = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert data["sync_url"] == "postgresql://db/qa" and data["window_geometry"] == "abc"


def test_sync_page_and_status_are_part_of_the_window(qtbot, main_window):
    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(settings_mod.Settings())
    qtbot.addWidget(dlg)
    assert [dlg.pages.tabText(i) for i in range(dlg.pages.count())] == [
        "General",
        "Sync",
        "Privacy",
    ]
    main_window.start_sync()  # no server configured: says so in the status bar
    assert main_window.sync_status is not None
    qtbot.waitUntil(lambda: "not set up" in main_window.sync_status.label.text(), timeout=8000)
    main_window.sync_controller.shutdown()


def test_player_follows_skip_and_speed_settings(qtbot, col):
    from ui.main_window import MainWindow

    st = settings_mod.Settings(skip_short_s=3, skip_long_s=20, default_speed=1.25)
    window = MainWindow(col, st, "en")
    qtbot.addWidget(window)
    assert window.player.short_skip_ms == 3000 and window.player.long_skip_ms == 20_000
    assert window.player.player.rate() == 1.25
    assert not window.messages.messages()  # default output device: nothing to warn about
