"""Centre, office and laptop exchanging bundles through one folder (#25)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from shop_desktop.core.desk import clients
from shop_desktop.core.sync import devices
from tests.factories import make_client, make_visit
from tests.sync.three import Three, make_three, sync


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    made = make_three(tmp_path)
    yield made
    made.close()


def _aliases(vault) -> set[str]:  # type: ignore[no-untyped-def]
    return {row[0] for row in vault.conn.execute("SELECT alias FROM clients")}


def test_edits_on_each_device_reach_the_others(three: Three) -> None:
    make_client(three.laptop, "Street Contact")
    before = clients.get_client(three.office, next(iter(three.office.conn.execute("SELECT id FROM clients")))[0])
    clients.update_client(three.office, before.id, clients.ClientDetails(alias="Zoë Renamed"))
    # A new client at the desk too needs the engine's device-numbered ids (core/sync/ids.py): until
    # every insert takes them, the desk checks in the client everyone already has.
    make_visit(three.centre, clients.get_client(three.centre, before.id), "Meal", at=datetime(2026, 11, 30, 10, 0))
    for _ in range(2):
        for vault in (three.laptop, three.office, three.centre):
            result = sync(vault)
            assert result.refused == [], result.refused
    for vault in (three.centre, three.office):
        assert _aliases(vault) == {"Zoë Renamed", "Street Contact"}
        assert vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 2
    assert _aliases(three.laptop) == {"Zoë Renamed", "Street Contact"}
    assert three.laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0  # not the laptop's
    listed = {d.number: d for d in devices.listing(three.centre)}
    assert listed[2].name == "Outreach laptop" and listed[2].last_seq >= 1 and listed[1].last_seq >= 1


def test_nothing_to_send_writes_nothing(three: Three) -> None:
    sync(three.centre)
    assert sync(three.centre).written == []
