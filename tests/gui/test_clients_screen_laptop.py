"""On the outreach laptop the Clients screen offers no Erase or Merge, and says why; the centre's does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.frontdesk.clients_screen import ClientsScreen
from tests.conftest import COORDINATOR_PASS
from tests.sync.three import Three, make_three


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    made = make_three(tmp_path)
    yield made
    made.close()


def _screen(qtbot: Any, vault: Vault, picture: str) -> ClientsScreen:
    services = Services(
        session=Session(vault), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )
    screen = ClientsScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.grab().save(f"/tmp/sync-fixes-{picture}.png")
    return screen


def test_the_laptop_coordinator_sees_erase_and_merge_off_with_the_reason(qtbot: Any, three: Three) -> None:
    three.laptop.lock()
    three.laptop = Vault.open(three.root / "laptop", "coordinator", COORDINATOR_PASS)
    screen = _screen(qtbot, three.laptop, "laptop-clients")
    for key in ("merge", "purge"):
        button = screen.buttons[key]
        assert button.isVisibleTo(screen) and not button.isEnabled()
        assert "done at the centre PC" in button.toolTip()


def test_the_centre_coordinator_can_erase_and_merge(qtbot: Any, three: Three) -> None:
    screen = _screen(qtbot, three.centre, "centre-clients")
    for key in ("merge", "purge"):
        assert screen.buttons[key].isEnabled() and screen.buttons[key].toolTip() == ""
