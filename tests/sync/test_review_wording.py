"""The review list names devices as the coordinator named them in Add a device (#25)."""

from __future__ import annotations

from pathlib import Path

from shop_desktop.core.desk import clients
from shop_desktop.core.sync import review
from shop_desktop.core.sync.exchange import on_device
from tests.sync.three import make_three, sync


def test_an_alias_changed_on_two_devices_is_listed_with_their_names(tmp_path: Path) -> None:
    three = make_three(tmp_path)
    try:
        client_id = int(three.centre.conn.execute("SELECT id FROM clients").fetchone()[0])
        clients.update_client(three.laptop, client_id, clients.ClientDetails(alias="Laptop Spelling"))
        clients.update_client(three.centre, client_id, clients.ClientDetails(alias="Desk Spelling"))
        sync(three.laptop)
        sync(three.centre)
        (item,) = review.items(three.centre)
        assert item.summary.startswith("Alias changed on the Outreach laptop and on the Centre PC")
        assert "device 2" not in item.summary and "here" not in item.summary
    finally:
        three.close()


def test_a_device_this_vault_has_no_name_for_is_called_by_its_number(tmp_path: Path) -> None:
    three = make_three(tmp_path)
    try:
        conn = three.centre.conn
        assert on_device(conn, 1) == "on the Office PC"
        assert on_device(conn, 7) == "on device 7"
    finally:
        three.close()
