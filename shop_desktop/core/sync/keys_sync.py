"""Keys over sync: a newer key file travels in a bundle and is adopted only when it verifies here.

A bundle carries its author's `shop.keys` whenever the key file changed since the author's last
bundle (a staff member added or disabled, a rotation). The receiver adopts it only if it names
this vault, is newer than the key file this device accepted, is signed by the root pinned in
this person's own sealed slot, and its signer is an active manager *in the key file this device
accepted* (so a manager disabled here can't sign one). A device that was away may be several
generations behind: the bundle then carries every signed manifest in between (each database
keeps the ones it accepted: trust.remember_manifest), and each step must be signed by the root
and by a manager active in the step before it (chain_problem), never the last one alone: a
manager disabled on the way still holds the root key. The database records the adopted file as
accepted, so trust.decide at sign-in keeps its one-step rule for the key file in the folder.
Adopting is core/store/journal.py rule 2: the file staged, the database commit that applies the
bundle records its hash and the accepted manifest, then the file is renamed in.

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
from shop_desktop.core.store import journal, keyfile, trust
from shop_desktop.core.store.keyfile import KeyFile
from shop_desktop.core.store.places import KEYS_NAME
from shop_desktop.core.sync.bundle import TAMPERED, BundleRefused

EPOCH_KEY_META = "sync.epoch_key."  # + epoch: a data key this device held, to open older bundles
WAITING_META = "sync.keys_waiting"  # a key file that rotated the data key, until the re-key is in


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


# Only the centre PC signs key-file changes now (Vault.signs_keys_here). Before that rule two PCs
# could sign the same generation, each saying something else: a fork. A fork at this device's
# generation is kept out (this PC keeps its own, the rest of the bundle applies); a newer file whose
# chain passes through another version of this device's generation is taken, and `notices` says
# so either way: a change made here may be missing from the list everyone follows. At the centre a
# newer file can come only from its own past (restored from an older backup, the other devices
# hold what it signed after it): taken, but never one that re-enables an account the centre has
# disabled or goes back to a data key it has replaced, which would undo a disable made since (T6).


def verified(
    state: KeyState, payload: bytes, name: str, notices: list[str] | None = None, *, at_centre: bool = False
) -> KeyFile | None:
    """The key file a bundle brings, if it is newer and verifies for this vault; None if not newer
    (or not taken: see above). Every generation between the one this device accepted and the
    incoming one must be there, each signed by the root and by a manager active in the step before
    it (chain_problem). at_centre: this is the centre PC."""
    if not payload:
        return None
    incoming, steps = _read(payload, name)
    if incoming.vault_id != state.vault_id:
        raise BundleRefused(f"Bundle {name} carries another vault's key file. It was not applied.")
    if incoming.generation == state.keys.generation and _differs(incoming, state.keys):
        _say(notices, FORKED.format(name=name))
        return None
    if incoming.generation <= state.keys.generation:
        return None
    _refuse_unless_chained(chain_problem(state.keys, incoming, steps, state.pinned_root), name, at_centre)
    if at_centre and _undoes_a_disable(incoming, state.keys):
        _say(notices, WOULD_UNDO.format(name=name))
        return None
    ours = steps.get(state.keys.generation)
    if ours is not None and _differs(ours, state.keys):
        _say(notices, REPLACED.format(name=name))
    return incoming


def _read(payload: bytes, name: str) -> tuple[KeyFile, dict[int, KeyFile]]:
    try:
        raw = json.loads(payload)
        return keyfile.KeyFile.from_json(raw), steps_in(raw)
    except (ValueError, KeyError, TypeError, AttributeError, keyfile.OlderFormat, VaultDamaged):
        raise BundleRefused(TAMPERED.format(name=name)) from None


def _refuse_unless_chained(problem: str, name: str, at_centre: bool) -> None:
    if problem == SKIPS and at_centre:  # restored from a backup older than the changes the others keep
        raise BundleRefused(
            f"Bundle {name} carries a key file several changes ahead of this centre PC's, without the signed "
            "changes in between. It was not applied; nothing in it was granted, and this PC's list of staff "
            "stays as it is."
        )
    if problem == SKIPS:
        raise BundleRefused(
            f"Bundle {name} carries a key file several changes ahead of this device's, without the signed "
            "changes in between. It was not applied; nothing in it was granted. If this PC hasn't synced for "
            f"a long time (the centre PC keeps the last {trust.KEPT_STEPS} changes to staff and keys, and each "
            "backup is one), add it again on the centre PC (Sync, Add a device…) and join with the new file; "
            "sync this PC once before that, so its own changes reach the centre."
        )
    if problem:
        raise BundleRefused(
            f"Bundle {name} carries a key file that isn't signed by an active manager of this vault. "
            "It was not applied; nothing in it was granted."
        )


def _undoes_a_disable(incoming: KeyFile, ours: KeyFile) -> bool:
    if incoming.epoch < ours.epoch:
        return True
    for mine in ours.certificates:
        theirs = incoming.certificate(mine.user_id)
        if mine.status != keyfile.ACTIVE and theirs is not None and theirs.status == keyfile.ACTIVE:
            return True
    return False


FORKED = (
    "Bundle {name} carries a list of staff and keys that differs from this PC's at the same change: staff "
    "were changed on two PCs at once. This PC kept its own list and applied the bundle's other changes. "
    "Staff are changed on the centre PC only now; its next change reaches every PC."
)
REPLACED = (
    "Bundle {name} carries a newer list of staff and keys that was made without a change signed on this "
    "PC at the same time (staff were changed on two PCs at once). This PC follows the newer list now: "
    "check the Staff screen on the centre PC and make the change again there if it is missing."
)


WOULD_UNDO = (
    "Bundle {name} carries a newer list of staff and keys that would let in again someone this "
    "centre PC has disabled, or bring back a key it has replaced (was this PC restored from an older "
    "backup?). It was not taken; the bundle's other changes were applied. Check the Staff screen "
    "here: add again anyone added since that backup, and everyone else stays as this PC has them."
)


def _differs(incoming: KeyFile, ours: KeyFile) -> bool:
    if incoming.manifest_raw is None or ours.manifest_raw is None:
        return incoming.manifest_raw is not ours.manifest_raw
    return keyfile.canonical(incoming.manifest_raw) != keyfile.canonical(ours.manifest_raw)


def _say(notices: list[str] | None, words: str) -> None:
    if notices is not None and words not in notices:
        notices.append(words)


SKIPS = "skips"
STEPS_FIELD = "sync_steps"  # in the key file a bundle carries: the signed manifests that lead to it


def chain_problem(trusted: KeyFile, incoming: KeyFile, steps: dict[int, KeyFile], pinned_root: bytes) -> str:
    """ "" when incoming follows from trusted one generation at a time, each step signed by the
    pinned root and by a manager active in the step before it; SKIPS when a step is missing; else
    what is wrong. A jump is never believed on its last signature alone: a manager disabled on
    the way (who still has the root key) could sign it."""
    for generation in range(trusted.generation + 1, incoming.generation + 1):
        step = incoming if generation == incoming.generation else steps.get(generation)
        if step is None:
            return SKIPS
        if step.vault_id != trusted.vault_id or step.generation != generation:
            return "a step names another vault or generation"
        problem = trust.manifest_problem(step, pinned_root)
        if problem:
            return problem
        if not trust.is_manager(trusted.certificate(step.signed_by)):
            return "a step was signed by someone who was not an active manager in the step before"
        trusted = step
    return ""


def steps_in(raw: dict[str, Any]) -> dict[int, KeyFile]:
    """The signed steps a carried key file lists, by generation (unverified: chain_problem checks)."""
    found = {}
    for value in raw.get(STEPS_FIELD, []):
        step = trust.manifest_from_value(json.dumps(value))
        if step is None:
            raise ValueError("a step that doesn't parse")
        found[step.generation] = step
    return found


def recorded_steps(conn: Any) -> dict[int, KeyFile]:
    """The signed manifests this database accepted, by generation (unverified: chain_problem checks)."""
    rows = conn.execute("SELECT value FROM meta WHERE key LIKE ?", (f"{trust.HISTORY_META}%",)).fetchall()
    return {k.generation: k for (value,) in rows if (k := trust.manifest_from_value(str(value))) is not None}


def outgoing(conn: Any, folder: Path, since: int) -> bytes:
    """The key file a bundle carries: this device's, with the signed steps this database recorded
    after generation `since` (what its last bundle carried; -1: all), so a receiver that missed
    changes checks each one."""
    raw = json.loads((folder / KEYS_NAME).read_bytes())
    generation = int(raw["manifest"]["generation"])
    recorded = recorded_steps(conn)
    raw[STEPS_FIELD] = [
        json.loads(trust.manifest_value(recorded[g])) for g in sorted(recorded) if since < g < generation
    ]
    return json.dumps(raw, indent=1, sort_keys=True).encode()


def for_stream(payload: bytes, carries_notes: bool) -> bytes:
    """The carried key file as a device of a stream may hold it: no notes-key grants unless it
    carries notes (the grants are the unsigned part), the signed steps kept."""
    if not payload or carries_notes:
        return payload
    raw = json.loads(payload)
    for slot in raw.get("slots", []):
        slot["notes_grants"] = {}
    return json.dumps(raw, indent=1, sort_keys=True).encode()


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
    in the database (WAITING_META) until the run's worker has copied the database under the new key
    and finish() swaps both in at once (core/sync/rekey.py): installed alone, it would no longer
    open this device's database."""
    adopted = as_held_here(state, payload)
    for step in steps_in(json.loads(payload)).values():
        if state.keys.generation < step.generation < adopted.generation:
            trust.remember_manifest(conn, step)  # verified (chain_problem): passed on by this device too
    trust.remember_manifest(conn, adopted)
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
