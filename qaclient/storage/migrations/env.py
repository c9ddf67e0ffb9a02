"""Alembic environment shared by the local SQLite store and the PostgreSQL server.

Run programmatically by ``qaclient.storage.db.upgrade`` (which passes the connection in
``config.attributes``), or with the ``alembic`` command and ``-x url=…``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from qaclient.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.begin() as conn:
        run_migrations(conn)
