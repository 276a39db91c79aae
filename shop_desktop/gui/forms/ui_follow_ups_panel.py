# Generated from ui/follow_ups_panel.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_FollowUpsPanel(object):
    def setupUi(self, FollowUpsPanel):
        if not FollowUpsPanel.objectName():
            FollowUpsPanel.setObjectName(u"FollowUpsPanel")
        FollowUpsPanel.resize(900, 500)
        self.layout = QVBoxLayout(FollowUpsPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 8, 0, 0)
        self.whoseRow = QHBoxLayout()
        self.whoseRow.setObjectName(u"whoseRow")
        self.mine = QRadioButton(FollowUpsPanel)
        self.mine.setObjectName(u"mine")
        self.mine.setChecked(True)

        self.whoseRow.addWidget(self.mine)

        self.everyone = QRadioButton(FollowUpsPanel)
        self.everyone.setObjectName(u"everyone")

        self.whoseRow.addWidget(self.everyone)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whoseRow.addItem(self.spacer0)

        self.outcome_button = QPushButton(FollowUpsPanel)
        self.outcome_button.setObjectName(u"outcome_button")
        self.outcome_button.setProperty(u"primary", True)

        self.whoseRow.addWidget(self.outcome_button)

        self.print_button = QPushButton(FollowUpsPanel)
        self.print_button.setObjectName(u"print_button")

        self.whoseRow.addWidget(self.print_button)

        self.save_button = QPushButton(FollowUpsPanel)
        self.save_button.setObjectName(u"save_button")

        self.whoseRow.addWidget(self.save_button)


        self.layout.addLayout(self.whoseRow)

        self.message = QLabel(FollowUpsPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)
        self.message.setVisible(False)

        self.layout.addWidget(self.message)

        self.empty = QLabel(FollowUpsPanel)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"subtle", True)

        self.layout.addWidget(self.empty)

        self.table = QTableView(FollowUpsPanel)
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

        self.layout.setStretch(3, 1)
        QWidget.setTabOrder(self.mine, self.everyone)
        QWidget.setTabOrder(self.everyone, self.outcome_button)
        QWidget.setTabOrder(self.outcome_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.table)

        self.retranslateUi(FollowUpsPanel)

        QMetaObject.connectSlotsByName(FollowUpsPanel)
    # setupUi

    def retranslateUi(self, FollowUpsPanel):
        self.mine.setText(QCoreApplication.translate("FollowUpsPanel", u"&Mine", None))
        self.everyone.setText(QCoreApplication.translate("FollowUpsPanel", u"&Everyone's", None))
        self.outcome_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Record outcome\u2026", None))
        self.print_button.setText(QCoreApplication.translate("FollowUpsPanel", u"&Print slip\u2026", None))
        self.save_button.setText(QCoreApplication.translate("FollowUpsPanel", u"Save as P&DF\u2026", None))
        self.message.setText("")
        self.empty.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("FollowUpsPanel", u"Follow-ups due", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
