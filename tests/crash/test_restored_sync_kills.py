"""The first sync of a centre PC put back from a backup (core/sync/catch_up.py), stopped dead at
every write, fsync and rename (tests/crash/harness.py): at the next start the vault opens, its
trail verifies, the next syncs complete, and every device ends with the client registered after
the backup exactly once, and with the one registered after the restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shop_desktop.core.backup import backup, restore
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import syncing
from tests.conftest import COORDINATOR_PASS
from tests.crash.harness import count_points, killed_at
from tests.factories import make_client
from tests.sync.three import make_three, sync

LOST, NEW = "Lost After Backup", "Made After Restore"
FIRST_SYNC = """
from shop_desktop.core.store.vault import Vault
from tests.sync.three import sync
vault = Vault.open(Path(ARGS["folder"]), "coordinator", ARGS["passphrase"])
sync(vault)
vault.lock()
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The centre backed up, then a client registered and taken by the office, then the centre
    restored over its folder and a client registered there before its first sync."""
    base = tmp_path_factory.mktemp("restored-sync-kills")
    work = base / "work"
    three = make_three(work)
    sync(three.centre)
    sync(three.office)
    made = backup.make_backup(backup.prepare_backup(three.centre, base)).path
    make_client(three.centre, LOST)
    sync(three.centre)
    sync(three.office)
    folder = three.centre.folder
    three.close()
    live = restore.prove_live(folder, username="coordinator", passphrase=COORDINATOR_PASS)
    restore.restore_backup(backup.open_backup(made, "coordinator", COORDINATOR_PASS), folder, replace=True, live=live)
    centre = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    syncing.set_folder(centre, work / "sync")
    make_client(centre, NEW)
    centre.lock()
    shutil.copytree(work, base / "template")
    return base / "template", work


def _fresh(template: tuple[Path, Path]) -> Path:
    saved, work = template
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(saved, work)
    return work


def _counts(work: Path, device: str) -> tuple[int, int]:
    vault = Vault.open(work / device, "coordinator", COORDINATOR_PASS)
    try:
        report = vault.verify_audit()
        assert report.ok, report.problem
        result = sync(vault)
        assert result.refused == [] and result.waiting == [], (result.refused, result.waiting)
        return tuple(  # type: ignore[return-value]
            vault.conn.execute("SELECT count(*) FROM clients WHERE alias = ?", (a,)).fetchone()[0] for a in (LOST, NEW)
        )
    finally:
        vault.lock()


def test_a_kill_at_every_step_of_the_first_sync_after_a_restore(template: tuple[Path, Path]) -> None:
    work = _fresh(template)
    args = {"folder": str(work / "centre"), "passphrase": COORDINATOR_PASS}
    points = count_points(FIRST_SYNC, args)
    assert any(p.startswith("rename ") and p.endswith(".shopsync") for p in points), points
    for n in range(1, len(points) + 1):
        work = _fresh(template)
        killed_at(FIRST_SYNC, args, n)
        for device in ("centre", "office", "centre"):
            _counts(work, device)
        assert [_counts(work, d) for d in ("centre", "office")] == [(1, 1), (1, 1)], f"killed at {points[n - 1]}"
