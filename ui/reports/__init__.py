"""Supervisor / manager reports: KPI report view, charts, scorecards, inspector statistics,
and their PDF rendering (Qt's own PDF writer)."""
