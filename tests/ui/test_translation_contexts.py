"""The UI's translation contexts: what lupdate files in the .ts files is what the code looks up.

A string filed under a context the code never asks for (an empty context, a variable name
such as ``window``) stays English at runtime however well it is translated; these tests load
the Chinese catalogue and ask for strings exactly as the code does.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = i18n.TRANSLATIONS_DIR / "qaclient_zh_CN.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _contexts() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out.setdefault(name, []).append((m.findtext("source") or "", m.findtext("translation")))
    return out


def _classes_in_ui() -> set[str]:
    names = set()
    for path in (ROOT / "ui").rglob("*.py"):
        names |= set(re.findall(r"^\s*class (\w+)", path.read_text(encoding="utf-8"), re.M))
    return names


def _explicit_contexts() -> set[str]:
    names = set()
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"translate\(\s*\"(\w+)\"", text))
        names |= set(re.findall(r"QT_TRANSLATE_NOOP\(\s*\"(\w+)\"", text))
    return names


def test_every_context_is_one_the_code_looks_up():
    contexts = _contexts()
    assert "" not in contexts, "strings under an empty context (a module-level tr())"
    known = _classes_in_ui() | _explicit_contexts()
    stray = sorted(set(contexts) - known)
    assert not stray, f"contexts no class or translate() call uses: {stray}"


def test_no_tr_call_inside_an_f_string():
    """lupdate does not look inside f-strings: a tr() there is never extracted."""
    bad = []
    for path in (ROOT / "ui").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bf[\"'].*\{[^}]*\btr\(", line) or re.search(
                r"\bf[\"'].*\{[^}]*translate\(", line
            ):
                bad.append(f"{path.relative_to(ROOT)}:{n}")
    assert not bad, bad


@pytest.mark.parametrize(
    ("lookup", "expected"),
    [
        (
            lambda: __import__("ui.reports.pdf").reports.pdf.ReportPdf.tr("QA monthly report"),
            "质检",
        ),
        (lambda: __import__("ui.reports.pdf").reports.pdf.ReportPdf.tr("Evaluations done"), "评分"),
        (
            lambda: __import__("ui.coaching.pack_pdf").coaching.pack_pdf.CoachingPack.tr(
                "Coaching pack"
            ),
            "辅导",
        ),
        (
            lambda: QCoreApplication.translate("MainWindow", "Welcome to qaclient"),
            "欢迎",
        ),
        (
            lambda: QCoreApplication.translate(
                "MainWindow", "Demo data loaded: open a call from your queue."
            ),
            "演示数据",
        ),
    ],
)
def test_strings_of_each_context_come_out_chinese(qapp, lookup, expected):
    app = QApplication.instance()
    assert i18n.install(app, "zh_CN")
    try:
        assert expected in lookup()
    finally:
        i18n.install(app, "en")
    assert not CJK.search(lookup())


def test_every_context_translates_at_runtime(qapp):
    """One translated string of every context, asked for under that context, is Chinese."""
    app = QApplication.instance()
    assert i18n.install(app, "zh_CN")
    try:
        for ctx, messages in _contexts().items():
            sample = next(
                (s for s, t in messages if t and CJK.search(t) and re.search("[A-Za-z]", s)),
                None,
            )
            if sample is None:
                continue
            assert CJK.search(QCoreApplication.translate(ctx, sample)), (ctx, sample)
    finally:
        i18n.install(app, "en")
