"""``qaclient centre show|set``: the centre-wide settings every client shares through sync
(the dispute window in days after submission, the disputes an agent may open a month)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from qaclient.cli.common import CliError, print_json


def cmd_show(args: argparse.Namespace) -> int:
    from qaclient.collection import Collection

    with Collection.open() as col:
        data = asdict(col.centre.settings())
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key} = {value}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from qaclient.centre import CentreSettingError
    from qaclient.collection import Collection

    try:
        value = int(args.value)
    except ValueError as exc:
        raise CliError(f"{args.key}: {args.value!r} is not a whole number", 2) from exc
    with Collection.open() as col:
        try:
            data = asdict(col.centre.set(args.key, value))
        except CentreSettingError as exc:
            raise CliError(str(exc), 2) from exc
    if args.json:
        print_json(data)
    else:
        print(f"{args.key} = {data[args.key]}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("centre", help="centre-wide settings (dispute window, dispute limit)")
    csub = p.add_subparsers(dest="centre_command", metavar="ACTION", required=True)
    c = csub.add_parser("show", help="the centre's settings")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_show)
    c = csub.add_parser("set", help="change one (audited; synced to every client)")
    c.add_argument("key", choices=["dispute_window_days", "disputes_per_month"])
    c.add_argument("value", metavar="N")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_set)
