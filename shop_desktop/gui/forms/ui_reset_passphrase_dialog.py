# Generated from ui/reset_passphrase_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QVBoxLayout, QWidget)

class Ui_ResetPassphraseDialog(object):
    def setupUi(self, ResetPassphraseDialog):
        if not ResetPassphraseDialog.objectName():
            ResetPassphraseDialog.setObjectName(u"ResetPassphraseDialog")
        ResetPassphraseDialog.resize(520, 240)
        self.layout = QVBoxLayout(ResetPassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.newPassphraseHost = QWidget(ResetPassphraseDialog)
        self.newPassphraseHost.setObjectName(u"newPassphraseHost")

        self.layout.addWidget(self.newPassphraseHost)

        self.error = QLabel(ResetPassphraseDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"subtle", True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ResetPassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ResetPassphraseDialog)

        QMetaObject.connectSlotsByName(ResetPassphraseDialog)
    # setupUi

    def retranslateUi(self, ResetPassphraseDialog):
        ResetPassphraseDialog.setWindowTitle(QCoreApplication.translate("ResetPassphraseDialog", u"New passphrase", None))
        self.error.setText("")
    # retranslateUi
