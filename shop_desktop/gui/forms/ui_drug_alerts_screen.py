# Generated from ui/drug_alerts_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout)

class Ui_DrugAlertsScreen(object):
    def setupUi(self, DrugAlertsScreen):
        if not DrugAlertsScreen.objectName():
            DrugAlertsScreen.setObjectName(u"DrugAlertsScreen")
        DrugAlertsScreen.resize(840, 620)
        self.outer = QVBoxLayout(DrugAlertsScreen)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 20, 20, 20)
        self.headingLabel = QLabel(DrugAlertsScreen)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.outer.addWidget(self.headingLabel)

        self.introLabel = QLabel(DrugAlertsScreen)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.substanceLabel = QLabel(DrugAlertsScreen)
        self.substanceLabel.setObjectName(u"substanceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.substanceLabel)

        self.substanceEdit = QLineEdit(DrugAlertsScreen)
        self.substanceEdit.setObjectName(u"substanceEdit")
        self.substanceEdit.setMaxLength(80)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.substanceEdit)

        self.differentLabel = QLabel(DrugAlertsScreen)
        self.differentLabel.setObjectName(u"differentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.differentLabel)

        self.differentEdit = QLineEdit(DrugAlertsScreen)
        self.differentEdit.setObjectName(u"differentEdit")
        self.differentEdit.setMaxLength(400)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.differentEdit)

        self.whereLabel = QLabel(DrugAlertsScreen)
        self.whereLabel.setObjectName(u"whereLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whereLabel)

        self.whereEdit = QLineEdit(DrugAlertsScreen)
        self.whereEdit.setObjectName(u"whereEdit")
        self.whereEdit.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whereEdit)

        self.sourceLabel = QLabel(DrugAlertsScreen)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(DrugAlertsScreen)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.issuedLabel = QLabel(DrugAlertsScreen)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.issuedEdit = QDateEdit(DrugAlertsScreen)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.issuedEdit)

        self.untilLabel = QLabel(DrugAlertsScreen)
        self.untilLabel.setObjectName(u"untilLabel")

        self.datesRow.addWidget(self.untilLabel)

        self.untilEdit = QDateEdit(DrugAlertsScreen)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.untilEdit)

        self.datesStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesStretch)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.datesRow)


        self.outer.addLayout(self.form)

        self.postRow = QHBoxLayout()
        self.postRow.setObjectName(u"postRow")
        self.postButton = QPushButton(DrugAlertsScreen)
        self.postButton.setObjectName(u"postButton")
        self.postButton.setProperty(u"primary", True)

        self.postRow.addWidget(self.postButton)

        self.messageLabel = QLabel(DrugAlertsScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.postRow.addWidget(self.messageLabel)

        self.postStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.postRow.addItem(self.postStretch)


        self.outer.addLayout(self.postRow)

        self.emptyLabel = QLabel(DrugAlertsScreen)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.emptyLabel)

        self.alertsTable = QTableView(DrugAlertsScreen)
        self.alertsTable.setObjectName(u"alertsTable")

        self.outer.addWidget(self.alertsTable)

        self.posterRow = QHBoxLayout()
        self.posterRow.setObjectName(u"posterRow")
        self.printButton = QPushButton(DrugAlertsScreen)
        self.printButton.setObjectName(u"printButton")

        self.posterRow.addWidget(self.printButton)

        self.pdfButton = QPushButton(DrugAlertsScreen)
        self.pdfButton.setObjectName(u"pdfButton")

        self.posterRow.addWidget(self.pdfButton)

        self.posterStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.posterRow.addItem(self.posterStretch)

        self.withdrawButton = QPushButton(DrugAlertsScreen)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.posterRow.addWidget(self.withdrawButton)


        self.outer.addLayout(self.posterRow)

#if QT_CONFIG(shortcut)
        self.substanceLabel.setBuddy(self.substanceEdit)
        self.differentLabel.setBuddy(self.differentEdit)
        self.whereLabel.setBuddy(self.whereEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.issuedLabel.setBuddy(self.issuedEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DrugAlertsScreen)

        QMetaObject.connectSlotsByName(DrugAlertsScreen)
    # setupUi

    def retranslateUi(self, DrugAlertsScreen):
        DrugAlertsScreen.setWindowTitle(QCoreApplication.translate("DrugAlertsScreen", u"Drug alerts", None))
        self.headingLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"Drug alerts", None))
        self.introLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"Alerts from the health authority, drug checking or the community. While one is active it shows on Check in and Outreach so staff can tell people. Clients may read everything here: never name anyone.", None))
        self.substanceLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"&Substance *", None))
        self.substanceEdit.setPlaceholderText(QCoreApplication.translate("DrugAlertsScreen", u"e.g. Fentanyl with benzodiazepines", None))
#if QT_CONFIG(accessibility)
        self.substanceEdit.setAccessibleName(QCoreApplication.translate("DrugAlertsScreen", u"Substance", None))
#endif // QT_CONFIG(accessibility)
        self.differentLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"&What's different *", None))
        self.differentEdit.setPlaceholderText(QCoreApplication.translate("DrugAlertsScreen", u"e.g. Purple; heavy sedation that naloxone doesn't lift", None))
#if QT_CONFIG(accessibility)
        self.differentEdit.setAccessibleName(QCoreApplication.translate("DrugAlertsScreen", u"What's different", None))
#endif // QT_CONFIG(accessibility)
        self.whereLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"Where s&een", None))
        self.whereEdit.setPlaceholderText(QCoreApplication.translate("DrugAlertsScreen", u"optional, e.g. Downtown core", None))
#if QT_CONFIG(accessibility)
        self.whereEdit.setAccessibleName(QCoreApplication.translate("DrugAlertsScreen", u"Where seen", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"S&ource *", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("DrugAlertsScreen", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.issuedLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"&Issued", None))
#if QT_CONFIG(accessibility)
        self.issuedEdit.setAccessibleName(QCoreApplication.translate("DrugAlertsScreen", u"Issued on", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"Show &until", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("DrugAlertsScreen", u"Show until", None))
#endif // QT_CONFIG(accessibility)
        self.postButton.setText(QCoreApplication.translate("DrugAlertsScreen", u"&Post alert", None))
        self.messageLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("DrugAlertsScreen", u"No drug alerts yet. Post one above when the health authority or drug checking sends one.", None))
#if QT_CONFIG(accessibility)
        self.alertsTable.setAccessibleName(QCoreApplication.translate("DrugAlertsScreen", u"Drug alerts", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DrugAlertsScreen", u"Print poste&r\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("DrugAlertsScreen", u"Save poster as P&DF\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("DrugAlertsScreen", u"&Take down", None))
    # retranslateUi
