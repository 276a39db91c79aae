# Generated from ui/restriction_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout,
    QWidget)

class Ui_RestrictionDialog(object):
    def setupUi(self, RestrictionDialog):
        if not RestrictionDialog.objectName():
            RestrictionDialog.setObjectName(u"RestrictionDialog")
        RestrictionDialog.resize(560, 420)
        self.layout = QVBoxLayout(RestrictionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.scopeLabel = QLabel(RestrictionDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QComboBox(RestrictionDialog)
        self.scope.setObjectName(u"scope")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scope)

        self.startsLabel = QLabel(RestrictionDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.starts = QDateEdit(RestrictionDialog)
        self.starts.setObjectName(u"starts")
        self.starts.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.starts)

        self.endsLabel = QLabel(RestrictionDialog)
        self.endsLabel.setObjectName(u"endsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.ends = QDateEdit(RestrictionDialog)
        self.ends.setObjectName(u"ends")
        self.ends.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends)

        self.until_reviewed = QCheckBox(RestrictionDialog)
        self.until_reviewed.setObjectName(u"until_reviewed")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.until_reviewed)

        self.reviewLabel = QLabel(RestrictionDialog)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.review = QDateEdit(RestrictionDialog)
        self.review.setObjectName(u"review")
        self.review.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.review)

        self.reasonLabel = QLabel(RestrictionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(RestrictionDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason)

        self.noteLabel = QLabel(RestrictionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(RestrictionDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.message = QLabel(RestrictionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(RestrictionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scope)
        self.startsLabel.setBuddy(self.starts)
        self.endsLabel.setBuddy(self.ends)
        self.reviewLabel.setBuddy(self.review)
        self.reasonLabel.setBuddy(self.reason)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scope, self.starts)
        QWidget.setTabOrder(self.starts, self.ends)
        QWidget.setTabOrder(self.ends, self.until_reviewed)
        QWidget.setTabOrder(self.until_reviewed, self.review)
        QWidget.setTabOrder(self.review, self.reason)
        QWidget.setTabOrder(self.reason, self.note)

        self.retranslateUi(RestrictionDialog)

        QMetaObject.connectSlotsByName(RestrictionDialog)
    # setupUi

    def retranslateUi(self, RestrictionDialog):
        RestrictionDialog.setWindowTitle(QCoreApplication.translate("RestrictionDialog", u"Restrict a client", None))
        self.scopeLabel.setText(QCoreApplication.translate("RestrictionDialog", u"&Covers", None))
#if QT_CONFIG(accessibility)
        self.scope.setAccessibleName(QCoreApplication.translate("RestrictionDialog", u"What the restriction covers", None))
#endif // QT_CONFIG(accessibility)
        self.startsLabel.setText(QCoreApplication.translate("RestrictionDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.starts.setAccessibleName(QCoreApplication.translate("RestrictionDialog", u"First day of the restriction", None))
#endif // QT_CONFIG(accessibility)
        self.endsLabel.setText(QCoreApplication.translate("RestrictionDialog", u"&Ends on", None))
#if QT_CONFIG(accessibility)
        self.ends.setAccessibleName(QCoreApplication.translate("RestrictionDialog", u"First day they may come again", None))
#endif // QT_CONFIG(accessibility)
        self.until_reviewed.setText(QCoreApplication.translate("RestrictionDialog", u"&Until reviewed (no end date)", None))
        self.reviewLabel.setText(QCoreApplication.translate("RestrictionDialog", u"Re&view on", None))
#if QT_CONFIG(accessibility)
        self.review.setAccessibleName(QCoreApplication.translate("RestrictionDialog", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RestrictionDialog", u"Rea&son", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("RestrictionDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("RestrictionDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("RestrictionDialog", u"Note for clinical staff and the coordinator", None))
#endif // QT_CONFIG(accessibility)
        self.note.setPlaceholderText(QCoreApplication.translate("RestrictionDialog", u"What happened and the plan (only clinical staff and the coordinator see this)", None))
        self.message.setText("")
    # retranslateUi
