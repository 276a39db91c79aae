# Generated from ui/staff_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(560, 420)
        self.outer = QVBoxLayout(StaffDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.usernameLabel = QLabel(StaffDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(StaffDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(StaffDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(StaffDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.rolesLabel = QLabel(StaffDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesHost = QWidget(StaffDialog)
        self.rolesHost.setObjectName(u"rolesHost")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rolesHost)


        self.outer.addLayout(self.form)

        self.newPassphraseHost = QWidget(StaffDialog)
        self.newPassphraseHost.setObjectName(u"newPassphraseHost")

        self.outer.addWidget(self.newPassphraseHost)

        self.errorLabel = QLabel(StaffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.outer.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Add a staff account", None))
        self.usernameLabel.setText(QCoreApplication.translate("StaffDialog", u"&User name *", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"e.g. maria", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameLabel.setText(QCoreApplication.translate("StaffDialog", u"Na&me shown", None))
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"First name is enough", None))
#if QT_CONFIG(accessibility)
        self.displayNameEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Name shown", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("StaffDialog", u"Roles *", None))
        self.errorLabel.setText("")
    # retranslateUi
