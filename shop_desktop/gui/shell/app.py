"""Builds the application and moves between the wizard, sign-in and the main window."""

from __future__ import annotations

import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from shop_desktop import __version__
from shop_desktop.assets import resource_path
from shop_desktop.core.errors import disk_problem
from shop_desktop.core.store import journal
from shop_desktop.core.store.places import default_folder, vault_exists
from shop_desktop.gui.common import theme
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import Dialogs
from shop_desktop.gui.shell import translations
from shop_desktop.gui.shell.error_hook import ErrorHook
from shop_desktop.gui.shell.signin import SignInWindow
from shop_desktop.gui.shell.warm_up import warm_in_turns

if TYPE_CHECKING:
    from shop_desktop.core.session import Session
    from shop_desktop.core.store import crypto
    from shop_desktop.gui.shell.idle import IdleLock
    from shop_desktop.gui.shell.main_window import MainWindow
    from shop_desktop.gui.shell.sections import Section
    from shop_desktop.gui.shell.wizard import FirstRunWizard


def configure_application(app: QApplication) -> None:
    """Fusion style, the shipped font and stylesheet, names for QSettings (once per application)."""
    if app.property("shop_configured"):
        return
    app.setProperty("shop_configured", True)
    QCoreApplication.setOrganizationName("SHOP Desktop")
    QCoreApplication.setApplicationName("SHOP Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    app.setFont(QFont("DejaVu Sans", 10))
    theme.apply(app)  # the stylesheet's colours and icons follow a light or dark palette
    translations.install(app)  # resources/translations/shop_<locale>.qm when the centre's language has one


def _long_work_running() -> bool:
    """A backup, restore, report or search still working: the idle lock waits for it to end
    (locking would cut a backup off halfway; the privacy cover still hides the screen)."""
    from shop_desktop.gui.common.workers import jobs_running

    return jobs_running() > 0


# Each SQL statement lets go of the interpreter lock; with a worker running Python (the re-seal, a
# check, a sync) the GUI thread then waited Python's default 5 ms to get it back, every time: a
# connection's four statements took 67-100 ms instead of 1.5. At 0.5 ms it waits at most that.
GIL_TURN_S = 0.0005

# The retention review and the notes' re-seal job wait this long after the main window is shown:
# the landing screen is built by then, and a worker started earlier (the re-seal) would compete
# with its building turns for the interpreter.
AFTER_FIRST_SCREEN_MS = 400

# What the first minute after a sign-in shows, imported on the sign-in's worker while the session
# opens: the first import of these took 400-600 ms of the GUI thread (Python code only; no widget
# is made off the GUI thread).
SCREENS_AFTER_SIGN_IN = (
    "shop_desktop.gui.shell.main_window",
    "shop_desktop.gui.shell.home_screen",
    "shop_desktop.gui.frontdesk.checkin_screen",
    "shop_desktop.gui.frontdesk.outreach_screen",
    "shop_desktop.gui.admin.retention_dialog",
    "shop_desktop.gui.clinical.notes_screen",
    "shop_desktop.gui.safety.overdose_screen",
    "shop_desktop.core.care.notes_reseal",
)


def load_screens_code() -> None:
    from shop_desktop.core.session import load_actions

    load_actions()  # every core module with actions: the session's first use imported them all (200 ms)
    for name in SCREENS_AFTER_SIGN_IN:
        importlib.import_module(name)


class AppController(QObject):
    """Owns the session: which window is showing, the idle lock, locking and switching user."""

    def __init__(
        self,
        folder: Path,
        *,
        dialogs: Dialogs | None = None,
        pool: Any = None,
        kdf: crypto.KdfParams | None = None,
        idle_ms: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        demo_hint: str | None = None,
        sections: list[Section] | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.dialogs = dialogs or Dialogs()
        self.pool = pool or QThreadPool.globalInstance()
        self.kdf = kdf
        self.idle_ms = idle_ms
        self.clock = clock  # the idle lock's (tests move it instead of waiting)
        self.demo_hint = demo_hint
        self.sections = sections
        self.clipboard = ClipboardGuard(parent=self)
        sys.setswitchinterval(GIL_TURN_S)
        self.session: Session | None = None
        self.window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.idle: IdleLock | None = None
        self.idle_minutes = 0

    def start(self) -> QWidget:
        problem = journal.recover(self.folder)  # a half-finished restore is finished or undone first
        if vault_exists(self.folder) or problem:
            return self.show_sign_in(problem)
        left_behind = journal.restore_left_behind(self.folder)
        if left_behind:  # never offer a new, empty vault over someone's data
            return self.show_sign_in(left_behind)
        from shop_desktop.gui.shell.wizard import FirstRunWizard  # the first run only: it brings in reportlab

        wizard = FirstRunWizard(self.folder, dialogs=self.dialogs, kdf=self.kdf)
        wizard.vault_created.connect(self.open_main_window)
        wizard.rejected.connect(lambda: self._wizard_left(wizard))
        return self._show(wizard)

    def _wizard_left(self, wizard: FirstRunWizard) -> None:
        if wizard.session is not None:
            wizard.session.lock()
            self.show_sign_in()

    def show_sign_in(self, message: str = "", username: str = "") -> SignInWindow:
        """message is a notice (why the app locked), not an error; username is kept from the locked session."""
        window = theme.build_unwatched(  # 20 ms less before the first window shows (see there)
            lambda: SignInWindow(
                self.folder,
                dialogs=self.dialogs,
                demo_hint=self.demo_hint,
                message=message,
                username=username,
                pool=self.pool,
                after_open=load_screens_code,
            )
        )
        window.signed_in.connect(self._signed_in)
        self._show(window)
        warm_in_turns(window)  # Qt's Python types, before the main window meets them
        return window

    def _show(self, window: QWidget) -> QWidget:
        old, self.window = self.window, window
        window.show()
        window.activateWindow()
        if old is not None and old is not window:
            old.close()
            old.deleteLater()
        return window

    def open_main_window(self, session: Session) -> MainWindow:
        """The main window on a session, built and shown at once."""
        window = self._make_main_window(session)
        self._present(window)
        return window

    def _signed_in(self, opened: Any) -> None:
        # The session's code (with every role and action) loads at the first sign-in, not with the window.
        from shop_desktop.core.session import Session

        self._open_after_sign_in(Session(opened))

    def _open_after_sign_in(self, session: Session) -> None:
        """Built in this turn (40 ms), shown in the next: its first paint is 60 ms of its own."""
        window = self._make_main_window(session)
        QTimer.singleShot(1, window, lambda: self._present(window) if self.main_window is window else None)

    def _make_main_window(self, session: Session) -> MainWindow:
        from shop_desktop.gui.common.services import Services
        from shop_desktop.gui.shell.main_window import MainWindow

        self.session = session
        services = Services(session=session, dialogs=self.dialogs, pool=self.pool, clipboard=self.clipboard)
        window = MainWindow(services, self.sections)
        services.status_message = lambda text: window.statusBar().showMessage(text, 8000)
        services.refresh_status = window.refresh_backup_status
        services.lock_app = self.lock
        services.idle_minutes_changed = self._idle_minutes_changed
        services.notes_need_resealing = lambda: self._reseal_in_background(session, window)
        window.lock_requested.connect(lambda: self.lock(self.tr("Locked. Sign in to continue.")))
        window.switch_user_requested.connect(
            lambda: self.lock(self.tr("Signed out. The next person can sign in."), keep_user=False)
        )
        window.quit_requested.connect(self.quit)
        self.main_window = window
        return window

    def _present(self, window: MainWindow) -> None:
        """Show the main window, then what the sign-in has to say."""
        session, services = window.session, window.services
        self._show(window)
        self._watch_privacy_keys(window)
        self._start_idle_lock(session)
        self._show_key_file_warnings(session, window)
        if session.user.must_change_passphrase:
            window.change_passphrase(forced=True)
        self._offer_drafts(session, window)
        self._offer_overdose_drafts(session, window)
        self._show_break_glass(session, window)
        # After the first paint and the first screen's turns: the review and its dialog are tens of
        # ms the window shouldn't wait for, and the re-seal's worker would compete with the turns.
        QTimer.singleShot(AFTER_FIRST_SCREEN_MS, window, lambda: self._after_first_screen(services, window))

    def _after_first_screen(self, services: Any, window: MainWindow) -> None:
        if self.main_window is not window or not services.session.is_open:
            return  # locked (or signed in again) before the event loop came round
        self._reseal_in_background(services.session, window)
        self._offer_retention_review(services, window)

    def _offer_retention_review(self, services: Any, window: MainWindow) -> None:
        """A coordinator hears, at sign-in, of records the retention policy says are due (nothing is
        erased until they say so)."""
        from shop_desktop.core.roles import Permission
        from shop_desktop.gui.admin.retention_dialog import RetentionReviewDialog

        if not services.session.can(Permission.PURGE_CLIENTS):
            return
        review = services.session.retention.review()
        if review.due:
            self.retention_dialog = RetentionReviewDialog(services, review, window)
            self.retention_dialog.open()

    def _show_break_glass(self, session: Session, window: MainWindow) -> None:
        """The coordinator hears, at sign-in, of every record opened by break-glass since they last looked."""

        notice = session.conflicts.break_glass_notice()
        if notice:
            self.dialogs.info(window, self.tr("Records opened by break-glass"), notice)

    def _show_key_file_warnings(self, session: Session, window: MainWindow) -> None:
        """What the sign-in found in the key file, for a manager (core decides what and to whom)."""
        from shop_desktop.core.store import trust

        words = {
            trust.TAMPERING_WARNING: self.tr(
                "Someone changed the key file without a manager's signature. Nothing was granted. "
                "Check who had access to this PC, then make a backup."
            ),
            trust.NOTES_ROTATION_WAITING: self.tr("Notes key rotation waiting for a counsellor to sign in."),
        }
        for warning in session.take_warnings():
            self.dialogs.warn(window, self.tr("Key file"), words.get(warning, warning))

    def _offer_drafts(self, session: Session, window: MainWindow) -> None:
        """After a crash or power cut, a counsellor's unsigned drafts are waiting under Notes."""
        drafts = session.notes.my_drafts()
        if drafts and "notes" in window.section_keys():
            window.show_section("notes")
            self.dialogs.info(
                window,
                self.tr("Unsigned drafts"),
                self.tr(
                    "You have %n unsigned note draft(s) from earlier. They are listed under Notes: "
                    "continue and sign them, or discard them.",
                    "",
                    len(drafts),
                ),
            )

    def _offer_overdose_drafts(self, session: Session, window: MainWindow) -> None:
        """An overdose response left unsigned (the idle lock came first) is opened again at sign-in."""

        drafts = session.overdose.my_drafts()
        if not drafts or "overdose" not in window.section_keys():
            return
        window.show_section("overdose")
        self.dialogs.info(
            window,
            self.tr("Unsigned overdose response"),
            self.tr(
                "You have %n unsigned overdose response draft(s). They are listed under Overdose responses: "
                "open one to finish and sign it.",
                "",
                len(drafts),
            ),
        )

    @staticmethod
    def _watch_privacy_keys(window: MainWindow) -> None:
        """F12, Esc Esc and Ctrl+L from any window or dialog, modal ones included (see privacy.py)."""
        QApplication.instance().installEventFilter(window.privacy)

    def _reseal_in_background(self, session: Session, window: MainWindow) -> None:
        """After a rotation (or the format upgrade), notes move to the newest notes key in a job on
        the pool (core/care/notes_reseal.py), so the screen stays usable; the status bar shows how many
        are done. What the job needs is copied here, on the GUI thread, before it starts."""
        from shop_desktop.core.care import notes_reseal
        from shop_desktop.core.errors import VaultError
        from shop_desktop.core.roles import Permission
        from shop_desktop.gui.common.workers import Job

        if getattr(self, "reseal_job", None) is not None or not session.can(Permission.READ_NOTES):
            return
        try:
            plan = session.notes_reseal.prepare_reseal()
        except VaultError:
            return  # the next clinical sign-in carries on
        # Locking stops it at the next batch (is_open reads no key).
        job = Job(
            lambda report, cancelled: notes_reseal.reseal(plan, report, lambda: cancelled() or not session.is_open)
        )
        self.reseal_job: Job | None = job

        def showing() -> bool:
            return self.session is session and session.is_open

        def ended(text: str) -> None:
            self.reseal_job = None
            if showing() and text:
                window.statusBar().showMessage(text, 8000)

        def progress(_fraction: float, words: str) -> None:
            if showing():
                window.statusBar().showMessage(self.tr("Re-sealing notes under the new key: %s") % words)

        job.signals.progress.connect(progress)
        job.signals.finished.connect(
            lambda n: ended(self.tr("All notes are sealed under the newest key.") if n else "")
        )
        job.signals.failed.connect(ended)
        job.signals.cancelled.connect(lambda: ended(""))
        self.pool.start(job)

    def _start_idle_lock(self, session: Session) -> None:
        from shop_desktop.gui.shell.idle import IdleLock  # needed once someone is signed in

        self.idle_minutes = session.settings.get_int("idle_lock_minutes")
        self.idle = IdleLock(
            self.idle_ms or self.idle_minutes * 60_000, is_busy=_long_work_running, parent=self, clock=self.clock
        )
        self.idle.timed_out.connect(
            lambda: self.lock(self.tr("Locked after %n idle minute(s). Sign in to continue.", "", self.idle_minutes))
        )
        self.idle.start(QApplication.instance())

    def _idle_minutes_changed(self, minutes: int) -> None:
        if self.idle is not None and self.idle_ms is None:  # (tests fix their own idle time)
            self.idle.set_timeout(minutes * 60_000)
        self.idle_minutes = minutes

    def lock(self, message: str = "", *, keep_user: bool = True) -> None:
        """Close every dialog, forget the clipboard, drop the keys and every screen, show sign-in
        (with the user name of whoever was signed in, unless they switched user)."""
        if self.idle is not None:
            self.idle.stop(QApplication.instance())
            self.idle = None
        if self.main_window is not None:
            self.main_window.privacy.stop()
        self._close_dialogs()
        self.clipboard.clear()
        if self.main_window is not None:
            self.main_window.save_geometry()
            self.main_window.forget_screens()
        username = ""
        if self.session is not None:
            username = self.session.user.username if keep_user and not self.session.is_recovery else ""
            self.session.lock()
            self.session = None
        self.main_window = None
        self.show_sign_in(message, username=username)

    def _close_dialogs(self) -> None:
        """A note is kept as a draft; a changed form closes without asking, dropping what was typed."""
        for _ in range(20):
            modal = QApplication.activeModalWidget()
            if modal is None:
                return
            close_for_lock = getattr(modal, "close_for_lock", None)
            if callable(close_for_lock):
                close_for_lock()
                continue
            modal.close()
            if hasattr(modal, "reject"):
                modal.reject()

    def quit(self) -> None:
        self.lock()
        QApplication.quit()


def run_gui(data_dir: Path | None, demo_hint: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)  # type: ignore[arg-type]
    controller = AppController(data_dir or default_folder(), demo_hint=demo_hint)
    error_hook(controller).install()
    controller.start()
    if os.environ.get("SHOP_DESKTOP_STARTUP_PROBE"):  # bench/: print when the first window is up, then quit
        QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
    code = app.exec()
    if controller.session is not None:
        controller.session.lock()
    return int(code)


def error_hook(controller: AppController) -> ErrorHook:
    """Unexpected errors: a plain sentence in front of the person, code locations (no data) in the log."""
    return ErrorHook(
        lambda message: controller.dialogs.warn(_front_window(), "SHOP Desktop", message),
        # a disk failing where no screen expected it still gets its own words
        plain=lambda error: disk_problem(error, controller.folder, "saving", ""),
    )


def _front_window() -> QWidget | None:
    """The window the person is looking at: a modal dialog if one is open, else the active window."""
    return QApplication.activeModalWidget() or QApplication.activeWindow()
