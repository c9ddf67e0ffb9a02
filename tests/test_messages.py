"""The core's Fluent catalogs: every message used in code exists in every language.

A message id used in ``qaclient/`` or ``ui/`` must be in the English (source) catalog and
in the Chinese and Spanish ones, with the same variables, and every catalog must parse.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast, visitor

from qaclient import messages
from qaclient.messages import LANGUAGES, Message, msg, render, set_language, tr

ROOT = Path(__file__).resolve().parent.parent
#: msg("area-id" / tr("area-id" / Message("area-id" — ids always hold a hyphen (the area
#: prefix), which tells them from Qt's tr("Source text") and local tr("word") helpers
_USE = re.compile(r"(?<![\w.])(?:msg|tr|Message)\(\s*[\"']([a-z][a-z0-9]*-[a-z0-9-]+)[\"']")


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


def _catalog(lang: str) -> dict[str, set[str]]:
    """message id → the variables it uses, for *lang*; fails on a syntax error."""
    out: dict[str, set[str]] = {}
    parser = FluentParser()
    for path in messages.catalog_files(lang):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                pytest.fail(f"{path}: Fluent syntax error near: {entry.content.strip()[:80]}")
            if isinstance(entry, ast.Message):
                assert entry.id.name not in out, f"{path}: {entry.id.name} defined twice"
                found = _Variables()
                found.visit(entry)
                out[entry.id.name] = found.names
    return out


def _used_ids() -> dict[str, str]:
    """message id → one place that uses it."""
    used: dict[str, str] = {}
    for top in ("qaclient", "ui"):
        for path in (ROOT / top).rglob("*.py"):
            if path.name == "messages.py" and path.parent.name == "qaclient":
                continue  # its docstring shows made-up examples
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for match in _USE.finditer(line):
                    used.setdefault(match.group(1), f"{path.relative_to(ROOT)}:{lineno}")
    return used


def test_every_language_has_the_same_messages_and_variables() -> None:
    source = _catalog("en")
    assert source, "the English catalog is empty"
    for lang in LANGUAGES:
        if lang == "en":
            continue
        other = _catalog(lang)
        missing = sorted(set(source) - set(other))
        extra = sorted(set(other) - set(source))
        assert not missing, f"{lang}: untranslated messages: {missing}"
        assert not extra, f"{lang}: messages not in the English catalog: {extra}"
        wrong = {k: (source[k], other[k]) for k in source if source[k] != other[k]}
        assert not wrong, f"{lang}: variables differ from English: {wrong}"


def test_every_message_used_in_code_is_in_the_catalog() -> None:
    source = _catalog("en")
    missing = {i: where for i, where in _used_ids().items() if i not in source}
    assert not missing, f"message ids used in code but missing from the catalogs: {missing}"


def test_render_in_each_language_and_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    m = msg("common-will-not-overwrite", path="/tmp/r.pdf")
    try:
        assert "--force" in m.render("en")
        assert "已存在" in m.render("zh_CN")
        assert "ya existe" in m.render("es")
        set_language("zh-CN")
        assert str(m) == m.render("zh_CN")
        assert str(ValueError(m)) == m.render("zh_CN")  # exceptions carry messages
        set_language("fr_FR")  # unknown → English
        assert tr("common-yes") == "yes"
    finally:
        set_language("en")
    monkeypatch.setenv("QACLIENT_STRICT_MESSAGES", "0")
    assert render(Message("no-such-message", {"n": 3})) == "no-such-message n=3"


def test_strict_mode_catches_a_missing_argument() -> None:
    with pytest.raises(messages.MessageFormatError):
        tr("common-file-not-found")  # $path missing
    with pytest.raises(messages.MessageFormatError):
        tr("no-such-message")


def test_language_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QACLIENT_LANG", "es_MX.UTF-8")
    assert messages.language_from_environment("zh_CN") == "es"
    monkeypatch.delenv("QACLIENT_LANG")
    assert messages.language_from_environment("zh_CN") == "zh_CN"
    monkeypatch.setenv("LC_ALL", "zh_TW.UTF-8")
    assert messages.language_from_environment(None) == "zh_CN"
