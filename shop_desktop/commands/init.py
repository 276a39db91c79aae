"""`shop-desktop init`: make a new, empty vault with its first coordinator."""

from __future__ import annotations

import argparse

from shop_desktop.commands.options import PassphraseSource, parents, vault_folder


def run(args: argparse.Namespace) -> int:
    from shop_desktop.core.store.vault import Vault

    folder = vault_folder(args)
    source = PassphraseSource(args.passphrase_stdin)
    args.user = args.user or "coordinator"
    secret = source.read_new(f"New passphrase for {args.user} (15 characters or more): ")
    made, recovery = Vault.create(
        folder,
        centre_name=args.centre_name,
        centre_address=args.centre_address or "",
        username=args.user,
        display_name=args.display_name or args.user,
        passphrase=secret,
    )
    made.lock()
    print(f"Made a new vault in {folder}.")
    print("Recovery key (shown once; print it or write it down and keep it in the office safe):")
    print(f"  {recovery}")
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", parents=parents(), help="make a new, empty vault")
    init.add_argument("--centre-name", required=True)
    init.add_argument("--centre-address", default="")
    init.add_argument("--display-name", default="")
    init.set_defaults(run=run)
