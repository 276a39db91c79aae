# Generated from ui/unlock_backup_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_UnlockBackupDialog(object):
    def setupUi(self, UnlockBackupDialog):
        if not UnlockBackupDialog.objectName():
            UnlockBackupDialog.setObjectName(u"UnlockBackupDialog")
        UnlockBackupDialog.resize(520, 200)
        UnlockBackupDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(UnlockBackupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(UnlockBackupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.usernameLabel = QLabel(UnlockBackupDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(UnlockBackupDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.secretLabel = QLabel(UnlockBackupDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secret = QLineEdit(UnlockBackupDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secret)

        self.use_recovery = QCheckBox(UnlockBackupDialog)
        self.use_recovery.setObjectName(u"use_recovery")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.use_recovery)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(UnlockBackupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.secretLabel.setBuddy(self.secret)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.secret)
        QWidget.setTabOrder(self.secret, self.use_recovery)

        self.retranslateUi(UnlockBackupDialog)

        QMetaObject.connectSlotsByName(UnlockBackupDialog)
    # setupUi

    def retranslateUi(self, UnlockBackupDialog):
        UnlockBackupDialog.setWindowTitle(QCoreApplication.translate("UnlockBackupDialog", u"Open the backup", None))
        self.intro.setText(QCoreApplication.translate("UnlockBackupDialog", u"Use a passphrase that was valid on the day the backup was made, or the recovery key.", None))
        self.usernameLabel.setText(QCoreApplication.translate("UnlockBackupDialog", u"User name:", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("UnlockBackupDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.secretLabel.setText(QCoreApplication.translate("UnlockBackupDialog", u"Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.secret.setAccessibleName(QCoreApplication.translate("UnlockBackupDialog", u"Passphrase or recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.use_recovery.setText(QCoreApplication.translate("UnlockBackupDialog", u"Use the recovery key instead", None))
    # retranslateUi
