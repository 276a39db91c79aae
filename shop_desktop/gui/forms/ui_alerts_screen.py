# Generated from ui/alerts_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_AlertsScreen(object):
    def setupUi(self, AlertsScreen):
        if not AlertsScreen.objectName():
            AlertsScreen.setObjectName(u"AlertsScreen")
        AlertsScreen.resize(1000, 660)
        self.layout = QVBoxLayout(AlertsScreen)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.title = QLabel(AlertsScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.topRow.addWidget(self.title)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.spacer0)

        self.new_button = QPushButton(AlertsScreen)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setProperty(u"primary", True)

        self.topRow.addWidget(self.new_button)


        self.layout.addLayout(self.topRow)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.alertSearch = SearchBox(AlertsScreen)
        self.alertSearch.setObjectName(u"alertSearch")
        self.alertSearch.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.alertSearch)

        self.include_archived = QCheckBox(AlertsScreen)
        self.include_archived.setObjectName(u"include_archived")

        self.searchRow.addWidget(self.include_archived)

        self.searchRow.setStretch(0, 1)

        self.layout.addLayout(self.searchRow)

        self.summary = QLabel(AlertsScreen)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty(u"subtle", True)

        self.layout.addWidget(self.summary)

        self.split = QSplitter(AlertsScreen)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.alertList = QTableView(self.split)
        self.alertList.setObjectName(u"alertList")
        self.alertList.setAlternatingRowColors(True)
        self.alertList.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.alertList.setSelectionMode(QAbstractItemView.SingleSelection)
        self.alertList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.alertList.setWordWrap(False)
        self.split.addWidget(self.alertList)
        self.alertList.horizontalHeader().setStretchLastSection(True)
        self.alertList.verticalHeader().setVisible(False)
        self.right = QWidget(self.split)
        self.right.setObjectName(u"right")
        self.rightColumn = QVBoxLayout(self.right)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser(self.right)
        self.detail.setObjectName(u"detail")
        self.detail.setOpenLinks(False)

        self.rightColumn.addWidget(self.detail)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.edit_button = QPushButton(self.right)
        self.edit_button.setObjectName(u"edit_button")

        self.actionRow.addWidget(self.edit_button)

        self.resolve_button = QPushButton(self.right)
        self.resolve_button.setObjectName(u"resolve_button")

        self.actionRow.addWidget(self.resolve_button)

        self.archive_button = QPushButton(self.right)
        self.archive_button.setObjectName(u"archive_button")

        self.actionRow.addWidget(self.archive_button)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.spacer1)


        self.rightColumn.addLayout(self.actionRow)

        self.rightColumn.setStretch(0, 1)
        self.split.addWidget(self.right)

        self.layout.addWidget(self.split)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetLabel = QLabel(AlertsScreen)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetRow.addWidget(self.sheetLabel)

        self.print_button = QPushButton(AlertsScreen)
        self.print_button.setObjectName(u"print_button")

        self.sheetRow.addWidget(self.print_button)

        self.save_pdf_button = QPushButton(AlertsScreen)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.sheetRow.addWidget(self.save_pdf_button)

        self.save_csv_button = QPushButton(AlertsScreen)
        self.save_csv_button.setObjectName(u"save_csv_button")

        self.sheetRow.addWidget(self.save_csv_button)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.spacer2)


        self.layout.addLayout(self.sheetRow)

        self.message = QLabel(AlertsScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.layout.addWidget(self.message)

        self.layout.setStretch(3, 1)
        QWidget.setTabOrder(self.alertSearch, self.include_archived)
        QWidget.setTabOrder(self.include_archived, self.new_button)
        QWidget.setTabOrder(self.new_button, self.alertList)
        QWidget.setTabOrder(self.alertList, self.detail)
        QWidget.setTabOrder(self.detail, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.resolve_button)
        QWidget.setTabOrder(self.resolve_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.save_csv_button)

        self.retranslateUi(AlertsScreen)

        QMetaObject.connectSlotsByName(AlertsScreen)
    # setupUi

    def retranslateUi(self, AlertsScreen):
        self.title.setText(QCoreApplication.translate("AlertsScreen", u"Aggressor alert", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AlertsScreen", u"Aggressor alert", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("AlertsScreen", u"&New report\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("AlertsScreen", u"Take a bad-date report (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.alertSearch.setAccessibleName(QCoreApplication.translate("AlertsScreen", u"Search the aggressor alert", None))
#endif // QT_CONFIG(accessibility)
        self.alertSearch.setPlaceholderText(QCoreApplication.translate("AlertsScreen", u"Phone number, plate, handle or words of a description\u2026", None))
        self.include_archived.setText(QCoreApplication.translate("AlertsScreen", u"Include archived", None))
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("AlertsScreen", u"What the lookup found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.alertList.setAccessibleName(QCoreApplication.translate("AlertsScreen", u"Matching alerts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("AlertsScreen", u"The chosen alert in full", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("AlertsScreen", u"&Open / edit\u2026", None))
        self.resolve_button.setText(QCoreApplication.translate("AlertsScreen", u"Mark &resolved", None))
        self.archive_button.setText(QCoreApplication.translate("AlertsScreen", u"&Archive", None))
        self.sheetLabel.setText(QCoreApplication.translate("AlertsScreen", u"The wall sheet:", None))
        self.print_button.setText(QCoreApplication.translate("AlertsScreen", u"&Print the sheet\u2026", None))
        self.save_pdf_button.setText(QCoreApplication.translate("AlertsScreen", u"Save sheet as P&DF\u2026", None))
        self.save_csv_button.setText(QCoreApplication.translate("AlertsScreen", u"Save sheet as &CSV\u2026", None))
        self.message.setText("")
        pass
    # retranslateUi
