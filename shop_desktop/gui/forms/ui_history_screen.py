# Generated from ui/history_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_HistoryScreen(object):
    def setupUi(self, HistoryScreen):
        if not HistoryScreen.objectName():
            HistoryScreen.setObjectName(u"HistoryScreen")
        HistoryScreen.resize(1000, 640)
        self.layout = QVBoxLayout(HistoryScreen)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(HistoryScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.pickerHost = QWidget(self.splitter)
        self.pickerHost.setObjectName(u"pickerHost")
        self.pickerColumn = QVBoxLayout(self.pickerHost)
        self.pickerColumn.setObjectName(u"pickerColumn")
        self.pickerColumn.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.pickerHost)
        self.right = QWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.rightColumn = QVBoxLayout(self.right)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.right)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.rightColumn.addWidget(self.title)

        self.summary = QLabel(self.right)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty(u"subtle", True)

        self.rightColumn.addWidget(self.summary)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.new_note = QPushButton(self.right)
        self.new_note.setObjectName(u"new_note")
        self.new_note.setProperty(u"primary", True)

        self.actionRow.addWidget(self.new_note)

        self.open_note = QPushButton(self.right)
        self.open_note.setObjectName(u"open_note")

        self.actionRow.addWidget(self.open_note)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.spacer0)


        self.rightColumn.addLayout(self.actionRow)

        self.message = QLabel(self.right)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.rightColumn.addWidget(self.message)

        self.table = QTableView(self.right)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)

        self.rightColumn.addWidget(self.table)

        self.rightColumn.setStretch(4, 1)
        self.splitter.addWidget(self.right)

        self.layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.new_note, self.open_note)
        QWidget.setTabOrder(self.open_note, self.table)

        self.retranslateUi(HistoryScreen)

        QMetaObject.connectSlotsByName(HistoryScreen)
    # setupUi

    def retranslateUi(self, HistoryScreen):
        self.title.setText(QCoreApplication.translate("HistoryScreen", u"Client history", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("HistoryScreen", u"Client history", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText(QCoreApplication.translate("HistoryScreen", u"Find a client on the left to see their visits, programs and notes.", None))
        self.new_note.setText(QCoreApplication.translate("HistoryScreen", u"&New note\u2026", None))
        self.open_note.setText(QCoreApplication.translate("HistoryScreen", u"&Open note", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryScreen", u"Client history", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
