"""``qaclient db user add|set-role|disable|list``: one database login per person.

Run by an administrator (a login with the ``admin`` role, or the database owner) against the
shared server.  The password comes from ``QACLIENT_NEW_PASSWORD`` or a prompt (twice), never
from the command line, and only its SCRAM verifier is sent to the server.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from qaclient.cli.common import CliError, print_json
from qaclient.messages import tr

PASSWORD_ENV = "QACLIENT_NEW_PASSWORD"


def _new_password(login: str) -> str:
    pw = os.environ.get(PASSWORD_ENV)
    if pw:
        return pw
    if not sys.stdin.isatty():
        raise CliError(tr("roles-no-password"), 2)
    first = getpass.getpass(tr("roles-password-prompt", login=login) + " ")
    again = getpass.getpass(tr("roles-password-again") + " ")
    if first != again:
        raise CliError(tr("roles-passwords-differ"), 2)
    if not first:
        raise CliError(tr("roles-no-password"), 2)
    return first


def _run(args: argparse.Namespace, fn):
    """Connect with the admin URL and run *fn(conn)* in one transaction."""
    import psycopg

    from qaclient.cli.sync import _connection, _engine_or_error
    from qaclient.sync.roles import RoleError

    url = _connection(args.db)
    engine = _engine_or_error(url, ask=not getattr(args, "json", False))
    try:
        with engine.begin() as conn:
            return fn(conn)
    except RoleError as exc:
        raise CliError(str(exc), 2) from exc
    except Exception as exc:
        orig = getattr(exc, "orig", exc)
        if isinstance(orig, psycopg.Error):
            text = orig.diag.message_primary or str(orig)
            if isinstance(orig, psycopg.errors.UndefinedFunction):
                text = "the shared database has no user management yet: run `qaclient db init`"
            raise CliError(" ".join(text.split()), 1) from exc
        raise
    finally:
        engine.dispose()


def cmd_add(args: argparse.Namespace) -> int:
    from qaclient.sync import roles

    login = roles.check_login(args.login) if _valid(args.login) else args.login
    pw = _new_password(login)
    _run(
        args,
        lambda conn: roles.add_user(
            conn, login, pw, args.role, args.team or [], args.agent_id, args.name or ""
        ),
    )
    if args.json:
        print_json({"login": login, "role": args.role, "teams": args.team or [], "added": True})
    else:
        print(tr("roles-user-added", login=login, role=args.role))
    return 0


def _valid(login: str) -> bool:
    from qaclient.sync import roles

    try:
        roles.check_login(login)
    except roles.RoleError as exc:
        raise CliError(str(exc), 2) from exc
    return True


def cmd_set_role(args: argparse.Namespace) -> int:
    from qaclient.sync import roles

    pw = _new_password(args.login) if args.password else None
    _run(
        args,
        lambda conn: roles.set_role(
            conn, args.login, args.role, args.team if args.team else None, args.agent_id, pw
        ),
    )
    shown = args.role or "…"
    if args.json:
        print_json({"login": args.login, "role": args.role, "updated": True})
    else:
        print(tr("roles-user-updated", login=args.login, role=shown))
    return 0


def cmd_disable(args: argparse.Namespace) -> int:
    from qaclient.sync import roles

    ended = _run(args, lambda conn: roles.disable_user(conn, args.login))
    if args.json:
        print_json({"login": args.login, "disabled": True, "sessions_ended": ended})
    else:
        print(tr("roles-user-disabled", login=args.login))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from qaclient.sync import roles

    members = _run(args, roles.list_users)
    if args.json:
        print_json({"users": [m.to_json() for m in members]})
    else:
        for m in members:
            flag = "" if (m.active and m.can_login) else "  (disabled)"
            extra = f"  agent {m.agent_id}" if m.agent_id else ""
            print(f"{m.login:20} {m.role:11} {','.join(m.teams) or '-':16}{extra}{flag}")
    return 0


def register(dsub: argparse._SubParsersAction) -> None:
    """Add ``db user …`` below ``qaclient db``."""
    from qaclient.sync.roles import ROLES

    u = dsub.add_parser(
        "user",
        help="logins and roles on the shared server (administrators)",
        description="One database login per person; roles enforced by the server. "
        "Passwords come from QACLIENT_NEW_PASSWORD or a prompt, never from the command line.",
    )
    usub = u.add_subparsers(dest="user_command", metavar="COMMAND", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="ADMIN_URL", help="postgresql://admin@host/db")
        p.add_argument("--json", action="store_true", help="print the result as JSON")

    p = usub.add_parser("add", help="create a person's login with a role")
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--team", action="append", metavar="T", help="a team (repeat for several)")
    p.add_argument("--agent-id", metavar="ID", help="the phone-system agent id (agents)")
    p.add_argument("--name", metavar="TEXT", help="display name")
    common(p)
    p.set_defaults(func=cmd_add)

    p = usub.add_parser("set-role", help="change a login's role, teams or agent id")
    p.add_argument("login")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--team", action="append", metavar="T", help="the teams (replace the old ones)")
    p.add_argument("--agent-id", metavar="ID")
    p.add_argument(
        "--password", action="store_true", help="also set a new password (env or prompt)"
    )
    common(p)
    p.set_defaults(func=cmd_set_role)

    p = usub.add_parser("disable", help="lock a login out at once (history kept)")
    p.add_argument("login")
    common(p)
    p.set_defaults(func=cmd_disable)

    p = usub.add_parser("list", help="every login, role, teams and state")
    common(p)
    p.set_defaults(func=cmd_list)
