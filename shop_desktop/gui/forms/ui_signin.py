# Generated from ui/signin.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignIn(object):
    def setupUi(self, SignIn):
        if not SignIn.objectName():
            SignIn.setObjectName(u"SignIn")
        SignIn.resize(520, 460)
        self.outer = QVBoxLayout(SignIn)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(40, 32, 40, 28)
        self.centreLabel = QLabel(SignIn)
        self.centreLabel.setObjectName(u"centreLabel")
        self.centreLabel.setProperty(u"heading", True)

        self.outer.addWidget(self.centreLabel)

        self.introLabel = QLabel(SignIn)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(10)
        self.userLabel = QLabel(SignIn)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userCombo = QComboBox(SignIn)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userCombo)

        self.passphraseLabel = QLabel(SignIn)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(SignIn)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(SignIn)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"error", True)

        self.outer.addWidget(self.errorLabel)

        self.workingBar = QProgressBar(SignIn)
        self.workingBar.setObjectName(u"workingBar")
        self.workingBar.setMinimum(0)
        self.workingBar.setMaximum(0)
        self.workingBar.setTextVisible(False)
        self.workingBar.setVisible(False)

        self.outer.addWidget(self.workingBar)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.recoveryButton = QPushButton(SignIn)
        self.recoveryButton.setObjectName(u"recoveryButton")
        self.recoveryButton.setFlat(True)

        self.buttons.addWidget(self.recoveryButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.signInButton = QPushButton(SignIn)
        self.signInButton.setObjectName(u"signInButton")

        self.buttons.addWidget(self.signInButton)


        self.outer.addLayout(self.buttons)

        self.demoLabel = QLabel(SignIn)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)
        self.demoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outer.addWidget(self.demoLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.recoveryButton)

        self.retranslateUi(SignIn)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignIn)
    # setupUi

    def retranslateUi(self, SignIn):
        SignIn.setWindowTitle(QCoreApplication.translate("SignIn", u"Sign in \u2014 SHOP Desktop", None))
        self.centreLabel.setText(QCoreApplication.translate("SignIn", u"SHOP Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("SignIn", u"Choose your name and type your passphrase.", None))
        self.userLabel.setText(QCoreApplication.translate("SignIn", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.userCombo.setAccessibleName(QCoreApplication.translate("SignIn", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("SignIn", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("SignIn", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SignIn", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workingBar.setAccessibleName(QCoreApplication.translate("SignIn", u"Signing in", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryButton.setText(QCoreApplication.translate("SignIn", u"Use recovery key\u2026", None))
#if QT_CONFIG(accessibility)
        self.recoveryButton.setAccessibleName(QCoreApplication.translate("SignIn", u"Use recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("SignIn", u"&Sign in", None))
#if QT_CONFIG(accessibility)
        self.signInButton.setAccessibleName(QCoreApplication.translate("SignIn", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.demoLabel.setText("")
#if QT_CONFIG(accessibility)
        self.demoLabel.setAccessibleName(QCoreApplication.translate("SignIn", u"Demo passphrases", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
