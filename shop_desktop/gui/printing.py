"""Print a PDF made in memory through Qt's print dialog, without writing it to disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def load_pdf(pdf_bytes: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument read from memory (for preview or printing); no temp file is written."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document.setProperty("_buffer", buffer)  # keep the buffer alive as long as the document
    return document


def print_pdf(parent: QWidget, pdf_bytes: bytes, title: str) -> bool:
    """Show the print dialog and print every page; True if it was sent to a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print %s") % title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_to_printer(load_pdf(pdf_bytes, parent), printer)
    return True


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> None:
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
