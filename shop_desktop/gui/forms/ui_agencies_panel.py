# Generated from ui/agencies_panel.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_AgenciesPanel(object):
    def setupUi(self, AgenciesPanel):
        if not AgenciesPanel.objectName():
            AgenciesPanel.setObjectName(u"AgenciesPanel")
        AgenciesPanel.resize(900, 500)
        self.layout = QVBoxLayout(AgenciesPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 8, 0, 0)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.search = SearchBox(AgenciesPanel)
        self.search.setObjectName(u"search")

        self.topRow.addWidget(self.search)

        self.category = QComboBox(AgenciesPanel)
        self.category.setObjectName(u"category")

        self.topRow.addWidget(self.category)

        self.show_retired = QCheckBox(AgenciesPanel)
        self.show_retired.setObjectName(u"show_retired")

        self.topRow.addWidget(self.show_retired)

        self.topRow.setStretch(0, 1)

        self.layout.addLayout(self.topRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.addButton = QPushButton(AgenciesPanel)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setProperty(u"primary", True)

        self.actionRow.addWidget(self.addButton)

        self.editButton = QPushButton(AgenciesPanel)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.retireButton = QPushButton(AgenciesPanel)
        self.retireButton.setObjectName(u"retireButton")

        self.actionRow.addWidget(self.retireButton)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.spacer0)

        self.importButton = QPushButton(AgenciesPanel)
        self.importButton.setObjectName(u"importButton")

        self.actionRow.addWidget(self.importButton)

        self.exportButton = QPushButton(AgenciesPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.actionRow.addWidget(self.exportButton)


        self.layout.addLayout(self.actionRow)

        self.message = QLabel(AgenciesPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)
        self.message.setVisible(False)

        self.layout.addWidget(self.message)

        self.empty = QLabel(AgenciesPanel)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"subtle", True)

        self.layout.addWidget(self.empty)

        self.table = QTableView(AgenciesPanel)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.details = QLabel(AgenciesPanel)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setProperty(u"subtle", True)

        self.layout.addWidget(self.details)

        self.layout.setStretch(4, 1)
        QWidget.setTabOrder(self.search, self.category)
        QWidget.setTabOrder(self.category, self.show_retired)
        QWidget.setTabOrder(self.show_retired, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.table)

        self.retranslateUi(AgenciesPanel)

        QMetaObject.connectSlotsByName(AgenciesPanel)
    # setupUi

    def retranslateUi(self, AgenciesPanel):
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("AgenciesPanel", u"Find an agency", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("AgenciesPanel", u"Find an agency by name\u2026", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("AgenciesPanel", u"Kind of agency", None))
#endif // QT_CONFIG(accessibility)
        self.show_retired.setText(QCoreApplication.translate("AgenciesPanel", u"Show retired", None))
        self.addButton.setText(QCoreApplication.translate("AgenciesPanel", u"&Add an agency\u2026", None))
        self.editButton.setText(QCoreApplication.translate("AgenciesPanel", u"&Edit\u2026", None))
        self.retireButton.setText(QCoreApplication.translate("AgenciesPanel", u"Re&tire / restore", None))
        self.importButton.setText(QCoreApplication.translate("AgenciesPanel", u"&Import CSV\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("AgenciesPanel", u"E&xport CSV\u2026", None))
        self.message.setText("")
        self.empty.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AgenciesPanel", u"Partner agencies", None))
#endif // QT_CONFIG(accessibility)
        self.details.setText("")
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("AgenciesPanel", u"Agency details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
