# Generated from ui/centre_page.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QWidget)

class Ui_CentrePage(object):
    def setupUi(self, CentrePage):
        if not CentrePage.objectName():
            CentrePage.setObjectName(u"CentrePage")
        CentrePage.resize(700, 400)
        self.form = QFormLayout(CentrePage)
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.nameLabel = QLabel(CentrePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CentrePage)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.addressLabel = QLabel(CentrePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(CentrePage)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.address)

        self.retranslateUi(CentrePage)

        QMetaObject.connectSlotsByName(CentrePage)
    # setupUi

    def retranslateUi(self, CentrePage):
        CentrePage.setTitle(QCoreApplication.translate("CentrePage", u"The centre", None))
        CentrePage.setSubTitle(QCoreApplication.translate("CentrePage", u"Reports and referral slips show the centre's name and address.", None))
        self.nameLabel.setText(QCoreApplication.translate("CentrePage", u"Centre na&me *", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("CentrePage", u"Centre name", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("CentrePage", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("CentrePage", u"Centre address", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
