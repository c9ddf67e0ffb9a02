"""Names where people expect names: the data keeps ids, a person reads names.

Agents and other users are stored by login (the phone system's agent id, ``1001``); a
person reads their display name (``王芳``).  Rubrics are stored by id (``inbound-call``) and
version; a person reads their title in the chosen language (``电话呼入监控标准模板``), and a
grade band (``fail``) by its label (``不合格``).  ``col.names`` answers all of these from small
tables it reads once and re-reads on :meth:`Names.refresh` (or when an unknown id turns up),
so list views can ask per row.  JSON output keeps the ids.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from sqlalchemy import select

from qaclient.messages import current_language
from qaclient.rubrics.model import label
from qaclient.storage.models import RubricVersion, User

if TYPE_CHECKING:
    from qaclient.collection import Collection


class Names:
    def __init__(self, col: Collection):
        self.col = col
        self._lock = threading.Lock()
        self._people: dict[str, str] | None = None
        self._rubrics: dict[str, dict[str, str]] | None = None  # id -> labels (newest version)
        self._grades: dict[tuple[str, str], dict[str, str]] | None = None  # (rubric, grade)

    def refresh(self) -> None:
        """Forget what was read (after users or rubrics changed)."""
        with self._lock:
            self._people = self._rubrics = self._grades = None

    # ------------------------------------------------------------------ people
    def people(self) -> dict[str, str]:
        """login → display name, for every known user."""
        with self._lock:
            if self._people is None:
                with self.col.Session() as s:
                    rows = s.execute(
                        select(User.login, User.display_name).where(User.deleted.is_(False))
                    ).all()
                self._people = {login: (name or login) for login, name in rows}
            return self._people

    def person(self, login: str | None) -> str:
        """The display name of *login* (the login itself when nobody has that login)."""
        if not login:
            return ""
        people = self.people()
        if login not in people and self._people is not None:
            self.refresh()  # a user added since (sync, demo): read again once
            people = self.people()
        return people.get(login, login)

    # ------------------------------------------------------------------ rubrics
    def _load_rubrics(self) -> None:
        rubrics: dict[str, dict[str, str]] = {}
        grades: dict[tuple[str, str], dict[str, str]] = {}
        with self.col.Session() as s:
            versions = s.execute(
                select(RubricVersion.rubric_id, RubricVersion.version, RubricVersion.id).order_by(
                    RubricVersion.rubric_id, RubricVersion.version
                )
            ).all()
        for rubric_id, _version, version_id in versions:  # newest version last: it wins
            try:
                rubric = self.col.rubrics.get_version(version_id)
            except Exception:  # an unreadable version must not hide the others
                continue
            rubrics[rubric_id] = dict(rubric.labels)
            for band in rubric.grades:
                if band.labels:
                    grades[(rubric_id, band.grade)] = dict(band.labels)
        self._rubrics, self._grades = rubrics, grades

    def rubric(self, rubric_id: str | None, lang: str | None = None) -> str:
        """The title of rubric *rubric_id* in *lang* (default: the core language)."""
        if not rubric_id:
            return ""
        with self._lock:
            if self._rubrics is None:
                self._load_rubrics()
            labels = (self._rubrics or {}).get(rubric_id)
        return label(labels, lang or current_language()) if labels else rubric_id

    def grade(self, rubric_id: str | None, grade: str | None, lang: str | None = None) -> str:
        """Grade band *grade* of *rubric_id* by its label (``fail`` → ``不合格``)."""
        if not grade:
            return ""
        with self._lock:
            if self._grades is None:
                self._load_rubrics()
            labels = (self._grades or {}).get((rubric_id or "", grade))
        return label(labels, lang or current_language()) if labels else grade
