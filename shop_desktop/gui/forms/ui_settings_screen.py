# Generated from ui/settings_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen):
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        SettingsScreen.resize(800, 500)
        self.layout = QVBoxLayout(SettingsScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SettingsScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.layout.addLayout(self.form)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.save_button = QPushButton(SettingsScreen)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.save_button)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer0)


        self.layout.addLayout(self.buttonRow)

        self.message = QLabel(SettingsScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.layout.addWidget(self.message)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer1)


        self.retranslateUi(SettingsScreen)

        QMetaObject.connectSlotsByName(SettingsScreen)
    # setupUi

    def retranslateUi(self, SettingsScreen):
        self.title.setText(QCoreApplication.translate("SettingsScreen", u"Centre settings", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("SettingsScreen", u"Centre settings", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("SettingsScreen", u"&Save settings", None))
        self.message.setText("")
        pass
    # retranslateUi
