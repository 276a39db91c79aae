"""One sync at a time, from the Sync screen, at sign-in and at sign-out; the status bar's words.

A sync is prepared on the GUI thread (`session.syncing.prepare()` opens what the worker needs while
the session is certainly open) and runs as a Job on the pool, so signing out does not wait for it
and locking does not cut it off: the worker holds its own connection, never the session's keys.
Running jobs are kept here so Qt's runnable lives until it ends, and so two syncs never write
the same folder at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from shop_desktop.core.actions import SIGNED_IN
from shop_desktop.core.errors import VaultError
from shop_desktop.core.session import Session, load_actions
from shop_desktop.gui.common.dates import show_date, show_time
from shop_desktop.gui.common.workers import Job, wired_job

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
        return bool(session.syncing.folder())
    except VaultError:
        return False


def make(
    session: Session,
    *,
    finished: Callable[[Any], None],
    failed: Callable[[str], None],
    cancelled: Callable[[], None],
    progress: Callable[[float, str], None] | None = None,
) -> Job | None:
    """A sync job, prepared and wired (start it with launch); None when one is already running.
    prepare()'s refusal (no folder, locked) is raised as it is."""
    from shop_desktop.core.sync import syncing

    if _running:
        return None
    plan = session.syncing.prepare()
    job = wired_job(
        lambda report, is_cancelled: syncing.run(plan, report, is_cancelled),
        progress=progress,
        finished=lambda result: finished(adopt(session, result)),
        failed=failed,
        cancelled=cancelled,
    )
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_args, ended=job: _forget(ended))
    _running.append(job)
    return job


def adopt(session: Session, result: Any) -> Any:
    """Back on the GUI thread: the session takes the key file a bundle brought (a rotation made on
    another device). Signed out by then: the next sign-in reads it from the vault folder."""
    if session.is_open:
        try:
            session.syncing.finish(result)
        except VaultError as error:
            result.refused.append(str(error))
    return result


def launch(job: Job, pool: Any) -> None:
    """Keep the job first, then start it: a synchronous pool (tests) ends it inside start()."""
    pool.start(job)


def _forget(job: Job) -> None:
    if job in _running:
        _running.remove(job)


def in_background(session: Session, pool: Any, tell: Callable[[str], None]) -> Job | None:
    """Sign-in's and sign-out's sync: only when a folder is set; what happened goes to `tell` (the
    status bar), never a dialog, and a problem is said once in plain words."""
    if busy() or not folder_is_set(session) or not may(session, "syncing.prepare"):
        return None
    try:
        job = make(
            session,
            finished=lambda result: tell(result_words(result)),
            failed=lambda text: tell(_tr("Sync didn't finish: %s") % text),
            cancelled=lambda: None,
        )
    except VaultError as error:
        tell(_tr("Sync didn't start: %s") % error)
        return None
    if job is not None:
        launch(job, pool)
    return job


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
    """The main window's part: sync once it shows (sign-in), and again at sign-out (Switch user, Quit),
    each only when a folder is set. Connected before the shell's own slots, so the sign-out sync is
    prepared while the session is still open; it then finishes on its own."""
    from PySide6.QtCore import QTimer

    session, pool = window.services.session, window.services.pool

    def tell(text: str) -> None:
        try:
            window.statusBar().showMessage(text, 8000)
            window.refresh_sync_status()
        except RuntimeError:
            pass  # the window went away (signed out) before the sync ended

    QTimer.singleShot(0, window, lambda: in_background(session, pool, tell) if session.is_open else None)
    for signed_out in (window.switch_user_requested, window.quit_requested):
        signed_out.connect(lambda: in_background(session, pool, lambda _text: None))
