"""Shared fixtures: a fresh real SQLCipher vault per test, with a fast (test-only) KDF cost."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window state (QSettings) and IT logs go to throwaway folders, never the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shop-test-config-")
os.environ["SHOP_DESKTOP_LOG_DIR"] = tempfile.mkdtemp(prefix="shop-test-logs-")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from shop_desktop.core.roles import Role  # noqa: E402
from shop_desktop.core.store import crypto, staff  # noqa: E402
from shop_desktop.core.store.vault import StaffMember, Vault  # noqa: E402

COORDINATOR_PASS = "quiet maple river candle"
PASSPHRASES = {
    Role.FRONT_DESK: "lantern otter pebble meadow",
    Role.OUTREACH: "copper willow sparrow tide",
    Role.COUNSELLOR: "harbor violet biscuit canyon",
    Role.ADMIN: "orchard puzzle mitten comet",
}
USERNAMES = {
    Role.FRONT_DESK: "frontdesk",
    Role.OUTREACH: "outreach",
    Role.COUNSELLOR: "counsellor",
    Role.ADMIN: "admin",
}


def fast_kdf() -> crypto.KdfParams:
    """Test-only cost: the parameters are data in each slot, so tests may lower them."""
    return crypto.KdfParams(os.urandom(16), iterations=1, lanes=1, memory_kib=8)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    """(session of the first coordinator, recovery key text)."""
    vault, recovery = Vault.create(
        vault_dir,
        centre_name="Test Drop-in",
        username="coordinator",
        display_name="Cora Ordinator",
        passphrase=COORDINATOR_PASS,
        centre_address="1 Main St",
        kdf=fast_kdf(),
    )
    yield vault, recovery
    vault.lock()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]


def add_member(vault: Vault, role: Role, username: str | None = None) -> StaffMember:
    """One staff account with the test passphrase for that role."""
    return staff.add_staff(
        vault,
        username=username or USERNAMES[role],
        display_name=f"{role.label} Person",
        roles={role},
        new_passphrase=PASSPHRASES[role],
    )


def sign_in_as(vault_dir: Path, role: Role) -> Vault:
    if role is Role.COORDINATOR:
        return Vault.open(vault_dir, "coordinator", COORDINATOR_PASS)
    return Vault.open(vault_dir, USERNAMES[role], PASSPHRASES[role])
