"""tools/build_bundle.py's own checks (fast; the real build is tests/bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_bundle  # noqa: E402

sys.path.pop(0)


def fake_bundle(tmp_path: Path) -> Path:
    app = tmp_path / "qaclient"
    inner = app / "_internal"
    for rel in build_bundle.REQUIRED:
        path = inner / rel
        if path.suffix:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("x")
        else:
            path.mkdir(parents=True, exist_ok=True)
    (inner / "qaclient/storage/migrations/versions/0001_foundation.py").write_text("x")
    (app / ("qaclient.exe" if sys.platform == "win32" else "qaclient")).write_text("x")
    return app


def test_a_complete_bundle_passes(tmp_path: Path):
    assert build_bundle.check(fake_bundle(tmp_path)) == []


@pytest.mark.parametrize(
    "rel", ["qaclient/storage/migrations/env.py", "resources/rubrics", "resources/translations"]
)
def test_a_missing_runtime_file_is_named(tmp_path: Path, rel: str):
    app = fake_bundle(tmp_path)
    target = app / "_internal" / rel
    if target.is_dir():
        target.rmdir()
    else:
        target.unlink()
    (problem,) = build_bundle.check(app)
    assert rel in problem.replace("\\", "/") and "missing" in problem


def test_no_migration_revision_is_a_problem(tmp_path: Path):
    app = fake_bundle(tmp_path)
    (app / "_internal/qaclient/storage/migrations/versions/0001_foundation.py").unlink()
    assert any("no migration revisions" in p for p in build_bundle.check(app))


@pytest.mark.parametrize("tool", ["pytest", "hypothesis", "PyInstaller", "ruff"])
def test_a_development_tool_inside_is_a_problem(tmp_path: Path, tool: str):
    app = fake_bundle(tmp_path)
    (app / "_internal" / tool).mkdir()
    (problem,) = build_bundle.check(app)
    assert tool in problem and "development tool" in problem


def test_the_desktop_entry_points_at_the_program_and_icon():
    entry = build_bundle.desktop_entry("/opt/qaclient/qaclient", "/opt/qaclient/qaclient.svg")
    lines = entry.splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Exec=/opt/qaclient/qaclient" in lines and "Icon=/opt/qaclient/qaclient.svg" in lines
    assert "Terminal=false" in lines
