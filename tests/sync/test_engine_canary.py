"""Canary: APSW (SQLite3 Multiple Ciphers) opens a real vault file with its raw key, and a changeset
APSW makes is read back by the app's own sqlcipher3 connection. If a new wheel breaks either, sync
cannot work, and this says so before anything subtler fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import apsw
import pytest

from shop_desktop.core.desk import clients
from shop_desktop.core.store import db
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync.changes import open_apsw
from tests.conftest import COORDINATOR_PASS
from tests.factories import make_client


def test_apsw_opens_the_vault_file_with_its_raw_key(vault: Vault) -> None:
    make_client(vault, "Marisol")
    key, path = vault.data_key, vault.folder / DB_NAME
    conn = open_apsw(path, key)
    aliases = [row[0] for row in conn.execute("SELECT alias FROM clients")]
    conn.close()
    assert aliases == ["Marisol"]
    with pytest.raises(apsw.Error):
        open_apsw(path, bytes(32))  # the wrong key opens nothing


def test_a_changeset_made_by_apsw_is_read_back_by_sqlcipher3(vault: Vault, tmp_path: Path) -> None:
    client_id = make_client(vault, "Marisol").id
    key, folder = vault.data_key, vault.folder
    vault.lock()
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)

    author = open_apsw(folder / DB_NAME, key)
    session = apsw.Session(author, "main")
    session.attach("clients")
    author.execute("UPDATE clients SET alias = 'Mari' WHERE alias = 'Marisol'")
    changeset = session.changeset()
    session.close()
    author.close()
    assert changeset  # one update recorded

    receiver = open_apsw(copy / DB_NAME, key)
    apsw.Changeset.apply(changeset, receiver)
    receiver.close()

    raw = db.connect(copy / DB_NAME, key)
    assert [r[0] for r in raw.execute("SELECT alias FROM clients")] == ["Mari"]
    raw.close()
    reopened = Vault.open(copy, "coordinator", COORDINATOR_PASS)
    try:
        assert clients.get_client(reopened, client_id).details.alias == "Mari"
    finally:
        reopened.lock()
