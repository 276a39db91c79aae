# Generated from ui/outcome_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import ElidedLabel

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        OutcomeDialog.resize(560, 300)
        OutcomeDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(OutcomeDialog)
        self.layout.setObjectName(u"layout")
        self.who = ElidedLabel(OutcomeDialog)
        self.who.setObjectName(u"who")

        self.layout.addWidget(self.who)

        self.reasonNote = QLabel(OutcomeDialog)
        self.reasonNote.setObjectName(u"reasonNote")
        self.reasonNote.setWordWrap(True)
        self.reasonNote.setProperty(u"subtle", True)

        self.layout.addWidget(self.reasonNote)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.statusLabel = QLabel(OutcomeDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(OutcomeDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.outcomeLabel = QLabel(OutcomeDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QPlainTextEdit(OutcomeDialog)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumSize(QSize(0, 76))
        self.outcome.setMaximumSize(QSize(16777215, 76))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.followUpLabel = QLabel(OutcomeDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.follow_up = QDateEdit(OutcomeDialog)
        self.follow_up.setObjectName(u"follow_up")
        self.follow_up.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.follow_up)


        self.layout.addLayout(self.form)

        self.error = QLabel(OutcomeDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(OutcomeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.outcomeLabel.setBuddy(self.outcome)
        self.followUpLabel.setBuddy(self.follow_up)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.outcome)
        QWidget.setTabOrder(self.outcome, self.follow_up)

        self.retranslateUi(OutcomeDialog)

        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"Follow up referral", None))
        self.reasonNote.setText("")
        self.statusLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&What came of it", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"What came of it", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Remark", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Outcome remark", None))
#endif // QT_CONFIG(accessibility)
        self.outcome.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"Optional, e.g. went on Tuesday, has a second appointment", None))
        self.followUpLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Next follow-up", None))
#if QT_CONFIG(accessibility)
        self.follow_up.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Next follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
    # retranslateUi
