"""Three vault folders on one machine (centre, office, laptop) sharing one sync folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shop_desktop.core.care import notes
from shop_desktop.core.care.notes import NoteDraft
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from shop_desktop.core.sync import devices, enrollment, syncing
from shop_desktop.core.sync.syncing import SyncResult
from tests.conftest import COORDINATOR_PASS, PASSPHRASES, add_member, fast_kdf
from tests.factories import make_client, make_visit

NOTE_TEXT = "Talked through a safety plan near the underpass on Friday"


@dataclass
class Three:
    root: Path
    folder: Path  # the shared sync folder
    centre: Vault
    office: Vault
    laptop: Vault
    files: dict[str, Path]  # enrollment files

    def close(self) -> None:
        for vault in (self.centre, self.office, self.laptop):
            if vault.is_unlocked:
                vault.lock()


def sync(vault: Vault) -> SyncResult:
    result = syncing.run(syncing.prepare(vault), lambda *_: None, lambda: False)
    syncing.finish(vault, result)
    return result


def make_three(root: Path) -> Three:
    centre, _ = Vault.create(
        root / "centre", centre_name="Test Drop-in", username="coordinator", display_name="Cora Ordinator",
        passphrase=COORDINATOR_PASS, kdf=fast_kdf(),
    )  # fmt: skip
    add_member(centre, Role.OUTREACH)
    add_member(centre, Role.COUNSELLOR)
    client = make_client(centre, "Zoë Before")
    make_visit(centre, client, "Meal")
    notes.sign_note(centre, NoteDraft(client_id=client.id, note_type="counselling", body=NOTE_TEXT))
    folder = root / "sync"
    folder.mkdir()
    syncing.set_folder(centre, folder)
    files = {
        "office": devices.add(centre, "Office PC", "office", root / "enroll", "coordinator"),
        "laptop": devices.add(centre, "Outreach laptop", "outreach", root / "enroll", "outreach"),
    }
    enrollment.join(files["office"], root / "office", "coordinator", COORDINATOR_PASS)
    enrollment.join(files["laptop"], root / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    office = Vault.open(root / "office", "coordinator", COORDINATOR_PASS)
    laptop = Vault.open(root / "laptop", "outreach", PASSPHRASES[Role.OUTREACH])
    syncing.set_folder(office, folder)
    syncing.set_folder(laptop, folder)  # the outreach worker chooses it on the laptop
    return Three(root, folder, centre, office, laptop, files)
