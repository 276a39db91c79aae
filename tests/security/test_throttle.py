"""T10: the sign-in throttle holds nothing a person typed and fails closed.

The attacker here has the vault folder (read and write, as an insider on the shared PC login):
they read the state file for secrets, and edit, garble or replace it to get unlimited tries.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from shop_desktop.core.errors import SignInDelayed, WrongPassphrase
from shop_desktop.core.store import audit
from shop_desktop.core.store.throttle import FIRST_DELAY, FREE_TRIES, MAX_DELAY, STATE_NAME, SignInThrottle
from shop_desktop.core.store.vault import Vault
from tests.conftest import COORDINATOR_PASS

TYPED_IN_THE_NAME_BOX = "Correct Horse Battery Staple 42"


class StoppedClock:
    """Time stands still unless the test moves it: an attacker retrying as fast as the machine can."""

    def __init__(self, now: float = 1_900_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def tries_until_refused(folder: Path, clock: StoppedClock, attempts: int = 25) -> int:
    """How many passphrases get checked at all before the throttle refuses, with the clock stopped."""
    checked = 0
    for n in range(attempts):
        try:
            Vault.open(folder, "coordinator", f"guess number {n} is wrong", throttle=SignInThrottle(folder, clock))
        except WrongPassphrase:
            checked += 1
        except SignInDelayed:
            continue
    return checked


def everything_on_disk_but_the_database(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.name.startswith("shop.db"))


def test_a_passphrase_typed_into_the_name_box_never_reaches_the_disk(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, TYPED_IN_THE_NAME_BOX, "whatever went into the passphrase box")
    on_disk = everything_on_disk_but_the_database(vault_dir)
    for form in (
        TYPED_IN_THE_NAME_BOX,
        TYPED_IN_THE_NAME_BOX.casefold(),
        "Horse Battery",
        hashlib.sha256(TYPED_IN_THE_NAME_BOX.encode()).hexdigest(),
        hashlib.sha256(TYPED_IN_THE_NAME_BOX.casefold().encode()).hexdigest(),
    ):
        assert form.encode() not in on_disk, form
    state = json.loads((vault_dir / STATE_NAME).read_bytes())
    assert set(state) == {""} and state[""]["count"] == 2  # still counted, under no name at all
    session = Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    try:  # the audit trail learns of the tries, with no name either
        [failed] = [e for e in audit.entries(session.conn) if e.action == "session.sign_in_failed"]
        assert failed.subject_id is None and TYPED_IN_THE_NAME_BOX not in json.dumps(failed.detail)
    finally:
        session.lock()


def test_a_real_account_is_throttled_under_its_own_label(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    clock = StoppedClock()
    assert tries_until_refused(vault_dir, clock) == FREE_TRIES  # the free tries, then a delay
    assert set(json.loads((vault_dir / STATE_NAME).read_bytes())) == {"coordinator"}
    clock.now += FIRST_DELAY  # the first delay
    Vault.open(vault_dir, "Coordinator ", COORDINATOR_PASS, throttle=SignInThrottle(vault_dir, clock)).lock()


def test_a_timestamp_in_the_future_is_clamped(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    clock = StoppedClock()
    far = clock.now + 10 * 365 * 86_400
    (vault_dir / STATE_NAME).write_text(json.dumps({"coordinator": {"count": 6, "last": far, "times": [far]}}))
    wait = SignInThrottle(vault_dir, clock).wait_seconds("coordinator")
    assert wait == SignInThrottle.delay_after(6) == FIRST_DELAY * 8  # not ten years, and not zero either
    clock.now += wait
    Vault.open(vault_dir, "coordinator", COORDINATOR_PASS, throttle=SignInThrottle(vault_dir, clock)).lock()


@pytest.mark.parametrize(
    "damage",
    [
        b"\x00\xff garbage \x13",
        b"[1, 2, 3]",
        b'{"coordinator": {"count": "lots", "last": 0}}',
        b'{"coordinator": {"count": -50, "last": 0, "times": []}}',
        b'{"coordinator": {"count": 0, "last": NaN, "times": []}}',
        b'{"coordinator": {"count": 0, "last": 0, "times": ["yesterday"]}}',
        "a folder",
    ],
)
def test_a_damaged_or_replaced_state_file_fails_closed(vault: Vault, vault_dir: Path, damage: bytes | str) -> None:
    vault.lock()
    state = vault_dir / STATE_NAME
    if damage == "a folder":
        state.mkdir()
        (state / "inside").write_text("x")
    else:
        assert isinstance(damage, bytes)
        state.write_bytes(damage)
    clock = StoppedClock()
    assert tries_until_refused(vault_dir, clock) <= 1  # never unlimited tries; no crash either
    clock.now += MAX_DELAY
    Vault.open(vault_dir, "coordinator", COORDINATOR_PASS, throttle=SignInThrottle(vault_dir, clock)).lock()


def test_a_huge_count_waits_the_longest_delay_not_forever(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    clock = StoppedClock()
    (vault_dir / STATE_NAME).write_text(json.dumps({"coordinator": {"count": 10**100, "last": clock.now}}))
    assert SignInThrottle(vault_dir, clock).wait_seconds("coordinator") == MAX_DELAY


def test_deleting_the_file_resets_it_as_the_security_model_says(vault: Vault, vault_dir: Path) -> None:
    """Accepted: the Argon2id cost of every try is the real protection, not this file."""
    vault.lock()
    clock = StoppedClock()
    tries_until_refused(vault_dir, clock, attempts=6)
    assert SignInThrottle(vault_dir, clock).wait_seconds("coordinator") > 0
    (vault_dir / STATE_NAME).unlink()
    assert SignInThrottle(vault_dir, clock).wait_seconds("coordinator") == 0
