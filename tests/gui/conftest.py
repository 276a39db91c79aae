"""GUI fixtures: one screen or the app controller with its collaborators injected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from shop_desktop.gui.app import AppController, configure_application
from shop_desktop.gui.dialogs import ScriptedDialogs
from shop_desktop.gui.workers import SynchronousPool
from tests.conftest import fast_kdf


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def controller(qapp: QApplication, vault_dir: Path, dialogs: ScriptedDialogs) -> Iterator[AppController]:
    configure_application(qapp)
    ctl = AppController(vault_dir, dialogs=dialogs, pool=SynchronousPool(), kdf=fast_kdf(), idle_ms=60_000)
    yield ctl
    if ctl.vault is not None:
        ctl.vault.lock()
    if ctl.window is not None:
        ctl.window.close()
