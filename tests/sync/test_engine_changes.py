"""Capture and apply between real vault folders: what one device changed reaches another, whole.

Also the kit the other engine tests share: a centre vault copied into device folders (as an
enrollment would: the same vault, key file and data key, another device number), and one exchange
of changesets between two of them.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import apsw

from shop_desktop.core.care import notes
from shop_desktop.core.desk import clients
from shop_desktop.core.store import db
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import changes, ids, merge, profiles
from shop_desktop.core.sync.merge import MergeResult
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client, make_visit


@dataclass
class Device:
    name: str
    folder: Path
    key: bytes
    number: int
    profile: str = "centre"

    def open(self) -> Vault:
        return Vault.open(self.folder, "coordinator", COORDINATOR_PASS)

    def sql(self, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Raw SQL on the device's file, as an attacker or an auditor would read it."""
        conn = db.connect(self.folder / DB_NAME, self.key)
        try:
            return [tuple(r) for r in conn.execute(query, params).fetchall()]
        finally:
            conn.close()


def centre_vault(root: Path) -> tuple[Path, bytes]:
    folder = root / "centre"
    vault, _ = Vault.create(
        folder, centre_name="Test Drop-in", username="coordinator", display_name="Cora Ordinator",
        passphrase=COORDINATOR_PASS, kdf=fast_kdf(),
    )  # fmt: skip
    key = vault.data_key
    vault.lock()
    return folder, key


def devices(root: Path, *named: tuple[str, int, str]) -> dict[str, Device]:
    """The centre (device 0) and copies of it as other devices; every one starts syncing now."""
    folder, key = centre_vault(root)
    found = {"centre": Device("centre", folder, key, 0)}
    for name, number, profile_key in named:
        copy = root / name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("shop.lock", "sync"))
        conn = db.connect(copy / DB_NAME, key)
        ids.set_this_device(conn, number)
        _keep_only(conn, profile_key)
        conn.close()
        found[name] = Device(name, copy, key, number, profile_key)
    for device in found.values():
        changes.start(device.folder, device.key)
    return found


def _keep_only(conn: db.Connection, profile_key: str) -> None:
    """A replica holds only its profile's tables' rows (as enrollment makes it), wiped for good."""
    carried = profiles.profile(profile_key)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA secure_delete = ON")
    for table in ids.synced_tables(conn):
        if not carried.carries(table):
            conn.execute(f"DELETE FROM {table}")
    conn.execute("VACUUM")


def send(author: Device, *receivers: Device) -> dict[str, bytes]:
    """The author's changesets, one per receiver's profile; base settles on the widest."""
    sync = changes.open_sync(author.folder, author.key)
    try:
        made = {r.name: changes.capture(sync, r.profile) for r in receivers}
        widest = max(made.values(), key=len, default=b"")
        changes.settle(sync, widest)
        return made
    finally:
        sync.close()


def receive(receiver: Device, changeset: bytes, author: Device, **names: str) -> MergeResult:
    sync = changes.open_sync(receiver.folder, receiver.key)
    try:
        return merge.apply_changeset(sync, changeset, author.number, profile_key=receiver.profile, **names)
    finally:
        sync.close()


def exchange(a: Device, b: Device) -> tuple[MergeResult, MergeResult]:
    """Both capture first (as two PCs syncing at once would), then each applies the other's."""
    from_a, from_b = send(a, b)[b.name], send(b, a)[a.name]
    return receive(b, from_a, a), receive(a, from_b, b)


def test_a_client_visit_and_note_made_at_the_centre_arrive_at_the_office(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"].open()
    client = make_client(centre, "Marisol", pronouns="she/her")
    visit = make_visit(centre, client, "Meal", "Shower")
    note_id = notes.sign_note(centre, notes.NoteDraft(client.id, "counselling", "Talked about housing."))
    centre.lock()

    result = receive(kit["office"], send(kit["centre"], kit["office"])["office"], kit["centre"])
    assert result.listed == 0 and result.changes > 0

    office = kit["office"].open()
    try:
        assert clients.get_client(office, client.id).details.alias == "Marisol"
        assert office.conn.execute("SELECT client_id FROM visits WHERE id = ?", (visit,)).fetchone()[0] == client.id
        served = office.conn.execute("SELECT count(*) FROM visit_services WHERE visit_id = ?", (visit,)).fetchone()
        assert served[0] == 2
        assert notes.open_note(office, note_id).body == "Talked about housing."  # sealed bytes and ids intact
    finally:
        office.lock()


def test_after_an_exchange_nothing_is_left_to_send_either_way(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"].open()
    make_client(centre, "Marisol")
    centre.lock()
    office = kit["office"].open()
    make_client(office, "Bea")
    office.lock()

    exchange(kit["centre"], kit["office"])
    assert send(kit["centre"], kit["office"])["office"] == b""
    assert send(kit["office"], kit["centre"])["centre"] == b""
    for device in kit.values():
        assert sorted(r[0] for r in device.sql("SELECT alias FROM clients")) == ["Bea", "Marisol"]


def test_only_tables_that_moved_are_diffed(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    sync = changes.open_sync(kit["centre"].folder, kit["centre"].key)
    try:
        assert changes.moved_tables(sync) == []  # a fresh start: base is the vault
        centre = kit["centre"].open()
        make_client(centre, "Marisol")
        centre.lock()
        assert changes.moved_tables(sync) == ["clients", "consents"]
        captured = changes.capture(sync, "office")
        assert {c.name for c in apsw.Changeset.iter(captured)} == {"clients", "consents"}
        changes.settle(sync, captured)
        assert changes.moved_tables(sync) == []
    finally:
        sync.close()


def test_a_day_at_a_busy_desk_is_captured_and_applied_quickly(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"].open()
    people = [make_client(centre, f"Person {n}") for n in range(60)]
    opening = datetime.now().replace(hour=7, minute=0, second=0, microsecond=0) - timedelta(days=1)
    for n in range(300):
        make_visit(centre, people[n % 60], "Meal", at=opening + timedelta(minutes=3 * n))
    centre.lock()
    started = time.perf_counter()
    made = send(kit["centre"], kit["office"])["office"]
    captured = time.perf_counter() - started
    started = time.perf_counter()
    result = receive(kit["office"], made, kit["centre"])
    applied = time.perf_counter() - started
    print(f"\n300 check-ins, 60 clients: changeset {len(made)} bytes, capture {captured:.3f}s, apply {applied:.3f}s")
    assert result.changes == 60 + 60 + 300 + 300  # clients, consents, visits, visit_services
    assert captured < 2 and applied < 2
    assert kit["office"].sql("SELECT count(*) FROM visits") == [(300,)]


def test_base_rekeyed_after_a_rotation_opens_under_the_new_key_and_forgets_nothing(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"].open()
    make_client(centre, "Waiting to be sent")
    centre.lock()
    new_key = bytes(range(32))
    changes.rekey_base(kit["centre"].folder, kit["centre"].key, new_key)
    conn = db.connect(kit["centre"].folder / DB_NAME, kit["centre"].key)
    db.export_rekeyed(conn, tmp_path / "rekeyed.db", new_key)  # the vault itself, as a rotation does
    conn.close()
    shutil.move(tmp_path / "rekeyed.db", kit["centre"].folder / DB_NAME)
    for leftover in ("shop.db-wal", "shop.db-shm"):
        (kit["centre"].folder / leftover).unlink(missing_ok=True)
    kit["centre"].key = new_key

    made = send(kit["centre"], kit["office"])["office"]
    assert {c.name for c in apsw.Changeset.iter(made)} == {"clients", "consents"}  # only what waited
    receive(kit["office"], made, kit["centre"])
    assert kit["office"].sql("SELECT alias FROM clients") == [("Waiting to be sent",)]


def test_a_base_under_another_key_means_one_bundle_with_everything_and_nothing_to_review(tmp_path: Path) -> None:
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"].open()
    make_client(centre, "Sent before")
    centre.lock()
    exchange(kit["centre"], kit["office"])
    centre = kit["centre"].open()
    make_client(centre, "Not sent yet")
    centre.lock()
    changes.rekey_base(kit["centre"].folder, kit["centre"].key, bytes(32))  # a rotation cut short, say

    made = send(kit["centre"], kit["office"])["office"]
    result = receive(kit["office"], made, kit["centre"])
    assert result.changes > 20  # the catalog, the staff, both clients: everything, again
    assert result.listed == 0  # where the office already agreed, a no-op
    assert sorted(r[0] for r in kit["office"].sql("SELECT alias FROM clients")) == ["Not sent yet", "Sent before"]
    assert send(kit["centre"], kit["office"])["office"] == b""


def test_a_small_change_on_a_vault_with_years_of_visits_is_captured_in_well_under_a_second(tmp_path: Path) -> None:
    kit = devices(tmp_path)
    centre = kit["centre"]
    conn = db.connect(centre.folder / DB_NAME, centre.key)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO visits (client_id, at, day, staff_id, created_at) VALUES (NULL, ?, ?, 1, 'x')",
        [("2025-01-01T10:00", "2025-01-01")] * 20_000,
    )
    conn.execute("COMMIT")
    conn.close()
    send(centre, centre)  # the history is exchanged once
    vault = centre.open()
    make_visit(vault, make_client(vault, "Newcomer"), "Meal")
    vault.lock()
    sync = changes.open_sync(centre.folder, centre.key)
    try:
        started = time.perf_counter()
        made = changes.capture(sync, "office")
        took = time.perf_counter() - started
    finally:
        sync.close()
    assert {c.name for c in apsw.Changeset.iter(made)} == {"clients", "consents", "visits", "visit_services"}
    assert took < 1.0, f"{took:.2f} s"  # a base without the vault's column types took 25 s here


def test_bulk_inserts_pay_nothing_for_change_tracking_and_are_still_sent(tmp_path: Path) -> None:
    """The demo and bench write hundreds of thousands of visits: a trigger per row (0.3 ms each in
    the sqlcipher3 build) would add minutes. Inserts are seen by each table's largest id instead."""
    kit = devices(tmp_path, ("office", 1, "office"))
    centre = kit["centre"]
    conn = db.connect(centre.folder / DB_NAME, centre.key)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO visits (id, client_id, at, day, staff_id, created_at) VALUES (?, NULL, ?, ?, 1, 'x')",
        [(n, "2025-01-01T10:00", "2025-01-01") for n in range(1, 5001)],
    )
    conn.executemany("INSERT INTO visit_services (visit_id, service_id, quantity) VALUES (?, 1, 1)",
                     [(n,) for n in range(1, 5001)])  # fmt: skip
    conn.execute("COMMIT")
    took = time.perf_counter() - started
    conn.close()
    assert took < 1.0, f"{took:.2f} s for 10,000 rows"
    made = send(centre, kit["office"])["office"]
    assert {c.name for c in apsw.Changeset.iter(made)} == {"visits", "visit_services"}
    receive(kit["office"], made, centre)
    assert kit["office"].sql("SELECT count(*) FROM visit_services") == [(5000,)]
