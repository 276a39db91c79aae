"""Errors a person may see. Each message is plain words: what happened and what to do.

Translatable (issue #19), one way: a message is plain English marked for extraction with
QT_TRANSLATE_NOOP("core", ...), which pyside6-lupdate reads into the catalogue and which returns the
text unchanged, so core stays Qt-free and the CLI prints English. A message with values in it is
said(QT_TRANSLATE_NOOP("core", "... {name} ..."), name=value): the English filled in, remembering the
template and the values, so the GUI translates the template before filling it in
(gui/common/core_words.py). A value is never translated: a name, a number, a date, and for now also
the field labels and permission words some messages are built from (marking those is the next step).
"""

from __future__ import annotations

import errno
from typing import NoReturn

WORDS_CONTEXT = "core"  # the catalogue's context for every message raised in core


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks English text for the translation catalogue; returns it unchanged."""
    return text


class Said(str):
    """A message with values: the English filled in (what str() and the CLI show), with its template."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Said:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made


def said(template: str, **values: object) -> Said:
    """`template` (marked with QT_TRANSLATE_NOOP) filled in with `values`, translatable later."""
    return Said(template, **values)


class VaultError(Exception):
    """Base for every failure the app explains to a person; str(error) is the message."""

    exit_code = 1


class VaultMissing(VaultError):
    exit_code = 3


class WrongPassphrase(VaultError):
    exit_code = 4

    def __init__(
        self,
        message: str = QT_TRANSLATE_NOOP("core", "That passphrase doesn't match. Check Caps Lock and try again."),
        wait_seconds: float = 0.0,
    ) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class SignInDelayed(VaultError):
    """Too many wrong passphrases in a row: the next try must wait."""

    exit_code = 4

    def __init__(self, wait_seconds: float) -> None:
        secs = max(1, round(wait_seconds))
        super().__init__(
            said(
                QT_TRANSLATE_NOOP(
                    "core", "Too many wrong passphrases. Please wait {seconds} seconds before trying again."
                ),
                seconds=secs,
            )
        )
        self.wait_seconds = wait_seconds


class AccountDisabled(VaultError):
    exit_code = 4


class InvalidRecoveryKey(VaultError):
    exit_code = 4


class VaultTooNew(VaultError):
    exit_code = 5


class VaultInUse(VaultError):
    exit_code = 6


class VaultDamaged(VaultError):
    exit_code = 7


class PermissionDenied(VaultError):
    exit_code = 8


class WeakPassphrase(VaultError):
    exit_code = 2


class InvalidInput(VaultError):
    """Something typed does not fit a field; the message says which and why."""

    exit_code = 2


class NotFound(VaultError):
    exit_code = 9


class VaultLocked(VaultError):
    """The vault was locked (idle, switch user) while something still wanted it."""

    exit_code = 10


class Cancelled(Exception):
    """Long work stopped because the person pressed Cancel (not an error to explain)."""


class BackupProblem(VaultError):
    """A backup could not be written, or a backup file failed a check; nothing was changed."""

    exit_code = 11


# --- the disk: each way it fails gets its own sentence and exit code ------------------------------


class DiskFull(VaultError):
    exit_code = 12


class FolderReadOnly(VaultError):
    exit_code = 13


class DriveGone(VaultError):
    exit_code = 14


class DiskFailing(VaultError):
    exit_code = 15


class NetworkFolder(VaultError):
    """The vault folder is on a network file system, where SQLite's WAL mode is not safe."""

    exit_code = 16


FULL = (errno.ENOSPC, errno.EDQUOT)
READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
GONE = (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOTCONN)
# SQLite result codes (the low byte of an extended code), from sqlite3.h
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 8, 10, 11, 13, 14, 26


def disk_problem(error: BaseException, place: object, doing: str, outcome: str) -> VaultError | None:
    """The plain sentence for a failing disk (an OSError or SQLite's own error), or None if it isn't one.

    `doing` says what was under way ("writing the backup"), `outcome` what that means ("No backup was
    written.").
    The error's own text never reaches the person: it can carry a file name, and it is not plain words."""
    kind = _disk_kind(error)
    outcome = f"{outcome} " if outcome else ""
    if kind == "full":
        return DiskFull(
            f"The disk holding {place} is full, so SHOP Desktop stopped while {doing}. {outcome}"
            "Free some space there, then try again."
        )
    if kind == "read-only":
        return FolderReadOnly(
            f"SHOP Desktop isn't allowed to write in {place} (it is read-only or locked), so it stopped while "
            f"{doing}. {outcome}Choose another folder, or ask IT to allow writing there."
        )
    if kind == "gone":
        return DriveGone(
            f"{place} went away while {doing}: was the USB stick or drive unplugged? {outcome}"
            "Plug it back in, then try again."
        )
    if kind == "io":
        return DiskFailing(
            f"The disk holding {place} reported an error while {doing}. {outcome}"
            "The disk or USB stick may be failing: try another one, and tell IT."
        )
    return None


def _disk_kind(error: BaseException) -> str:
    if isinstance(error, OSError):
        code = error.errno
        if code in FULL:
            return "full"
        if code in READ_ONLY:
            return "read-only"
        if code in GONE:
            return "gone"
        return "io" if code == errno.EIO else ""
    sqlite_code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(sqlite_code, int):
        return ""
    return {SQLITE_FULL: "full", SQLITE_READONLY: "read-only", SQLITE_IOERR: "io", SQLITE_CANTOPEN: "gone"}.get(
        sqlite_code & 0xFF, ""
    )


def is_wrong_key(error: BaseException) -> bool:
    """SQLCipher says "file is not a database" (SQLITE_NOTADB) for a wrong key; nothing else means that."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == SQLITE_NOTADB


def explained(
    error: BaseException, place: object, doing: str = "saving", outcome: str = "Nothing was saved."
) -> BaseException:
    """The error to raise in place of `error`: a disk problem in plain words, or `error` unchanged."""
    if isinstance(error, VaultError):
        return error
    return disk_problem(error, place, doing, outcome) or error


def raise_plain(
    error: BaseException, place: object, doing: str = "saving", outcome: str = "Nothing was saved."
) -> NoReturn:
    """Inside an `except`: raise the plain-words disk problem in place of `error`, or `error` itself."""
    plain = explained(error, place, doing, outcome)
    if plain is error:
        raise error
    raise plain from None
