"""PDF export through Qt's PDF writer: `report kpi --format pdf` and the page as PNG.

The page image is checked by hand (docs/report-kpi-sample.png); here we check that the
PDF is real (pages, text extractable, Chinese labels present) with poppler's tools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from qaclient.cli.main import main

from .dataset import CHECKLIST

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def test_kpi_pdf(col, data, tmp_path):
    out = tmp_path / "kpi.pdf"
    assert (
        main(
            [
                "report",
                "kpi",
                "--month",
                "2026-10",
                "--format",
                "pdf",
                "--lang",
                "zh_CN",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # pdftotext gives Kangxi radicals (⽉ for 月)
    assert "质检月度报告" in text and "2026-10" in text
    assert "开始语" in text and "结束语" in text  # Chinese section labels
    assert "电话呼入" in text and "inbound" not in text  # rubric titles, not ids
    assert "Alice" in text  # agents by display name
    assert "71.43" in text  # centre sample coverage
    png = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(out), str(png)], check=True
    )
    assert (tmp_path / "page-1.png").stat().st_size > 10_000


def test_scorecard_and_inspector_pdfs(col, data, tmp_path):
    for name in ("scorecard", "inspectors"):
        out = tmp_path / f"{name}.pdf"
        assert main(["report", name, "--month", "2026-10", "--format", "pdf", "-o", str(out)]) == 0
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert ("Alice" in text) if name == "scorecard" else ("Ins1" in text)


#: Latin words a Chinese PDF may hold: units, abbreviations and the data's own words (the
#: test data's people are Alice, Bob… in teams red and blue; its checklist rubric has only
#: English labels, which are the rubric's words, not the app's).
ALLOWED = {"QA", "KPI", "UTC", "N", "A", "B", "C", "D", "E", "F", "n", "s"}


def _data_words() -> set[str]:
    words = {"Alice", "Bob", "Carol", "Dave", "Ins", "red", "blue"}  # Ins1, Ins2

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "labels" and isinstance(v, dict) and "zh_CN" not in v:
                    words.update(re.findall(r"[A-Za-z]+", v.get("en", "")))
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(CHECKLIST)
    return words


def _latin_words(path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    allowed = {w.lower() for w in ALLOWED | _data_words()}
    return sorted({w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in allowed})


@pytest.mark.parametrize("report", ["kpi", "scorecard", "inspectors"])
def test_chinese_pdfs_hold_no_english(col, data, tmp_path, report):
    """``qaclient --lang zh_CN report … --format pdf``: no English heading, label or word."""
    out = tmp_path / f"{report}.pdf"
    argv = ["--lang", "zh_CN", "report", report, "--month", "2026-10", "--format", "pdf"]
    assert main([*argv, "-o", str(out)]) == 0
    assert _latin_words(out) == []
    # QACLIENT_LANG does the same when no --lang is given; the report's own --lang wins
    out_es = tmp_path / f"{report}-es.pdf"
    argv = ["report", report, "--month", "2026-10", "--format", "pdf", "--lang", "es"]
    assert main([*argv, "-o", str(out_es)]) == 0
    text = subprocess.run(["pdftotext", str(out_es), "-"], capture_output=True, text=True).stdout
    spanish = {
        "kpi": "Informe mensual",
        "scorecard": "Cuadros de mando",
        "inspectors": "Estadísticas",
    }
    assert spanish[report] in text


def test_qaclient_lang_environment_sets_the_pdf_language(col, data, tmp_path, monkeypatch):
    monkeypatch.setenv("QACLIENT_LANG", "zh_CN")
    out = tmp_path / "kpi.pdf"
    assert main(["report", "kpi", "--month", "2026-10", "--format", "pdf", "-o", str(out)]) == 0
    assert _latin_words(out) == []
