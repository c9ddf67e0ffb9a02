"""Outputs never overwrite without --force, never a library recording, never the wrong type."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from audio_files import write

from qaclient.cli.main import main

GENESYS = Path(__file__).resolve().parents[1] / "formats" / "data"


@pytest.fixture
def library_file(col, tmp_path: Path) -> Path:
    folder = tmp_path / "calls"
    folder.mkdir()
    rec = write(folder / "C-100.wav", subtype="PCM_16")
    report = col.library.import_folder(folder)
    assert report.counts()["imported"] == 1
    return rec


def test_report_refuses_to_overwrite_without_force(col, tmp_path: Path, capsys) -> None:
    out = tmp_path / "kpi.json"
    out.write_text("keep me", encoding="utf-8")
    assert main(["report", "kpi", "--month", "2026-10", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "already exists; add --force" in err and out.read_text() == "keep me"
    assert main(["report", "kpi", "--month", "2026-10", "-o", str(out), "--force"]) == 0
    assert out.read_text().startswith("{")
    assert not list(tmp_path.glob(".*.part"))  # written atomically, nothing left behind


def test_report_never_overwrites_a_library_recording(library_file: Path, capsys) -> None:
    before = library_file.read_bytes()
    # the recording itself: a report never has an audio extension
    assert main(["report", "kpi", "--month", "2026-10", "-o", str(library_file), "--force"]) == 2
    assert "--format json writes JSON" in capsys.readouterr().err
    # a name that fits the format but is the recording (a link): refused even with --force
    link = library_file.with_name("C-100.json")
    link.symlink_to(library_file)
    assert main(["report", "kpi", "--month", "2026-10", "-o", str(link), "--force"]) == 2
    err = capsys.readouterr().err
    assert "recording of call C-100" in err and "Traceback" not in err
    assert library_file.read_bytes() == before


def test_clip_never_overwrites_a_library_recording(library_file: Path, tmp_path, capsys) -> None:
    before = library_file.read_bytes()
    other = write(tmp_path / "other.wav", subtype="PCM_16")
    args = ["clip", str(other), "--start", "0", "--end", "500", "-o", str(library_file)]
    assert main([*args, "--force"]) == 1
    assert "recording of call C-100" in capsys.readouterr().err
    assert library_file.read_bytes() == before


@pytest.mark.parametrize(
    ("fmt", "name"), [("pdf", "x.csv"), ("csv", "x.xlsx"), ("xlsx", "x.pdf"), ("json", "x.csv")]
)
def test_format_and_extension_must_agree(col, tmp_path: Path, capsys, fmt, name) -> None:
    out = tmp_path / name
    assert main(["report", "kpi", "--month", "2026-10", "--format", fmt, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"--format {fmt} writes" in err and not out.exists()


def test_report_cannot_overwrite_the_store(col, qaclient_home: Path, capsys) -> None:
    store = qaclient_home / "qaclient.sqlite3"
    size = store.stat().st_size
    bad = ["report", "kpi", "--month", "2026-10", "--format", "json", "-o"]
    assert main([*bad, str(store.with_suffix(".json"))]) == 0  # a new file beside it is fine
    capsys.readouterr()
    # the store itself: refused even with --force (its name does not end in .json, so
    # check the extension rule is not what stops it)
    from qaclient.outputs import OutputError, check_target

    with pytest.raises(OutputError, match="the qaclient store itself"):
        check_target(store, force=True)
    assert store.stat().st_size == size


def test_rubric_import_refuses_overwrite_and_its_own_input(tmp_path: Path, capsys) -> None:
    src_candidates = sorted(GENESYS.glob("*.json"))
    assert src_candidates, "the formats tests ship Genesys forms"
    src = tmp_path / "form.json"
    shutil.copyfile(src_candidates[0], src)
    out = tmp_path / "rubric.yaml"
    out.write_text("mine", encoding="utf-8")
    assert main(["rubric", "import", str(src), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err and out.read_text() == "mine"
    before = src.read_bytes()
    assert main(["rubric", "import", str(src), "-o", str(src), "--force"]) == 2
    assert "input of this command" in capsys.readouterr().err
    assert src.read_bytes() == before
