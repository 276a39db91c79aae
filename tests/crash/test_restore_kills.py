"""A restore stopped dead at every write, fsync and rename it makes: the next start finds the old
vault or the restored one, whole, and opens it normally (core/store/journal.py's rule)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from shop_desktop.core.backup import backup
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit
from shop_desktop.core.store.journal import JOURNAL_NAME
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as
from tests.crash.harness import count_points, killed_at
from tests.factories import make_client, make_visit

RESTORE_OVER_THE_LIVE_VAULT = """
from shop_desktop.core.backup import backup, restore
live = restore.prove_live(Path(ARGS["folder"]), username="coordinator", passphrase=ARGS["passphrase"])  # T6
opened = backup.open_backup(Path(ARGS["backup"]), "coordinator", ARGS["passphrase"])
restore.restore_backup(opened, Path(ARGS["folder"]), replace=True, live=live)
"""
IN_BACKUP, AFTER_BACKUP = 12, 13


@pytest.fixture
def before_restore(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(a vault folder to copy for each run, a backup of it made one client earlier)."""
    add_member(vault, Role.FRONT_DESK)
    for n in range(IN_BACKUP):
        make_visit(vault, make_client(vault, f"Client {n} Zoë"), "Meal")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.make_backup(backup.prepare_backup(vault, usb))
    make_client(vault, "After the backup")
    vault.lock()
    template = tmp_path / "template"
    shutil.copytree(vault_dir, template)
    return template, made.path


def clients_in(folder: Path) -> tuple[int, list[str]]:
    """Opens as the next start would (finishing or undoing a cut-short restore first)."""
    session = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    try:
        report = session.verify_audit()
        assert report.ok, report.problem
        count = session.conn.execute("SELECT count(*) FROM clients").fetchone()[0]
        return count, [e.action for e in audit.entries(session.conn)]
    finally:
        session.lock()


def signed(keys: Any) -> tuple[object, object]:
    """The key file's signed part: each sign-out re-seals the person's own slot (the T8 anchor), nothing else."""
    return keys["manifest"], keys["signature"]


def assert_whole(folder: Path, old_keys: object, restored_keys: object, where: str) -> str:
    count, actions = clients_in(folder)
    keys = json.loads((folder / "shop.keys").read_bytes())
    kept = sorted(folder.glob("before-restore-*"))
    if count == AFTER_BACKUP:
        assert signed(keys) == signed(old_keys) and not kept and "backup.restored" not in actions, where
        state = "old"
    else:
        assert count == IN_BACKUP, f"{where}: {count} clients"
        assert signed(keys) == signed(restored_keys) and "backup.restored" in actions and len(kept) == 1, where
        assert clients_in(kept[0])[0] == AFTER_BACKUP, where  # the vault that was there, kept whole
        state = "restored"
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith((".restoring", ".tmp")) or p.name == JOURNAL_NAME]
    assert not leftovers, f"{where}: {leftovers}"
    front_desk = sign_in_as(folder, Role.FRONT_DESK)  # nobody signs in as somebody else
    try:
        assert front_desk.user.username == "frontdesk" and front_desk.roles == {Role.FRONT_DESK}, where
    finally:
        front_desk.lock()
    return state


@pytest.mark.parametrize("power_cut", [False, True], ids=["killed", "power-cut"])
def test_a_restore_killed_at_every_write_fsync_and_rename_leaves_one_whole_vault(
    before_restore: tuple[Path, Path], tmp_path: Path, power_cut: bool
) -> None:
    template, made = before_restore
    folder = tmp_path / "vault-under-test"
    args = {"folder": str(folder), "backup": str(made), "passphrase": COORDINATOR_PASS}
    old_keys = json.loads((template / "shop.keys").read_bytes())
    restored_keys = backup.read_header(made)[0].keys
    shutil.copytree(template, folder)
    points = count_points(RESTORE_OVER_THE_LIVE_VAULT, args)
    assert assert_whole(folder, old_keys, restored_keys, "no kill") == "restored"
    assert len(points) >= 15, points  # every chunk, the key file, the journal and each rename
    states = []
    for n in range(1, len(points) + 1):
        shutil.rmtree(folder)
        shutil.copytree(template, folder)
        done = killed_at(RESTORE_OVER_THE_LIVE_VAULT, args, n, power_cut=power_cut)
        states.append(assert_whole(folder, old_keys, restored_keys, f"killed before {done[-1]!r} (point {n})"))
    # Until the journal is in place (and, after a power cut, its folder fsynced) the old vault
    # stays; from then on the restore completes.
    switch = states.index("restored")
    assert states == ["old"] * switch + ["restored"] * (len(points) - switch)
    assert switch == points.index(f"rename {JOURNAL_NAME}") + 1 + power_cut
    print(f"restore ({'power cut' if power_cut else 'killed'}): {len(points)} kill points, all passed")


def test_the_app_finishes_a_cut_short_restore_and_never_offers_the_first_run_wizard(
    before_restore: tuple[Path, Path], tmp_path: Path, qtbot: object
) -> None:
    from shop_desktop.gui.common.dialogs import ScriptedDialogs
    from shop_desktop.gui.shell.app import AppController
    from shop_desktop.gui.shell.signin import SignInWindow

    template, made = before_restore
    folder = tmp_path / "vault-under-test"
    shutil.copytree(template, folder)
    args = {"folder": str(folder), "backup": str(made), "passphrase": COORDINATOR_PASS}
    points = count_points(RESTORE_OVER_THE_LIVE_VAULT, args)
    shutil.rmtree(folder)
    shutil.copytree(template, folder)
    # Killed with the old vault moved aside and nothing new in place yet: the folder has no vault.
    swap = points.index("rename shop.keys", points.index(f"rename {JOURNAL_NAME}"))  # not the sign-out's
    killed_at(RESTORE_OVER_THE_LIVE_VAULT, args, swap + 2)
    assert not (folder / "shop.db").exists() and (folder / JOURNAL_NAME).exists()
    controller = AppController(folder, dialogs=ScriptedDialogs())
    window = controller.start()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    qtbot.wait(10)  # type: ignore[attr-defined]  # the window's first focus change happens while it is there
    assert isinstance(window, SignInWindow)
    assert window.ui.userCombo.count() == 2 and not window.ui.errorLabel.text()  # the restored accounts
    assert clients_in(folder)[0] == IN_BACKUP


def test_a_restore_cut_short_by_an_older_version_is_undone_at_the_next_start(
    vault: Vault, vault_dir: Path, qtbot: object
) -> None:
    """The state the issue found (restored key file, no database, the old vault set aside, no journal)."""
    from shop_desktop.gui.common.dialogs import ScriptedDialogs
    from shop_desktop.gui.shell.app import AppController
    from shop_desktop.gui.shell.signin import SignInWindow

    make_client(vault, "Kept")
    vault.lock()
    kept = vault_dir / "before-restore-2026-11-30-101500"
    kept.mkdir()
    (vault_dir / "shop.db").rename(kept / "shop.db")
    (vault_dir / "shop.keys").rename(kept / "shop.keys")
    (vault_dir / "shop.keys").write_bytes((kept / "shop.keys").read_bytes().replace(b"coordinator", b"restored"))
    (vault_dir / ".shop.db.restoring").write_bytes(b"keyed pages of the restored database")
    controller = AppController(vault_dir, dialogs=ScriptedDialogs())
    window = controller.start()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    qtbot.wait(10)  # type: ignore[attr-defined]
    assert isinstance(window, SignInWindow) and not window.ui.errorLabel.text()
    assert clients_in(vault_dir)[0] == 1  # the vault that was there is back, whole
    assert (kept / "shop.keys.from-the-unfinished-restore").exists() and not (vault_dir / ".shop.db.restoring").exists()


def test_no_wizard_over_a_folder_that_holds_part_of_a_set_aside_vault(
    vault: Vault, vault_dir: Path, qtbot: object
) -> None:
    from shop_desktop.gui.common.dialogs import ScriptedDialogs
    from shop_desktop.gui.shell.app import AppController
    from shop_desktop.gui.shell.signin import SignInWindow

    vault.lock()
    kept = vault_dir / "before-restore-2026-11-30-101500"
    kept.mkdir()
    (vault_dir / "shop.db").rename(kept / "shop.db")  # its key file is gone: nothing to put back whole
    controller = AppController(vault_dir, dialogs=ScriptedDialogs())
    window = controller.start()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    qtbot.wait(10)  # type: ignore[attr-defined]
    assert isinstance(window, SignInWindow)
    assert "didn't finish" in window.ui.errorLabel.text() and kept.name in window.ui.errorLabel.text()
    assert (kept / "shop.db").exists() and not (vault_dir / "shop.db").exists()  # nothing made over it


def test_a_journal_that_cannot_be_read_stops_the_opening_in_plain_words(
    vault: Vault, vault_dir: Path, qtbot: object
) -> None:
    from shop_desktop.core.errors import VaultDamaged
    from shop_desktop.gui.common.dialogs import ScriptedDialogs
    from shop_desktop.gui.shell.app import AppController
    from shop_desktop.gui.shell.signin import SignInWindow

    vault.lock()
    (vault_dir / JOURNAL_NAME).write_bytes(b'{"kind": "restore", "moves": [["shop.keys", "../elsewhere"]]}')
    with pytest.raises(VaultDamaged, match="can't be read"):
        Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    controller = AppController(vault_dir, dialogs=ScriptedDialogs())
    window = controller.start()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    qtbot.wait(10)  # type: ignore[attr-defined]
    assert isinstance(window, SignInWindow) and "can't be read" in window.ui.errorLabel.text()
    assert (vault_dir / "shop.keys").exists() and not (vault_dir.parent / "elsewhere").exists()


@pytest.mark.skipif(
    not os.environ.get("SHOP_DESKTOP_STRACE_SWEEP") or not shutil.which("strace"), reason="slow; on request"
)
def test_a_restore_killed_by_strace_at_every_writing_system_call_leaves_one_whole_vault(
    before_restore: tuple[Path, Path], tmp_path: Path
) -> None:
    """The cross-check from outside the process: SQLite's own writes are stopped too."""
    from tests.crash.harness import strace_counts, strace_killed_at

    template, made = before_restore
    folder = tmp_path / "vault-under-test"
    args = {"folder": str(folder), "backup": str(made), "passphrase": COORDINATOR_PASS}
    old_keys = json.loads((template / "shop.keys").read_bytes())
    restored_keys = backup.read_header(made)[0].keys
    shutil.copytree(template, folder)
    counts = strace_counts(RESTORE_OVER_THE_LIVE_VAULT, args)
    total = 0
    for call, times in sorted(counts.items()):
        for n in range(1, times + 1):
            shutil.rmtree(folder)
            shutil.copytree(template, folder)
            strace_killed_at(RESTORE_OVER_THE_LIVE_VAULT, args, call, n)
            assert_whole(folder, old_keys, restored_keys, f"killed at {call} number {n}")
            total += 1
    print(f"restore under strace: {total} kill points {counts}, all passed")


RESTORE_INTO_A_NEW_FOLDER = """
from shop_desktop.core.backup import backup, restore
opened = backup.open_backup(Path(ARGS["backup"]), "coordinator", ARGS["passphrase"])
restore.restore_backup(opened, Path(ARGS["folder"]))
"""


def test_a_restore_into_a_new_folder_killed_anywhere_leaves_a_whole_vault_or_none(
    before_restore: tuple[Path, Path], tmp_path: Path
) -> None:
    from shop_desktop.core.store import journal
    from shop_desktop.core.store.places import vault_exists

    _, made = before_restore
    folder = tmp_path / "new place"
    args = {"folder": str(folder), "backup": str(made), "passphrase": COORDINATOR_PASS}
    points = count_points(RESTORE_INTO_A_NEW_FOLDER, args)
    for n in range(1, len(points) + 1):
        shutil.rmtree(folder)
        killed_at(RESTORE_INTO_A_NEW_FOLDER, args, n)
        assert journal.recover(folder) == ""  # what any start does first
        if vault_exists(folder):
            assert clients_in(folder)[0] == IN_BACKUP, f"point {n}"
        left = sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))
        assert left in ([], ["shop.db", "shop.keys"]), f"point {n}: {left}"
    print(f"restore into a new folder: {len(points)} kill points, all passed")
