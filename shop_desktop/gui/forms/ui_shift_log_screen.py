# Generated from ui/shift_log_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout)

class Ui_ShiftLogScreen(object):
    def setupUi(self, ShiftLogScreen):
        if not ShiftLogScreen.objectName():
            ShiftLogScreen.setObjectName(u"ShiftLogScreen")
        ShiftLogScreen.resize(840, 620)
        self.outer = QVBoxLayout(ShiftLogScreen)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 20, 20, 20)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.headingLabel = QLabel(ShiftLogScreen)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.titleRow.addWidget(self.headingLabel)

        self.titleStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleStretch)

        self.dayLabel = QLabel(ShiftLogScreen)
        self.dayLabel.setObjectName(u"dayLabel")

        self.titleRow.addWidget(self.dayLabel)

        self.dayEdit = QDateEdit(ShiftLogScreen)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.titleRow.addWidget(self.dayEdit)


        self.outer.addLayout(self.titleRow)

        self.ruleLabel = QLabel(ShiftLogScreen)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.ruleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.entryLabel = QLabel(ShiftLogScreen)
        self.entryLabel.setObjectName(u"entryLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entryLabel)

        self.entryEdit = QLineEdit(ShiftLogScreen)
        self.entryEdit.setObjectName(u"entryEdit")
        self.entryEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entryEdit)

        self.codeLabel = QLabel(ShiftLogScreen)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ShiftLogScreen)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(16)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.handoverCheck = QCheckBox(ShiftLogScreen)
        self.handoverCheck.setObjectName(u"handoverCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.handoverCheck)


        self.outer.addLayout(self.form)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.addButton = QPushButton(ShiftLogScreen)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setProperty(u"primary", True)

        self.addRow.addWidget(self.addButton)

        self.messageLabel = QLabel(ShiftLogScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.addRow.addWidget(self.messageLabel)

        self.addStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addStretch)


        self.outer.addLayout(self.addRow)

        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.listLabel = QLabel(ShiftLogScreen)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setProperty(u"subtle", True)

        self.listRow.addWidget(self.listLabel)

        self.listStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listRow.addItem(self.listStretch)

        self.doneButton = QPushButton(ShiftLogScreen)
        self.doneButton.setObjectName(u"doneButton")

        self.listRow.addWidget(self.doneButton)


        self.outer.addLayout(self.listRow)

        self.emptyLabel = QLabel(ShiftLogScreen)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.emptyLabel)

        self.logTable = QTableView(ShiftLogScreen)
        self.logTable.setObjectName(u"logTable")

        self.outer.addWidget(self.logTable)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.entryLabel.setBuddy(self.entryEdit)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ShiftLogScreen)

        QMetaObject.connectSlotsByName(ShiftLogScreen)
    # setupUi

    def retranslateUi(self, ShiftLogScreen):
        ShiftLogScreen.setWindowTitle(QCoreApplication.translate("ShiftLogScreen", u"Shift log", None))
        self.headingLabel.setText(QCoreApplication.translate("ShiftLogScreen", u"Shift log", None))
        self.dayLabel.setText(QCoreApplication.translate("ShiftLogScreen", u"&Day", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("ShiftLogScreen", u"Day of the log", None))
#endif // QT_CONFIG(accessibility)
        self.ruleLabel.setText(QCoreApplication.translate("ShiftLogScreen", u"One line each, for the next shift. No note text and no health details here: write where something is and what needs doing. Name a client by their code only.", None))
        self.entryLabel.setText(QCoreApplication.translate("ShiftLogScreen", u"&Entry *", None))
        self.entryEdit.setPlaceholderText(QCoreApplication.translate("ShiftLogScreen", u"e.g. Safe Suite key is with night staff", None))
#if QT_CONFIG(accessibility)
        self.entryEdit.setAccessibleName(QCoreApplication.translate("ShiftLogScreen", u"Entry", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("ShiftLogScreen", u"Client &code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ShiftLogScreen", u"optional, e.g. K7P2Q", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("ShiftLogScreen", u"Client code", None))
#endif // QT_CONFIG(accessibility)
        self.handoverCheck.setText(QCoreApplication.translate("ShiftLogScreen", u"Hand&over: carry it to the next shifts until someone marks it done", None))
#if QT_CONFIG(accessibility)
        self.handoverCheck.setAccessibleName(QCoreApplication.translate("ShiftLogScreen", u"Handover item", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ShiftLogScreen", u"&Add to the log", None))
        self.messageLabel.setText("")
        self.listLabel.setText(QCoreApplication.translate("ShiftLogScreen", u"Handover items still open come first, then the day's entries.", None))
        self.doneButton.setText(QCoreApplication.translate("ShiftLogScreen", u"&Mark done", None))
        self.emptyLabel.setText(QCoreApplication.translate("ShiftLogScreen", u"Nothing in the log for this day yet.", None))
#if QT_CONFIG(accessibility)
        self.logTable.setAccessibleName(QCoreApplication.translate("ShiftLogScreen", u"Shift log entries", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
