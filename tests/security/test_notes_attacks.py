"""T1, T2, T5: counselling notes stay clinical, whatever a non-clinical insider writes.

TRUST.md attacks 1-3 (issue 16 findings 1, 2, 3). Each plays the insider with raw key-file and
SQL access and then counts how many notes the keys it can get decrypt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto, keyfile, staff
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.shell.app import AppController
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, USERNAMES, add_member, sign_in_as
from tests.factories import make_client
from tests.gui.conftest import vault_of
from tests.security import attacker

TAMPERING = "Someone changed the key file without a manager's signature"


def write_note(vault: Vault, client_id: int, body: str, kind: str = "counselling") -> int:
    return notes.sign_note(vault, NoteDraft(client_id=client_id, note_type=kind, body=body))


def sign_in_through_app(qtbot: QtBot, controller: AppController, username: str, secret: str) -> Vault:
    window = controller.show_sign_in()
    window.ui.userCombo.setCurrentText(username)
    qtbot.keyClicks(window.ui.passphraseEdit, secret)
    qtbot.keyClick(window.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vault_of(controller) is not None and vault_of(controller).is_open)
    qtbot.waitUntil(lambda: controller.window is controller.main_window)  # shown, and what it had to say
    assert vault_of(controller) is not None
    return vault_of(controller)


def test_front_desk_plants_a_notes_key_then_a_counsellor_signs_in_and_writes(
    qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs, vault: Vault, vault_dir: Path
) -> None:
    """Attack 1: a notes key of front desk's making, sealed into every clinical and recovery slot
    (public keys are all it takes), with a creation record front desk signed itself."""
    client = make_client(vault)
    counsellor_id = add_member(vault, Role.COUNSELLOR).id
    desk_id = add_member(vault, Role.FRONT_DESK).id
    write_note(vault, client.id, "Before the attack: we talked about the housing waitlist.")
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    data_key, desk_sign = desk.data_key, desk.secrets.sign_private
    desk.lock()

    planted = crypto.new_key()
    data = attacker.read_keys(vault_dir)
    key_id = attacker.highest_notes_key_id(data) + 1
    for slot in attacker.clinical_and_recovery_slots(data, {1, counsellor_id}):
        attacker.plant_notes_grant(data, slot["slot_id"], key_id, planted)
    if "notes_keys" in data:  # format 2: front desk also signs a creation record of its own
        data["notes_keys"].append(keyfile.notes_record(data["vault_id"], key_id, planted, desk_id, desk_sign))
    attacker.write_keys(vault_dir, data)

    counsellor = sign_in_through_app(qtbot, controller, USERNAMES[Role.COUNSELLOR], PASSPHRASES[Role.COUNSELLOR])
    write_note(counsellor, client.id, "After the attack: safety plan with check-in times.", "safety_plan")
    controller.lock()

    assert attacker.count_notes(vault_dir, data_key) == 2
    assert attacker.notes_opened_with(vault_dir, data_key, [planted]) == []  # old or new: nothing
    dialogs.shown.clear()
    sign_in_through_app(qtbot, controller, "coordinator", COORDINATOR_PASS)
    assert any(TAMPERING in text for kind, _, text in dialogs.shown if kind == "warn")
    controller.lock()
    again = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert again.take_warnings() == []  # shown once; the refused key is gone from the file
    again.lock()
    assert attacker.highest_notes_key_id(attacker.read_keys(vault_dir)) < key_id


def test_front_desk_makes_itself_a_counsellor_then_a_routine_disable_follows(vault: Vault, vault_dir: Path) -> None:
    """Attack 2: counsellor role in the staff table (raw SQL) and in the key file; a coordinator
    then disables someone else, which makes a new notes key."""
    client = make_client(vault)
    add_member(vault, Role.COUNSELLOR)
    desk_id = add_member(vault, Role.FRONT_DESK).id
    outreach_id = add_member(vault, Role.OUTREACH).id
    for n in range(5):
        write_note(vault, client.id, f"Signed note {n}: income assistance paperwork.")
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    data_key = desk.data_key
    desk.lock()
    conn = attacker.raw_sql(vault_dir, data_key)
    conn.execute("UPDATE staff SET roles = 'counsellor,front_desk' WHERE id = ?", (desk_id,))
    conn.close()
    data = attacker.read_keys(vault_dir)
    for cert in attacker.public_part(data).get("certificates", []):
        if cert["user_id"] == desk_id:
            cert["roles"] = ["counsellor", "front_desk"]
    attacker.write_keys(vault_dir, data)

    coordinator = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    staff.disable_staff(coordinator, outreach_id)
    write_note(coordinator, client.id, "Written after the disable, under the new notes key.")
    coordinator.lock()

    again = sign_in_as(vault_dir, Role.FRONT_DESK)
    assert Role.COUNSELLOR not in again.roles and not again.has_notes_key
    data_key = again.data_key  # the disable rotated the data key; front desk was given the new one
    again.lock()
    grants = attacker.my_notes_grants(vault_dir, USERNAMES[Role.FRONT_DESK], PASSPHRASES[Role.FRONT_DESK])
    assert attacker.notes_opened_with(vault_dir, data_key, grants) == []


def test_an_admin_who_disables_a_counsellor_holds_nothing_that_opens_a_note(
    vault: Vault, vault_dir: Path, monkeypatch: object
) -> None:
    """Attack 3: a spy inside the admin's process records every key it makes or seals."""
    client = make_client(vault)
    add_member(vault, Role.ADMIN)
    add_member(vault, Role.COUNSELLOR)
    leaver_id = add_member(vault, Role.COUNSELLOR, username="leaver").id
    for n in range(3):
        write_note(vault, client.id, f"Signed note {n}: family and housing.")
    vault.lock()

    seen: list[bytes] = []
    real_new_key, real_seal_to = crypto.new_key, crypto.seal_to

    def spy_new_key() -> bytes:
        seen.append(real_new_key())
        return seen[-1]

    def spy_seal_to(public: bytes, plaintext: bytes, ad: bytes) -> bytes:
        seen.append(plaintext)
        return real_seal_to(public, plaintext, ad)

    admin = sign_in_as(vault_dir, Role.ADMIN)
    crypto.new_key, crypto.seal_to = spy_new_key, spy_seal_to
    try:
        staff.disable_staff(admin, leaver_id)
    finally:
        crypto.new_key, crypto.seal_to = real_new_key, real_seal_to
    seen += list(admin.all_notes_keys.values()) + list(admin.data_keys().values())
    data_key = admin.data_key
    admin.lock()

    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)  # the new notes key is made here, notes re-sealed
    write_note(counsellor, client.id, "After the disable: a new note.")
    newest = counsellor.notes_key()[0]
    counsellor.lock()
    assert attacker.notes_opened_with(vault_dir, data_key, seen) == []
    conn = attacker.raw_sql(vault_dir, data_key)
    sealed_under = {r[0] for r in conn.execute("SELECT DISTINCT key_id FROM notes")}
    conn.close()
    assert sealed_under == {newest}  # every note moved to the key the counsellor made


def test_the_manager_sees_the_notes_key_rotation_waiting_until_a_counsellor_signs_in(
    vault: Vault, vault_dir: Path
) -> None:
    add_member(vault, Role.ADMIN)
    add_member(vault, Role.COUNSELLOR)
    leaver_id = add_member(vault, Role.COUNSELLOR, username="leaver").id
    vault.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    staff.disable_staff(admin, leaver_id)
    assert "Notes key rotation waiting for a counsellor to sign in." in admin.take_warnings()
    admin.lock()
    sign_in_as(vault_dir, Role.COUNSELLOR).lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    assert admin.take_warnings() == []
    admin.lock()


def test_front_desk_reading_the_notes_table_learns_no_note_kind_or_topic(vault: Vault, vault_dir: Path) -> None:
    """Finding 11: a note's kind (e.g. a safety plan) and topics are sealed like its body."""
    client = make_client(vault)
    add_member(vault, Role.FRONT_DESK)
    write_note(vault, client.id, "Plan: a code word with a friend.", "safety_plan")
    write_note(vault, client.id, "Crisis call at night.", "crisis")
    notes.sign_note(vault, NoteDraft(client_id=client.id, note_type="case", body="Paperwork.", tags=("legal",)))
    vault.lock()
    desk = sign_in_as(vault_dir, Role.FRONT_DESK)
    data_key = desk.data_key
    desk.lock()
    conn = attacker.raw_sql(vault_dir, data_key)
    rows = conn.execute("SELECT * FROM notes").fetchall()
    conn.close()
    seen = " ".join(str(value) for row in rows for value in row if not isinstance(value, bytes))
    raw = b" ".join(value for row in rows for value in row if isinstance(value, bytes))
    for secret in ("safety_plan", "crisis", "case", "legal"):
        assert secret not in seen and secret.encode() not in raw
    clinical = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    kinds = sorted(h.note_type for h in notes.notes_for_client(clinical, client.id))
    clinical.lock()
    assert kinds == ["case", "crisis", "safety_plan"]


def test_an_admins_funder_report_counts_notes_without_their_kind(vault: Vault, vault_dir: Path) -> None:
    from datetime import date

    from shop_desktop.core.figures.report_figures import SEALED_ROW, Period, compute_figures

    client = make_client(vault)
    add_member(vault, Role.ADMIN)
    for kind in ("crisis", "crisis", "counselling", "safety_plan"):
        write_note(vault, client.id, "Talked.", kind)
    today = date.today()
    period = Period.month(today.year, today.month)

    def rows_seen_by(session: Vault) -> dict[str, list[int]]:
        table = next(t for t in compute_figures(session, period).tables if t.key == "counselling")
        return {label: values for label, values in table.rows}

    assert rows_seen_by(vault) == {"Counselling sessions": [1], "Crisis interventions": [2]}
    vault.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    seen = rows_seen_by(admin)
    admin.lock()
    assert seen == {"Counselling sessions": [0], "Crisis interventions": [0], SEALED_ROW: [4]}


def test_after_a_rotation_the_app_re_seals_every_note_in_the_background(
    qtbot: QtBot, controller: AppController, vault: Vault, vault_dir: Path
) -> None:
    client = make_client(vault)
    add_member(vault, Role.ADMIN)
    add_member(vault, Role.COUNSELLOR)
    leaver = add_member(vault, Role.COUNSELLOR, username="leaver")
    with vault.transaction():
        notes.insert_signed_bulk(
            vault, [(client.id, "case", "2026-01-01T10:00", None, f"n{i}", ()) for i in range(600)]
        )
    vault.lock()
    admin = sign_in_as(vault_dir, Role.ADMIN)
    staff.disable_staff(admin, leaver.id)  # requests the new notes key
    admin.lock()
    counsellor = sign_in_through_app(qtbot, controller, USERNAMES[Role.COUNSELLOR], PASSPHRASES[Role.COUNSELLOR])
    qtbot.waitUntil(lambda: notes.notes_to_reseal(counsellor) == 0, timeout=20_000)
    assert "All notes are sealed" in controller.main_window.statusBar().currentMessage()
    newest = counsellor.notes_key()[0]
    assert {r[0] for r in counsellor.conn.execute("SELECT DISTINCT key_id FROM notes")} == {newest}
    controller.lock()
