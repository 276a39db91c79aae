"""A disabled account's bundles: which numbers from each device may still be taken (#25).

A disabled account's bundle is taken only if its number is at most the *mark* for its device: the
highest number a manager's device had taken from that device when it learned of the disable, as a
manager signed it. The header's time is the author's own word (a leaver could backdate it) and the
rows of this database are any insider's to edit, so neither decides: only mark records that verify,
at every check, under the certified key of a manager active in this vault's key file. With no such
record the mark is 0, and nothing more from that device in that account's name is taken.

Each device notes, at the first check after it learned of a disable, the last number it had taken
from each device (MARKS_META, never sent). Where the disable was known first *here* (this vault's
own key file showed it, not one a bundle brought), a manager's run signs those numbers into a mark
record; records travel in every bundle's extras and each device keeps the ones that verify. So the
laptop's bundle the centre took before the disable is taken at the office too, which learned of
the disable before it saw that bundle, and anything numbered past it is refused everywhere.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from shop_desktop.core.store import crypto, keyfile, trust
from shop_desktop.core.sync import exchange

MARKS_META = "sync.disable_marks"  # local: {"marks": {user: {device: last taken}}, "here": [user, ...]}
RECORDS_META = "sync.disable_records"  # the signed records held: [{"record": {...}, "signature": hex}]
RECORDS_SENT_META = "sync.disable_records_sent"  # digest of the records our last bundle carried
EXTRAS_KEY = "disable_marks"
FORMAT = "shop-sync-disable-mark"
_SIGNED = b"shop-sync-disable-mark-v1|"

FORGED = (
    "Bundle {name} carries a record of a disable that no active manager of this vault signed (or one changed "
    "since): that record was left out; the bundle's other changes were applied."
)


def _meta(conn: Any, key: str) -> Any:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return json.loads(str(row[0])) if row else None


def _put(conn: Any, key: str, value: Any) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value, sort_keys=True)))


def disabled_in(keys: keyfile.KeyFile) -> set[str]:
    users = {c.user_id for c in keys.certificates}
    return {str(u) for u in users if (c := keys.certificate(u)) is None or c.status != keyfile.ACTIVE}


def note_disables(conn: Any, keys: keyfile.KeyFile, *, here: bool) -> dict[str, dict[str, int]]:
    """The numbers this vault had taken from each device when it first knew of each disable in
    `keys`, noted now for the ones it didn't know before (here=False when `keys` came in a bundle).
    An account enabled again is forgotten. Returns the local marks (they decide nothing alone)."""
    stored = _meta(conn, MARKS_META) or {}
    if "marks" not in stored:  # written before marks were signed: {user: {device: seq}}, none known here
        stored = {"marks": stored, "here": []}
    marks: dict[str, dict[str, int]] = stored["marks"]
    disabled = disabled_in(keys)
    if disabled == set(marks):
        return marks
    taken = {str(n): int(seq) for n, seq in conn.execute("SELECT number, last_seq FROM sync_devices")}
    new = disabled - set(marks)
    marks = {user: marks.get(user, taken) for user in disabled}
    here = here and _has_synced(conn)
    known_here = [u for u in stored["here"] if u in disabled] + (sorted(new) if here else [])
    _put(conn, MARKS_META, {"marks": marks, "here": known_here})
    return marks


def _has_synced(conn: Any) -> bool:
    """A device joined after a disable finds it in the key file it was given, with the centre's
    numbers copied in: that disable was not known here first. The centre PC, or a device that has
    sent a bundle of its own, knows its own numbers."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'sync.sent'").fetchone()
    return exchange.this_device(conn) == 0 or (row is not None and int(row[0]) > 0)


def _message(record: dict[str, Any]) -> bytes:
    return _SIGNED + json.dumps(record, sort_keys=True).encode()


def verified(entry: Any, keys: keyfile.KeyFile, vault_id: str) -> dict[str, Any] | None:
    """The record, if it is this vault's and an active manager of `keys` signed it as it stands."""
    try:
        record, signature = dict(entry["record"]), bytes.fromhex(str(entry["signature"]))
        signer = keys.certificate(int(record["signer"]))
        if record.get("format") != FORMAT or record.get("vault_id") != vault_id or not trust.is_manager(signer):
            return None
        assert signer is not None
        record["marks"] = {str(int(k)): int(v) for k, v in dict(record["marks"]).items()}
        record["user"] = int(record["user"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return record if crypto.signature_valid(signer.sign_public, signature, _message(dict(entry["record"]))) else None


def held(conn: Any) -> list[dict[str, Any]]:
    found = _meta(conn, RECORDS_META)
    return list(found) if isinstance(found, list) else []


def mark(conn: Any, keys: keyfile.KeyFile, vault_id: str, user: int, device: int) -> int:
    """The highest number from `device` in `user`'s name that a record verifying now allows; 0 if none."""
    highest = 0
    for entry in held(conn):
        record = verified(entry, keys, vault_id)
        if record is not None and int(record["user"]) == user:
            highest = max(highest, int(dict(record["marks"]).get(str(device), 0)))
    return highest


def _keep(conn: Any, entries: list[dict[str, Any]]) -> bool:
    records = held(conn)
    new = [e for e in entries if e not in records]
    if new:
        _put(conn, RECORDS_META, records + new)
    return bool(new)


def take(conn: Any, keys: keyfile.KeyFile, vault_id: str, offered: Any, name: str, notices: list[str] | None) -> None:
    """Inside the transaction applying a bundle: the records it carries that verify are kept; any
    other is left out and said in `notices`."""
    entries = list(offered) if isinstance(offered, list) else []
    good = [e for e in entries if verified(e, keys, vault_id) is not None]
    _keep(conn, good)
    if len(good) != len(entries) and notices is not None:
        notices.append(FORGED.format(name=name))


def sign_here(conn: Any, keys: keyfile.KeyFile, vault_id: str, run: dict[str, Any]) -> None:
    """On a manager's run: sign the numbers this device noted for each disable known here first."""
    if not trust.is_manager(keys.certificate(int(run["author"]))):
        return
    marks = note_disables(conn, keys, here=True)
    stored = _meta(conn, MARKS_META) or {}
    entries = []
    for user in stored.get("here", []):
        record = {"format": FORMAT, "vault_id": vault_id, "user": int(user), "device": int(run["device"]),
                  "marks": marks[user], "signer": int(run["author"]), "keys_generation": keys.generation}  # fmt: skip
        if not any(_same(e, record) and verified(e, keys, vault_id) for e in held(conn)):
            entries.append({"record": record, "signature": crypto.sign(run["sign_private"], _message(record)).hex()})
    _keep(conn, entries)


def _same(entry: dict[str, Any], record: dict[str, Any]) -> bool:
    """A record of the same numbers from the same device (whoever signed it, at whichever generation)."""
    theirs = entry.get("record", {})
    return all(theirs.get(k) == record[k] for k in ("vault_id", "user", "device", "marks"))


def to_send(conn: Any, keys: keyfile.KeyFile, vault_id: str) -> tuple[list[dict[str, Any]], bool]:
    """The records a bundle carries (every one held that verifies now), and whether they differ
    from what our last bundle carried (then there is something to send)."""
    entries = [e for e in held(conn) if verified(e, keys, vault_id) is not None]
    digest = hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()
    return entries, digest != (_meta(conn, RECORDS_SENT_META) or "")


def sent(conn: Any, entries: list[dict[str, Any]]) -> None:
    _put(conn, RECORDS_SENT_META, hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest())
