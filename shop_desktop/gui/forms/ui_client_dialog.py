# Generated from ui/client_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import BodyScroll

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(620, 640)
        ClientDialog.setMinimumSize(QSize(620, 0))
        self.layout = QVBoxLayout(ClientDialog)
        self.layout.setObjectName(u"layout")
        self.body = BodyScroll(ClientDialog)
        self.body.setObjectName(u"body")
        self.body.setFrameShape(QFrame.NoFrame)
        self.body.setWidgetResizable(True)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.bodyContents = QWidget()
        self.bodyContents.setObjectName(u"bodyContents")
        self.bodyColumn = QVBoxLayout(self.bodyContents)
        self.bodyColumn.setObjectName(u"bodyColumn")
        self.bodyColumn.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.aliasLabel = QLabel(self.bodyContents)
        self.aliasLabel.setObjectName(u"aliasLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aliasLabel)

        self.alias = QLineEdit(self.bodyContents)
        self.alias.setObjectName(u"alias")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.alias)

        self.pronounsLabel = QLabel(self.bodyContents)
        self.pronounsLabel.setObjectName(u"pronounsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pronounsLabel)

        self.pronouns = QLineEdit(self.bodyContents)
        self.pronouns.setObjectName(u"pronouns")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pronouns)

        self.genderLabel = QLabel(self.bodyContents)
        self.genderLabel.setObjectName(u"genderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.gender = QComboBox(self.bodyContents)
        self.gender.setObjectName(u"gender")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gender)

        self.ageBandLabel = QLabel(self.bodyContents)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ageBandLabel)

        self.age_band = QComboBox(self.bodyContents)
        self.age_band.setObjectName(u"age_band")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.age_band)

        self.birthYearLabel = QLabel(self.bodyContents)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birth_year = QSpinBox(self.bodyContents)
        self.birth_year.setObjectName(u"birth_year")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_year)

        self.indigenousLabel = QLabel(self.bodyContents)
        self.indigenousLabel.setObjectName(u"indigenousLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.indigenousLabel)

        self.indigenous = QComboBox(self.bodyContents)
        self.indigenous.setObjectName(u"indigenous")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.indigenous)

        self.phoneLabel = QLabel(self.bodyContents)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.bodyContents)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.alumni = QCheckBox(self.bodyContents)
        self.alumni.setObjectName(u"alumni")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.alumni)

        self.remarkLabel = QLabel(self.bodyContents)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remark = QPlainTextEdit(self.bodyContents)
        self.remark.setObjectName(u"remark")
        self.remark.setTabChangesFocus(True)
        self.remark.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.remark)

        self.keptAtCentre = QLabel(self.bodyContents)
        self.keptAtCentre.setObjectName(u"keptAtCentre")
        self.keptAtCentre.setVisible(False)
        self.keptAtCentre.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.keptAtCentre)


        self.bodyColumn.addLayout(self.form)

        self.consentBox = QGroupBox(self.bodyContents)
        self.consentBox.setObjectName(u"consentBox")
        self.consentForm = QFormLayout(self.consentBox)
        self.consentForm.setObjectName(u"consentForm")
        self.consentForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.keep_record = QCheckBox(self.consentBox)
        self.keep_record.setObjectName(u"keep_record")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.keep_record)

        self.alias_on_slips = QCheckBox(self.consentBox)
        self.alias_on_slips.setObjectName(u"alias_on_slips")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.alias_on_slips)

        self.may_contact = QCheckBox(self.consentBox)
        self.may_contact.setObjectName(u"may_contact")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.may_contact)

        self.givenOnLabel = QLabel(self.consentBox)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.consentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.givenOnLabel)

        self.given_on = QDateEdit(self.consentBox)
        self.given_on.setObjectName(u"given_on")
        self.given_on.setCalendarPopup(True)

        self.consentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.given_on)

        self.has_end = QCheckBox(self.consentBox)
        self.has_end.setObjectName(u"has_end")

        self.consentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.has_end)

        self.ends_on = QDateEdit(self.consentBox)
        self.ends_on.setObjectName(u"ends_on")
        self.ends_on.setCalendarPopup(True)
        self.ends_on.setEnabled(False)

        self.consentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ends_on)


        self.bodyColumn.addWidget(self.consentBox)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyColumn.addItem(self.spacer0)

        self.body.setWidget(self.bodyContents)

        self.layout.addWidget(self.body)

        self.error = QLabel(ClientDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(ClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.aliasLabel.setBuddy(self.alias)
        self.pronounsLabel.setBuddy(self.pronouns)
        self.genderLabel.setBuddy(self.gender)
        self.ageBandLabel.setBuddy(self.age_band)
        self.birthYearLabel.setBuddy(self.birth_year)
        self.indigenousLabel.setBuddy(self.indigenous)
        self.phoneLabel.setBuddy(self.phone)
        self.remarkLabel.setBuddy(self.remark)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.alias, self.pronouns)
        QWidget.setTabOrder(self.pronouns, self.gender)
        QWidget.setTabOrder(self.gender, self.age_band)
        QWidget.setTabOrder(self.age_band, self.birth_year)
        QWidget.setTabOrder(self.birth_year, self.indigenous)
        QWidget.setTabOrder(self.indigenous, self.phone)
        QWidget.setTabOrder(self.phone, self.alumni)
        QWidget.setTabOrder(self.alumni, self.remark)
        QWidget.setTabOrder(self.remark, self.keep_record)
        QWidget.setTabOrder(self.keep_record, self.alias_on_slips)
        QWidget.setTabOrder(self.alias_on_slips, self.may_contact)
        QWidget.setTabOrder(self.may_contact, self.given_on)
        QWidget.setTabOrder(self.given_on, self.has_end)
        QWidget.setTabOrder(self.has_end, self.ends_on)

        self.retranslateUi(ClientDialog)

        QMetaObject.connectSlotsByName(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"Register a new client", None))
        self.aliasLabel.setText(QCoreApplication.translate("ClientDialog", u"&Alias *", None))
#if QT_CONFIG(accessibility)
        self.alias.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Alias", None))
#endif // QT_CONFIG(accessibility)
        self.alias.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"The name the person chooses to give", None))
        self.pronounsLabel.setText(QCoreApplication.translate("ClientDialog", u"&Pronouns", None))
#if QT_CONFIG(accessibility)
        self.pronouns.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Pronouns", None))
#endif // QT_CONFIG(accessibility)
        self.pronouns.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"e.g. she/her, they/them", None))
        self.genderLabel.setText(QCoreApplication.translate("ClientDialog", u"&Gender identity", None))
#if QT_CONFIG(accessibility)
        self.gender.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Gender identity", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandLabel.setText(QCoreApplication.translate("ClientDialog", u"Age &band", None))
#if QT_CONFIG(accessibility)
        self.age_band.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.birthYearLabel.setText(QCoreApplication.translate("ClientDialog", u"or &year of birth", None))
#if QT_CONFIG(accessibility)
        self.birth_year.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Year of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year.setSpecialValueText(QCoreApplication.translate("ClientDialog", u"Not given", None))
        self.indigenousLabel.setText(QCoreApplication.translate("ClientDialog", u"&Indigenous identity", None))
#if QT_CONFIG(accessibility)
        self.indigenous.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Indigenous identity", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ClientDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"Optional", None))
        self.alumni.setText(QCoreApplication.translate("ClientDialog", u"Member of the Alumni Group", None))
        self.remarkLabel.setText(QCoreApplication.translate("ClientDialog", u"Front-desk &remark", None))
#if QT_CONFIG(accessibility)
        self.remark.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Front-desk remark", None))
#endif // QT_CONFIG(accessibility)
        self.remark.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"Practical notes only (e.g. prefers the side door). No counselling or health details here.", None))
        self.keptAtCentre.setText(QCoreApplication.translate("ClientDialog", u"This laptop keeps only the alias. Phone, remark and the other details are kept at the centre: the front desk can add them there.", None))
        self.consentBox.setTitle(QCoreApplication.translate("ClientDialog", u"Consent (read the consent wording to the person)", None))
        self.keep_record.setText(QCoreApplication.translate("ClientDialog", u"Agrees to the centre keeping a record *", None))
        self.alias_on_slips.setText(QCoreApplication.translate("ClientDialog", u"Alias may be shown on referral slips", None))
        self.may_contact.setText(QCoreApplication.translate("ClientDialog", u"May be contacted", None))
        self.givenOnLabel.setText(QCoreApplication.translate("ClientDialog", u"Given on", None))
#if QT_CONFIG(accessibility)
        self.given_on.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Consent given on", None))
#endif // QT_CONFIG(accessibility)
        self.has_end.setText(QCoreApplication.translate("ClientDialog", u"Consent ends on", None))
#if QT_CONFIG(accessibility)
        self.ends_on.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Consent ends on", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
    # retranslateUi
