"""Long work off the GUI thread: a QRunnable on an injectable QThreadPool, reporting by signals.

Worker code never touches a widget. Give it what it needs (paths, a key, ids), not a widget
or the GUI thread's database connection: SQLite connections belong to their thread.
"""

from __future__ import annotations

import sys
import threading
import warnings
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from shop_desktop.core.errors import Cancelled, VaultError
from shop_desktop.core.logs import log_unexpected, unexpected_message
from shop_desktop.core.progress import ProgressGate
from shop_desktop.gui.common.core_words import core_message


class JobSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


_running = 0  # jobs inside run() now, on any thread (the idle lock waits for them)
_running_lock = threading.Lock()


def jobs_running() -> int:
    """How many jobs are working now: a backup or report in progress postpones the idle lock."""
    return _running


class Job(QRunnable):
    """Runs work(report, is_cancelled) -> result. report(fraction, words) updates the progress bar
    (about 100 times a job at most, however often the work calls it: see core.progress)."""

    def __init__(self, work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def detach(self) -> None:
        """The screen that started the job is going away (lock): results go nowhere, the work ends alone."""
        for signal in (self.signals.progress, self.signals.finished, self.signals.failed, self.signals.cancelled):
            with warnings.catch_warnings():  # PySide6 warns (RuntimeWarning) where nothing was connected
                warnings.simplefilter("ignore", RuntimeWarning)
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass  # nothing was connected

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        global _running
        with _running_lock:
            _running += 1
        try:
            self._run()
        finally:
            with _running_lock:
                _running -= 1
            return_memory()

    def _run(self) -> None:
        try:
            result = self.work(ProgressGate(self.signals.progress.emit), self.is_cancelled)
        except Cancelled:
            self.signals.cancelled.emit()
        except VaultError as error:  # in the person's language (Qt's translate is safe on any thread)
            self.signals.failed.emit(core_message(error))
        except Exception as error:  # shown in plain words; the log gets code locations only
            self.signals.failed.emit(unexpected_message(log_unexpected(error, "job")))
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


def wired_job(
    work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any],
    *,
    finished: Callable[[Any], None],
    failed: Callable[[str], None],
    cancelled: Callable[[], None],
    progress: Callable[[float, str], None] | None = None,
) -> Job:
    """A Job with its ends connected, the one way screens wire one. Keep it, then start it on the
    pool, in that order: a synchronous pool (tests) ends the job inside start(). `work` is often a
    core WorkerTask (core/jobs.py): its connection was opened on the GUI thread by the action."""
    job = Job(work)
    if progress is not None:
        job.signals.progress.connect(progress)
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    return job


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim: a job's freed buffers (a decrypted backup chunk, a report's figures,
    note search's plaintext) go back to the system instead of staying in the process's heap.
    Looked up after the first job, not at import: ctypes and find_library's ldconfig run were
    4-5 ms of the app's start."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None  # not glibc (musl): nothing to call
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def return_memory() -> None:
    """After each job, where the C library allows it (glibc); elsewhere a no-op."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


class SynchronousPool:
    """For tests: runs each job at once on the calling thread (same interface as QThreadPool.start)."""

    def start(self, job: QRunnable) -> None:
        job.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (Qt's name)
        return True


def default_pool() -> QThreadPool:
    return QThreadPool.globalInstance()
