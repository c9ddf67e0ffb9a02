"""The facade: one open qaclient store and the services that work on it.

Like Anki's ``Collection``: the UI and the CLI open a :class:`Collection` and call its
services; nothing above the core talks to the database directly.

    col = Collection.open()              # the local store under QACLIENT_HOME
    col.rubrics.get("inbound-call")      # rubric catalogue and versions
    col.evaluations.create(...)          # evaluations, comments, audit trail
    col.library.search(...)              # recordings library (import, search, sampling)
    col.names.person("1001")             # display names, rubric titles, grade labels
    col.coaching / col.reports / col.sync
    col.privacy.masker("list")         # caller numbers masked unless the role allows
    col.disputes / col.calibrations      # the agent/dispute/calibration lifecycle
    col.centre                           # centre-wide settings (dispute window, limit)
"""

from __future__ import annotations

import getpass
import os
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from qaclient.storage import db

if TYPE_CHECKING:
    from qaclient.calibration.service import Calibrations
    from qaclient.centre import Centre
    from qaclient.coaching.service import Coaching
    from qaclient.disputes import Disputes
    from qaclient.evaluations import Evaluations
    from qaclient.listening import Listening
    from qaclient.names import Names
    from qaclient.privacy import Privacy
    from qaclient.recordings.library import Library
    from qaclient.reports.service import Reports
    from qaclient.rubrics.catalog import RubricCatalog
    from qaclient.sync import Sync
    from qaclient.users import Users


def signed_in_login(engine: Engine) -> str | None:
    """The login this store last signed in with on a shared server (its ``current_user``)."""
    from sqlalchemy import text

    try:
        with engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT login FROM sync_state WHERE login IS NOT NULL "
                    "ORDER BY last_sync_at DESC LIMIT 1"
                )
            ).scalar()
    except Exception:  # noqa: BLE001 - an older or foreign store: no sign-in recorded
        return None


def default_actor() -> str:
    """Who is acting before this store ever signed in to a shared server: ``QACLIENT_USER``,
    else the OS login.  Once signed in, the server's login is the actor (and the server
    stamps it on everything it accepts; a name set here proves nothing)."""
    env = os.environ.get("QACLIENT_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name on this OS
        return "unknown"


class Collection:
    def __init__(self, engine: Engine, actor: str | None = None):
        self.engine = engine
        self.Session: sessionmaker[Session] = db.session_factory(engine)
        self.actor = actor or signed_in_login(engine) or default_actor()

    @classmethod
    def open(cls, url: str | None = None, actor: str | None = None) -> Collection:
        """Open the local store (or *url*), upgrading its schema first."""
        return cls(db.open_engine(url), actor=actor)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # services, created on first use ---------------------------------------------------
    @cached_property
    def rubrics(self) -> RubricCatalog:
        from qaclient.rubrics.catalog import RubricCatalog

        return RubricCatalog(self)

    @cached_property
    def evaluations(self) -> Evaluations:
        from qaclient.evaluations import Evaluations

        return Evaluations(self)

    @cached_property
    def users(self) -> Users:
        from qaclient.users import Users

        return Users(self)

    @cached_property
    def privacy(self) -> Privacy:
        from qaclient.privacy import Privacy

        return Privacy(self)

    @cached_property
    def names(self) -> Names:
        """Display names of people, rubric titles and grade labels (ids stay in the data)."""
        from qaclient.names import Names

        return Names(self)

    @cached_property
    def library(self) -> Library:
        from qaclient.recordings.library import Library

        return Library(self)

    @cached_property
    def coaching(self) -> Coaching:
        from qaclient.coaching.service import Coaching

        return Coaching(self)

    @cached_property
    def reports(self) -> Reports:
        from qaclient.reports.service import Reports

        return Reports(self)

    @cached_property
    def listening(self) -> Listening:
        from qaclient.listening import Listening

        return Listening(self)

    @cached_property
    def disputes(self) -> Disputes:
        from qaclient.disputes import Disputes

        return Disputes(self)

    @cached_property
    def calibrations(self) -> Calibrations:
        from qaclient.calibration.service import Calibrations

        return Calibrations(self)

    @cached_property
    def centre(self) -> Centre:
        from qaclient.centre import Centre

        return Centre(self)

    @cached_property
    def sync(self) -> Sync:
        from qaclient.sync import Sync

        return Sync(self)
