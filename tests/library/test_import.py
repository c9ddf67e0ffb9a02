"""Folder import: rejects with reasons, idempotent re-import, moved files found by hash,
and the source folder never touched."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from library_helpers import PATTERN, SR, tone, tree_fingerprint, write_flac, write_wav

from qaclient.recordings.importer import FolderImportError
from qaclient.recordings.library import CallFilter

MAPPING = {"filename_patterns": [PATTERN]}


def _add_corrupt(root: Path) -> None:
    good = (root / "1001_20261102-093000_c001.wav").read_bytes()
    bad = root / "bad"
    bad.mkdir()
    (bad / "zero.wav").write_bytes(b"")
    (bad / "cut.wav").write_bytes(good[:30])
    flac = write_flac(root / "tmp.flac", tone(1))
    (bad / "flac_inside.wav").write_bytes(flac.read_bytes())
    flac.unlink()
    (bad / "static.ogg").write_bytes(
        np.random.default_rng(7).integers(0, 256, 3000, dtype=np.uint8).tobytes()
    )
    (root / "notes.txt").write_text("not audio")


def test_import_with_rejects_and_reasons(col, recordings: Path) -> None:
    _add_corrupt(recordings)
    before = tree_fingerprint(recordings)
    seen: list[tuple[int, int, str]] = []
    report = col.library.import_folder(
        recordings, mapping=MAPPING, progress=lambda d, t, p: seen.append((d, t, p))
    )
    assert report.scanned == 8
    assert report.imported == 4
    codes = {r.path: r.code for r in report.rejects}
    assert codes == {
        "bad/zero.wav": "empty",
        "bad/cut.wav": "truncated",
        "bad/flac_inside.wav": "wrong_extension",
        "bad/static.ogg": "unknown_format",
    }
    for r in report.rejects:
        assert r.reason.startswith(Path(r.path).name + ":")
    assert report.ignored == ["notes.txt"]
    # progress: once per file, counting up to the total
    assert [d for d, _, _ in seen] == list(range(1, 9))
    assert all(t == 8 for _, t, _ in seen)
    # nothing in the source folder changed
    assert tree_fingerprint(recordings) == before

    c = col.library.get("c002")
    assert c is not None
    assert (c.agent, c.format, c.channels, c.samplerate) == ("1002", "FLAC", 2, SR)
    assert c.start == datetime(2026, 11, 3, 10, 15, tzinfo=UTC)
    assert c.duration_ms == 2000
    assert c.path == (recordings / "day2" / "1002_20261103-101500_c002.flac").resolve()
    assert len(c.content_hash) == 64
    assert col.library.count() == 4
    js = report.to_json()
    assert js["imported"] == 4 and js["rejected"] == 4 and len(js["rejects"]) == 4
    (stored,) = col.library.imports()
    assert stored.batch_id == report.batch_id and stored.finished_at is not None
    assert stored.counts["imported"] == 4 and {r["code"] for r in stored.rejects} == set(
        codes.values()
    )
    assert stored.by == "tester"


def test_reimport_is_idempotent(col, recordings: Path) -> None:
    first = col.library.import_folder(recordings, mapping=MAPPING)
    rows = {r.call_id: r for r in col.library.search().rows}
    again = col.library.import_folder(recordings, mapping=MAPPING)
    assert (again.imported, again.unchanged, again.updated, again.relocated, again.rejected) == (
        0,
        4,
        0,
        0,
        0,
    )
    assert first.batch_id != again.batch_id
    assert {r.call_id: r for r in col.library.search().rows} == rows


def test_reimport_with_more_metadata_updates(col, recordings: Path) -> None:
    col.library.import_folder(recordings, mapping=MAPPING)
    col.library.set_notes("c001", "kept")
    report = col.library.import_folder(
        recordings, mapping={**MAPPING, "defaults": {"team": "blue"}}
    )
    assert report.updated == 4 and report.imported == 0
    c = col.library.get("c001")
    assert c.team == "blue" and c.notes == "kept"  # metadata that says nothing keeps notes


def test_moved_file_is_found_by_hash(col, recordings: Path, tmp_path: Path) -> None:
    col.library.import_folder(recordings, mapping=MAPPING)
    before = col.library.get("c003")
    new_root = tmp_path / "archive"
    shutil.move(str(recordings), str(new_root))
    report = col.library.import_folder(new_root, mapping=MAPPING)
    assert report.relocated == 4 and report.imported == 0
    after = col.library.get("c003")
    assert after.id == before.id and after.content_hash == before.content_hash
    assert after.path == (new_root / "day2" / "1003_20261103-120000_c003.ogg").resolve()
    assert col.library.count() == 4


def test_renamed_file_keeps_its_call(col, recordings: Path) -> None:
    """No pattern: the call id comes from the file name; a renamed file is the same call."""
    col.library.import_folder(recordings)
    old = recordings / "1001_20261102-093000_c001.wav"
    new = recordings / "renamed.wav"
    old.rename(new)
    report = col.library.import_folder(recordings)
    assert report.relocated == 1 and report.imported == 0
    hits = col.library.find_by_hash(col.library.get("1001_20261102-093000_c001").content_hash)
    assert len(hits) == 1 and hits[0].path == new.resolve()


def test_copy_is_a_duplicate_not_a_second_call(col, recordings: Path) -> None:
    shutil.copy(recordings / "1001_20261102-093000_c001.wav", recordings / "copy_of_c001.wav")
    report = col.library.import_folder(recordings)
    assert report.imported == 4
    (dup,) = report.rejects
    assert dup.code == "duplicate" and "same audio" in dup.reason


def test_call_id_with_other_audio_is_a_conflict(col, recordings: Path, tmp_path: Path) -> None:
    col.library.import_folder(recordings, mapping=MAPPING)
    other = tmp_path / "other"
    write_wav(other / "1001_20261102-093000_c001.wav", tone(5, 1000))
    report = col.library.import_folder(other, mapping=MAPPING)
    (rej,) = report.rejects
    assert rej.code == "conflict" and "already in the library with different audio" in rej.reason
    assert col.library.get("c001").duration_ms == 3000  # not replaced


def test_start_falls_back_to_file_time(col, tmp_path: Path) -> None:
    root = tmp_path / "plain"
    p = write_wav(root / "whatever.wav", tone(4))
    ended = datetime(2026, 11, 5, 10, 0, 4, tzinfo=UTC).timestamp()
    os.utime(p, (ended, ended))
    col.library.import_folder(root)
    c = col.library.get("whatever")
    assert c.start == datetime(2026, 11, 5, 10, 0, 0, tzinfo=UTC)
    assert c.metadata_source == "file"


def test_cancel_from_progress_keeps_what_was_done(col, recordings: Path) -> None:
    report = col.library.import_folder(recordings, mapping=MAPPING, progress=lambda d, t, p: d < 2)
    assert report.cancelled
    assert report.imported == 2
    assert col.library.count() == 2
    rest = col.library.import_folder(recordings, mapping=MAPPING)
    assert (rest.imported, rest.unchanged) == (2, 2)


def test_hidden_files_and_mapping_file_are_not_imported(col, recordings: Path) -> None:
    write_wav(recordings / ".hidden" / "x.wav", tone(1))
    (recordings / "._1001_20261102-093000_c001.wav").write_bytes(b"\x00\x05\x16\x07junk")
    mapping = recordings / "mapping.json"
    mapping.write_text('{"filename_patterns": ["' + PATTERN + '"]}')
    report = col.library.import_folder(recordings, mapping=mapping)
    assert report.imported == 4 and report.rejected == 0
    assert report.metadata_files == []


def test_bad_folder(col, tmp_path: Path) -> None:
    with pytest.raises(FolderImportError, match="folder not found"):
        col.library.import_folder(tmp_path / "nope")
    f = tmp_path / "f.wav"
    f.write_bytes(b"x")
    with pytest.raises(FolderImportError, match="not a folder"):
        col.library.import_folder(f)


def test_results_do_not_depend_on_thread_count(col, recordings: Path) -> None:
    for i in range(12):
        write_wav(
            recordings / "more" / f"1009_20261106-0900{i:02d}_m{i:02d}.wav",
            tone(0.5 + i / 10, 200 + 50 * i),
        )
    shutil.copy(
        recordings / "more" / "1009_20261106-090000_m00.wav", recordings / "more" / "zz_dup.wav"
    )
    r1 = col.library.import_folder(recordings, mapping=MAPPING, workers=1)
    rows1 = [(r.call_id, r.content_hash, r.duration_ms) for r in col.library.search().rows]
    col.library.refresh_scored()
    assert r1.imported == 16 and [r.path for r in r1.rejects] == ["more/zz_dup.wav"]
    col2_rows = col.library.search(CallFilter(agent="1009")).rows
    assert len(col2_rows) == 12
    r2 = col.library.import_folder(recordings, mapping=MAPPING, workers=6)
    assert r2.unchanged == 16 and [r.path for r in r2.rejects] == ["more/zz_dup.wav"]
    assert [(r.call_id, r.content_hash, r.duration_ms) for r in col.library.search().rows] == rows1
