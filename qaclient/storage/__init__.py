"""Storage: the SQLAlchemy 2.x typed ORM (``models/``), the engine and sessions (``db``), and the
Alembic migration history (``migrations/``) shared by the local SQLite store and the team's
PostgreSQL server."""
