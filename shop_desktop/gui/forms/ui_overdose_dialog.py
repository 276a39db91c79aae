# Generated from ui/overdose_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_OverdoseDialog(object):
    def setupUi(self, OverdoseDialog):
        if not OverdoseDialog.objectName():
            OverdoseDialog.setObjectName(u"OverdoseDialog")
        OverdoseDialog.resize(900, 640)
        self.outer = QVBoxLayout(OverdoseDialog)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.headingLabel = QLabel(OverdoseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.outer.addWidget(self.headingLabel)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.whereGroup = QGroupBox(OverdoseDialog)
        self.whereGroup.setObjectName(u"whereGroup")
        self.whereGroupLayout = QVBoxLayout(self.whereGroup)
        self.whereGroupLayout.setSpacing(4)
        self.whereGroupLayout.setObjectName(u"whereGroupLayout")
        self.whereForm = QFormLayout()
        self.whereForm.setObjectName(u"whereForm")
        self.whenLabel = QLabel(self.whereGroup)
        self.whenLabel.setObjectName(u"whenLabel")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(self.whereGroup)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.whereForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.placeLabel = QLabel(self.whereGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(self.whereGroup)
        self.placeCombo.setObjectName(u"placeCombo")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.areaLabel = QLabel(self.whereGroup)
        self.areaLabel.setObjectName(u"areaLabel")

        self.whereForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(self.whereGroup)
        self.areaCombo.setObjectName(u"areaCombo")

        self.whereForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.clientLabel = QLabel(self.whereGroup)
        self.clientLabel.setObjectName(u"clientLabel")

        self.whereForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = QLineEdit(self.whereGroup)
        self.clientEdit.setObjectName(u"clientEdit")

        self.whereForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.clientFound = QLabel(self.whereGroup)
        self.clientFound.setObjectName(u"clientFound")
        self.clientFound.setWordWrap(True)

        self.whereForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.clientFound)

        self.ageLabel = QLabel(self.whereGroup)
        self.ageLabel.setObjectName(u"ageLabel")

        self.whereForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageCombo = QComboBox(self.whereGroup)
        self.ageCombo.setObjectName(u"ageCombo")

        self.whereForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ageCombo)

        self.genderLabel = QLabel(self.whereGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.whereForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.whereGroup)
        self.genderCombo.setObjectName(u"genderCombo")

        self.whereForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.genderCombo)


        self.whereGroupLayout.addLayout(self.whereForm)


        self.leftColumn.addWidget(self.whereGroup)

        self.respondersLabel = QLabel(OverdoseDialog)
        self.respondersLabel.setObjectName(u"respondersLabel")

        self.leftColumn.addWidget(self.respondersLabel)

        self.respondersList = QListWidget(OverdoseDialog)
        self.respondersList.setObjectName(u"respondersList")

        self.leftColumn.addWidget(self.respondersList)


        self.columns.addLayout(self.leftColumn)

        self.middleColumn = QVBoxLayout()
        self.middleColumn.setObjectName(u"middleColumn")
        self.seenGroup = QGroupBox(OverdoseDialog)
        self.seenGroup.setObjectName(u"seenGroup")
        self.seenGroupLayout = QVBoxLayout(self.seenGroup)
        self.seenGroupLayout.setSpacing(4)
        self.seenGroupLayout.setObjectName(u"seenGroupLayout")
        self.signsHost = QWidget(self.seenGroup)
        self.signsHost.setObjectName(u"signsHost")

        self.seenGroupLayout.addWidget(self.signsHost)


        self.middleColumn.addWidget(self.seenGroup)


        self.columns.addLayout(self.middleColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.careGroup = QGroupBox(OverdoseDialog)
        self.careGroup.setObjectName(u"careGroup")
        self.careGroupLayout = QVBoxLayout(self.careGroup)
        self.careGroupLayout.setSpacing(4)
        self.careGroupLayout.setObjectName(u"careGroupLayout")
        self.careForm = QFormLayout()
        self.careForm.setObjectName(u"careForm")
        self.dosesLabel = QLabel(self.careGroup)
        self.dosesLabel.setObjectName(u"dosesLabel")

        self.careForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dosesLabel)

        self.dosesSpin = QSpinBox(self.careGroup)
        self.dosesSpin.setObjectName(u"dosesSpin")
        self.dosesSpin.setMaximum(20)

        self.careForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dosesSpin)

        self.routeLabel = QLabel(self.careGroup)
        self.routeLabel.setObjectName(u"routeLabel")

        self.careForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(self.careGroup)
        self.routeCombo.setObjectName(u"routeCombo")

        self.careForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.breathsCheck = QCheckBox(self.careGroup)
        self.breathsCheck.setObjectName(u"breathsCheck")

        self.careForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.breathsCheck)

        self.oxygenCheck = QCheckBox(self.careGroup)
        self.oxygenCheck.setObjectName(u"oxygenCheck")

        self.careForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.oxygenCheck)

        self.called911Check = QCheckBox(self.careGroup)
        self.called911Check.setObjectName(u"called911Check")

        self.careForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.called911Check)

        self.paramedicsCheck = QCheckBox(self.careGroup)
        self.paramedicsCheck.setObjectName(u"paramedicsCheck")

        self.careForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.paramedicsCheck)

        self.outcomeLabel = QLabel(self.careGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.careForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.careGroup)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.careForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.aftercareCheck = QCheckBox(self.careGroup)
        self.aftercareCheck.setObjectName(u"aftercareCheck")

        self.careForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.aftercareCheck)

        self.debriefOfferedCheck = QCheckBox(self.careGroup)
        self.debriefOfferedCheck.setObjectName(u"debriefOfferedCheck")

        self.careForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.debriefOfferedCheck)

        self.debriefHeldCheck = QCheckBox(self.careGroup)
        self.debriefHeldCheck.setObjectName(u"debriefHeldCheck")

        self.careForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.debriefHeldCheck)


        self.careGroupLayout.addLayout(self.careForm)


        self.rightColumn.addWidget(self.careGroup)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 5)
        self.columns.setStretch(1, 4)
        self.columns.setStretch(2, 5)

        self.outer.addLayout(self.columns)

        self.remarkLabel = QLabel(OverdoseDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.outer.addWidget(self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(OverdoseDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 90))

        self.outer.addWidget(self.remarkEdit)

        self.stateLabel = QLabel(OverdoseDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.stateLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.discardButton = QPushButton(OverdoseDialog)
        self.discardButton.setObjectName(u"discardButton")
        self.discardButton.setProperty(u"danger", True)
        self.discardButton.setAutoDefault(False)

        self.buttons.addWidget(self.discardButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.keepButton = QPushButton(OverdoseDialog)
        self.keepButton.setObjectName(u"keepButton")
        self.keepButton.setAutoDefault(False)

        self.buttons.addWidget(self.keepButton)

        self.signButton = QPushButton(OverdoseDialog)
        self.signButton.setObjectName(u"signButton")
        self.signButton.setProperty(u"primary", True)
        self.signButton.setAutoDefault(False)

        self.buttons.addWidget(self.signButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.whenEdit)
        self.placeLabel.setBuddy(self.placeCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.clientLabel.setBuddy(self.clientEdit)
        self.ageLabel.setBuddy(self.ageCombo)
        self.genderLabel.setBuddy(self.genderCombo)
        self.respondersLabel.setBuddy(self.respondersList)
        self.dosesLabel.setBuddy(self.dosesSpin)
        self.routeLabel.setBuddy(self.routeCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.placeCombo, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.ageCombo)
        QWidget.setTabOrder(self.ageCombo, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.dosesSpin)
        QWidget.setTabOrder(self.dosesSpin, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.breathsCheck)
        QWidget.setTabOrder(self.breathsCheck, self.oxygenCheck)
        QWidget.setTabOrder(self.oxygenCheck, self.called911Check)
        QWidget.setTabOrder(self.called911Check, self.paramedicsCheck)
        QWidget.setTabOrder(self.paramedicsCheck, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.aftercareCheck)
        QWidget.setTabOrder(self.aftercareCheck, self.debriefOfferedCheck)
        QWidget.setTabOrder(self.debriefOfferedCheck, self.debriefHeldCheck)
        QWidget.setTabOrder(self.debriefHeldCheck, self.respondersList)
        QWidget.setTabOrder(self.respondersList, self.remarkEdit)
        QWidget.setTabOrder(self.remarkEdit, self.whenEdit)

        self.retranslateUi(OverdoseDialog)

        QMetaObject.connectSlotsByName(OverdoseDialog)
    # setupUi

    def retranslateUi(self, OverdoseDialog):
        OverdoseDialog.setWindowTitle(QCoreApplication.translate("OverdoseDialog", u"Overdose response", None))
        self.headingLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Overdose response", None))
        self.whereGroup.setTitle(QCoreApplication.translate("OverdoseDialog", u"Where and who", None))
        self.whenLabel.setText(QCoreApplication.translate("OverdoseDialog", u"&When", None))
#if QT_CONFIG(accessibility)
        self.whenEdit.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Date and time of the overdose", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Whe&re", None))
#if QT_CONFIG(accessibility)
        self.placeCombo.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Where it happened", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Ar&ea", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Outreach area", None))
#endif // QT_CONFIG(accessibility)
        self.clientLabel.setText(QCoreApplication.translate("OverdoseDialog", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.clientEdit.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Client alias or code, or empty for someone anonymous", None))
#endif // QT_CONFIG(accessibility)
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("OverdoseDialog", u"Alias or code; leave empty if anonymous", None))
#if QT_CONFIG(accessibility)
        self.clientFound.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Client found", None))
#endif // QT_CONFIG(accessibility)
        self.ageLabel.setText(QCoreApplication.translate("OverdoseDialog", u"A&ge band", None))
#if QT_CONFIG(accessibility)
        self.ageCombo.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Age band (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Gen&der", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Gender identity (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.respondersLabel.setText(QCoreApplication.translate("OverdoseDialog", u"W&ho responded", None))
#if QT_CONFIG(accessibility)
        self.respondersList.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Staff who responded: Space ticks", None))
#endif // QT_CONFIG(accessibility)
        self.seenGroup.setTitle(QCoreApplication.translate("OverdoseDialog", u"What was seen", None))
        self.careGroup.setTitle(QCoreApplication.translate("OverdoseDialog", u"What was done", None))
        self.dosesLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Nalo&xone doses", None))
#if QT_CONFIG(accessibility)
        self.dosesSpin.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Naloxone doses given", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Ro&ute", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"How naloxone was given", None))
#endif // QT_CONFIG(accessibility)
        self.breathsCheck.setText(QCoreApplication.translate("OverdoseDialog", u"Rescue breaths", None))
        self.oxygenCheck.setText(QCoreApplication.translate("OverdoseDialog", u"Oxygen", None))
        self.called911Check.setText(QCoreApplication.translate("OverdoseDialog", u"911 called", None))
        self.paramedicsCheck.setText(QCoreApplication.translate("OverdoseDialog", u"Paramedics attended", None))
        self.outcomeLabel.setText(QCoreApplication.translate("OverdoseDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.aftercareCheck.setText(QCoreApplication.translate("OverdoseDialog", u"Aftercare offered", None))
        self.debriefOfferedCheck.setText(QCoreApplication.translate("OverdoseDialog", u"Staff debrief offered", None))
        self.debriefHeldCheck.setText(QCoreApplication.translate("OverdoseDialog", u"Staff debrief held", None))
        self.remarkLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Rem&ark (sealed: counsellors and the coordinator only)", None))
#if QT_CONFIG(accessibility)
        self.remarkEdit.setAccessibleName(QCoreApplication.translate("OverdoseDialog", u"Remark", None))
#endif // QT_CONFIG(accessibility)
        self.stateLabel.setText(QCoreApplication.translate("OverdoseDialog", u"Saved as a draft in the vault every few seconds, and when the app locks.", None))
        self.discardButton.setText(QCoreApplication.translate("OverdoseDialog", u"D&iscard draft\u2026", None))
        self.keepButton.setText(QCoreApplication.translate("OverdoseDialog", u"&Keep as draft and close", None))
        self.signButton.setText(QCoreApplication.translate("OverdoseDialog", u"&Sign response", None))
#if QT_CONFIG(tooltip)
        self.signButton.setToolTip(QCoreApplication.translate("OverdoseDialog", u"Sign: the record becomes final (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
