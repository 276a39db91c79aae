# Generated from ui/join_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_JoinDialog(object):
    def setupUi(self, JoinDialog):
        if not JoinDialog.objectName():
            JoinDialog.setObjectName(u"JoinDialog")
        JoinDialog.resize(560, 340)
        self.outer = QVBoxLayout(JoinDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(JoinDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.outer.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.file_label = QLabel(JoinDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.fileRow.addWidget(self.file_label)

        self.choose = QPushButton(JoinDialog)
        self.choose.setObjectName(u"choose")

        self.fileRow.addWidget(self.choose)

        self.fileRow.setStretch(0, 1)

        self.outer.addLayout(self.fileRow)

        self.description = QLabel(JoinDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.outer.addWidget(self.description)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.usernameLabel = QLabel(JoinDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(JoinDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.secretLabel = QLabel(JoinDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secret = QLineEdit(JoinDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secret)


        self.outer.addLayout(self.form)

        self.error = QLabel(JoinDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.outer.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.stretch)

        self.buttons = QDialogButtonBox(JoinDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.secretLabel.setBuddy(self.secret)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choose, self.username)
        QWidget.setTabOrder(self.username, self.secret)

        self.retranslateUi(JoinDialog)

        QMetaObject.connectSlotsByName(JoinDialog)
    # setupUi

    def retranslateUi(self, JoinDialog):
        JoinDialog.setWindowTitle(QCoreApplication.translate("JoinDialog", u"Join from an enrollment file", None))
        self.intro.setText(QCoreApplication.translate("JoinDialog", u"The coordinator made this file on the centre PC with \"Add a device\". It turns this computer into that device: it gets only what the device's profile carries, and then syncs with the others.", None))
        self.file_label.setText(QCoreApplication.translate("JoinDialog", u"No file chosen yet", None))
#if QT_CONFIG(accessibility)
        self.file_label.setAccessibleName(QCoreApplication.translate("JoinDialog", u"Enrollment file", None))
#endif // QT_CONFIG(accessibility)
        self.choose.setText(QCoreApplication.translate("JoinDialog", u"&Choose the file\u2026", None))
        self.description.setText("")
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("JoinDialog", u"What the file makes this computer", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("JoinDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("JoinDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.secretLabel.setText(QCoreApplication.translate("JoinDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.secret.setAccessibleName(QCoreApplication.translate("JoinDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
    # retranslateUi
