"""`shop-desktop audit-verify`: check the audit trail's chain."""

from __future__ import annotations

import argparse
import sys

from shop_desktop.commands.options import parents, sign_in


def run(args: argparse.Namespace) -> int:
    session = sign_in(args)
    try:
        report = session.audit_trail.check()
    finally:
        session.lock()
    if report.ok:
        print(f"The audit trail is intact: {report.entries} entries, head {report.head[:16]}.")
        return 0
    print(
        f"shop-desktop: audit entry {report.first_bad_id} is not as it was written: {report.problem}.", file=sys.stderr
    )
    return 11


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    verify = subparsers.add_parser("audit-verify", parents=parents(), help="check the audit trail's chain")
    verify.set_defaults(run=run)
