"""``col.reports``: the reports a supervisor or manager reads, one method each."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from qaclient.messages import msg
from qaclient.privacy import MASKED, Masker
from qaclient.reports import scorecard as _scorecard
from qaclient.reports.export import write_csv, write_csv_single, write_xlsx
from qaclient.reports.inspectors import InspectorReport, build_inspectors
from qaclient.reports.kpi import KpiReport, build_kpi, item_matrix
from qaclient.reports.period import Month
from qaclient.reports.scorecard import ScorecardReport, build_scorecard

if TYPE_CHECKING:
    from qaclient.collection import Collection


def _month(m: Month | str) -> Month:
    return m if isinstance(m, Month) else Month.parse(m)


class Reports:
    def __init__(self, col: Collection):
        self.col = col

    def kpi(
        self,
        month: Month | str,
        *,
        team: str | None = None,
        tz: str | None = None,
        lang: str = "en",
    ) -> KpiReport:
        """The monthly KPI report (this month beside last month) for the centre or *team*."""
        return build_kpi(self.col, _month(month), team=team, tz=tz, lang=lang)

    def teams(self) -> list[str]:
        """Every team name known from the users table or the library's calls."""
        from sqlalchemy import select

        from qaclient.storage.models import User

        with self.col.Session() as s:
            names = set(s.scalars(select(User.team).where(User.team.is_not(None)).distinct()))
            try:
                from qaclient.storage.models.recordings import Call

                names |= set(s.scalars(select(Call.team).where(Call.team.is_not(None)).distinct()))
            except ImportError:  # pragma: no cover
                pass
        return sorted(n for n in names if n)

    def item_matrix(
        self,
        month: Month | str,
        *,
        team: str | None = None,
        tz: str | None = None,
        lang: str = "en",
    ) -> dict:
        """% of points kept per agent and item in the month (for the heat map)."""
        return item_matrix(self.col, _month(month), team=team, tz=tz, lang=lang)

    def scorecard(
        self,
        month: Month | str,
        *,
        team: str | None = None,
        tz: str | None = None,
        escalate: bool = True,
        pay_float: bool = True,
    ) -> ScorecardReport:
        """The monthly agent scorecards (spot-check errors from call QA included)."""
        return build_scorecard(
            self.col, _month(month), team=team, tz=tz, escalate=escalate, pay_float=pay_float
        )

    def inspectors(
        self,
        month: Month | str,
        *,
        tz: str | None = None,
        threshold: Decimal | float = 5,
        min_evaluations: int = 5,
        by: str = "evaluation",
    ) -> InspectorReport:
        """Per-inspector workload, handling time and leniency against everyone's mean, over
        the evaluations of *month* (``by="submitted"``: those submitted in it)."""
        return build_inspectors(
            self.col,
            _month(month),
            tz=tz,
            threshold=threshold,
            min_evaluations=min_evaluations,
            by=by,
        )

    # scorecard events ------------------------------------------------------------------
    def add_scorecard_event(
        self,
        *,
        agent: str,
        month: Month | str,
        kind: str,
        points: Decimal | int | None = None,
        count: int = 1,
        reason: str = "",
        item_id: str | None = None,
        occurred_on: date | None = None,
    ) -> str:
        return _scorecard.add_event(
            self.col,
            agent=agent,
            month=_month(month),
            kind=kind,
            points=points,
            count=count,
            reason=reason,
            item_id=item_id,
            occurred_on=occurred_on,
        )

    def delete_scorecard_event(self, event_id: str) -> None:
        _scorecard.delete_event(self.col, event_id)

    # export ----------------------------------------------------------------------------
    @staticmethod
    def export(
        report: KpiReport | ScorecardReport | InspectorReport,
        path: str | Path,
        fmt: str,
        *,
        single_csv: bool = True,
        masker: Masker = MASKED,
        lang: str | None = None,
    ) -> list[Path]:
        """Write *report* as ``csv`` or ``xlsx`` (PDF is rendered by the ``ui`` package).

        Text that looks like a caller number is masked unless *masker* reveals it (pass
        ``col.privacy.masker("export-csv", audit="always")``: full for a role that may see
        it, and the export audited).  *lang*: headings in that language for a person
        (``None``: the machine keys, as in the JSON output, for scripts)."""
        from qaclient.reports.headers import localize

        tables = localize(report.tables(), lang)
        if fmt == "csv":
            return (
                [write_csv_single(tables, path, masker)]
                if single_csv
                else write_csv(tables, path, masker)
            )
        if fmt == "xlsx":
            return [write_xlsx(tables, path, masker)]
        raise ValueError(msg("reports-bad-export-format", format=str(fmt)))
