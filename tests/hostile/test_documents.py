"""Bounded YAML/JSON: alias bombs, deep nesting, huge files and pipes are refused at once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qaclient import documents
from qaclient.recordings.metadata.base import MetadataError
from qaclient.recordings.metadata.mapping import ImportMapping
from qaclient.recordings.sampling import RulesError, SamplingRules
from qaclient.rubrics.formats.registry import FormImportError, read_form
from qaclient.rubrics.loader import RubricValidationError, load_file

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "rubrics" / "inbound-call.yaml"


def alias_bomb(levels: int = 9, key: str = "x-notes") -> str:
    """The 'billion laughs': each level refers to the one before ten times."""
    lines = [f"{key}:", "  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        refs = ", ".join([f"*l{i - 1}"] * 10)
        lines.append(f"  l{i}: &l{i} [{refs}]")
    return "\n".join(lines) + "\n"


def rubric_with_bomb() -> str:
    return SHIPPED.read_text(encoding="utf-8") + alias_bomb()


@pytest.mark.timeout(20)
def test_rubric_alias_bomb_in_x_key_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(rubric_with_bomb(), encoding="utf-8")
    assert path.stat().st_size < 40_000
    with pytest.raises(RubricValidationError) as err:
        load_file(path)
    text = str(err.value)
    assert "250,000 values" in text and "aliases" in text
    assert err.value.problems[0].line is not None


@pytest.mark.timeout(20)
def test_rubric_cli_validate_alias_bomb(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from qaclient.cli.main import main

    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(12, "x-a"), encoding="utf-8")
    assert main(["rubric", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "aliases" in out and "Traceback" not in out


def test_rubric_validate_ok_goes_to_stdout(capsys: pytest.CaptureFixture) -> None:
    from qaclient.cli.main import main

    assert main(["rubric", "validate", str(SHIPPED)]) == 0
    captured = capsys.readouterr()
    assert ": ok (" in captured.out and captured.err == ""


def test_small_aliases_still_work() -> None:
    doc = documents.load_yaml("a: &a [1, 2]\nb: *a\n", documents.safe_loader())
    assert doc == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize("loader", [documents.safe_loader(), documents.yaml.SafeLoader])
def test_deep_yaml_is_refused(loader: type) -> None:
    with pytest.raises(documents.DocumentLimitError, match="levels deep"):
        documents.load_yaml("[" * 5000 + "]" * 5000, loader)


def test_deep_and_large_json_is_refused() -> None:
    with pytest.raises(documents.DocumentLimitError, match="levels deep"):
        documents.load_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(documents.DocumentLimitError, match="levels deep"):
        documents.load_json("[" * 100 + "]" * 100)
    many = json.dumps(list(range(300_000)))
    with pytest.raises(documents.DocumentLimitError, match="more than 250,000 values"):
        documents.load_json(many)


@pytest.mark.timeout(20)
def test_mapping_and_rules_alias_bombs(tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(alias_bomb(8, "defaults"), encoding="utf-8")
    with pytest.raises(MetadataError, match="aliases"):
        ImportMapping.load(mapping)
    rules = tmp_path / "rules.yaml"
    rules.write_text(alias_bomb(8, "filter"), encoding="utf-8")
    with pytest.raises(RulesError, match="aliases"):
        SamplingRules.load(rules)
    form = tmp_path / "form.yaml"
    form.write_text(alias_bomb(9, "questionGroups"), encoding="utf-8")
    with pytest.raises(FormImportError, match="aliases"):
        read_form(form)


def test_too_large_files_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(documents.SETTINGS_LIMITS.max_bytes + 1)  # sparse: costs no disk
    with pytest.raises(MetadataError, match="file too large"):
        ImportMapping.load(big)
    with pytest.raises(RulesError, match="file too large"):
        SamplingRules.load(big)


@pytest.mark.timeout(20)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_pipes_and_devices_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "rubric.yaml"
    os.mkfifo(fifo)
    with pytest.raises(RubricValidationError, match="not a regular file"):
        load_file(fifo)
    zero = tmp_path / "rules.yaml"
    zero.symlink_to("/dev/zero")
    with pytest.raises(RulesError, match="not a regular file"):
        SamplingRules.load(zero)
    with pytest.raises(MetadataError, match="not a regular file"):
        ImportMapping.load(zero)
    with pytest.raises(FormImportError, match="not a regular file"):
        read_form(zero)
