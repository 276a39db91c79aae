"""One small service for questions and messages, so tests can script the answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from shop_desktop.gui.common.widgets import remember_folder, start_folder


def message_box(parent: QWidget | None, title: str, text: str, icon_name: str) -> QMessageBox:
    """A message box with the app's own icon (not Qt's stock one), read by screen readers as its words."""
    from shop_desktop.gui.common.widgets import icon

    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setIconPixmap(icon(icon_name).pixmap(48, 48))
    box.setWindowIcon(icon(icon_name))
    return box


class Dialogs:
    """The real dialogs. Every screen gets this through its constructor."""

    def run(self, dialog: QDialog) -> bool:
        """One of the app's own dialogs, modal; True if the person accepted it (Save, Book, OK).
        What it holds in Python (dialog.saved) stays readable; the widget itself goes at the next turn."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            # A lambda connected to a child's signal holds the dialog through Qt, out of the garbage
            # collector's sight: such a dialog stayed, hidden, until its screen went (every sign-out).
            dialog.deleteLater()

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, action: str = "OK", danger: bool = False
    ) -> bool:
        box = message_box(parent, title, text, "warning" if danger else "help")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        if danger:
            yes.setProperty("danger", True)
        box.setDefaultButton(cancel if danger else yes)
        box.exec()
        return box.clickedButton() is yes

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = message_box(parent, title, text, "help")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        box = message_box(parent, title, text, "warning")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    # Each opens in the folder last chosen (else Documents), never the working folder: widgets.start_folder.
    def save_file(self, parent: QWidget | None, caption: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder() / suggested), filters)
        return _chosen(path)

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), filters)
        return _chosen(path)

    def pick_folder(self, parent: QWidget | None, caption: str) -> Path | None:
        return _chosen(QFileDialog.getExistingDirectory(parent, caption, str(start_folder())))

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, secret: bool = False, action: str = ""
    ) -> str | None:
        """One line of text; action names the OK button ("Void visit") so it says what it does."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
        if action:
            dialog.setOkButtonText(action)
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.setTextValue("")
        return text if ok else None

    def choose(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
        """The index of one item picked from a list, or None."""
        text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None


def _chosen(path: str) -> Path | None:
    if not path:
        return None
    remember_folder(Path(path))
    return Path(path)


class ScriptedDialogs(Dialogs):
    """For tests: answers come from lists; every message shown is recorded."""

    def __init__(
        self,
        confirms: list[bool] | None = None,
        paths: list[Path | None] | None = None,
        texts: list[str | None] | None = None,
    ) -> None:
        self.confirms = list(confirms or [])
        self.paths = list(paths or [])
        self.texts = list(texts or [])
        self.shown: list[tuple[str, str, str]] = []
        self.actions: list[str] = []  # the words on each question's button that says yes
        # the app's own dialogs, in order: each script fills the dialog in and says whether it was
        # accepted (after the last, dialogs really open, for tests that drive them with keys)
        self.dialog_scripts: list[Callable[[QDialog], bool]] = []

    def run(self, dialog: QDialog) -> bool:
        self.shown.append(("dialog", type(dialog).__name__, dialog.windowTitle()))
        if self.dialog_scripts:
            return self.dialog_scripts.pop(0)(dialog)
        return super().run(dialog)

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, action: str = "OK", danger: bool = False
    ) -> bool:
        self.shown.append(("confirm", title, text))
        self.actions.append(action)
        return self.confirms.pop(0) if self.confirms else False

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def _next_path(self, kind: str, caption: str) -> Path | None:
        self.shown.append((kind, caption, ""))
        return self.paths.pop(0) if self.paths else None

    def save_file(self, parent: QWidget | None, caption: str, suggested: str, filters: str) -> Path | None:
        return self._next_path("save", caption)

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        return self._next_path("open", caption)

    def pick_folder(self, parent: QWidget | None, caption: str) -> Path | None:
        return self._next_path("folder", caption)

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, secret: bool = False, action: str = ""
    ) -> str | None:
        self.shown.append(("ask", title, label))
        self.actions.append(action)
        return self.texts.pop(0) if self.texts else None

    def choose(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
        self.shown.append(("choose", title, label))
        answer = self.texts.pop(0) if self.texts else None
        return items.index(answer) if answer in items else None
