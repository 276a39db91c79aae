"""A deterministic synthetic vault for trying the app, training volunteers and benchmarks.

Every person in it is invented. The same seed gives the same records; the
passphrases are drawn fresh each time (or all set to one given passphrase).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from shop_desktop.core.roles import Role
from shop_desktop.core.store import crypto, passphrase, staff
from shop_desktop.core.store.vault import Vault

DEMO_CENTRE = "SHOP Demo Drop-in (synthetic data)"
DEMO_ADDRESS = "100 Example Street, Victoria BC"
CREDENTIALS_NAME = "DEMO-PASSPHRASES.txt"

DEMO_ACCOUNTS: tuple[tuple[str, str, Role], ...] = (
    ("coordinator", "Robin Coordinator", Role.COORDINATOR),
    ("counsellor", "Sam Counsellor", Role.COUNSELLOR),
    ("frontdesk", "Alex Frontdesk", Role.FRONT_DESK),
    ("outreach", "Jordan Outreach", Role.OUTREACH),
    ("admin", "Kim Admin", Role.ADMIN),
)

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class DemoScale:
    """How much to invent. visits=None lets the rhythm decide (about one visit a day per 90 clients)."""

    clients: int = 300
    days: int = 120
    visits: int | None = None
    notes: int | None = None
    referrals: int | None = None
    alerts: int | None = None


@dataclass
class DemoResult:
    vault: Vault
    recovery_key: str
    passphrases: dict[str, str] = field(default_factory=dict)

    def lock(self) -> None:
        """The CLI's last word on a new demo vault (it never holds the vault itself)."""
        self.vault.lock()


def create_demo_vault(
    folder: Path,
    *,
    seed: int = 1,
    scale: DemoScale | None = None,
    shared_passphrase: str | None = None,
    kdf: crypto.KdfParams | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Make the demo accounts and records; returns the coordinator's open session."""
    say = progress or (lambda _step, _fraction: None)
    if shared_passphrase is not None:
        passphrase.check(shared_passphrase)
    words = {name: shared_passphrase or passphrase.suggest(4) for name, _, _ in DEMO_ACCOUNTS}
    say("Creating the vault and accounts", 0.0)
    first, display, _ = DEMO_ACCOUNTS[0]
    vault, recovery = Vault.create(
        folder,
        centre_name=DEMO_CENTRE,
        centre_address=DEMO_ADDRESS,
        username=first,
        display_name=display,
        passphrase=words[first],
        kdf=kdf,
    )
    try:
        with vault.transaction():
            vault.set_meta("demo", "1")
        for username, display_name, role in DEMO_ACCOUNTS[1:]:
            staff.add_staff(
                vault, username=username, display_name=display_name, roles={role}, new_passphrase=words[username]
            )
        populate(vault, random.Random(seed), scale or DemoScale(), progress=say)
    except BaseException:
        vault.lock()
        raise
    say("Done", 1.0)
    return DemoResult(vault, recovery, words)


def populate(vault: Vault, rng: random.Random, scale: DemoScale, *, progress: Progress) -> None:
    """Each area of the app adds its own synthetic records here, in dependency order."""
    for label, step in DEMO_STEPS:
        progress(label, 0.1)
        step(vault, rng, scale, progress)


def _front_desk(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.frontdesk import populate_front_desk

    per_day = scale.visits / scale.days if scale.visits else None
    clients = scale.clients - former_clients_in(scale)  # the former ones are part of the count asked for
    populate_front_desk(vault, rng, clients=clients, days=scale.days, visits_per_day=per_day, progress=progress)


def _notes(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.notes import populate_notes

    populate_notes(vault, rng, count=scale.notes if scale.notes is not None else scale.clients // 2, days=scale.days)


def _referrals(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.referrals import populate_referrals

    populate_referrals(
        vault, rng, count=scale.referrals if scale.referrals is not None else scale.clients // 3, days=scale.days
    )


def _suite_outreach(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.suite_outreach import populate_suite_and_outreach

    populate_suite_and_outreach(vault, rng, days=scale.days)


def _alerts(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.alerts import populate_alerts

    populate_alerts(
        vault, rng, count=scale.alerts if scale.alerts is not None else max(12, scale.clients // 10), days=scale.days
    )


def _restrictions(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.restrictions import populate_restrictions

    populate_restrictions(vault, rng, days=scale.days)


def _former_clients(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.retention import populate_former_clients

    populate_former_clients(vault, rng, count=former_clients_in(scale))


def former_clients_in(scale: DemoScale) -> int:
    """Clients last seen years ago (for the retention review): one in 25, at most 12."""
    return min(12, scale.clients // 25)


def _access_requests(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.access import populate_access_requests

    populate_access_requests(vault, rng)


def _overdose(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.overdose import populate_overdose

    populate_overdose(vault, rng, days=scale.days)


def _stock(vault: Vault, rng: random.Random, scale: DemoScale, progress: Progress) -> None:
    from shop_desktop.core.sample.stock import populate_stock

    populate_stock(vault, rng, days=scale.days)


DemoStep = Callable[[Vault, random.Random, DemoScale, Progress], None]
DEMO_STEPS: list[tuple[str, DemoStep]] = [
    ("Clients, visits and programs", _front_desk),
    ("Counselling notes", _notes),
    ("Partner agencies and referrals", _referrals),
    ("Safe Suite stays and outreach shifts", _suite_outreach),
    ("Aggressor alerts", _alerts),
    ("Restrictions, keep-apart conflicts and turnaways", _restrictions),
    ("Former clients past the retention period", _former_clients),
    ("An access request waiting for review", _access_requests),
    ("Overdose responses and take-home naloxone", _overdose),
    ("Supply stock, drug alerts and the shift log", _stock),
]


def credentials_text(result: DemoResult) -> str:
    lines = ["SHOP Desktop demo vault: synthetic data only. Never put real client records in it.", ""]
    lines += [f"  {name:<12} {words}" for name, words in result.passphrases.items()]
    lines += ["", f"  recovery key {result.recovery_key}"]
    return "\n".join(lines) + "\n"


def write_credentials(folder: Path, result: DemoResult) -> Path:
    """The demo's passphrases beside the demo vault, so the sign-in window can show them.
    Only ever for a vault marked as demo; a real vault never has such a file."""
    path = folder / CREDENTIALS_NAME
    path.write_text(credentials_text(result), encoding="utf-8")
    return path


def read_credentials(folder: Path) -> str | None:
    path = folder / CREDENTIALS_NAME
    return path.read_text(encoding="utf-8") if path.exists() else None
