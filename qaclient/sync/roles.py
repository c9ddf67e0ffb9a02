"""Who is who on the shared server: group roles, one login per person, the member directory.

PostgreSQL is the authority.  Every person has their own LOGIN role (``qaclient db user
add``); it is a member of one *group role* that carries the table privileges of their job
(``qaclient_inspector`` … ``qaclient_admin``, all members of ``qaclient_member``).  Roles are
cluster-wide in PostgreSQL, so what a login may see and do *in this database* comes from the
server-only directory ``qa_members`` (login → role, teams, agent id, active), read by the
row-level security policies through the ``qa_*()`` functions below — never from anything a
client says.  The database owner (the account that ran ``qaclient db init``) owns every
table; no client role owns anything, so none can ALTER, DROP, TRUNCATE or DISABLE TRIGGER.

Identity is the server's: ``session_user``, the login that authenticated (a ``SET ROLE`` to a
group only loses rights).  Users are managed through SECURITY DEFINER functions that only
``qaclient_admin`` (and the owner) may call, so an admin person needs no CREATEROLE; a
password never travels in clear: the client sends the SCRAM verifier libpq computes.

The SQL of the policies is in ``policies.py``; the audit chain in ``audit_chain.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from qaclient.storage.models import Role

#: The group role of each qaclient role (cluster-wide names).
GROUP_PREFIX = "qaclient_"
MEMBER_GROUP = "qaclient_member"
ROLES: tuple[str, ...] = tuple(r.value for r in Role)
#: Roles that score calls (may create evaluations where they are the evaluator).
SCORING_ROLES = ("inspector", "supervisor", "trainer", "manager")

_LOGIN_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,62}$")
_RESERVED = re.compile(r"^(pg_|qaclient_|postgres$|public$|current_user$|session_user$)", re.I)


def group(role: str) -> str:
    return GROUP_PREFIX + role


class RoleError(ValueError):
    """A user-management request the server cannot honour; the message says why."""


# -- DDL ----------------------------------------------------------------------------------
def group_ddl() -> list[str]:
    """Group roles (NOLOGIN), created once per cluster; safe to run again."""
    stmts = []
    for name in (MEMBER_GROUP, *(group(r) for r in ROLES)):
        stmts.append(
            f"""DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
                    CREATE ROLE {name} NOLOGIN;
                END IF;
            END $$"""
        )
    for r in ROLES:
        stmts.append(f"GRANT {MEMBER_GROUP} TO {group(r)}")
    return stmts


def directory_ddl(schema: str) -> list[str]:
    """The member directory and the identity functions the policies use."""
    sd = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    roles_sql = ", ".join(f"'{r}'" for r in ROLES)
    return [
        f"""CREATE TABLE IF NOT EXISTS qa_members (
            login text PRIMARY KEY,
            role text NOT NULL CHECK (role IN ({roles_sql})),
            teams text[] NOT NULL DEFAULT '{{}}',
            agent_id text,
            display_name text NOT NULL DEFAULT '',
            active boolean NOT NULL DEFAULT true,
            scope_rev bigint NOT NULL DEFAULT 1,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )""",
        "ALTER TABLE qa_members DROP CONSTRAINT IF EXISTS qa_members_role_check",
        f"ALTER TABLE qa_members ADD CONSTRAINT qa_members_role_check CHECK (role IN ({roles_sql}))",
        "CREATE INDEX IF NOT EXISTS ix_qa_members_agent ON qa_members (agent_id)",
        "REVOKE ALL ON qa_members FROM PUBLIC",
        # centre settings the policies read (e.g. whether inspectors see the whole library)
        """CREATE TABLE IF NOT EXISTS qa_settings (key text PRIMARY KEY, value text NOT NULL)""",
        "REVOKE ALL ON qa_settings FROM PUBLIC",
        f"""CREATE OR REPLACE FUNCTION qa_role() RETURNS text LANGUAGE sql STABLE {sd} AS $$
            SELECT role FROM qa_members WHERE login = session_user AND active $$""",
        f"""CREATE OR REPLACE FUNCTION qa_teams() RETURNS text[] LANGUAGE sql STABLE {sd} AS $$
            SELECT coalesce((SELECT teams FROM qa_members WHERE login = session_user AND active),
                            '{{}}'::text[]) $$""",
        f"""CREATE OR REPLACE FUNCTION qa_agent_id() RETURNS text LANGUAGE sql STABLE {sd} AS $$
            SELECT coalesce(agent_id, login) FROM qa_members
            WHERE login = session_user AND active AND role = 'agent' $$""",
        # the agent ids of the agents in my teams (supervisors, trainers)
        f"""CREATE OR REPLACE FUNCTION qa_team_agents() RETURNS text[] LANGUAGE sql STABLE {sd} AS $$
            SELECT coalesce(array_agg(DISTINCT coalesce(m.agent_id, m.login)), '{{}}'::text[])
            FROM qa_members m, qa_members me
            WHERE me.login = session_user AND me.active AND m.role = 'agent'
              AND m.teams && me.teams $$""",
        f"""CREATE OR REPLACE FUNCTION qa_setting(k text) RETURNS text LANGUAGE sql STABLE {sd} AS $$
            SELECT value FROM qa_settings WHERE key = k $$""",
        # the account that owns the schema (or a superuser): maintenance, not a person's client
        f"""CREATE OR REPLACE FUNCTION qa_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT pg_has_role(current_user,
                (SELECT relowner FROM pg_class WHERE oid = '{schema}.evaluations'::regclass), 'MEMBER')
            $$""",
        # (dropped first: a function's result type cannot change in place)
        "DROP FUNCTION IF EXISTS qa_whoami()",
        f"""CREATE FUNCTION qa_whoami() RETURNS TABLE (login text, role text,
                teams text[], agent_id text, scope_rev bigint, is_owner boolean, display_name text)
            LANGUAGE sql STABLE {sd} AS $$
            SELECT session_user::text, m.role, coalesce(m.teams, '{{}}'), m.agent_id,
                   coalesce(m.scope_rev, 0),
                   pg_has_role(session_user,
                       (SELECT relowner FROM pg_class WHERE oid = '{schema}.evaluations'::regclass), 'MEMBER'),
                   coalesce(nullif(m.display_name, ''), session_user::text)
            FROM (SELECT 1) one LEFT JOIN qa_members m ON m.login = session_user AND m.active $$""",
        # -- user management (admins and the owner) ----------------------------------
        f"""CREATE OR REPLACE FUNCTION qa_require_admin() RETURNS void LANGUAGE plpgsql STABLE {sd} AS $$
            BEGIN
                IF NOT (qa_role() = 'admin' OR pg_has_role(session_user,
                        (SELECT relowner FROM pg_class WHERE oid = '{schema}.evaluations'::regclass), 'MEMBER')) THEN
                    RAISE EXCEPTION 'only an administrator may manage users (you are %)', session_user
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION qa_user_audit(p_login text, p_action text, p_old jsonb, p_new jsonb)
            RETURNS void LANGUAGE plpgsql {sd} AS $$
            DECLARE uid uuid;
            BEGIN
                SELECT id INTO uid FROM users WHERE login = p_login;
                INSERT INTO audit_events (id, entity, entity_id, action, field, old, new,
                    created_at, created_by, updated_at, updated_by, rev, base_rev, dirty, deleted)
                VALUES (gen_random_uuid(), 'user', coalesce(uid, gen_random_uuid()), p_action, p_login,
                    p_old::text, p_new::text, now(), session_user, now(), session_user, 1, 0, false, false);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION qa_sync_user_row(p_login text) RETURNS void
            LANGUAGE plpgsql {sd} AS $$
            DECLARE m qa_members;
            BEGIN
                SELECT * INTO m FROM qa_members WHERE login = p_login;
                INSERT INTO users (id, login, display_name, role, team, active, created_at, created_by,
                    updated_at, updated_by, rev, base_rev, dirty, deleted)
                VALUES (gen_random_uuid(), m.login, coalesce(nullif(m.display_name, ''), m.login), m.role,
                    m.teams[1], m.active, now(), session_user, now(), session_user, 1, 0, false, false)
                ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name,
                    role = EXCLUDED.role, team = EXCLUDED.team, active = EXCLUDED.active,
                    updated_at = now(), updated_by = session_user, rev = users.rev + 1;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION qa_user_add(p_login text, p_verifier text, p_role text,
                p_teams text[], p_agent_id text, p_display text) RETURNS void
            LANGUAGE plpgsql {sd} AS $$
            BEGIN
                PERFORM qa_require_admin();
                IF p_role NOT IN ({roles_sql}) THEN
                    RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF EXISTS (SELECT 1 FROM qa_members WHERE login = p_login) THEN
                    RAISE EXCEPTION 'user % already exists: use qaclient db user set-role', p_login
                        USING ERRCODE = 'duplicate_object';
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login AND (r.rolsuper OR
                        pg_has_role(r.oid, (SELECT relowner FROM pg_class
                            WHERE oid = '{schema}.evaluations'::regclass), 'MEMBER'))) THEN
                    RAISE EXCEPTION '% is an administrative account of this server, not a person''s login', p_login
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
                    EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT PASSWORD %L',
                                   p_login, p_verifier);
                ELSE
                    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT PASSWORD %L',
                                   p_login, p_verifier);
                END IF;
                EXECUTE format('GRANT %I TO %I', 'qaclient_' || p_role, p_login);
                INSERT INTO qa_members (login, role, teams, agent_id, display_name)
                VALUES (p_login, p_role, coalesce(p_teams, '{{}}'), p_agent_id, coalesce(p_display, ''));
                PERFORM qa_sync_user_row(p_login);
                PERFORM qa_user_audit(p_login, 'user-add', NULL,
                    jsonb_build_object('role', p_role, 'teams', p_teams, 'agent_id', p_agent_id));
            END $$""",
        f"""CREATE OR REPLACE FUNCTION qa_user_set_role(p_login text, p_role text, p_teams text[],
                p_agent_id text, p_verifier text) RETURNS void
            LANGUAGE plpgsql {sd} AS $$
            DECLARE old qa_members; r text;
            BEGIN
                PERFORM qa_require_admin();
                SELECT * INTO old FROM qa_members WHERE login = p_login FOR UPDATE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'no user % on this server: add it with qaclient db user add', p_login
                        USING ERRCODE = 'undefined_object';
                END IF;
                IF p_role IS NOT NULL AND p_role NOT IN ({roles_sql}) THEN
                    RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
                END IF;
                FOREACH r IN ARRAY ARRAY[{roles_sql}] LOOP
                    IF r <> coalesce(p_role, old.role) THEN
                        EXECUTE format('REVOKE %I FROM %I', 'qaclient_' || r, p_login);
                    END IF;
                END LOOP;
                EXECUTE format('GRANT %I TO %I', 'qaclient_' || coalesce(p_role, old.role), p_login);
                IF p_verifier IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
                END IF;
                UPDATE qa_members SET role = coalesce(p_role, old.role),
                    teams = coalesce(p_teams, old.teams), agent_id = coalesce(p_agent_id, old.agent_id),
                    scope_rev = old.scope_rev + 1, updated_at = now()
                WHERE login = p_login;
                PERFORM qa_sync_user_row(p_login);
                PERFORM qa_user_audit(p_login, 'user-set-role',
                    jsonb_build_object('role', old.role, 'teams', old.teams, 'agent_id', old.agent_id),
                    jsonb_build_object('role', coalesce(p_role, old.role), 'teams', coalesce(p_teams, old.teams),
                                       'agent_id', coalesce(p_agent_id, old.agent_id)));
            END $$""",
        f"""CREATE OR REPLACE FUNCTION qa_user_disable(p_login text) RETURNS integer
            LANGUAGE plpgsql {sd} AS $$
            DECLARE n integer := 0; pid integer;
            BEGIN
                PERFORM qa_require_admin();
                IF p_login = session_user THEN
                    RAISE EXCEPTION 'you cannot disable your own login' USING ERRCODE = 'invalid_parameter_value';
                END IF;
                UPDATE qa_members SET active = false, scope_rev = scope_rev + 1, updated_at = now()
                WHERE login = p_login;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'no user % on this server', p_login USING ERRCODE = 'undefined_object';
                END IF;
                EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
                -- sessions already open see nothing from now on (qa_role() is NULL for an
                -- inactive member); end them too where the server lets us
                FOR pid IN SELECT a.pid FROM pg_stat_activity a WHERE a.usename = p_login LOOP
                    BEGIN
                        PERFORM pg_terminate_backend(pid);
                        n := n + 1;
                    EXCEPTION WHEN insufficient_privilege THEN NULL;
                    END;
                END LOOP;
                PERFORM qa_sync_user_row(p_login);
                PERFORM qa_user_audit(p_login, 'user-disable', jsonb_build_object('active', true),
                    jsonb_build_object('active', false));
                RETURN n;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION qa_user_list() RETURNS TABLE (login text, role text, teams text[],
                agent_id text, display_name text, active boolean, can_login boolean)
            LANGUAGE plpgsql STABLE {sd} AS $$
            BEGIN
                PERFORM qa_require_admin();
                RETURN QUERY SELECT m.login, m.role, m.teams, m.agent_id, m.display_name, m.active,
                    coalesce(r.rolcanlogin, false)
                FROM qa_members m LEFT JOIN pg_roles r ON r.rolname = m.login ORDER BY m.login;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION qa_set_setting(k text, v text) RETURNS void
            LANGUAGE plpgsql {sd} AS $$
            BEGIN
                PERFORM qa_require_admin();
                INSERT INTO qa_settings VALUES (k, v) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
                -- every member's scope may have changed
                UPDATE qa_members SET scope_rev = scope_rev + 1;
                PERFORM qa_user_audit(session_user, 'setting', NULL, jsonb_build_object(k, v));
            END $$""",
    ]


def function_grants() -> list[str]:
    admin_only = (
        "qa_user_add(text, text, text, text[], text, text)",
        "qa_user_set_role(text, text, text[], text, text)",
        "qa_user_disable(text)",
        "qa_user_list()",
        "qa_set_setting(text, text)",
    )
    internal = (
        "qa_user_audit(text, text, jsonb, jsonb)",
        "qa_sync_user_row(text)",
    )
    everyone = (
        "qa_role()",
        "qa_teams()",
        "qa_agent_id()",
        "qa_team_agents()",
        "qa_setting(text)",
        "qa_is_owner()",
        "qa_whoami()",
        "qa_require_admin()",
    )
    out = []
    for f in (*admin_only, *internal, *everyone):
        out.append(f"REVOKE ALL ON FUNCTION {f} FROM PUBLIC")
    for f in admin_only:
        out.append(f"GRANT EXECUTE ON FUNCTION {f} TO {group('admin')}")
    for f in everyone:
        out.append(f"GRANT EXECUTE ON FUNCTION {f} TO {MEMBER_GROUP}")
    return out


# -- the client side of user management ------------------------------------------------
@dataclass(frozen=True)
class Member:
    login: str
    role: str
    teams: tuple[str, ...] = ()
    agent_id: str | None = None
    display_name: str = ""
    active: bool = True
    can_login: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "role": self.role,
            "teams": list(self.teams),
            "agent_id": self.agent_id,
            "display_name": self.display_name,
            "active": self.active,
            "can_login": self.can_login,
        }


@dataclass(frozen=True)
class Identity:
    """Who the server says we are."""

    login: str
    role: str | None  # None: not a qaclient user here (or disabled)
    teams: tuple[str, ...] = field(default=())
    agent_id: str | None = None
    scope_rev: int = 0
    is_owner: bool = False  # the schema owner or a superuser: maintenance, not a person
    display_name: str = ""


def check_login(login: str) -> str:
    login = (login or "").strip()
    if not _LOGIN_RE.match(login) or _RESERVED.match(login):
        raise RoleError(
            f"{login!r} cannot be a login: use letters, digits and . _ @ - (up to 63), "
            "not a name reserved by PostgreSQL or qaclient"
        )
    return login


def check_role(role: str) -> str:
    if role not in ROLES:
        raise RoleError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    return role


def scram_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of *password*, computed here by libpq: the clear password
    never reaches the server, its logs or ``pg_stat_activity``."""
    if not password:
        raise RoleError("an empty password is not allowed")
    pgconn = conn.connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def whoami(conn: Connection) -> Identity:
    row = conn.execute(text("SELECT * FROM qa_whoami()")).one()
    return Identity(
        login=row.login,
        role=row.role,
        teams=tuple(row.teams or ()),
        agent_id=row.agent_id,
        scope_rev=int(row.scope_rev or 0),
        is_owner=bool(row.is_owner),
        display_name=row.display_name or row.login,
    )


def add_user(
    conn: Connection,
    login: str,
    password: str,
    role: str,
    teams: list[str] | None = None,
    agent_id: str | None = None,
    display_name: str = "",
) -> None:
    login = check_login(login)
    check_role(role)
    verifier = scram_verifier(conn, login, password)
    conn.execute(
        text("SELECT qa_user_add(:l, :v, :r, :t, :a, :d)"),
        {
            "l": login,
            "v": verifier,
            "r": role,
            "t": list(teams or []),
            "a": agent_id,
            "d": display_name,
        },
    )


def set_role(
    conn: Connection,
    login: str,
    role: str | None = None,
    teams: list[str] | None = None,
    agent_id: str | None = None,
    password: str | None = None,
) -> None:
    if role is not None:
        check_role(role)
    verifier = scram_verifier(conn, login, password) if password else None
    conn.execute(
        text("SELECT qa_user_set_role(:l, :r, :t, :a, :v)"),
        {
            "l": login,
            "r": role,
            "t": list(teams) if teams is not None else None,
            "a": agent_id,
            "v": verifier,
        },
    )


def disable_user(conn: Connection, login: str) -> int:
    return int(conn.execute(text("SELECT qa_user_disable(:l)"), {"l": login}).scalar_one())


def list_users(conn: Connection) -> list[Member]:
    rows = conn.execute(text("SELECT * FROM qa_user_list()")).all()
    return [
        Member(
            r.login,
            r.role,
            tuple(r.teams or ()),
            r.agent_id,
            r.display_name,
            bool(r.active),
            bool(r.can_login),
        )
        for r in rows
    ]


def set_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("SELECT qa_set_setting(:k, :v)"), {"k": key, "v": value})


def dumps_member(m: Member) -> str:
    return json.dumps(m.to_json(), ensure_ascii=False)
