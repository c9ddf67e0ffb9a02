"""report sums: hourly item / section score sums kept by triggers; calls report index

``report_item_sums`` / ``report_section_sums`` hold the sums of the score rows of
reportable evaluations per UTC hour of ``scored_at``, ``report_error_sums`` their calls with
P / A errors per hour and agent (``qaclient/storage/models/reports.py``).
On SQLite, triggers on ``evaluations``, ``evaluation_item_scores`` and
``evaluation_section_scores`` keep them equal to the rows in the same transaction as every
write, whoever writes (the ORM, ``recompute_scores``, sync's plain SQL); the tables are
filled from the existing rows here.  PostgreSQL gets the tables only (reports there sum
the rows).  ``ix_calls_report`` covers the reports' scans of the library's calls.

Note for later migrations: rebuilding one of the three tables (Alembic batch mode with
``recreate``) drops its triggers; create them again (``triggers_sql()`` +
``error_triggers_sql()``).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qaclient.storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

REPORTABLE = "('submitted', 'acknowledged', 'disputed', 'revised', 'final')"
SUMS = ("rows", "n", "score", "max", "na", "lost")


def _ok(e: str) -> str:
    """SQL: the evaluation *e* (an alias, NEW or OLD) counts in reports (kpi.counted)."""
    return f"({e}.status IN {REPORTABLE} AND {e}.deleted IS 0 AND {e}.scored_at IS NOT NULL)"


def _hour(e: str) -> str:
    return f"strftime('%Y-%m-%d %H:00:00.000000', {e}.scored_at)"


def _values(r: str, sign: str) -> str:
    return ", ".join(
        (
            f"{sign}1",
            f"{sign}(CASE WHEN {r}.na IS 0 THEN 1 ELSE 0 END)",
            f"{sign}(CASE WHEN {r}.na IS 0 THEN {r}.score ELSE 0 END)",
            f"{sign}(CASE WHEN {r}.na IS 0 THEN {r}.max ELSE 0 END)",
            f"{sign}(CASE WHEN {r}.na IS 1 THEN 1 ELSE 0 END)",
            f"{sign}(CASE WHEN {r}.na IS 0 AND {r}.score < {r}.max THEN 1 ELSE 0 END)",
        )
    )


def _upsert(kind: str, e: str, r: str, sign: str, source: str) -> str:
    """Add (sign '') or take away (sign '-') the score rows *r* of evaluation *e*."""
    if kind == "item":
        table, keys = "report_item_sums", "hour, rubric_version_id, item_id, section_id, category"
        key_values = f"{r}.item_id, {r}.section_id, coalesce({r}.category, '')"
    else:
        table, keys = "report_section_sums", "hour, rubric_version_id, section_id"
        key_values = f"{r}.section_id"
    sets = ", ".join(f"{c} = {c} + excluded.{c}" for c in SUMS)
    return (
        f"INSERT INTO {table} ({keys}, {', '.join(SUMS)}) "
        f"SELECT {_hour(e)}, {e}.rubric_version_id, {key_values}, {_values(r, sign)} "
        f"FROM {source} ON CONFLICT ({keys}) DO UPDATE SET {sets};"
    )


def triggers_sql() -> list[str]:
    """The SQLite triggers that keep the sums equal to the rows."""
    out = []
    for kind, rows in (
        ("item", "evaluation_item_scores"),
        ("section", "evaluation_section_scores"),
    ):

        def parent(ref: str) -> str:
            return f"evaluations e WHERE e.id = {ref}.evaluation_id AND {_ok('e')}"

        add = _upsert(kind, "e", "NEW", "", parent("NEW"))
        take = _upsert(kind, "e", "OLD", "-", parent("OLD"))
        out += [
            f"CREATE TRIGGER trg_{rows}_sums_ins AFTER INSERT ON {rows} BEGIN {add} END",
            f"CREATE TRIGGER trg_{rows}_sums_del AFTER DELETE ON {rows} BEGIN {take} END",
            f"CREATE TRIGGER trg_{rows}_sums_upd AFTER UPDATE ON {rows} BEGIN {take} {add} END",
        ]

    def children(e: str, sign: str, extra: str = "") -> str:
        return " ".join(
            _upsert(kind, e, "r", sign, f"{rows} r WHERE r.evaluation_id = {e}.id{extra}")
            for kind, rows in (
                ("item", "evaluation_item_scores"),
                ("section", "evaluation_section_scores"),
            )
        )

    moved = (
        f"{_ok('OLD')} IS NOT {_ok('NEW')} OR ({_ok('NEW')} AND ({_hour('OLD')} IS NOT "
        f"{_hour('NEW')} OR OLD.rubric_version_id IS NOT NEW.rubric_version_id))"
    )
    out += [
        # an evaluation written after its score rows (sync, plain SQL)
        "CREATE TRIGGER trg_evaluations_sums_ins AFTER INSERT ON evaluations "
        f"WHEN {_ok('NEW')} BEGIN {children('NEW', '')} END",
        # submitted, deleted, re-dated or moved to another rubric version
        "CREATE TRIGGER trg_evaluations_sums_upd AFTER UPDATE OF status, deleted, scored_at, "
        f"rubric_version_id ON evaluations WHEN {moved} BEGIN "
        f"{children('OLD', '-', ' AND ' + _ok('OLD'))} "
        f"{children('NEW', '', ' AND ' + _ok('NEW'))} END",
        # a row deleted for good: its score rows go by cascade, when the evaluation is
        # already gone (their own triggers then find no evaluation and do nothing)
        "CREATE TRIGGER trg_evaluations_sums_del BEFORE DELETE ON evaluations "
        f"WHEN {_ok('OLD')} BEGIN {children('OLD', '-')} END",
    ]
    return out


PA = "('P', 'A')"


def _errors(e: str, source: str, sign: str, group: str) -> str:
    """Add / take away one evaluation's calls-with-errors figures (kpi: P / A error rows)."""
    cols = ("calls", "p", "a", "occ")
    sets = ", ".join(f"{c} = {c} + excluded.{c}" for c in cols)
    return (
        f"INSERT INTO report_error_sums (hour, agent, {', '.join(cols)}) "
        f"SELECT {_hour(e)}, {e}.agent, {sign}1, {sign}max(x.category = 'P'), "
        f"{sign}max(x.category = 'A'), {sign}sum(x.errors) FROM {source} "
        f"AND x.errors > 0 AND x.category IN {PA} GROUP BY {group} "
        f"ON CONFLICT (hour, agent) DO UPDATE SET {sets};"
    )


def _errors_of(ref: str, sign: str, rows: str = "") -> str:
    """... of the evaluation with id *ref*, over its item rows as they are now, or over
    *rows* (a query of ``category, errors``: the rows as they were before a change)."""
    rows = (
        rows or f"SELECT category, errors FROM evaluation_item_scores WHERE evaluation_id = {ref}"
    )
    return _errors(
        "e", f"evaluations e, ({rows}) x WHERE e.id = {ref} AND {_ok('e')}", sign, "e.id"
    )


def _before(ref: str, *, new: bool, old: bool) -> str:
    """The item rows of evaluation *ref* before the change that fired an AFTER trigger:
    the rows now, without the NEW row and with the OLD one."""
    rows = f"SELECT category, errors FROM evaluation_item_scores WHERE evaluation_id = {ref}"
    if new:
        rows += " AND rowid IS NOT NEW.rowid"
    if old:
        rows += f" UNION ALL SELECT OLD.category, OLD.errors WHERE OLD.evaluation_id IS {ref}"
    return rows


def _errors_row(e: str, sign: str) -> str:
    """... of the evaluation row *e* (NEW or OLD of a trigger on evaluations)."""
    return _errors(
        e,
        f"evaluation_item_scores x WHERE x.evaluation_id = {e}.id AND {_ok(e)}",
        sign,
        "x.evaluation_id",
    )


def error_triggers_sql() -> list[str]:
    """Triggers of ``report_error_sums``: an evaluation's figures depend on all its P / A
    error rows, so a change of one row takes away the evaluation's figures as they were
    before it and adds them as they are after it."""
    rows = "evaluation_item_scores"

    def err(r: str) -> str:
        return f"({r}.errors > 0 AND {r}.category IN {PA})"

    both = f"{err('OLD')} OR {err('NEW')}"
    other = "NEW.evaluation_id IS NOT OLD.evaluation_id"
    moved = (
        f"{_ok('OLD')} IS NOT {_ok('NEW')} OR ({_ok('NEW')} AND ({_hour('OLD')} IS NOT "
        f"{_hour('NEW')} OR OLD.agent IS NOT NEW.agent))"
    )
    second = f"(CASE WHEN {other} THEN NEW.evaluation_id END)"

    def change(ref: str, *, new: bool, old: bool) -> str:
        return f"{_errors_of(ref, '-', _before(ref, new=new, old=old))} {_errors_of(ref, '')}"

    # AFTER triggers only: a BEFORE INSERT trigger would also fire for a row that is then
    # ignored (INSERT OR IGNORE, ON CONFLICT DO NOTHING)
    return [
        f"CREATE TRIGGER trg_{rows}_errors_ins AFTER INSERT ON {rows} WHEN {err('NEW')} "
        f"BEGIN {change('NEW.evaluation_id', new=True, old=False)} END",
        f"CREATE TRIGGER trg_{rows}_errors_del AFTER DELETE ON {rows} WHEN {err('OLD')} "
        f"BEGIN {change('OLD.evaluation_id', new=False, old=True)} END",
        f"CREATE TRIGGER trg_{rows}_errors_upd AFTER UPDATE ON {rows} WHEN {both} BEGIN "
        f"{change('OLD.evaluation_id', new=True, old=True)} "
        f"{change(second, new=True, old=True)} END",
        "CREATE TRIGGER trg_evaluations_errors_ins AFTER INSERT ON evaluations "
        f"WHEN {_ok('NEW')} BEGIN {_errors_row('NEW', '')} END",
        "CREATE TRIGGER trg_evaluations_errors_upd AFTER UPDATE OF status, deleted, scored_at, "
        f"agent ON evaluations WHEN {moved} BEGIN {_errors_row('OLD', '-')} "
        f"{_errors_row('NEW', '')} END",
        "CREATE TRIGGER trg_evaluations_errors_del BEFORE DELETE ON evaluations "
        f"WHEN {_ok('OLD')} BEGIN {_errors_row('OLD', '-')} END",
    ]


TRIGGERS = (
    "trg_evaluation_item_scores_errors_ins",
    "trg_evaluation_item_scores_errors_del",
    "trg_evaluation_item_scores_errors_upd",
    "trg_evaluations_errors_ins",
    "trg_evaluations_errors_upd",
    "trg_evaluations_errors_del",
    "trg_evaluation_item_scores_sums_ins",
    "trg_evaluation_item_scores_sums_del",
    "trg_evaluation_item_scores_sums_upd",
    "trg_evaluation_section_scores_sums_ins",
    "trg_evaluation_section_scores_sums_del",
    "trg_evaluation_section_scores_sums_upd",
    "trg_evaluations_sums_ins",
    "trg_evaluations_sums_upd",
    "trg_evaluations_sums_del",
)


def fill_sql(only: str = "", sign: str = "") -> list[str]:
    """Sums of the rows already in the store (SQLite).

    Also the set-wise maintenance of the sums (``qaclient.reports.sums.bulk_write``): with
    *only* (a condition on the evaluation ``e``, e.g. ``e.id IN (SELECT …)``) the sums of
    those evaluations' rows are added to the tables (*sign* ``''``) or taken away
    (``'-'``) instead of inserted into empty tables."""
    where = f" AND {only}" if only else ""

    def into(table: str, keys: str, cols: tuple[str, ...]) -> str:
        if not only:
            return ""
        sets = ", ".join(f"{c} = {c} + excluded.{c}" for c in cols)
        return f" ON CONFLICT ({keys}) DO UPDATE SET {sets}"

    def total(expr: str) -> str:
        return f"{sign}sum({expr})" if sign else f"sum({expr})"

    out = []
    for kind, rows in (
        ("item", "evaluation_item_scores"),
        ("section", "evaluation_section_scores"),
    ):
        if kind == "item":
            table, keys = (
                "report_item_sums",
                "hour, rubric_version_id, item_id, section_id, category",
            )
            key_values, group = "r.item_id, r.section_id, coalesce(r.category, '')", "1, 2, 3, 4, 5"
        else:
            table, keys = "report_section_sums", "hour, rubric_version_id, section_id"
            key_values, group = "r.section_id", "1, 2, 3"
        sums = ", ".join(total(v) for v in _values("r", "").split(", "))
        out.append(
            f"INSERT INTO {table} ({keys}, {', '.join(SUMS)}) "
            f"SELECT {_hour('e')}, e.rubric_version_id, {key_values}, {sums} "
            f"FROM {rows} r JOIN evaluations e ON e.id = r.evaluation_id "
            f"WHERE {_ok('e')}{where} GROUP BY {group}{into(table, keys, SUMS)}"
        )
    err = ("calls", "p", "a", "occ")
    # "WHERE true": SQLite needs a WHERE before an upsert's ON CONFLICT after a SELECT
    out.append(
        "INSERT INTO report_error_sums (hour, agent, calls, p, a, occ) "
        f"SELECT hour, agent, {sign}count(*), {total('p')}, {total('a')}, {total('occ')} "
        f"FROM (SELECT {_hour('e')} AS hour, "
        "e.agent AS agent, max(x.category = 'P') AS p, max(x.category = 'A') AS a, "
        "sum(x.errors) AS occ FROM evaluations e JOIN evaluation_item_scores x "
        f"ON x.evaluation_id = e.id WHERE {_ok('e')} AND x.errors > 0 AND x.category IN {PA}"
        f"{where} GROUP BY e.id) "
        + ("WHERE true " if only else "")
        + f"GROUP BY hour, agent{into('report_error_sums', 'hour, agent', err)}"
    )
    return out


def _sums_columns() -> list[sa.Column]:
    return [sa.Column(c, sa.BigInteger(), nullable=False) for c in SUMS]


def upgrade() -> None:
    op.create_table(
        "report_item_sums",
        sa.Column("hour", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("rubric_version_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("section_id", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        *_sums_columns(),
        sa.PrimaryKeyConstraint(
            "hour",
            "rubric_version_id",
            "item_id",
            "section_id",
            "category",
            name=op.f("pk_report_item_sums"),
        ),
    )
    op.create_table(
        "report_section_sums",
        sa.Column("hour", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("rubric_version_id", sa.Uuid(), nullable=False),
        sa.Column("section_id", sa.String(length=100), nullable=False),
        *_sums_columns(),
        sa.PrimaryKeyConstraint(
            "hour", "rubric_version_id", "section_id", name=op.f("pk_report_section_sums")
        ),
    )
    op.create_table(
        "report_error_sums",
        sa.Column("hour", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("agent", sa.String(length=64), nullable=False),
        *[sa.Column(c, sa.BigInteger(), nullable=False) for c in ("calls", "p", "a", "occ")],
        sa.PrimaryKeyConstraint("hour", "agent", name=op.f("pk_report_error_sums")),
    )
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.create_index(
            "ix_calls_report", ["start_at", "deleted", "agent", "updated_at", "rev"], unique=False
        )
    if op.get_bind().dialect.name == "sqlite":
        for stmt in fill_sql():
            op.execute(stmt)
        for stmt in triggers_sql() + error_triggers_sql():
            op.execute(stmt)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index("ix_calls_report")
    op.drop_table("report_error_sums")
    op.drop_table("report_section_sums")
    op.drop_table("report_item_sums")
