# Generated from ui/roles_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QVBoxLayout, QWidget)

class Ui_RolesDialog(object):
    def setupUi(self, RolesDialog):
        if not RolesDialog.objectName():
            RolesDialog.setObjectName(u"RolesDialog")
        RolesDialog.resize(520, 160)
        self.layout = QVBoxLayout(RolesDialog)
        self.layout.setObjectName(u"layout")
        self.rolesHost = QWidget(RolesDialog)
        self.rolesHost.setObjectName(u"rolesHost")

        self.layout.addWidget(self.rolesHost)

        self.error = QLabel(RolesDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"subtle", True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(RolesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(RolesDialog)

        QMetaObject.connectSlotsByName(RolesDialog)
    # setupUi

    def retranslateUi(self, RolesDialog):
        RolesDialog.setWindowTitle(QCoreApplication.translate("RolesDialog", u"Roles", None))
        self.error.setText(QCoreApplication.translate("RolesDialog", u"Counsellor and coordinator can read counselling notes.", None))
    # retranslateUi
