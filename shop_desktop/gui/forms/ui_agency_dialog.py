# Generated from ui/agency_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_AgencyDialog(object):
    def setupUi(self, AgencyDialog):
        if not AgencyDialog.objectName():
            AgencyDialog.setObjectName(u"AgencyDialog")
        AgencyDialog.resize(600, 420)
        AgencyDialog.setMinimumSize(QSize(600, 0))
        self.layout = QVBoxLayout(AgencyDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.nameLabel = QLabel(AgencyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(AgencyDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.categoryLabel = QLabel(AgencyDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(AgencyDialog)
        self.category.setObjectName(u"category")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category)

        self.addressLabel = QLabel(AgencyDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(AgencyDialog)
        self.address.setObjectName(u"address")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(AgencyDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(AgencyDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.hoursLabel = QLabel(AgencyDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hours = QLineEdit(AgencyDialog)
        self.hours.setObjectName(u"hours")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hours)

        self.contact_personLabel = QLabel(AgencyDialog)
        self.contact_personLabel.setObjectName(u"contact_personLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contact_personLabel)

        self.contact_person = QLineEdit(AgencyDialog)
        self.contact_person.setObjectName(u"contact_person")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contact_person)

        self.what_to_bringLabel = QLabel(AgencyDialog)
        self.what_to_bringLabel.setObjectName(u"what_to_bringLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.what_to_bringLabel)

        self.what_to_bring = QPlainTextEdit(AgencyDialog)
        self.what_to_bring.setObjectName(u"what_to_bring")
        self.what_to_bring.setTabChangesFocus(True)
        self.what_to_bring.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.what_to_bring)

        self.remarksLabel = QLabel(AgencyDialog)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.remarksLabel)

        self.remarks = QPlainTextEdit(AgencyDialog)
        self.remarks.setObjectName(u"remarks")
        self.remarks.setTabChangesFocus(True)
        self.remarks.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.remarks)


        self.layout.addLayout(self.form)

        self.error = QLabel(AgencyDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(AgencyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.categoryLabel.setBuddy(self.category)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.hoursLabel.setBuddy(self.hours)
        self.contact_personLabel.setBuddy(self.contact_person)
        self.what_to_bringLabel.setBuddy(self.what_to_bring)
        self.remarksLabel.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.category)
        QWidget.setTabOrder(self.category, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.hours)
        QWidget.setTabOrder(self.hours, self.contact_person)
        QWidget.setTabOrder(self.contact_person, self.what_to_bring)
        QWidget.setTabOrder(self.what_to_bring, self.remarks)

        self.retranslateUi(AgencyDialog)

        QMetaObject.connectSlotsByName(AgencyDialog)
    # setupUi

    def retranslateUi(self, AgencyDialog):
        AgencyDialog.setWindowTitle(QCoreApplication.translate("AgencyDialog", u"Add an agency", None))
        self.nameLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Kind *", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Kind of agency", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Hours", None))
#if QT_CONFIG(accessibility)
        self.hours.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.contact_personLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Contact person", None))
#if QT_CONFIG(accessibility)
        self.contact_person.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Contact person", None))
#endif // QT_CONFIG(accessibility)
        self.what_to_bringLabel.setText(QCoreApplication.translate("AgencyDialog", u"What to &bring", None))
#if QT_CONFIG(accessibility)
        self.what_to_bring.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"What to bring", None))
#endif // QT_CONFIG(accessibility)
        self.remarksLabel.setText(QCoreApplication.translate("AgencyDialog", u"&Remarks", None))
#if QT_CONFIG(accessibility)
        self.remarks.setAccessibleName(QCoreApplication.translate("AgencyDialog", u"Remarks", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
    # retranslateUi
