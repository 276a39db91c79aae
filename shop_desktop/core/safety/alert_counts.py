"""Aggressor alerts counted for funder reports: numbers by kind of harm, never an alert's words."""

from __future__ import annotations

from typing import Any

from shop_desktop.core.safety.alert_model import ARCHIVED, CATEGORIES


def count_by_category(conn: Any, start: str, end: str) -> tuple[dict[str, int], int]:
    """Counts only, for funder reports: ({category: alerts}, all alerts) reported from start to end
    (both days included), archived ones (entered by mistake) left out. Takes a connection so a
    report worker can count on its own."""
    counts = dict.fromkeys(CATEGORIES, 0)
    total = 0
    for (kinds,) in conn.execute(
        "SELECT categories FROM alerts WHERE reported_on BETWEEN ? AND ? AND status != ?", (start, end, ARCHIVED)
    ):
        total += 1
        for kind in str(kinds).split(","):
            if kind in counts:
                counts[kind] += 1
    return counts, total
