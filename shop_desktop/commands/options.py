"""What every command shares: the vault folder and sign-in options, the passphrase source,
signing in, and the progress lines printed while a long job runs."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from shop_desktop.core.errors import VaultError
from shop_desktop.core.progress import Progress, ProgressGate

if TYPE_CHECKING:
    from shop_desktop.core.session import Session


class PassphraseSource:
    """A hidden prompt, or one line per passphrase on standard input (--passphrase-stdin)."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise VaultError("Expected a passphrase on standard input, but it was empty.")
            return line.rstrip("\r\n")
        return getpass.getpass(prompt)

    def read_new(self, prompt: str) -> str:
        first = self.read(prompt)
        if not self.from_stdin and getpass.getpass("Type it again: ") != first:
            raise VaultError("The two passphrases are different. Nothing was changed.")
        return first


def vault_folder(args: argparse.Namespace, *, demo: bool = False) -> Path:
    from shop_desktop.core.store.places import default_folder

    if args.data_dir:
        return Path(args.data_dir).expanduser()
    return default_folder().with_name("demo") if demo else default_folder()


def sign_in(args: argparse.Namespace, *, for_backup: bool = False) -> Session:
    from shop_desktop.core.session import Session

    if not args.user:
        raise VaultError("Say who you are with --user NAME.")
    secret = PassphraseSource(args.passphrase_stdin).read(f"Passphrase for {args.user}: ")
    session = Session.sign_in(vault_folder(args), args.user, secret, for_backup=for_backup)
    for warning in session.take_warnings():  # what the sign-in found in the key file, for a manager
        print(f"shop-desktop: warning: {warning}", file=sys.stderr)
    return session


def print_progress(step: str, fraction: float) -> None:
    print(f"  {step}…", file=sys.stderr, flush=True)


def progress_for(args: argparse.Namespace) -> Progress:
    return ProgressGate(_progress_line) if not args.quiet else _no_progress


def _no_progress(fraction: float, words: str) -> None:
    pass


def _progress_line(fraction: float, words: str) -> None:
    print(f"\r{int(fraction * 100):3d}%  {words:<50}", end="", file=sys.stderr, flush=True)


def parents() -> list[argparse.ArgumentParser]:
    """The options every command takes: the vault folder, who signs in and how the passphrase comes."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --data-dir given before the command is not reset by the command's own default.
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: the platform's app-data folder)",
    )
    opener = argparse.ArgumentParser(add_help=False)
    opener.add_argument("--user", metavar="NAME", help="your user name")
    opener.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases from standard input, one per line, instead of prompting",
    )
    return [common, opener]
