"""Applying one bundle, or refusing it in plain words (SYNC.md: "Refused with a plain message").

Checked in this order, before anything is opened or applied:
1. it is a bundle at all, and its name says what its signed header says (not renamed);
2. it is this vault's; from a device this vault knows and hasn't retired, signed by that device's
   key as a manager named it (a device without one is refused: core/sync/device_keys.py);
3. a key file it carries verifies for this vault (core/sync/keys_sync.py);
4. its signature is the author's, under a certificate of this vault's key file; an account that
   is disabled here signs nothing numbered after the mark for that device: the last bundle a
   manager's device had taken from it when it learned of the disable, as that manager signed it
   (core/sync/leavers.py; the header's time is the author's own word: a leaver could backdate it);
5. it is the next in its device's order: earlier ones are replays, a gap waits;
6. this device holds the key it is sealed under (a disabled person's device doesn't, after the
   rotation), and the seal opens.
Then, in one transaction: the key file adopted, the devices it names learned, the changeset
applied, the device's sequence number recorded. Base follows in its own transaction.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import apsw

from shop_desktop.core.store import journal, keyfile, trust
from shop_desktop.core.sync import bundle, device_keys, devices, exchange, keys_sync, leavers
from shop_desktop.core.sync.bundle import TAMPERED, Bundle, BundleRefused, BundleWaits
from shop_desktop.core.sync.changes import SyncConnection
from shop_desktop.core.sync.keys_sync import KeyState

SEQ_AT_EPOCH_META = "sync.seq_at_epoch."  # + epoch: {device: last bundle applied} when this vault took it


def check(
    conn: Any, state: KeyState, path: Path, notices: list[str] | None = None
) -> tuple[Bundle, Any, dict[str, Any], bytes]:
    """(bundle, the key file it brings or None, extras, changeset) once every rule passes; a key
    file it brings that isn't taken (keys_sync.verified) is said in `notices`."""
    name = path.name
    found = bundle.read(path.read_bytes(), name)
    header = found.header
    if header.vault_id != state.vault_id:
        raise BundleRefused(f"Bundle {name} belongs to another vault. It was not applied.")
    if bundle.parse_name(name) != (header.vault_id, header.device, header.profile, header.seq):
        raise BundleRefused(TAMPERED.format(name=name))
    _check_device(conn, header.device, name)
    at_centre = devices.this_number(conn) == devices.CENTRE
    incoming = keys_sync.verified(state, found.keys_payload, name, notices, at_centre=at_centre)
    keys = incoming or state.keys
    leavers.note_disables(conn, state.keys, here=True)  # before anything else is applied
    _check_author(found, keys, name, leavers.mark(conn, keys, state.vault_id, header.author, header.device))
    _check_device_key(conn, found, keys, state.vault_id, path.parent)
    _check_order(conn, header.device, header.seq, name)
    changeset, extras = bundle.open_contents(found, _seal_key(state, keys, header), name)
    return found, incoming, extras, changeset


def _check_device(conn: Any, number: int, name: str) -> None:
    row = conn.execute("SELECT retired_at FROM sync_devices WHERE number = ?", (number,)).fetchone()
    if row is None:
        raise BundleRefused(
            f"Bundle {name} comes from device {number}, which this vault doesn't know. It was not applied; "
            "if the device was added recently, it is applied after the centre PC's next bundle arrives."
        )
    if row[0] is not None:
        raise BundleRefused(f"Bundle {name} comes from device {number}, which was retired. It was not applied.")


def _check_author(found: Bundle, keys: keyfile.KeyFile, name: str, mark: int) -> None:
    """Signed by the author's certified key; an author disabled here only up to the signed mark
    (core/sync/leavers.py: neither the header's time nor a row of this database decides)."""
    author = found.header.author
    certs = [c for c in keys.certificates if c.user_id == author]
    if not certs or not bundle.signed_by(found, {c.sign_public for c in certs}):
        raise BundleRefused(TAMPERED.format(name=name))
    current = keys.certificate(author)
    if (current is None or current.status != keyfile.ACTIVE) and found.header.seq > mark:
        raise BundleRefused(
            f"Bundle {name} was made by an account that had been disabled by then: it comes after the last"
            f" bundle a manager's device had taken from device {found.header.device} when it learned of the"
            " disable. It was not applied."
        )


def _check_device_key(conn: Any, found: Bundle, keys: keyfile.KeyFile, vault_id: str, folder: Path) -> None:
    """The device number is bound by the device's own key, as a manager named it (a manager's
    device list, or a listing file a manager signed). A device without one (enrolled before devices
    had keys) is refused until a manager gives it one: a bundle in its name could be anyone's."""
    header = found.header
    public = device_keys.key_for(conn, keys, vault_id, folder, header.device)
    if public is None:
        raise BundleRefused(device_keys.no_key_message(conn, header.name, header.device))
    if not bundle.device_signed(found, public):
        raise BundleRefused(
            f"Bundle {header.name} says it comes from device {header.device}, but that device didn't sign it. "
            "It was not applied."
        )


def note_epoch(conn: Any, epoch: int) -> None:
    """The first time this vault works under a key epoch (a rotation taken here: a disable), the
    last bundle applied from each device by then. Kept in local meta, never sent, and deciding
    nothing: a disabled author's bundles are held to the signed marks (core/sync/leavers.py)."""
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", (SEQ_AT_EPOCH_META + str(epoch),)).fetchone():
        return
    seqs = {str(d.number): d.last_seq for d in devices.all_devices(conn)}
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (SEQ_AT_EPOCH_META + str(epoch), json.dumps(seqs)))


def _check_order(conn: Any, number: int, seq: int, name: str) -> None:
    row = conn.execute("SELECT last_seq FROM sync_devices WHERE number = ?", (number,)).fetchone()
    last = int(row[0]) if row else 0
    if seq <= last:
        raise BundleRefused(
            f"Bundle {name} was applied before (number {seq} from device {number}); this copy was not applied again."
        )
    if seq > last + 1:
        raise BundleWaits(f"Waiting for bundle {last + 1} from device {number} before applying number {seq}.")


def _seal_key(state: KeyState, keys: keyfile.KeyFile, header: bundle.Header) -> bytes:
    secret = state.secrets.get(header.profile)
    data_key = state.data_key(header.epoch, keys)
    if secret is None:
        raise BundleRefused(f"Bundle {header.name} is for another kind of device. It was not applied.")
    if data_key is None:
        raise BundleWaits(
            f"Bundle {header.name} is sealed under a key this device hasn't been given. If this device's "
            "account was disabled, it can't open new bundles; otherwise it opens once the key file arrives."
        )
    return bundle.sync_key(data_key, state.vault_id, header.epoch, header.profile, secret)


def _unreadable(name: str) -> str:
    """A signed bundle whose changes don't parse: refused like a tampered one, so one bad file can't
    stop every Sync now (the ones after it from that device wait behind it)."""
    return (
        f"Bundle {name} is signed, but its changes can't be read (the file is damaged, or it was made by "
        "another version of the app). It was not applied."
    )


def apply(
    sync: SyncConnection, state: KeyState, path: Path, profile_key: str, notices: list[str] | None = None
) -> bundle.Header:
    """Check, then apply in one transaction on the vault; base follows. Returns the header; what
    was left out of the bundle is said in `notices`."""
    conn = sync.main
    found, incoming, extras, changeset = check(conn, state, path, notices)
    header = found.header
    try:
        changeset = exchange.filtered(changeset, header.profile)  # a stream carries only its profile's tables
    except ValueError:
        raise BundleRefused(_unreadable(header.name)) from None
    conn.execute("BEGIN IMMEDIATE")
    try:
        if incoming is not None:
            keys_sync.stage(conn, state, incoming, found.keys_payload)
            note_epoch(conn, incoming.epoch)
            leavers.note_disables(conn, incoming, here=False)  # learned from this bundle, not known here first
        leavers.take(conn, incoming or state.keys, state.vault_id, extras.get(leavers.EXTRAS_KEY), header.name, notices)
        _learn_devices(conn, incoming or state.keys, found, list(extras.get("devices", [])), notices)
        try:
            exchange.apply(sync, changeset, header.device, profile_key)
        except apsw.CorruptError:  # what SQLite says of a changeset it can't parse
            raise BundleRefused(_unreadable(header.name)) from None
        devices.record_applied(conn, header.device, header.seq, header.at)
        _note_how_far_ours_went(conn, extras)
        journal.point_of_commit(state.vault_folder)  # the crash harness stops here too
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        keys_sync.unstage(state)
        raise
    keys_sync.committed(state)
    journal.point_of_commit(exchange.base_path(state.vault_folder).parent)
    exchange.base_takes(sync, changeset, profile_key)
    return header


def _note_how_far_ours_went(conn: Any, extras: dict[str, Any]) -> None:
    """The last of this device's own bundles the author had applied (send.SEEN_KEY)."""
    seen = extras.get("seen")
    mine = seen.get(str(devices.this_number(conn))) if isinstance(seen, dict) else None
    if isinstance(mine, int) and not isinstance(mine, bool):
        row = conn.execute("SELECT value FROM meta WHERE key = 'sync.others_have'").fetchone()
        if mine > (int(row[0]) if row else 0):
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sync.others_have', ?)", (str(mine),))


def _learn_devices(
    conn: Any, keys: keyfile.KeyFile, found: Bundle, listed: list[dict[str, Any]], notices: list[str] | None
) -> None:
    """Devices added or retired are taken only from a bundle signed by a manager active here: any
    other account could otherwise retire the centre PC or add a device of its own."""
    changed = devices.changes_in(conn, listed)
    if not changed:
        return
    if trust.is_manager(keys.certificate(found.header.author)):
        devices.learn(conn, changed)
    elif notices is not None:
        notices.append(
            f"Bundle {found.header.name} lists added or retired devices, but it wasn't made by a manager: "
            "its other changes were applied, the device list was left as it was."
        )
