"""The core never imports Qt: importing every module of ``qaclient`` leaves PySide6 out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_modules_do_not_import_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import qaclient\n"
        "failed = []\n"
        "for m in pkgutil.walk_packages(qaclient.__path__, 'qaclient.'):\n"
        "    if '.migrations' in m.name or m.name.endswith('__main__'):\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(len(list(pkgutil.walk_packages(qaclient.__path__, 'qaclient.'))))\n"
        "assert not bad, bad\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) > 10  # really walked the package


def test_store_is_migrated_to_head(col):
    """The store's revision is Alembic's single head, and the migrated schema is exactly the
    ORM models' (a model change without its migration, or the reverse, fails here)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from qaclient.storage import db
    from qaclient.storage.models import Base

    heads = ScriptDirectory.from_config(db.alembic_config(col.engine)).get_heads()
    assert len(heads) == 1, f"migration history has several heads: {heads}"
    assert db.current_revision(col.engine) == heads[0]
    assert db.script_heads() == set(heads)  # the fast start-up check reads the same head
    with col.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"the migrated schema differs from the models: {diff}"
    with col.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
