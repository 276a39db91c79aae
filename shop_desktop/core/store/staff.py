"""Staff accounts: add, change roles, change or reset a passphrase, disable (with key rotation).

Crash rule (core/store/journal.py, rule 2): each change stages its signed key file beside the old one
inside the database transaction that records it, and that transaction's COMMIT is the commit
point; the next sign-in rolls a change cut short forward (committed) or back (not). A new
account's user id and slot id are above every id the key file, the staff table or the audit trail
has ever shown (`_fresh_ids`), so an id is never handed out twice, whatever a crash or someone with
raw file access left behind.
"""

from __future__ import annotations

import copy
import re

from shop_desktop.core.actions import SIGNED_IN, action
from shop_desktop.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PermissionDenied, WrongPassphrase, said
from shop_desktop.core.roles import Permission, Role, allowed, is_clinical, roles_text
from shop_desktop.core.store import audit, crypto, keyfile, passphrase, rotation, trust
from shop_desktop.core.store.keyfile import KeyFile, KeySlot, SlotSecrets
from shop_desktop.core.store.vault import (
    StaffMember,
    Vault,
    clean_username,
    select_staff,
    staff_row,
)

CLINICAL_GRANT_REFUSED = QT_TRANSLATE_NOOP(
    "core",
    "Only a coordinator or counsellor can give someone a clinical role or reset a clinical "
    "account, because only they hold the key to counselling notes.",
)


@action(Permission.MANAGE_STAFF, audits=())
def list_staff(vault: Vault, *, include_disabled: bool = True) -> list[StaffMember]:
    where = "" if include_disabled else "WHERE active = 1"
    return select_staff(vault.conn, f"{where} ORDER BY active DESC, username COLLATE NOCASE")


def get_staff(vault: Vault, user_id: int) -> StaffMember:
    found = select_staff(vault.conn, "WHERE id = ?", (user_id,))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("core", "That staff account no longer exists."))
    return found[0]


@action(Permission.MANAGE_STAFF, audits=())
def changed_elsewhere(vault: Vault) -> str:
    """Why staff can't be changed on this PC ("" on the centre PC, where they are)."""
    return vault.why_keys_not_signed_here


@action(SIGNED_IN)  # who wrote a note, shown beside it
def display_names(vault: Vault) -> dict[int, str]:
    """Who wrote what: every account's display name, for showing a note's author or a visit's staff."""
    return {member.id: member.display_name for member in select_staff(vault.conn)}


def has_key_slot(vault: Vault, user_id: int) -> bool:
    return vault.keys.slot_for_user(user_id) is not None


def _here(vault: Vault) -> None:
    """Staff change on the centre PC only (Vault.signs_keys_here): refused before anything is
    staged (a disable's new data key, a new slot's key derivation), not at the signature."""
    if not vault.signs_keys_here:
        raise PermissionDenied(vault.why_keys_not_signed_here)


def _check_roles(vault: Vault, roles: frozenset[Role]) -> None:
    if not roles:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose at least one role for this account."))
    if is_clinical(roles) and not vault.has_notes_key:
        raise PermissionDenied(CLINICAL_GRANT_REFUSED)


def _new_slot(
    vault: Vault,
    staged: KeyFile,
    user_id: int,
    username: str,
    secret: str,
    roles: frozenset[Role],
    slot_secrets: SlotSecrets | None = None,
) -> KeySlot:
    """A slot with its certificate, at the KDF floor unless the vault was made for tests (T9)."""
    params = keyfile.kdf_for_new_slot(staged)
    slot, _ = keyfile.make_slot(
        kind=keyfile.PASSPHRASE,
        user_id=user_id,
        username=username,
        kdf=params.to_json(),
        wrapping_key=crypto.derive_passphrase_key(secret, params),
        vault_id=staged.vault_id,
        slot_id=staged.take_slot_id(),
        root_public=staged.root_public,
        secrets_=slot_secrets,
    )
    staged.certificates.append(keyfile.certificate_for(slot, [r.value for r in roles], trust.next_serial(staged)))
    _grant_keys(vault, staged, slot, roles)
    return slot


def _grant_keys(vault: Vault, staged: KeyFile, slot: KeySlot, roles: frozenset[Role]) -> None:
    """Every data-key epoch still in use; the root key to managers; every notes key if clinical."""
    epochs = {staged.epoch} | ({int(staged.rotation["new_epoch"])} if staged.rotation else set())
    for epoch, key in vault.data_keys().items():
        if epoch in epochs:
            keyfile.grant_data_key(slot, staged.vault_id, epoch, key)
    staged.root_grants.pop(slot.slot_id, None)
    if allowed(roles, Permission.MANAGE_STAFF) and vault.root_private is not None:
        keyfile.grant_root_key(staged, slot, vault.root_private)
    slot.notes_grants.clear()
    if is_clinical(roles):
        for key_id, key in vault.all_notes_keys.items():
            keyfile.grant_notes_key(slot, staged.vault_id, key_id, key)


def _fresh_ids(vault: Vault, staged: KeyFile) -> None:
    """Raise the counters above every id anyone has seen: signed or unsigned slots and certificates
    (a slot planted in the file with the next id must never become somebody's), the staff table
    and the audit trail. An id is never handed out twice."""
    users = [c.user_id for c in staged.certificates] + [s.user_id for s in staged.slots]
    top = vault.conn.execute("SELECT max(id) FROM staff").fetchone()[0] or 0
    acted = vault.conn.execute(
        "SELECT max(actor_id), max(CASE WHEN subject_type = 'staff' THEN CAST(subject_id AS INTEGER) END) FROM audit"
    ).fetchone()
    staged.next_user_id = max(staged.next_user_id, 1 + max([*users, int(top), *(int(a or 0) for a in acted), 0]))
    numbers = [int(m.group(1)) for i in _slot_ids(staged) if (m := re.fullmatch(r"s(\d+)", i))]
    staged.next_slot = max(staged.next_slot, 1 + max(numbers, default=0))


def _slot_ids(keys: KeyFile) -> list[str]:
    return [s.slot_id for s in keys.slots] + [c.slot_id for c in keys.certificates] + list(keys.root_grants)


def _remove_account(staged: KeyFile, user_id: int) -> None:
    gone = [s.slot_id for s in staged.slots if s.kind == keyfile.PASSPHRASE and s.user_id == user_id]
    staged.slots = [s for s in staged.slots if s.slot_id not in gone]
    for slot_id in gone:
        staged.root_grants.pop(slot_id, None)


@action(Permission.MANAGE_STAFF, audits=("staff.added",))
def add_staff(
    vault: Vault, *, username: str, display_name: str, roles: set[Role] | frozenset[Role], new_passphrase: str
) -> StaffMember:
    _here(vault)
    username, roles = clean_username(username), frozenset(roles)
    _check_roles(vault, roles)
    taken = vault.conn.execute("SELECT 1 FROM staff WHERE username = ?", (username,)).fetchone()
    if taken or any(c.username.casefold() == username.casefold() for c in vault.keys.certificates):
        raise InvalidInput(
            said(
                QT_TRANSLATE_NOOP("core", 'There is already an account named "{username}". Choose another user name.'),
                username=username,
            )
        )
    passphrase.check(new_passphrase, username=username)
    staged = copy.deepcopy(vault.keys)
    _fresh_ids(vault, staged)
    user_id = staged.take_user_id()
    with vault.transaction() as conn:
        row = staff_row(username, display_name, roles, audit.now_iso())
        conn.execute(
            "INSERT INTO staff (id, username, display_name, roles, active, must_change_passphrase, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, *row.values()),
        )
        slot = _new_slot(vault, staged, user_id, username, new_passphrase, roles)
        staged.slots.append(slot)
        vault.audit("staff.added", "staff", user_id, roles=sorted(roles))
        vault.commit_keys(staged)
    return get_staff(vault, user_id)


@action(Permission.MANAGE_STAFF, audits=("staff.roles_changed", *rotation.NOTES_ROTATION_AUDITS))
def set_roles(vault: Vault, user_id: int, roles: set[Role] | frozenset[Role]) -> StaffMember:
    """Change what someone may do. Losing a clinical role removes their notes key and makes a new one."""
    _here(vault)
    member, roles = get_staff(vault, user_id), frozenset(roles)
    gaining = is_clinical(roles) and not is_clinical(member.roles)
    losing = is_clinical(member.roles) and not is_clinical(roles)
    _check_roles(vault, roles) if gaining else _require_roles_present(roles)
    _keep_a_manager(vault, user_id, roles)
    staged = copy.deepcopy(vault.keys)
    with vault.transaction() as conn:
        conn.execute("UPDATE staff SET roles = ? WHERE id = ?", (roles_text(roles), user_id))
        slot = next((s for s in staged.slots if s.user_id == user_id and s.kind == keyfile.PASSPHRASE), None)
        cert = staged.certificate(user_id)
        if cert is not None:
            cert.roles, cert.serial = sorted(r.value for r in roles), trust.next_serial(staged)
        if slot is not None:
            _grant_keys(vault, staged, slot, roles)
        if losing:
            rotation.request_notes_rotation(staged)
        vault.audit("staff.roles_changed", "staff", user_id, roles=sorted(roles))
        vault.commit_keys(staged)
    if losing:
        rotation.fulfil_notes_rotation(vault)
    vault.refresh_user()
    return get_staff(vault, user_id)


def _require_roles_present(roles: frozenset[Role]) -> None:
    if not roles:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose at least one role for this account."))


def _keep_a_manager(vault: Vault, user_id: int, roles: frozenset[Role]) -> None:
    """Never leave the centre with nobody who can manage accounts."""
    if allowed(roles, Permission.MANAGE_STAFF):
        return
    others = [
        m
        for m in list_staff(vault, include_disabled=False)
        if m.id != user_id and allowed(m.roles, Permission.MANAGE_STAFF)
    ]
    if not others:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "core",
                "This is the last account that can manage staff. "
                "Give someone else the coordinator or admin role first.",
            )
        )


@action(SIGNED_IN, audits=("staff.passphrase_changed",))
def change_own_passphrase(vault: Vault, current: str, new: str) -> None:
    """Re-seal my own slot under a new passphrase (my keys stay the same)."""
    if vault.is_recovery:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The recovery key has no passphrase to change."))
    slot = vault.keys.slot_for_user(vault.user.id)
    if slot is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "Your account has no key slot. Ask the coordinator to reset your passphrase.")
        )
    try:
        keyfile.unseal_secrets(slot, keyfile.wrapping_key_for_passphrase(slot, current), vault.keys.vault_id)
    except crypto.DecryptionFailed:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "Your current passphrase doesn't match. Check Caps Lock and try again.")
        ) from None
    passphrase.check(new, username=vault.user.username)
    if new == current:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The new passphrase is the same as the current one."))
    staged = copy.deepcopy(vault.keys)
    mine = staged.slot_for_user(vault.user.id)
    assert mine is not None
    params = keyfile.kdf_for_new_slot(staged)
    mine.slot_version += 1
    mine.kdf = params.to_json()
    wrapping = crypto.derive_passphrase_key(new, params)
    keyfile.reseal_secrets(mine, wrapping, staged.vault_id, vault.secrets)
    with vault.transaction() as conn:
        conn.execute("UPDATE staff SET must_change_passphrase = 0 WHERE id = ?", (vault.user.id,))
        vault.audit("staff.passphrase_changed", "staff", vault.user.id)
        vault.commit_notes_keys(staged)  # only my own slot changed: no manager signature needed
    vault.use_wrapping_key(mine, wrapping)
    vault.refresh_user()


@action(Permission.MANAGE_STAFF, audits=("staff.passphrase_reset",))
def reset_passphrase(vault: Vault, user_id: int, new_passphrase: str) -> StaffMember:
    """Give someone a new passphrase (new keys); also re-enables a disabled account."""
    _here(vault)
    member = get_staff(vault, user_id)
    if is_clinical(member.roles) and not vault.has_notes_key:
        raise PermissionDenied(CLINICAL_GRANT_REFUSED)
    passphrase.check(new_passphrase, username=member.username)
    staged = copy.deepcopy(vault.keys)
    _fresh_ids(vault, staged)
    _remove_account(staged, user_id)
    old = trust.retire(staged, user_id)
    roles = frozenset(Role(r) for r in old.roles) if old else member.roles
    with vault.transaction() as conn:
        slot = _new_slot(vault, staged, user_id, member.username, new_passphrase, roles)
        staged.slots.append(slot)
        conn.execute(
            "UPDATE staff SET must_change_passphrase = ?, active = 1, disabled_at = NULL WHERE id = ?",
            (0 if user_id == vault.user.id else 1, user_id),
        )
        vault.audit("staff.passphrase_reset", "staff", user_id, reenabled=not member.active)
        vault.commit_keys(staged)
    return get_staff(vault, user_id)


@action(Permission.MANAGE_STAFF, audits=("staff.disabled", *rotation.REKEY_AUDITS, *rotation.NOTES_ROTATION_AUDITS))
def disable_staff(vault: Vault, user_id: int, *, rekey_now: bool = True) -> StaffMember:
    """Remove someone's access: their slot goes, and the data key and notes key are replaced,
    because they knew the old ones. History (audit, notes they wrote) stays.

    The disable itself is one journaled change; the re-key follows it (at once, or with
    rekey_now=False in a job the screen runs: rotation.prepare_rekey), and a crash between the
    two leaves the leaver shut out, with the next sign-in finishing the re-key."""
    _here(vault)
    member = get_staff(vault, user_id)
    if user_id == vault.user.id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("core", "You can't disable your own account while you are signed in with it.")
        )
    if not member.active:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "That account is already disabled."))
    _keep_a_manager(vault, user_id, frozenset())
    staged = copy.deepcopy(vault.keys)
    _remove_account(staged, user_id)
    cert = staged.certificate(user_id)
    if cert is not None:
        cert.status, cert.serial = keyfile.DISABLED, trust.next_serial(staged)
    with vault.transaction() as conn:
        conn.execute("UPDATE staff SET active = 0, disabled_at = ? WHERE id = ?", (audit.now_iso(), user_id))
        vault.audit("staff.disabled", "staff", user_id)
        rotation.stage_rotation(vault, staged)
        vault.commit_keys(staged)
    if rekey_now:
        rotation.finish_pending(vault)
        rotation.fulfil_notes_rotation(vault)
    return get_staff(vault, user_id)


@action(SIGNED_IN)  # the privacy cover's unlock
def verify_passphrase(vault: Vault, text: str) -> bool:
    """Is this the signed-in person's passphrase (or, for a recovery session, the recovery key)?
    Used to come back from the privacy screen without signing in again."""
    from shop_desktop.core.errors import InvalidRecoveryKey
    from shop_desktop.core.store.recovery import parse_recovery_key

    try:
        if vault.is_recovery:
            slot = vault.keys.recovery_slot
            wrapping = keyfile.wrapping_key_for_recovery(slot.kdf, parse_recovery_key(text))
        else:
            found = vault.keys.slot_for_user(vault.user.id)
            if found is None:
                return False
            slot, wrapping = found, keyfile.wrapping_key_for_passphrase(found, text)
        keyfile.unseal_secrets(slot, wrapping, vault.keys.vault_id)
    except (crypto.DecryptionFailed, InvalidRecoveryKey):
        return False
    return True
