"""Each metadata source on fixtures derived from the formats in shared/interop, read on
its own and through a folder import with recordings made here."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from library_helpers import FIXTURES, PATTERN, noise, stereo, tone, write_flac, write_wav

from qaclient.recordings.metadata.asterisk_cdr import AsteriskCdr, channel_peer
from qaclient.recordings.metadata.aws_connect_ctr import AwsConnectCtr
from qaclient.recordings.metadata.base import MetadataError, parse_duration
from qaclient.recordings.metadata.csv_sidecar import CsvSidecar
from qaclient.recordings.metadata.filename_pattern import FilenamePattern
from qaclient.recordings.metadata.freeswitch_cdr import FreeswitchCdr
from qaclient.recordings.metadata.mapping import ImportMapping
from qaclient.recordings.metadata.registry import detect, make_sources


def _copy(name: str, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in (FIXTURES / name).iterdir():
        shutil.copy(p, dest / p.name)
    return dest


# --- Asterisk -------------------------------------------------------------------------------


def test_asterisk_master_csv_fields() -> None:
    m = ImportMapping.load({"timezone": "Asia/Shanghai"})
    src = AsteriskCdr(m)
    path = FIXTURES / "asterisk" / "Master.csv"
    assert detect(path, make_sources(m)) is not None
    assert detect(path, make_sources(m)).name == "asterisk_cdr"
    res = src.read(path)
    assert len(res.records) == 3
    assert len(res.errors) == 1 and "Master.csv:4" in res.errors[0]
    inbound, outbound, missed = res.records
    assert inbound.call_id == "1762075800.101"
    assert (inbound.agent, inbound.queue, inbound.direction) == ("1001", "billing", "inbound")
    assert inbound.caller_number == "+8613800000001"
    assert inbound.start == datetime(2026, 11, 2, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    assert inbound.duration == 180
    assert (outbound.agent, outbound.direction, outbound.caller_number) == (
        "1002",
        "outbound",
        "+8613900000002",
    )
    assert outbound.file == "rec-out-1002.wav"
    assert missed.agent is None


def test_channel_peer() -> None:
    assert channel_peer("PJSIP/1001-00000002") == "1001"
    assert channel_peer("SIP/agent7-0000abcd") == "agent7"
    assert channel_peer("Local/2002@from-queue-0000;1") == "2002"
    assert channel_peer("") is None


def test_asterisk_import(col, tmp_path: Path) -> None:
    root = _copy("asterisk", tmp_path / "pbx")
    write_wav(root / "monitor" / "20261102-093000-1762075800.101.wav", stereo(tone(3), noise(3)))
    write_wav(root / "monitor" / "rec-out-1002.wav", tone(2))
    report = col.library.import_folder(
        root, mapping={"timezone": "Asia/Shanghai", "defaults": {"agent_channel": "left"}}
    )
    assert report.imported == 2 and report.rejected == 0
    assert report.unmatched_records == 1  # the unanswered call has no recording
    md = report.metadata_files[0]
    assert (md.source, md.records, md.matched) == ("asterisk_cdr", 3, 2)
    assert md.errors and "broken" not in md.errors[0] and "Master.csv:4" in md.errors[0]
    a = col.library.get("1762075800.101")
    assert a is not None and a.agent == "1001" and a.queue == "billing"
    assert a.channel_layout == "stereo-agent-left"
    b = col.library.get("1762077600.102")
    assert b is not None and b.direction == "outbound" and b.channel_layout == "mono"


# --- FreeSWITCH ----------------------------------------------------------------------------


def test_freeswitch_example_template() -> None:
    m = ImportMapping()
    path = FIXTURES / "freeswitch" / "Master.csv"
    assert detect(path, make_sources(m)).name == "freeswitch_cdr"
    res = FreeswitchCdr(m).read(path)
    assert not res.errors
    a, b = res.records
    assert a.call_id == "a1b2c3d4-0000-4000-8000-000000000001"
    assert (a.agent, a.direction, a.caller_number, a.duration) == (
        "1003",
        "inbound",
        "+8613800000004",
        300,
    )
    assert (b.agent, b.direction, b.caller_number) == ("1004", "outbound", "+8613900000005")
    assert "a1b2c3d4-0000-4000-8000-000000000002" in a.match_keys


def test_freeswitch_custom_template_with_agent_variable(tmp_path: Path) -> None:
    p = tmp_path / "cdr.csv"
    p.write_text(
        '"+8613800000009","5000","public","2026-11-02 08:00:00","95","b1b2c3d4-0000-4000-8000-00000000000a","7001","vip","1"\n'
    )
    m = ImportMapping.load(
        {
            "freeswitch": {
                "columns": "${caller_id_number},${destination_number},${context},${start_stamp},${billsec},${uuid},${cc_agent},${cc_queue},${complaint}",
                "fields": {"agent": "cc_agent", "queue": "${cc_queue}", "complaint": "complaint"},
            }
        }
    )
    res = FreeswitchCdr(m).read(p)
    assert not res.errors
    (r,) = res.records
    assert (r.agent, r.queue, r.complaint, r.direction) == ("7001", "vip", True, "inbound")


def test_freeswitch_import(col, tmp_path: Path) -> None:
    root = _copy("freeswitch", tmp_path / "fs")
    write_wav(root / "a1b2c3d4-0000-4000-8000-000000000001.wav", tone(2))
    write_flac(root / "2026-11-02" / "a1b2c3d4-0000-4000-8000-000000000003.flac", tone(1))
    report = col.library.import_folder(root)
    assert report.imported == 2 and report.unmatched_records == 0
    c = col.library.get("a1b2c3d4-0000-4000-8000-000000000003")
    assert c is not None and c.agent == "1004" and c.format == "FLAC"


# --- Amazon Connect ----------------------------------------------------------------------------


def test_connect_ctr_dedup_and_fields() -> None:
    m = ImportMapping()
    path = FIXTURES / "aws_connect" / "ctr-2022-04-08.json"
    assert detect(path, make_sources(m)).name == "aws_connect_ctr"
    res = AwsConnectCtr(m).read(path)
    assert not res.errors
    assert res.skipped == 1  # the chat contact
    (r,) = res.records  # delivered twice: the newer copy wins
    assert r.call_id == "15a5cf14-3212-45a1-9f86-a8e97db8afaf"
    assert (r.agent, r.team, r.queue, r.direction) == (
        "admin1",
        "team-blue",
        "BasicQueue",
        "inbound",
    )
    assert r.complaint is True
    assert r.caller_number == "+15555550100"
    assert r.start == datetime(2022, 4, 8, 14, 59, 38, tzinfo=UTC)
    assert r.duration == 104
    assert r.agent_channel == 1
    assert r.file.endswith("15a5cf14-3212-45a1-9f86-a8e97db8afaf_20220408T15:00_UTC.wav")


def test_connect_import(col, tmp_path: Path) -> None:
    root = _copy("aws_connect", tmp_path / "connect")
    write_wav(
        root
        / "CallRecordings"
        / "2022"
        / "04"
        / "08"
        / "15a5cf14-3212-45a1-9f86-a8e97db8afaf_20220408T15:00_UTC.wav",
        stereo(noise(2), tone(2), agent_channel=1),
    )
    report = col.library.import_folder(root)
    assert report.imported == 1, report.to_json()
    c = col.library.get("15a5cf14-3212-45a1-9f86-a8e97db8afaf")
    assert c is not None and c.complaint and c.team == "team-blue"
    assert c.channel_layout == "stereo-agent-right"


# --- CSV sidecar ---------------------------------------------------------------------------------


def test_csv_sidecar_chinese_headers(col, tmp_path: Path) -> None:
    root = tmp_path / "hz"
    root.mkdir()
    shutil.copy(FIXTURES / "csv" / "calls.csv", root / "calls.csv")
    write_wav(root / "audio" / "HZ-0001.wav", tone(2))
    write_wav(root / "audio" / "HZ-0002.wav", tone(1, 300))
    write_wav(root / "audio" / "HZ-0003.wav", tone(1, 500))
    report = col.library.import_folder(root)
    assert report.imported == 3
    (md,) = report.metadata_files
    # the bad date is reported and the row kept without it (its agent is still good)
    assert md.source == "csv_sidecar" and md.records == 3 and md.matched == 3
    assert any("calls.csv:4" in e and "start" in e and "kept" in e for e in md.errors)
    c = col.library.get("HZ-0001")
    assert c is not None
    assert (c.agent, c.team, c.queue, c.direction, c.complaint) == (
        "2001",
        "一组",
        "账单",
        "inbound",
        True,
    )
    assert c.notes == "客户投诉账单错误"
    assert c.start == datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    d = col.library.get("HZ-0002")
    assert d is not None and d.direction == "outbound" and not d.complaint
    # the row with a bad date is reported, and its call keeps the row's other fields
    e = col.library.get("HZ-0003")
    assert e is not None and (e.agent, e.team, e.queue) == ("2003", "二组", "账单")


def test_csv_sidecar_with_mapping_file(col, tmp_path: Path) -> None:
    root = tmp_path / "mad"
    root.mkdir()
    shutil.copy(FIXTURES / "csv" / "custom.csv", root / "custom.csv")
    write_flac(root / "R-1.flac", stereo(tone(2), noise(2), agent_channel=1))
    write_flac(root / "R-2.flac", stereo(tone(2), noise(2), agent_channel=0))
    report = col.library.import_folder(root, mapping=FIXTURES / "csv" / "custom-mapping.yaml")
    assert report.imported == 2 and not report.metadata_files[0].errors
    r1, r2 = col.library.get("R-1"), col.library.get("R-2")
    assert r1.start == datetime(2026, 11, 3, 13, 0, tzinfo=UTC)  # 14:00 in Madrid
    assert (r1.agent, r1.queue, r1.direction, r1.complaint, r1.team) == (
        "3001",
        "sales",
        "inbound",
        True,
        "madrid",
    )
    assert r1.agent_channel == 1 and r2.agent_channel == 0
    assert (r2.direction, r2.complaint) == ("outbound", False)


def test_mapping_errors_are_specific(tmp_path: Path) -> None:
    with pytest.raises(MetadataError, match="unknown key"):
        ImportMapping.load({"csvv": {}})
    with pytest.raises(MetadataError, match="csv.columns: unknown call field"):
        ImportMapping.load({"csv": {"columns": {"agnet": "A"}}})
    with pytest.raises(MetadataError, match="unknown time zone"):
        ImportMapping.load({"timezone": "Mars/Olympus"})
    with pytest.raises(MetadataError, match="unknown field"):
        ImportMapping.load({"filename_patterns": ["{agent}_{nope}.wav"]})
    bad = tmp_path / "m.yaml"
    bad.write_text("csv: [unclosed\n")
    with pytest.raises(MetadataError, match=r"m.yaml:\d+:\d+: invalid YAML"):
        ImportMapping.load(bad)
    js = tmp_path / "m.json"
    js.write_text('{"timezone": "UTC",}')
    with pytest.raises(MetadataError, match="invalid JSON"):
        ImportMapping.load(js)


def test_csv_sidecar_needs_an_id_or_file_column(tmp_path: Path) -> None:
    p = tmp_path / "agents.csv"
    p.write_text("name,team\nann,a\n")
    assert CsvSidecar(ImportMapping()).claims(p, p.read_text()) is False


# --- file-name patterns --------------------------------------------------------------------------


def test_filename_pattern() -> None:
    pat = FilenamePattern(PATTERN + ".wav")
    m = pat.match("2026/11/1001_20261102-093000_c-77.WAV")
    assert m is not None and (m.agent, m.call_id) == ("1001", "c-77")
    assert m.start == datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    assert pat.match("1001_20261102-093000_c-77.flac") is None  # the pattern names .wav
    assert FilenamePattern(PATTERN).match("x/1001_20261102-093000_c-77.flac") is not None
    folders = FilenamePattern("{team}/{agent}/{direction}-{callid}")
    m = folders.match("blue/1002/out-abc.ogg")
    assert (m.team, m.agent, m.direction, m.call_id) == ("blue", "1002", "outbound", "abc")
    with pytest.raises(ValueError, match="does not fit"):
        pat.match("1001_20261399-093000_c.wav")
    with pytest.raises(ValueError, match="not supported"):
        FilenamePattern("{start:%Q}")


def test_parse_duration() -> None:
    assert parse_duration("95") == 95
    assert parse_duration("1:35") == 95
    assert parse_duration("01:01:35") == 3695
    with pytest.raises(ValueError):
        parse_duration("soon")
