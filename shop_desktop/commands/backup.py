"""`shop-desktop backup`: write an encrypted, verified backup (also beside a signed-in app)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shop_desktop.commands.options import parents, progress_for, sign_in
from shop_desktop.core.errors import VaultError


def run(args: argparse.Namespace) -> int:
    from shop_desktop.core.backup import backup

    session = sign_in(args, for_backup=True)  # runs beside a signed-in app (a scheduled backup)
    try:
        out = Path(args.out) if args.out else None
        out = out or (Path(session.backup.last_backup().folder) if session.backup.last_backup().folder else None)
        if out is None:
            raise VaultError("Say where to write the backup with --out DIR.")
        plan = session.backup.prepare_backup(out)
    finally:
        session.lock()
    result = backup.make_backup(plan, progress_for(args))
    print(file=sys.stderr)
    print(f"Backup written and verified: {result.path}")
    print(f"Fingerprint: {result.fingerprint}")
    if result.note:
        print(f"shop-desktop: {result.note}", file=sys.stderr)
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    make = subparsers.add_parser("backup", parents=parents(), help="write an encrypted, verified backup")
    make.add_argument("--out", metavar="DIR", help="folder to write to (default: the last one used)")
    make.add_argument("--quiet", action="store_true", help="no progress line (for scheduled tasks)")
    make.set_defaults(run=run)
