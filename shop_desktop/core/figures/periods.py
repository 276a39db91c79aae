"""The period a funder report covers, and the standard choices a coordinator is offered."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from shop_desktop.core.errors import InvalidInput

# --- the period -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput("The report period ends before it starts. Check the two dates.")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), f"{calendar.month_name[month]} {year}")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """A calendar quarter: 1 is January to March."""
        if quarter not in (1, 2, 3, 4):
            raise InvalidInput("A quarter is 1, 2, 3 or 4.")
        first = 3 * quarter - 2
        start, end = cls.month(year, first).start, cls.month(year, first + 2).end
        return cls(start, end, f"Q{quarter} {year} ({calendar.month_name[first]} to {end:%B} {year})")

    @classmethod
    def fiscal_year(cls, start_year: int) -> Period:
        """April 1 to March 31, as most Canadian non-profits and their funders report."""
        label = f"Fiscal year {start_year}–{(start_year + 1) % 100:02d} (April {start_year} to March {start_year + 1})"
        return cls(date(start_year, 4, 1), date(start_year + 1, 3, 31), label)

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), f"Calendar year {year}")

    @classmethod
    def custom(cls, start: date, end: date, label: str = "") -> Period:
        return cls(start, end, label.strip() or f"{start.isoformat()} to {end.isoformat()}")

    @property
    def dates(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"

    @property
    def day_range(self) -> tuple[str, str]:
        """(first day, last day) as stored in visits.day, for BETWEEN."""
        return self.start.isoformat(), self.end.isoformat()

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        found, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found


PERIOD_KINDS = {
    "month": "A month",
    "quarter": "A quarter (calendar)",
    "fiscal": "A fiscal year (April to March)",
    "year": "A calendar year",
    "custom": "Custom dates",
}


def recent_periods(kind: str, today: date, count: int = 12) -> list[Period]:
    """The choices a coordinator is offered, newest first, starting with the one under way."""
    if kind == "month":
        months = [(today.year - (n + 12 - today.month) // 12, (today.month - 1 - n) % 12 + 1) for n in range(count)]
        return [Period.month(y, m) for y, m in months]
    if kind == "quarter":
        current = (today.month - 1) // 3
        return [Period.quarter(today.year - (n + 3 - current) // 4, (current - n) % 4 + 1) for n in range(count)]
    if kind == "fiscal":
        first = today.year if today.month >= 4 else today.year - 1
        return [Period.fiscal_year(first - n) for n in range(count)]
    if kind == "year":
        return [Period.calendar_year(today.year - n) for n in range(count)]
    raise InvalidInput("Choose a month, a quarter, a fiscal year or a calendar year.")
