"""Shared steps for the restored-device scenarios (tests/sync/test_restored_*.py).

Every device is read back from its own vault file; expected values come from the scenario.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.desk import clients, outreach
from shop_desktop.core.desk.outreach import ShiftRecord
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import send, syncing
from tests.conftest import COORDINATOR_PASS, PASSPHRASES
from tests.factories import make_client
from tests.sync.three import Three, sync

NAMES = ("centre", "office", "laptop")
DESKS = ("centre", "office")  # the outreach laptop carries no remark, no check-ins (core/sync/profiles.py)


def aliases(vault: Vault) -> list[str]:
    return sorted(str(r[0]) for r in vault.conn.execute("SELECT alias FROM clients"))


def client_rows(vault: Vault) -> dict[int, tuple[Any, ...]]:
    """{id: (code, alias, remark, status)}"""
    rows = vault.conn.execute("SELECT id, code, alias, remark, status FROM clients ORDER BY id")
    return {int(r[0]): tuple(r[1:]) for r in rows}


def visit_ids(vault: Vault) -> set[int]:
    return {int(r[0]) for r in vault.conn.execute("SELECT id FROM visits")}


def open_items(vault: Vault) -> list[str]:
    """The open review list, read straight from the file (review.items needs a manager)."""
    rows = vault.conn.execute("SELECT summary FROM sync_review WHERE settled_at IS NULL ORDER BY id")
    return [str(r[0]) for r in rows]


def no_items_anywhere(three: Three) -> bool:
    return all(open_items(getattr(three, n)) == [] for n in NAMES)


def said(result: syncing.SyncResult | None, *words: str) -> bool:
    """Some notice (or refusal) of this run says all of `words`."""
    if result is None:
        return False
    return any(all(w in text for w in words) for text in result.notices + result.refused)


def same_clients_everywhere(three: Three) -> bool:
    """The two desks hold the same client rows; the laptop the same people, code, alias and status."""
    centre, office, laptop = (client_rows(getattr(three, n)) for n in NAMES)
    street = {k: (v[0], v[1], v[3]) for k, v in centre.items()}
    return centre == office and street == {k: (v[0], v[1], v[3]) for k, v in laptop.items()}


def make_backup_of(vault: Vault, tmp_path: Path, name: str = "usb") -> Path:
    usb = tmp_path / name
    usb.mkdir(exist_ok=True)
    return backup.make_backup(backup.prepare_backup(vault, usb)).path


def restore_to(
    three: Three,
    which: str,
    made: Path,
    tmp_path: Path,
    *,
    new_folder: str,
    user: str = "coordinator",
    passphrase: str = COORDINATOR_PASS,
    choose_folder: bool = True,
) -> Vault:
    """The device `which` lost; its backup restored on a new PC and its sync folder chosen again."""
    old: Vault = getattr(three, which)
    if old.is_unlocked:
        old.lock()
    opened = backup.open_backup(made, "coordinator", COORDINATOR_PASS)
    result = restore.restore_backup(opened, tmp_path / new_folder)
    assert result.synced
    vault = Vault.open(tmp_path / new_folder, user, passphrase)
    if choose_folder:
        syncing.set_folder(vault, three.folder)
    setattr(three, which, vault)
    return vault  # fmt: skip


def restore_laptop(three: Three, made: Path, tmp_path: Path) -> Vault:
    return restore_to(
        three, "laptop", made, tmp_path, new_folder="new-laptop", user="outreach",
        passphrase=PASSPHRASES[Role.OUTREACH],
    )  # fmt: skip


def sync_all(three: Three, rounds: int = 2) -> None:
    for _ in range(rounds):
        for name in NAMES:
            sync(getattr(three, name))


def try_sync(vault: Vault) -> tuple[syncing.SyncResult | None, str]:
    """Sync as the GUI does: a failure is shown and finish(None) gives the session its connection back."""
    try:
        result = syncing.run(syncing.prepare(vault), lambda *_: None, lambda: False)
    except Exception as error:  # noqa: BLE001
        syncing.finish(vault, None)
        return None, f"{type(error).__name__}: {error}"
    syncing.finish(vault, result)
    return result, ""


def remark(vault: Vault, client_id: int, text: str) -> None:
    details = clients.get_client(vault, client_id).details
    clients.update_client(vault, client_id, details.__class__(**{**details.__dict__, "remark": text}))


def zoe(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT id FROM clients WHERE alias = 'Zoë Before'").fetchone()[0])


def meal(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT id FROM services WHERE name = 'Meal'").fetchone()[0])


def active(vault: Vault, service: int) -> int:
    return int(vault.conn.execute("SELECT active FROM services WHERE id = ?", (service,)).fetchone()[0])


def centre_backup(three: Three, tmp_path: Path) -> Path:
    sync_all(three)
    return make_backup_of(three.centre, tmp_path)


def office_backup(three: Three, tmp_path: Path) -> Path:
    sync_all(three)
    return make_backup_of(three.office, tmp_path)


def laptop_backup(three: Three, tmp_path: Path) -> Path:
    """A coordinator signs in on the laptop to back it up (only they may), then the worker again."""
    sync_all(three)
    folder = three.laptop.folder
    three.laptop.lock()
    coordinator = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    made = make_backup_of(coordinator, tmp_path, "laptop-usb")
    coordinator.lock()
    three.laptop = Vault.open(folder, "outreach", PASSPHRASES[Role.OUTREACH])
    return made


def log_shift(vault: Vault, area_id: int, contacts: int) -> int:
    supply = next(iter(outreach.supply_catalog(vault))).id
    yesterday = date.today() - timedelta(days=1)
    return outreach.log_shift(vault, ShiftRecord(yesterday, time(20, 0), time(23, 0), area_id, contacts, {supply: 5}))


def shifts(vault: Vault) -> dict[int, tuple[Any, ...]]:
    return {int(r[0]): tuple(r[1:]) for r in vault.conn.execute("SELECT id, area_id, contacts FROM outreach_shifts")}


def consents(vault: Vault, client_id: int) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM consents WHERE client_id = ?", (client_id,)).fetchone()[0])


def centre_bundles_tidied(three: Three, tmp_path: Path) -> tuple[Path, int, int]:
    """Zoë erased at the centre after its backup; then every centre bundle tidied out of the folder.
    Returns the backup, Zoë's id and the last number the centre had sent."""
    made = centre_backup(three, tmp_path)
    z = zoe(three.centre)
    clients.purge_on_request(three.centre, z)
    sync_all(three)
    sent = int(send.meta(three.centre.conn, send.SENT_META))
    for path in sorted(three.folder.glob("*-d0-*")):  # every one of them applied by all the devices
        path.unlink()
    return made, z, sent


def three_lost_bundles(three: Three, tmp_path: Path) -> tuple[Path, list[int]]:
    """A centre backup, then three clients registered at the centre, each in a bundle of its own."""
    made = centre_backup(three, tmp_path)
    lost = []
    for n in range(3):
        lost.append(make_client(three.centre, f"Lost {n}").id)
        sync(three.centre)
        sync(three.office)
    return made, lost


def number_of(name: str) -> int:
    return int(name.split("-")[-1].split(".")[0])
