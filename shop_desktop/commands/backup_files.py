"""Opening a backup file from the command line (a passphrase valid when it was made, or the
recovery key) and describing it; shared by verify-backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop.commands.options import PassphraseSource
from shop_desktop.core.errors import VaultError

if TYPE_CHECKING:
    from shop_desktop.core.backup.backup import BackupHeader, OpenedBackup


def open_backup_file(args: argparse.Namespace) -> tuple[OpenedBackup, str]:
    from shop_desktop.core.backup import backup

    source = PassphraseSource(args.passphrase_stdin)
    if args.recovery_key:
        return backup.open_backup_with_recovery(Path(args.file), source.read("Recovery key: ")), ""
    if not args.user:
        raise VaultError(
            "Say who you are with --user NAME (an account that existed when the backup was made), "
            "or use --recovery-key."
        )
    secret = source.read(f"Passphrase for {args.user}: ")
    return backup.open_backup(Path(args.file), args.user, secret), secret


def describe_backup(header: BackupHeader) -> str:
    from shop_desktop.core.backup.backup_summary import describe

    return describe(header, separator="; ") + "."


def add_file_options(command: argparse.ArgumentParser) -> None:
    """The backup file, how to open it, and the progress line: what verify-backup and restore share."""
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--recovery-key", action="store_true", help="open the backup with the recovery key instead of a passphrase"
    )
    command.add_argument("--quiet", action="store_true", help="no progress line")
