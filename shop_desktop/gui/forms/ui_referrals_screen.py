# Generated from ui/referrals_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QLabel, QTabWidget, QVBoxLayout)

class Ui_ReferralsScreen(object):
    def setupUi(self, ReferralsScreen):
        if not ReferralsScreen.objectName():
            ReferralsScreen.setObjectName(u"ReferralsScreen")
        ReferralsScreen.resize(1000, 640)
        self.layout = QVBoxLayout(ReferralsScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(ReferralsScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.tabs = QTabWidget(ReferralsScreen)
        self.tabs.setObjectName(u"tabs")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ReferralsScreen)

        QMetaObject.connectSlotsByName(ReferralsScreen)
    # setupUi

    def retranslateUi(self, ReferralsScreen):
        self.title.setText(QCoreApplication.translate("ReferralsScreen", u"Referrals", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ReferralsScreen", u"Referrals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ReferralsScreen", u"Referrals", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
