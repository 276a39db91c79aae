"""`shop-desktop restore`: restore a backup; over the vault in use, the person proves who they are in
it first (T6), and the vault that was there is kept beside it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shop_desktop.commands.backup_files import add_file_options, describe_backup, open_backup_file
from shop_desktop.commands.options import PassphraseSource, parents, progress_for, vault_folder
from shop_desktop.core.errors import VaultError


def run(args: argparse.Namespace) -> int:
    from shop_desktop.core.backup import restore
    from shop_desktop.core.store.places import vault_exists

    opened, _ = open_backup_file(args)
    print(describe_backup(opened.header))
    into = Path(args.into).expanduser() if args.into else vault_folder(args)
    live = None
    if not args.into and vault_exists(into):
        live = _prove_live(args, into)
    result = restore.restore_backup(opened, into, replace=not args.into, live=live, progress=progress_for(args))
    print(file=sys.stderr)
    print(f"Restored into {result.folder}.")
    if result.kept_old:
        print(f"The vault that was there is kept in {result.kept_old} until you remove it.")
    if result.synced:
        from shop_desktop.core.sync.catch_up import CHOOSE_FOLDER_AGAIN

        print(CHOOSE_FOLDER_AGAIN)
    return 0


def _prove_live(args: argparse.Namespace, folder: Path) -> object:
    """Over a live vault, the person proves who they are in it (not in the backup): T6."""
    from shop_desktop.core.backup import restore

    source = PassphraseSource(args.passphrase_stdin)
    if args.live_recovery_key:
        return restore.prove_live(folder, recovery_text=source.read("Recovery key of the vault in use: "))
    if not args.live_user:
        raise VaultError(restore.LIVE_PROOF_NEEDED + " Use --live-user NAME or --live-recovery-key.")
    secret = source.read(f"Passphrase of {args.live_user} in the vault in use: ")
    return restore.prove_live(folder, username=args.live_user, passphrase=secret)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "restore", parents=parents(), help="restore a backup (the current vault is kept beside it)"
    )
    add_file_options(command)
    command.add_argument("--into", metavar="DIR", help="restore into a new folder instead")
    command.add_argument(
        "--live-user", metavar="NAME", help="over the vault in use: a current coordinator or admin of it"
    )
    command.add_argument(
        "--live-recovery-key", action="store_true", help="over the vault in use: prove it with its recovery key"
    )
    command.set_defaults(run=run)
