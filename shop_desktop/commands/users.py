"""`shop-desktop users`: list, add or disable staff accounts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from shop_desktop.commands.options import PassphraseSource, parents, sign_in
from shop_desktop.core.errors import VaultError

if TYPE_CHECKING:
    from shop_desktop.core.session import Session
    from shop_desktop.core.store.vault import StaffMember


def run(args: argparse.Namespace) -> int:
    from shop_desktop.core.roles import Role

    session = sign_in(args)
    try:
        if args.action == "list":
            for member in session.staff.list_staff():
                roles = ", ".join(sorted(r.label for r in member.roles))
                state = "active" if member.active else "disabled"
                print(f"{member.username:<16} {member.display_name:<24} {roles:<28} {state}")
        elif args.action == "add":
            if not args.name or not args.role:
                raise VaultError("Give the new account's --name and at least one --role.")
            secret = PassphraseSource(args.passphrase_stdin).read_new(f"Passphrase for {args.name}: ")
            session.staff.add_staff(
                username=args.name,
                display_name=args.display_name or args.name,
                roles={Role(r) for r in args.role},
                new_passphrase=secret,
            )
            print(f"Added {args.name}.")
        else:
            if not args.name:
                raise VaultError("Say whose account to disable with --name.")
            member = _member_named(session, args.name)
            session.staff.disable_staff(member.id)
            print(f"Disabled {args.name}; the vault's keys were replaced.")
    finally:
        session.lock()
    return 0


def _member_named(session: Session, name: str) -> StaffMember:
    for member in session.staff.list_staff():
        if member.username.casefold() == name.casefold():
            return member
    raise VaultError(f'There is no account named "{name}".')


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    users = subparsers.add_parser("users", parents=parents(), help="list, add or disable staff accounts")
    users.add_argument("action", choices=["list", "add", "disable"])
    users.add_argument("--name", help="the account to add or disable")
    users.add_argument("--display-name", default="")
    users.add_argument(
        "--role", action="append", choices=["front_desk", "outreach", "counsellor", "coordinator", "admin"]
    )
    users.set_defaults(run=run)
