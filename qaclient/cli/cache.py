"""``qaclient cache status|clear|expire``: the audio caches on this machine.

JSON contracts (``--json``):

* ``status``: ``{retention_days, caches: [{name, folder, files, bytes}]}``
* ``clear``: ``{files, bytes, caches: {name: files}}``
* ``expire``: ``{bytes}``
"""

from __future__ import annotations

import argparse

from qaclient.cli.common import CliError, print_json


def cmd_status(args: argparse.Namespace) -> int:
    from qaclient import localdata
    from qaclient import settings as settings_mod

    st, _err = settings_mod.load_or_default()
    caches = localdata.usage()
    if args.json:
        print_json(
            {
                "retention_days": st.cache_retention_days,
                "caches": [c.__dict__ for c in caches],
            }
        )
        return 0
    for c in caches:
        print(f"{c.name:<10} {c.files:6d} files {c.bytes / 1e6:10.1f} MB  {c.folder}")
    print(f"entries unused for {st.cache_retention_days} days are deleted")
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    from qaclient import localdata

    names = [n.strip() for n in args.only.split(",") if n.strip()] if args.only else None
    try:
        report = localdata.clear(names or localdata.CACHES)
    except ValueError as exc:
        raise CliError(str(exc), 2) from exc
    if args.json:
        print_json(report.to_json())
    else:
        print(f"deleted {report.files} files ({report.bytes / 1e6:.1f} MB)")
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    from qaclient import localdata

    freed = localdata.expire()
    if args.json:
        print_json({"bytes": freed})
    else:
        print(f"freed {freed / 1e6:.1f} MB")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from qaclient.localdata import CACHES

    p = sub.add_parser(
        "cache",
        help="the audio caches on this machine: usage, clear, expire",
        description="Recordings taken offline, one-channel playback copies and audio analyses "
        "are cached under the home folder. They expire after cache_retention_days (settings); "
        "`clear` deletes them now (the store and the settings are never touched).",
    )
    csub = p.add_subparsers(dest="cache_command", metavar="COMMAND", required=True)
    s = csub.add_parser("status", help="files and bytes per cache")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_status)
    c = csub.add_parser("clear", help="delete the cached recordings, copies and analyses")
    c.add_argument("--only", metavar="NAMES", help=f"comma-separated subset of {', '.join(CACHES)}")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_clear)
    e = csub.add_parser("expire", help="delete what was not used for cache_retention_days now")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_expire)
