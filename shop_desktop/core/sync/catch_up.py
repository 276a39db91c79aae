"""A device put back from a backup takes back what it did after that backup, from its own bundles.

The centre PC dies and its last backup is restored on a new PC (or the office PC is restored after
a bad disk). What it did between that backup and the loss is not in the backup, but every bundle it
wrote is still in the sync folder, and the other devices applied them. Without this, the restored
vault would not only lack those rows: its record of what it had sent (base) would be ahead of it,
so its next bundle would delete them everywhere, and its next new rows would take their ids.

So restore marks the restored database (`mark_restored`, in the same transaction as its audit
entry). The next sync run then, before anything else:
1. forgets base (always safe: the next bundle carries every row, which the others take as no-ops
   where they agree) and records that it did, so a crash after that point doesn't repeat it;
2. applies its own bundles numbered after the last one the backup knew it had sent, in order, each
   in one transaction with the number recorded, through the same merge as another device's;
3. ends the mark. A bundle sealed under a key this vault hasn't got back yet waits for the bundles
   of the others (which bring it) and, failing that, for the next run: until then this vault sends
   nothing. One missing or refused ends it, and it and the later ones count as sent (never as a
   crash's half-written bundle, which send.py would finish by putting its rows in base).
New ids are kept clear of the lost ones by core/sync/ids.py's RESTORED_META, written here too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import apsw

from shop_desktop.core.store import crypto, db, journal, session_keys
from shop_desktop.core.sync import bundle, devices, exchange, ids, receive, send, trim
from shop_desktop.core.sync.changes import SyncConnection

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault
    from shop_desktop.core.sync.syncing import SyncPlan, SyncResult

FOLDER_META = "sync.folder"  # this device's sync folder (syncing.set_folder)
STRANGERS_META = "sync.catch_up_strangers"  # take_strangers found them (not a restore's mark)
CATCH_UP_META = session_keys.CATCH_UP_META  # "forget base", then "own bundles" until they are all back
FORGET, OWN_BUNDLES = trim.FORGET_BASE, "own bundles"  # trim.py asks for step 1 alone
BROUGHT_BACK = (
    "This PC was restored from a backup. What it did after that backup is back: {bundles} applied again "
    "from the sync folder."
)
CHOOSE_FOLDER_AGAIN = (
    "This vault synced with other devices. It won't sync again until someone chooses its sync folder "
    "under Sync: do that on the PC that replaces the one backed up, and press Sync now, so that what it "
    "did after this backup comes back from the folder."
)
STRANGERS = (
    "Bundles under this PC's own device number, numbered after the last one it wrote, were in the sync "
    "folder: this PC was restored from a backup, or another PC is working from a copy of it. They were "
    "applied here, so nothing in them is lost. If another PC uses a copy of this one, stop using it: two "
    "PCs can't share one device number."
)
MISSING = (
    "The other devices have applied this PC's bundles up to number {others}, but this PC has only up to "
    "number {have}, and the rest are not in the sync folder (restored from a backup, and they were tidied "
    "away?). What they held is not back here; the other devices still have it. This PC's next bundle "
    "is numbered after them."
)
CANT_BRING_BACK = (
    "This PC was restored from a backup, and not all of its own bundles from after that backup could be "
    "applied again: {why} What those bundles hold is not back on this PC; the other devices still have it."
)


def mark_restored(conn: Any) -> bool:
    """Inside restore's transaction on the restored copy of a vault that synced. Until its first
    sync its managers sign no key-file change (session_keys.why_keys_not_signed_here). The sync
    folder is forgotten too: a copy restored to look at an old state must never sync as this
    device; whoever restores to replace the device chooses the folder again, on purpose.
    Returns whether the backup's device synced (the restore's message says what to do)."""
    if not _synced(conn):
        return False  # a vault that never synced has nothing to take back
    ids.mark_restored(conn)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (CATCH_UP_META, FORGET))
    conn.execute("DELETE FROM meta WHERE key = ?", (FOLDER_META,))
    return True


def _synced(conn: Any) -> bool:
    """Did the backed-up vault take part in sync: a folder chosen, a bundle sent, a device number
    of its own (a device backed up right after joining, before its folder was chosen), or devices
    added (the centre)?"""
    if conn.execute("SELECT 1 FROM meta WHERE key IN (?, ?)", (FOLDER_META, send.SENT_META)).fetchone():
        return True
    try:
        number = conn.execute("SELECT number FROM sync_device").fetchone()
        known = conn.execute("SELECT count(*) FROM sync_devices").fetchone()
    except (apsw.Error, db.OperationalError):
        return False  # a vault from before sync
    return bool((number and int(number[0]) != 0) or (known and int(known[0]) > 1))


def take_strangers(vault: Vault, sync_folder: Path) -> str:
    """At prepare: files under this device's number, after the last one this vault sent, that it
    didn't write (a restore whose mark is gone, a vault restored by an earlier version, or another
    PC working from a copy of this one). Caught up on like a restore's: finishing one as a crash's
    half-written bundle would put its rows in base, and the next bundle would delete them everywhere.
    Returns the catch-up step ("" when nothing is waiting)."""
    conn = vault.conn
    step = waiting(conn)
    if step:
        return step
    files = send.own_files(sync_folder, vault.keys.vault_id, ids.this_device(conn))
    highest, sent = max(files, default=0), int(send.meta(conn, send.SENT_META, "0"))
    if highest <= sent or highest == int(send.meta(conn, send.WRITING_META, "0")) == sent + 1:
        return ""  # nothing new, or this vault's own crash (send.complete_last finishes it)
    if not _signed_as_this_device(vault, next(iter(files[highest].values()))):
        return ""  # planted, or not a bundle: this device's next bundle takes its number (send._write)
    with vault.transaction():
        vault.set_meta(CATCH_UP_META, FORGET)
        vault.set_meta(STRANGERS_META, str(highest))
    return FORGET


def _signed_as_this_device(vault: Vault, path: Path) -> bool:
    try:
        found = bundle.read(path.read_bytes(), path.name)
    except (OSError, bundle.BundleRefused):
        return False
    device_key = devices.own_signing_key(vault.conn)
    if device_key and not bundle.device_signed(found, crypto.sign_public_of(device_key)):
        return False
    return bundle.signed_by(found, {c.sign_public for c in vault.keys.certificates})


def waiting(conn: Any) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (CATCH_UP_META,)).fetchone()
    return "" if row is None else str(row[0])


def forget_base(vault_folder: Path, step: str) -> None:
    """Before the run's connections open: base (and its journal files) gone, if this is step 1."""
    if step != FORGET:
        return
    path = exchange.base_path(vault_folder)
    for name in (f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal", path.name):
        if (path.parent / name).exists():
            journal.remove(path.parent / name)


def begin(sync: SyncConnection, step: str) -> None:
    """Step 1 done: base is forgotten (and made again empty by open_sync)."""
    if step == FORGET:
        with sync.main:
            send.set_meta(sync.main, CATCH_UP_META, OWN_BUNDLES)


def own_bundles(
    sync: SyncConnection,
    plan: SyncPlan,
    result: SyncResult,
    others_first: Callable[[dict[int, int]], None],
    *,
    last_try: bool,
) -> None:
    """Steps 2 and 3, through receive.apply as another device's bundle (its key file, device list
    and leavers' marks too), each after the others' bundles it had seen when it was made (its
    send.SEEN_KEY), so a check-in of a client the centre registered after the backup finds them.
    With last_try False, a bundle whose key isn't here yet is left for after the others' bundles."""
    conn, run, state = sync.main, plan.run, plan.state
    if not waiting(conn):
        return
    files = send.own_files(run["sync_folder"], state.vault_id, run["device"])
    widest = send.my_streams(run["profile"], state.secrets)[0]
    for seq in range(_aligned(conn, run["device"]) + 1, max(files, default=0) + 1):
        path = files.get(seq, {}).get(widest)
        outcome = (
            _one_of_ours(sync, plan, result, path, others_first) if path else f"number {seq} is not in the sync folder."
        )
        if outcome == "waits":
            if last_try:
                _said(result, run)
            return
        if outcome:
            result.notices.append(CANT_BRING_BACK.format(why=outcome))
            if path is not None and not send.signed_here(state, run, path):
                files = {n: f for n, f in files.items() if n < seq}  # planted: the next bundle takes its number
            break
        with conn:
            send.set_meta(conn, send.SENT_META, seq)
        result.applied.append(path.name if path else str(seq))
        run["brought_back"] = run.get("brought_back", 0) + 1
    _said(result, run)
    _end(conn, files, result)


def _one_of_ours(
    sync: SyncConnection, plan: SyncPlan, result: SyncResult, path: Path, others_first: Callable[[dict[int, int]], None]
) -> str:
    """ "" once applied; "waits" for a key; else why not, in words."""
    try:
        _found, _incoming, extras, _changeset = receive.check(sync.main, plan.state, path)
        seen = extras.get(send.SEEN_KEY)
        if isinstance(seen, dict):
            others_first({int(k): int(v) for k, v in seen.items() if str(k).isdigit() and int(k) != plan.run["device"]})
        receive.apply(sync, plan.state, path, plan.run["profile"], result.notices)
    except bundle.BundleWaits as waits:
        result.waiting.append(str(waits))
        return "waits"
    except bundle.BundleRefused as refused:
        return str(refused)
    except apsw.Error:
        return f"{path.name} doesn't fit the records here."
    return ""


def _end(conn: Any, files: dict[int, dict[str, Path]], result: SyncResult) -> None:
    with conn:
        # Those left behind are numbered as sent, not as a crash's half-written bundle: finishing
        # one would put its rows in base, and this vault's next bundle would delete them everywhere.
        send.set_meta(conn, send.SENT_META, max([*files, int(send.meta(conn, send.SENT_META, "0"))]))
        strangers = conn.execute("SELECT 1 FROM meta WHERE key = ?", (STRANGERS_META,)).fetchone()
        conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (CATCH_UP_META, STRANGERS_META))
    if strangers:
        result.notices.append(STRANGERS)


def missing_own(sync: SyncConnection, plan: SyncPlan, result: SyncResult) -> None:
    """After the others' bundles: they may have applied more of this device's own bundles than this
    vault holds or can find (a restore whose later bundles were tidied out of the folder, or a copy
    of it elsewhere). Said once; its next bundle is numbered above them, never taken for one of them."""
    conn = sync.main
    files = send.own_files(plan.run["sync_folder"], plan.state.vault_id, plan.run["device"])
    others_have = int(send.meta(conn, send.OTHERS_HAVE_META, "0"))
    mine = max([*files, int(send.meta(conn, send.SENT_META, "0"))])
    if others_have <= mine:
        return
    with conn:
        send.set_meta(conn, send.SENT_META, others_have)
    result.notices.append(MISSING.format(have=mine, others=others_have))


def _aligned(conn: Any, number: int) -> int:
    """The last of its own bundles this vault holds: what it had sent when backed up, or one applied
    since (receive.apply numbers it in the device list, as for any device, before SENT_META follows)."""
    sent = int(send.meta(conn, send.SENT_META, "0"))
    row = conn.execute("SELECT last_seq FROM sync_devices WHERE number = ?", (number,)).fetchone()
    done = max(sent, int(row[0]) if row else 0)
    with conn:
        conn.execute("UPDATE sync_devices SET last_seq = ? WHERE number = ? AND last_seq < ?", (done, number, done))
        send.set_meta(conn, send.SENT_META, done)
    return done


def _said(result: SyncResult, run: dict[str, Any]) -> None:
    if run.get("brought_back"):
        n = run.pop("brought_back")
        result.caught_up += n
        bundles = "its own bundle was" if n == 1 else f"{n} of its own bundles were"
        result.notices.append(BROUGHT_BACK.format(bundles=bundles))
