"""`shop-desktop verify-backup`: check a backup file without restoring it (recorded in this PC's
audit trail when the same account of the same vault opens it)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from shop_desktop.commands.backup_files import add_file_options, describe_backup, open_backup_file
from shop_desktop.commands.options import parents, progress_for, vault_folder
from shop_desktop.core.errors import VaultError

if TYPE_CHECKING:
    from shop_desktop.core.backup.backup import OpenedBackup


def _record_verify(args: argparse.Namespace, opened: OpenedBackup, secret: str, fingerprint: str) -> None:
    """Into this PC's audit trail, when the backup is of this vault and the same account opens it."""
    from shop_desktop.core.session import Session
    from shop_desktop.core.store import keyfile
    from shop_desktop.core.store.places import KEYS_NAME, vault_exists

    folder = vault_folder(args)
    if not secret or not vault_exists(folder):
        return
    if keyfile.load(folder / KEYS_NAME).root_public != opened.header.root_public:
        return
    try:
        session = Session.sign_in(folder, args.user, secret)
    except VaultError as error:
        print(f"(Not recorded in this PC's audit trail: {error})", file=sys.stderr)
        return
    try:
        session.restore.record_verified(fingerprint)
    finally:
        session.lock()


def run(args: argparse.Namespace) -> int:
    from shop_desktop.core.backup import restore

    opened, secret = open_backup_file(args)
    print(describe_backup(opened.header))
    fingerprint = restore.verify_backup(opened, progress_for(args))
    print(file=sys.stderr)
    _record_verify(args, opened, secret, fingerprint)
    print(f"Every check passed. Fingerprint: {fingerprint}")
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser("verify-backup", parents=parents(), help="check a backup file without restoring it")
    add_file_options(command)
    command.set_defaults(run=run)
