# Generated from ui/client_referrals_panel.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import ElidedLabel

class Ui_ClientReferralsPanel(object):
    def setupUi(self, ClientReferralsPanel):
        if not ClientReferralsPanel.objectName():
            ClientReferralsPanel.setObjectName(u"ClientReferralsPanel")
        ClientReferralsPanel.resize(900, 500)
        self.layout = QVBoxLayout(ClientReferralsPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 8, 0, 0)
        self.splitter = QSplitter(ClientReferralsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.pickerHost = QWidget(self.splitter)
        self.pickerHost.setObjectName(u"pickerHost")
        self.pickerHost.setMinimumSize(QSize(200, 0))
        self.pickerColumn = QVBoxLayout(self.pickerHost)
        self.pickerColumn.setObjectName(u"pickerColumn")
        self.pickerColumn.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.pickerHost)
        self.right = QWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.rightColumn = QVBoxLayout(self.right)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 0, 0)
        self.title = ElidedLabel(self.right)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.rightColumn.addWidget(self.title)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.new_button = QPushButton(self.right)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setProperty(u"primary", True)

        self.actionRow.addWidget(self.new_button)

        self.outcome_button = QPushButton(self.right)
        self.outcome_button.setObjectName(u"outcome_button")

        self.actionRow.addWidget(self.outcome_button)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.spacer1)


        self.rightColumn.addLayout(self.actionRow)

        self.message = QLabel(self.right)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)
        self.message.setVisible(False)

        self.rightColumn.addWidget(self.message)

        self.empty = QLabel(self.right)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"subtle", True)

        self.rightColumn.addWidget(self.empty)

        self.table = QTableView(self.right)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.rightColumn.addWidget(self.table)

        self.slipRow = QHBoxLayout()
        self.slipRow.setObjectName(u"slipRow")
        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slipRow.addItem(self.spacer2)

        self.print_button = QPushButton(self.right)
        self.print_button.setObjectName(u"print_button")

        self.slipRow.addWidget(self.print_button)

        self.save_button = QPushButton(self.right)
        self.save_button.setObjectName(u"save_button")

        self.slipRow.addWidget(self.save_button)


        self.rightColumn.addLayout(self.slipRow)

        self.rightColumn.setStretch(4, 1)
        self.splitter.addWidget(self.right)

        self.layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.new_button, self.outcome_button)
        QWidget.setTabOrder(self.outcome_button, self.table)
        QWidget.setTabOrder(self.table, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)

        self.retranslateUi(ClientReferralsPanel)

        QMetaObject.connectSlotsByName(ClientReferralsPanel)
    # setupUi

    def retranslateUi(self, ClientReferralsPanel):
        self.new_button.setText(QCoreApplication.translate("ClientReferralsPanel", u"&New referral\u2026", None))
        self.outcome_button.setText(QCoreApplication.translate("ClientReferralsPanel", u"&Record outcome\u2026", None))
        self.message.setText("")
        self.empty.setText(QCoreApplication.translate("ClientReferralsPanel", u"Find the client, then New referral.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ClientReferralsPanel", u"This client's referrals", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("ClientReferralsPanel", u"&Print slip\u2026", None))
        self.save_button.setText(QCoreApplication.translate("ClientReferralsPanel", u"Save as P&DF\u2026", None))
        pass
    # retranslateUi
