"""Writing this device's bundles: one file per stream it can seal, all with the same number.

A device writes the streams its own profile covers (the centre PC: the full stream and the
outreach one; a laptop: only outreach), every one numbered N at each run with something to send,
so a receiver follows one sequence per device whatever stream it reads.

Crash order (every write, fsync and rename through core/store/journal.py's seam):
1. the largest stream's file first (it holds everything), then the others, each `.partial` ->
   fsync -> rename -> fsync folder;
2. base brought up to what was sent; 3. the number recorded in the database.
The next run numbers from the highest of the recorded number and this device's own files in the
folder (so a written file is never written again under the same number), and first completes a
number a crash left half written, from the largest stream's file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from shop_desktop.core.store import audit, crypto, journal, keyfile, trust
from shop_desktop.core.store.places import KEYS_NAME
from shop_desktop.core.sync import bundle, device_keys, devices, enrollment, exchange, keys_sync, leavers
from shop_desktop.core.sync.changes import SyncConnection
from shop_desktop.core.sync.keys_sync import KeyState

SENT_META, KEYS_SENT_META, DEVICES_SENT_META = "sync.sent", "sync.keys_sent", "sync.devices_sent"
WRITING_META = "sync.writing"  # the number this vault is about to write: a crash's only half-written one
# Each bundle says the last bundle its device had applied from every device ({number: seq}, its own
# number for itself). A device put back from a backup applies its own later bundles in that order
# (core/sync/catch_up.py), and learns from the others' how far its own numbers went.
SEEN_KEY = "seen"
OTHERS_HAVE_META = "sync.others_have"  # the highest of this device's own numbers another device applied


def seen(conn: Any, number: int, seq: int) -> dict[str, int]:
    applied = {str(d.number): d.last_seq for d in devices.all_devices(conn) if d.number != number}
    return {**applied, str(number): seq}


def meta(conn: Any, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return default if row is None else str(row[0])


def set_meta(conn: Any, key: str, value: object) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, str(value)))


def my_streams(profile: str, secrets: dict[str, bytes]) -> list[str]:
    """The streams this device writes, widest first: those its profile covers and it holds secrets for."""
    chosen = {devices.stream_of(k) for k in devices.covered_profiles(profile)}
    return sorted((s for s in chosen if s in secrets), key=lambda s: (-len(devices.covered_profiles(s)), s))


def own_files(folder: Path, vault_id: str, device: int) -> dict[int, dict[str, Path]]:
    found: dict[int, dict[str, Path]] = {}
    for path in folder.glob(f"{vault_id}-d{device}-*{bundle.SUFFIX}"):
        parsed = bundle.parse_name(path.name)
        if parsed and parsed[1] == device:
            found.setdefault(parsed[3], {})[parsed[2]] = path
    return found


def complete_last(sync: SyncConnection, state: KeyState, run: dict[str, Any]) -> int:
    """Finish a number a crash left half written; returns the last number this device used."""
    conn = sync.main
    sent = int(meta(conn, SENT_META, "0"))
    files = own_files(run["sync_folder"], state.vault_id, run["device"])
    highest = max(files, default=0)
    if highest <= sent:
        return sent
    streams = my_streams(run["profile"], state.secrets)
    present = files[highest]
    probe = present.get(streams[0]) or next(iter(present.values()))
    try:
        found = bundle.read(probe.read_bytes(), probe.name)
    except bundle.BundleRefused:
        return sent  # not a bundle at all: our next one takes its number (and name)
    if not ours(state, run, found):
        return sent  # put there by someone else: likewise
    if highest != int(meta(conn, WRITING_META, "0")):  # this device's, but not this vault's doing
        raise bundle.BundleRefused(bundle.TAKEN.format(name=probe.name))  # catch_up.py takes it first
    if streams[0] in present:
        key = seal_key(state, found.header.epoch, streams[0])
        changeset, extras = bundle.open_contents(found, key)
        run["keys_payload"] = found.keys_payload  # the same number says the same thing in every stream
        for stream in streams[1:]:
            if stream not in present:
                _write(state, run, found.header.seq, stream, exchange.filtered(changeset, stream), extras)
        exchange.settle_base(sync, changeset)
    set_meta(conn, SENT_META, highest)
    return highest


def ours(state: KeyState, run: dict[str, Any], found: bundle.Bundle) -> bool:
    """Signed by a certified person and by this device's own key (when it has one)."""
    if not bundle.signed_by(found, {c.sign_public for c in state.keys.certificates}):
        return False
    device_key = run.get("device_key", b"")
    return not device_key or bundle.device_signed(found, crypto.sign_public_of(device_key))


def seal_key(state: KeyState, epoch: int, stream: str) -> bytes:
    return bundle.sync_key(state.data_keys[epoch], state.vault_id, epoch, stream, state.secrets[stream])


def _keys_for(payload: bytes, stream: str) -> bytes:
    """The key file as a device of this stream may hold it: no notes-key grants unless it carries notes."""
    return keys_sync.for_stream(payload, enrollment.carries_notes(stream))


def _write(
    state: KeyState, run: dict[str, Any], seq: int, stream: str, changeset: bytes, extras: dict[str, Any]
) -> str:
    changeset = exchange.filtered(changeset, stream)  # a stream's file holds only what its profile carries
    epoch = state.newest_epoch  # after a rotation: the new key, which a disabled person's slot never got
    payload = _keys_for(run["keys_payload"], stream)
    keys_generation = state.keys.generation if payload else 0
    header = bundle.Header(
        state.vault_id, run["device"], stream, seq, epoch, run["author"], audit.now_iso(), keys_generation
    )
    raw = bundle.make(
        header, changeset, extras, keys_payload=payload, seal_key=seal_key(state, epoch, stream),
        sign_private=run["sign_private"], device_private=run.get("device_key", b""),
    )  # fmt: skip
    target = run["sync_folder"] / header.name
    if target.exists() and signed_here(state, run, target):
        raise bundle.BundleRefused(bundle.TAKEN.format(name=header.name))  # never over another PC's
    bundle.write(run["sync_folder"], header.name, raw)  # over a file that isn't a bundle of ours
    return header.name


def signed_here(state: KeyState, run: dict[str, Any], path: Path) -> bool:
    try:
        return ours(state, run, bundle.read(path.read_bytes(), path.name))
    except (OSError, bundle.BundleRefused):
        return False


def write_bundles(sync: SyncConnection, state: KeyState, run: dict[str, Any]) -> list[str]:
    """This device's changes since the last exchange, as one bundle per stream (none if nothing changed)."""
    conn = sync.main
    device_keys.ensure_listed(conn, state.keys, state.vault_id, run)  # a manager here: the device's key listed
    seq = max(complete_last(sync, state, run), int(meta(conn, OTHERS_HAVE_META, "0"))) + 1
    streams = my_streams(run["profile"], state.secrets)
    captured = {stream: exchange.capture(sync, stream) for stream in streams}
    listed = devices.listed(conn)
    listed_hash = hashlib.sha256(json.dumps(listed, sort_keys=True).encode()).hexdigest()
    on_disk = keyfile.load(state.vault_folder / KEYS_NAME)  # what this device holds (not one still waiting)
    keys_changed = int(meta(conn, KEYS_SENT_META, "-1")) != on_disk.generation
    # receivers take the device list only from a manager's bundle (receive.py): it counts as sent then
    manager = trust.is_manager(state.keys.certificate(run["author"]))
    devices_changed = manager and meta(conn, DEVICES_SENT_META) != listed_hash
    leavers.sign_here(conn, state.keys, state.vault_id, run)  # a disable done here: its marks, signed
    marks, marks_changed = leavers.to_send(conn, state.keys, state.vault_id)
    if not captured[streams[0]] and not keys_changed and not devices_changed and not marks_changed:
        return []
    since = int(meta(conn, KEYS_SENT_META, "-1"))  # the signed steps after it travel too (keys_sync.outgoing)
    run["keys_payload"] = keys_sync.outgoing(conn, state.vault_folder, since) if keys_changed else b""
    extras: dict[str, Any] = {"devices": listed, leavers.EXTRAS_KEY: marks, SEEN_KEY: seen(conn, run["device"], seq)}
    conn.execute("BEGIN IMMEDIATE")
    set_meta(conn, WRITING_META, seq)  # before the first file: complete_last finishes only this number
    conn.execute("COMMIT")
    written = [_write(state, run, seq, stream, captured[stream], extras) for stream in streams]
    journal.point_of_commit(exchange.base_path(state.vault_folder).parent)  # the crash harness stops here too
    exchange.settle_base(sync, captured[streams[0]])  # the widest holds the others
    conn.execute("BEGIN IMMEDIATE")
    set_meta(conn, SENT_META, seq)
    set_meta(conn, KEYS_SENT_META, on_disk.generation)
    if manager:
        set_meta(conn, DEVICES_SENT_META, listed_hash)
    leavers.sent(conn, marks)
    journal.point_of_commit(state.vault_folder)
    conn.execute("COMMIT")
    return written
