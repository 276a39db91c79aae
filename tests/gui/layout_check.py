"""A layout check that walks a shown widget tree and names what overlaps, clips or is crushed.

Rules (each problem is one line of plain words naming the widgets):
- clipped: a visible child's geometry falls outside its parent's rectangle. Children of a scroll
  area's viewport are exempt (scrolling is how they are reached), and so are the insides of Qt's
  compound controls (a spin box's line edit, a table's headers), which Qt lays out itself.
- overlap: two visible sibling input widgets (fields, buttons, ticks, lists) share pixels.
- crushed: a visible widget is smaller than its minimumSizeHint (a label cut off, an 8 px spin box).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QSizePolicy,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
# Qt draws and places the insides of these itself; the check looks at the control as a whole.
COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractScrollArea, QTabBar, QCalendarWidget, QLineEdit, QMenuBar)
SLACK = 1  # a pixel of rounding at fractional scale factors


def name(widget: QWidget) -> str:
    label = widget.accessibleName() or widget.objectName()
    if not label and isinstance(widget, QAbstractButton | QLabel):
        label = widget.text()
    return f"{type(widget).__name__}({label[:40]!r})"


def shown_children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.findChildren(QWidget, options=_direct()) if c.isVisible() and not c.isWindow()]


def _direct() -> object:
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _walk(widget: QWidget) -> Iterator[QWidget]:
    yield widget
    if isinstance(widget, COMPOUND) and not _is_scroll_area_with_content(widget):
        return
    for child in shown_children(widget):
        yield from _walk(child)


def _is_scroll_area_with_content(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QScrollArea

    return isinstance(widget, QScrollArea) and widget.widget() is not None


def _in_scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    grand = parent.parentWidget() if parent else None
    return isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent


def _unscrollable_overflow(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    if not isinstance(widget, QScrollArea) or widget.widget() is None:
        return False
    off = widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    return off and widget.widget().width() > widget.viewport().width() + SLACK


def _clipped(widget: QWidget) -> str | None:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _in_scroll_viewport(widget):
        return None
    if isinstance(parent, COMPOUND) and not _is_scroll_area_with_content(parent):
        return None
    if _unscrollable_overflow(widget):
        inner, seen = widget.widget().width(), widget.viewport().width()
        return f"clipped: {name(widget)}'s content is {inner} px wide in {seen} px, and it cannot scroll sideways"
    bounds = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not bounds.contains(widget.geometry()):
        return f"clipped: {name(widget)} at {_rect(widget.geometry())} outside {name(parent)} {_rect(parent.rect())}"
    return None


def _crushed(widget: QWidget) -> str | None:
    if widget.isWindow() or isinstance(widget, QStatusBar | QMenuBar):
        return None
    policy = widget.sizePolicy()
    ignored = QSizePolicy.Policy.Ignored
    hint = _least_size(widget)
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.hasHeightForWidth():
        need = widget.heightForWidth(widget.width())
        if need > widget.height() + SLACK:
            return f"crushed: {name(widget)} is {widget.height()} px tall, its text needs {need}"
        return None
    too_narrow = hint.width() > 0 and policy.horizontalPolicy() != ignored and widget.width() + SLACK < hint.width()
    too_short = hint.height() > 0 and policy.verticalPolicy() != ignored and widget.height() + SLACK < hint.height()
    if too_narrow or too_short:
        size = f"{widget.width()}x{widget.height()}"
        return f"crushed: {name(widget)} is {size}, needs at least {hint.width()}x{hint.height()}"
    return None


def _least_size(widget: QWidget) -> QSize:
    """What the widget needs to show itself whole. A fixed or explicit size doesn't lower it (a
    spin box fixed at 68 px still cuts its number); a widget at its own sizeHint is not crushed
    (QLineEdit's hint is a pixel or two under its minimum); a scrolling view needs a line and a half."""
    hint = (
        widget.minimumSizeHint().boundedTo(widget.sizeHint())
        if widget.sizeHint().isValid()
        else widget.minimumSizeHint()
    )
    if isinstance(widget, QAbstractScrollArea):  # it scrolls: Qt's 70-84 px hint is a default, not a need
        line = widget.fontMetrics().lineSpacing() + 2 * widget.frameWidth()
        hint = hint.boundedTo(QSize(8 * widget.fontMetrics().averageCharWidth(), line + line // 2))
    return hint


def _overlaps(parent: QWidget) -> Iterator[str]:
    inputs = [c for c in shown_children(parent) if isinstance(c, INPUTS)]
    for i, first in enumerate(inputs):
        for second in inputs[i + 1 :]:
            shared = first.geometry().intersected(second.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                yield f"overlap: {name(first)} and {name(second)} share {_rect(shared)}"


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"


def layout_problems(top: QWidget) -> list[str]:
    """Every clipped, overlapping or crushed widget under top (which must be shown and laid out)."""
    problems: list[str] = []
    for widget in _walk(top):
        problems.extend(p for p in (_clipped(widget), _crushed(widget)) if p)
        problems.extend(_overlaps(widget))
    return problems
