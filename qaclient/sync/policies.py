"""What each role may see and change, enforced by PostgreSQL (row-level security + triggers).

Installed by ``qaclient db init`` (``server.install``).  Four layers, each alone enough to
stop a modified client:

1. **GRANTs** per group role (``roles.py``): SELECT on the synced tables for every member,
   INSERT/UPDATE only where the job needs it, never DELETE (deletions are tombstones) or
   TRUNCATE; append-only tables (audit, listening log) get INSERT only.
2. **Row-level security** on every synced table: a row a login may not see is not there for
   it — a pull returns only the role's scope; an UPDATE of an invisible row changes nothing.
   The policies read the member directory through ``qa_role()``, ``qa_teams()``,
   ``qa_agent_id()`` and ``qa_team_agents()`` (evaluated once per statement).
3. **Rule triggers**: who may make which evaluation status change (evaluator, supervisor,
   agent capacities, reachability for offline multi-step edits), that only the evaluator
   changes a score and only the agent signs a coaching session, and that a ``final``
   evaluation never changes — except by :func:`revise_final`, itself audited.
4. **Actor stamping**: for a person's login, ``created_by`` / ``updated_by`` (and a
   comment's author, a listening event's listener) are set by the server from
   ``session_user``; what the client wrote there is ignored.

Rows whose visibility can change (an evaluation given to another agent, a call moved to
another team, a login's role changed) are listed in ``sync_scope_log`` (ids only), so the
clients that can no longer see them drop their copies at the next sync.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, text

from qaclient.sync.roles import MEMBER_GROUP, SCORING_ROLES, group

R = "(SELECT qa_role())"
ME = "session_user"
TEAMS = "((SELECT qa_teams())::text[])"
TEAM_AGENTS = "((SELECT qa_team_agents())::text[])"
AGENT = "(SELECT qa_agent_id())"
SCORERS = "(" + ", ".join(f"'{r}'" for r in SCORING_ROLES) + ")"
NOT_AGENT = f"{R} IN ('inspector', 'supervisor', 'trainer', 'manager', 'admin')"
LEADS = f"{R} IN ('supervisor', 'trainer')"
#: who organises calibration sessions
ORGANISERS = f"{R} IN ('supervisor', 'trainer', 'manager')"


def _team_call(call_col: str) -> str:
    return f"EXISTS (SELECT 1 FROM calls c WHERE c.call_id = {call_col} AND c.team = ANY {TEAMS})"


#: Per table: (SELECT visibility, INSERT check, UPDATE visibility).  ``None`` = not allowed.
#: Subqueries on other tables obey those tables' own policies (no policy cycles).
POLICIES: dict[str, tuple[str, str | None, str | None]] = {
    "users": (
        f"{R} IS NOT NULL AND ({R} <> 'agent' OR login = {ME} OR role <> 'agent')",
        f"{R} = 'admin'",
        f"{R} = 'admin'",
    ),
    "rubric_versions": (f"{R} IS NOT NULL", f"{R} = 'manager'", f"{R} = 'manager'"),
    "calls": (
        f"{R} = 'manager'"
        f" OR ({LEADS} AND (team = ANY {TEAMS} OR agent = ANY {TEAM_AGENTS}))"
        f" OR ({R} = 'inspector' AND (coalesce((SELECT qa_setting('inspectors_see_all_calls')), 'no') = 'yes'"
        f"     OR EXISTS (SELECT 1 FROM assignments a WHERE a.call_id = calls.call_id AND a.inspector = {ME})))"
        f" OR ({R} = 'agent' AND agent = {AGENT})"
        # the calls of a calibration session its participants are invited to
        " OR EXISTS (SELECT 1 FROM calibration_calls cc WHERE cc.call_id = calls.call_id"
        "     AND (SELECT qa_in_calibration(cc.session_id)))",
        f"{R} IN ('supervisor', 'manager')",
        f"{R} = 'manager' OR ({R} = 'supervisor' AND (team = ANY {TEAMS} OR agent = ANY {TEAM_AGENTS}))",
    ),
    "import_batches": (
        f"{R} IN ('inspector', 'supervisor', 'trainer', 'manager')",
        f"{R} IN ('supervisor', 'manager')",
        f"{R} IN ('supervisor', 'manager')",
    ),
    "sample_batches": (
        f"{R} IN ('inspector', 'supervisor', 'trainer', 'manager')",
        f"{R} IN ('supervisor', 'manager')",
        f"{R} IN ('supervisor', 'manager')",
    ),
    "assignments": (
        f"{R} IN ('manager', 'supervisor') OR inspector = {ME}"
        f" OR ({R} = 'trainer' AND agent = ANY {TEAM_AGENTS})",
        f"{R} IN ('supervisor', 'manager')",
        f"{R} IN ('supervisor', 'manager')",
    ),
    "evaluations": (
        f"{R} = 'manager' OR (evaluator = {ME} AND {R} IN {SCORERS})"
        # a calibration session's scoring is blind: nobody else's before the reveal, then
        # the session's participants; never the agent's, never in team views
        f" OR (calibration_id IS NULL AND ("
        f"     ({LEADS} AND (agent = ANY {TEAM_AGENTS} OR {_team_call('evaluations.call_id')}))"
        f"     OR ({R} = 'agent' AND agent = {AGENT} AND status <> 'draft')))"
        f" OR (calibration_id IS NOT NULL AND (SELECT qa_in_calibration(calibration_id))"
        f"     AND (SELECT qa_calibration_revealed(calibration_id)))",
        f"{R} IN {SCORERS} AND evaluator = {ME}",
        f"(evaluator = {ME} AND {R} IN {SCORERS})"
        f" OR ({R} = 'supervisor' AND (agent = ANY {TEAM_AGENTS} OR {_team_call('evaluations.call_id')}))"
        f" OR ({R} = 'agent' AND agent = {AGENT} AND status <> 'draft')",
    ),
    "evaluation_comments": (
        "EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id)",
        f"{R} IN {SCORERS} AND author = {ME}"
        " AND EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id)",
        f"{R} IN {SCORERS} AND author = {ME}",
    ),
    "audit_events": (
        f"{R} IN ('manager', 'admin') OR created_by = {ME}"
        f" OR ({NOT_AGENT} AND entity = 'evaluation'"
        "     AND EXISTS (SELECT 1 FROM evaluations e WHERE e.id = entity_id))",
        f"{R} IS NOT NULL",
        None,
    ),
    "coaching_sessions": (
        f"{R} = 'manager' OR trainer = {ME} OR ({LEADS} AND agent = ANY {TEAM_AGENTS})"
        f" OR ({R} = 'agent' AND agent = {AGENT})",
        f"{R} IN ('trainer', 'supervisor') AND trainer = {ME}",
        f"(trainer = {ME} AND {R} IN ('trainer', 'supervisor')) OR ({R} = 'agent' AND agent = {AGENT})",
    ),
    "coaching_clips": (
        "EXISTS (SELECT 1 FROM coaching_sessions s WHERE s.id = session_id)",
        f"EXISTS (SELECT 1 FROM coaching_sessions s WHERE s.id = session_id AND s.trainer = {ME})",
        f"EXISTS (SELECT 1 FROM coaching_sessions s WHERE s.id = session_id AND s.trainer = {ME})",
    ),
    "coaching_actions": (
        f"{R} = 'manager' OR created_by = {ME} OR ({LEADS} AND agent = ANY {TEAM_AGENTS})"
        f" OR ({R} = 'agent' AND agent = {AGENT})",
        f"{R} IN ('trainer', 'supervisor')",
        f"{R} IN ('trainer', 'supervisor') AND (created_by = {ME} OR agent = ANY {TEAM_AGENTS})",
    ),
    "scorecard_events": (
        f"{R} = 'manager' OR created_by = {ME} OR ({LEADS} AND agent = ANY {TEAM_AGENTS})"
        f" OR ({R} = 'agent' AND agent = {AGENT})",
        f"{R} IN ('trainer', 'supervisor', 'manager')",
        f"{R} IN ('trainer', 'supervisor', 'manager') AND created_by = {ME}",
    ),
    # the lifecycle (docs/lifecycle.md): disputes, calibration, centre settings
    "disputes": (
        f"{R} = 'manager' OR ({R} = 'agent' AND agent = {AGENT})"
        f" OR ({LEADS} AND agent = ANY {TEAM_AGENTS})"
        f" OR EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND e.evaluator = {ME})",
        f"{R} = 'agent' AND agent = {AGENT}"
        " AND EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND e.agent = disputes.agent)",
        f"{R} = 'manager' OR ({R} = 'supervisor' AND agent = ANY {TEAM_AGENTS})",
    ),
    "calibration_sessions": (
        f"{ORGANISERS} OR (SELECT qa_in_calibration(id))",
        ORGANISERS,
        ORGANISERS,
    ),
    "calibration_calls": (
        f"{ORGANISERS} OR (SELECT qa_in_calibration(session_id))",
        ORGANISERS,
        ORGANISERS,
    ),
    "calibration_participants": (
        f"{ORGANISERS} OR (SELECT qa_in_calibration(session_id))",
        ORGANISERS,
        ORGANISERS,
    ),
    "centre_settings": (
        f"{R} IS NOT NULL",
        f"{R} IN ('manager', 'admin')",
        f"{R} IN ('manager', 'admin')",
    ),
    "listening_events": (
        f"listener = {ME} OR {R} = 'manager'"
        f" OR ({R} = 'supervisor' AND EXISTS (SELECT 1 FROM calls c WHERE c.call_id = listening_events.call_id))",
        f"{R} IS NOT NULL AND listener = {ME}",
        None,
    ),
}

#: Who may INSERT / UPDATE each table (GRANTs; rows are then filtered by the policies).
WRITERS: dict[str, tuple[str, ...]] = {
    "users": ("admin",),
    "rubric_versions": ("manager",),
    "calls": ("supervisor", "manager"),
    "import_batches": ("supervisor", "manager"),
    "sample_batches": ("supervisor", "manager"),
    "assignments": ("supervisor", "manager"),
    "evaluations": ("inspector", "supervisor", "trainer", "manager", "agent"),
    "evaluation_comments": SCORING_ROLES,
    "coaching_sessions": ("trainer", "supervisor", "agent"),
    "coaching_clips": ("trainer", "supervisor"),
    "coaching_actions": ("trainer", "supervisor"),
    "scorecard_events": ("trainer", "supervisor", "manager"),
    "disputes": ("agent", "supervisor", "manager"),
    "calibration_sessions": ("supervisor", "trainer", "manager"),
    "calibration_calls": ("supervisor", "trainer", "manager"),
    "calibration_participants": ("supervisor", "trainer", "manager"),
    "centre_settings": ("manager", "admin"),
}

#: Calibration membership for the policies: SECURITY DEFINER, so a policy can ask about
#: another table without that table's policy asking back (no policy recursion).
CALIBRATION_FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION qa_in_calibration(sid uuid) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM calibration_participants p
                       WHERE p.session_id = sid AND p.login = session_user AND NOT p.deleted) $$""",
    """CREATE OR REPLACE FUNCTION qa_calibration_revealed(sid uuid) RETURNS boolean LANGUAGE sql
    STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM calibration_sessions s
                       WHERE s.id = sid AND s.status = 'revealed' AND NOT s.deleted) $$""",
]
#: Append-only tables: INSERT for every member, never UPDATE/DELETE/TRUNCATE.
APPEND_ONLY = ("audit_events", "listening_events")

#: Columns stamped from ``session_user`` on INSERT, besides ``created_by``/``updated_by``.
STAMPED_ON_INSERT = {"evaluation_comments": "author", "listening_events": "listener"}

#: Columns whose change can hide a row from someone who saw it (or show it to someone new).
SCOPE_COLUMNS: dict[str, tuple[str, ...]] = {
    "users": ("role",),
    "calls": ("team", "agent"),
    "assignments": ("inspector", "agent", "call_id"),
    "evaluations": ("evaluator", "agent", "status", "call_id"),
    "coaching_sessions": ("agent", "trainer"),
    "coaching_actions": ("agent",),
    "scorecard_events": ("agent",),
    # a reveal opens the session's evaluations (and their comments) to its participants
    "calibration_sessions": ("status",),
}

# -- evaluation status capacities ------------------------------------------------------
#: Single steps each capacity may take (all within the evaluations service's TRANSITIONS).
STEPS: dict[str, set[tuple[str, str]]] = {
    # the evaluator: submit, reopen their own evaluation
    "E": {
        ("draft", "submitted"),
        ("revised", "submitted"),
        ("submitted", "revised"),
        ("acknowledged", "revised"),
        ("disputed", "revised"),
    },
    # a supervisor of the agent's team: finalise, resolve a dispute, send back
    "S": {
        ("submitted", "final"),
        ("acknowledged", "final"),
        ("disputed", "final"),
        ("disputed", "revised"),
        ("submitted", "revised"),
        ("acknowledged", "revised"),
    },
    # the agent: acknowledge or dispute
    "A": {("submitted", "acknowledged"), ("submitted", "disputed"), ("acknowledged", "disputed")},
}

#: Evaluation columns a non-evaluator may not change, and nobody may change once final.
_EV_FREE = {
    "status",
    "playhead_ms",
    "updated_at",
    "updated_by",
    "rev",
    "base_rev",
    "server_seq",
    "sync_origin",
    "dirty",
    "started_at",
    "submitted_at",
}


def closure(caps: str) -> set[tuple[str, str]]:
    """Every (from, to) reachable through the steps of the capacities in *caps*."""
    from qaclient.evaluations import TRANSITIONS

    legal = {(a.value, b.value) for a, bs in TRANSITIONS.items() for b in bs}
    steps = set().union(*(STEPS[c] for c in caps)) & legal
    out: set[tuple[str, str]] = set()
    starts = {a for a, _ in steps}
    for start in starts:
        seen: set[str] = set()
        todo = [b for a, b in steps if a == start]
        while todo:
            nxt = todo.pop()
            if nxt not in seen:
                seen.add(nxt)
                todo.extend(b for a, b in steps if a == nxt)
        out |= {(start, b) for b in seen}
    return out


def _pairs_sql(pairs: set[tuple[str, str]]) -> str:
    return ", ".join(f"('{a}', '{b}')" for a, b in sorted(pairs)) or "(NULL, NULL)"


def _evaluation_rules_sql(protected: list[str]) -> str:
    old = ", ".join(f"OLD.{c}" for c in protected)
    new = ", ".join(f"NEW.{c}" for c in protected)
    cases = []
    for caps in ("ESA", "ES", "EA", "SA", "E", "S", "A"):
        cases.append(
            f"WHEN '{caps}' THEN ok := (OLD.status, NEW.status) IN ({_pairs_sql(closure(caps))});"
        )
    case_sql = "\n".join(cases)
    from_draft = _pairs_sql(closure("E") | closure("ES"))
    return f"""
    CREATE OR REPLACE FUNCTION qa_evaluation_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE r text; caps text := ''; ok boolean; me text := session_user;
    BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'final'
           AND (({old}) IS DISTINCT FROM ({new}) OR NEW.status <> 'final')
           AND NOT (coalesce(current_setting('qaclient.final_revision', true), '') = 'on' AND qa_is_owner()) THEN
            RAISE EXCEPTION 'evaluation % is final: it cannot be changed, only reopened by an audited revision', OLD.id
                USING ERRCODE = 'check_violation', HINT = 'roles-final-immutable';
        END IF;
        IF coalesce(current_setting('qaclient.final_revision', true), '') = 'on' AND qa_is_owner() THEN
            RETURN NEW;  -- inside qa_revise_final(), which checked the caller and audits it
        END IF;
        r := qa_role();
        IF r IS NULL THEN
            RETURN NEW;  -- the owner's maintenance (a person without a role can write nothing)
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF NEW.evaluator IS DISTINCT FROM me OR r NOT IN {SCORERS} THEN
                RAISE EXCEPTION 'only the evaluator creates an evaluation: % cannot create one for %', me, NEW.evaluator
                    USING ERRCODE = 'insufficient_privilege', HINT = 'roles-not-evaluator';
            END IF;
            IF NEW.status <> 'draft' AND ('draft', NEW.status) NOT IN ({from_draft})
               AND NOT (r = 'supervisor' AND ('draft', NEW.status) IN ({_pairs_sql(closure("ES"))})) THEN
                RAISE EXCEPTION 'a new evaluation cannot start as %', NEW.status
                    USING ERRCODE = 'check_violation', HINT = 'roles-status-refused';
            END IF;
            RETURN NEW;
        END IF;
        IF OLD.evaluator = me AND NEW.evaluator = me AND r IN {SCORERS} THEN caps := caps || 'E'; END IF;
        IF r = 'supervisor' THEN caps := caps || 'S'; END IF;
        IF r = 'agent' THEN caps := caps || 'A'; END IF;
        IF caps NOT LIKE '%E%' AND ({old}) IS DISTINCT FROM ({new}) THEN
            RAISE EXCEPTION 'only the evaluator (%) may change the scores of evaluation %; % may not', OLD.evaluator, OLD.id, me
                USING ERRCODE = 'insufficient_privilege', HINT = 'roles-not-evaluator';
        END IF;
        IF OLD.status <> NEW.status THEN
            CASE caps
            {case_sql}
            ELSE ok := false;
            END CASE;
            IF NOT ok THEN
                RAISE EXCEPTION 'a % may not move evaluation % from % to %', r, OLD.id, OLD.status, NEW.status
                    USING ERRCODE = 'insufficient_privilege', HINT = 'roles-status-refused';
            END IF;
        END IF;
        RETURN NEW;
    END $$
    """


COACHING_RULES = """
CREATE OR REPLACE FUNCTION qa_coaching_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r text := qa_role();
BEGIN
    IF r IS NULL THEN RETURN NEW; END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.acknowledged_at IS NOT NULL OR NEW.acknowledged_by IS NOT NULL THEN
            RAISE EXCEPTION 'only agent % signs coaching session % (with their own login), not %', NEW.agent, NEW.id, session_user
                USING ERRCODE = 'insufficient_privilege', HINT = 'roles-sign-own';
        END IF;
        RETURN NEW;
    END IF;
    IF (OLD.acknowledged_at, OLD.acknowledged_by) IS DISTINCT FROM (NEW.acknowledged_at, NEW.acknowledged_by) THEN
        IF r <> 'agent' OR NEW.acknowledged_by IS DISTINCT FROM session_user::text THEN
            RAISE EXCEPTION 'only agent % signs coaching session % (with their own login), not %', OLD.agent, OLD.id, session_user
                USING ERRCODE = 'insufficient_privilege', HINT = 'roles-sign-own';
        END IF;
    END IF;
    IF r = 'agent' AND (to_jsonb(OLD) - 'acknowledged_at' - 'acknowledged_by' - 'updated_at' - 'updated_by'
            - 'rev' - 'base_rev' - 'server_seq' - 'sync_origin' - 'dirty')
        IS DISTINCT FROM (to_jsonb(NEW) - 'acknowledged_at' - 'acknowledged_by' - 'updated_at' - 'updated_by'
            - 'rev' - 'base_rev' - 'server_seq' - 'sync_origin' - 'dirty') THEN
        RAISE EXCEPTION 'an agent may only acknowledge coaching session %, not change it', OLD.id
            USING ERRCODE = 'insufficient_privilege', HINT = 'roles-sign-own';
    END IF;
    RETURN NEW;
END $$
"""

APPEND_ONLY_FN = """
CREATE OR REPLACE FUNCTION qa_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege', HINT = 'roles-append-only';
END $$
"""

SCOPE_LOG = [
    "CREATE TABLE IF NOT EXISTS sync_scope_log (seq bigint NOT NULL, table_name text NOT NULL, row_id uuid NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_sync_scope_log_seq ON sync_scope_log (seq)",
    """CREATE OR REPLACE FUNCTION qa_scope_log() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    BEGIN
        INSERT INTO sync_scope_log VALUES (NEW.server_seq, TG_TABLE_NAME, NEW.id);
        RETURN NULL;
    END $$""",
]


def _actor_fn(table: str) -> str:
    extra = STAMPED_ON_INSERT.get(table)
    extra_sql = f"NEW.{extra} := session_user;" if extra else ""
    return f"""
    CREATE OR REPLACE FUNCTION qa_actor_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF qa_role() IS NOT NULL THEN
            NEW.updated_by := session_user;
            IF TG_OP = 'INSERT' THEN
                NEW.created_by := session_user;
                {extra_sql}
            ELSE
                NEW.created_by := OLD.created_by;
            END IF;
        END IF;
        RETURN NEW;
    END $$
    """


REVISE_FINAL = """
CREATE OR REPLACE FUNCTION qa_revise_final(p_id uuid, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE r text := qa_role(); e evaluations;
BEGIN
    IF coalesce(length(trim(p_reason)), 0) = 0 THEN
        RAISE EXCEPTION 'a revision of a final evaluation needs a written reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO e FROM evaluations WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR e.status <> 'final' THEN
        RAISE EXCEPTION 'evaluation % is not a final evaluation', p_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT (r = 'manager' OR (r = 'supervisor' AND (e.agent = ANY (qa_team_agents())
            OR EXISTS (SELECT 1 FROM calls c WHERE c.call_id = e.call_id AND c.team = ANY (qa_teams()))))) THEN
        RAISE EXCEPTION 'only a manager or the team''s supervisor may revise a final evaluation'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('qaclient.final_revision', 'on', true);
    UPDATE evaluations SET status = 'revised', rev = rev + 1, updated_at = now(), updated_by = session_user
    WHERE id = p_id;
    PERFORM set_config('qaclient.final_revision', 'off', true);
    INSERT INTO audit_events (id, entity, entity_id, action, field, old, new,
        created_at, created_by, updated_at, updated_by, rev, base_rev, dirty, deleted)
    VALUES (gen_random_uuid(), 'evaluation', p_id, 'revise-final', 'status', '"final"',
        jsonb_build_object('status', 'revised', 'reason', p_reason, 'total', e.total)::text,
        now(), session_user, now(), session_user, 1, 0, false, false);
END $$
"""


def ddl(tables: list[Table], schema: str, *, enforce: bool = True) -> list[str]:
    """Grants, policies and rule triggers for the synced *tables*.

    ``enforce=False`` (benchmarks only: the same schema without the security parts, to
    measure what they cost) drops the policies and rule triggers instead.
    """
    names = [t.name for t in tables]
    stmts: list[str] = [
        APPEND_ONLY_FN,
        COACHING_RULES,
        *(x.replace("{schema}", schema) for x in SCOPE_LOG),
    ]
    stmts.append(REVISE_FINAL.replace("{schema}", schema))
    stmts += [
        high_water_sql(tables, schema),
        "REVOKE ALL ON FUNCTION qa_high_water() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION qa_high_water() TO {MEMBER_GROUP}",
    ]
    if {"calibration_sessions", "calibration_participants"} <= set(names):
        stmts += [f.replace("{schema}", schema) for f in CALIBRATION_FUNCTIONS]
        stmts += [
            f"GRANT EXECUTE ON FUNCTION qa_in_calibration(uuid), qa_calibration_revealed(uuid)"
            f" TO {MEMBER_GROUP}"
        ]
    ev = next((t for t in tables if t.name == "evaluations"), None)
    if ev is not None:
        protected = [c.name for c in ev.columns if c.name not in _EV_FREE]
        stmts.append(_evaluation_rules_sql(protected))
    # privileges ------------------------------------------------------------------------
    stmts += [
        f"GRANT USAGE ON SCHEMA {schema} TO {MEMBER_GROUP}",
        f"GRANT SELECT ON sync_server_meta, sync_scope_log TO {MEMBER_GROUP}",
        f"GRANT USAGE, SELECT ON SEQUENCE sync_change_seq TO {MEMBER_GROUP}",
        f"GRANT EXECUTE ON FUNCTION qa_revise_final(uuid, text) TO {group('supervisor')}, {group('manager')}",
        "REVOKE ALL ON FUNCTION qa_revise_final(uuid, text) FROM PUBLIC",
    ]
    for n in names:
        stmts.append(f"REVOKE ALL ON {n} FROM PUBLIC, {MEMBER_GROUP}")
        for r in ("inspector", "trainer", "supervisor", "manager", "agent", "admin"):
            stmts.append(f"REVOKE ALL ON {n} FROM {group(r)}")
        stmts.append(f"GRANT SELECT ON {n} TO {MEMBER_GROUP}")
        if n in APPEND_ONLY:
            stmts.append(f"GRANT INSERT ON {n} TO {MEMBER_GROUP}")
        for r in WRITERS.get(n, ()):
            stmts.append(f"GRANT INSERT, UPDATE ON {n} TO {group(r)}")
    # policies, stamping, rules -----------------------------------------------------------
    for t in tables:
        n = t.name
        stmts += [
            f"DROP POLICY IF EXISTS qa_select ON {n}",
            f"DROP POLICY IF EXISTS qa_insert ON {n}",
            f"DROP POLICY IF EXISTS qa_update ON {n}",
            f"DROP TRIGGER IF EXISTS a0_qa_actor ON {n}",
            f"DROP TRIGGER IF EXISTS z_qa_scope ON {n}",
        ]
        if not enforce:
            stmts.append(f"ALTER TABLE {n} DISABLE ROW LEVEL SECURITY")
            continue
        sel, ins, upd = POLICIES.get(n, (f"{R} = 'manager'", None, None))
        stmts += [
            f"ALTER TABLE {n} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY qa_select ON {n} FOR SELECT TO {MEMBER_GROUP} USING ({sel})",
        ]
        if ins:
            stmts.append(
                f"CREATE POLICY qa_insert ON {n} FOR INSERT TO {MEMBER_GROUP} WITH CHECK ({ins})"
            )
        if upd:
            stmts.append(
                f"CREATE POLICY qa_update ON {n} FOR UPDATE TO {MEMBER_GROUP} USING ({upd}) WITH CHECK ({upd})"
            )
        stmts += [
            _actor_fn(n),
            f"CREATE TRIGGER a0_qa_actor BEFORE INSERT OR UPDATE ON {n} FOR EACH ROW "
            f"EXECUTE FUNCTION qa_actor_{n}()",
        ]
        cols = SCOPE_COLUMNS.get(n)
        if cols:
            cond = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in cols)
            stmts.append(
                f"CREATE TRIGGER z_qa_scope AFTER UPDATE ON {n} FOR EACH ROW WHEN ({cond}) "
                "EXECUTE FUNCTION qa_scope_log()"
            )
    for n in APPEND_ONLY:
        if n not in names:
            continue
        stmts += [
            f"DROP TRIGGER IF EXISTS b0_qa_append_only ON {n}",
            f"DROP TRIGGER IF EXISTS b0_qa_no_truncate ON {n}",
            f"CREATE TRIGGER b0_qa_append_only BEFORE UPDATE OR DELETE ON {n} FOR EACH ROW "
            "EXECUTE FUNCTION qa_append_only()",
            f"CREATE TRIGGER b0_qa_no_truncate BEFORE TRUNCATE ON {n} FOR EACH STATEMENT "
            "EXECUTE FUNCTION qa_append_only()",
        ]
    stmts += [
        "DROP TRIGGER IF EXISTS d_qa_rules ON evaluations",
        "DROP TRIGGER IF EXISTS d_qa_rules ON coaching_sessions",
    ]
    if ev is not None:
        # the final rule holds for everyone, also without the role parts
        stmts.append(
            "CREATE TRIGGER d_qa_rules BEFORE INSERT OR UPDATE ON evaluations FOR EACH ROW "
            "EXECUTE FUNCTION qa_evaluation_rules()"
        )
    if enforce and "coaching_sessions" in names:
        stmts.append(
            "CREATE TRIGGER d_qa_rules BEFORE INSERT OR UPDATE ON coaching_sessions FOR EACH ROW "
            "EXECUTE FUNCTION qa_coaching_rules()"
        )
    return stmts


def high_water_sql(tables: list[Table], schema: str) -> str:
    """``qa_high_water()``: the highest change committed in the caller's snapshot, over every
    synced table whatever the caller may see (SECURITY DEFINER; one index probe a table)."""
    parts = ", ".join(f"(SELECT max(server_seq) FROM {t.name})" for t in tables)
    return f"""CREATE OR REPLACE FUNCTION qa_high_water() RETURNS bigint LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ SELECT greatest({parts}) $$"""


def high_water(conn) -> int | None:
    value = conn.exec_driver_sql("SELECT qa_high_water()").scalar()
    return None if value is None else int(value)


def revise_final(conn: Connection, evaluation_id, reason: str) -> None:
    """Reopen a final evaluation (manager, or the team's supervisor) with a written reason;
    the server records it in the audit trail.  The next sync brings it to every client."""
    conn.execute(text("SELECT qa_revise_final(:i, :r)"), {"i": str(evaluation_id), "r": reason})
