"""The check-in screen's ticks for services and supplies, and the scroll area that holds them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QScrollArea, QSpinBox, QWidget

from shop_desktop.core.desk import visits
from shop_desktop.core.desk.visits import Service


class ServicePanel(QFrame):
    """Ticks for each service; a supply gets a quantity. Letter/digit keys tick, Enter saves."""

    save_requested = Signal()
    ticked = Signal(QWidget)  # a box ticked by its key, perhaps scrolled out of sight on a small screen

    def __init__(self, catalog: list[Service]) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Services: press a service's key to tick it, Enter to save"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("servicePanel")
        self.boxes: dict[int, QCheckBox] = {}
        self.quantities: dict[int, QSpinBox] = {}
        self.by_key: dict[str, int] = {}
        self._spin_height: int | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(8)
        services = [s for s in catalog if not s.is_supply]
        supplies = [s for s in catalog if s.is_supply]
        grid.addWidget(QLabel(self.tr("<b>Services</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Supplies</b> (items)")), 0, 2, 1, 2)
        for row, service in enumerate(services, 1):
            grid.addWidget(self._box(service), row, 0)
        for row, supply in enumerate(supplies, 1):
            grid.addWidget(self._box(supply), row, 2)
            grid.addWidget(self._quantity(supply), row, 3)
        grid.setColumnMinimumWidth(1, 16)
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(max(len(services), len(supplies)) + 1, 1)

    def _quantity(self, supply: Service) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, visits.MAX_QUANTITY)
        if self._spin_height is None:  # the same for every one: measured once (a style pass each)
            self._spin_height = spin.minimumSizeHint().height()
        spin.setMinimumHeight(self._spin_height)  # never squeezed to a sliver
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setAccessibleName(self.tr("How many %s") % supply.name)
        spin.setEnabled(False)
        self.quantities[supply.id] = spin
        self.boxes[supply.id].toggled.connect(spin.setEnabled)
        return spin

    def _box(self, service: Service) -> QCheckBox:
        key = f"[{service.hotkey.upper()}] " if service.hotkey else ""
        box = QCheckBox(f"{key}{service.name}")
        box.setAccessibleName(service.name)
        box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.boxes[service.id] = box
        if service.hotkey:
            self.by_key[service.hotkey] = service.id
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
            return
        service_id = self.by_key.get(event.text().lower())
        if service_id is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.boxes[service_id].toggle()
            self.ticked.emit(self.boxes[service_id])
            return
        super().keyPressEvent(event)

    def chosen(self) -> dict[int, int]:
        return {
            sid: (self.quantities[sid].value() if sid in self.quantities else 1)
            for sid, box in self.boxes.items()
            if box.isChecked()
        }

    def clear(self) -> None:
        for sid, box in self.boxes.items():
            box.setChecked(False)
            if sid in self.quantities:
                self.quantities[sid].setValue(1)


class _PanelArea(QScrollArea):
    """The services scroll inside their frame when the window is short (1920x1080 at 150% beside a
    taskbar), so the Save row below them stays in sight; with room, all of them show."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.widget().sizeHint() + QSize(2 * self.frameWidth(), 2 * self.frameWidth())


def panel_area(panel: ServicePanel) -> QScrollArea:
    area = _PanelArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(panel)
    row = max(box.sizeHint().height() for box in panel.boxes.values()) if panel.boxes else 20
    area.setMinimumHeight(5 * (row + 2) + 16)  # a heading and four rows, then it scrolls
    area.setMinimumWidth(panel.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    panel.ticked.connect(lambda box: area.ensureWidgetVisible(box))
    return area
