"""PDF export through Qt's PDF writer: `report kpi --format pdf` and the page as PNG.

The page image is checked by hand (docs/report-kpi-sample.png); here we check that the
PDF is real (pages, text extractable, Chinese labels present) with poppler's tools.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from qaclient.cli.main import main

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
    assert "QA monthly report" in text and "2026-10" in text
    assert "开始语" in text and "结束语" in text  # Chinese section labels
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
        assert ("alice" in text) if name == "scorecard" else ("ins1" in text)
