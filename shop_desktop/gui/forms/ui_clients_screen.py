# Generated from ui/clients_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_ClientsScreen(object):
    def setupUi(self, ClientsScreen):
        if not ClientsScreen.objectName():
            ClientsScreen.setObjectName(u"ClientsScreen")
        ClientsScreen.resize(1000, 640)
        self.layout = QVBoxLayout(ClientsScreen)
        self.layout.setObjectName(u"layout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(ClientsScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.titleRow.addWidget(self.title)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.spacer0)

        self.mergeButton = QPushButton(ClientsScreen)
        self.mergeButton.setObjectName(u"mergeButton")

        self.titleRow.addWidget(self.mergeButton)

        self.purgeButton = QPushButton(ClientsScreen)
        self.purgeButton.setObjectName(u"purgeButton")
        self.purgeButton.setProperty(u"danger", True)

        self.titleRow.addWidget(self.purgeButton)


        self.layout.addLayout(self.titleRow)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.search = SearchBox(ClientsScreen)
        self.search.setObjectName(u"search")

        self.searchRow.addWidget(self.search)

        self.show_archived = QCheckBox(ClientsScreen)
        self.show_archived.setObjectName(u"show_archived")

        self.searchRow.addWidget(self.show_archived)

        self.searchRow.setStretch(0, 1)

        self.layout.addLayout(self.searchRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.newButton = QPushButton(ClientsScreen)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"primary", True)

        self.actionRow.addWidget(self.newButton)

        self.editButton = QPushButton(ClientsScreen)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.archiveButton = QPushButton(ClientsScreen)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionRow.addWidget(self.archiveButton)

        self.withdrawButton = QPushButton(ClientsScreen)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.actionRow.addWidget(self.withdrawButton)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.spacer1)


        self.layout.addLayout(self.actionRow)

        self.message = QLabel(ClientsScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.layout.addWidget(self.message)

        self.empty = QLabel(ClientsScreen)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"subtle", True)

        self.layout.addWidget(self.empty)

        self.table = QTableView(ClientsScreen)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.layout.setStretch(5, 1)
        QWidget.setTabOrder(self.search, self.show_archived)
        QWidget.setTabOrder(self.show_archived, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.withdrawButton)
        QWidget.setTabOrder(self.withdrawButton, self.table)
        QWidget.setTabOrder(self.table, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.purgeButton)

        self.retranslateUi(ClientsScreen)

        QMetaObject.connectSlotsByName(ClientsScreen)
    # setupUi

    def retranslateUi(self, ClientsScreen):
        self.title.setText(QCoreApplication.translate("ClientsScreen", u"Clients", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Clients", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("ClientsScreen", u"&Merge two records\u2026", None))
        self.purgeButton.setText(QCoreApplication.translate("ClientsScreen", u"Era&se on request\u2026", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Search clients", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ClientsScreen", u"Type an alias or client code\u2026", None))
        self.show_archived.setText(QCoreApplication.translate("ClientsScreen", u"Include archived records", None))
        self.newButton.setText(QCoreApplication.translate("ClientsScreen", u"&Register a client\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ClientsScreen", u"&Edit\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("ClientsScreen", u"&Archive / restore", None))
        self.withdrawButton.setText(QCoreApplication.translate("ClientsScreen", u"Consent &withdrawn\u2026", None))
        self.message.setText("")
        self.empty.setText(QCoreApplication.translate("ClientsScreen", u"Type part of an alias or a code to find a client.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ClientsScreen", u"Clients found", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
