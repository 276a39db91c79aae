# Generated from ui/who_you_met_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout)

class Ui_WhoYouMetDialog(object):
    def setupUi(self, WhoYouMetDialog):
        if not WhoYouMetDialog.objectName():
            WhoYouMetDialog.setObjectName(u"WhoYouMetDialog")
        WhoYouMetDialog.resize(700, 360)
        self.layout = QVBoxLayout(WhoYouMetDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(WhoYouMetDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.layout.addWidget(self.intro)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")

        self.layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(WhoYouMetDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(WhoYouMetDialog)

        QMetaObject.connectSlotsByName(WhoYouMetDialog)
    # setupUi

    def retranslateUi(self, WhoYouMetDialog):
        WhoYouMetDialog.setWindowTitle(QCoreApplication.translate("WhoYouMetDialog", u"Who you met (optional)", None))
        self.intro.setText("")
    # retranslateUi
