"""`shop-desktop COMMAND`: a thin argparse front over core. No logic of its own.

This is the entry point: the top-level parser, main and the GUI; each command lives in its own module
under shop_desktop/commands/.

Exit codes: 0 success; otherwise the failing error's exit_code (see core/errors.py and the
README's list) with one plain line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from shop_desktop import __version__
from shop_desktop.commands import audit_verify, backup, demo, init, report, restore, sync, users, verify_backup
from shop_desktop.commands.options import print_progress, vault_folder
from shop_desktop.core.errors import VaultError

EXIT_USAGE = 2
# Each command's module adds its own parser and runs it (shop_desktop/commands/), in the order help lists them.
COMMANDS = (init, demo, users, audit_verify, report, sync, backup, verify_backup, restore)


def cmd_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from shop_desktop.selftest import run_self_test

        return run_self_test()
    from shop_desktop.core.store.places import vault_exists

    folder = vault_folder(args, demo=args.demo)
    hint = None
    if args.demo:
        from shop_desktop.core.sample import centre as demo

        if not vault_exists(folder):
            print("Making a demo vault with synthetic data (this takes a few seconds)…", flush=True)
            result = demo.create_demo_vault(folder, seed=1, progress=print_progress)
            result.lock()
            demo.write_credentials(folder, result)
        hint = demo.read_credentials(folder)
        if hint:
            print(hint)
    from shop_desktop.gui.shell.app import run_gui

    return run_gui(folder, demo_hint=hint)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shop-desktop", description="SHOP Desktop: records for a drop-in centre.")
    parser.add_argument("--data-dir", metavar="DIR", help="vault folder (default: the platform's app-data folder)")
    parser.set_defaults(user=None, passphrase_stdin=False)
    parser.add_argument("--version", action="version", version=f"SHOP Desktop {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo vault (made with synthetic data if it does not exist yet)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation on a throwaway vault and exit (0 = all good)"
    )
    parser.set_defaults(run=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except VaultError as error:
        print(f"shop-desktop: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("shop-desktop: stopped.", file=sys.stderr)
        return 130
    except Exception as error:
        from shop_desktop.core.errors import disk_problem

        # A disk failing where no command expected it (an OSError, or SQLite's own full/I/O error):
        # still its own sentence and exit code, never the raw text.
        plain = disk_problem(error, vault_folder(args), f"running {args.command or 'the app'}", "")
        if plain is None:
            return _unexpected(error)
        print(f"shop-desktop: {plain}", file=sys.stderr)
        return plain.exit_code


def _unexpected(error: Exception) -> int:
    """The message may hold data; the log gets code locations only."""
    from shop_desktop.core.logs import log_unexpected, unexpected_message

    print(f"shop-desktop: {unexpected_message(log_unexpected(error, 'cli'))}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
