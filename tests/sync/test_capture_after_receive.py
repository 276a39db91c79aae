"""After a bundle is applied, the receiver's next capture is exactly its own changes (#25).

Base takes what the vault took of the bundle, so the received rows are never sent back; the rows
the merge itself changed here (a code renamed in a clash) and the edits made since are. The tables
the bundle touched are diffed over the rows it touched, not whole: bench/notes.md, Issue 25.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import apsw
import pytest

from shop_desktop.core.desk import clients
from shop_desktop.core.sync import changes, merge
from tests.factories import make_client, make_visit
from tests.sync.test_engine_changes import Device, devices, exchange, send


def _whole_diff(sync: changes.SyncConnection, table: str) -> set[tuple[object, ...]]:
    """A plain Session.diff of the whole table against base (a cross-check, not the code's path)."""
    session = apsw.Session(sync.main, "main")
    session.attach(table)
    session.diff("base", table)
    found = b"" if session.is_empty else session.changeset()
    session.close()
    return {(table, c.opcode, c.old, c.new) for c in apsw.Changeset.iter(found)} if found else set()


def _content(changeset: bytes) -> set[tuple[object, ...]]:
    return {(str(c.name), c.opcode, c.old, c.new) for c in apsw.Changeset.iter(changeset)} if changeset else set()


def _rows_changed(changeset: bytes) -> set[tuple[str, int, object]]:
    """(table, operation, first key column) of every change."""
    found = set()
    for c in apsw.Changeset.iter(changeset):
        values = c.new if c.opcode == apsw.SQLITE_INSERT else c.old
        found.add((str(c.name), c.opcode, values[min(c.pk_columns)]))
    return found


def _one_visit(device: Device, client_id: int, n: int = 1) -> list[int]:
    vault = device.open()
    try:
        client = clients.get_client(vault, client_id)
        first = datetime.now().replace(microsecond=0) - timedelta(days=1)
        return [make_visit(vault, client, "Meal", at=first + timedelta(hours=h)) for h in range(n)]
    finally:
        vault.lock()


def test_the_capture_after_a_receive_holds_only_what_this_device_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre, office = kit["centre"], kit["office"]
    vault = centre.open()
    shared = make_client(vault, "Marisol").id
    vault.lock()
    exchange(centre, office)
    monkeypatch.setattr(clients, "new_code", lambda vault: "KTP47")
    vault = centre.open()
    ana = make_client(vault, "Ana").id
    vault.lock()
    arriving = _one_visit(centre, shared, 5)
    vault = office.open()
    bea = make_client(vault, "Bea").id  # the same code, made at once: the office's is renamed KTP47-1
    vault.lock()
    send(office, centre)  # the office's bundle is out and settled: its tables equal base again
    from_centre = send(centre, office)["office"]
    assert {v for t, _, v in _rows_changed(from_centre) if t == "visits"} == set(arriving)
    assert len(set(arriving)) == 5

    sync = changes.open_sync(office.folder, office.key)
    try:
        merge.apply_changeset(sync, from_centre, centre.number, profile_key="office")
        assert {"visits", "visit_services", "clients"} <= set(sync.pending)  # diffed over the keys it touched
        # an edit here after the receive, to a row that just arrived (on this connection: the app's
        # own is set aside while sync works, exchange.set_aside): its table is diffed whole again
        sync.main.execute("UPDATE visits SET gender = 'Woman' WHERE id = ?", (arriving[0],))
        captured = changes.capture(sync, "office")

        expected = {
            ("clients", apsw.SQLITE_UPDATE, bea),  # the rename of the office's own row, by the clash rule
            ("visits", apsw.SQLITE_UPDATE, arriving[0]),  # the edit made here since
        }
        assert _rows_changed(captured) == expected  # none of the received rows goes back
        assert ana not in {v for t, _, v in _rows_changed(captured) if t == "clients"}
        every = ("clients", "consents", "visits", "visit_services")
        assert _content(captured) == set().union(*(_whole_diff(sync, t) for t in every))
        renamed = [c.new for c in apsw.Changeset.iter(captured) if c.name == "clients" and c.old[0] == bea]
        assert "KTP47-1" in renamed[0]

        changes.settle(sync, captured)
        assert changes.capture(sync, "office") == b""
        assert all(not _whole_diff(sync, t) for t in every)
        assert sync.pending == {}
    finally:
        sync.close()


@pytest.mark.parametrize("limit", [changes.KEYED_LIMIT, 0])
def test_a_receive_then_nothing_here_captures_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """Over the received rows, or (a bundle too big for that) the whole tables: nothing to send."""
    monkeypatch.setattr(changes, "KEYED_LIMIT", limit)
    kit = devices(tmp_path, ("office", 1, "office"))
    centre, office = kit["centre"], kit["office"]
    vault = centre.open()
    client = make_client(vault, "Marisol").id
    vault.lock()
    _one_visit(centre, client, 20)
    from_centre = send(centre, office)["office"]
    sync = changes.open_sync(office.folder, office.key)
    try:
        merge.apply_changeset(sync, from_centre, centre.number, profile_key="office")
        assert ("visits" in sync.pending) is (limit > 0)
        assert changes.capture(sync, "office") == b""
        assert changes.moved_tables(sync) == []  # found equal over the received rows, and marked so
    finally:
        sync.close()
