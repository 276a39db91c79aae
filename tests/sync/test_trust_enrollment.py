"""The laptop's holder reads its own replica with raw SQL: the centre's audit trail (who checked in,
when) must not be in it, and the laptop's own trail still verifies."""

from __future__ import annotations

from pathlib import Path

from shop_desktop.core.roles import Role
from shop_desktop.core.store import db
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, USERNAMES, add_member, fast_kdf
from tests.factories import make_client, make_visit


def _plaintext(folder: Path, data_key: bytes, scratch: Path) -> bytes:
    """The replica's bytes decrypted with the data key the laptop's holder has (a plain copy)."""
    conn = db.connect(folder / DB_NAME, data_key)
    try:
        conn.execute(f"ATTACH DATABASE '{scratch}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return scratch.read_bytes()


def test_the_laptops_replica_holds_none_of_the_centres_audit_trail(tmp_path: Path) -> None:
    centre, _ = Vault.create(
        tmp_path / "centre", centre_name="Test Drop-in", username="coordinator", display_name="Cora Ordinator",
        passphrase=COORDINATOR_PASS, kdf=fast_kdf(),
    )  # fmt: skip
    add_member(centre, Role.OUTREACH)
    client = make_client(centre, "Kestrel Hideout")
    make_visit(centre, client, "Meal")
    assert centre.conn.execute("SELECT count(*) FROM audit WHERE action = 'visit.checked_in'").fetchone()[0] == 1
    centre.lock()
    worker = Vault.open(tmp_path / "centre", USERNAMES[Role.OUTREACH], PASSPHRASES[Role.OUTREACH])
    worker.lock()  # the worker's slot now anchors the centre's trail
    centre = Vault.open(tmp_path / "centre", "coordinator", COORDINATOR_PASS)
    made = devices.add(centre, "Outreach laptop", "outreach", tmp_path / "enroll", USERNAMES[Role.OUTREACH])
    joined_at = centre.conn.execute("SELECT max(at) FROM audit").fetchone()[0]
    enrollment.join(made, tmp_path / "laptop", USERNAMES[Role.OUTREACH], PASSPHRASES[Role.OUTREACH])
    laptop = Vault.open(tmp_path / "laptop", USERNAMES[Role.OUTREACH], PASSPHRASES[Role.OUTREACH])
    try:
        dump = _plaintext(tmp_path / "laptop", laptop.data_key, tmp_path / "plain.db")
        assert b"Kestrel Hideout" in dump  # the scan reads real rows: outreach carries client aliases
        assert b"visit.checked_in" not in dump
        assert b"staff.added" not in dump
        rows = laptop.conn.execute("SELECT at, action FROM audit").fetchall()
        assert all(at >= joined_at for at, _ in rows), rows
        make_client(laptop, "Street Contact")
        assert laptop.verify_audit().ok, laptop.verify_audit().problem
    finally:
        laptop.lock()
        centre.lock()
    again = Vault.open(tmp_path / "laptop", USERNAMES[Role.OUTREACH], PASSPHRASES[Role.OUTREACH])
    try:
        assert again.verify_audit().ok, again.verify_audit().problem
    finally:
        again.lock()
