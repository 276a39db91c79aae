"""A process killed while it writes keys or rotates them leaves a vault the remaining staff can open."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from shop_desktop.core.errors import WrongPassphrase
from shop_desktop.core.roles import Role
from shop_desktop.core.store import audit, staff
from shop_desktop.core.store.vault import ROTATING_NAME, Vault
from tests.conftest import COORDINATOR_PASS, add_member, sign_in_as

REPO = Path(__file__).resolve().parents[2]


def run_child(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("step", ["keys-staged", "exported", "replaced"])
def test_kill_during_rotation_leaves_a_vault_the_remaining_staff_open(vault: Vault, vault_dir: Path, step: str) -> None:
    add_member(vault, Role.FRONT_DESK)
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    child = run_child(f"""
        import os
        from pathlib import Path
        from shop_desktop.core.store import rotation, staff
        from shop_desktop.core.store.vault import Vault
        def die(name):
            if name == {step!r}:
                os._exit(9)
        rotation.crash_hook = die
        v = Vault.open(Path({str(vault_dir)!r}), "coordinator", {COORDINATOR_PASS!r})
        staff.disable_staff(v, 2)
    """)
    assert child.returncode == 9, child.stderr
    # Everyone who stays can still sign in; whoever signs in first re-keys the database, and the
    # next manager signs the key file without the old grants (a counsellor can't sign it: T3).
    session = sign_in_as(vault_dir, Role.COUNSELLOR)
    assert session.open_epoch == 2
    assert not (vault_dir / ROTATING_NAME).exists()
    assert session.conn.execute("SELECT active FROM staff WHERE id = 2").fetchone()[0] == 0
    assert session.verify_audit().ok
    session.lock()
    manager = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    assert manager.keys.rotation is None and manager.keys.epoch == 2
    manager.lock()
    with pytest.raises(WrongPassphrase):
        sign_in_as(vault_dir, Role.FRONT_DESK)


def test_kill_while_the_key_file_is_written_leaves_a_vault_that_opens(vault: Vault, vault_dir: Path) -> None:
    """Change a passphrase back and forth in a child and kill it at random moments."""
    vault.lock()
    phrases = [COORDINATOR_PASS, "second lovely phrase here"]
    for attempt in range(6):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(f"""
                from pathlib import Path
                from shop_desktop.core.store import staff
                from shop_desktop.core.errors import WrongPassphrase
                from shop_desktop.core.store.vault import Vault
                phrases = {phrases!r}
                folder = Path({str(vault_dir)!r})
                for phrase in phrases:
                    try:
                        v = Vault.open(folder, "coordinator", phrase)
                        break
                    except WrongPassphrase:
                        continue
                current = phrase
                while True:
                    new = phrases[1] if current == phrases[0] else phrases[0]
                    staff.change_own_passphrase(v, current, new)
                    current = new
            """),
            ],
            cwd=REPO,
        )
        time.sleep(0.6 + attempt * 0.17)
        child.kill()
        child.wait()
        assert _opens_with_one_of(vault_dir, phrases)


def _opens_with_one_of(folder: Path, phrases: list[str]) -> bool:
    for phrase in phrases:
        try:
            Vault.open(folder, "coordinator", phrase).lock()
            return True
        except WrongPassphrase:
            continue
    return False


def test_disabled_user_keeps_history(vault: Vault) -> None:
    member = add_member(vault, Role.OUTREACH)
    staff.disable_staff(vault, member.id)
    listed = {m.username: m for m in staff.list_staff(vault)}
    assert not listed["outreach"].active and listed["outreach"].disabled_at
    actions = [e.action for e in audit.entries(vault.conn) if e.subject_id == str(member.id)]
    assert "staff.added" in actions and "staff.disabled" in actions
