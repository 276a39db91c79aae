# Generated from ui/addendum_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AddendumDialog(object):
    def setupUi(self, AddendumDialog):
        if not AddendumDialog.objectName():
            AddendumDialog.setObjectName(u"AddendumDialog")
        AddendumDialog.resize(560, 320)
        AddendumDialog.setMinimumSize(QSize(560, 320))
        self.layout = QVBoxLayout(AddendumDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AddendumDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.layout.addWidget(self.intro)

        self.body = QPlainTextEdit(AddendumDialog)
        self.body.setObjectName(u"body")

        self.layout.addWidget(self.body)

        self.error = QLabel(AddendumDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.layout.addWidget(self.error)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.spacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer3)

        self.cancel = QPushButton(AddendumDialog)
        self.cancel.setObjectName(u"cancel")
        self.cancel.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancel)

        self.save_button = QPushButton(AddendumDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.save_button)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.body, self.cancel)
        QWidget.setTabOrder(self.cancel, self.save_button)

        self.retranslateUi(AddendumDialog)

        QMetaObject.connectSlotsByName(AddendumDialog)
    # setupUi

    def retranslateUi(self, AddendumDialog):
        AddendumDialog.setWindowTitle(QCoreApplication.translate("AddendumDialog", u"Add an addendum", None))
        self.intro.setText(QCoreApplication.translate("AddendumDialog", u"An addendum is signed as soon as you save it, and can't be changed.", None))
#if QT_CONFIG(accessibility)
        self.body.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Addendum text", None))
#endif // QT_CONFIG(accessibility)
        self.body.setPlaceholderText(QCoreApplication.translate("AddendumDialog", u"The correction or addition, as it should be read beneath the note.", None))
        self.error.setText("")
        self.cancel.setText(QCoreApplication.translate("AddendumDialog", u"Cancel", None))
        self.save_button.setText(QCoreApplication.translate("AddendumDialog", u"&Sign addendum", None))
    # retranslateUi
