"""The client form on the outreach laptop is the alias only; at the centre it is whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from shop_desktop.core.desk import clients
from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.frontdesk.client_dialog import ClientDialog
from tests.factories import make_client
from tests.sync.three import Three, make_three, sync

DETAILS = ("pronouns", "gender", "age_band", "birth_year", "indigenous", "phone", "alumni", "remark")


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Three]:
    made = make_three(tmp_path)
    yield made
    made.close()


def _form(qtbot: Any, vault: Vault, client_id: int, picture: str) -> ClientDialog:
    dialog = ClientDialog(Session(vault), ScriptedDialogs(), client=clients.get_client(vault, client_id))
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(f"/tmp/sync-merge-{picture}.png")
    return dialog


def test_the_laptops_form_hides_the_details_kept_at_the_centre(qtbot: Any, three: Three) -> None:
    client_id = make_client(three.centre, "Wren", phone="250-555-0147", remark="Side door").id
    sync(three.centre)
    sync(three.laptop)
    dialog = _form(qtbot, three.laptop, client_id, "laptop-form")
    shown = [name for name in DETAILS if getattr(dialog.ui, name).isVisibleTo(dialog)]
    assert shown == []
    assert not dialog.ui.phoneLabel.isVisibleTo(dialog) and not dialog.ui.remarkLabel.isVisibleTo(dialog)
    assert dialog.ui.alias.isVisibleTo(dialog) and dialog.ui.keptAtCentre.isVisibleTo(dialog)
    assert "kept at the centre" in dialog.ui.keptAtCentre.text()
    dialog.alias.setText("Wren R.")
    dialog.save()
    assert dialog.error.text() == "" and dialog.saved is not None and dialog.saved.alias == "Wren R."
    row = three.laptop.conn.execute("SELECT phone, remark FROM clients WHERE id = ?", (client_id,)).fetchone()
    assert tuple(row) == (None, None)


def test_the_centres_form_is_unchanged(qtbot: Any, three: Three) -> None:
    client_id = make_client(three.centre, "Wren", phone="250-555-0147", remark="Side door").id
    dialog = _form(qtbot, three.centre, client_id, "centre-form")
    assert all(getattr(dialog.ui, name).isVisibleTo(dialog) for name in DETAILS)
    assert not dialog.ui.keptAtCentre.isVisibleTo(dialog)
    assert dialog.ui.phone.text() == "250-555-0147" and dialog.ui.remark.toPlainText() == "Side door"
