# Generated from ui/overdose_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QTextBrowser,
    QVBoxLayout)

class Ui_OverdoseScreen(object):
    def setupUi(self, OverdoseScreen):
        if not OverdoseScreen.objectName():
            OverdoseScreen.setObjectName(u"OverdoseScreen")
        OverdoseScreen.resize(1000, 640)
        self.outer = QVBoxLayout(OverdoseScreen)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 8, 20, 8)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.headingLabel = QLabel(OverdoseScreen)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.titleRow.addWidget(self.headingLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.newButton = QPushButton(OverdoseScreen)
        self.newButton.setObjectName(u"newButton")

        self.titleRow.addWidget(self.newButton)

        self.openButton = QPushButton(OverdoseScreen)
        self.openButton.setObjectName(u"openButton")

        self.titleRow.addWidget(self.openButton)

        self.debriefButton = QPushButton(OverdoseScreen)
        self.debriefButton.setObjectName(u"debriefButton")

        self.titleRow.addWidget(self.debriefButton)

        self.addendumButton = QPushButton(OverdoseScreen)
        self.addendumButton.setObjectName(u"addendumButton")

        self.titleRow.addWidget(self.addendumButton)


        self.outer.addLayout(self.titleRow)

        self.introLabel = QLabel(OverdoseScreen)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.introLabel)

        self.body = QHBoxLayout()
        self.body.setSpacing(16)
        self.body.setObjectName(u"body")
        self.responsesTable = QTableView(OverdoseScreen)
        self.responsesTable.setObjectName(u"responsesTable")
        self.responsesTable.setAlternatingRowColors(True)
        self.responsesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.responsesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.responsesTable.setSortingEnabled(True)

        self.body.addWidget(self.responsesTable)

        self.detailView = QTextBrowser(OverdoseScreen)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setMinimumSize(QSize(220, 0))
        self.detailView.setMaximumSize(QSize(260, 16777215))

        self.body.addWidget(self.detailView)


        self.outer.addLayout(self.body)

        self.messageLabel = QLabel(OverdoseScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)


        self.retranslateUi(OverdoseScreen)

        QMetaObject.connectSlotsByName(OverdoseScreen)
    # setupUi

    def retranslateUi(self, OverdoseScreen):
        self.headingLabel.setText(QCoreApplication.translate("OverdoseScreen", u"Overdose responses", None))
        self.newButton.setText(QCoreApplication.translate("OverdoseScreen", u"&New response\u2026", None))
        self.openButton.setText(QCoreApplication.translate("OverdoseScreen", u"&Open", None))
        self.debriefButton.setText(QCoreApplication.translate("OverdoseScreen", u"De&brief held", None))
#if QT_CONFIG(tooltip)
        self.debriefButton.setToolTip(QCoreApplication.translate("OverdoseScreen", u"The staff debrief for this response was held (after it was signed)", None))
#endif // QT_CONFIG(tooltip)
        self.addendumButton.setText(QCoreApplication.translate("OverdoseScreen", u"Add &addendum\u2026", None))
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.responsesTable.setAccessibleName(QCoreApplication.translate("OverdoseScreen", u"Overdose responses", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailView.setAccessibleName(QCoreApplication.translate("OverdoseScreen", u"The response opened", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        pass
    # retranslateUi
