"""Export report tables to CSV and XLSX (openpyxl).

Every report offers ``tables()``; CSV writes one file per table (``name.csv`` beside the
requested path when there are several, UTF-8 with BOM so Excel opens Chinese text
correctly), XLSX writes one sheet per table.  Numbers stay numbers (Decimal -> float with
two places in XLSX, exact text in CSV).  Text that a spreadsheet would run as a formula is
neutralised in both (:func:`safe_text`).

Text cells pass through a :class:`~qaclient.privacy.Masker` (default: mask): a caller number
typed into a reason or a note leaves the machine as ``138****5678`` unless the exporting
user may see it in full (``col.reports.export`` passes the user's masker).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from qaclient.privacy import MASKED, Masker
from qaclient.reports.common import Table

#: the first characters that make a spreadsheet read a text cell as a formula (or, for tab
#: and carriage return, let one hide behind them): OWASP's "CSV injection" list
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would take *text* for a formula."""
    return text.startswith(FORMULA_START)


def safe_text(value: Any) -> Any:
    """*value* with a leading apostrophe when it is text a spreadsheet would run as a
    formula (an agent named ``=HYPERLINK(…)`` in a CDR); anything else unchanged.

    The one place every CSV export neutralises text; numbers are not text and stay as
    they are (a negative score is not a formula).  XLSX keeps the text as it is and marks
    the cell as text with Excel's own quote prefix (:func:`write_xlsx`)."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def _cell(v: Any) -> Any:
    if isinstance(v, str):
        return safe_text(v)
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, datetime | date):
        return v.isoformat()
    if v is None:
        return ""
    return v


def write_csv(tables: Sequence[Table], path: str | Path, masker: Masker = MASKED) -> list[Path]:
    """Write *tables* as CSV: *path* itself for one table, ``<stem>-<name>.csv`` for several."""
    path = Path(path)
    out: list[Path] = []
    for t in tables:
        target = (
            path
            if len(tables) == 1
            else path.with_name(f"{path.stem}-{t.name}{path.suffix or '.csv'}")
        )
        with target.open("w", newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(fh)
            w.writerow(list(t.columns))
            for row in masker.cells(t.rows):
                w.writerow([_cell(v) for v in row])
        out.append(target)
    return out


def write_csv_single(tables: Sequence[Table], path: str | Path, masker: Masker = MASKED) -> Path:
    """All tables in one CSV file, each headed by a ``# name`` line and separated by a blank
    line (for ``report --format csv -o F``, which promises exactly one file)."""
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        for i, t in enumerate(tables):
            if i:
                w.writerow([])
            w.writerow([f"# {t.name}"])
            w.writerow(list(t.columns))
            for row in masker.cells(t.rows):
                w.writerow([_cell(v) for v in row])
    return path


def write_xlsx(tables: Sequence[Table], path: str | Path, masker: Masker = MASKED) -> Path:
    """One sheet per table, bold frozen header row, columns sized to their content."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(title=t.name[:31])
        ws.append(list(t.columns))
        for c in ws[1]:
            c.font = Font(bold=True)
        ws.freeze_panes = "A2"
        rows = masker.cells(t.rows)
        for row in rows:
            ws.append([float(v) if isinstance(v, Decimal) else v for v in row])
            for cell, v in zip(ws[ws.max_row], row, strict=False):
                if isinstance(v, str) and is_formula_like(v):
                    # openpyxl stores a str starting with "=" as a formula: keep it text
                    cell.value = v
                    cell.data_type = "s"
                    cell.quotePrefix = True
        for i, col in enumerate(t.columns, start=1):
            width = max([len(str(col))] + [len(str(_cell(r[i - 1]))) for r in rows[:200]])
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, max(8, width + 2))
    if not tables:
        wb.create_sheet("empty")
    path = Path(path)
    wb.save(path)
    return path
