"""A newly joined device's first bundle holds only what was done on it since it joined (#25).

Before, the replica's base started empty (the copied change counters said "has synced"), so the
laptop's first bundle carried its whole replica back, every row a conflict on the centre.
"""

from __future__ import annotations

from pathlib import Path

import apsw

from shop_desktop.core.desk import clients
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import changes, merge
from tests.sync.three import make_three


def _capture(vault: Vault, profile_key: str) -> bytes:
    folder, key = vault.folder, vault.data_key
    vault.lock()
    sync = changes.open_sync(folder, key)
    try:
        return changes.capture(sync, profile_key)
    finally:
        sync.close()


def test_the_laptops_first_bundle_holds_only_the_alias_changed_on_it(tmp_path: Path) -> None:
    three = make_three(tmp_path)
    try:
        (client_id,) = three.laptop.conn.execute("SELECT id FROM clients").fetchone()
        clients.update_client(three.laptop, client_id, clients.ClientDetails(alias="Zoë On The Street"))
        changeset = _capture(three.laptop, "outreach")

        rows = [(c.name, c.opcode) for c in apsw.Changeset.iter(changeset)]
        assert rows == [("clients", apsw.SQLITE_UPDATE)]

        folder, key = three.centre.folder, three.centre.data_key
        three.centre.lock()
        sync = changes.open_sync(folder, key)
        try:
            result = merge.apply_changeset(sync, changeset, 2, profile_key="centre")
            alias = sync.main.execute("SELECT alias FROM clients WHERE id = ?", (client_id,)).fetchone()[0]
        finally:
            sync.close()
        assert (result.changes, result.listed, result.renamed) == (1, 0, [])
        assert alias == "Zoë On The Street"
    finally:
        three.close()


def test_the_offices_first_bundle_after_joining_with_nothing_done_is_empty(tmp_path: Path) -> None:
    three = make_three(tmp_path)
    try:
        assert _capture(three.office, "centre") == b""
    finally:
        three.close()
