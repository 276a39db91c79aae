"""One sync at a time, from the Sync screen, at sign-in and at sign-out; the status bar's words.

A sync is prepared on the GUI thread (`session.syncing.prepare()`), runs as a Job on the pool with
progress and Cancel, and ends with `session.syncing.finish(result)` back on the GUI thread. While it
runs, the session's own connection is set aside for the worker's (core/sync/exchange.py: the two
SQLite libraries in one process don't see each other's locks), so nothing else may use the session
until finish(): the sync runs behind a modal progress dialog (SyncDialog). The GUI thread keeps
its event loop, so the window repaints and F12 still hides it.

Signing out waits for its sync to end (the dialog), so the next person's sign-in never opens the
vault while a sync is writing it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from shop_desktop.core.actions import SIGNED_IN
from shop_desktop.core.errors import WORDS_CONTEXT, VaultError
from shop_desktop.core.session import Session, load_actions
from shop_desktop.gui.common.core_words import core_message
from shop_desktop.gui.common.dates import show_date, show_time
from shop_desktop.gui.common.workers import Job, wired_job
from shop_desktop.gui.forms.ui_sync_progress_dialog import Ui_SyncProgressDialog

_running: list[Job] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def may(session: Session, key: str) -> bool:
    """Whether the action `area.name` would let this person through (to hide what would be refused)."""
    entry = load_actions().get(key)
    if entry is None or not session.is_open:
        return False
    return entry.permission is SIGNED_IN or session.can(entry.permission)  # type: ignore[arg-type]


def busy() -> bool:
    return bool(_running)


def folder_is_set(session: Session) -> bool:
    try:
        return session.is_open and bool(session.syncing.folder())
    except VaultError:
        return False


def shows_section(session: Session) -> bool:
    """Sync is in the navigation for whoever adds devices, on any device but a centre PC that doesn't
    sync (a joined laptop's person must choose its folder), and for everyone once a folder is set."""
    if may(session, "devices.add") or folder_is_set(session):
        return True
    try:
        return len(session.syncing.status()["devices"]) > 1
    except VaultError:
        return False


BUSY = QT_TRANSLATE_NOOP("Sync", "A sync or another job that writes the vault is running. Try again in a moment.")
DISK_TROUBLE = QT_TRANSLATE_NOOP(
    "Sync",
    "A file couldn't be read or written on this PC's disk or the chosen folder. Check the folder, then try again.",
)
ADDING = (
    QT_TRANSLATE_NOOP("Sync", "Adding a device"),
    QT_TRANSLATE_NOOP(
        "Sync", "Making the enrollment file: a copy of what the device carries, sealed for the person who will join."
    ),
    QT_TRANSLATE_NOOP("Sync", "Progress making the enrollment file"),
)


class JobDialog(QDialog):
    """A job that has the session's connection set aside (a sync, making an enrollment file): its
    progress and Cancel, modal while it runs. Afterwards: outcome, problem (plain words) or
    was_cancelled. A subclass says how to begin (on the GUI thread, returning the worker's work)
    and how to settle (back on the GUI thread, the session taking its connection back)."""

    stopping = QT_TRANSLATE_NOOP("Sync", "Stopping…")

    def __init__(self, session: Session, pool: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.pool = session, pool
        self.ui = Ui_SyncProgressDialog()
        self.ui.setupUi(self)
        self.job: Job | None = None
        self.ended = threading.Event()
        self.outcome: Any = None
        self.problem = ""
        self.was_cancelled = False
        self.ui.buttons.rejected.connect(self.cancel)

    def begin(self) -> Callable[[Callable[[float, str], None], Callable[[], bool]], Any]:
        raise NotImplementedError

    def settle(self, outcome: Any) -> None:
        raise NotImplementedError

    def start(self) -> bool:
        """Prepare and start the job; False (with problem set) when it can't start."""
        if _running:
            self.problem = _tr(BUSY)
            return False
        try:
            work = self.begin()
        except VaultError as error:
            self.problem = core_message(error)
            return False
        except OSError:  # the disk, not the vault: said plainly, never the error hook
            self.problem = _tr(DISK_TROUBLE)
            return False
        self.job = wired_job(
            work,
            progress=self._progress,
            finished=lambda result: self._end(result, ""),
            failed=lambda text: self._end(None, text),
            cancelled=lambda: self._end(None, "", cancelled=True),
        )
        _running.append(self.job)
        self.pool.start(self.job)  # a synchronous pool (tests) ends it here
        return True

    def _progress(self, fraction: float, words: str) -> None:
        self.ui.progress.setValue(int(fraction * 1000))
        self.ui.words.setText(QCoreApplication.translate(WORDS_CONTEXT, words))  # core marks its steps

    def _end(self, result: Any, problem: str, *, cancelled: bool = False) -> None:
        """Back on the GUI thread: the session takes its connection back."""
        if self.job in _running:
            _running.remove(self.job)
        self.outcome, self.problem, self.was_cancelled = result, problem, cancelled
        if self.session.is_open:
            try:
                self.settle(result)
            except VaultError as error:
                self.problem = self.problem or core_message(error)
        self.ended.set()
        if self.isVisible():
            self.accept()

    def cancel(self) -> None:
        """Cancel asks the job to stop at its next step; the dialog closes when it has."""
        if self.job is not None and not self.ended.is_set():
            self.job.cancel()
            self.ui.words.setText(_tr(self.stopping))
            return
        super().reject()

    def reject(self) -> None:  # Esc: the same as Cancel, never a dialog gone while the job still runs
        self.cancel()

    def close_for_lock(self) -> None:
        """Locking now (Ctrl+L): stop the job and wait for it, so the vault is never opened meanwhile."""
        self.cancel()
        if self.job is not None and not self.ended.is_set():
            self.pool.waitForDone(30_000)
        QCoreApplication.processEvents()  # the job's last signal: settle() before the lock
        super().reject()


class SyncDialog(JobDialog):
    """Sync now: prepared on the GUI thread, run on the pool, finished back here."""

    stopping = QT_TRANSLATE_NOOP("Sync", "Stopping after the bundle being applied…")

    def begin(self) -> Callable[[Callable[[float, str], None], Callable[[], bool]], Any]:
        from shop_desktop.core.sync import syncing

        plan = self.session.syncing.prepare()
        return lambda report, cancelled: syncing.run(plan, report, cancelled)

    def settle(self, outcome: Any) -> None:
        self.session.syncing.finish(outcome)  # and a key file a bundle brought


class AddingDialog(JobDialog):
    """Add a device: the number recorded here, the enrollment file made on the pool (the copy,
    VACUUM and sealing take seconds on a big vault), the session's connection taken back here.
    Afterwards `outcome` is the file's path; after Cancel no file exists and the number is free."""

    def __init__(self, session: Session, pool: Any, request: tuple[Any, ...], parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        self.request = request  # name, profile, folder, joiner (a user id)
        self.plan: Any = None  # core.sync.enrollment.EnrollmentPlan, once begun
        self.setWindowTitle(_tr(ADDING[0]))
        self.ui.intro.setText(_tr(ADDING[1]))
        self.ui.progress.setAccessibleName(_tr(ADDING[2]))

    def begin(self) -> Callable[[Callable[[float, str], None], Callable[[], bool]], Any]:
        from shop_desktop.core.sync import enrollment

        self.plan = plan = self.session.devices.start_adding(*self.request)
        return lambda report, cancelled: enrollment.make_enrollment(plan, report, cancelled)

    def settle(self, outcome: Any) -> None:
        assert self.plan is not None
        self.session.devices.finish_adding(self.plan.number, outcome or self.plan.left_behind())


def run_modal(services: Any, parent: QWidget | None, dialog: JobDialog | None = None) -> JobDialog:
    """Start a sync (or the job `dialog` holds) and show its dialog until it ends (not at all when
    it ended inside start())."""
    dialog = dialog or SyncDialog(services.session, services.pool, parent)
    if dialog.start() and not dialog.ended.is_set():
        services.dialogs.run(dialog)
    return dialog


def in_background(services: Any, parent: QWidget | None, tell: Callable[[str], None]) -> None:
    """Sign-in's and sign-out's sync: only when a folder is set; what happened goes to `tell` (the
    status bar) in one line, never a message box."""
    session = services.session
    if busy() or not folder_is_set(session) or not may(session, "syncing.prepare"):
        return
    dialog = run_modal(services, parent)
    if dialog.problem:
        tell(_tr("Sync didn't finish: %s") % dialog.problem)
    elif dialog.outcome is not None:
        tell(result_words(dialog.outcome))


def result_words(result: Any) -> str:
    """What a sync did in a line or two: bundles applied and written, and any refused or waiting."""
    words = _tr("Synced. Applied from other devices: %d. Written for them: %d.") % (
        len(result.applied),
        len(result.written),
    )
    if result.waiting:
        words += " " + _tr("Waiting for an earlier bundle that hasn't arrived yet: %d.") % len(result.waiting)
    if result.refused:
        words += "\n" + _tr("Not applied:") + " " + " ".join(result.refused)
    for notice in getattr(result, "notices", []):  # parts of applied bundles left out, and why
        words += "\n" + notice
    return words


def status_text(session: Session) -> str:
    """The status bar's "Synced 10:42" ("Synced 25/11/2026 10:42" on another day), "Not synced yet",
    or "" when this PC does not sync (no folder chosen)."""
    if not folder_is_set(session):
        return ""
    try:
        last = session.syncing.status()["last_synced"]
    except VaultError:
        return ""
    if not last:
        return _tr("Not synced yet")
    moment = last if isinstance(last, datetime) else datetime.fromisoformat(str(last))
    local = moment.astimezone() if moment.tzinfo else moment
    when = show_time(local) if local.date() == date.today() else f"{show_date(local)} {show_time(local)}"
    return _tr("Synced %s") % when


def attach(window: Any) -> None:
    """The main window's part: sync once it shows (sign-in), and at sign-out (Switch user, Quit), each
    only when a folder is set. Connected before the shell's own slots, so sign-out's sync ends (its
    dialog) before the session is locked."""
    from PySide6.QtCore import QTimer

    services = window.services

    def tell(text: str) -> None:
        try:
            window.statusBar().showMessage(text, 8000)
            window.refresh_sync_status()
        except RuntimeError:
            pass  # the window went away meanwhile

    QTimer.singleShot(0, window, lambda: in_background(services, window, tell) if services.session.is_open else None)
    for signed_out in (window.switch_user_requested, window.quit_requested):
        signed_out.connect(lambda: in_background(services, window, lambda _text: None))
