"""Take-home naloxone on outreach: how many of the kits handed out were first kits, replacements and
why, and how many people were trained. Optional, like "Who you met"; the kits stay a supply count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from shop_desktop.core.safety.overdose_kits import FIRST, REASONS, REPLACEMENT, KitGiven
from shop_desktop.gui.common.widgets import note_label


def _spin(name: str, maximum: int, value: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    spin.setAccessibleName(name)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def kits_summary(kits: tuple[KitGiven, ...] | None) -> str:
    if not kits:
        return ""
    first = sum(k.kits for k in kits if k.kind == FIRST)
    replaced = sum(k.kits for k in kits if k.kind == REPLACEMENT)
    return f"{first} first, {replaced} replacement"


class NaloxoneKitsDialog(QDialog):
    """Counts per kind and reason; training is counted over all the kits."""

    def __init__(self, handed_out: int, given: tuple[KitGiven, ...] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Naloxone kits (optional)"))
        given = given or ()
        self.first = _spin(self.tr("First kits"), handed_out, sum(k.kits for k in given if k.kind == FIRST))
        self.reasons = {
            key: _spin(
                self.tr("Replacement kits: %s") % label,
                handed_out,
                sum(k.kits for k in given if k.kind == REPLACEMENT and k.reason == key),
            )
            for key, label in REASONS.items()
        }
        self.trained = _spin(self.tr("Kits given with training"), handed_out, sum(k.kits for k in given if k.trained))
        form = QFormLayout()
        form.addRow(self.tr("First kits"), self.first)
        replaced = QGroupBox(self.tr("Replacement kits, by why"))
        reasons = QFormLayout(replaced)
        for key, label in REASONS.items():
            reasons.addRow(label, self.reasons[key])
        trained = QFormLayout()
        trained.addRow(self.tr("Of all these, people trained today"), self.trained)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(self.tr("%n naloxone kit(s) handed out on this shift. Leave unknown ones at 0.", "", handed_out))
        )
        layout.addLayout(form)
        layout.addWidget(replaced)
        layout.addLayout(trained)
        layout.addWidget(buttons)

    def kits(self) -> tuple[KitGiven, ...]:
        """Kit lines for core: training goes to first kits first (they are the ones taught), then replacements."""
        lines: list[tuple[str, str | None, int]] = [(FIRST, None, self.first.value())]
        lines += [(REPLACEMENT, key, spin.value()) for key, spin in self.reasons.items()]
        left = self.trained.value()
        result: list[KitGiven] = []
        for kind, reason, count in lines:
            if not count:
                continue
            taught = min(left, count)
            left -= taught
            if taught:
                result.append(KitGiven(kind, reason, True, taught))
            if count - taught:
                result.append(KitGiven(kind, reason, False, count - taught))
        return tuple(result)
