# Generated from ui/welcome_page.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(700, 400)
        self.layout = QVBoxLayout(WelcomePage)
        self.layout.setObjectName(u"layout")
        self.text = QLabel(WelcomePage)
        self.text.setObjectName(u"text")
        self.text.setWordWrap(True)
        self.text.setProperty(u"plain", True)

        self.layout.addWidget(self.text)

        self.joinRow = QHBoxLayout()
        self.joinRow.setObjectName(u"joinRow")
        self.join = QPushButton(WelcomePage)
        self.join.setObjectName(u"join")
        self.join.setAutoDefault(False)

        self.joinRow.addWidget(self.join)

        self.joinSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.joinRow.addItem(self.joinSpacer)

        self.joinRow.setStretch(1, 1)

        self.layout.addLayout(self.joinRow)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer0)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        WelcomePage.setTitle(QCoreApplication.translate("WelcomePage", u"Welcome to SHOP Desktop", None))
        self.text.setText(QCoreApplication.translate("WelcomePage", u"This sets up the centre's records on this computer. Everything is kept in one encrypted folder and never leaves this computer unless you make a backup.\n"
"\n"
"You will need: the centre's name, a passphrase for the first coordinator account, and a printer or a pen to keep the recovery key safe. It takes about two minutes.\n"
"\n"
"Setting up the office PC or the outreach laptop of a centre that already uses SHOP Desktop? Choose Join from an enrollment file instead.", None))
        self.join.setText(QCoreApplication.translate("WelcomePage", u"&Join from an enrollment file\u2026", None))
#if QT_CONFIG(tooltip)
        self.join.setToolTip(QCoreApplication.translate("WelcomePage", u"This computer becomes another device of a centre that already uses SHOP Desktop (the office PC, the outreach laptop)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
