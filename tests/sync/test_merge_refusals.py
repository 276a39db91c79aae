"""A bundle can only carry rows of synced tables this device's profile holds: a changeset made by
hand (raw SQL on the author's file, a session attached to everything) that rewrites this device's
number, its meta, its audit trail or its review list changes none of them here."""

from __future__ import annotations

from pathlib import Path

import apsw

from shop_desktop.core.sync import changes
from tests.sync.test_engine_changes import devices, receive


def _forged(folder: Path, key: bytes) -> bytes:
    """Changes to the author's machinery tables, recorded by a session, then rolled back there."""
    conn = changes.open_apsw(folder / "shop.db", key)
    session = apsw.Session(conn, "main")
    session.attach()  # every table, machinery included
    conn.execute("BEGIN")
    conn.execute("UPDATE sync_device SET number = 7")
    conn.execute("UPDATE meta SET value = 'forged' WHERE key = 'vault_id'")
    conn.execute("INSERT INTO sync_review (at, kind, table_name, row_id, summary, author_device) VALUES"
                 " ('x', 'renamed', 'clients', '1', 'planted', 1)")  # fmt: skip
    conn.execute("INSERT INTO clients (id, code, alias, search_key, created_at, updated_at)"
                 " VALUES (1099511627999, 'ZZZ99', 'Carried', 'carried zzz99', 'x', 'x')")  # fmt: skip
    forged = session.changeset()
    conn.execute("ROLLBACK")
    session.close()
    conn.close()
    return forged


def test_a_changeset_touching_machinery_tables_writes_only_the_synced_rows(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre, office = kit["centre"], kit["office"]
    forged = _forged(office.folder, office.key)
    assert {c.name for c in apsw.Changeset.iter(forged)} == {"sync_device", "meta", "sync_review", "clients"}
    vault_id = centre.sql("SELECT value FROM meta WHERE key = 'vault_id'")

    receive(centre, forged, office)
    assert centre.sql("SELECT number FROM sync_device") == [(0,)]
    assert centre.sql("SELECT value FROM meta WHERE key = 'vault_id'") == vault_id
    assert centre.sql("SELECT count(*) FROM sync_review") == [(0,)]
    assert centre.sql("SELECT alias FROM clients") == [("Carried",)]  # the one synced row did land


def test_a_laptop_refuses_tables_outside_its_profile_even_when_a_bundle_carries_them(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("laptop", 2, "outreach"))
    centre, laptop = kit["centre"], kit["laptop"]
    conn = changes.open_apsw(centre.folder / "shop.db", centre.key)
    session = apsw.Session(conn, "main")
    session.attach("restriction_reasons")
    conn.execute("INSERT INTO restriction_reasons (label, sort_order) VALUES ('Carried anyway', 99)")
    carried = session.changeset()
    session.close()
    conn.close()
    receive(laptop, carried, centre)
    assert laptop.sql("SELECT count(*) FROM restriction_reasons") == [(0,)]
