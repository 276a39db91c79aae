"""Table models: COL_* constants, set_rows() inside a model reset, a sort role. Tested without widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of dataclass rows; each column is (header, text(row), sort key(row)), the
    header in English marked QT_TRANSLATE_NOOP("Columns", ...) and shown translated.

    A view paints a cell by asking data() for a dozen roles, so each row's texts are made once
    and kept until the next set_rows(). The model sorts itself (sort()): a view on it directly
    computes one key per row, where a QSortFilterProxyModel asks for two per comparison."""

    columns: Sequence[tuple[str, Callable[[Any], str], Callable[[Any], Any]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sorted_by is not None:
            self.rows = self._in_order(self.rows, *self._sorted_by)
        self._texts = [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section][0])  # marked QT_TRANSLATE_NOOP
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (DISPLAY, TOOLTIP):  # by far the commonest call: answered from the cache
            return self.text_at(index.row(), index.column()) if index.isValid() else None
        if role == SORT_ROLE and index.isValid():
            return self.columns[index.column()][2](self.rows[index.row()])
        if role == ROW_ROLE and index.isValid():
            return self.rows[index.row()]
        return None

    def text_at(self, row: int, column: int) -> str:
        texts = self._texts[row]
        if texts is None:
            record = self.rows[row]
            texts = self._texts[row] = tuple(text(record) for _, text, _ in self.columns)
        return texts[column]

    def row_at(self, index: Index) -> Row:
        return self.rows[index.row()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in place by one column's sort key, keeping the selection on the same rows."""
        if not 0 <= column < len(self.columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        positions = self._in_order(list(range(len(self.rows))), column, order, key_of=self.rows.__getitem__)
        self.rows = [self.rows[p] for p in positions]
        self._texts = [self._texts[p] for p in positions]
        moved = {old: new for new, old in enumerate(positions)}
        before = self.persistentIndexList()
        after = [self.index(moved[i.row()], i.column()) if i.row() in moved else QModelIndex() for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _in_order(
        self, items: list[Any], column: int, order: Qt.SortOrder, key_of: Callable[[Any], Any] = lambda row: row
    ) -> list[Any]:
        sort_key = self.columns[column][2]
        descending = order == Qt.SortOrder.DescendingOrder

        def key(item: Any) -> tuple[bool, Any]:
            value = sort_key(key_of(item))
            return ((value is None) != descending, value if value is not None else 0)  # empty ones last

        return sorted(items, key=key, reverse=descending)
