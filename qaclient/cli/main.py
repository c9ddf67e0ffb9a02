"""Entry point of the ``qaclient`` command.

``qaclient`` with no command starts the desktop app (``ui`` package); every command group
lives in its own module below ``qaclient/cli/`` and is listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from qaclient import __version__, messages, paths, settings
from qaclient.cli.common import CliError

#: Command modules; each has ``register(subparsers)`` adding its commands, whose handler
#: is stored as ``func`` on the parsed namespace and returns the exit status.
COMMAND_MODULES = [
    "qaclient.cli.rubric",  # rubric validate / show / import
    "qaclient.cli.scoring",  # score
    "qaclient.cli.evaluations",  # evaluate, evaluations
    "qaclient.cli.disputes",  # evaluation show/acknowledge/dispute, disputes, dispute resolve
    "qaclient.cli.calibration",  # calibration create/reveal/report/show/list
    "qaclient.cli.centre",  # centre show/set (dispute window and limit)
    "qaclient.cli.library",  # import, calls, sample
    "qaclient.cli.audio",  # waveform, clip, segments
    "qaclient.cli.assist",  # suggest
    "qaclient.cli.sync",  # sync, db init, db user (cli/db_users.py)
    "qaclient.cli.audit",  # audit verify
    "qaclient.cli.reports",  # report kpi, coaching export
    "qaclient.cli.about",  # about (this installation: paths, keyring, Qt)
    "qaclient.cli.cache",  # cache status / clear / expire
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qaclient",
        description="QA listening and scoring client for call centres. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"qaclient {__version__}")
    # options of the desktop app (used when no command is given)
    parser.add_argument("--demo", action="store_true", help="load the demo data without asking")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the main window offscreen and exit"
    )
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "en", "es"],
        help="language of the app, messages and documents (else QACLIENT_LANG, the settings, "
        "the system locale)",
    )
    parser.add_argument(
        "--size", metavar="WxH", help="window size for --screenshot, e.g. 1600x1000"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run_app(args: argparse.Namespace) -> int:
    # The desktop app lives in the top-level ``ui`` package; imported by name so the core
    # never depends on Qt.
    app = importlib.import_module("ui.app")
    return int(app.main(args) or 0)


def _saved_language() -> str | None:
    """The UI language saved in the settings, if they can be read (never an error here)."""
    try:
        path = paths.home(create=False) / "settings.json"
        saved = settings.load(path) if path.is_file() else None
    except (settings.SettingsError, OSError, paths.HomeError):  # the commands report them
        return None
    return (saved.language or None) if saved else None


def main(argv: list[str] | None = None) -> int:
    """Run one command; user errors are one line on stderr and an exit status, never a
    traceback (``QACLIENT_DEBUG=1`` shows the traceback of an unexpected error)."""
    from qaclient.paths import HomeError
    from qaclient.storage.db import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    messages.set_language(args.lang or messages.language_from_environment(_saved_language()))
    try:
        if args.command is None:
            return run_app(args)
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"qaclient: {exc}", file=sys.stderr)
        return exc.code
    except (HomeError, StoreError) as exc:
        print(f"qaclient: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `qaclient calls --json | head`
        return 0
    except Exception as exc:
        if os.environ.get("QACLIENT_DEBUG"):
            raise
        where = getattr(exc, "filename", None)
        detail = getattr(exc, "strerror", None) or str(exc).strip().splitlines()[0:1]
        if isinstance(detail, list):
            detail = detail[0] if detail else ""
        text = f"{where}: {detail}" if where else f"{type(exc).__name__}: {detail}"
        print(f"qaclient: {messages.tr('hostile-cli-unexpected', what=text)}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
