"""Audit anchors on a synced device name that device's own trail (TRUST T8, per-device chains).

An anchor is the audit head sealed into a person's slot at sign-out. The centre's key file carries
everyone's slot; a replica gets those slots at enrollment, and new or changed ones by sync. Their
anchors name entries of the centre's trail, which a laptop's own trail doesn't hold: they must not
make the laptop's `audit-verify` report a cut trail, and an anchor the laptop sealed itself must
still catch a real cut of the laptop's trail.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from shop_desktop.cli import main
from shop_desktop.core.roles import Role
from shop_desktop.core.store import db
from shop_desktop.core.store.places import DB_NAME
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment, syncing
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member, fast_kdf
from tests.factories import make_client, make_visit
from tests.sync.three import sync

PEOPLE = {
    "coordinator": COORDINATOR_PASS,
    "outreach": PASSPHRASES[Role.OUTREACH],
    "frontdesk": PASSPHRASES[Role.FRONT_DESK],
}


def _signs_out(folder: Path, username: str) -> None:
    Vault.open(folder, username, PEOPLE[username]).lock()  # the centre's head goes into their slot


def _devices_after_everyone_signed_out_at_the_centre(root: Path) -> dict[str, Path]:
    """The centre with a long trail, everyone's slot anchored in it; then the office and the laptop
    join, and the devices sync a few times. A front-desk account added (and used) at the centre
    later reaches them by sync, its slot anchored in the centre's trail too."""
    centre, _ = Vault.create(root / "centre", centre_name="Test Drop-in", username="coordinator",
                             display_name="Cora Ordinator", passphrase=COORDINATOR_PASS, kdf=fast_kdf())  # fmt: skip
    add_member(centre, Role.OUTREACH)
    for n in range(12):
        make_visit(centre, make_client(centre, f"Client {n}"), "Meal")
    centre.lock()
    for username in ("outreach", "coordinator"):
        _signs_out(root / "centre", username)
    centre = Vault.open(root / "centre", "coordinator", COORDINATOR_PASS)
    (root / "sync").mkdir()
    syncing.set_folder(centre, root / "sync")
    office_file = devices.add(centre, "Office PC", "office", root / "enroll", "coordinator")
    laptop_file = devices.add(centre, "Outreach laptop", "outreach", root / "enroll", "outreach")
    enrollment.join(office_file, root / "office", "coordinator", COORDINATOR_PASS)
    enrollment.join(laptop_file, root / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    add_member(centre, Role.FRONT_DESK)
    centre.lock()
    _signs_out(root / "centre", "frontdesk")
    centre = Vault.open(root / "centre", "coordinator", COORDINATOR_PASS)
    for name, who in (("office", "coordinator"), ("laptop", "outreach")):
        device = Vault.open(root / name, who, PEOPLE[who])
        syncing.set_folder(device, root / "sync")
        device.lock()
    for _ in range(2):
        sync(centre)
        for name, who in (("office", "coordinator"), ("laptop", "outreach")):
            device = Vault.open(root / name, who, PEOPLE[who])
            make_client(device, f"Seen on the {name}")
            sync(device)
            device.lock()
    centre.lock()
    return {"centre": root / "centre", "office": root / "office", "laptop": root / "laptop"}


def _audit_verify(folder: Path, username: str, monkeypatch: pytest.MonkeyPatch,
                  capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(PEOPLE[username] + "\n"))
    code = main(["--data-dir", str(folder), "audit-verify", "--user", username, "--passphrase-stdin"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_anchors_from_the_centre_dont_fail_the_laptop_or_the_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = _devices_after_everyone_signed_out_at_the_centre(tmp_path)
    for name in ("laptop", "office", "centre"):
        for attempt in range(2):  # the first sign-in on a device, and one after its own sign-out
            code, said = _audit_verify(folders[name], "coordinator", monkeypatch, capsys)
            assert code == 0, (name, attempt, said)
        for username in ("outreach", "frontdesk"):
            person = Vault.open(folders[name], username, PEOPLE[username])
            try:
                report = person.verify_audit()
                assert report.ok, (name, username, report.problem)
            finally:
                person.lock()


def test_a_cut_of_the_laptops_own_trail_below_a_laptop_anchor_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = _devices_after_everyone_signed_out_at_the_centre(tmp_path)
    coordinator = Vault.open(folders["laptop"], "coordinator", COORDINATOR_PASS)
    make_client(coordinator, "Logged Before The Cut")
    data_key = bytes(coordinator.data_key)
    coordinator.lock()  # the laptop's head is sealed into the coordinator's laptop slot
    conn = db.connect(folders["laptop"] / DB_NAME, data_key)
    head = int(conn.execute("SELECT max(id) FROM audit").fetchone()[0])
    conn.execute("DROP TRIGGER IF EXISTS audit_append_only_delete")
    conn.execute("DELETE FROM audit WHERE id >= ?", (head - 2,))  # the insider cuts the laptop's tail
    conn.commit()
    conn.close()
    code, said = _audit_verify(folders["laptop"], "coordinator", monkeypatch, capsys)
    assert code != 0 and f"entry {head}" in said and "your own last sign-out" in said, said
