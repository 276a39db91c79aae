"""Staff changes stopped dead at every write, fsync, rename and COMMIT they make (core/store/journal.py,
rule 2): at the next start the vault opens with the right passphrase, the audit trail verifies, the
change happened entirely or not at all, and nobody signs in as somebody else.

Each operation's invariant is checked from outside the code under test: the rows, the audit
entries, the key file's certificates and slots, and who each passphrase actually signs in as.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.errors import AccountDisabled, WrongPassphrase
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, keyfile, staff
from shop_desktop.core.store.throttle import STATE_NAME
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, USERNAMES, add_member
from tests.crash.harness import count_points, killed_at
from tests.factories import make_client, make_visit

NEWCOMER, NEWCOMER_PASS = "newcomer", "tulip anchor marble frost"
LATER, LATER_PASS = "later", "saddle ember quartz willow"
RESET_PASS = "glacier pepper button orbit"
BODY = "Talked about a safety plan for Friday."
SIGN_IN = 'vault = Vault.open(Path(ARGS["folder"]), "coordinator", ARGS["passphrase"])\n'
HEAD = "from shop_desktop.core.store import staff\nfrom shop_desktop.core.roles import Role\n"
HEAD += "from shop_desktop.core.store.vault import Vault\n" + SIGN_IN

OPERATIONS = {
    "add-staff": HEAD + 'staff.add_staff(vault, username="newcomer", display_name="New Person",'
    ' roles={Role.COUNSELLOR}, new_passphrase=ARGS["new"])\n',
    "disable": HEAD + "staff.disable_staff(vault, ARGS['frontdesk'])\n",
    "grant-clinical": HEAD + "staff.set_roles(vault, ARGS['frontdesk'], {Role.COUNSELLOR})\n",
    "remove-clinical": HEAD + "staff.set_roles(vault, ARGS['counsellor'], {Role.FRONT_DESK})\n",
    "reset-passphrase": HEAD + "staff.reset_passphrase(vault, ARGS['frontdesk'], ARGS['reset'])\n",
    # The screen's way: the disable, then the copy (a job), swap, signing, notes key, re-seal (a job).
    "disable-in-steps": HEAD
    + """
from shop_desktop.core.care import notes_reseal
from shop_desktop.core.store import rotation
staff.disable_staff(vault, ARGS['frontdesk'], rekey_now=False)
plan = rotation.prepare_rekey(vault)
rotation.export(plan)
assert rotation.swap_rekeyed(vault, plan)
rotation.sign_rotation(vault)
rotation.start_new_note_sealing(vault)
notes_reseal.reseal(notes_reseal.prepare_reseal(vault))
""",
    "change-own-passphrase": HEAD.replace(SIGN_IN, "")
    + 'vault = Vault.open(Path(ARGS["folder"]), "frontdesk", ARGS["frontdesk_pass"])\n'
    + 'staff.change_own_passphrase(vault, ARGS["frontdesk_pass"], ARGS["reset"])\n',
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A vault with a coordinator, a front desk and a counsellor account, clients, visits and notes."""
    from tests.conftest import fast_kdf

    folder = tmp_path_factory.mktemp("staff-kills") / "vault"
    vault, _ = Vault.create(
        folder, centre_name="Test Drop-in", username="coordinator", display_name="Cora Ordinator",
        passphrase=COORDINATOR_PASS, kdf=fast_kdf(),
    )  # fmt: skip
    ids = {"frontdesk": add_member(vault, Role.FRONT_DESK).id, "counsellor": add_member(vault, Role.COUNSELLOR).id}
    for n in range(6):
        client = make_client(vault, f"Client {n} Zoë")
        make_visit(vault, client, "Meal")
        notes.sign_note(vault, NoteDraft(client_id=client.id, note_type="counselling", body=f"{BODY} {n}"))
    vault.lock()
    return folder, ids


# --- what a person meets at the next start ------------------------------------------------------------


def signs_in_as(folder: Path, username: str, phrase: str) -> Vault | None:
    """The session this passphrase opens, or None if it opens nothing (the check is who it is)."""
    try:
        return Vault.open(folder, username, phrase)
    except (WrongPassphrase, AccountDisabled):
        (folder / STATE_NAME).unlink(missing_ok=True)  # these wrong tries are the test's, not a guesser's
        return None


def assert_nobody_is_someone_else(folder: Path, people: dict[str, str]) -> None:
    """Every passphrase opens only its own account, with its own id, or nothing."""
    for username, phrase in people.items():
        for other in people:
            session = signs_in_as(folder, other, phrase)
            if session is None:
                continue
            try:
                assert other == username, f"{username}'s passphrase opened {other}'s account"
                assert session.user.username == username
            finally:
                session.lock()


def coordinator_view(folder: Path) -> tuple[dict[str, staff.StaffMember], list[audit.AuditEntry], keyfile.KeyFile]:
    session = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    try:
        report = session.verify_audit()
        assert report.ok, report.problem
        assert session.keys.rotation is None  # a re-key a crash cut short is finished by now
        assert notes.open_note(session, 1).body.startswith(BODY)  # the notes still open
        members = {m.username: m for m in staff.list_staff(session)}
        return members, audit.entries(session.conn, limit=10_000), keyfile.load(folder / "shop.keys")
    finally:
        session.lock()


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith((".pending", ".tmp", ".rotating"))]


def then_add_someone(folder: Path, earlier: dict[str, int]) -> None:
    """The next account gets an id nobody had and signs in as itself (the issue's reused-id case)."""
    session = Vault.open(folder, "coordinator", COORDINATOR_PASS)
    try:
        made = staff.add_staff(
            session, username=LATER, display_name="Later Person", roles={Role.FRONT_DESK}, new_passphrase=LATER_PASS
        )
    finally:
        session.lock()
    assert made.id not in earlier.values(), (made.id, earlier)
    later = Vault.open(folder, LATER, LATER_PASS)
    try:
        assert later.user.id == made.id and later.roles == {Role.FRONT_DESK} and not later.has_notes_key
    finally:
        later.lock()


# --- each operation's "entirely or not at all" ------------------------------------------------------


def after_add(folder: Path, ids: dict[str, int]) -> str:
    members, entries, keys = coordinator_view(folder)
    added = [e for e in entries if e.action == "staff.added" and int(e.subject_id or 0) not in ids.values()]
    slot = keys.slot_for_username(NEWCOMER)
    people = {"coordinator": COORDINATOR_PASS, **{USERNAMES[r]: PASSPHRASES[r] for r in (Role.FRONT_DESK,)}}
    people[USERNAMES[Role.COUNSELLOR]] = PASSPHRASES[Role.COUNSELLOR]
    people[NEWCOMER] = NEWCOMER_PASS
    assert_nobody_is_someone_else(folder, people)
    if NEWCOMER in members:
        member = members[NEWCOMER]
        assert member.active and member.id not in ids.values() and member.id != 1
        assert len(added) == 1 and int(added[0].subject_id or 0) == member.id and slot is not None
        newcomer = Vault.open(folder, NEWCOMER, NEWCOMER_PASS)
        try:
            assert newcomer.user.id == member.id and newcomer.roles == {Role.COUNSELLOR} and newcomer.has_notes_key
        finally:
            newcomer.lock()
        ids = {**ids, NEWCOMER: member.id}
        state = "done"
    else:
        assert not added and slot is None and keys.certificate(max(ids.values()) + 1) is None
        assert signs_in_as(folder, NEWCOMER, NEWCOMER_PASS) is None
        state = "not done"
    then_add_someone(folder, {**ids, "coordinator": 1})
    return state


def after_disable(folder: Path, ids: dict[str, int]) -> str:
    members, entries, keys = coordinator_view(folder)
    leaver = members["frontdesk"]
    disabled = [e for e in entries if e.action == "staff.disabled" and int(e.subject_id or 0) == leaver.id]
    cert = keys.certificate(leaver.id)
    assert cert is not None
    session = signs_in_as(folder, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    if session is not None:
        session.lock()
    if not leaver.active:
        assert len(disabled) == 1 and cert.status == keyfile.DISABLED and keys.slot_for_user(leaver.id) is None
        assert session is None and keys.epoch == 2 and any(e.action == "keys.rotated" for e in entries)
        state = "done"
    else:
        assert not disabled and cert.status == keyfile.ACTIVE and session is not None and keys.epoch == 1
        state = "not done"
    counsellor = Vault.open(folder, "counsellor", PASSPHRASES[Role.COUNSELLOR])  # who stays keeps everything
    try:
        assert counsellor.has_notes_key and notes.open_note(counsellor, 2).body.startswith(BODY)
    finally:
        counsellor.lock()
    then_add_someone(folder, {**ids, "coordinator": 1})
    return state


def _roles_state(folder: Path, user: str, before: set[Role], after: set[Role]) -> str:
    members, entries, keys = coordinator_view(folder)
    member = members[user]
    changed = [e for e in entries if e.action == "staff.roles_changed" and int(e.subject_id or 0) == member.id]
    cert = keys.certificate(member.id)
    assert cert is not None
    session = Vault.open(folder, user, PASSPHRASES[Role.FRONT_DESK if user == "frontdesk" else Role.COUNSELLOR])
    try:
        assert session.user.id == member.id
        now = set(session.roles)
        assert now == member.roles == {Role(r) for r in cert.roles}
        assert session.has_notes_key == (Role.COUNSELLOR in now)
        if session.has_notes_key:
            assert notes.open_note(session, 3).body.startswith(BODY)
    finally:
        session.lock()
    if now == after:
        assert len(changed) == 1
        return "done"
    assert now == before and not changed
    return "not done"


def after_grant(folder: Path, ids: dict[str, int]) -> str:
    return _roles_state(folder, "frontdesk", {Role.FRONT_DESK}, {Role.COUNSELLOR})


def after_removal(folder: Path, ids: dict[str, int]) -> str:
    state = _roles_state(folder, "counsellor", {Role.COUNSELLOR}, {Role.FRONT_DESK})
    if state == "done":  # the notes key they held is replaced: a new one, made and recorded
        _, entries, keys = coordinator_view(folder)
        assert any(e.action == "keys.notes_key_made" for e in entries) and len(keys.notes_records) >= 2
    return state


def after_reset(folder: Path, ids: dict[str, int]) -> str:
    members, entries, keys = coordinator_view(folder)
    reset = [e for e in entries if e.action == "staff.passphrase_reset"]
    old = signs_in_as(folder, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    new = signs_in_as(folder, "frontdesk", RESET_PASS)
    opened = [s for s in (old, new) if s is not None]
    assert len(opened) == 1, "exactly one of the old and the new passphrase opens the account"
    assert opened[0].user.id == ids["frontdesk"] and opened[0].roles == {Role.FRONT_DESK}
    opened[0].lock()
    assert_nobody_is_someone_else(folder, {"coordinator": COORDINATOR_PASS, "frontdesk": RESET_PASS})
    if new is not None:
        assert len(reset) == 1 and members["frontdesk"].must_change_passphrase
        return "done"
    assert not reset
    return "not done"


def after_own_change(folder: Path, ids: dict[str, int]) -> str:
    _, entries, _ = coordinator_view(folder)
    changed = [e for e in entries if e.action == "staff.passphrase_changed"]
    old = signs_in_as(folder, "frontdesk", PASSPHRASES[Role.FRONT_DESK])
    new = signs_in_as(folder, "frontdesk", RESET_PASS)
    opened = [s for s in (old, new) if s is not None]
    assert len(opened) == 1, "exactly one of the old and the new passphrase opens the account"
    assert opened[0].user.id == ids["frontdesk"] and opened[0].roles == {Role.FRONT_DESK}
    opened[0].lock()
    if new is not None:
        assert len(changed) == 1
        return "done"
    assert not changed
    return "not done"


CHECKS: dict[str, Callable[[Path, dict[str, int]], str]] = {
    "add-staff": after_add,
    "disable": after_disable,
    "grant-clinical": after_grant,
    "remove-clinical": after_removal,
    "reset-passphrase": after_reset,
    "disable-in-steps": after_disable,
    "change-own-passphrase": after_own_change,
}


@pytest.mark.parametrize("power_cut", [False, True], ids=["killed", "power-cut"])
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_a_staff_change_killed_at_every_point_happened_entirely_or_not_at_all(
    template: tuple[Path, dict[str, int]], tmp_path: Path, operation: str, power_cut: bool
) -> None:
    source, ids = template
    folder = tmp_path / "vault"
    code = OPERATIONS[operation]
    args = {"folder": str(folder), "passphrase": COORDINATOR_PASS, "new": NEWCOMER_PASS, "reset": RESET_PASS, **ids}
    args["frontdesk_pass"] = PASSPHRASES[Role.FRONT_DESK]
    shutil.copytree(source, folder)
    points = count_points(code, args)
    assert "commit shop.db" in points and "rename shop.keys" in points, points
    assert CHECKS[operation](folder, ids) == "done"
    states = []
    for n in range(1, len(points) + 1):
        shutil.rmtree(folder)
        shutil.copytree(source, folder)
        done = killed_at(code, args, n, power_cut=power_cut)
        where = f"{operation}: killed before {done[-1]!r} (point {n} of {len(points)})"
        try:
            states.append(CHECKS[operation](folder, ids))
        except AssertionError as failure:
            raise AssertionError(f"{where}: {failure}") from failure
        assert not leftovers(folder), f"{where}: {leftovers(folder)}"
    # Before the first COMMIT nothing happened; from it on, the change is whole.
    switch = states.index("done") if "done" in states else len(states)
    assert states == ["not done"] * switch + ["done"] * (len(states) - switch), states
    assert switch == points.index("commit shop.db") + 1, (switch, points)
    print(f"{operation} ({'power cut' if power_cut else 'killed'}): {len(points)} kill points, all passed")
