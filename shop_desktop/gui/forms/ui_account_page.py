# Generated from ui/account_page.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QVBoxLayout,
    QWidget)

class Ui_AccountPage(object):
    def setupUi(self, AccountPage):
        if not AccountPage.objectName():
            AccountPage.setObjectName(u"AccountPage")
        AccountPage.resize(700, 400)
        self.layout = QVBoxLayout(AccountPage)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.usernameLabel = QLabel(AccountPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(AccountPage)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.displayNameLabel = QLabel(AccountPage)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.display_name = QLineEdit(AccountPage)
        self.display_name.setObjectName(u"display_name")
        self.display_name.setMaxLength(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name)


        self.layout.addLayout(self.form)

        self.passphraseHost = QWidget(AccountPage)
        self.passphraseHost.setObjectName(u"passphraseHost")

        self.layout.addWidget(self.passphraseHost)

        self.error = QLabel(AccountPage)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.display_name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.display_name)

        self.retranslateUi(AccountPage)

        QMetaObject.connectSlotsByName(AccountPage)
    # setupUi

    def retranslateUi(self, AccountPage):
        AccountPage.setTitle(QCoreApplication.translate("AccountPage", u"The first coordinator account", None))
        AccountPage.setSubTitle(QCoreApplication.translate("AccountPage", u"This account can add the other staff. Use your own name.", None))
        self.usernameLabel.setText(QCoreApplication.translate("AccountPage", u"&User name *", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("AccountPage", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.username.setText(QCoreApplication.translate("AccountPage", u"coordinator", None))
        self.displayNameLabel.setText(QCoreApplication.translate("AccountPage", u"Name &shown", None))
#if QT_CONFIG(accessibility)
        self.display_name.setAccessibleName(QCoreApplication.translate("AccountPage", u"Name shown", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
    # retranslateUi
