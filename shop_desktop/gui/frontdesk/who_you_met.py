"""Who was met on an outreach shift: optional counts by gender identity, age band and Indigenous
identity, in a small dialog so the shift form stays short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QSpinBox, QWidget

from shop_desktop.core.desk import outreach
from shop_desktop.core.desk.outreach import Demographics
from shop_desktop.gui.forms.ui_who_you_met_dialog import Ui_WhoYouMetDialog


def count_spin(name: str, maximum: int = outreach.MAX_COUNT) -> QSpinBox:
    spin = QSpinBox()
    spin.setAccessibleName(name)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return fit_spin(spin, maximum)


def fit_spin(spin: QSpinBox, maximum: int = outreach.MAX_COUNT) -> QSpinBox:
    spin.setRange(0, maximum)
    spin.setFixedWidth(max(72, spin.minimumSizeHint().width()))  # room for the largest number and arrows
    return spin


class WhoYouMetDialog(QDialog):
    """Optional counts of the people met, by gender identity, age band and Indigenous identity."""

    def __init__(self, contacts: int, given: Demographics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WhoYouMetDialog()
        self.ui.setupUi(self)
        self.spins: dict[str, dict[str, QSpinBox]] = {}
        for key, (words, choices) in outreach.DEMOGRAPHIC_CHOICES.items():  # one column of counts per question
            box = QGroupBox(words[0].upper() + words[1:])
            form = QFormLayout(box)
            self.spins[key] = {}
            for choice, label in choices.items():
                spin = count_spin(f"{label} ({words})", contacts)
                spin.setValue(given.get(key, {}).get(choice, 0))
                form.addRow(label, spin)
                self.spins[key][choice] = spin
            self.ui.columns.addWidget(box)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.intro.setText(
            self.tr("%n contact(s). Count only what people told you or you know; leave the rest at 0.", "", contacts)
        )

    def counts(self) -> Demographics:
        return {
            key: {c: s.value() for c, s in spins.items() if s.value()}
            for key, spins in self.spins.items()
            if any(s.value() for s in spins.values())
        }
