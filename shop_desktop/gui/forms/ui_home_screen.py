# Generated from ui/home_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen):
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        HomeScreen.resize(800, 500)
        self.layout = QVBoxLayout(HomeScreen)
        self.layout.setObjectName(u"layout")
        self.centreName = QLabel(HomeScreen)
        self.centreName.setObjectName(u"centreName")
        self.centreName.setProperty(u"heading", True)

        self.layout.addWidget(self.centreName)

        self.signedIn = QLabel(HomeScreen)
        self.signedIn.setObjectName(u"signedIn")
        self.signedIn.setWordWrap(True)
        self.signedIn.setProperty(u"plain", True)

        self.layout.addWidget(self.signedIn)

        self.demoBanner = QLabel(HomeScreen)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBanner.setWordWrap(True)
        self.demoBanner.setProperty(u"warning", True)

        self.layout.addWidget(self.demoBanner)

        self.recoveryNote = QLabel(HomeScreen)
        self.recoveryNote.setObjectName(u"recoveryNote")
        self.recoveryNote.setWordWrap(True)
        self.recoveryNote.setProperty(u"warning", True)

        self.layout.addWidget(self.recoveryNote)

        self.checkingSupplies = QLabel(HomeScreen)
        self.checkingSupplies.setObjectName(u"checkingSupplies")
        self.checkingSupplies.setWordWrap(True)
        self.checkingSupplies.setProperty(u"subtle", True)

        self.layout.addWidget(self.checkingSupplies)

        self.sectionsNote = QLabel(HomeScreen)
        self.sectionsNote.setObjectName(u"sectionsNote")
        self.sectionsNote.setWordWrap(True)
        self.sectionsNote.setProperty(u"plain", True)

        self.layout.addWidget(self.sectionsNote)

        self.privacyNote = QLabel(HomeScreen)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)
        self.privacyNote.setProperty(u"subtle", True)

        self.layout.addWidget(self.privacyNote)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer2)


        self.retranslateUi(HomeScreen)

        QMetaObject.connectSlotsByName(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen):
        self.signedIn.setText("")
        self.demoBanner.setText(QCoreApplication.translate("HomeScreen", u"This is the demo vault: every person in it is invented. Never type real client information here.", None))
        self.recoveryNote.setText(QCoreApplication.translate("HomeScreen", u"You opened the vault with the recovery key. Go to Staff to set new passphrases, then lock.", None))
        self.checkingSupplies.setText(QCoreApplication.translate("HomeScreen", u"Checking supplies\u2026", None))
        self.sectionsNote.setText("")
        self.privacyNote.setText(QCoreApplication.translate("HomeScreen", u"Step away from the desk? Press Ctrl+L to lock. Someone unexpected walks in? Press F12.", None))
        pass
    # retranslateUi
