"""``qaclient audit verify``: check the shared server's hash-chained audit trail."""

from __future__ import annotations

import argparse

from qaclient.cli.common import CliError, print_json
from qaclient.messages import tr


def cmd_verify(args: argparse.Namespace) -> int:
    from qaclient.cli.sync import _connection, _engine_or_error
    from qaclient.sync import audit_chain, roles

    url = _connection(args.db)
    engine = _engine_or_error(url, ask=not args.json)
    try:
        with engine.connect() as conn:
            ident = roles.whoami(conn)
            if not ident.is_owner and ident.role not in ("admin", "manager"):
                raise CliError(
                    tr("roles-audit-needs-reader", login=ident.login, role=ident.role or "-"), 2
                )
            report = audit_chain.verify(conn)  # in the transaction whoami() began
    finally:
        engine.dispose()
    if args.json:
        print_json(report.to_json())
    elif report.ok:
        print(tr("roles-audit-ok", events=report.events))
    else:
        first = report.broken[0]
        print(
            tr(
                "roles-audit-broken",
                count=len({b["id"] for b in report.broken}),
                events=report.events,
                first=f"{first['id']}: {first['reason']}",
            )
        )
        for b in report.broken:
            print(f"  {b['id']}  {b['reason']}")
    return 0 if report.ok else 1


def register(sub: argparse._SubParsersAction) -> None:
    a = sub.add_parser("audit", help="the shared server's audit trail")
    asub = a.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    p = asub.add_parser(
        "verify",
        help="recompute the audit trail's hash chain; exit 1 if any event was changed or removed",
    )
    p.add_argument("--db", metavar="URL", help="postgresql://admin@host/db")
    p.add_argument("--json", action="store_true", help='{"events": N, "broken": [...]}')
    p.set_defaults(func=cmd_verify)
