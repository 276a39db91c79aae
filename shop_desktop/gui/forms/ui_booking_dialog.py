# Generated from ui/booking_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QSpinBox, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog):
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.resize(520, 380)
        BookingDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(BookingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.clientLabel = QLabel(BookingDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientColumn = QVBoxLayout()
        self.clientColumn.setObjectName(u"clientColumn")
        self.search = SearchBox(BookingDialog)
        self.search.setObjectName(u"search")

        self.clientColumn.addWidget(self.search)

        self.matches = QListWidget(BookingDialog)
        self.matches.setObjectName(u"matches")
        self.matches.setMaximumSize(QSize(16777215, 110))

        self.clientColumn.addWidget(self.matches)

        self.chosen = QLabel(BookingDialog)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setProperty(u"subtle", True)

        self.clientColumn.addWidget(self.chosen)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.clientColumn)

        self.unitLabel = QLabel(BookingDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QSpinBox(BookingDialog)
        self.unit.setObjectName(u"unit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit)

        self.arrivalLabel = QLabel(BookingDialog)
        self.arrivalLabel.setObjectName(u"arrivalLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.arrivalLabel)

        self.arrival = QDateEdit(BookingDialog)
        self.arrival.setObjectName(u"arrival")
        self.arrival.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.arrival)

        self.departureLabel = QLabel(BookingDialog)
        self.departureLabel.setObjectName(u"departureLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departureLabel)

        self.departureRow = QHBoxLayout()
        self.departureRow.setObjectName(u"departureRow")
        self.departure = QDateEdit(BookingDialog)
        self.departure.setObjectName(u"departure")
        self.departure.setCalendarPopup(True)

        self.departureRow.addWidget(self.departure)

        self.nights = QLabel(BookingDialog)
        self.nights.setObjectName(u"nights")

        self.departureRow.addWidget(self.nights)

        self.departureRow.setStretch(1, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.departureRow)

        self.staffLabel = QLabel(BookingDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staff = QComboBox(BookingDialog)
        self.staff.setObjectName(u"staff")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.staff)

        self.remarkLabel = QLabel(BookingDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remark = QLineEdit(BookingDialog)
        self.remark.setObjectName(u"remark")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remark)


        self.layout.addLayout(self.form)

        self.message = QLabel(BookingDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"error", True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(BookingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.clientLabel.setBuddy(self.search)
        self.unitLabel.setBuddy(self.unit)
        self.arrivalLabel.setBuddy(self.arrival)
        self.departureLabel.setBuddy(self.departure)
        self.staffLabel.setBuddy(self.staff)
        self.remarkLabel.setBuddy(self.remark)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.matches)
        QWidget.setTabOrder(self.matches, self.unit)
        QWidget.setTabOrder(self.unit, self.arrival)
        QWidget.setTabOrder(self.arrival, self.departure)
        QWidget.setTabOrder(self.departure, self.staff)
        QWidget.setTabOrder(self.staff, self.remark)

        self.retranslateUi(BookingDialog)

        QMetaObject.connectSlotsByName(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog):
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"Book a stay in the Safe Suite", None))
        self.clientLabel.setText(QCoreApplication.translate("BookingDialog", u"&Client *", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Client", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"Type an alias or client code\u2026", None))
#if QT_CONFIG(accessibility)
        self.matches.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Clients found", None))
#endif // QT_CONFIG(accessibility)
        self.chosen.setText(QCoreApplication.translate("BookingDialog", u"No client chosen yet.", None))
        self.unitLabel.setText(QCoreApplication.translate("BookingDialog", u"&Unit", None))
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.arrivalLabel.setText(QCoreApplication.translate("BookingDialog", u"&Arrival *", None))
#if QT_CONFIG(accessibility)
        self.arrival.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Arrival day", None))
#endif // QT_CONFIG(accessibility)
        self.departureLabel.setText(QCoreApplication.translate("BookingDialog", u"&Departure *", None))
#if QT_CONFIG(accessibility)
        self.departure.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Departure day", None))
#endif // QT_CONFIG(accessibility)
        self.staffLabel.setText(QCoreApplication.translate("BookingDialog", u"&Staff member", None))
#if QT_CONFIG(accessibility)
        self.staff.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Staff member for this stay", None))
#endif // QT_CONFIG(accessibility)
        self.remarkLabel.setText(QCoreApplication.translate("BookingDialog", u"&Remark", None))
#if QT_CONFIG(accessibility)
        self.remark.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Remark", None))
#endif // QT_CONFIG(accessibility)
        self.remark.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"Practical only, e.g. arriving late. No health or counselling details.", None))
        self.message.setText("")
    # retranslateUi
