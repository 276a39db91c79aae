"""One small service for questions and messages, so tests can script the answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from shop_desktop.gui.widgets import remember_folder, start_folder


class Dialogs:
    """The real dialogs. Every screen gets this through its constructor."""

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, action: str = "OK", danger: bool = False
    ) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(box.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        if danger:
            yes.setProperty("danger", True)
        box.setDefaultButton(cancel if danger else yes)
        box.exec()
        return box.clickedButton() is yes

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    # Each opens in the folder last chosen (else Documents), never the working folder: widgets.start_folder.
    def save_file(self, parent: QWidget | None, caption: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder() / suggested), filters)
        return _chosen(path)

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), filters)
        return _chosen(path)

    def pick_folder(self, parent: QWidget | None, caption: str) -> Path | None:
        return _chosen(QFileDialog.getExistingDirectory(parent, caption, str(start_folder())))

    def ask_text(self, parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, title, label, mode)
        return text if ok else None


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

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, action: str = "OK", danger: bool = False
    ) -> bool:
        self.shown.append(("confirm", title, text))
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

    def ask_text(self, parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str | None:
        self.shown.append(("ask", title, label))
        return self.texts.pop(0) if self.texts else None
