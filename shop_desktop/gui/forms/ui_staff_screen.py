# Generated from ui/staff_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_StaffScreen(object):
    def setupUi(self, StaffScreen):
        if not StaffScreen.objectName():
            StaffScreen.setObjectName(u"StaffScreen")
        StaffScreen.resize(900, 600)
        self.layout = QVBoxLayout(StaffScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(StaffScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.intro = QLabel(StaffScreen)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.layout.addWidget(self.intro)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.add_button = QPushButton(StaffScreen)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.add_button)

        self.roles_button = QPushButton(StaffScreen)
        self.roles_button.setObjectName(u"roles_button")

        self.buttonRow.addWidget(self.roles_button)

        self.reset_button = QPushButton(StaffScreen)
        self.reset_button.setObjectName(u"reset_button")

        self.buttonRow.addWidget(self.reset_button)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer0)

        self.disable_button = QPushButton(StaffScreen)
        self.disable_button.setObjectName(u"disable_button")
        self.disable_button.setProperty(u"danger", True)

        self.buttonRow.addWidget(self.disable_button)


        self.layout.addLayout(self.buttonRow)

        self.table = QTableView(StaffScreen)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.layout.setStretch(3, 1)
        QWidget.setTabOrder(self.add_button, self.roles_button)
        QWidget.setTabOrder(self.roles_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.disable_button)
        QWidget.setTabOrder(self.disable_button, self.table)

        self.retranslateUi(StaffScreen)

        QMetaObject.connectSlotsByName(StaffScreen)
    # setupUi

    def retranslateUi(self, StaffScreen):
        self.title.setText(QCoreApplication.translate("StaffScreen", u"Staff accounts", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("StaffScreen", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("StaffScreen", u"Disabling someone also replaces the vault's keys, so their old passphrase opens nothing. Their past entries stay in the records.", None))
        self.add_button.setText(QCoreApplication.translate("StaffScreen", u"&Add an account\u2026", None))
        self.roles_button.setText(QCoreApplication.translate("StaffScreen", u"Change r&oles\u2026", None))
        self.reset_button.setText(QCoreApplication.translate("StaffScreen", u"&Reset passphrase\u2026", None))
        self.disable_button.setText(QCoreApplication.translate("StaffScreen", u"&Disable\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("StaffScreen", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
