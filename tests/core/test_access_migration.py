"""The access-request tables arrive in a vault made by the version before them, keeping its clients."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.records import access_request
from shop_desktop.core.store import migrations
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS
from tests.core.test_migrations import make_old_vault


def test_a_vault_from_before_access_requests_upgrades(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = migrations.MIGRATIONS.index(migrations._m_access_requests)
    make_old_vault(vault_dir, before, monkeypatch)
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert migrations.schema_version(vault.conn) == migrations.LATEST
        client_id = int(vault.conn.execute("SELECT id FROM clients WHERE alias = 'Kept Alias'").fetchone()[0])
        logged = access_request.log_request(vault, client_id)
        assert [r.id for r in access_request.list_requests(vault)] == [logged.id]
        assert vault.verify_audit().ok
    finally:
        vault.lock()
