# Generated from ui/referral_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import (BodyScroll, ElidedLabel)

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(660, 560)
        ReferralDialog.setMinimumSize(QSize(660, 0))
        self.layout = QVBoxLayout(ReferralDialog)
        self.layout.setObjectName(u"layout")
        self.who = ElidedLabel(ReferralDialog)
        self.who.setObjectName(u"who")
        self.who.setProperty(u"heading", True)

        self.layout.addWidget(self.who)

        self.body = BodyScroll(ReferralDialog)
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
        self.agencyLabel = QLabel(self.bodyContents)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agency = QComboBox(self.bodyContents)
        self.agency.setObjectName(u"agency")
        self.agency.setEditable(True)
        self.agency.setInsertPolicy(QComboBox.NoInsert)
        self.agency.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.agency.setMinimumContentsLength(30)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agency)

        self.agency_details = ElidedLabel(self.bodyContents)
        self.agency_details.setObjectName(u"agency_details")
        self.agency_details.setProperty(u"subtle", True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agency_details.sizePolicy().hasHeightForWidth())
        self.agency_details.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agency_details)

        self.priorityLabel = QLabel(self.bodyContents)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priority = QComboBox(self.bodyContents)
        self.priority.setObjectName(u"priority")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.priority)

        self.reasonLabel = QLabel(self.bodyContents)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(self.bodyContents)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumSize(QSize(0, 76))
        self.reason.setMaximumSize(QSize(16777215, 76))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason)

        self.servicesLabel = QLabel(self.bodyContents)
        self.servicesLabel.setObjectName(u"servicesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.servicesLabel)

        self.services = QLineEdit(self.bodyContents)
        self.services.setObjectName(u"services")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.services)

        self.referredOnLabel = QLabel(self.bodyContents)
        self.referredOnLabel.setObjectName(u"referredOnLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referredOnLabel)

        self.referred_on = QDateEdit(self.bodyContents)
        self.referred_on.setObjectName(u"referred_on")
        self.referred_on.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referred_on)

        self.followUpLabel = QLabel(self.bodyContents)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.follow_up = QDateEdit(self.bodyContents)
        self.follow_up.setObjectName(u"follow_up")
        self.follow_up.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.follow_up)


        self.bodyColumn.addLayout(self.form)

        self.consent = QGroupBox(self.bodyContents)
        self.consent.setObjectName(u"consent")
        self.consentColumn = QVBoxLayout(self.consent)
        self.consentColumn.setObjectName(u"consentColumn")
        self.wording = QLabel(self.consent)
        self.wording.setObjectName(u"wording")
        self.wording.setWordWrap(True)
        self.wording.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.consentColumn.addWidget(self.wording)

        self.alias_consent = QCheckBox(self.consent)
        self.alias_consent.setObjectName(u"alias_consent")

        self.consentColumn.addWidget(self.alias_consent)

        self.alias_note = QLabel(self.consent)
        self.alias_note.setObjectName(u"alias_note")
        self.alias_note.setWordWrap(True)
        self.alias_note.setProperty(u"subtle", True)

        self.consentColumn.addWidget(self.alias_note)


        self.bodyColumn.addWidget(self.consent)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyColumn.addItem(self.spacer0)

        self.body.setWidget(self.bodyContents)

        self.layout.addWidget(self.body)

        self.error = QLabel(ReferralDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ReferralDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agency)
        self.priorityLabel.setBuddy(self.priority)
        self.reasonLabel.setBuddy(self.reason)
        self.servicesLabel.setBuddy(self.services)
        self.referredOnLabel.setBuddy(self.referred_on)
        self.followUpLabel.setBuddy(self.follow_up)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agency, self.priority)
        QWidget.setTabOrder(self.priority, self.reason)
        QWidget.setTabOrder(self.reason, self.services)
        QWidget.setTabOrder(self.services, self.referred_on)
        QWidget.setTabOrder(self.referred_on, self.follow_up)
        QWidget.setTabOrder(self.follow_up, self.alias_consent)

        self.retranslateUi(ReferralDialog)

        QMetaObject.connectSlotsByName(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"New referral", None))
        self.agencyLabel.setText(QCoreApplication.translate("ReferralDialog", u"A&gency *", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.priorityLabel.setText(QCoreApplication.translate("ReferralDialog", u"&How soon *", None))
#if QT_CONFIG(accessibility)
        self.priority.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"How soon", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Reason, in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"In plain words the agency will read, e.g. needs a sexual health check-up. Printed on the slip.", None))
        self.servicesLabel.setText(QCoreApplication.translate("ReferralDialog", u"Ser&vices requested", None))
#if QT_CONFIG(accessibility)
        self.services.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Services requested", None))
#endif // QT_CONFIG(accessibility)
        self.services.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"e.g. STI testing, birth control", None))
        self.referredOnLabel.setText(QCoreApplication.translate("ReferralDialog", u"Referral &date", None))
#if QT_CONFIG(accessibility)
        self.referred_on.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Referral date", None))
#endif // QT_CONFIG(accessibility)
        self.followUpLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Follow up on", None))
#if QT_CONFIG(accessibility)
        self.follow_up.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.consent.setTitle(QCoreApplication.translate("ReferralDialog", u"Consent (read this to the client)", None))
#if QT_CONFIG(accessibility)
        self.wording.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Consent wording to read to the client", None))
#endif // QT_CONFIG(accessibility)
        self.alias_consent.setText(QCoreApplication.translate("ReferralDialog", u"The client agrees the agency may see their &alias", None))
        self.alias_note.setText("")
        self.error.setText("")
    # retranslateUi
