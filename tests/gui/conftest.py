"""GUI fixtures: one screen or the app controller with its collaborators injected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.shell import translations
from shop_desktop.gui.shell.app import AppController, configure_application
from tests.conftest import fast_kdf


def settle_sign_in(qtbot: object, window: object) -> None:
    """After Sign in: the sign-in window hands the session over a turn later and the main window
    shows a turn after that (gui/shell/signin.py, app.py); a wrong passphrase is answered at once."""
    qtbot.waitUntil(lambda: window.handing_over is None, timeout=5000)  # type: ignore[attr-defined]
    qtbot.wait(20)  # type: ignore[attr-defined]


def vault_of(holder: object) -> Vault:
    """The raw vault behind a window's or the controller's session, for a test's own setup and its
    attacker's-eye checks; screens never reach it (tests/test_boundary.py)."""
    session = holder if isinstance(holder, Session) else holder.session  # type: ignore[attr-defined]
    assert isinstance(session, Session)
    return session._Session__vault  # type: ignore[attr-defined,no-any-return]


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """As at the app's start (translations.install): "1 visit", "3 visits", never "visit(s)"."""
    translations.install(qapp, QLocale("en_CA"))


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def controller(qapp: QApplication, vault_dir: Path, dialogs: ScriptedDialogs) -> Iterator[AppController]:
    configure_application(qapp)
    ctl = AppController(vault_dir, dialogs=dialogs, pool=SynchronousPool(), kdf=fast_kdf(), idle_ms=60_000)
    yield ctl
    if ctl.session is not None:
        ctl.session.lock()
    if ctl.window is not None:
        ctl.window.close()


def landed(qtbot: Any, window: Any) -> Any:
    """The main window builds its first screen after its first paint, some of it in later turns of
    the event loop (main_window._open_landing): wait until it is whole, and return it."""
    key = window.landing_section()

    def whole() -> bool:
        screen = window.screens.get(key)
        return screen is not None and getattr(screen, "built", True)

    qtbot.waitUntil(whole, timeout=5000)
    return window.screens[key]
