"""``qaclient about [--qt [--media FILE]] [--json]``: what this installation is.

The version, whether it is the self-contained app, where the resources, migrations, home
folder and database are (and whether the folder is owner-only), and the OS keyring backend (``qaclient.about``).  ``--qt`` also
checks the desktop side in this process (``ui.diagnostics``): the Qt platform plugin, the
multimedia backend decoding a recording (``--media FILE``, default the first demo call),
the player's GIL-free engine calls, a Chinese-capable font and Qt's translations.
JSON keys: version, frozen, python, platform, executable, resources, migrations, home,
home_private (true/false, null where not checkable: Windows),
database, keyring {backend, usable, native [{name, status, detail}],
discovered}, and with --qt: qt {qt, pyside, platform_plugin,
cjk_font, qt_translations, player_releases_gil, player_missing_symbols, multimedia_plugin,
media {file, loaded, duration_ms, error}}.  Exit 1 when --qt finds the recording not
playable or the player unprotected.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from qaclient import about, paths
from qaclient.cli.common import CliError, print_json
from qaclient.messages import tr


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("about", help="this installation: version, folders, keyring, Qt")
    p.add_argument("--qt", action="store_true", help="also check Qt, multimedia and fonts")
    p.add_argument("--media", metavar="FILE", help="recording to open with --qt")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.set_defaults(func=cmd_about)


def _qt_report(media: str | None) -> dict:
    try:
        diagnostics = importlib.import_module("ui.diagnostics")
    except ImportError as exc:
        raise CliError(tr("about-no-desktop", reason=str(exc))) from exc
    if media:
        recording = Path(media)
        if not recording.is_file():
            raise CliError(tr("common-file-not-found", path=str(recording)))
    else:
        recording = next(iter(sorted(paths.demo_dir().glob("*.ogg"))), None)
    return diagnostics.report(recording)


def _problems(qt: dict) -> list[str]:
    problems = []
    media = qt.get("media")
    if media is not None and not media["loaded"]:
        problems.append(tr("about-media-not-loaded", file=media["file"], error=media["error"]))
    if qt["player_missing_symbols"]:
        problems.append(
            tr("about-player-unprotected", symbols=", ".join(qt["player_missing_symbols"]))
        )
    return problems


def cmd_about(args: argparse.Namespace) -> int:
    info = about.installation()
    data = info.to_json()
    qt = _qt_report(args.media) if args.qt else None
    if qt is not None:
        data["qt"] = qt
    if args.json:
        print_json(data)
    else:
        yes, no = tr("common-yes"), tr("common-no")
        keyring = info.keyring.backend if info.keyring.usable else tr("about-keyring-none")
        rows = [
            (tr("about-version"), info.version),
            (tr("about-frozen"), yes if info.frozen else no),
            (tr("about-platform"), f"{info.platform}, Python {info.python}"),
            (tr("about-resources"), str(info.resources)),
            (tr("about-migrations"), str(info.migrations)),
            (tr("about-home"), str(info.home)),
            (
                tr("about-home-private"),
                tr("about-home-private-unknown")
                if info.home_private is None
                else (yes if info.home_private else no),
            ),
            (tr("about-database"), str(info.database)),
            (tr("about-keyring"), keyring),
        ]
        rows += [(f"  {b.name}", b.detail or b.status) for b in info.keyring.native]
        if qt is not None:
            media = qt.get("media")
            rows += [
                (tr("about-qt"), f"Qt {qt['qt']}, PySide6 {qt['pyside']}, {qt['platform_plugin']}"),
                (tr("about-multimedia"), qt["multimedia_plugin"] or tr("common-not-set")),
                (tr("about-player-gil"), yes if qt["player_releases_gil"] else no),
                (tr("about-cjk-font"), qt["cjk_font"] or tr("common-not-set")),
            ]
            if media is not None:
                played = tr("about-media-ok", ms=media["duration_ms"]) if media["loaded"] else no
                rows.append((tr("about-media"), played))
        for label, value in rows:
            print(tr("about-row", label=label, value=value))
    problems = _problems(qt) if qt is not None else []
    if problems:
        raise CliError("; ".join(problems))
    return 0
