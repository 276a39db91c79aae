"""The stock, drug alert and shift log tables arrive on a vault made by the previous version."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shop_desktop.core.safety import shift_log, stock
from shop_desktop.core.store import migrations
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS
from tests.core.test_migrations import make_old_vault
from tests.factories import service_id


def test_a_vault_from_before_stock_upgrades_and_keeps_its_hand_outs(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = migrations.MIGRATIONS.index(migrations._m_stock_drug_alerts_shift_log)
    make_old_vault(vault_dir, before, monkeypatch)
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        old = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
        from shop_desktop.core.desk import visits

        visits.check_in(old, None, {service_id(old, "Condoms"): 12})
        old.lock()
    vault = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert migrations.schema_version(vault.conn) == migrations.LATEST
    assert vault.conn.execute("SELECT alias FROM clients").fetchone()[0] == "Kept Alias"
    condoms = service_id(vault, "Condoms")
    # Nobody had counted before the upgrade; a first count of 40 is 40 on hand.
    assert next(s.on_hand for s in stock.stock_levels(vault) if s.name == "Condoms") is None
    stock.record_count(vault, condoms, 40)
    assert next(s.on_hand for s in stock.stock_levels(vault) if s.name == "Condoms") == 40
    sheet = stock.usage_sheet(vault, date.today().year, date.today().month)
    line = next(line for line in sheet.lines if line.name == "Condoms")
    # Today's 12 went out on the day the stock began, so the count found 52 more than expected.
    assert (line.movement.handed_out, line.movement.adjusted, line.closing) == (12, 52, 40)
    shift_log.write_entry(vault, "Upgraded", handover=True)
    assert vault.verify_audit().ok
    vault.lock()
