"""The devices of one vault: the centre PC (device 0) and every PC or laptop enrolled from it.

Only the centre PC hands out device numbers (one counter, so no two devices get the same one).
"Add a device" writes an enrollment file (core/sync/enrollment.py) holding a replica of only the
profile's data; "retire" stops a device's bundles being applied anywhere the retirement has
reached. Each device keeps this list locally (the `sync_devices` table never travels as rows);
bundles carry it, and a receiver adds the devices it didn't know and the retirements.

Profile secrets: a bundle for a profile is sealed under a key derived from the data key *and* that
profile's secret (core/sync/bundle.py). A device holds the secrets of the profiles its own
profile covers, so an outreach laptop, which holds the data key, still can't open the centre's
bundles lying in the shared folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import action
from shop_desktop.core.errors import InvalidInput, NotFound
from shop_desktop.core.roles import Permission
from shop_desktop.core.store import audit, crypto
from shop_desktop.core.store.db import Connection
from shop_desktop.core.sync import exchange

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault
    from shop_desktop.core.sync.enrollment import EnrollmentPlan

SECRET_META = "sync.secret."  # + profile key: that profile's secret (hex), this device's own
DEVICE_KEY_META = "sync.device_key"  # this device's own Ed25519 signing key (hex): never travels
UNLISTED_META = "sync.device_key_unlisted"  # this device's public key, while devices made before it may not know it
DEVICE_PUBLIC_META = "sync.device_public."  # + number: its public half, as a manager's device list named it
CENTRE = 0


@dataclass(frozen=True)
class Device:
    number: int
    name: str
    profile: str
    added_at: str
    retired_at: str | None = None
    last_seq: int = 0  # the last bundle from this device applied here
    last_at: str | None = None  # when that bundle was made

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name, "profile": self.profile,
                "added_at": self.added_at, "retired_at": self.retired_at}  # fmt: skip


def migrate_devices(conn: Connection) -> None:
    """The devices table (migration body; core/store/migrations.py lists it). Device 0 is this vault
    as it was before sync: the centre PC."""
    conn.execute(
        """CREATE TABLE sync_devices (
            number INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            profile TEXT NOT NULL,
            added_at TEXT NOT NULL,
            retired_at TEXT,
            last_seq INTEGER NOT NULL DEFAULT 0,
            last_at TEXT
        )"""
    )
    conn.execute(
        "INSERT INTO sync_devices (number, name, profile, added_at) VALUES (0, 'Centre PC', 'centre', ?)",
        (audit.now_iso(),),
    )


def all_devices(conn: Any) -> list[Device]:
    rows = conn.execute(
        "SELECT number, name, profile, added_at, retired_at, last_seq, last_at FROM sync_devices ORDER BY number"
    ).fetchall()
    return [Device(int(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4], int(r[5]), r[6]) for r in rows]


def device(conn: Connection, number: int) -> Device | None:
    return next((d for d in all_devices(conn) if d.number == number), None)


def this_number(conn: Connection) -> int:
    return exchange.this_device(conn)


def profile_of(conn: Connection, number: int) -> str:
    found = device(conn, number)
    return found.profile if found else ""


def learn(conn: Any, listed: list[dict[str, Any]]) -> None:
    """Devices a bundle names (inside the caller's transaction): new ones added, retirements kept,
    a device's public key taken the first time it is named (never replaced)."""
    for entry in listed:
        number, retired_at = int(entry["number"]), entry.get("retired_at")
        conn.execute(
            "INSERT INTO sync_devices (number, name, profile, added_at, retired_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(number) DO UPDATE SET retired_at = coalesce(sync_devices.retired_at, excluded.retired_at)",
            (number, str(entry["name"]), str(entry["profile"]), str(entry["added_at"]), retired_at),
        )
        if entry.get("sign_public") and public_of(conn, number) is None:
            _put(conn, DEVICE_PUBLIC_META + str(number), bytes.fromhex(str(entry["sign_public"])).hex())


def listed(conn: Any) -> list[dict[str, Any]]:
    """The device list as bundles carry it: each device with its public key, when known."""
    entries = []
    for found in all_devices(conn):
        entry, key = found.to_json(), public_of(conn, found.number)
        if key is not None:
            entry["sign_public"] = key.hex()
        entries.append(entry)
    return entries


# --- device keys: a bundle's device number is signed by that device's own key ------------------


def _put(conn: Any, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _meta(conn: Any, key: str) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def own_signing_key(conn: Any) -> bytes:
    """This device's private key (b"" on a device enrolled before devices had keys)."""
    return bytes.fromhex(_meta(conn, DEVICE_KEY_META))


def public_of(conn: Any, number: int) -> bytes | None:
    value = _meta(conn, DEVICE_PUBLIC_META + str(number))
    return bytes.fromhex(value) if value else None


def new_device_key(conn: Any, number: int) -> bytes:
    """A key pair for a device: the public half listed here (it travels in the device list), the
    private half returned (for this device's meta, or the enrollment file)."""
    private, public = crypto.new_signing_keypair()
    _put(conn, DEVICE_PUBLIC_META + str(number), public.hex())
    return private


def changes_in(conn: Any, listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries of a bundle's device list that would change this vault's: a device it doesn't
    know, or a retirement it hasn't recorded."""
    known = {d.number: d for d in all_devices(conn)}
    changed = []
    for entry in listed:
        here = known.get(int(entry["number"]))
        new_key = entry.get("sign_public") and public_of(conn, int(entry["number"])) is None
        if here is None or new_key or (here.retired_at is None and entry.get("retired_at") is not None):
            changed.append(entry)
    return changed


def record_applied(conn: Any, number: int, seq: int, made_at: str) -> None:
    conn.execute("UPDATE sync_devices SET last_seq = ?, last_at = ? WHERE number = ?", (seq, made_at, number))


# --- profile secrets -------------------------------------------------------------------------------


def secrets_held(conn: Connection) -> dict[str, bytes]:
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE 'sync.secret.%'").fetchall()
    return {str(k)[len(SECRET_META) :]: bytes.fromhex(str(v)) for k, v in rows}


def ensure_secrets(conn: Connection) -> dict[str, bytes]:
    """On the centre PC, a secret for every profile (made once); elsewhere, the ones enrollment gave."""
    held = secrets_held(conn)
    if this_number(conn) != CENTRE:
        return held
    if not own_signing_key(conn):
        private = new_device_key(conn, CENTRE)
        _put(conn, DEVICE_KEY_META, private.hex())
        if any(d.number != CENTRE for d in all_devices(conn)):  # enrolled before the centre had a key
            _put(conn, UNLISTED_META, crypto.sign_public_of(private).hex())
    for key in exchange.profiles():
        if key not in held:
            held[key] = os.urandom(32)
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (SECRET_META + key, held[key].hex()))
    return held


def covered_profiles(profile_key: str) -> list[str]:
    """The profiles whose data a device of this profile already holds all of (its own included)."""
    return sorted(key for key in exchange.profiles() if exchange.covers(profile_key, key))


def stream_of(profile_key: str) -> str:
    """Profiles that carry the same tables share one stream of bundles (centre and office do)."""
    same = (k for k in exchange.profiles() if exchange.covers(k, profile_key) and exchange.covers(profile_key, k))
    return min(same)


def streams() -> list[str]:
    return sorted({stream_of(key) for key in exchange.profiles()})


# --- the coordinator's actions ---------------------------------------------------------------------


@action(Permission.MANAGE_STAFF, audits=("sync.device_added",))
def add(vault: Vault, name: str, profile_key: str, folder: Path, joiner: int | str) -> Path:
    """Add a device: its number, and its enrollment file written into `folder` (returned), which
    only the staff member `joiner` (a user id or user name) can open. All in one go (the CLI, tests); the Sync
    screen runs start_adding, enrollment.make_enrollment on a worker, then finish_adding."""
    from shop_desktop.core.sync import enrollment

    plan = start_adding(vault, name, profile_key, folder, joiner)
    try:
        made = enrollment.make_enrollment(plan, lambda _fraction, _words: None, lambda: False)
    except BaseException:
        finish_adding(vault, plan.number, plan.left_behind())
        raise
    finish_adding(vault, plan.number, made)
    return made


@action(Permission.MANAGE_STAFF, audits=("sync.device_added",))
def start_adding(vault: Vault, name: str, profile_key: str, folder: Path, joiner: int | str) -> EnrollmentPlan:
    """The device's number recorded; returns the plan (enrollment.EnrollmentPlan) for the worker half.
    The session's connection is set aside until finish_adding."""
    from shop_desktop.core.sync import enrollment

    cleaned = " ".join(name.split())
    if not 1 <= len(cleaned) <= 60:
        raise InvalidInput('Give the device a name of up to 60 characters, e.g. "Outreach laptop".')
    if profile_key not in exchange.profiles():
        raise InvalidInput(f"There is no device profile called {profile_key!r}.")
    if this_number(vault.conn) != CENTRE:
        raise InvalidInput("Devices are added on the centre PC, which hands out the device numbers.")
    enrollment.joiner_certificate(vault, joiner)  # these two before a number is used
    enrollment.check_folder(folder)
    with vault.transaction() as conn:
        ensure_secrets(conn)
        number = 1 + max(d.number for d in all_devices(conn))
        conn.execute(
            "INSERT INTO sync_devices (number, name, profile, added_at) VALUES (?, ?, ?, ?)",
            (number, cleaned, profile_key, audit.now_iso()),
        )
        device_key = new_device_key(conn, number)
        vault.audit("sync.device_added", "device", number, profile=profile_key)
    return enrollment.plan_enrollment(vault, number, folder, device_key, joiner)


@action(Permission.MANAGE_STAFF, audits=("sync.device_add_stopped",))
def finish_adding(vault: Vault, number: int, made: Path | None) -> None:
    """After the worker: the session takes its connection back. When no file was made (Cancel, or
    it failed), the number is given back: nothing outside this PC ever saw it."""
    exchange.take_back(vault)
    if made is not None:
        return
    with vault.transaction() as conn:
        conn.execute("DELETE FROM sync_devices WHERE number = ? AND last_seq = 0", (number,))
        conn.execute("DELETE FROM meta WHERE key = ?", (DEVICE_PUBLIC_META + str(number),))
        vault.audit("sync.device_add_stopped", "device", number)


@action(Permission.MANAGE_STAFF, audits=())
def listing(vault: Vault) -> list[Device]:
    """Every device: name, profile, number, the last bundle from it applied here, retired or not."""
    return all_devices(vault.conn)


@action(Permission.MANAGE_STAFF, audits=("sync.device_retired",))
def retire(vault: Vault, number: int) -> Device:
    """Stop applying a device's bundles (a lost laptop). Its data already merged stays."""
    found = device(vault.conn, number)
    if found is None:
        raise NotFound(f"There is no device number {number}.")
    if number == this_number(vault.conn):
        raise InvalidInput("This is the device you are using: retire it from another one.")
    if found.retired:
        raise InvalidInput("That device is already retired.")
    with vault.transaction() as conn:
        conn.execute("UPDATE sync_devices SET retired_at = ? WHERE number = ?", (audit.now_iso(), number))
        vault.audit("sync.device_retired", "device", number)
    retired = device(vault.conn, number)
    assert retired is not None
    return retired
