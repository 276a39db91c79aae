"""What a backup holds, in the words the person choosing it reads: the Backup screen and the CLI
say the same thing (from the header, before anything is decrypted or restored)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shop_desktop.core.backup.backup import BackupHeader


def describe(header: BackupHeader, *, separator: str = "\n") -> str:
    """Who made it when, with which app and schema, and how many of each record it holds;
    `separator` joins the three parts (a line each on screen, "; " on a terminal line)."""
    counts = header.counts
    return separator.join(
        (
            f"Made {header.made_at.replace('T', ' ')} by {header.made_by} for {header.centre_name}",
            f"App version {header.app_version}, schema {header.schema_version}",
            f"{counts.get('clients', 0):,} clients · {counts.get('visits', 0):,} visits · "
            f"{counts.get('notes', 0):,} notes · {counts.get('referrals', 0):,} referrals",
        )
    )
