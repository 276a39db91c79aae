"""Every section, for each role, and every dialog fits the screens a centre has (tests/gui/layout_check.py).

Window sizes are the logical room a maximised window gets: 1024x700 at 100%; 1366x768 at 125% and
at 150% beside a 40 px taskbar; 1920x1080 at 150% beside a 48 px taskbar (fitting_sizes takes off
the frame and title bar). Logical sizes are what layouts see, whatever the pixel ratio.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from shop_desktop.core.care import notes, referrals
from shop_desktop.core.desk import clients
from shop_desktop.core.sample import centre as demo
from shop_desktop.core.session import Session
from shop_desktop.core.store import staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.widgets import fit_into, fitting_sizes
from shop_desktop.gui.common.workers import SynchronousPool
from shop_desktop.gui.shell.app import configure_application
from shop_desktop.gui.shell.main_window import MainWindow
from tests.conftest import fast_kdf
from tests.gui.layout_check import layout_problems

PASSPHRASE = "quiet maple river candle"
ROLES = [name for name, _, _ in demo.DEMO_ACCOUNTS]
SCREENS = {  # available logical room -> the window a person gets
    "1024x700 at 100%": QSize(1024 + 16, 700 + 48),
    "1366x768 at 125%, taskbar": QSize(1366 * 4 // 5, (768 - 40) * 4 // 5),
    "1366x768 at 150%, taskbar": QSize(1366 * 2 // 3, (768 - 40) * 2 // 3),
    "1920x1080 at 150%, taskbar": QSize(1920 * 2 // 3, (1080 - 48) * 2 // 3),
}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Path:
    folder = tmp_path_factory.mktemp("layout") / "vault"
    scale = demo.DemoScale(clients=60, days=20)
    made = demo.create_demo_vault(folder, shared_passphrase=PASSPHRASE, kdf=fast_kdf(), scale=scale)
    made.vault.lock()
    return folder


@pytest.fixture
def signed_in(demo_folder: Path, qapp: QApplication) -> Iterator[Callable[[str], Vault]]:
    configure_application(qapp)
    opened: list[Vault] = []

    def open_as(username: str) -> Vault:
        opened.append(Vault.open(demo_folder, username, PASSPHRASE))
        return opened[-1]

    yield open_as
    for vault in opened:
        vault.lock()


def services_for(vault: Vault) -> Services:
    return Services(
        session=Session(vault), dialogs=ScriptedDialogs(), pool=SynchronousPool(), clipboard=ClipboardGuard()
    )


def test_the_window_fits_the_screen_it_opens_on() -> None:
    for available in SCREENS.values():
        first, minimum = fitting_sizes(available)
        assert first.width() <= available.width() - 16 and first.height() <= available.height() - 48
        assert minimum.width() <= first.width() and minimum.height() <= first.height()
    assert fitting_sizes(QSize(1920, 1040)) == (QSize(1280, 800), QSize(1024, 700))  # room: the usual sizes
    assert fitting_sizes(QSize(1366, 728))[0] == QSize(1280, 680)  # 1280x800 was taller than the screen


CASES = [(name, "1024x700 at 100%") for name in ROLES] + [(name, "1366x768 at 150%, taskbar") for name in ROLES]
CASES += [("coordinator", "1366x768 at 125%, taskbar"), ("coordinator", "1920x1080 at 150%, taskbar")]


@pytest.mark.parametrize(("username", "screen_name"), CASES)
def test_every_section_fits_without_overlap_clipping_or_crushing(
    qtbot: QtBot, signed_in: Callable[[str], Vault], username: str, screen_name: str
) -> None:
    window = MainWindow(services_for(signed_in(username)))
    qtbot.addWidget(window)
    first, minimum = fitting_sizes(SCREENS[screen_name])
    window.setMinimumSize(minimum)
    window.resize(first)
    window.show()
    found: dict[str, list[str]] = {}
    for key in window.section_keys():
        window.show_section(key)
        qtbot.wait(20)  # a scroll bar that appears re-lays its content out on the next pass
        problems = layout_problems(window)
        if screen_name.startswith("1024x700") and window.stack.width() > window.scroll.viewport().width():
            problems.append(f"scrolls sideways at 1024x700: needs {window.stack.minimumSizeHint().width()} px")
        if problems:
            found[key] = problems
    assert found == {}


def _client_and_note(vault: Vault) -> tuple[clients.Client, int | None]:
    match = clients.search(vault, "a")[0]
    client = clients.get_client(vault, match.id)
    headers = notes.notes_for_client(vault, client.id) if vault.can(notes.Permission.READ_NOTES) else []
    return client, (headers[0].id if headers else None)


def dialogs_for(vault: Vault) -> dict[str, Callable[[], QWidget]]:
    from shop_desktop.gui.admin.agencies_screen import AgencyDialog
    from shop_desktop.gui.admin.backup_screen import UnlockBackupDialog
    from shop_desktop.gui.admin.staff_screen import ChangePassphraseDialog, StaffDialog
    from shop_desktop.gui.clinical.note_editor import NoteEditor
    from shop_desktop.gui.clinical.referral_dialog import ReferralDialog
    from shop_desktop.gui.frontdesk.client_dialog import ClientDialog
    from shop_desktop.gui.frontdesk.outreach_screen import WhoYouMetDialog
    from shop_desktop.gui.frontdesk.suite_dialog import BookingDialog
    from shop_desktop.gui.safety.alert_dialog import AlertDialog
    from shop_desktop.gui.shell.signin import SignInWindow
    from shop_desktop.gui.shell.wizard import FirstRunWizard

    scripted = ScriptedDialogs()
    client, _ = _client_and_note(vault)
    member = staff.list_staff(vault)[0]
    from shop_desktop.gui.admin.staff_screen import ResetPassphraseDialog, RolesDialog

    return {
        "register a client": lambda: ClientDialog(Session(vault), scripted),
        "edit a client": lambda: ClientDialog(Session(vault), scripted, client=client),
        "bad-date report": lambda: AlertDialog(Session(vault), scripted),
        "note editor": lambda: NoteEditor(Session(vault), scripted, client),
        "referral": lambda: ReferralDialog(Session(vault), client),
        "agency": lambda: AgencyDialog(Session(vault)),
        "suite booking": lambda: BookingDialog(Session(vault), date.today()),
        "add staff": lambda: StaffDialog(Session(vault)),
        "roles": lambda: RolesDialog(Session(vault), member),
        "reset passphrase": lambda: ResetPassphraseDialog(Session(vault), member),
        "change my passphrase": lambda: ChangePassphraseDialog(Session(vault)),
        "open a backup": lambda: UnlockBackupDialog("coordinator"),
        "referral outcome": lambda: _outcome_dialog(vault),
        "who you met": lambda: WhoYouMetDialog(12, {}),
        "sign in": lambda: SignInWindow(vault.folder, dialogs=scripted, demo_hint="Demo passphrases: …"),
        "first-run wizard": lambda: FirstRunWizard(vault.folder.parent / "new-vault", dialogs=scripted),
        **_note_dialogs(vault, scripted),
    }


def _note_dialogs(vault: Vault, scripted: ScriptedDialogs) -> dict[str, Callable[[], QWidget]]:
    """The viewer and the addendum dialog need a signed note: the demo has some."""
    from shop_desktop.gui.clinical.note_editor import AddendumDialog
    from shop_desktop.gui.clinical.note_view import NoteViewer

    found = [
        (match.id, header.id)
        for match in clients.search(vault, "a", limit=50)
        for header in notes.notes_for_client(vault, match.id)
        if header.status == notes.SIGNED
    ]
    assert found, "the demo vault has no signed note to open"
    client, note_id = clients.get_client(vault, found[0][0]), found[0][1]
    return {
        "note viewer": lambda: NoteViewer(Session(vault), scripted, client, note_id),
        "addendum": lambda: AddendumDialog(Session(vault), notes.open_note(vault, note_id)),
    }


def _outcome_dialog(vault: Vault) -> QWidget:
    from shop_desktop.gui.clinical.referral_dialog import OutcomeDialog

    return OutcomeDialog(Session(vault), referrals.get_referral(vault, 1))  # the demo makes referrals


@pytest.mark.parametrize("screen_name", list(SCREENS))
def test_every_dialog_fits_the_screen_without_overlap_clipping_or_crushing(
    qtbot: QtBot, signed_in: Callable[[str], Vault], screen_name: str
) -> None:
    vault = signed_in("coordinator")
    available = SCREENS[screen_name]
    found: dict[str, list[str]] = {}
    for name, make in dialogs_for(vault).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        fit_into(dialog, available)  # as theme.AsShown does with the real screen's room
        qtbot.wait(1)
        if problems := layout_problems(dialog):
            found[name] = [f"at {dialog.width()}x{dialog.height()}"] + problems
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()
    assert found == {}


SCALED_RUN = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.shell.app import configure_application
from shop_desktop.gui.shell.main_window import MainWindow
from tests.gui.layout_check import layout_problems
from tests.gui.test_layout_fit import PASSPHRASE, services_for

app = QApplication(sys.argv)
configure_application(app)
for user in ("frontdesk", "coordinator"):  # the coordinator sees every section
    vault = Vault.open(Path(sys.argv[1]), user, PASSPHRASE)
    window = MainWindow(services_for(vault))
    window.showMaximized()
    app.processEvents()
    if user == "frontdesk":
        room = app.primaryScreen().availableGeometry()
        sizes = (room.width(), room.height(), window.width(), window.height())
        print(*sizes, window.minimumWidth(), window.minimumHeight())
        print(app.primaryScreen().devicePixelRatio())
    for key in window.section_keys():
        window.show_section(key)
        for _ in range(3):
            app.processEvents()
        for problem in layout_problems(window):
            print(user, key, problem)
        if window.stack.width() > window.scroll.viewport().width():
            print(user, key, "scrolls sideways")
    window.close()
    vault.lock()  # one session at a time holds a vault
"""


def test_at_150_percent_on_a_1366x768_screen_the_window_fits_and_nothing_is_crushed(
    demo_folder: Path, tmp_path: Path
) -> None:
    """A real scale factor in its own process: 1366x728 pixels (768 less a taskbar) at 150%."""
    import json
    import os
    import subprocess
    import sys

    screen = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1.5")
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    run = subprocess.run(
        [sys.executable, "-c", SCALED_RUN, str(demo_folder)], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    sizes, ratio, *problems = run.stdout.splitlines()
    room_w, room_h, width, height, min_w, min_h = (int(n) for n in sizes.split())
    assert (room_w, room_h) == (round(1366 / 1.5), round(728 / 1.5)) and float(ratio) == 1.5
    assert width <= room_w and height <= room_h and min_w <= room_w and min_h <= room_h  # was 1024x700
    assert problems == []  # nor does any section scroll sideways (the navigation shows icons only)


def test_reports_controls_stay_at_the_top_before_a_report_exists(
    qtbot: QtBot, signed_in: Callable[[str], Vault]
) -> None:
    window = MainWindow(services_for(signed_in("coordinator")))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    screen = window.show_section("reports")
    qtbot.wait(1)
    assert not screen.view.isVisible()
    make_top = screen.make.mapTo(screen, screen.make.rect().topLeft()).y()
    assert make_top < 110  # under the heading, not floating in the middle of an empty screen
    assert window.stack.width() <= window.scroll.viewport().width()  # and no sideways scrolling at 1024
