# Generated from ui/access_requests.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AccessRequestsScreen(object):
    def setupUi(self, AccessRequestsScreen):
        if not AccessRequestsScreen.objectName():
            AccessRequestsScreen.setObjectName(u"AccessRequestsScreen")
        AccessRequestsScreen.resize(900, 620)
        self.outer = QVBoxLayout(AccessRequestsScreen)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 20, 24, 20)
        self.headingLabel = QLabel(AccessRequestsScreen)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.outer.addWidget(self.headingLabel)

        self.introLabel = QLabel(AccessRequestsScreen)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.introLabel)

        self.body = QHBoxLayout()
        self.body.setSpacing(16)
        self.body.setObjectName(u"body")
        self.newGroup = QGroupBox(AccessRequestsScreen)
        self.newGroup.setObjectName(u"newGroup")
        self.newGroup.setMinimumSize(QSize(220, 0))
        self.newGroup.setMaximumSize(QSize(240, 16777215))
        self.newLayout = QVBoxLayout(self.newGroup)
        self.newLayout.setObjectName(u"newLayout")
        self.clientLabel = QLabel(self.newGroup)
        self.clientLabel.setObjectName(u"clientLabel")

        self.newLayout.addWidget(self.clientLabel)

        self.pickerHost = QWidget(self.newGroup)
        self.pickerHost.setObjectName(u"pickerHost")
        self.pickerHost.setMinimumSize(QSize(0, 160))

        self.newLayout.addWidget(self.pickerHost)

        self.chosenLabel = QLabel(self.newGroup)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setWordWrap(True)
        self.chosenLabel.setProperty(u"subtle", True)

        self.newLayout.addWidget(self.chosenLabel)

        self.receivedLabel = QLabel(self.newGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.newLayout.addWidget(self.receivedLabel)

        self.receivedEdit = QDateEdit(self.newGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.newLayout.addWidget(self.receivedEdit)

        self.logButton = QPushButton(self.newGroup)
        self.logButton.setObjectName(u"logButton")
        self.logButton.setProperty(u"primary", True)
        self.logButton.setEnabled(False)

        self.newLayout.addWidget(self.logButton)

        self.newSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newLayout.addItem(self.newSpacer)


        self.body.addWidget(self.newGroup)

        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.requestsTable = QTableView(AccessRequestsScreen)
        self.requestsTable.setObjectName(u"requestsTable")
        self.requestsTable.setAlternatingRowColors(True)
        self.requestsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.requestsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.requestsTable.setSortingEnabled(True)

        self.listLayout.addWidget(self.requestsTable)

        self.answeredCheck = QCheckBox(AccessRequestsScreen)
        self.answeredCheck.setObjectName(u"answeredCheck")

        self.listLayout.addWidget(self.answeredCheck)

        self.actions = QGridLayout()
        self.actions.setObjectName(u"actions")
        self.reviewButton = QPushButton(AccessRequestsScreen)
        self.reviewButton.setObjectName(u"reviewButton")

        self.actions.addWidget(self.reviewButton, 0, 0, 1, 1)

        self.printButton = QPushButton(AccessRequestsScreen)
        self.printButton.setObjectName(u"printButton")

        self.actions.addWidget(self.printButton, 0, 1, 1, 1)

        self.saveButton = QPushButton(AccessRequestsScreen)
        self.saveButton.setObjectName(u"saveButton")

        self.actions.addWidget(self.saveButton, 1, 0, 1, 1)

        self.correctionButton = QPushButton(AccessRequestsScreen)
        self.correctionButton.setObjectName(u"correctionButton")

        self.actions.addWidget(self.correctionButton, 1, 1, 1, 1)

        self.withdrawButton = QPushButton(AccessRequestsScreen)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.actions.addWidget(self.withdrawButton, 1, 2, 1, 1)


        self.listLayout.addLayout(self.actions)


        self.body.addLayout(self.listLayout)

        self.body.setStretch(1, 1)

        self.outer.addLayout(self.body)

        self.messageLabel = QLabel(AccessRequestsScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.receivedLabel.setBuddy(self.receivedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccessRequestsScreen)

        QMetaObject.connectSlotsByName(AccessRequestsScreen)
    # setupUi

    def retranslateUi(self, AccessRequestsScreen):
        self.headingLabel.setText(QCoreApplication.translate("AccessRequestsScreen", u"Access requests", None))
        self.introLabel.setText(QCoreApplication.translate("AccessRequestsScreen", u"A person may ask for their own record. The centre answers within 30 days: a counsellor or coordinator reviews it for other people's information, then you print it or save it for them.", None))
        self.newGroup.setTitle(QCoreApplication.translate("AccessRequestsScreen", u"New request", None))
        self.clientLabel.setText(QCoreApplication.translate("AccessRequestsScreen", u"&Client who asked", None))
        self.chosenLabel.setText(QCoreApplication.translate("AccessRequestsScreen", u"No client chosen yet.", None))
        self.receivedLabel.setText(QCoreApplication.translate("AccessRequestsScreen", u"Date &received", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("AccessRequestsScreen", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.receivedEdit.setAccessibleName(QCoreApplication.translate("AccessRequestsScreen", u"Date the request was received", None))
#endif // QT_CONFIG(accessibility)
        self.logButton.setText(QCoreApplication.translate("AccessRequestsScreen", u"&Log request", None))
#if QT_CONFIG(accessibility)
        self.requestsTable.setAccessibleName(QCoreApplication.translate("AccessRequestsScreen", u"Access requests", None))
#endif // QT_CONFIG(accessibility)
        self.answeredCheck.setText(QCoreApplication.translate("AccessRequestsScreen", u"Show &answered and withdrawn requests", None))
        self.reviewButton.setText(QCoreApplication.translate("AccessRequestsScreen", u"Review &severing\u2026", None))
        self.printButton.setText(QCoreApplication.translate("AccessRequestsScreen", u"&Print record\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("AccessRequestsScreen", u"Save PDF and &JSON\u2026", None))
        self.correctionButton.setText(QCoreApplication.translate("AccessRequestsScreen", u"Add c&orrection\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("AccessRequestsScreen", u"&Withdraw", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi
