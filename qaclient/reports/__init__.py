"""Reports for supervisors and managers: the monthly KPI report, the monthly agent
scorecard, inspector statistics, and their export (CSV, XLSX; PDF through ``ui``).

Everything aggregates in SQL over ``evaluations`` and the derived
``evaluation_item_scores`` / ``evaluation_section_scores`` tables.  Entry point:
``col.reports`` (:class:`qaclient.reports.service.Reports`).
"""
