"""RowTableModel sorts itself and keeps each row's texts; the history screen shows newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shop_desktop.core.session import Session
from shop_desktop.core.store.vault import Vault
from shop_desktop.gui.clinical.history_screen import HistoryScreen
from shop_desktop.gui.common.clipboard import ClipboardGuard
from shop_desktop.gui.common.dialogs import ScriptedDialogs
from shop_desktop.gui.common.models import SORT_ROLE, RowTableModel
from shop_desktop.gui.common.services import Services
from shop_desktop.gui.common.workers import SynchronousPool
from tests.factories import make_client, make_visit


@dataclass
class Person:
    alias: str
    visits: int | None


class PeopleModel(RowTableModel[Person]):
    calls = 0

    columns = (
        ("Alias", lambda p: PeopleModel.count(p.alias), lambda p: p.alias.casefold()),
        ("Visits", lambda p: str(p.visits or ""), lambda p: p.visits),
    )

    @staticmethod
    def count(text: str) -> str:
        PeopleModel.calls += 1
        return text


def texts(model: RowTableModel[Person], column: int = 0) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_model_sorts_by_the_sort_key_with_empty_values_last_both_ways(qapp: object) -> None:
    model = PeopleModel()
    model.set_rows([Person("bea", 3), Person("Ada", None), Person("cy", 10), Person("dee", 3)])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert texts(model) == ["bea", "dee", "cy", "Ada"]  # 3, 3 (as given), 10, then no visits
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert texts(model) == ["cy", "bea", "dee", "Ada"]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert texts(model) == ["Ada", "bea", "cy", "dee"]  # by the key (casefold), not the raw text
    assert model.data(model.index(0, 1), SORT_ROLE) is None


def test_new_rows_come_in_the_last_chosen_order_and_the_selection_follows_its_row(qapp: object) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model = PeopleModel()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows([Person("ada", 1), Person("cy", 2), Person("bea", 3)])
    assert texts(model) == ["cy", "bea", "ada"]
    selection = QItemSelectionModel(model)
    selection.select(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    [picked] = selection.selectedIndexes()
    assert model.row_at(picked).alias == "cy" and picked.row() == 2


def test_each_rows_text_is_made_once_however_often_it_is_painted(qapp: object) -> None:
    model = PeopleModel()
    model.set_rows([Person(f"p{n}", n) for n in range(50)])
    PeopleModel.calls = 0
    for _ in range(4):
        texts(model)
        [model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(50)]
    assert PeopleModel.calls == 50
    model.set_rows([Person("new", 1)])
    assert texts(model) == ["new"]  # the cache went with the old rows


def test_history_lists_newest_first_and_selects_the_newest(qtbot: QtBot, vault: Vault) -> None:
    client = make_client(vault, "Jade")
    start = datetime.now().replace(microsecond=0) - timedelta(days=30)
    for days in (3, 20, 9, 14):
        make_visit(vault, client, "Shower", at=start + timedelta(days=days))
    screen = HistoryScreen(Services(Session(vault), ScriptedDialogs(), SynchronousPool(), ClipboardGuard()))
    qtbot.addWidget(screen)
    screen.show_client(client.id)
    days = [
        screen.model.rows[r].at[:10] for r in range(screen.model.rowCount())
    ]  # the shown order (dates show in the locale's format)
    expected = [(start + timedelta(days=d)).date().isoformat() for d in (20, 14, 9, 3)]
    assert [d for d in days if d in expected] == expected
    assert screen.selected_entry() is not None and screen.selected_entry().at[:10] == expected[0]
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # a click on the header
    assert screen.model.rows[0].at[:10] == min(days)
