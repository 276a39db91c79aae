"""A realistic audit trail for the bench vault: every action the demo data stands for, audited
as the app would have audited it, signed by the account that did it through the real audit code.

The demo inserts twenty years of records in bulk and audits each bulk step once; a real vault
audits every check-in, sign-in, note action and referral. Without those entries the bench
flatters whatever walks the trail (verify, backup, restore): 2,847 entries instead of ~700,000.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from shop_desktop.core.store import audit
from shop_desktop.core.store.vault import Vault

# Who signs in each day (the idle lock after 5 minutes means several sign-ins a shift).
SIGN_INS_A_DAY = {"frontdesk": 4, "counsellor": 2, "coordinator": 1, "outreach": 1}
NOTE_READS = 2  # each signed note is opened again about twice (supervision, follow-up)

VERSION = 1  # part of the cache stamp: a change here builds the bench vault again

Event = tuple[str, str, str, str | None, Any, dict[str, Any]]  # at, who, action, subject type, id, detail


def add_realistic_trail(folder: Path, passphrase: str, seed: int) -> int:
    """Append the whole history's audit entries to the vault in `folder`; returns how many."""
    signers = _signers(folder, passphrase)
    vault = Vault.open(folder, "coordinator", passphrase)
    try:
        events = sorted(_events(vault, signers, random.Random(seed)), key=lambda event: event[0])
        with vault.transaction() as conn:
            for at, who, action, subject_type, subject_id, detail in events:
                user_id, sign_private = signers[who]
                audit.append(
                    conn,
                    actor_id=user_id,
                    sign_private=sign_private,
                    action=action,
                    subject_type=subject_type,
                    subject_id=subject_id,
                    detail=detail,
                    at=at,
                )
    finally:
        vault.lock()
    return len(events)


def _signers(folder: Path, passphrase: str) -> dict[str, tuple[int, bytes]]:
    """Each demo account's user id and signing key, unlocked the way a sign-in unlocks them."""
    found = {}
    for username in ("coordinator", "counsellor", "frontdesk", "outreach"):
        vault = Vault.open(folder, username, passphrase)
        try:
            found[username] = (vault.user.id, bytes(vault.secrets.sign_private))
        finally:
            vault.lock()
    return found


def _stamp(moment: str, rng: random.Random) -> str:
    """A record's local minute as the audit's microsecond timestamp (the same instant, a few seconds in)."""
    return f"{moment[:16]}:{rng.randrange(60):02d}.{rng.randrange(1_000_000):06d}+00:00"


def _events(vault: Vault, signers: dict[str, tuple[int, bytes]], rng: random.Random) -> Iterator[Event]:
    by_id = {user_id: name for name, (user_id, _) in signers.items()}
    conn = vault.conn

    def actor(staff_id: object, default: str) -> str:
        return by_id.get(int(staff_id), default) if staff_id is not None else default

    for client_id, first in conn.execute("SELECT id, coalesce(first_visit, created_at) FROM clients"):
        yield _stamp(f"{first[:10]}T09:00", rng), "frontdesk", "client.registered", "client", client_id, {}
    for visit_id, client_id, at, staff_id in conn.execute("SELECT id, client_id, at, staff_id FROM visits"):
        who = actor(staff_id, "frontdesk")
        yield _stamp(at, rng), who, "visit.checked_in", "visit", visit_id, {"client_id": client_id}
    yield from _note_events(conn, actor, rng)
    for ref_id, client_id, agency_id, day, staff_id in conn.execute(
        "SELECT id, client_id, agency_id, referred_on, staff_id FROM referrals"
    ):
        who = actor(staff_id, "counsellor")
        made = {"client_id": client_id, "agency_id": agency_id}
        yield _stamp(f"{day[:10]}T11:00", rng), who, "referral.made", "referral", ref_id, made
        yield _stamp(f"{day[:10]}T11:05", rng), who, "referral.slip_made", "referral", ref_id, {"alias_shown": False}
    yield from _sign_in_events(conn, signers, rng)


def _note_events(conn: Any, actor: Any, rng: random.Random) -> Iterator[Event]:
    rows = conn.execute("SELECT id, client_id, occurred_at, author_id FROM notes WHERE status = 'signed'")
    for note_id, client_id, occurred, author_id in rows:
        who, detail = actor(author_id, "counsellor"), {"client_id": client_id}
        yield _stamp(occurred, rng), who, "note.draft_created", "note", note_id, detail
        yield _stamp(occurred, rng), who, "note.signed", "note", note_id, detail
        later = date.fromisoformat(occurred[:10])
        for _ in range(NOTE_READS):
            later += timedelta(days=rng.randint(1, 60))
            yield _stamp(f"{later.isoformat()}T14:00", rng), who, "note.read", "note", note_id, detail


def _sign_in_events(conn: Any, signers: dict[str, tuple[int, bytes]], rng: random.Random) -> Iterator[Event]:
    first = conn.execute("SELECT min(day) FROM visits").fetchone()[0]
    if first is None:
        return
    day, today = date.fromisoformat(first), date.today()
    while day <= today:
        for who, times in SIGN_INS_A_DAY.items():
            for shift in range(times):
                at = f"{day.isoformat()}T{8 + shift * 2:02d}:{rng.randrange(60):02d}"
                detail = {"method": "passphrase"}
                yield _stamp(at, rng), who, "session.sign_in", "staff", signers[who][0], detail
        day += timedelta(days=1)
