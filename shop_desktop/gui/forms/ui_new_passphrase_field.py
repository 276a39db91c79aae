# Generated from ui/new_passphrase_field.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewPassphraseField(object):
    def setupUi(self, NewPassphraseField):
        if not NewPassphraseField.objectName():
            NewPassphraseField.setObjectName(u"NewPassphraseField")
        NewPassphraseField.resize(480, 160)
        self.outer = QVBoxLayout(NewPassphraseField)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.firstLabel = QLabel(NewPassphraseField)
        self.firstLabel.setObjectName(u"firstLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstRow = QHBoxLayout()
        self.firstRow.setObjectName(u"firstRow")
        self.first = QLineEdit(NewPassphraseField)
        self.first.setObjectName(u"first")
        self.first.setEchoMode(QLineEdit.Password)

        self.firstRow.addWidget(self.first)

        self.show_button = QPushButton(NewPassphraseField)
        self.show_button.setObjectName(u"show_button")
        self.show_button.setCheckable(True)

        self.firstRow.addWidget(self.show_button)

        self.firstRow.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.firstRow)

        self.secondLabel = QLabel(NewPassphraseField)
        self.secondLabel.setObjectName(u"secondLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secondLabel)

        self.second = QLineEdit(NewPassphraseField)
        self.second.setObjectName(u"second")
        self.second.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.second)


        self.outer.addLayout(self.form)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.suggest_button = QPushButton(NewPassphraseField)
        self.suggest_button.setObjectName(u"suggest_button")

        self.buttonRow.addWidget(self.suggest_button)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer0)


        self.outer.addLayout(self.buttonRow)

        self.feedback = QLabel(NewPassphraseField)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setProperty(u"subtle", True)

        self.outer.addWidget(self.feedback)

#if QT_CONFIG(shortcut)
        self.firstLabel.setBuddy(self.first)
        self.secondLabel.setBuddy(self.second)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first, self.show_button)
        QWidget.setTabOrder(self.show_button, self.second)
        QWidget.setTabOrder(self.second, self.suggest_button)

        self.retranslateUi(NewPassphraseField)

        QMetaObject.connectSlotsByName(NewPassphraseField)
    # setupUi

    def retranslateUi(self, NewPassphraseField):
        self.firstLabel.setText(QCoreApplication.translate("NewPassphraseField", u"&New passphrase *", None))
#if QT_CONFIG(accessibility)
        self.first.setAccessibleName(QCoreApplication.translate("NewPassphraseField", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.show_button.setText(QCoreApplication.translate("NewPassphraseField", u"Show", None))
        self.secondLabel.setText(QCoreApplication.translate("NewPassphraseField", u"&Type it again *", None))
#if QT_CONFIG(accessibility)
        self.second.setAccessibleName(QCoreApplication.translate("NewPassphraseField", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.suggest_button.setText(QCoreApplication.translate("NewPassphraseField", u"Suggest a passphrase", None))
        self.feedback.setText("")
#if QT_CONFIG(accessibility)
        self.feedback.setAccessibleName(QCoreApplication.translate("NewPassphraseField", u"Passphrase feedback", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
