"""Restored-device scenarios whose correct outcome doesn't hold yet (each xfail names the cause).

Same steps as tests/sync/test_restored_review_*.py; the assertions are what a centre's staff would
expect. When one starts to pass, strict xfail fails it: move it to the review modules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_client
from tests.sync.restored_scenes import (
    NAMES,
    centre_backup,
    centre_bundles_tidied,
    client_rows,
    consents,
    no_items_anywhere,
    restore_to,
    said,
    sync_all,
)
from tests.sync.three import Three, sync


@pytest.mark.xfail(
    strict=True, reason="catch_up forgets base: the full re-send re-inserts rows the missing bundle had deleted"
)
def test_an_erasure_in_a_tidied_bundle_is_not_undone(three: Three, tmp_path: Path) -> None:
    """Zoë erased after the backup, that bundle tidied away: her consent comes back nowhere."""
    made, z, _sent = centre_bundles_tidied(three, tmp_path)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    sync(centre)
    sync_all(three, rounds=3)
    for name in NAMES:
        vault = getattr(three, name)
        assert client_rows(vault)[z][1] is None and client_rows(vault)[z][3] == "purged", name
        assert consents(vault, z) == 0, name
    assert no_items_anywhere(three)


@pytest.mark.xfail(strict=True, reason="OTHERS_HAVE_META learns only from a bundle the others wrote after applying it")
def test_a_last_own_bundle_not_in_the_folder_is_said_and_not_numbered_over(three: Three, tmp_path: Path) -> None:
    """The centre's last bundle is on another USB stick: the sync says so, and takes no used number."""
    made = centre_backup(three, tmp_path)
    make_client(three.centre, "First After Backup")
    sync_all(three)
    last = make_client(three.centre, "Last Before Loss")
    sync_all(three)  # the office and laptop apply it, and have nothing of their own to send
    away = tmp_path / "other-stick"
    away.mkdir()
    newest = max(int(p.name.split("-")[-1].split(".")[0]) for p in three.folder.glob("*-d0-centre-*"))
    for path in three.folder.glob(f"*-d0-*-{newest:08d}.shopsync"):
        path.rename(away / path.name)
    centre = restore_to(three, "centre", made, tmp_path, new_folder="new-centre")
    early = make_client(centre, "Registered Before First Sync")
    result = sync(centre)
    new = make_client(centre, "Registered After First Sync")
    sync(centre)
    sync_all(three, rounds=3)
    assert not [p.name for p in away.iterdir() if (three.folder / p.name).exists()]  # no name taken twice
    for name in ("office", "laptop"):
        assert {early.id, new.id, last.id} <= set(client_rows(getattr(three, name))), name
    assert said(result, f"up to number {newest}")
