"""Sync now: apply every new bundle in each device's order, then write ours (SYNC.md, #25).

    plan = session.syncing.prepare()          # GUI thread: what the worker needs, nothing more
    result = syncing.run(plan, report, cancelled)   # worker thread: its own connection
    session.syncing.finish(result)            # GUI thread: the session takes an adopted key file

The worker never touches the session: the plan carries copies of the keys it needs. A rotation
taken from a bundle (a disable) is copied under the new key by the worker too; finish only
renames the copies in (core/sync/rekey.py), so neither half on the GUI thread re-keys anything.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.errors import Cancelled, InvalidInput
from shop_desktop.core.store import audit
from shop_desktop.core.sync import bundle, catch_up, devices, enrollment, exchange, keys_sync, receive, rekey, send
from shop_desktop.core.sync.changes import SyncConnection
from shop_desktop.core.sync.keys_sync import KeyState

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault

FOLDER_META, LAST_RUN_META = catch_up.FOLDER_META, "sync.last_run"


@dataclass
class SyncPlan:
    state: KeyState
    run: dict[str, Any] = field(repr=False)  # sync folder, device, profile, author, signing key


@dataclass
class SyncResult:
    applied: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # plain messages, one per bundle not applied
    waiting: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # parts of applied bundles left out, and why
    caught_up: int = 0  # this device's own bundles from before a restore, applied again (catch_up.py)
    adopted_keys: Any = None  # the key file adopted from a bundle, for finish()
    rekeyed: rekey.Copied | None = None  # the database and base copied under a rotation's new key
    data_keys: dict[int, bytes] = field(default_factory=dict, repr=False)
    at: str = ""


@action(SIGNED_IN, audits=())
def folder(vault: Vault) -> Path | None:
    value = vault.meta(FOLDER_META)
    return Path(value) if value else None


@action(SIGNED_IN, audits=("sync.folder_set",))
def set_folder(vault: Vault, path: Path) -> None:
    """This device's sync folder (a USB stick, a Syncthing folder). Any signed-in person may choose
    it: on a laptop only an outreach worker signs in, and what lands there is sealed."""
    if not path.is_dir():
        raise InvalidInput(f"{path} is not a folder. Choose the folder the devices share (a USB stick, Syncthing).")
    with vault.transaction():
        vault.set_meta(FOLDER_META, str(path))
        vault.audit("sync.folder_set", "vault", None)


@action(SIGNED_IN, audits=("sync.keys_adopted",))
def prepare(vault: Vault) -> SyncPlan:
    """On the GUI thread: copies of what the worker needs (quick: no re-key here). A rotation a
    crash left waiting is the run's to finish: it seals under the new key from the start, and
    copies the database under it at the end."""
    sync_folder = folder(vault)
    if sync_folder is None or not sync_folder.is_dir():
        raise InvalidInput("Choose the sync folder first (Sync, then Sync folder).")
    found = rekey.waiting(vault)  # signatures checked again: the database is no witness
    keys = found[0] if found else vault.keys
    conn = vault.conn
    number = devices.this_number(conn)
    with vault.transaction():
        secrets = devices.ensure_secrets(conn)
    profile = devices.profile_of(conn, number) or "centre"
    step = catch_up.take_strangers(vault, sync_folder)  # a restore's, or files of its number it didn't write
    data_keys = keys_sync.remembered_epoch_keys(conn) | vault.data_keys() | ({keys.epoch: found[1]} if found else {})
    state = KeyState(
        vault.folder, vault.keys.vault_id, copy.deepcopy(keys), vault.secrets.root_public,
        vault.secrets.box_private, vault.own_slot[0], data_keys, secrets, vault.data_key,
        enrollment.carries_notes(profile), vault.open_epoch,
    )  # fmt: skip
    run = {"sync_folder": sync_folder, "device": number, "profile": profile, "author": vault.user.id,
           "sign_private": vault.secrets.sign_private, "epoch": vault.open_epoch,
           "device_key": devices.own_signing_key(conn), "catch_up": step}  # fmt: skip
    exchange.set_aside(vault)  # finish() must follow, whatever the run did
    return SyncPlan(state, run)


def run(plan: SyncPlan, report: Callable[[float, str], None], cancelled: Callable[[], bool]) -> SyncResult:
    """The worker half: apply what arrived, then write ours. Each bundle is its own transaction."""
    state, result = plan.state, SyncResult()
    rekey.tidy(state.vault_folder)
    catch_up.forget_base(state.vault_folder, plan.run["catch_up"])  # restored from a backup: base is stale
    exchange.rekey_base(state.vault_folder, state.base_key, list(state.data_keys.values()))
    bundle.remove_partials(plan.run["sync_folder"], state.vault_id, plan.run["device"])
    sync = exchange.open_sync(state.vault_folder, state.base_key)  # base made now if this device has none
    try:
        catch_up.begin(sync, plan.run["catch_up"])
        receive.note_epoch(sync.main, state.keys.epoch)  # a rotation taken since the last run (a disable)
        others = _others_up_to(sync, plan, result)
        catch_up.own_bundles(sync, plan, result, others, last_try=False)  # in the order they were made
        report(0.1, "Reading bundles from the other devices")
        _receive_all(sync, plan, result, cancelled)
        catch_up.own_bundles(sync, plan, result, others, last_try=True)  # one sealed under a key just received
        catch_up.missing_own(sync, plan, result)
        if cancelled():
            raise Cancelled()
        report(0.7, "Writing this device's bundle")
        # Nothing goes out while its own bundles from before a restore wait for a key (catch_up.py).
        result.written = [] if catch_up.waiting(sync.main) else send.write_bundles(sync, state, plan.run)
        send.set_meta(sync.main, LAST_RUN_META, audit.now_iso())
        exchange.checkpoint(sync.main)  # the file whole before the session's connection opens it again
        raw_waiting = send.meta(sync.main, keys_sync.WAITING_META)
    finally:
        sync.close()
    if raw_waiting:
        report(0.9, "Moving this device's records to the new key")
        result.rekeyed = rekey.make_copies(state, raw_waiting)
    result.adopted_keys, result.data_keys, result.at = state.adopted, dict(state.data_keys), audit.now_iso()
    report(1.0, "Synced")
    return result


def incoming(plan: SyncPlan, conn: Any) -> tuple[dict[int, list[tuple[int, Path]]], list[Path]]:
    """New bundles by author device, in order (the stream this device reads from each), and any
    bundle of another vault lying in the folder."""
    found: dict[int, list[tuple[int, Path]]] = {}
    others = []
    for path in sorted(plan.run["sync_folder"].glob(f"*{bundle.SUFFIX}")):
        parsed = bundle.parse_name(path.name)
        if parsed is None or (parsed[0] == plan.state.vault_id and parsed[1] == plan.run["device"]):
            continue
        vault_id, author, stream, seq = parsed
        if vault_id != plan.state.vault_id:
            others.append(path)
        elif stream == _stream_from(conn, plan, author):
            found.setdefault(author, []).append((seq, path))
    return {author: sorted(paths) for author, paths in found.items()}, others


def _stream_from(conn: Any, plan: SyncPlan, author: int) -> str:
    """My own stream if the author's profile covers it, else the author's own (which mine covers)."""
    mine = devices.stream_of(plan.run["profile"])
    theirs = devices.profile_of(conn, author) or plan.run["profile"]
    return mine if exchange.covers(theirs, mine) else devices.stream_of(theirs)


def _receive_all(
    sync: SyncConnection,
    plan: SyncPlan,
    result: SyncResult,
    cancelled: Callable[[], bool],
    limits: dict[int, int] | None = None,
    depth: int = 0,
) -> None:
    """Pass over the folder until nothing more applies: a bundle may name a device (or bring a key)
    that lets another device's bundles be read."""
    while _receive_pass(sync, plan, result, cancelled, limits, depth):
        if limits is None:
            result.refused.clear()
            result.waiting.clear()


def _receive_pass(
    sync: SyncConnection,
    plan: SyncPlan,
    result: SyncResult,
    cancelled: Callable[[], bool],
    limits: dict[int, int] | None = None,
    depth: int = 0,
) -> bool:
    """Every new bundle of every other device, in each device's order, each after the bundles of
    the others it had seen (_first_what_it_saw); with `limits` only those up to each device's
    limit, quietly (catch_up.py: what one of its own bundles had seen first)."""
    conn = sync.main
    streams, others = incoming(plan, conn)
    if limits is None:
        result.refused.extend(f"Bundle {p.name} belongs to another vault. It was not applied." for p in others)
    progress = False
    for author, paths in streams.items():
        for seq, path in paths:
            if cancelled() or (limits is not None and seq > limits.get(author, 0)):
                break
            row = conn.execute("SELECT last_seq FROM sync_devices WHERE number = ?", (author,)).fetchone()
            if row is not None and seq <= int(row[0]):
                continue  # applied before: it stays in the folder for the devices that haven't
            _first_what_it_saw(sync, plan, result, path, author, depth)
            try:
                receive.apply(sync, plan.state, path, plan.run["profile"], result.notices)
            except (bundle.BundleWaits, bundle.BundleRefused) as stopped:
                if limits is None:
                    said = result.waiting if isinstance(stopped, bundle.BundleWaits) else result.refused
                    said.append(str(stopped))
                break  # the later ones wait behind it
            result.applied.append(path.name)
            progress = True
    return progress and not cancelled()


def _others_up_to(sync: SyncConnection, plan: SyncPlan, result: SyncResult) -> Callable[[dict[int, int]], None]:
    """For catch_up.py: the others' bundles one of this device's own had seen, applied first."""
    return lambda limits: _receive_all(sync, plan, result, lambda: False, limits, 1)


SEEN_DEPTH = 4  # a bundle's own prerequisites are followed this far (a forged loop ends here)


def _first_what_it_saw(
    sync: SyncConnection, plan: SyncPlan, result: SyncResult, path: Path, author: int, depth: int
) -> None:
    """The bundles of third devices this one's author had applied when it wrote it (send.SEEN_KEY),
    applied first: the centre retires a service, the office brings it back after seeing that, and a
    laptop that took the office's bundle before the centre's ended with the older value for good."""
    if depth >= SEEN_DEPTH:
        return
    try:
        extras = receive.check(sync.main, plan.state, path)[2]
    except (bundle.BundleWaits, bundle.BundleRefused):
        return  # receive.apply says why
    seen = extras.get(send.SEEN_KEY)
    if not isinstance(seen, dict):
        return  # made by an earlier version
    here, conn = plan.run["device"], sync.main
    behind = {}
    for key, seq in seen.items():
        if str(key).isdigit() and int(key) not in (author, here) and isinstance(seq, int):
            row = conn.execute("SELECT last_seq FROM sync_devices WHERE number = ?", (int(key),)).fetchone()
            if row is not None and seq > int(row[0]):
                behind[int(key)] = seq
    if behind:
        _receive_all(sync, plan, result, lambda: False, behind, depth + 1)


@action(SIGNED_IN, audits=("sync.keys_adopted", "sync.caught_up"))
def finish(vault: Vault, result: SyncResult | None) -> None:
    """On the GUI thread after run (None if it failed or was cancelled): a fresh connection for the
    session, and the key file a bundle brought. One that rotated the data key (a disable) moves the
    database and base to the new key with it, in one journaled change (core/sync/rekey.py), so the
    disabled person's key no longer opens anything here."""
    exchange.take_back(vault)
    _take_keys(vault, result)
    if result is not None and result.caught_up:  # after the keys: a rotation taken re-keys first
        with vault.transaction():
            vault.audit("sync.caught_up", "vault", None, bundles=result.caught_up)


def _take_keys(vault: Vault, result: SyncResult | None) -> None:
    if rekey.adopt_rotation(vault, result.rekeyed if result is not None else None):
        _adopted(vault, vault.keys.generation)
        return
    adopted = result.adopted_keys if result is not None else None
    if adopted is not None and adopted.epoch == vault.open_epoch:
        for epoch, key in result.data_keys.items() if result is not None else ():
            vault.remember_data_key(epoch, key)
        vault.keys = adopted
        _adopted(vault, adopted.generation)


def _adopted(vault: Vault, generation: int) -> None:
    with vault.transaction():
        vault.audit("sync.keys_adopted", "vault", None, generation=generation)


@action(SIGNED_IN, audits=())
def status(vault: Vault) -> dict[str, Any]:
    """When this device last synced, and each device's last bundle applied here."""
    listed = [
        {"number": d.number, "name": d.name, "profile": d.profile, "last_seq": d.last_seq,
         "last_at": d.last_at, "retired": d.retired}
        for d in devices.all_devices(vault.conn)
    ]  # fmt: skip
    return {"last_synced": vault.meta(LAST_RUN_META) or None, "devices": listed}
