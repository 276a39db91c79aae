"""An independent disclosure audit: what can a reader pin down from printed figures alone?

It reads only what a funder sees (each table as printed: "<5", "x" or a number) and the sums a
reader knows from the labels, written out here again without the app's own list of them, and
asks a linear-programming solver (scipy, a test-only dependency) for the least and greatest
value each withheld figure can take. A figure whose least and greatest are equal can be worked
out: that is a disclosure. The LP relaxation is generous to the reader (it allows fractions), so
"min < max" here is a real guarantee that two different values fit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from scipy.optimize import linprog
from scipy.sparse import coo_matrix

# Tables whose rows add up to the printed total, column by column, as a reader sees from the labels.
SUMMED_TABLES = {
    "clients",
    "visits",
    "services",
    "supplies",
    "programs",
    "counselling",
    "gender",
    "age",
    "indigenous",
    "referrals",
    "referral_outcomes",
    "outreach",
    "outreach_supplies",
}
# Figures printed twice: the clients served in four tables, the visits twice, the referrals twice.
SAME = (
    [("clients", 0), ("gender", 0), ("age", 0), ("indigenous", 0), ("trend", 1)],
    [("visits", 0), ("trend", 0)],
    [("referrals", 0), ("referral_outcomes", 0)],
)
# Figures that add up over the days of a period (for subtracting one report from another).
ADDS_UP_OVER_DAYS = {
    "visits",
    "services",
    "supplies",
    "programs",
    "counselling",
    "referrals",
    "outreach",
    "outreach_supplies",
    "outreach_contacts",
    "alerts",
}
BIG = 10**7


@dataclass
class Reader:
    """The linear system a reader can write: one variable per printed cell of every report read."""

    threshold: int
    bounds: list[tuple[float, float]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    withheld: list[int] = field(default_factory=list)
    equal: list[dict[int, float]] = field(default_factory=list)
    at_most: list[dict[int, float]] = field(default_factory=list)  # sum(coef * x) <= 0

    def cell(self, name: str, printed: str) -> int:
        self.names.append(name)
        if printed.isdigit():
            self.bounds.append((int(printed), int(printed)))
        else:
            self.withheld.append(len(self.names) - 1)
            # "<5" is 1 to 4; "x" is any count (the notes page says so)
            small = printed.startswith("<")
            self.bounds.append((1, self.threshold - 1) if small else (0, BIG))
        return len(self.names) - 1

    def sum_is(self, total: int, parts: Iterable[int]) -> None:
        row = {total: 1.0}
        for part in parts:
            row[part] = row.get(part, 0.0) - 1.0
        self.equal.append(row)

    def no_more_than(self, smaller: int, larger: int) -> None:
        self.at_most.append({smaller: 1.0, larger: -1.0})

    def _reduced(self) -> tuple[list[int], list[tuple[dict[int, float], float, bool]]]:
        """The system in the figures not known exactly (printed ones become numbers on the right):
        those figures, and rows (coefficients by position among them, right side, equality?)."""
        free = [i for i in range(len(self.names)) if self.bounds[i][0] < self.bounds[i][1]]
        column = {cell: k for k, cell in enumerate(free)}
        rows = []
        for system, equality in ((self.equal, True), (self.at_most, False)):
            for row in system:
                line: dict[int, float] = {}
                rest = 0.0
                for cell, coefficient in row.items():
                    if cell in column:
                        line[column[cell]] = line.get(column[cell], 0.0) + coefficient
                    else:
                        rest += coefficient * self.bounds[cell][0]  # printed, or withheld with one value
                if any(line.values()):
                    rows.append((line, -rest, equality))
        return free, rows

    def pinned(self) -> list[tuple[str, float]]:
        """Every withheld figure a reader can work out exactly, with its value.

        Each figure's minimum and maximum is its own linear program over the figures tied to it; all
        of them are stacked side by side into one program (independent blocks), solved at once."""
        free, rows = self._reduced()
        position = {cell: k for k, cell in enumerate(free)}
        free_set, asked = set(free), {position[i] for i in self.withheld if i in position}
        out = [(self.names[i], self.bounds[i][0]) for i in self.withheld if i not in free_set]
        blocks = []  # (variables of the block, its rows, the figure, +1 for min or -1 for max)
        for variables, own_rows in _components(len(free), rows):
            for k in (v for v in variables if v in asked):
                blocks += [(variables, own_rows, k, 1.0), (variables, own_rows, k, -1.0)]
        if not blocks:
            return out
        goal: list[float] = []
        bounds: list[tuple[float, float]] = []
        eq: dict[str, list[float]] = {"row": [], "col": [], "val": [], "rhs": []}
        ub: dict[str, list[float]] = {"row": [], "col": [], "val": [], "rhs": []}
        offset = 0
        for variables, own_rows, k, sign in blocks:
            place = {v: offset + n for n, v in enumerate(variables)}
            goal += [sign if v == k else 0.0 for v in variables]
            bounds += [self.bounds[free[v]] for v in variables]
            for line, right, equality in own_rows:
                target = eq if equality else ub
                for v, coefficient in line.items():
                    target["row"].append(len(target["rhs"]))
                    target["col"].append(place[v])
                    target["val"].append(coefficient)
                target["rhs"].append(right)
            offset += len(variables)
        result = linprog(
            goal,
            A_eq=_matrix(eq, offset),
            b_eq=eq["rhs"] or None,
            A_ub=_matrix(ub, offset),
            b_ub=ub["rhs"] or None,
            bounds=bounds,
            method="highs",
        )
        assert result.status == 0, f"the printed figures have no solution: {result.message}"
        offset, found = 0, {}
        for variables, _, k, _sign in blocks:
            found.setdefault(k, []).append(result.x[offset + variables.index(k)])
            offset += len(variables)
        for k, (least, most) in found.items():
            if most - least < 0.5:  # whole numbers: a range narrower than 1 leaves at most one
                out.append((self.names[free[k]], float(least)))
        return out


def _matrix(parts: dict[str, list[float]], width: int) -> Any:
    if not parts["rhs"]:
        return None
    return coo_matrix((parts["val"], (parts["row"], parts["col"])), shape=(len(parts["rhs"]), width)).tocsr()


def _components(size: int, rows: list[tuple[dict[int, float], float, bool]]) -> list[tuple[list[int], list]]:
    """Figures tied by rows, in groups that share no row; each with its rows."""
    parent = list(range(size))

    def root(v: int) -> int:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for line, _, _ in rows:
        first, *rest = list(line)
        for other in rest:
            parent[root(other)] = root(first)
    groups: dict[int, tuple[list[int], list]] = {}
    for v in range(size):
        groups.setdefault(root(v), ([], []))[0].append(v)
    for row in rows:
        groups[root(next(iter(row[0])))][1].append(row)
    return list(groups.values())


def read_report(reader: Reader, tag: str, printed: dict[str, list[tuple[str, list[str]]]]) -> dict:
    """Add one report as printed ({table key: rows as printed, total row last}) with its own sums;
    returns {(table key, row label, column index): variable}."""
    where: dict[tuple[str, str, int], int] = {}
    for key, rows in printed.items():
        for label, values in rows:
            for column, value in enumerate(values):
                where[(key, label, column)] = reader.cell(f"{tag} {key}|{label}|{column}", value)
    for key, rows in printed.items():
        columns = range(len(rows[0][1])) if rows else range(0)
        if key in SUMMED_TABLES and _has_total(key, rows):
            for column in columns:
                reader.sum_is(where[(key, rows[-1][0], column)], [where[(key, r[0], column)] for r in rows[:-1]])
        if key == "trend" and rows:
            months = rows[:-1]
            reader.sum_is(where[(key, rows[-1][0], 0)], [where[(key, r[0], 0)] for r in months])
            for label, _ in months:  # a month's unique clients: no more than its visits or the period's
                reader.no_more_than(where[(key, label, 1)], where[(key, label, 0)])
                reader.no_more_than(where[(key, label, 1)], where[(key, rows[-1][0], 1)])
            if len(months) == 1:
                reader.sum_is(where[(key, rows[-1][0], 1)], [where[(key, months[0][0], 1)]])
        if key == "alerts" and rows:  # one alert can have several kinds: each kind is at most the total
            for label, _ in rows[:-1]:
                reader.no_more_than(where[(key, label, 0)], where[(key, rows[-1][0], 0)])
    if printed.get("suite"):  # a stay has at least one night; a person at least one stay
        reader.no_more_than(where[("suite", "Stays", 0)], where[("suite", "Nights used", 0)])
        reader.no_more_than(where[("suite", "Unique people", 0)], where[("suite", "Stays", 0)])
    if printed.get("visits") and printed.get("clients"):  # each client served made at least one named visit
        reader.no_more_than(where[("clients", printed["clients"][-1][0], 0)], where[("visits", "By named clients", 0)])
    for group in SAME:
        spots = [(key, printed[key][-1][0], column) for key, column in group if printed.get(key)]
        for other in spots[1:]:
            reader.sum_is(where[spots[0]], [where[other]])
    return where


def _has_total(key: str, rows: list[tuple[str, list[str]]]) -> bool:
    return bool(rows) and rows[-1][0] in {
        "Unique clients served",
        "All visits",
        "All service uses",
        "All supplies",
        "All programs",
        "All sessions",
        "All referrals",
        "All outreach",
    }


def adds_up_over_days(key: str, label: str, column: int) -> bool:
    return key in ADDS_UP_OVER_DAYS or (key == "trend" and column == 0) or (key == "suite" and label == "Nights used")


def read_releases(reader: Reader, reports: list[tuple[Any, Any, dict[str, list[tuple[str, list[str]]]]]]) -> None:
    """Several released reports read together: (first day, last day, tables as printed) each. A figure
    that adds up over days is the sum of its pieces (the time cut at every start and end; a piece no
    report covers alone is an unknown count of at least 0); a count of people over a period inside
    another is no more than over the longer one (returning clients aside, and age bands: a birthday
    between the two last days moves a person to the next band)."""
    from datetime import timedelta

    spots = [read_report(reader, f"{first}..{last}", printed) for first, last, printed in reports]
    cuts = sorted({r[0] for r in reports} | {r[1] + timedelta(days=1) for r in reports})
    pieces = [(a, b - timedelta(days=1)) for a, b in zip(cuts, cuts[1:], strict=False)]
    pieces = [(a, b) for a, b in pieces if any(r[0] <= a and b <= r[1] for r in reports)]
    unknown: dict[tuple[Any, tuple[str, str, int]], int] = {}

    def piece_value(piece: tuple[Any, Any], spot: tuple[str, str, int]) -> int:
        same = next(
            (where for (first, last, _), where in zip(reports, spots, strict=True) if (first, last) == piece), None
        )
        if same is not None and spot in same:
            return same[spot]
        if (piece, spot) not in unknown:
            reader.names.append(f"piece {piece} {spot}")
            reader.bounds.append((0, BIG))
            unknown[(piece, spot)] = len(reader.names) - 1
        return unknown[(piece, spot)]

    for (first, last, _), where in zip(reports, spots, strict=True):
        inside = [p for p in pieces if first <= p[0] and p[1] <= last]
        for spot, index in where.items():
            key, label, column = spot
            if len(inside) > 1 and (adds_up_over_days(key, label, column) or label.startswith("New clients")):
                reader.sum_is(index, [piece_value(p, spot) for p in inside])
    for (first, last, _), inner in zip(reports, spots, strict=True):
        for (start, end, _), outer in zip(reports, spots, strict=True):
            if outer is inner or not (start <= first and last <= end) or (start, end) == (first, last):
                continue
            for spot, index in inner.items():
                moves = spot[1] == "Returning clients" or spot[0] == "age"
                if spot in outer and not moves and not adds_up_over_days(*spot):
                    reader.no_more_than(index, outer[spot])
