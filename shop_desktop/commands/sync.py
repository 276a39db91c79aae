"""`shop-desktop sync`: one exchange through the sync folder, for a scheduled task.

    shop-desktop sync --data-dir DIR --folder FOLDER --user NAME --passphrase-stdin --quiet

Signs in like the other commands, prepares the run while the session is open (the worker half holds
its own connection), applies every new bundle and writes this device's, then locks. Exit 0 when
the exchange completed; a refused bundle (changed, replayed, from a retired device...) is reported
in plain words, does not stop the others, and makes the exit code 11 (a check failed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REFUSED = 11  # the README's "a check failed"
HELP = "exchange bundles with the other devices through the sync folder (for a scheduled task)"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    from shop_desktop.commands.options import parents

    command: argparse.ArgumentParser = subparsers.add_parser("sync", parents=parents(), help=HELP, description=HELP)
    command.add_argument(
        "--folder",
        metavar="FOLDER",
        help="the sync folder (a USB stick or a Syncthing folder); remembered as this PC's sync folder",
    )
    command.add_argument("--quiet", action="store_true", help="no progress line")
    command.set_defaults(run=run)
    return command


def run(args: argparse.Namespace) -> int:
    from shop_desktop.commands.options import sign_in

    session = sign_in(args)
    try:
        if args.folder:
            _use_folder(session, Path(args.folder).expanduser())
        result = _exchange(session, args)
    finally:
        session.lock()
    if not args.quiet:
        print(file=sys.stderr)
    print(summary(result))
    for problem in result.refused:
        print(f"shop-desktop: {problem}", file=sys.stderr)
    return REFUSED if result.refused else 0


def _exchange(session: Any, args: argparse.Namespace) -> Any:
    """prepare, the worker half, then finish whatever happened: the session takes its connection back
    (and a key file a bundle brought, after a rotation on another device)."""
    from shop_desktop.commands.options import progress_for
    from shop_desktop.core.sync import syncing

    plan = session.syncing.prepare()
    result = None
    try:
        result = syncing.run(plan, progress_for(args), lambda: False)
    finally:
        session.syncing.finish(result)
    return result


def _use_folder(session: Any, folder: Path) -> None:
    """The folder named on the command line becomes this PC's sync folder (unless it already is)."""
    current = session.syncing.folder()
    if current is None or Path(current) != folder:
        session.syncing.set_folder(folder)


def summary(result: Any) -> str:
    line = f"Synced. Applied from other devices: {len(result.applied)}. Written for them: {len(result.written)}."
    if result.waiting:
        line += f" Waiting for an earlier bundle that hasn't arrived yet: {len(result.waiting)}."
    for notice in result.notices:  # what was left out of applied bundles, a restore's catch-up...
        line += f"\n{notice}"
    return line
