#!/usr/bin/env python3
"""Refresh the UI translations: ``pyside6-lupdate`` over ui/, then ``pyside6-lrelease``.

    python tools/update_translations.py          # update .ts from the sources, compile .qm
    python tools/update_translations.py --check  # also fail when a string is untranslated

lupdate keeps every existing translation and adds new source strings as "unfinished";
translate those in ``resources/translations/qaclient_<lang>.ts`` (Qt Linguist, or any
editor), then run this again to compile the ``.qm`` files the app loads.  English is the
source language: ``qaclient_en.ts`` only records the strings (no translation needed).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "es", "en")


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def unfinished(ts: Path) -> list[str]:
    """Source strings of *ts* with no finished translation."""
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out.append(msg.findtext("source") or "")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if any zh_CN/es string is untranslated"
    )
    parser.add_argument(
        "--keep-obsolete", action="store_true", help="keep strings no longer in the sources"
    )
    args = parser.parse_args()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = sources()
    for lang in LANGUAGES:
        ts = TS_DIR / f"qaclient_{lang}.ts"
        cmd = [tool("pyside6-lupdate"), *files, "-source-language", "en", "-target-language", lang]
        if not args.keep_obsolete:
            cmd.append("-no-obsolete")
        subprocess.run([*cmd, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
        if lang != "en":
            qm = ts.with_suffix(".qm")
            subprocess.run(
                [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
    missing = {lang: unfinished(TS_DIR / f"qaclient_{lang}.ts") for lang in ("zh_CN", "es")}
    for lang, strings in missing.items():
        print(f"{lang}: {len(strings)} untranslated")
        for s in strings[:20]:
            print(f"   {s!r}")
    if args.check and any(missing.values()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
