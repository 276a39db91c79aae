"""Bundling costs the day's rows, not the tables they touch (#25): a table that only grew since it
was settled is diffed over its new rows alone, and a settled bundle is not diffed a second time."""

from __future__ import annotations

from pathlib import Path

import apsw

from shop_desktop.core.sync import changes
from tests.factories import make_client, make_visit
from tests.sync.test_engine_changes import devices


def _whole_table_diff(sync: changes.SyncConnection, table: str) -> set[tuple[object, ...]]:
    """What a plain Session.diff of the whole table says (the expectation, not the code under test)."""
    session = apsw.Session(sync.main, "main")
    session.attach(table)
    session.diff("base", table)
    found = b"" if session.is_empty else session.changeset()
    session.close()
    return {(c.opcode, c.new) for c in apsw.Changeset.iter(found)} if found else set()


def test_visits_made_after_a_settle_are_captured_as_exactly_their_inserts(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"].open()
    client = make_client(centre, "Marisol")
    for _ in range(3):
        make_visit(centre, client, "Meal")
    centre.lock()
    sync = changes.open_sync(kit["centre"].folder, kit["centre"].key)
    try:
        changes.settle(sync, changes.capture(sync, "centre"))
        assert changes.moved_tables(sync) == []
        centre = kit["centre"].open()
        made = [make_visit(centre, make_client(centre, f"New {n}"), "Meal", "Shower") for n in range(4)]
        centre.lock()
        grown = ("clients", "consents", "visits", "visit_services")
        expected = {t: _whole_table_diff(sync, t) for t in grown}
        captured = changes.capture(sync, "centre")
        got: dict[str, set[tuple[object, ...]]] = {t: set() for t in grown}
        for change in apsw.Changeset.iter(captured):
            got.setdefault(str(change.name), set()).add((change.opcode, change.new))
        assert got == expected and len(made) == len(set(made)) == 4
        assert {row[1][0] for row in got["visits"]} == set(made)
        assert len(got["visit_services"]) == 8 and {op for op, _ in got["visit_services"]} == {apsw.SQLITE_INSERT}
        changes.settle(sync, captured)
        assert changes.moved_tables(sync) == []  # settled without a second diff, and truly equal:
        assert all(not _whole_table_diff(sync, t) for t in ("visits", "visit_services", "clients"))
    finally:
        sync.close()


def test_an_edit_after_a_settle_is_still_found_by_the_whole_diff(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"].open()
    client = make_client(centre, "Marisol")
    visit = make_visit(centre, client, "Meal")
    centre.lock()
    sync = changes.open_sync(kit["centre"].folder, kit["centre"].key)
    try:
        changes.settle(sync, changes.capture(sync, "centre"))
        sync.main.execute("UPDATE visits SET gender = 'Woman' WHERE id = ?", (visit,))  # not an insert
        captured = changes.capture(sync, "centre")
        found = [(c.name, c.opcode, c.old[0], "Woman" in c.new) for c in apsw.Changeset.iter(captured)]
        assert found == [("visits", apsw.SQLITE_UPDATE, visit, True)]
    finally:
        sync.close()
