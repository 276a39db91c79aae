"""Sync stopped dead at every write, fsync and rename while bundles are written and applied
(core/store/journal.py's seam; tests/crash/harness.py): at the next start each vault opens, its
audit trail verifies, the next sync completes, and every device ends with the laptop's contact
exactly once (nothing lost, nothing applied twice).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES
from tests.crash.harness import count_points, killed_at
from tests.factories import make_client
from tests.sync.three import make_three, sync

CONTACT, SECOND = "Street Contact Ñ", "Second Contact"
SYNC_ONE = """
from shop_desktop.core.store.vault import Vault
from tests.sync.three import sync
vault = Vault.open(Path(ARGS["folder"]), ARGS["user"], ARGS["passphrase"])
if ARGS.get("new"):
    from tests.factories import make_client
    make_client(vault, ARGS["new"])
sync(vault)
vault.lock()
"""
WHO = {
    "laptop": ("outreach", PASSPHRASES[Role.OUTREACH]),
    "centre": ("coordinator", COORDINATOR_PASS),
    "office": ("coordinator", COORDINATOR_PASS),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Three enrolled vaults; the laptop has logged a new contact and written its bundle.
    Returns (the template's copy, the place every run works in: paths in the vaults point there)."""
    base = tmp_path_factory.mktemp("sync-kills")
    work = base / "work"
    three = make_three(work)
    make_client(three.laptop, CONTACT)
    sync(three.laptop)
    three.close()
    shutil.copytree(work, base / "template")
    return base / "template", work


def _fresh(template: tuple[Path, Path]) -> Path:
    saved, work = template
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(saved, work)
    return work


def _args(work: Path, device: str) -> dict[str, str]:
    user, phrase = WHO[device]
    return {
        "folder": str(work / device),
        "user": user,
        "passphrase": phrase,
        "new": SECOND if device == "laptop" else "",
    }


def _contacts(work: Path, device: str) -> tuple[int, int]:
    user, phrase = WHO[device]
    vault = Vault.open(work / device, user, phrase)
    try:
        report = vault.verify_audit()
        assert report.ok, report.problem
        result = sync(vault)
        assert result.refused == [] and result.waiting == [], (result.refused, result.waiting)
        counted = [
            vault.conn.execute("SELECT count(*) FROM clients WHERE alias = ?", (a,)).fetchone()[0]
            for a in (CONTACT, SECOND)
        ]
        return counted[0], counted[1]
    finally:
        vault.lock()


def _everyone_has_it_once(work: Path, second: int) -> None:
    for device in ("laptop", "centre", "office", "laptop", "centre"):
        _contacts(work, device)
    assert [_contacts(work, d) for d in ("centre", "office", "laptop")] == [(1, second)] * 3
    assert not list((work / "sync").glob("*.partial"))


@pytest.mark.parametrize("device", ["centre", "laptop"])
def test_a_kill_at_every_step_of_a_sync_leaves_each_vault_whole(template: tuple[Path, Path], device: str) -> None:
    """centre: applies the laptop's bundle and writes its own; laptop: writes one after a new edit."""
    work = _fresh(template)
    points = count_points(SYNC_ONE, _args(work, device))
    assert any(p.startswith("rename ") and p.endswith(".shopsync") for p in points), points
    for n in range(1, len(points) + 1):
        work = _fresh(template)
        killed_at(SYNC_ONE, _args(work, device), n)
        _everyone_has_it_once(work, 1 if device == "laptop" else 0)


def test_a_power_cut_while_the_centre_writes_its_bundle(template: tuple[Path, Path]) -> None:
    """Unsynced data and undurable renames lost too: the next sync still completes."""
    work = _fresh(template)
    points = count_points(SYNC_ONE, _args(work, "centre"))
    for n in range(1, len(points) + 1):
        work = _fresh(template)
        killed_at(SYNC_ONE, _args(work, "centre"), n, power_cut=True)
        _everyone_has_it_once(work, 0)


@pytest.fixture(scope="module")
def after_a_disable(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The centre has disabled the outreach worker (the data key rotated) and synced; the office hasn't."""
    from shop_desktop.core.store import staff

    base = tmp_path_factory.mktemp("sync-rekey-kills")
    work = base / "work"
    three = make_three(work)
    sync(three.office)
    leaver = next(m.id for m in staff.list_staff(three.centre) if m.username == "outreach")
    staff.disable_staff(three.centre, leaver)
    sync(three.centre)
    three.close()
    shutil.copytree(work, base / "template")
    return base / "template", work


def test_a_kill_at_every_step_of_taking_a_rotation_leaves_the_office_openable(
    after_a_disable: tuple[Path, Path],
) -> None:
    """The office re-keys its database and base and installs the new key file as one change."""
    from shop_desktop.core.errors import VaultError
    from shop_desktop.core.store import keyfile

    work = _fresh(after_a_disable)
    points = count_points(SYNC_ONE, _args(work, "office"))
    assert any("sync-rekey" in p or p.endswith("shop.journal") for p in points), points
    new_epoch = keyfile.load(work / "centre" / "shop.keys").epoch
    for n in range(1, len(points) + 1):
        work = _fresh(after_a_disable)
        killed_at(SYNC_ONE, _args(work, "office"), n)
        office = Vault.open(work / "office", "coordinator", COORDINATOR_PASS)
        try:
            assert office.verify_audit().ok
            sync(office)
            assert office.open_epoch == new_epoch and office.keys.epoch == new_epoch
        finally:
            office.lock()
        with pytest.raises(VaultError):
            Vault.open(work / "office", "outreach", PASSPHRASES[Role.OUTREACH])
        assert not [
            p.name for p in (work / "office" / "sync").iterdir() if p.name.endswith((".rekeyed", ".before-rekey"))
        ]
