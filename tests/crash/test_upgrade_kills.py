"""The key-file upgrade (format 1 -> 2) stopped dead at every write, fsync, rename and COMMIT it makes,
with and without a power cut's losses (core/store/journal.py, rule 2): at the next sign-in the vault is
upgraded whole, every account opens with its own roles, and the audit trail verifies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.crash.harness import count_points, killed_at
from tests.security.test_upgrade_v1 import EXPECTED, FIXTURES, assert_upgraded_vault_is_whole, sign_in

CODE = (
    "from shop_desktop.core.store.vault import Vault\n"
    'Vault.open(Path(ARGS["folder"]), "cora", ARGS["passphrase"]).lock()\n'
)


def _fresh(folder: Path) -> dict[str, str]:
    shutil.copytree(FIXTURES / "v1_vault", folder)
    return {"folder": str(folder), "passphrase": EXPECTED["passphrases"]["cora"]}


def test_the_upgrade_commits_once_at_the_database_commit(tmp_path: Path) -> None:
    points = count_points(CODE, _fresh(tmp_path / "probe"))
    staged = points.index("write .shop.keys.pending")
    committed = points.index("commit shop.db")
    renamed = points.index("rename shop.keys")
    assert staged < committed < renamed  # the new file is whole before the commit, in place after it


@pytest.mark.parametrize("power_cut", [False, True], ids=["killed", "power cut"])
def test_the_upgrade_survives_a_kill_at_every_point(tmp_path: Path, power_cut: bool) -> None:
    points = count_points(CODE, _fresh(tmp_path / "probe"))
    for n in range(1, len(points) + 1):
        folder = tmp_path / f"v1-{n}"
        killed_at(CODE, _fresh(folder), n, power_cut=power_cut)
        sign_in(folder, "cora").lock()  # after the power comes back
        assert not (folder / ".shop.keys.pending").exists()
        assert_upgraded_vault_is_whole(folder)
    assert len(points) >= 5
