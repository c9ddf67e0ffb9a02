"""Caller numbers are masked by default (library, calls --json, reports, exports) and shown
in full only to supervisors/managers/admins or with the local setting — and then audited."""

from __future__ import annotations

import csv
import json

import pytest
from privacy_helpers import MASKED, NUMBER

from qaclient import settings as settings_mod
from qaclient.cli.main import main
from qaclient.privacy import (
    PrivacyError,
    mask_number,
    mask_value,
    personal_fields,
    scrub_text,
)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+8613812345678", "+861******5678"),
        ("138-1234-5678", "138-****-5678"),
        ("02012345678", "020****5678"),
        ("62345678", "62****78"),
        ("1234567", "1****67"),
        ("12345", "1**45"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_number_keeps_three_and_four(value, masked):
    assert mask_number(value) == masked


def test_mask_value_and_scrub_text():
    assert mask_value(None) is None and mask_value("Zhang San") == "Z***"
    text = "call back 13812345678 or 138 1234 5678 on 2026-11-02 (score 93.5, id ab12345678)"
    assert scrub_text(text) == (
        "call back 138****5678 or 138 **** 5678 on 2026-11-02 (score 93.5, id ab12345678)"
    )
    assert scrub_text(f"/rec/{NUMBER}_x.wav", loose=True) == f"/rec/{MASKED}_x.wav"
    # a date or time stamp in a file name is no phone number; other long runs are masked
    assert (
        scrub_text(f"{NUMBER}_20261116_093000_20261116093000_62345678.wav", loose=True)
        == f"{MASKED}_20261116_093000_20261116093000_62****78.wav"
    )
    assert scrub_text("ticket CN-abc", known=["abc"]) == "ticket CN-a***"


def test_library_masks_for_an_inspector(col, personal_call, as_role):
    as_role("inspector")
    assert personal_call.caller_number == MASKED
    row = col.library.get(personal_call.call_id)
    assert row.caller_number == MASKED
    assert col.library.search().rows[0].caller_number == MASKED
    assert col.privacy.may_see_personal() is False
    with pytest.raises(PrivacyError, match="supervisors"):
        col.library.get(personal_call.call_id, reveal=True)
    assert col.privacy.reveals() == []  # nothing was shown in full


def test_unknown_user_sees_masked_numbers(col, personal_call):
    assert col.users.get(col.actor) is None
    assert col.library.get(personal_call.call_id).caller_number == MASKED


@pytest.mark.parametrize("role", ["supervisor", "manager"])
def test_supervisor_sees_the_number_and_it_is_audited(col, personal_call, as_role, role):
    as_role(role)
    assert col.privacy.may_see_personal()
    assert col.library.get(personal_call.call_id).caller_number == NUMBER
    col.library.search()
    reveals = col.privacy.reveals()
    assert len(reveals) == 1  # a list is audited once per session, not once per refresh
    assert reveals[0]["purpose"] == "list" and reveals[0]["reason"] == f"role:{role}"
    assert reveals[0]["by"] == "tester"
    # an explicit masked view stays masked whatever the role
    assert col.library.get(personal_call.call_id, reveal=False).caller_number == MASKED


def test_local_setting_reveals_and_the_choice_is_audited(col, personal_call, as_role):
    as_role("inspector")
    col.privacy.set_show_personal_data(True)
    assert settings_mod.load().show_personal_data is True
    assert col.library.get(personal_call.call_id).caller_number == NUMBER
    purposes = [r["purpose"] for r in col.privacy.reveals()]
    assert "setting" in purposes and "list" in purposes
    col.privacy.set_show_personal_data(False)
    assert col.library.get(personal_call.call_id).caller_number == MASKED


def test_notes_can_be_marked_personal(col, personal_call, as_role):
    as_role("inspector")
    # by default the notes are shown, with the number inside them masked
    assert (
        col.library.get(personal_call.call_id).notes
        == f"customer asked for a call back on {MASKED}"
    )
    settings_mod.update(personal_fields=["caller_number", "notes"])
    assert personal_fields() == {"caller_number", "notes"}
    assert col.library.get(personal_call.call_id).notes == "c***"
    # fields the app works with cannot be hidden by mistake
    settings_mod.update(personal_fields=["agent", "call_id"])
    assert personal_fields() == {"caller_number"}


def test_calls_json_masks_the_caller_number(col, personal_call, as_role, capsys):
    as_role("inspector")
    assert main(["calls", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["caller_number"] for c in data["calls"]] == [MASKED]
    # nowhere in the output: not in the notes, not in the file name either
    assert NUMBER not in json.dumps(data) and MASKED in data["calls"][0]["file_uri"]
    assert "masked" not in data["calls"][0]  # the JSON keys stay the contract's
    # the row itself keeps the real file for the player and "take offline"
    assert col.library.get(personal_call.call_id).path.exists()


def test_calls_json_in_full_for_a_manager(col, personal_call, as_role, capsys):
    as_role("manager")
    assert main(["calls", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["caller_number"] for c in data["calls"]] == [NUMBER]
    assert NUMBER in data["calls"][0]["file_uri"]
    assert [r["purpose"] for r in col.privacy.reveals()] == ["list"]


def _scorecard_reason(col):
    col.users.add("alice", role="agent", team="blue")
    col.reports.add_scorecard_event(
        agent="alice",
        month="2026-10",
        kind="flag",
        reason=f"customer {NUMBER} complained twice",
    )


def test_reports_and_csv_xlsx_exports_mask(col, as_role, tmp_path, capsys):
    import openpyxl

    as_role("inspector")
    _scorecard_reason(col)
    card = col.reports.scorecard("2026-10").to_json()["agents"][0]
    assert card["flags"] == [f"customer {MASKED} complained twice"]
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"s.{fmt}"
        assert (
            main(["report", "scorecard", "--month", "2026-10", "--format", fmt, "-o", str(out)])
            == 0
        )
        if fmt == "csv":
            text = out.read_text(encoding="utf-8-sig")
        else:
            wb = openpyxl.load_workbook(out)
            text = json.dumps([[c.value for c in r] for ws in wb for r in ws.iter_rows()])
        assert MASKED in text and NUMBER not in text
    # the core exporter masks free text even when the report itself was not built masked
    from qaclient.reports.common import Table
    from qaclient.reports.export import write_csv_single

    t = Table("notes", ["note"])
    t.rows.append([f"ring {NUMBER}"])
    write_csv_single([t], tmp_path / "n.csv")
    rows = list(csv.reader((tmp_path / "n.csv").open(encoding="utf-8-sig")))
    assert rows[-1] == [f"ring {MASKED}"]


def test_report_pdf_masks(col, as_role, tmp_path, capsys):
    import shutil
    import subprocess

    as_role("inspector")
    _scorecard_reason(col)
    out = tmp_path / "s.pdf"
    assert (
        main(["report", "scorecard", "--month", "2026-10", "--format", "pdf", "-o", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert shutil.which("pdftotext"), "poppler-utils is needed for the PDF checks"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert MASKED in text and NUMBER not in text


def test_exports_in_full_for_a_supervisor_are_audited(col, as_role, tmp_path, capsys):
    as_role("supervisor")
    _scorecard_reason(col)
    out = tmp_path / "s.csv"
    assert (
        main(["report", "scorecard", "--month", "2026-10", "--format", "csv", "-o", str(out)]) == 0
    )
    assert NUMBER in out.read_text(encoding="utf-8-sig")
    purposes = [r["purpose"] for r in col.privacy.reveals()]
    assert "export-csv" in purposes
