"""The "who opened my file" PDF: exactly the audited openings, the alias only if the client asked."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from shop_desktop.core.desk import conflicts, timeline
from shop_desktop.core.roles import Role
from shop_desktop.core.store.vault import Vault
from shop_desktop.reports.file_openings import build_openings_sheet
from tests.conftest import add_member, sign_in_as
from tests.factories import make_client
from tests.pdf_fonts import pdf_fonts


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_sheet_lists_each_opening_and_names_the_client_only_if_they_asked(vault: Vault, vault_dir: Path) -> None:
    client = make_client(vault, "Tk'emlúps Rose")
    add_member(vault, Role.COUNSELLOR)
    vault.lock()
    counsellor = sign_in_as(vault_dir, Role.COUNSELLOR)
    for _ in range(3):
        timeline.client_timeline(counsellor, client.id)
    counsellor.lock()
    coordinator = sign_in_as(vault_dir, Role.COORDINATOR)
    conflicts.open_client(coordinator, client.id)

    by_code = _text(build_openings_sheet(conflicts.openings_sheet(coordinator, client.id, client_asked=False)))
    assert f"Client {client.code}" in by_code and "Rose" not in by_code
    assert by_code.count("Counsellor Person") == 3 and by_code.count("Cora Ordinator") == 2  # opened; printed by
    assert by_code.count("Client history") == 3 and by_code.count("Client details") == 1
    assert "4 openings" in by_code

    pdf = build_openings_sheet(conflicts.openings_sheet(coordinator, client.id, client_asked=True))
    assert "Tk'emlúps Rose" in _text(pdf)
    assert all(embedded for _, embedded in pdf_fonts(PdfReader(io.BytesIO(pdf)).pages))
    coordinator.lock()
