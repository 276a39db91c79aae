"""The review list: every clash a merge settled by rule, kept for the coordinator to look at.

A merge never asks anyone anything (it runs in a worker, often at sign-out); it applies the rule
SYNC.md states and writes here what it decided and the value it did not keep, so nothing is lost
and a person can put it right by hand ("Alias changed on the laptop and here"). The list is this
device's own (it does not travel); settling an item is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import action
from shop_desktop.core.errors import NotFound
from shop_desktop.core.roles import Permission
from shop_desktop.core.store.audit import now_iso
from shop_desktop.core.sync.ids import Queryable

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

BOTH_CHANGED = "both_changed"  # the same fields edited on two devices: the later edit kept
DELETED_HERE = "edited_and_deleted"  # edited elsewhere, deleted here: restored when they next sync
DELETED_THERE = "deleted_and_edited"  # deleted elsewhere, edited here: kept
RENAMED = "renamed"  # a unique clash (the same client code on two devices): both kept, one renamed
JOINED = "joined"  # the same thing made on two devices with nothing to rename (a day's program session): one
NOT_APPLIED = "not_applied"  # a change this vault refused (a rule of its own): kept here in full


@dataclass(frozen=True)
class Finding:
    """What a merge found, before it is written (core/sync/merge.py makes these)."""

    kind: str
    table: str
    row_id: str
    summary: str
    kept: dict[str, Any]
    other: dict[str, Any]


@dataclass(frozen=True)
class ReviewItem:
    id: int
    at: str
    kind: str
    table: str
    row_id: str
    summary: str
    kept: dict[str, Any]
    other: dict[str, Any]
    author_device: int
    settled_at: str | None


def record(conn: Queryable, findings: list[Finding], author_device: int) -> None:
    """Write a merge's findings, inside the merge's transaction."""
    stamp = now_iso()
    for item in findings:
        conn.execute(
            "INSERT INTO sync_review (at, kind, table_name, row_id, summary, kept, other, author_device)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                stamp,
                item.kind,
                item.table,
                item.row_id,
                item.summary,
                _json(item.kept),
                _json(item.other),
                author_device,
            ),
        )


def _json(values: dict[str, Any]) -> str:
    """Values as JSON; sealed bytes (a note's ciphertext, say) as hex, so they are kept too."""
    plain = {k: (f"x'{v.hex()}'" if isinstance(v, bytes) else v) for k, v in values.items()}
    return json.dumps(plain, sort_keys=True, ensure_ascii=False)


@action(Permission.MANAGE_STAFF, audits=())
def items(vault: Vault, *, settled: bool = False) -> list[ReviewItem]:
    """What is waiting for the coordinator (or, with settled=True, what was already looked at)."""
    rows = vault.conn.execute(
        "SELECT id, at, kind, table_name, row_id, summary, kept, other, author_device, settled_at FROM sync_review"
        f" WHERE settled_at IS {'NOT ' if settled else ''}NULL ORDER BY id"
    ).fetchall()
    return [
        ReviewItem(int(r[0]), r[1], r[2], r[3], r[4], r[5], _values(r[6]), _values(r[7]), int(r[8]), r[9]) for r in rows
    ]


def _values(text: str) -> dict[str, Any]:
    """Nothing read back is trusted because it is there: anything but a JSON object reads as empty."""
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


@action(Permission.MANAGE_STAFF, audits=("sync.review_settled",))
def settle(vault: Vault, item_id: int) -> None:
    """The coordinator has looked at this item (and put right by hand whatever needed it)."""
    with vault.transaction() as conn:
        done = conn.execute(
            "UPDATE sync_review SET settled_at = ?, settled_by = ? WHERE id = ? AND settled_at IS NULL",
            (now_iso(), vault.user.id, int(item_id)),
        ).rowcount
        if not done:
            raise NotFound("That item is no longer on the review list.")
        vault.audit("sync.review_settled", "sync_review", int(item_id))
