"""Errors a person may see. Each message is plain words: what happened and what to do."""

from __future__ import annotations


class VaultError(Exception):
    """Base for every failure the app explains to a person; str(error) is the message."""

    exit_code = 1


class VaultMissing(VaultError):
    exit_code = 3


class WrongPassphrase(VaultError):
    exit_code = 4

    def __init__(
        self, message: str = "That passphrase doesn't match. Check Caps Lock and try again.", wait_seconds: float = 0.0
    ) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class SignInDelayed(VaultError):
    """Too many wrong passphrases in a row: the next try must wait."""

    exit_code = 4

    def __init__(self, wait_seconds: float) -> None:
        secs = max(1, round(wait_seconds))
        super().__init__(f"Too many wrong passphrases. Please wait {secs} seconds before trying again.")
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
