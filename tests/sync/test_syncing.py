"""Centre, office and laptop exchanging bundles through one folder (#25)."""

from __future__ import annotations

from shop_desktop.core.desk import clients
from shop_desktop.core.sync import devices, ids, review
from tests.factories import make_client, make_visit
from tests.sync.three import Three, sync


def _aliases(vault) -> set[str]:  # type: ignore[no-untyped-def]
    return {row[0] for row in vault.conn.execute("SELECT alias FROM clients")}


def test_edits_on_each_device_reach_the_others(three: Three) -> None:
    make_client(three.laptop, "Street Contact")
    before = clients.get_client(three.office, next(iter(three.office.conn.execute("SELECT id FROM clients")))[0])
    clients.update_client(three.office, before.id, clients.ClientDetails(alias="Zoë Renamed"))
    desk = make_client(three.centre, "Desk Arrival")
    make_visit(three.centre, desk, "Meal")
    for _ in range(2):
        for vault in (three.laptop, three.office, three.centre):
            result = sync(vault)
            assert result.refused == [], result.refused
    for vault in (three.centre, three.office):
        assert _aliases(vault) == {"Zoë Renamed", "Street Contact", "Desk Arrival"}
        assert vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 2
    assert _aliases(three.laptop) == {"Zoë Renamed", "Street Contact", "Desk Arrival"}
    assert three.laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0  # not the laptop's
    listed = {d.number: d for d in devices.listing(three.centre)}
    assert listed[2].name == "Outreach laptop" and listed[2].last_seq >= 1 and listed[1].last_seq >= 1


def test_nothing_to_send_writes_nothing(three: Three) -> None:
    sync(three.centre)
    assert sync(three.centre).written == []


def test_new_clients_made_at_once_on_every_device_never_collide(three: Three) -> None:
    made = {name: make_client(vault, f"New on {name}").id for name, vault in
            (("centre", three.centre), ("office", three.office), ("laptop", three.laptop))}  # fmt: skip
    assert {ids.device_of(i) for i in made.values()} == {0, 1, 2}
    for _ in range(2):
        for vault in (three.laptop, three.office, three.centre):
            sync(vault)
    for vault in (three.centre, three.office, three.laptop):
        found = dict(vault.conn.execute("SELECT alias, id FROM clients WHERE alias LIKE 'New on %'").fetchall())
        assert found == {f"New on {name}": i for name, i in made.items()}


def test_an_alias_changed_on_the_laptop_and_at_the_desk_keeps_the_later_and_lists_the_other(three: Three) -> None:
    client_id = int(three.centre.conn.execute("SELECT id FROM clients").fetchone()[0])
    clients.update_client(three.laptop, client_id, clients.ClientDetails(alias="Laptop Spelling"))
    clients.update_client(three.centre, client_id, clients.ClientDetails(alias="Desk Spelling"))  # later
    for vault in (three.laptop, three.centre, three.laptop, three.office):
        sync(vault)
    for vault in (three.centre, three.office, three.laptop):
        assert clients.get_client(vault, client_id).alias == "Desk Spelling"
    listed = review.items(three.centre)
    assert [(i.table, i.row_id) for i in listed] == [("clients", str(client_id))]
    assert "Laptop Spelling" in str(listed[0].other) + str(listed[0].kept)


def test_each_devices_trail_verifies_after_the_centre_anchors_its_own_in_a_backup(three: Three) -> None:
    for name in ("Early", "Later"):
        make_client(three.laptop, name)
    sync(three.laptop)
    sync(three.centre)
    three.centre.anchor_in_manifest()  # what a backup at the centre does first
    sync(three.centre)
    for vault in (three.laptop, three.office, three.centre):
        sync(vault)
        report = vault.verify_audit()
        assert report.ok, (vault.folder.name, report.problem)
    assert three.office.keys.audit_anchor and three.office.keys.audit_anchor["device"] == 0
    three.centre.conn.execute("DROP TRIGGER audit_append_only_delete")
    head = int(three.centre.keys.audit_anchor["audit_id"])
    three.centre.conn.execute("DELETE FROM audit WHERE id >= ?", (head,))  # the centre's own trail cut
    assert not three.centre.verify_audit().ok
