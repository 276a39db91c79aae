"""`shop-desktop demo`: make a demo vault with synthetic data."""

from __future__ import annotations

import argparse

from shop_desktop.commands.options import PassphraseSource, parents, print_progress, vault_folder


def run(args: argparse.Namespace) -> int:
    from shop_desktop.core.sample import centre as demo

    folder = vault_folder(args, demo=True)
    shared = PassphraseSource(True).read("") if args.passphrase_stdin else None
    result = demo.create_demo_vault(
        folder,
        seed=args.seed,
        scale=demo.DemoScale(
            clients=args.clients,
            days=args.days,
            visits=args.visits,
            notes=args.notes,
            referrals=args.referrals,
            alerts=args.alerts,
        ),
        shared_passphrase=shared,
        progress=print_progress,
    )
    result.lock()
    print(f"Made a demo vault in {folder}.")
    print(demo.credentials_text(result), end="")
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser("demo", parents=parents(), help="make a demo vault with synthetic data")
    command.add_argument("--seed", type=int, default=1)
    command.add_argument("--clients", type=int, default=300)
    command.add_argument("--days", type=int, default=120)
    for what in ("visits", "notes", "referrals", "alerts"):
        command.add_argument(
            f"--{what}",
            type=int,
            default=None,
            metavar="N",
            help=f"how many {what} to invent (default: in proportion to --clients and --days)",
        )
    command.set_defaults(run=run)
