"""Keys over sync: a newer key file travels in a bundle and is adopted only when it verifies here.

A bundle carries its author's `shop.keys` whenever the key file changed since the author's last
bundle (a staff member added or disabled, a rotation). The receiver adopts it only if it names
this vault, is newer than the key file this device accepted, is signed by the root pinned in
this person's own sealed slot, and its signer is an active manager *in the key file this device
accepted* (so a manager disabled here can't sign one). Several signed steps at once are accepted
(bundles arrive days apart); trust.decide at sign-in keeps its one-step rule for the key file
in the folder. Adopting is core/vault/journal.py rule 2: the file staged, the database commit that
applies the bundle records its hash and the accepted manifest, then the file is renamed in.

After a disable the centre's key file rotates the data key: bundles from then on are sealed under
the new generation, which the disabled person's slot was never given, so their device can't open
them. A receiver picks the new key from its own grants in the adopted file. Old data keys it
held are kept in its own (encrypted) database, to open bundles its peers sealed before they
heard of the rotation; the leaver already had those keys, so keeping them gives nothing away.
An outreach device's copy of the key file never holds notes-key grants.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shop_desktop.core.errors import VaultDamaged
from shop_desktop.core.sync.bundle import TAMPERED, BundleRefused
from shop_desktop.core.vault import journal, keyfile, trust
from shop_desktop.core.vault.keyfile import KeyFile
from shop_desktop.core.vault.places import KEYS_NAME

EPOCH_KEY_META = "sync.epoch_key."  # + epoch: a data key this device held, to open older bundles
WAITING_META = "sync.keys_waiting"  # a key file that rotated the data key, until finish() re-keys


@dataclass
class KeyState:
    """What a run knows about keys; a worker's own copy, never the session's."""

    vault_folder: Path
    vault_id: str
    keys: KeyFile
    pinned_root: bytes = field(repr=False)
    box_private: bytes = field(repr=False)
    slot_id: str
    data_keys: dict[int, bytes] = field(repr=False)
    secrets: dict[str, bytes] = field(repr=False)  # profile secrets this device holds
    base_key: bytes = field(repr=False)  # the key the database and base are under during this run
    carries_notes: bool = True
    db_epoch: int = 0  # the data key the database file is under during this run
    pending: KeyFile | None = None
    waiting: KeyFile | None = None
    adopted: KeyFile | None = None

    def data_key(self, epoch: int, keys: KeyFile) -> bytes | None:
        if epoch in self.data_keys:
            return self.data_keys[epoch]
        return own_grants(self, keys).get(epoch)

    @property
    def newest_epoch(self) -> int:
        return max(self.data_keys)


def own_grants(state: KeyState, keys: KeyFile) -> dict[int, bytes]:
    slot = next((s for s in keys.slots if s.slot_id == state.slot_id), None)
    if slot is None:
        return {}
    return keyfile.open_grants(slot, keys.vault_id, state.box_private)[0]


def verified(state: KeyState, payload: bytes, name: str) -> KeyFile | None:
    """The key file a bundle brings, if it is newer and verifies for this vault; None if not newer."""
    if not payload:
        return None
    try:
        incoming = keyfile.KeyFile.from_json(json.loads(payload))
    except (ValueError, KeyError, TypeError, keyfile.OlderFormat, VaultDamaged):
        raise BundleRefused(TAMPERED.format(name=name)) from None
    if incoming.vault_id != state.vault_id:
        raise BundleRefused(f"Bundle {name} carries another vault's key file. It was not applied.")
    if incoming.generation <= state.keys.generation:
        return None
    signer = state.keys.certificate(incoming.signed_by)
    if trust.manifest_problem(incoming, state.pinned_root) or not trust.is_manager(signer):
        raise BundleRefused(
            f"Bundle {name} carries a key file that isn't signed by an active manager of this vault. "
            "It was not applied; nothing in it was granted."
        )
    return incoming


def as_held_here(state: KeyState, payload: bytes) -> KeyFile:
    """The incoming key file as this device keeps it: no notes-key grants unless it carries notes,
    and each person's own sealed secrets as this device last sealed them (their audit anchor here),
    unless their slot changed (a passphrase reset at the centre)."""
    adopted = keyfile.KeyFile.from_json(json.loads(payload))
    local = {s.slot_id: s for s in keyfile.load(state.vault_folder / KEYS_NAME).slots}
    for slot in adopted.slots:
        if not state.carries_notes:
            slot.notes_grants = {}
        mine = local.get(slot.slot_id)
        if mine is not None and mine.slot_version == slot.slot_version:
            slot.sealed_secrets = mine.sealed_secrets
    return adopted


def stage(conn: Any, state: KeyState, incoming: KeyFile, payload: bytes) -> None:
    """Inside the transaction that applies the bundle. A key file under the database's own data key
    is staged (its hash and manifest recorded: journal rule 2). One that rotated the data key waits
    in the database (WAITING_META) until finish() re-keys the database and installs both at once
    (core/sync/rekey.py): installed alone, it would no longer open this device's database."""
    adopted = as_held_here(state, payload)
    for epoch, key in state.data_keys.items():
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (f"{EPOCH_KEY_META}{epoch}", key.hex()))
    if adopted.epoch != state.db_epoch:
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (WAITING_META, keyfile.payload(adopted).decode())
        )
        state.waiting = adopted
        return
    digest = journal.stage_keys(state.vault_folder, keyfile.payload(adopted))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (journal.KEYS_META, digest))
    trust.store_accepted(conn, adopted)
    state.pending = adopted


def unstage(state: KeyState) -> None:
    state.waiting = None
    if state.pending is not None:
        journal.drop_staged_keys(state.vault_folder)
        state.pending = None


def committed(state: KeyState) -> None:
    """After COMMIT: the key file in place (or waiting), and the keys its grants give me known to the run."""
    if state.pending is not None:
        journal.install_keys(state.vault_folder)
    taken = state.pending or state.waiting
    if taken is None:
        return
    state.keys, state.adopted, state.pending, state.waiting = taken, taken, None, None
    state.data_keys.update(own_grants(state, state.keys))


def remembered_epoch_keys(conn: Any) -> dict[int, bytes]:
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE 'sync.epoch_key.%'").fetchall()
    return {int(str(k)[len(EPOCH_KEY_META) :]): bytes.fromhex(str(v)) for k, v in rows}
