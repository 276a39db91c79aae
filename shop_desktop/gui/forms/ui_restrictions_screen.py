# Generated from ui/restrictions_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RestrictionsScreen(object):
    def setupUi(self, RestrictionsScreen):
        if not RestrictionsScreen.objectName():
            RestrictionsScreen.setObjectName(u"RestrictionsScreen")
        RestrictionsScreen.resize(1000, 640)
        self.outer = QHBoxLayout(RestrictionsScreen)
        self.outer.setObjectName(u"outer")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.title = QLabel(RestrictionsScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.left.addWidget(self.title)

        self.pickerHost = QWidget(RestrictionsScreen)
        self.pickerHost.setObjectName(u"pickerHost")
        self.pickerColumn = QVBoxLayout(self.pickerHost)
        self.pickerColumn.setObjectName(u"pickerColumn")
        self.pickerColumn.setContentsMargins(0, 0, 0, 0)

        self.left.addWidget(self.pickerHost)

        self.left.setStretch(1, 1)

        self.outer.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.clientTitle = QLabel(RestrictionsScreen)
        self.clientTitle.setObjectName(u"clientTitle")

        self.right.addWidget(self.clientTitle)

        self.table = QTableView(RestrictionsScreen)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.right.addWidget(self.table)

        self.restrictRow = QHBoxLayout()
        self.restrictRow.setObjectName(u"restrictRow")
        self.restrictButton = QPushButton(RestrictionsScreen)
        self.restrictButton.setObjectName(u"restrictButton")

        self.restrictRow.addWidget(self.restrictButton)

        self.liftButton = QPushButton(RestrictionsScreen)
        self.liftButton.setObjectName(u"liftButton")

        self.restrictRow.addWidget(self.liftButton)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restrictRow.addItem(self.spacer0)


        self.right.addLayout(self.restrictRow)

        self.apartRow = QHBoxLayout()
        self.apartRow.setObjectName(u"apartRow")
        self.apartButton = QPushButton(RestrictionsScreen)
        self.apartButton.setObjectName(u"apartButton")

        self.apartRow.addWidget(self.apartButton)

        self.staffButton = QPushButton(RestrictionsScreen)
        self.staffButton.setObjectName(u"staffButton")

        self.apartRow.addWidget(self.staffButton)

        self.openedButton = QPushButton(RestrictionsScreen)
        self.openedButton.setObjectName(u"openedButton")

        self.apartRow.addWidget(self.openedButton)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.apartRow.addItem(self.spacer1)


        self.right.addLayout(self.apartRow)

        self.message = QLabel(RestrictionsScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.right.addWidget(self.message)

        self.reviewTitle = QLabel(RestrictionsScreen)
        self.reviewTitle.setObjectName(u"reviewTitle")
        self.reviewTitle.setProperty(u"heading", True)

        self.right.addWidget(self.reviewTitle)

        self.review_table = QTableView(RestrictionsScreen)
        self.review_table.setObjectName(u"review_table")
        self.review_table.setAlternatingRowColors(True)
        self.review_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.review_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.review_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.review_table.setWordWrap(False)
        self.review_table.setSortingEnabled(True)
        self.review_table.horizontalHeader().setStretchLastSection(True)
        self.review_table.verticalHeader().setVisible(False)

        self.right.addWidget(self.review_table)

        self.right.setStretch(1, 2)
        self.right.setStretch(6, 1)

        self.outer.addLayout(self.right)

        self.outer.setStretch(0, 1)
        self.outer.setStretch(1, 3)
        QWidget.setTabOrder(self.table, self.restrictButton)
        QWidget.setTabOrder(self.restrictButton, self.liftButton)
        QWidget.setTabOrder(self.liftButton, self.apartButton)
        QWidget.setTabOrder(self.apartButton, self.staffButton)
        QWidget.setTabOrder(self.staffButton, self.openedButton)
        QWidget.setTabOrder(self.openedButton, self.review_table)

        self.retranslateUi(RestrictionsScreen)

        QMetaObject.connectSlotsByName(RestrictionsScreen)
    # setupUi

    def retranslateUi(self, RestrictionsScreen):
        self.title.setText(QCoreApplication.translate("RestrictionsScreen", u"Restrictions", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("RestrictionsScreen", u"Restrictions", None))
#endif // QT_CONFIG(accessibility)
        self.clientTitle.setText(QCoreApplication.translate("RestrictionsScreen", u"Find a client on the left", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RestrictionsScreen", u"This client's restrictions", None))
#endif // QT_CONFIG(accessibility)
        self.restrictButton.setText(QCoreApplication.translate("RestrictionsScreen", u"&Restrict\u2026", None))
        self.liftButton.setText(QCoreApplication.translate("RestrictionsScreen", u"&Lift early\u2026", None))
        self.apartButton.setText(QCoreApplication.translate("RestrictionsScreen", u"&Keep apart from\u2026", None))
        self.staffButton.setText(QCoreApplication.translate("RestrictionsScreen", u"&Staff conflict\u2026", None))
        self.openedButton.setText(QCoreApplication.translate("RestrictionsScreen", u"&Who opened this file\u2026", None))
        self.message.setText("")
        self.reviewTitle.setText(QCoreApplication.translate("RestrictionsScreen", u"Due for review", None))
#if QT_CONFIG(accessibility)
        self.reviewTitle.setAccessibleName(QCoreApplication.translate("RestrictionsScreen", u"Due for review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.review_table.setAccessibleName(QCoreApplication.translate("RestrictionsScreen", u"Restrictions due for review", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
