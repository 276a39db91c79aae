# Generated from ui/retention_review.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RetentionReview(object):
    def setupUi(self, RetentionReview):
        if not RetentionReview.objectName():
            RetentionReview.setObjectName(u"RetentionReview")
        RetentionReview.resize(860, 560)
        self.outer = QVBoxLayout(RetentionReview)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.headingLabel = QLabel(RetentionReview)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.outer.addWidget(self.headingLabel)

        self.reasonsLabel = QLabel(RetentionReview)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setWordWrap(False)

        self.outer.addWidget(self.reasonsLabel)

        self.clientsLabel = QLabel(RetentionReview)
        self.clientsLabel.setObjectName(u"clientsLabel")

        self.outer.addWidget(self.clientsLabel)

        self.clientsTable = QTableView(RetentionReview)
        self.clientsTable.setObjectName(u"clientsTable")

        self.outer.addWidget(self.clientsTable)

        self.holdRow = QHBoxLayout()
        self.holdRow.setObjectName(u"holdRow")
        self.keepButton = QPushButton(RetentionReview)
        self.keepButton.setObjectName(u"keepButton")

        self.holdRow.addWidget(self.keepButton)

        self.releaseButton = QPushButton(RetentionReview)
        self.releaseButton.setObjectName(u"releaseButton")

        self.holdRow.addWidget(self.releaseButton)

        self.holdSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holdRow.addItem(self.holdSpacer)


        self.outer.addLayout(self.holdRow)

        self.explainLabel = QLabel(RetentionReview)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.explainLabel)

        self.progressBar = QProgressBar(RetentionReview)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.outer.addWidget(self.progressBar)

        self.statusLabel = QLabel(RetentionReview)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.outer.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.eraseButton = QPushButton(RetentionReview)
        self.eraseButton.setObjectName(u"eraseButton")
        self.eraseButton.setProperty(u"danger", True)

        self.buttonRow.addWidget(self.eraseButton)

        self.cancelButton = QPushButton(RetentionReview)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.laterButton = QPushButton(RetentionReview)
        self.laterButton.setObjectName(u"laterButton")

        self.buttonRow.addWidget(self.laterButton)


        self.outer.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.clientsLabel.setBuddy(self.clientsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.clientsTable, self.keepButton)
        QWidget.setTabOrder(self.keepButton, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.eraseButton)
        QWidget.setTabOrder(self.eraseButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.laterButton)

        self.retranslateUi(RetentionReview)

        self.eraseButton.setDefault(True)


        QMetaObject.connectSlotsByName(RetentionReview)
    # setupUi

    def retranslateUi(self, RetentionReview):
        RetentionReview.setWindowTitle(QCoreApplication.translate("RetentionReview", u"Records due under the retention policy", None))
        self.headingLabel.setText(QCoreApplication.translate("RetentionReview", u"Records due under the retention policy", None))
        self.reasonsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.reasonsLabel.setAccessibleName(QCoreApplication.translate("RetentionReview", u"What is due and why", None))
#endif // QT_CONFIG(accessibility)
        self.clientsLabel.setText(QCoreApplication.translate("RetentionReview", u"&Clients whose identity will be erased (select one to keep it back)", None))
#if QT_CONFIG(accessibility)
        self.clientsTable.setAccessibleName(QCoreApplication.translate("RetentionReview", u"Clients due for erasure", None))
#endif // QT_CONFIG(accessibility)
        self.keepButton.setText(QCoreApplication.translate("RetentionReview", u"&Keep back\u2026", None))
#if QT_CONFIG(tooltip)
        self.keepButton.setToolTip(QCoreApplication.translate("RetentionReview", u"Keep this client past the retention period (a legal hold, an open matter), with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.releaseButton.setText(QCoreApplication.translate("RetentionReview", u"&Release hold", None))
        self.explainLabel.setText(QCoreApplication.translate("RetentionReview", u"Erasing keeps every count in past and future funder reports: visits stay as anonymous visits. Identity, consents and note text are erased for good, and the database file is rewritten so no copy is left in it. Backups made before today still hold them (see Backups).", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("RetentionReview", u"Erasure progress", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("RetentionReview", u"Erasure status", None))
#endif // QT_CONFIG(accessibility)
        self.eraseButton.setText(QCoreApplication.translate("RetentionReview", u"&Erase now", None))
        self.cancelButton.setText(QCoreApplication.translate("RetentionReview", u"Stop after this &one", None))
        self.laterButton.setText(QCoreApplication.translate("RetentionReview", u"&Later", None))
#if QT_CONFIG(tooltip)
        self.laterButton.setToolTip(QCoreApplication.translate("RetentionReview", u"Close; the list is shown again at the next coordinator sign-in", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
