"""Audio whose header lies, truncated files, pipes and devices: rejected, never a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from audio_files import RATE, flac_claiming, truncated, wav_declaring, write

from qaclient.audio.reader import AudioError
from qaclient.audio.segments import analyse
from qaclient.audio.waveform import overview
from qaclient.cli.main import main
from qaclient.recordings.probe import ProbeError, probe

TWO_386_HOURS = (1 << 36) - 1  # the most STREAMINFO can claim: 2,386 h at 8 kHz


def _code(path: Path) -> str:
    with pytest.raises(ProbeError) as err:
        probe(path)
    return err.value.code


def test_truncated_wav_and_flac_are_rejected_as_truncated(tmp_path: Path) -> None:
    wav = write(tmp_path / "ok.wav", subtype="PCM_16")
    flac = write(tmp_path / "ok.flac")
    assert probe(wav).frames == 2 * RATE and probe(flac).frames == 2 * RATE
    assert _code(truncated(wav, tmp_path / "cut.wav")) == "truncated"
    assert _code(truncated(flac, tmp_path / "cut.flac")) == "truncated"
    assert _code(truncated(flac, tmp_path / "cut90.flac", 0.9)) == "truncated"


def test_header_claiming_more_than_the_file_holds(tmp_path: Path) -> None:
    liar = flac_claiming(tmp_path / "liar.flac", TWO_386_HOURS)
    with pytest.raises(ProbeError) as err:
        probe(liar)
    assert err.value.code == "truncated" and "8,589,934.6 s" in str(err.value)
    assert _code(wav_declaring(tmp_path / "liar.wav", 0x7FFF0000)) == "truncated"


def test_streaming_wav_with_unknown_length_is_accepted(tmp_path: Path) -> None:
    # recorders that stream write 0xFFFFFFFF ("unknown") and never come back to fix it
    info = probe(wav_declaring(tmp_path / "stream.wav", 0xFFFFFFFF))
    assert info.frames == 2 * RATE


@pytest.mark.timeout(30)
def test_analysis_of_a_lying_flac_fails_fast_without_huge_buffers(tmp_path: Path) -> None:
    liar = flac_claiming(tmp_path / "liar.flac", TWO_386_HOURS)
    with pytest.raises(AudioError, match="truncated"):
        analyse(liar, use_cache=False)
    with pytest.raises(AudioError, match="truncated"):
        overview(liar, 800, use_cache=False)


def _specials(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.wav"
    zero.symlink_to("/dev/zero")
    return [fifo, zero]


@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_and_dev_zero_are_refused_everywhere(tmp_path: Path, capsys) -> None:
    for special in _specials(tmp_path):
        assert _code(special) == "unreadable"
        with pytest.raises(AudioError, match="not a regular file"):
            overview(special, 100)
        with pytest.raises(AudioError, match="not a regular file"):
            analyse(special)
        for command in (["waveform", str(special)], ["segments", str(special)]):
            assert main(command) == 1
            err = capsys.readouterr().err
            assert "not a regular file" in err and len(err.strip().splitlines()) == 1


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_import_skips_pipes_and_lying_files(col, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "good.wav", subtype="PCM_16")
    flac_claiming(folder / "liar.flac", TWO_386_HOURS)
    truncated(write(tmp_path / "whole.flac"), folder / "cut.flac")
    os.mkfifo(folder / "pipe.wav")
    os.mkfifo(folder / "calls.csv")
    (folder / "zero.csv").symlink_to("/dev/zero")
    report = col.library.import_folder(folder)
    codes = {r.path: r.code for r in report.rejects}
    assert codes == {"liar.flac": "truncated", "cut.flac": "truncated", "pipe.wav": "unreadable"}
    assert report.counts()["imported"] == 1
    assert sum("not a regular file" in w for w in report.warnings) == 2
