# Generated from ui/date_question.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel)

class Ui_DateQuestion(object):
    def setupUi(self, DateQuestion):
        if not DateQuestion.objectName():
            DateQuestion.setObjectName(u"DateQuestion")
        DateQuestion.resize(320, 100)
        self.form = QFormLayout(DateQuestion)
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.dateLabel = QLabel(DateQuestion)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.edit = QDateEdit(DateQuestion)
        self.edit.setObjectName(u"edit")
        self.edit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.edit)

        self.buttons = QDialogButtonBox(DateQuestion)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DateQuestion)

        QMetaObject.connectSlotsByName(DateQuestion)
    # setupUi

    def retranslateUi(self, DateQuestion):
        self.dateLabel.setText("")
        pass
    # retranslateUi
