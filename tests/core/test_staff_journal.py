"""Add-staff and disable on a failing disk, and an attacker with raw file access against the
staged key file and the id counters (core/store/journal.py, rule 2; TRUST.md).

Disk faults are the real OSError with its errno, raised at a chosen write, fsync or rename
through core/store/journal.py's seam (this machine can't mount a small file system for the tests).
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from shop_desktop.core.errors import AccountDisabled, DiskFailing, DiskFull, FolderReadOnly, VaultError, WrongPassphrase
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, crypto, journal, keyfile, staff
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member, fast_kdf

NEW_PASS = "tulip anchor marble frost"
FAULTS = [
    (errno.ENOSPC, DiskFull, "is full"),
    (errno.EIO, DiskFailing, "reported an error"),
    (errno.EROFS, FolderReadOnly, "isn't allowed to write"),
]
BEFORE_COMMIT = [("write", ".shop.keys.pending"), ("fsync", ".shop.keys.pending"), ("fsync", "vault")]


@pytest.fixture
def inject() -> Iterator[Callable[[int, str, str], None]]:
    """inject(errno, kind, name): the first such operation through the seam fails with that OSError."""

    def arm(code: int, kind: str, name: str) -> None:
        def hook(seen_kind: str, path: Path) -> None:
            if seen_kind == kind and path.name == name:
                journal.set_hook(None)
                raise OSError(code, "raw system words that must not be shown")

        journal.set_hook(hook)

    yield arm
    journal.set_hook(None)


def what_a_person_sees(vault: Vault) -> tuple[object, ...]:
    members = sorted((m.id, m.username, m.active, tuple(sorted(m.roles))) for m in staff.list_staff(vault))
    keys = hashlib.sha256((vault.folder / "shop.keys").read_bytes()).hexdigest()
    return members, [e.action for e in audit.entries(vault.conn)], keys, vault.open_epoch


@pytest.mark.parametrize(("kind", "name"), BEFORE_COMMIT)
@pytest.mark.parametrize(("code", "error", "words"), FAULTS)
def test_adding_staff_on_a_failing_disk_says_so_and_changes_nothing(
    vault: Vault, inject: Callable[[int, str, str], None], code: int, error: type, words: str, kind: str, name: str
) -> None:
    before = what_a_person_sees(vault)
    inject(code, kind, name)
    with pytest.raises(error) as caught:
        staff.add_staff(vault, username="newcomer", display_name="New", roles={Role.OUTREACH}, new_passphrase=NEW_PASS)
    message = str(caught.value)
    assert words in message and "Nothing was saved" in message and "raw system words" not in message
    assert what_a_person_sees(vault) == before and vault.verify_audit().ok
    assert not (vault.folder / journal.PENDING_KEYS).exists()
    made = add_member(vault, Role.FRONT_DESK)  # room again: the next add works, with a fresh id
    assert made.id == 2
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.folder, "newcomer", NEW_PASS)


@pytest.mark.parametrize(("kind", "name"), BEFORE_COMMIT)
@pytest.mark.parametrize(("code", "error", "words"), FAULTS)
def test_disabling_on_a_failing_disk_says_so_and_the_account_stays_as_it_was(
    vault: Vault, inject: Callable[[int, str, str], None], code: int, error: type, words: str, kind: str, name: str
) -> None:
    leaver = add_member(vault, Role.FRONT_DESK)
    before = what_a_person_sees(vault)
    inject(code, kind, name)
    with pytest.raises(error) as caught:
        staff.disable_staff(vault, leaver.id)
    assert words in str(caught.value) and "Nothing was saved" in str(caught.value)
    assert what_a_person_sees(vault) == before and vault.verify_audit().ok
    vault.lock()
    Vault.open(vault.folder, "frontdesk", PASSPHRASES[Role.FRONT_DESK]).lock()  # not disabled, still works


def test_a_failing_disk_during_the_rekey_says_the_account_is_disabled_and_the_next_sign_in_finishes(
    vault: Vault, inject: Callable[[int, str, str], None]
) -> None:
    leaver = add_member(vault, Role.FRONT_DESK)
    inject(errno.EIO, "rename", "shop.db")
    with pytest.raises(DiskFailing) as caught:
        staff.disable_staff(vault, leaver.id)
    assert "The account is disabled" in str(caught.value) and "raw system words" not in str(caught.value)
    assert vault.is_open and not staff.get_staff(vault, leaver.id).active  # the session carries on
    vault.lock()
    with pytest.raises((WrongPassphrase, AccountDisabled)):
        Vault.open(vault.folder, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    session = Vault.open(vault.folder, "coordinator", COORDINATOR_PASS)
    try:
        assert session.keys.rotation is None and session.open_epoch == 2 and session.verify_audit().ok
    finally:
        session.lock()


def test_a_failing_rename_after_the_commit_says_it_was_saved_and_the_next_sign_in_has_it(
    vault: Vault, inject: Callable[[int, str, str], None]
) -> None:
    inject(errno.EIO, "rename", "shop.keys")
    with pytest.raises(DiskFailing) as caught:
        staff.add_staff(vault, username="newcomer", display_name="New", roles={Role.OUTREACH}, new_passphrase=NEW_PASS)
    assert "The change was saved" in str(caught.value)
    vault.lock()
    newcomer = Vault.open(vault.folder, "newcomer", NEW_PASS)
    try:
        assert newcomer.roles == {Role.OUTREACH} and newcomer.user.id == 2
    finally:
        newcomer.lock()
    assert not (vault.folder / journal.PENDING_KEYS).exists()


# --- the attacker with raw file access ------------------------------------------------------------


def test_an_old_key_file_planted_as_pending_is_thrown_away_and_lets_no_leaver_back_in(
    vault: Vault, vault_dir: Path
) -> None:
    leaver = add_member(vault, Role.FRONT_DESK)
    old_keys = (vault_dir / "shop.keys").read_bytes()  # signed, with the leaver active
    staff.disable_staff(vault, leaver.id)
    vault.lock()
    now = (vault_dir / "shop.keys").read_bytes()
    (vault_dir / journal.PENDING_KEYS).write_bytes(old_keys)
    with pytest.raises(VaultError):  # their old slot opens, their old data key opens nothing now
        Vault.open(vault_dir, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    Vault.open(vault_dir, "coordinator", COORDINATOR_PASS).lock()
    assert not (vault_dir / journal.PENDING_KEYS).exists()
    assert json.loads((vault_dir / "shop.keys").read_bytes())["manifest"] == json.loads(now)["manifest"]
    with pytest.raises((WrongPassphrase, AccountDisabled)):
        Vault.open(vault_dir, "frontdesk", PASSPHRASES[Role.FRONT_DESK])


def test_a_pending_key_file_of_a_change_that_never_committed_is_deleted_not_believed(
    vault: Vault, vault_dir: Path
) -> None:
    """Like a killed add-staff: the new account is in the pending file only; nobody gets in on it."""
    template = vault_dir.parent / "copy"
    vault.lock()
    shutil.copytree(vault_dir, template)
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    add_member(session, Role.COUNSELLOR)
    session.lock()
    staged = (vault_dir / "shop.keys").read_bytes()
    shutil.rmtree(vault_dir)
    shutil.copytree(template, vault_dir)  # the database as it was before that add
    (vault_dir / journal.PENDING_KEYS).write_bytes(staged)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    assert not (vault_dir / journal.PENDING_KEYS).exists()
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        assert [m.username for m in staff.list_staff(session)] == ["coordinator"]
    finally:
        session.lock()


def test_a_slot_planted_with_the_next_ids_never_becomes_the_new_account(vault: Vault, vault_dir: Path) -> None:
    keys = keyfile.load(vault_dir / "shop.keys")
    attacker_pass = "attacker knows this phrase"
    params = fast_kdf()
    planted, _ = keyfile.make_slot(
        kind=keyfile.PASSPHRASE, user_id=keys.next_user_id, username="", kdf=params.to_json(),
        wrapping_key=crypto.derive_passphrase_key(attacker_pass, params), vault_id=keys.vault_id,
        slot_id=f"s{keys.next_slot}", root_public=keys.root_public,
    )  # fmt: skip
    raw = json.loads((vault_dir / "shop.keys").read_bytes())
    raw["slots"].insert(0, planted.to_json())  # the slots are outside the signature: anyone can add one
    vault.lock()
    (vault_dir / "shop.keys").write_text(json.dumps(raw))
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:
        made = add_member(session, Role.COUNSELLOR)
        assert made.id > planted.user_id
        assert session.keys.certificate(made.id).slot_id != planted.slot_id  # type: ignore[union-attr]
    finally:
        session.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "counsellor", attacker_pass)
    counsellor = Vault.open(vault_dir, "counsellor", PASSPHRASES[Role.COUNSELLOR])
    try:
        assert counsellor.user.id == made.id and counsellor.has_notes_key
    finally:
        counsellor.lock()


# --- the re-key a screen runs as a job ------------------------------------------------------------


def test_the_rekey_copy_reports_its_progress_and_a_cancelled_one_leaves_nothing_behind(vault: Vault) -> None:
    from shop_desktop.core.errors import Cancelled
    from shop_desktop.core.store import rotation
    from shop_desktop.core.store.vault import ROTATING_NAME
    from tests.factories import make_client, make_visit

    for n in range(300):
        make_visit(vault, make_client(vault, f"Client {n} with a longer alias"), "Meal")
    leaver = add_member(vault, Role.FRONT_DESK)
    staff.disable_staff(vault, leaver.id, rekey_now=False)
    plan = rotation.prepare_rekey(vault)
    assert plan is not None and vault.open_epoch == 1
    with pytest.raises(Cancelled):
        rotation.export(plan, None, lambda: True)
    assert not (vault.folder / ROTATING_NAME).exists() and vault.open_epoch == 1
    seen: list[float] = []
    rotation.export(plan, lambda fraction, _words: seen.append(fraction))
    assert len(seen) >= 4 and seen == sorted(seen) and 0 < seen[1] < 0.95 and seen[-1] == 1.0
    assert rotation.swap_rekeyed(vault, plan)
    rotation.sign_rotation(vault)
    assert vault.open_epoch == 2 and vault.keys.rotation is None and vault.verify_audit().ok


def test_a_rekey_copy_made_while_something_was_saved_is_not_swapped_in(vault: Vault) -> None:
    from shop_desktop.core.store import rotation
    from tests.factories import make_client

    leaver = add_member(vault, Role.FRONT_DESK)
    staff.disable_staff(vault, leaver.id, rekey_now=False)
    plan = rotation.prepare_rekey(vault)
    assert plan is not None
    rotation.export(plan)
    saved = make_client(vault, "Saved while the copy was made")
    assert not rotation.swap_rekeyed(vault, plan) and vault.open_epoch == 1  # the screen copies again
    plan = rotation.prepare_rekey(vault)
    assert plan is not None
    rotation.export(plan)
    assert rotation.swap_rekeyed(vault, plan) and vault.open_epoch == 2
    assert vault.conn.execute("SELECT count(*) FROM clients WHERE id = ?", (saved.id,)).fetchone()[0] == 1
