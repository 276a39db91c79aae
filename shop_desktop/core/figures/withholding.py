"""What a funder report prints: every figure it ties together for the suppressor, the withheld marks,
and the tables as printed. The rule itself is written out in core/figures/suppression.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from shop_desktop.core.figures.periods import Period
from shop_desktop.core.figures.report_tables import ReportFigures, Table

if TYPE_CHECKING:
    from shop_desktop.core.figures.suppression import Sheet

# --- suppression ----------------------------------------------------------------------------
# The rule is written out in core/figures/suppression.py; here is what this report ties together.

WITHHELD = "x"
AT_LEAST = "≥"
Cell = tuple[int, int]
DisplayRow = tuple[str, list[str]]

# Figures printed in two places that a reader knows are the same number: (table, row, column),
# row -1 being the total row. Each group is tied together, so a figure withheld in one place
# is withheld wherever it is printed.
SAME_FIGURES: tuple[tuple[tuple[str, int, int], ...], ...] = (
    (("clients", -1, 0), ("gender", -1, 0), ("age", -1, 0), ("indigenous", -1, 0), ("trend", -1, 1)),
    (("visits", -1, 0), ("trend", -1, 0)),
    (("referrals", -1, 0), ("referral_outcomes", -1, 0)),
    (("overdose_outcomes", -1, 0), ("overdose_where", -1, 0)),
    (("naloxone_kits", 1, 0), ("naloxone_replacements", -1, 0)),
)


def small_mark(threshold: int) -> str:
    return f"<{threshold}"


def cell_name(table: Table, row: int, column: int) -> str:
    """The name of a figure in the release register: section, row label and column."""
    label = table.rows[row][0] if row < len(table.rows) else table.total_label
    return f"{table.key}|{label}|{table.columns[column]}"


def add_report(sheet: Sheet, figures: ReportFigures, *, hideable: bool, prefix: str = "") -> dict[str, int]:
    """Put every printed figure of the report on the sheet, with every sum a reader can do;
    returns the sheet's index of each figure by its register name."""
    cells: dict[str, int] = {}
    where: dict[tuple[str, int, int], int] = {}
    for table in figures.tables:
        grid = table_grid(table)
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                total = table.total_row and r == len(table.rows)
                index = sheet.add(prefix + cell_name(table, r, c), value, total=total, hideable=hideable)
                cells[cell_name(table, r, c)] = where[(table.key, r, c)] = index
        for c in table.summed_columns() if table.total_row else []:
            sheet.tie(
                where[(table.key, len(table.rows), c)], [where[(table.key, r, c)] for r in range(len(table.rows))]
            )
    for group in SAME_FIGURES:
        found = [_place(figures, where, spot) for spot in group]
        present = [index for index in found if index is not None]
        for other in present[1:]:
            sheet.same(present[0], other)
    from shop_desktop.core.figures.stock_figures import handed_out_sums

    for total_spot, parts in handed_out_sums(figures):  # a sum across tables (stock_figures.py)
        sheet.tie(where[total_spot], [where[part] for part in parts])
    for larger, smaller in _no_less_than(figures):
        if larger in where and smaller in where:
            sheet.at_least(where[larger], where[smaller])
    return cells


def _no_less_than(figures: ReportFigures) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """(larger, smaller) pairs a reader knows without being told: every client served made a named
    visit; a month's clients are no more than its visits or the period's clients; an alert kind is
    no more than the alerts taken; a Safe Suite stay has a night, and a person a stay."""
    pairs = [
        (("visits", 0, 0), ("clients", 2, 0)),
        (("suite", 0, 0), ("suite", 1, 0)),
        (("suite", 1, 0), ("suite", 2, 0)),
    ]
    for table in figures.tables:
        if table.key == "trend":
            whole = len(table.rows)
            pairs += [((table.key, r, 0), (table.key, r, 1)) for r in range(len(table.rows))]
            pairs += [((table.key, whole, 1), (table.key, r, 1)) for r in range(len(table.rows))]
        if table.key == "alerts":
            pairs += [((table.key, len(table.rows), 0), (table.key, r, 0)) for r in range(len(table.rows))]
    return pairs


def _place(figures: ReportFigures, where: dict[tuple[str, int, int], int], spot: tuple[str, int, int]) -> int | None:
    key, row, column = spot
    table = next((t for t in figures.tables if t.key == key and t.total_row), None)
    return None if table is None else where.get((key, len(table.rows) if row < 0 else row, column))


def withhold(
    figures: ReportFigures, threshold: int, earlier: Sequence[Any] = (), atoms: Any = None, *, months: bool = False
) -> None:
    """Decide every withheld figure of the report (figures.hidden), across the whole report and, with
    `months`, on the month grid (core/figures/month_grid.py: `atoms` counts a month, `earlier` holds the
    released reports that overlap)."""
    from shop_desktop.core.figures import month_grid, suppression

    sheet = suppression.Sheet(threshold)
    cells = add_report(sheet, figures, hideable=True)
    suppression.primary(sheet)
    floors = month_grid.hold_to_months(sheet, cells, figures, earlier, atoms) if months else {}
    suppression.protect(sheet)
    _mark_withheld(figures, sheet, cells)
    figures.floors = {
        table.key: {
            (r, c): floors[cell_name(table, r, c)]
            for r, c in figures.hidden[table.key]
            if cell_name(table, r, c) in floors
        }
        for table in figures.tables
    }
    figures.threshold = threshold


def _mark_withheld(figures: ReportFigures, sheet: Sheet, cells: dict[str, int]) -> None:
    figures.hidden = {table.key: set() for table in figures.tables}
    figures.blurred = {table.key: set() for table in figures.tables}
    for table in figures.tables:
        for r, row in enumerate(table_grid(table)):
            for c in range(len(row)):
                index = cells[cell_name(table, r, c)]
                if index in sheet.hidden:
                    figures.hidden[table.key].add((r, c))
                if index in sheet.blurred:
                    figures.blurred[table.key].add((r, c))


def printed_cells(figures: ReportFigures) -> dict[str, tuple[int, str]]:
    """Every figure by register name: (value counted, mark printed instead of it, "" when printed)."""
    return {
        cell_name(table, r, c): (value, shown if not shown.isdigit() else "")
        for table in figures.tables
        for r, (row, (_, printed)) in enumerate(zip(table_grid(table), shown_table(figures, table), strict=True))
        for c, (value, shown) in enumerate(zip(row, printed, strict=True))
    }


def withheld_totals(figures: ReportFigures) -> list[str]:
    """The totals the report had to print as "x", in words, for its notes page."""
    found = []
    for table in figures.tables:
        if not table.total_row:
            continue
        for c, shown in enumerate(shown_table(figures, table)[-1][1]):
            if shown == WITHHELD:
                column = f" ({table.columns[c]})" if len(table.columns) > 1 else ""
                found.append(f"{table.title}: {table.total_label}{column}")
    return found


def suppress_table(
    table: Table,
    threshold: int,
    hidden: set[Cell] | None = None,
    blurred: set[Cell] | None = None,
    floors: dict[Cell, int] | None = None,
) -> list[DisplayRow]:
    """The rows as printed, the total row last when the table has one. `hidden` and `blurred` come
    from the whole report (figures.hidden, figures.blurred); without them the table is protected on its own."""
    grid = table_grid(table)
    if hidden is None:
        alone = ReportFigures(Period(date.min, date.min, ""), [table])
        withhold(alone, threshold)
        hidden, blurred = alone.hidden[table.key], alone.blurred[table.key]
    blurred = blurred or set()
    labels = [label for label, _ in table.rows] + ([table.total_label] if table.total_row else [])
    return [
        (
            labels[r],
            [
                _shown(value, (r, c) in hidden, (r, c) in blurred, threshold, (floors or {}).get((r, c), 0))
                for c, value in enumerate(row)
            ],
        )
        for r, row in enumerate(grid)
    ]


def shown_table(figures: ReportFigures, table: Table) -> list[DisplayRow]:
    """A table of the report as printed, with the report's own withheld figures."""
    return suppress_table(
        table,
        figures.threshold,
        figures.hidden.get(table.key),
        figures.blurred.get(table.key),
        figures.floors.get(table.key),
    )


def _shown(value: int, hidden: bool, blurred: bool, threshold: int, floor: int = 0) -> str:
    """A figure as printed. `floor`: what the months that print a withheld figure add up to (month_grid.py),
    known from them anyway, so it is printed as "at least" that."""
    if not hidden:
        return str(value)
    if 0 < value < threshold and not blurred:
        return small_mark(threshold)
    return f"{AT_LEAST}{floor}" if floor > 0 else WITHHELD


def table_grid(table: Table) -> list[list[int]]:
    rows = [list(values) for _, values in table.rows]
    return rows + [table.column_totals()] if table.total_row else rows


def hidden_cells(table: Table, threshold: int) -> set[Cell]:
    """(row, column) of every withheld cell of one table protected on its own; row len(table.rows)
    is the total row."""
    figures = ReportFigures(Period(date.min, date.min, ""), [table])
    withhold(figures, threshold)
    return figures.hidden[table.key]
