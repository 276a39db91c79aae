"""A 50,000-character paste into any search box: cut to 200 with a plain word, and the screen answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.widgets import SearchBox
from shop_desktop.gui.shell.app import AppController
from tests.conftest import COORDINATOR_PASS, fast_kdf
from tests.factories import make_client

PASTE = "Amar' OR 1=1; -- %_" * 2_632  # 50,008 characters


def test_every_search_box_cuts_a_huge_paste_and_says_so(
    qtbot: QtBot, controller: AppController, vault_dir: Path
) -> None:
    vault, _ = Vault.create(
        vault_dir,
        centre_name="Paste Drop-in",
        username="coordinator",
        display_name="Cora",
        passphrase=COORDINATOR_PASS,
        kdf=fast_kdf(),
    )
    make_client(vault, "Amar")
    window = controller.open_main_window(Session(vault))
    pasted_into = []
    for key in window.section_keys():
        screen = window.show_section(key)
        for box in screen.findChildren(SearchBox):
            said: list[str] = []
            box.refused.connect(said.append)
            box.clear()
            box.setFocus()
            QGuiApplication.clipboard().setText(PASTE)
            box.paste()
            QApplication.processEvents()
            assert len(box.text()) == 200 and box.text() == PASTE[:200]
            assert said and "at most 200 characters" in said[0] and "left out" in said[0]
            pasted_into.append(key)
    # the check-in search, the clients registry, alerts lookup, agencies, notes, history and referrals
    assert {"checkin", "clients", "alerts", "notes"} <= set(pasted_into)
    QGuiApplication.clipboard().clear()
