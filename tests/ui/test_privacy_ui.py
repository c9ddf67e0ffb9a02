"""The call tab shows 138****5678 unless the role allows the number (then audited);
Settings → Privacy turns the local choice on (audited) and clears the local caches."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from qaclient import paths
from qaclient import settings as settings_mod

NUMBER = "13812345678"
MASKED = "138****5678"


@pytest.fixture
def personal_call(col, tmp_path):
    import numpy as np
    import soundfile as sf

    (tmp_path / "share").mkdir()
    audio = tmp_path / "share" / f"{NUMBER}_0916.flac"
    t = np.arange(4 * 8000) / 8000
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    sf.write(audio, np.stack([tone, tone * 0.5], axis=1), 8000, format="FLAC")
    return col.library.add_call(
        "P-1",
        agent="1001",
        direction="inbound",
        start=datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
        caller_number=NUMBER,
        agent_channel=0,
        file=audio,
    )


def _call_tab_text(window) -> str:
    form = window.tabs.metadata.form
    texts = []
    for i in range(form.rowCount()):
        for role in (form.ItemRole.LabelRole, form.ItemRole.FieldRole):
            item = form.itemAt(i, role)
            if item is not None and item.widget() is not None:
                texts.append(item.widget().text())
    return "\n".join(texts)


def test_call_tab_masks_the_number_for_an_inspector(
    qtbot, main_window, personal_call, col, tmp_path
):
    col.users.add("tester", role="inspector")
    assert main_window.open_call("P-1")
    text = _call_tab_text(main_window)
    assert MASKED in text and NUMBER not in text  # the caller, and the file name
    assert "supervisors only" in main_window.tabs.metadata.caller_label.toolTip()
    assert col.privacy.reveals() == []
    main_window.tabs.setCurrentWidget(main_window.tabs.metadata)
    main_window.resize(1366, 768)
    main_window.grab().save(str(tmp_path / "call-tab-masked.png"))


def test_call_tab_in_full_for_a_supervisor_is_audited(qtbot, main_window, personal_call, col):
    col.users.add("tester", role="supervisor")
    assert main_window.open_call("P-1")
    assert NUMBER in _call_tab_text(main_window)
    assert "audit trail" in main_window.tabs.metadata.caller_label.toolTip()
    main_window.close_call()
    assert main_window.open_call("P-1")  # once per call and session
    calls = [r for r in col.privacy.reveals() if r["purpose"] == "call-tab"]
    assert len(calls) == 1 and calls[0]["entity"] == "call"
    assert calls[0]["entity_id"] == str(personal_call.id)


def test_privacy_settings_page(qtbot, col, personal_call, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from ui.privacy_settings import PrivacySettingsWidget

    col.users.add("tester", role="inspector")
    (paths.cache_dir("waveforms") / "w.npz").write_bytes(b"x" * 2_000_000)
    page = PrivacySettingsWidget(col)
    qtbot.addWidget(page)
    assert "masked for your role" in page.role_note.text()
    assert "2.0 MB" in page.usage.text()
    page.show_full.setChecked(True)
    page.fields["notes"].setChecked(True)
    page.retention.setValue(14)
    page.apply()
    st = settings_mod.load()
    assert st.show_personal_data and st.personal_fields == ["caller_number", "notes"]
    assert st.cache_retention_days == 14
    assert col.library.get("P-1").caller_number == NUMBER
    assert "setting" in [r["purpose"] for r in col.privacy.reveals()]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert page.clear_local_data() is None
    assert (paths.cache_dir("waveforms") / "w.npz").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(
        page.clear_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    assert not (paths.cache_dir("waveforms") / "w.npz").exists()
    assert "Deleted 1 files" in page.usage.text()


def test_a_call_taken_offline_plays_from_the_cache(
    qtbot, main_window, personal_call, col, memory_keyring
):
    """The source share is gone (the laptop left the office): the verified copy, sealed at
    rest with the keyring's key, plays from a plaintext copy made for the player."""
    import shutil

    from qaclient.sync.offline_cache import OfflineCache, SourcePolicy, checkout_assignments

    col.users.add("tester", role="inspector")
    source = personal_call.path
    settings_mod.update(recording_roots=[str(source.parent)])
    col.library.assign([personal_call.call_id], ["tester"])
    assert checkout_assignments(col).fetched == [personal_call.call_id]
    shutil.rmtree(source.parent)
    assert main_window.open_call("P-1")
    cache = OfflineCache(sources=SourcePolicy())
    assert cache.is_sealed(content_hash=personal_call.content_hash)
    played = cache.playable(content_hash=personal_call.content_hash)
    assert main_window.player._path == str(played) and played.parent.name == ".play"
    cache.close()
    main_window.close_call()
    # cleared: the message names the missing file with the number masked
    from qaclient import localdata

    localdata.clear()
    shown = []
    monkey = main_window.messages
    original = monkey.warning
    monkey.warning = lambda text, *a, **k: shown.append(text) or original(text, *a, **k)
    assert main_window.open_call("P-1")
    assert shown and MASKED in shown[-1] and NUMBER not in shown[-1]
