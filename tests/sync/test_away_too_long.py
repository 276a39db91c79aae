"""A device away for longer than the centre keeps signed key-file changes is told what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from shop_desktop.core.roles import Role
from shop_desktop.core.store import keyfile, trust
from shop_desktop.core.store.vault import Vault
from tests.conftest import PASSPHRASES
from tests.factories import make_client
from tests.sync.three import make_three, sync


def test_a_laptop_further_behind_than_the_kept_changes_is_told_to_join_again_and_still_sends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trust, "KEPT_STEPS", 5)  # 400 at the centre; the rule is the same
    three = make_three(tmp_path)
    try:
        sync(three.centre)
        sync(three.laptop)
        before = keyfile.load(three.laptop.folder / "shop.keys").generation
        for _ in range(7):  # a week of backups at the centre: each signs the audit head into the key file
            three.centre.anchor_in_manifest()
        make_client(three.laptop, "Met At The Bus Stop")  # the laptop's own work meanwhile
        sync(three.centre)
        result = sync(three.laptop)
        [refused] = result.refused
        assert "Add a device" in refused and "5 changes" in refused and "join with the new file" in refused
        assert keyfile.load(three.laptop.folder / "shop.keys").generation == before  # nothing taken
        assert result.written  # its own changes still go out
        sync(three.centre)
        aliases = {r[0] for r in three.centre.conn.execute("SELECT alias FROM clients")}
        assert "Met At The Bus Stop" in aliases
    finally:
        three.close()


def test_a_laptop_within_the_kept_changes_catches_up_on_every_one(tmp_path: Path) -> None:
    three = make_three(tmp_path)
    try:
        sync(three.laptop)
        for _ in range(7):
            three.centre.anchor_in_manifest()
        sync(three.centre)
        result = sync(three.laptop)
        assert result.refused == [] and result.adopted_keys is not None
        assert result.adopted_keys.generation == three.centre.keys.generation
        three.laptop.lock()
        Vault.open(three.laptop.folder, "outreach", PASSPHRASES[Role.OUTREACH]).lock()  # its slot still opens
    finally:
        three.close()
