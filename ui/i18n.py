"""User-interface language: pick it, load Qt's translations for it, choose a font that covers it.

The language comes from, in order: ``--lang``, the settings file, the system locale;
English is the source language of every string (``tr()``), Chinese and Spanish come from
``resources/translations/qaclient_<lang>.qm`` (made by ``tools/update_translations.py``).
Chinese needs a CJK font family: Qt's fallback on a bare Linux box can pick a face without
the glyphs (boxes instead of text), so the application font is set explicitly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from qaclient import messages
from qaclient.paths import RESOURCES_DIR

LANGUAGES: tuple[str, ...] = ("zh_CN", "en", "es")
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

#: Families tried in order for the application font; the first installed one wins.
_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
)
_LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")

_installed: list[QTranslator] = []
_current = "en"


def language_from_locale(locale: QLocale | None = None) -> str:
    """zh_* → zh_CN, es_* → es, anything else → en."""
    name = (locale or QLocale.system()).name()  # e.g. "zh_CN", "es_MX"
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("es"):
        return "es"
    return "en"


def choose_language(cli: str | None, setting: str | None) -> str:
    for candidate in (cli, setting):
        if candidate in LANGUAGES:
            return candidate  # type: ignore[return-value]
    return language_from_locale()


def current_language() -> str:
    return _current


def pick_font_family(lang: str) -> str | None:
    """The installed family to use for *lang* (a CJK-covering one whenever installed).

    Noto Sans CJK also holds Latin glyphs, so it serves every language when installed:
    mixed Chinese/English rubric labels then render in one consistent face.
    """
    families = set(QFontDatabase.families())
    # rubric labels are often Chinese even in an English UI: prefer a CJK family everywhere
    order = _CJK_FAMILIES + _LATIN_FAMILIES
    for family in order:
        if family in families:
            return family
    return None


def install(app: QApplication, lang: str) -> bool:
    """Load and install the translators for *lang* (replacing earlier ones).

    Returns False when the .qm file is missing (the UI then stays English).
    """
    global _current
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = lang
    messages.set_language(lang)  # the core's messages speak the UI's language
    ok = True
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"qaclient_{lang}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            ok = False
        qt_tr = QTranslator(app)  # Qt's own strings (standard dialog buttons…)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_tr.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
    QLocale.setDefault(QLocale(lang))
    family = pick_font_family(lang)
    if family:
        font = QFont(app.font())
        font.setFamily(family)
        if lang == "zh_CN":
            font.setFamilies([family, *_LATIN_FAMILIES])
        app.setFont(font)
    return ok


@contextmanager
def translated(lang: str | None) -> Iterator[None]:
    """Speak *lang* for a while - Qt's strings and the core's messages - then go back.

    For documents in a chosen language (the KPI PDF, the coaching pack an agent signs)
    while the application itself may speak another one, and for command-line exports
    where no translator is installed at all.  Call it on the GUI thread.
    """
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    previous_core = messages.current_language()
    if app is None or (lang == _current and (lang == "en" or _installed)):
        messages.set_language(lang)
        try:
            yield
        finally:
            messages.set_language(previous_core)
        return
    saved = list(_installed)
    for t in saved:
        app.removeTranslator(t)
    extra: list[QTranslator] = []
    if lang != "en":
        ours = QTranslator()
        if ours.load(str(TRANSLATIONS_DIR / f"qaclient_{lang}.qm")):
            app.installTranslator(ours)
            extra.append(ours)
    messages.set_language(lang)
    try:
        yield
    finally:
        for t in extra:
            app.removeTranslator(t)
        for t in saved:
            app.installTranslator(t)
        messages.set_language(previous_core)


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (module-level tables of labels)."""
    return QCoreApplication.translate(context, text)
