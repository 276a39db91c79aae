# Generated from ui/stock_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout)

class Ui_StockScreen(object):
    def setupUi(self, StockScreen):
        if not StockScreen.objectName():
            StockScreen.setObjectName(u"StockScreen")
        StockScreen.resize(840, 620)
        self.outer = QVBoxLayout(StockScreen)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 20, 20, 20)
        self.headingLabel = QLabel(StockScreen)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.outer.addWidget(self.headingLabel)

        self.warningsLabel = QLabel(StockScreen)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setProperty(u"warning", True)

        self.outer.addWidget(self.warningsLabel)

        self.middle = QHBoxLayout()
        self.middle.setSpacing(16)
        self.middle.setObjectName(u"middle")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(10)
        self.leftColumn.setObjectName(u"leftColumn")
        self.recordBox = QGroupBox(StockScreen)
        self.recordBox.setObjectName(u"recordBox")
        self.recordLayout = QVBoxLayout(self.recordBox)
        self.recordLayout.setSpacing(6)
        self.recordLayout.setObjectName(u"recordLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.supplyLabel = QLabel(self.recordBox)
        self.supplyLabel.setObjectName(u"supplyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supplyLabel)

        self.supplyCombo = QComboBox(self.recordBox)
        self.supplyCombo.setObjectName(u"supplyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.supplyCombo)

        self.kindLabel = QLabel(self.recordBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.recordBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.quantityLabel = QLabel(self.recordBox)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantitySpin = QSpinBox(self.recordBox)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMaximum(100000)
        self.quantitySpin.setMinimum(0)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantitySpin)

        self.dayLabel = QLabel(self.recordBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(self.recordBox)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.lotLabel = QLabel(self.recordBox)
        self.lotLabel.setObjectName(u"lotLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lotLabel)

        self.lotEdit = QLineEdit(self.recordBox)
        self.lotEdit.setObjectName(u"lotEdit")
        self.lotEdit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lotEdit)

        self.expiryLabel = QLabel(self.recordBox)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expiryEdit = QDateEdit(self.recordBox)
        self.expiryEdit.setObjectName(u"expiryEdit")
        self.expiryEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.expiryEdit)

        self.reasonLabel = QLabel(self.recordBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(self.recordBox)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.recordLayout.addLayout(self.form)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveButton = QPushButton(self.recordBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.saveRow.addWidget(self.saveButton)

        self.saveStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveStretch)


        self.recordLayout.addLayout(self.saveRow)

        self.messageLabel = QLabel(self.recordBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.recordLayout.addWidget(self.messageLabel)


        self.leftColumn.addWidget(self.recordBox)

        self.sheetBox = QGroupBox(StockScreen)
        self.sheetBox.setObjectName(u"sheetBox")
        self.sheetLayout = QVBoxLayout(self.sheetBox)
        self.sheetLayout.setSpacing(6)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.monthRow = QHBoxLayout()
        self.monthRow.setObjectName(u"monthRow")
        self.monthLabel = QLabel(self.sheetBox)
        self.monthLabel.setObjectName(u"monthLabel")

        self.monthRow.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(self.sheetBox)
        self.monthCombo.setObjectName(u"monthCombo")

        self.monthRow.addWidget(self.monthCombo)


        self.sheetLayout.addLayout(self.monthRow)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.pdfButton = QPushButton(self.sheetBox)
        self.pdfButton.setObjectName(u"pdfButton")

        self.sheetRow.addWidget(self.pdfButton)

        self.csvButton = QPushButton(self.sheetBox)
        self.csvButton.setObjectName(u"csvButton")

        self.sheetRow.addWidget(self.csvButton)

        self.sheetStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.sheetStretch)


        self.sheetLayout.addLayout(self.sheetRow)


        self.leftColumn.addWidget(self.sheetBox)


        self.middle.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(6)
        self.rightColumn.setObjectName(u"rightColumn")
        self.suppliesTable = QTableView(StockScreen)
        self.suppliesTable.setObjectName(u"suppliesTable")

        self.rightColumn.addWidget(self.suppliesTable)

        self.levelRow = QHBoxLayout()
        self.levelRow.setObjectName(u"levelRow")
        self.levelHint = QLabel(StockScreen)
        self.levelHint.setObjectName(u"levelHint")
        self.levelHint.setProperty(u"subtle", True)

        self.levelRow.addWidget(self.levelHint)

        self.levelStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.levelRow.addItem(self.levelStretch)

        self.reorderButton = QPushButton(StockScreen)
        self.reorderButton.setObjectName(u"reorderButton")

        self.levelRow.addWidget(self.reorderButton)


        self.rightColumn.addLayout(self.levelRow)

        self.movesLabel = QLabel(StockScreen)
        self.movesLabel.setObjectName(u"movesLabel")
        self.movesLabel.setProperty(u"subtle", True)

        self.rightColumn.addWidget(self.movesLabel)

        self.movesTable = QTableView(StockScreen)
        self.movesTable.setObjectName(u"movesTable")

        self.rightColumn.addWidget(self.movesTable)


        self.middle.addLayout(self.rightColumn)


        self.outer.addLayout(self.middle)

#if QT_CONFIG(shortcut)
        self.supplyLabel.setBuddy(self.supplyCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.dayLabel.setBuddy(self.dayEdit)
        self.lotLabel.setBuddy(self.lotEdit)
        self.expiryLabel.setBuddy(self.expiryEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.monthLabel.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StockScreen)

        QMetaObject.connectSlotsByName(StockScreen)
    # setupUi

    def retranslateUi(self, StockScreen):
        StockScreen.setWindowTitle(QCoreApplication.translate("StockScreen", u"Supply stock", None))
        self.headingLabel.setText(QCoreApplication.translate("StockScreen", u"Supply stock", None))
        self.warningsLabel.setText("")
        self.recordBox.setTitle(QCoreApplication.translate("StockScreen", u"Record", None))
        self.supplyLabel.setText(QCoreApplication.translate("StockScreen", u"Su&pply", None))
#if QT_CONFIG(accessibility)
        self.supplyCombo.setAccessibleName(QCoreApplication.translate("StockScreen", u"Supply", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("StockScreen", u"&What happened", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("StockScreen", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("StockScreen", u"&Number *", None))
#if QT_CONFIG(accessibility)
        self.quantitySpin.setAccessibleName(QCoreApplication.translate("StockScreen", u"Number of items", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("StockScreen", u"Da&te", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("StockScreen", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.lotLabel.setText(QCoreApplication.translate("StockScreen", u"&Lot", None))
        self.lotEdit.setPlaceholderText(QCoreApplication.translate("StockScreen", u"on the box, e.g. NX2291", None))
#if QT_CONFIG(accessibility)
        self.lotEdit.setAccessibleName(QCoreApplication.translate("StockScreen", u"Lot number", None))
#endif // QT_CONFIG(accessibility)
        self.expiryLabel.setText(QCoreApplication.translate("StockScreen", u"E&xpires", None))
#if QT_CONFIG(accessibility)
        self.expiryEdit.setAccessibleName(QCoreApplication.translate("StockScreen", u"Expiry date", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("StockScreen", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("StockScreen", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("StockScreen", u"&Save", None))
        self.messageLabel.setText("")
        self.sheetBox.setTitle(QCoreApplication.translate("StockScreen", u"Monthly usage sheet", None))
        self.monthLabel.setText(QCoreApplication.translate("StockScreen", u"&Month", None))
#if QT_CONFIG(accessibility)
        self.monthCombo.setAccessibleName(QCoreApplication.translate("StockScreen", u"Month of the usage sheet", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("StockScreen", u"Save P&DF\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("StockScreen", u"Save &CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.suppliesTable.setAccessibleName(QCoreApplication.translate("StockScreen", u"Supplies on hand", None))
#endif // QT_CONFIG(accessibility)
        self.levelHint.setText(QCoreApplication.translate("StockScreen", u"Double-click a supply to record it.", None))
        self.reorderButton.setText(QCoreApplication.translate("StockScreen", u"Set re&order level\u2026", None))
        self.movesLabel.setText(QCoreApplication.translate("StockScreen", u"Recent deliveries, waste and counts", None))
#if QT_CONFIG(accessibility)
        self.movesTable.setAccessibleName(QCoreApplication.translate("StockScreen", u"Recent deliveries, waste and counts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
