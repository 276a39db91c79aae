"""Add a device onto a folder that takes no file: said in plain words, before a device number is used.

Root ignores file modes, so the folder that can't be written is one under a plain file (mkdir
fails with an OSError, as on a locked USB stick). Afterwards the next device still gets number 1,
and the success message is one sentence a translator sees whole.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.workers import SynchronousPool
from tests.conftest import add_member
from tests.gui.test_sync_add_device import _pick, _screen


def test_a_folder_that_takes_no_file_is_refused_before_a_number_is_used(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    add_member(vault, Role.OUTREACH)
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    dialogs = ScriptedDialogs(paths=[blocker / "stick"])
    dialogs.dialog_scripts.append(_pick("outreach"))
    screen = _screen(qtbot, vault, dialogs, SynchronousPool())
    screen.ui.add_device.click()
    shown = screen.result.text()
    assert "can't be written in" in shown and "Choose another folder" in shown, shown
    assert [d.number for d in devices.listing(vault)] == [0]
    assert vault.conn.execute("SELECT count(*) FROM audit WHERE action = 'sync.device_added'").fetchone()[0] == 0
    QApplication.processEvents()  # the layout makes room for the two lines
    screen.grab().save("/tmp/sync-fixes-add-device-refused.png")
    # a good folder next: number 1, and the message names the file, the device and the person in one line
    stick = tmp_path / "stick"
    dialogs.paths.append(stick)
    dialogs.dialog_scripts.append(_pick("outreach"))
    screen.ui.add_device.click()
    [made] = list(stick.iterdir())
    assert made.name == "shop-device-1.shopenroll"
    text = screen.result.text()
    assert f"Enrollment file saved: {made}. On Outreach laptop, open SHOP Desktop" in text
    assert "choose Join from an enrollment file, and sign in as" in text and "(outreach)" in text
