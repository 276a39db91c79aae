# Generated from ui/add_device_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AddDeviceDialog(object):
    def setupUi(self, AddDeviceDialog):
        if not AddDeviceDialog.objectName():
            AddDeviceDialog.setObjectName(u"AddDeviceDialog")
        AddDeviceDialog.resize(560, 360)
        self.outer = QVBoxLayout(AddDeviceDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(AddDeviceDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.nameLabel = QLabel(AddDeviceDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(AddDeviceDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(60)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.profileLabel = QLabel(AddDeviceDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profile = QComboBox(AddDeviceDialog)
        self.profile.setObjectName(u"profile")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.profile)

        self.description = QLabel(AddDeviceDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)
        self.description.setProperty(u"subtle", True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.joinerLabel = QLabel(AddDeviceDialog)
        self.joinerLabel.setObjectName(u"joinerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.joinerLabel)

        self.joiner = QComboBox(AddDeviceDialog)
        self.joiner.setObjectName(u"joiner")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.joiner)

        self.joinerNote = QLabel(AddDeviceDialog)
        self.joinerNote.setObjectName(u"joinerNote")
        self.joinerNote.setWordWrap(True)
        self.joinerNote.setProperty(u"subtle", True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.joinerNote)


        self.outer.addLayout(self.form)

        self.error = QLabel(AddDeviceDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.outer.addWidget(self.error)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.stretch)

        self.buttons = QDialogButtonBox(AddDeviceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.profileLabel.setBuddy(self.profile)
        self.joinerLabel.setBuddy(self.joiner)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.profile)
        QWidget.setTabOrder(self.profile, self.joiner)

        self.retranslateUi(AddDeviceDialog)

        QMetaObject.connectSlotsByName(AddDeviceDialog)
    # setupUi

    def retranslateUi(self, AddDeviceDialog):
        AddDeviceDialog.setWindowTitle(QCoreApplication.translate("AddDeviceDialog", u"Add a device", None))
        self.intro.setText(QCoreApplication.translate("AddDeviceDialog", u"This makes an enrollment file for the new PC or laptop. Carry it there (a USB stick), open SHOP Desktop on it and choose \"Join from an enrollment file\". Only the passphrase of the person you choose below opens the file.", None))
        self.nameLabel.setText(QCoreApplication.translate("AddDeviceDialog", u"&Name *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("AddDeviceDialog", u"e.g. Outreach laptop", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("AddDeviceDialog", u"Device name", None))
#endif // QT_CONFIG(accessibility)
        self.profileLabel.setText(QCoreApplication.translate("AddDeviceDialog", u"&Carries *", None))
#if QT_CONFIG(accessibility)
        self.profile.setAccessibleName(QCoreApplication.translate("AddDeviceDialog", u"What the device carries", None))
#endif // QT_CONFIG(accessibility)
        self.description.setText("")
        self.joinerLabel.setText(QCoreApplication.translate("AddDeviceDialog", u"&Who will join *", None))
#if QT_CONFIG(accessibility)
        self.joiner.setAccessibleName(QCoreApplication.translate("AddDeviceDialog", u"The staff member who will join the device", None))
#endif // QT_CONFIG(accessibility)
        self.joinerNote.setText(QCoreApplication.translate("AddDeviceDialog", u"Only this person's passphrase opens the file: they sign in with it on the new device.", None))
        self.error.setText("")
    # retranslateUi
