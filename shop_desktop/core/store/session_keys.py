"""What a signed-in session does to the key file besides a manager's signed changes.

Tampering found at sign-in is audited and kept for the next manager; refused notes keys are
taken out again; the person's own slot is re-sealed (pinned root, audit anchor at sign-out) over
the file the session accepted, never over one that changed under it; the staff table is brought
back to the certificates. Docs: docs/security-model.md.
"""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING

from shop_desktop.core.errors import QT_TRANSLATE_NOOP, VaultError
from shop_desktop.core.roles import roles_text
from shop_desktop.core.store import audit, keyfile, trust
from shop_desktop.core.store.db import Connection, OperationalError
from shop_desktop.core.store.keyfile import KeyFile
from shop_desktop.core.store.places import KEYS_NAME

if TYPE_CHECKING:
    from shop_desktop.core.store.vault import Vault


def record_tampering(vault: Vault, problems: list[str]) -> None:
    """Inside the sign-in's transaction: an audit entry now, a warning for the next manager."""
    vault.audit("keys.tampering_found", "vault", None, problems=problems)
    vault.set_meta(trust.TAMPERING_META, json.dumps({"at": audit.now_iso(), "problems": problems}))


def take_warnings(vault: Vault) -> list[str]:
    """Plain warnings for a manager who just signed in (the tampering one once). Shown by the GUI
    after sign-in and printed by the CLI; other roles get none."""
    if not trust.is_manager(vault.certificate):
        return []
    warnings = []
    if vault.meta(trust.TAMPERING_META):
        warnings.append(trust.TAMPERING_WARNING)
        with vault.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (trust.TAMPERING_META,))
            vault.audit("keys.tampering_warning_shown", "vault", None)
    if trust.notes_rotation_waiting(vault.keys):
        warnings.append(trust.NOTES_ROTATION_WAITING)
    return warnings


def rewrite_own_slot(vault: Vault, *, repair: bool = False) -> None:
    """Re-seal my own slot (pinned root, audit anchor) and write the key file without re-signing.
    Only over the file this session accepted: if the file changed under it (a write that failed
    half way, say), my slot is left as it is rather than putting an older manifest back. With
    repair, the session's accepted manifest replaces a refused one in the file."""
    slot_id, wrapping = vault.own_slot
    if not wrapping:
        return
    path = vault.folder / KEYS_NAME
    try:
        on_disk = keyfile.load(path)
    except (OSError, VaultError, keyfile.OlderFormat):
        return
    if repair:
        target = vault.keys
    elif keyfile.canonical(on_disk.manifest_raw) == keyfile.canonical(vault.keys.manifest_raw):
        target = on_disk
    else:
        return
    secrets_ = vault.secrets
    secrets_.vault_id, secrets_.root_public = vault.keys.vault_id, vault.keys.root_public
    for slot in target.slots:
        if slot.slot_id == slot_id:
            keyfile.reseal_secrets(slot, wrapping, vault.keys.vault_id, secrets_)
    keyfile.save(path, target)


def anchor_audit_head(vault: Vault) -> None:
    """At sign-out: the audit head goes into my own sealed slot, where no insider can lower it (T8).
    It names this device's trail (each synced device keeps its own): an anchor my slot brought from
    another device's key file (copied at enrollment, or by sync) is replaced, never believed here."""
    old = vault.secrets.anchor
    if (
        old.get("audit_id")
        and anchors_this_trail(vault.conn, old)
        and not audit.holds(vault.conn, int(old["audit_id"]), str(old["audit_hash"]))
    ):
        return  # the trail lost what I saw: keep the anchor that shows it
    head_id, head_hash = audit.head(vault.conn)
    vault.secrets.anchor = {"audit_id": head_id, "audit_hash": head_hash, "at": audit.now_iso()} | trail_of(vault.conn)
    try:
        rewrite_own_slot(vault)
    except OSError:
        pass  # a full disk must not stop the lock; the previous anchor stays


def trail_of(conn: Connection) -> dict[str, object]:
    """Which trail an anchor sealed now is of: this device's number, and its trail's first entry."""
    first = conn.execute("SELECT hash FROM audit WHERE id = 1").fetchone()
    return {"device": device_number(conn), "first": str(first[0]) if first else ""}


def anchors_this_trail(conn: Connection, anchor: dict[str, object]) -> bool:
    """Is this anchor of this device's trail? Yes if it names this device (one sealed before sync
    existed was sealed at the centre, device 0) or this trail's first entry. Both would have to be
    changed to make a real anchor of this trail look like another device's: the number (which the
    device's ids and bundles depend on) and entry 1, which a cut below the anchor leaves in place."""
    if int(str(anchor.get("device", 0))) == device_number(conn):
        return True
    first = conn.execute("SELECT hash FROM audit WHERE id = 1").fetchone()
    return bool(anchor.get("first")) and first is not None and str(first[0]) == anchor.get("first")


def anchor_in_manifest(vault: Vault) -> None:
    """A manager's session signs the current audit head into the key file (before a backup), so
    a trail cut or rebuilt below it is caught by everyone's audit-verify (T8)."""
    old, device = vault.keys.audit_anchor, device_number(vault.conn)
    if not vault.signs_keys_here:
        return  # a replica's key file is the centre's (Vault.signs_keys_here); its own slots' anchors stay
    if vault.root_private is None or (
        old
        and int(old.get("device", 0)) == device
        and not audit.holds(vault.conn, int(old["audit_id"]), str(old["audit_hash"]))
    ):
        return  # never move an anchor off a trail that lost it (audit-verify keeps naming it)
    head_id, head_hash = audit.head(vault.conn)
    staged = copy.deepcopy(vault.keys)
    staged.audit_anchor = {"audit_id": head_id, "audit_hash": head_hash, "at": audit.now_iso(), "device": device}
    with vault.transaction():
        vault.commit_keys(staged)


def device_number(conn: Connection) -> int:
    """Which device's trail this is: each synced device keeps its own audit trail, and an anchor
    names the device whose trail it records (core/sync/ids.py keeps the number; 0 before sync)."""
    try:
        row = conn.execute("SELECT number FROM sync_device").fetchone()
    except OperationalError:
        return 0
    return int(row[0]) if row else 0


STAFF_AT_THE_CENTRE = QT_TRANSLATE_NOOP(
    "core",
    "Staff accounts and the vault's keys are changed on the centre PC only, so that every PC keeps one "
    "list of who may sign in. Make this change there: it reaches this PC at its next sync.",
)
CATCH_UP_META = "sync.catch_up"  # a restored device's own bundles still to take back (core/sync/catch_up.py)
CATCH_UP_FIRST = QT_TRANSLATE_NOOP(
    "core",
    "This PC was restored from a backup and hasn't synced since. Staff accounts can be changed here again "
    "after its first sync (under Sync: choose the folder, then Sync now), which takes back the staff "
    "changes it made after that backup.",
)


def why_keys_not_signed_here(conn: Connection) -> str:
    """ "" where this vault's managers sign key-file changes: the centre PC, once a restore's catch-up
    is done (a restored centre signing before it would fork the chain its earlier self signed)."""
    if not is_centre(conn):
        return STAFF_AT_THE_CENTRE
    waiting = conn.execute("SELECT 1 FROM meta WHERE key = ?", (CATCH_UP_META,)).fetchone()
    return CATCH_UP_FIRST if waiting else ""


def is_centre(conn: Connection) -> bool:
    """The centre PC: device 0, or a vault from before sync. A device table without its row is not
    the centre (core/sync/ids.py's this_device refuses to guess there too)."""
    try:
        row = conn.execute("SELECT number FROM sync_device").fetchone()
    except OperationalError:
        return True
    return row is not None and int(row[0]) == 0


def drop_refused_notes_keys(vault: Vault) -> None:
    """Take out of the key file the notes-key records and grants that were refused, so the same
    tampering isn't reported at every sign-in (what was refused is in the audit entry)."""
    good = trust.accepted_commitments(vault.keys)
    staged = copy.deepcopy(vault.keys)
    staged.notes_records = [
        r for r in staged.notes_records if good.get(trust._int(r.get("key_id"))) == r.get("commitment")
    ]
    for slot in staged.slots:
        slot.notes_grants = {k: v for k, v in slot.notes_grants.items() if k in good}
    if keyfile.canonical(staged.to_json()) != keyfile.canonical(vault.keys.to_json()):
        try:
            vault.commit_notes_keys(staged)
        except OSError:
            pass  # tried again at the next sign-in


def reconcile_staff(conn: Connection, keys: KeyFile) -> bool:
    """The staff table follows the certificates (editing it grants nothing). True if it had to change."""
    from shop_desktop.core.store.vault import select_staff

    changed = False
    rows = {m.id: m for m in select_staff(conn)}
    certified = {c.user_id: c for c in keys.certificates if c.status != keyfile.RETIRED and c.user_id}
    for user_id, cert in certified.items():
        roles, active = ",".join(sorted(cert.roles)), cert.status == keyfile.ACTIVE
        row = rows.get(user_id)
        if row is None:
            conn.execute(
                "INSERT INTO staff (id, username, display_name, roles, active, created_at) VALUES (?,?,?,?,?,?)",
                (user_id, cert.username, cert.username, roles, int(active), audit.now_iso()),
            )
        elif roles_text(row.roles) != roles or row.active != active or row.username != cert.username:
            conn.execute(
                "UPDATE staff SET roles = ?, active = ?, username = ? WHERE id = ?",
                (roles, int(active), cert.username, user_id),
            )
        else:
            continue
        changed = True
    for user_id, row in rows.items():
        if user_id not in certified and row.active:
            conn.execute("UPDATE staff SET active = 0 WHERE id = ?", (user_id,))
            changed = True
    return changed


def audit_anchors(vault: Vault) -> tuple[audit.Anchor, ...]:
    """Heads recorded where an insider can't lower them: the last backup's, my own last sign-out's."""
    anchors = []
    backup_anchor = vault.keys.audit_anchor  # another device's backup anchors that device's own trail
    if backup_anchor and int(backup_anchor.get("device", 0)) == device_number(vault.conn):
        source = f"the backup made {str(backup_anchor.get('at', ''))[:16]}"
        anchors.append(audit.Anchor(source, int(backup_anchor["audit_id"]), str(backup_anchor["audit_hash"])))
    mine = vault.secrets.anchor  # sealed at a sign-out on this device, or brought from another's
    if mine.get("audit_id") and anchors_this_trail(vault.conn, mine):
        source = f"your own last sign-out ({str(mine.get('at', ''))[:16]})"
        anchors.append(audit.Anchor(source, int(mine["audit_id"]), str(mine["audit_hash"])))
    return tuple(anchors)
