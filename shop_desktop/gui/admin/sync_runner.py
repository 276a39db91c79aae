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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from shop_desktop.core.actions import SIGNED_IN
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session, load_actions
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


class SyncDialog(QDialog):
    """The sync's progress and Cancel, modal while it runs. Afterwards: outcome (the SyncResult),
    problem (plain words) or was_cancelled."""

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

    def start(self) -> bool:
        """Prepare and start the job; False (with problem set) when it can't start."""
        from shop_desktop.core.sync import syncing

        if _running:
            self.problem = _tr("A sync is already running. Try again in a moment.")
            return False
        try:
            plan = self.session.syncing.prepare()
        except VaultError as error:
            self.problem = str(error)
            return False
        self.job = wired_job(
            lambda report, cancelled: syncing.run(plan, report, cancelled),
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
        self.ui.words.setText(words)

    def _end(self, result: Any, problem: str, *, cancelled: bool = False) -> None:
        """Back on the GUI thread: the session takes its connection back (and a key file a bundle brought)."""
        if self.job in _running:
            _running.remove(self.job)
        self.outcome, self.problem, self.was_cancelled = result, problem, cancelled
        if self.session.is_open:
            try:
                self.session.syncing.finish(result)
            except VaultError as error:
                self.problem = self.problem or str(error)
        self.ended.set()
        if self.isVisible():
            self.accept()

    def cancel(self) -> None:
        """Cancel asks the job to stop at the next bundle; the dialog closes when it has."""
        if self.job is not None and not self.ended.is_set():
            self.job.cancel()
            self.ui.words.setText(self.tr("Stopping after the bundle being applied…"))
            return
        super().reject()

    def reject(self) -> None:  # Esc: the same as Cancel, never a dialog gone while the sync still runs
        self.cancel()

    def close_for_lock(self) -> None:
        """Locking now (Ctrl+L): stop the sync and wait for it, so the vault is never opened meanwhile."""
        self.cancel()
        if self.job is not None and not self.ended.is_set():
            self.pool.waitForDone(30_000)
        QCoreApplication.processEvents()  # the job's last signal: finish() before the lock
        super().reject()


def run_modal(services: Any, parent: QWidget | None) -> SyncDialog:
    """Start a sync and show its dialog until it ends (not at all when it ended inside start())."""
    dialog = SyncDialog(services.session, services.pool, parent)
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
