# Generated from ui/outreach_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QTimeEdit,
    QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import BodyScroll

class Ui_OutreachScreen(object):
    def setupUi(self, OutreachScreen):
        if not OutreachScreen.objectName():
            OutreachScreen.setObjectName(u"OutreachScreen")
        OutreachScreen.resize(1200, 700)
        self.outer = QHBoxLayout(OutreachScreen)
        self.outer.setSpacing(20)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 16, 20, 16)
        self.leftColumn = QWidget(OutreachScreen)
        self.leftColumn.setObjectName(u"leftColumn")
        self.left = QVBoxLayout(self.leftColumn)
        self.left.setObjectName(u"left")
        self.left.setContentsMargins(0, 0, 0, 0)
        self.formTitle = QLabel(self.leftColumn)
        self.formTitle.setObjectName(u"formTitle")
        self.formTitle.setProperty(u"heading", True)

        self.left.addWidget(self.formTitle)

        self.scroll = BodyScroll(self.leftColumn)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.form_box = QWidget()
        self.form_box.setObjectName(u"form_box")
        self.formColumn = QVBoxLayout(self.form_box)
        self.formColumn.setObjectName(u"formColumn")
        self.formColumn.setContentsMargins(0, 0, 8, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.dayLabel = QLabel(self.form_box)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(self.form_box)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.timeLabel = QLabel(self.form_box)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.timeRow.setContentsMargins(0, 0, 0, 0)
        self.starts = QTimeEdit(self.form_box)
        self.starts.setObjectName(u"starts")

        self.timeRow.addWidget(self.starts)

        self.toLabel = QLabel(self.form_box)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.ends = QTimeEdit(self.form_box)
        self.ends.setObjectName(u"ends")

        self.timeRow.addWidget(self.ends)

        self.length = QLabel(self.form_box)
        self.length.setObjectName(u"length")

        self.timeRow.addWidget(self.length)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.spacer0)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.whereLabel = QLabel(self.form_box)
        self.whereLabel.setObjectName(u"whereLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whereLabel)

        self.whereRow = QHBoxLayout()
        self.whereRow.setObjectName(u"whereRow")
        self.whereRow.setContentsMargins(0, 0, 0, 0)
        self.street = QRadioButton(self.form_box)
        self.street.setObjectName(u"street")

        self.whereRow.addWidget(self.street)

        self.online = QRadioButton(self.form_box)
        self.online.setObjectName(u"online")

        self.whereRow.addWidget(self.online)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whereRow.addItem(self.spacer1)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whereRow)

        self.areaLabel = QLabel(self.form_box)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaRow = QHBoxLayout()
        self.areaRow.setObjectName(u"areaRow")
        self.areaRow.setContentsMargins(0, 0, 0, 0)
        self.area = QComboBox(self.form_box)
        self.area.setObjectName(u"area")
        self.area.setMinimumSize(QSize(180, 0))

        self.areaRow.addWidget(self.area)

        self.add_area_button = QPushButton(self.form_box)
        self.add_area_button.setObjectName(u"add_area_button")

        self.areaRow.addWidget(self.add_area_button)

        self.retire_area_button = QPushButton(self.form_box)
        self.retire_area_button.setObjectName(u"retire_area_button")

        self.areaRow.addWidget(self.retire_area_button)

        self.areaRow.setStretch(0, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.areaRow)

        self.contactsLabel = QLabel(self.form_box)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactsLabel)

        self.contactsRow = QHBoxLayout()
        self.contactsRow.setObjectName(u"contactsRow")
        self.contactsRow.setContentsMargins(0, 0, 0, 0)
        self.contacts = QSpinBox(self.form_box)
        self.contacts.setObjectName(u"contacts")
        self.contacts.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.contactsRow.addWidget(self.contacts)

        self.who_button = QPushButton(self.form_box)
        self.who_button.setObjectName(u"who_button")

        self.contactsRow.addWidget(self.who_button)

        self.who_label = QLabel(self.form_box)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setProperty(u"subtle", True)

        self.contactsRow.addWidget(self.who_label)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactsRow.addItem(self.spacer2)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.contactsRow)

        self.suppliesLabel = QLabel(self.form_box)
        self.suppliesLabel.setObjectName(u"suppliesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.suppliesLabel)

        self.suppliesFrame = QFrame(self.form_box)
        self.suppliesFrame.setObjectName(u"suppliesFrame")
        self.suppliesFrame.setFrameShape(QFrame.StyledPanel)
        self.suppliesGrid = QGridLayout(self.suppliesFrame)
        self.suppliesGrid.setObjectName(u"suppliesGrid")
        self.suppliesGrid.setVerticalSpacing(3)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.suppliesFrame)

        self.referralsLabel = QLabel(self.form_box)
        self.referralsLabel.setObjectName(u"referralsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.referralsLabel)

        self.referralsRow = QHBoxLayout()
        self.referralsRow.setObjectName(u"referralsRow")
        self.referralsRow.setContentsMargins(0, 0, 0, 0)
        self.referrals = QSpinBox(self.form_box)
        self.referrals.setObjectName(u"referrals")
        self.referrals.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.referralsRow.addWidget(self.referrals)

        self.alertsLabel = QLabel(self.form_box)
        self.alertsLabel.setObjectName(u"alertsLabel")

        self.referralsRow.addWidget(self.alertsLabel)

        self.alerts = QSpinBox(self.form_box)
        self.alerts.setObjectName(u"alerts")
        self.alerts.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.referralsRow.addWidget(self.alerts)

        self.spacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.referralsRow.addItem(self.spacer3)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.referralsRow)

        self.remarkLabel = QLabel(self.form_box)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remark = QLineEdit(self.form_box)
        self.remark.setObjectName(u"remark")
        self.remark.setMinimumSize(QSize(320, 0))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.remark)


        self.formColumn.addLayout(self.form)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveRow.setContentsMargins(0, 0, 0, 0)
        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setProperty(u"primary", True)

        self.saveRow.addWidget(self.save_button)

        self.clear_button = QPushButton(self.form_box)
        self.clear_button.setObjectName(u"clear_button")

        self.saveRow.addWidget(self.clear_button)

        self.spacer4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.spacer4)


        self.formColumn.addLayout(self.saveRow)

        self.message = QLabel(self.form_box)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.formColumn.addWidget(self.message)

        self.spacer5 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formColumn.addItem(self.spacer5)

        self.scroll.setWidget(self.form_box)

        self.left.addWidget(self.scroll)

        self.left.setStretch(1, 1)

        self.outer.addWidget(self.leftColumn)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.listTitle = QLabel(OutreachScreen)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setProperty(u"heading", True)

        self.right.addWidget(self.listTitle)

        self.empty = QLabel(OutreachScreen)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"subtle", True)

        self.right.addWidget(self.empty)

        self.table = QTableView(OutreachScreen)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)

        self.right.addWidget(self.table)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.listButtons.setContentsMargins(0, 0, 0, 0)
        self.edit_button = QPushButton(OutreachScreen)
        self.edit_button.setObjectName(u"edit_button")

        self.listButtons.addWidget(self.edit_button)

        self.void_button = QPushButton(OutreachScreen)
        self.void_button.setObjectName(u"void_button")

        self.listButtons.addWidget(self.void_button)

        self.spacer6 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.spacer6)


        self.right.addLayout(self.listButtons)

        self.right.setStretch(2, 1)

        self.outer.addLayout(self.right)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.timeLabel.setBuddy(self.starts)
        self.areaLabel.setBuddy(self.area)
        self.contactsLabel.setBuddy(self.contacts)
        self.referralsLabel.setBuddy(self.referrals)
        self.remarkLabel.setBuddy(self.remark)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutreachScreen)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(OutreachScreen)
    # setupUi

    def retranslateUi(self, OutreachScreen):
        self.formTitle.setText(QCoreApplication.translate("OutreachScreen", u"Log an outreach shift", None))
#if QT_CONFIG(accessibility)
        self.formTitle.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Log an outreach shift", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("OutreachScreen", u"&Date *", None))
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Date of the shift", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("OutreachScreen", u"&Time *", None))
#if QT_CONFIG(accessibility)
        self.starts.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("OutreachScreen", u"to", None))
#if QT_CONFIG(accessibility)
        self.ends.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.whereLabel.setText(QCoreApplication.translate("OutreachScreen", u"Where *", None))
        self.street.setText(QCoreApplication.translate("OutreachScreen", u"Str&eet", None))
        self.online.setText(QCoreApplication.translate("OutreachScreen", u"On&line", None))
        self.areaLabel.setText(QCoreApplication.translate("OutreachScreen", u"&Area *", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Area or platform", None))
#endif // QT_CONFIG(accessibility)
        self.add_area_button.setText(QCoreApplication.translate("OutreachScreen", u"Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_area_button.setToolTip(QCoreApplication.translate("OutreachScreen", u"Add a street area or online platform to the list", None))
#endif // QT_CONFIG(tooltip)
        self.retire_area_button.setText(QCoreApplication.translate("OutreachScreen", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.retire_area_button.setToolTip(QCoreApplication.translate("OutreachScreen", u"Take this area off the list (past shifts keep it)", None))
#endif // QT_CONFIG(tooltip)
        self.contactsLabel.setText(QCoreApplication.translate("OutreachScreen", u"&Contacts", None))
#if QT_CONFIG(accessibility)
        self.contacts.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Contacts: people met", None))
#endif // QT_CONFIG(accessibility)
        self.who_button.setText(QCoreApplication.translate("OutreachScreen", u"&Who you met\u2026", None))
        self.suppliesLabel.setText(QCoreApplication.translate("OutreachScreen", u"<b>Supplies handed out</b> (items)", None))
        self.referralsLabel.setText(QCoreApplication.translate("OutreachScreen", u"&Referrals", None))
#if QT_CONFIG(accessibility)
        self.referrals.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Referrals made", None))
#endif // QT_CONFIG(accessibility)
        self.alertsLabel.setText(QCoreApplication.translate("OutreachScreen", u"Alerts shared", None))
#if QT_CONFIG(accessibility)
        self.alerts.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Alerts shared", None))
#endif // QT_CONFIG(accessibility)
        self.remarkLabel.setText(QCoreApplication.translate("OutreachScreen", u"Re&mark", None))
#if QT_CONFIG(accessibility)
        self.remark.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Remark", None))
#endif // QT_CONFIG(accessibility)
        self.remark.setPlaceholderText(QCoreApplication.translate("OutreachScreen", u"Practical only, e.g. weather, where people were. No names.", None))
        self.save_button.setText(QCoreApplication.translate("OutreachScreen", u"&Save shift", None))
        self.clear_button.setText(QCoreApplication.translate("OutreachScreen", u"&New shift", None))
        self.message.setText("")
        self.listTitle.setText(QCoreApplication.translate("OutreachScreen", u"Past shifts", None))
#if QT_CONFIG(accessibility)
        self.listTitle.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Past shifts", None))
#endif // QT_CONFIG(accessibility)
        self.empty.setText(QCoreApplication.translate("OutreachScreen", u"No shifts logged yet. Fill in the form after your shift and press Save.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("OutreachScreen", u"Past shifts", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("OutreachScreen", u"&Open to correct", None))
        self.void_button.setText(QCoreApplication.translate("OutreachScreen", u"Vo&id shift\u2026", None))
        pass
    # retranslateUi
