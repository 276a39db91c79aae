"""The shapes of a funder report's figures: a table of counts, a month of the trend, the whole report."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field

from shop_desktop.core.figures.periods import Period

# --- tables ---------------------------------------------------------------------------------


@dataclass
class Table:
    """One section's counts. Each column is summed in the total row unless `totals` says otherwise
    (unique people over months are not a sum)."""

    key: str
    title: str
    columns: list[str]
    rows: list[tuple[str, list[int]]]
    total_row: bool = True
    total_label: str = "Total"
    totals: list[int] | None = None
    note: str = ""
    summed: tuple[int, ...] | None = None  # columns whose total is their sum; all unless `totals` is given

    def summed_columns(self) -> tuple[int, ...]:
        if self.summed is not None:
            return self.summed
        return () if self.totals is not None else tuple(range(len(self.columns)))

    def column_totals(self) -> list[int]:
        if self.totals is not None:
            return list(self.totals)
        return [sum(values[c] for _, values in self.rows) for c in range(len(self.columns))]


@dataclass(frozen=True)
class MonthFigures:
    year: int
    month: int
    visits: int
    unique_clients: int

    @property
    def label(self) -> str:
        return f"{calendar.month_abbr[self.month]} {self.year}"


@dataclass
class ReportFigures:
    period: Period
    tables: list[Table] = field(default_factory=list)
    trend: list[MonthFigures] = field(default_factory=list)
    hidden: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # table key -> withheld cells
    blurred: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # withheld small cells shown "x"
    threshold: int = 5
    held: list[str] = field(default_factory=list)  # in words: what the month grid withheld, and why
    floors: dict[str, dict[tuple[int, int], int]] = field(default_factory=dict)  # withheld, printed "≥N"

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)
