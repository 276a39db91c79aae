"""The take-home naloxone strip under the check-in services: ticking the kit opens it with focus.

One key says what the program asks: F first kit, or a replacement and why (U used on someone,
L lost or stolen, E expired, P taken by police, O other); T toggles "trained today"; Enter saves the
visit; Esc goes back to the services. A returning client's kit starts as a replacement and a new
client's as a first kit, so the common case costs one key (the reason) or none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from shop_desktop.core.safety.overdose_kits import FIRST, REASONS, REPLACEMENT, KitGiven
from shop_desktop.gui.common.widgets import set_kind

REASON_KEYS = {"u": "used", "l": "lost_stolen", "e": "expired", "p": "police", "o": "other"}


class KitStrip(QFrame):
    save_requested = Signal()

    def __init__(
        self, other_key: Callable[[QKeyEvent], None] | None = None, back: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("kitStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Naloxone kit: press a letter to say first kit or why it is replaced"))
        self.other_key, self.back = other_key, back
        self.kind: str | None = None
        self.reason: str | None = None
        self.trained = False
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.keys = QLabel(
            self.tr(
                "<b>F</b> first kit · replacement: <b>U</b> used on someone, <b>L</b> lost or stolen, "
                "<b>E</b> expired, <b>P</b> taken by police, <b>O</b> other · <b>T</b> trained today · "
                "<b>Esc</b> back to services"
            )
        )
        self.keys.setWordWrap(True)
        set_kind(self.keys, "subtle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(2)
        layout.addWidget(self.state)
        layout.addWidget(self.keys)
        self.hide()

    def open_for(self, kind: str | None) -> None:
        """Shown when the kit is ticked, starting from what is most likely (None: not known)."""
        self.kind, self.reason, self.trained = kind, None, False
        self._show_state()
        self.show()
        self.setFocus()

    def close_strip(self) -> None:
        self.kind, self.reason, self.trained = None, None, False
        self.hide()

    def kit(self) -> KitGiven | None:
        """What to record with the visit, or None when nothing was said (or no kit is ticked)."""
        if self.isHidden() or self.kind is None:
            return None
        return KitGiven(self.kind, self.reason if self.kind == REPLACEMENT else None, self.trained)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text().lower()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
        elif event.key() == Qt.Key.Key_Escape and self.back is not None:
            self.back()
            return
        elif text == "f":
            self.kind, self.reason = FIRST, None
        elif text in REASON_KEYS:
            self.kind, self.reason = REPLACEMENT, REASON_KEYS[text]
        elif text == "r":
            self.kind, self.reason = REPLACEMENT, None
        elif text == "t":
            self.trained = not self.trained
        elif self.other_key is not None and text:
            self.other_key(event)  # another service's key: tick it as the panel would
            return
        else:
            super().keyPressEvent(event)
            return
        self._show_state()

    def _show_state(self) -> None:
        if self.kind is None:
            words = self.tr("Naloxone kit: <b>first kit or replacement?</b> (optional)")
        elif self.kind == FIRST:
            words = self.tr("Naloxone kit: <b>first kit</b>")
        elif self.reason is None:
            words = self.tr("Naloxone kit: <b>replacement</b> — why? (one key below)")
        else:
            words = self.tr("Naloxone kit: <b>replacement</b> — %s") % REASONS[self.reason].lower()
        if self.trained:
            words += self.tr(" · <b>trained today</b>")
        self.state.setText(words)
