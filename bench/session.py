"""An hour at a busy drop-in, compressed: the same actions through the real screens, back to back.

A coordinator's hour at the front desk and in the back office: check-ins found by alias,
registry look-ups, client histories (the heaviest one too), aggressor-alert look-ups, note
searches, the referral list, a fiscal-year report preview and a backup.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Any

from bench.gui_steps import paint, run_until
from bench.vaults import SEED, busiest_fiscal_year

CHECK_INS = 20
HISTORIES = 12
LOOKUPS = 10
NOTE_SEARCHES = ("housing", "safety", "xylophone")


def an_hour_of_work(window: Any, folder: Path) -> str:
    rng = random.Random(SEED)
    vault = window.bench_vault
    regulars = [
        (int(r[0]), str(r[1]))
        for r in vault.conn.execute(
            "SELECT c.id, c.alias FROM clients c JOIN visits v ON v.client_id = c.id WHERE c.status = 'active'"
            " GROUP BY c.id ORDER BY count(*) DESC LIMIT 200"
        )
    ]
    _check_ins(window, rng, regulars)
    _registry(window, rng, regulars)
    _histories(window, [cid for cid, _ in regulars[:HISTORIES]])
    _alerts(window)
    _note_searches(window)
    window.show_section("referrals")
    paint(window)
    _report(window)
    _backup(window, folder)
    return (
        f"{CHECK_INS} check-ins, {LOOKUPS} look-ups, {HISTORIES} histories, {len(NOTE_SEARCHES)} note searches,"
        " referrals, a report preview and a backup"
    )


def _check_ins(window: Any, rng: random.Random, regulars: list[tuple[int, str]]) -> None:
    screen = window.show_section("checkin")
    for _, alias in rng.sample(regulars, CHECK_INS):
        screen.search.setText(alias[:3])
        paint(window)
        screen.pick_current()
        screen.save()
        paint(window)


def _registry(window: Any, rng: random.Random, regulars: list[tuple[int, str]]) -> None:
    screen = window.show_section("clients")
    for _, alias in rng.sample(regulars, LOOKUPS):
        screen.search.setText(alias[:4])
        paint(window)


def _histories(window: Any, client_ids: list[int]) -> None:
    screen = window.show_section("history")
    for client_id in client_ids:
        screen.show_client(client_id)
        paint(window)


def _alerts(window: Any) -> None:
    screen = window.show_section("alerts")
    for typed in ("25", "250", "250 5", "silver", "blue to", "ABC"):
        screen.search.setText(typed)
        paint(window)


def _note_searches(window: Any) -> None:
    screen = window.show_section("notes")
    for words in NOTE_SEARCHES:
        screen.query.setText(words)
        run_until(lambda: screen.job is None, screen.run_search)
        paint(window)


def _report(window: Any) -> None:
    screen = window.show_section("reports")
    label = busiest_fiscal_year(window.bench_vault).label
    for index in range(screen.period.count()):
        if screen.period.itemText(index) == label:
            screen.period.setCurrentIndex(index)
    run_until(lambda: screen.job is None and screen.document is not None, screen.make.click)
    paint(window)


def _backup(window: Any, folder: Path) -> None:
    screen = window.show_section("backup")
    with tempfile.TemporaryDirectory(dir=folder) as out:
        screen.folder = Path(out)
        run_until(lambda: screen.job is None and any(Path(out).glob("*.shopbackup")), screen.start_backup)
        paint(window)
