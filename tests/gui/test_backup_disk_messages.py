"""The Backup screen shows each disk failure in its own plain sentence, and no raw system text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shop_desktop.core.backup import backup
from shop_desktop.core.store import journal
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from tests.factories import make_client
from tests.gui.test_backup_screen import make_screen


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "is full"),
        (errno.EROFS, "isn't allowed to write"),
        (errno.ENODEV, "went away"),
        (errno.EIO, "may be failing"),
    ],
)
def test_each_disk_failure_has_its_own_sentence_on_screen(
    qtbot: QtBot, vault: Vault, tmp_path: Path, code: int, words: str
) -> None:
    make_client(vault, "Jade")
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs = ScriptedDialogs(paths=[usb])
    screen, _ = make_screen(qtbot, vault, dialogs)

    def fail_the_first_write(kind: str, path: Path) -> None:
        if kind == "write" and path.name.endswith(".partial"):
            journal.set_hook(None)
            raise OSError(code, "raw words")

    journal.set_hook(fail_the_first_write)
    try:
        screen.start_backup()
    finally:
        journal.set_hook(None)
    shown = screen.result.text()
    assert words in shown and "No backup was written" in shown and "raw words" not in shown
    assert "didn't expect" not in shown and [s[0] for s in dialogs.shown] == ["folder"]  # said once, on the screen
    assert list(usb.iterdir()) == [] and backup.last_backup(vault).at is None
    screen.resize(1024, 700)
    screen.grab().save(f"/tmp/crash-backup-{errno.errorcode[code]}.png")


def test_a_disk_error_no_screen_expected_still_gets_its_own_words(qtbot: QtBot, vault_dir: Path) -> None:
    from shop_desktop.gui.shell.app import AppController, error_hook

    dialogs = ScriptedDialogs()
    hook = error_hook(AppController(vault_dir, dialogs=dialogs))
    hook.on_exception(OSError, OSError(errno.ENOSPC, "raw words"), None)
    hook.on_exception(OSError, OSError(errno.EIO, "raw words"), None)
    [(_, full), (_, failing)] = [(kind, args[-1]) for kind, *args in dialogs.shown]
    assert "is full" in full and "may be failing" in failing and "raw words" not in full + failing
