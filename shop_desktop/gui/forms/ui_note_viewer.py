# Generated from ui/note_viewer.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NoteViewer(object):
    def setupUi(self, NoteViewer):
        if not NoteViewer.objectName():
            NoteViewer.setObjectName(u"NoteViewer")
        NoteViewer.resize(760, 560)
        NoteViewer.setMinimumSize(QSize(760, 560))
        self.layout = QVBoxLayout(NoteViewer)
        self.layout.setObjectName(u"layout")
        self.scroll = QScrollArea(NoteViewer)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setObjectName(u"content_layout")
        self.scroll.setWidget(self.content)

        self.layout.addWidget(self.scroll)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addendum_button = QPushButton(NoteViewer)
        self.addendum_button.setObjectName(u"addendum_button")

        self.buttonRow.addWidget(self.addendum_button)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer0)

        self.close = QPushButton(NoteViewer)
        self.close.setObjectName(u"close")

        self.buttonRow.addWidget(self.close)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(0, 1)
        QWidget.setTabOrder(self.scroll, self.addendum_button)
        QWidget.setTabOrder(self.addendum_button, self.close)

        self.retranslateUi(NoteViewer)

        self.close.setDefault(True)


        QMetaObject.connectSlotsByName(NoteViewer)
    # setupUi

    def retranslateUi(self, NoteViewer):
        NoteViewer.setWindowTitle(QCoreApplication.translate("NoteViewer", u"Note", None))
        self.addendum_button.setText(QCoreApplication.translate("NoteViewer", u"&Add an addendum\u2026", None))
        self.close.setText(QCoreApplication.translate("NoteViewer", u"Close", None))
    # retranslateUi
