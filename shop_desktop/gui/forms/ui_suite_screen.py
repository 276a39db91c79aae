# Generated from ui/suite_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from shop_desktop.gui.frontdesk.suite_calendar import CalendarView

class Ui_SuiteScreen(object):
    def setupUi(self, SuiteScreen):
        if not SuiteScreen.objectName():
            SuiteScreen.setObjectName(u"SuiteScreen")
        SuiteScreen.resize(1000, 700)
        self.layout = QVBoxLayout(SuiteScreen)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.title = QLabel(SuiteScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.topRow.addWidget(self.title)

        self.spacer0 = QSpacerItem(8, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.spacer0)

        self.previous_button = QPushButton(SuiteScreen)
        self.previous_button.setObjectName(u"previous_button")

        self.topRow.addWidget(self.previous_button)

        self.month_label = QLabel(SuiteScreen)
        self.month_label.setObjectName(u"month_label")
        self.month_label.setProperty(u"heading", True)

        self.topRow.addWidget(self.month_label)

        self.next_button = QPushButton(SuiteScreen)
        self.next_button.setObjectName(u"next_button")

        self.topRow.addWidget(self.next_button)

        self.today_button = QPushButton(SuiteScreen)
        self.today_button.setObjectName(u"today_button")

        self.topRow.addWidget(self.today_button)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.spacer1)

        self.book_button = QPushButton(SuiteScreen)
        self.book_button.setObjectName(u"book_button")
        self.book_button.setProperty(u"primary", True)

        self.topRow.addWidget(self.book_button)


        self.layout.addLayout(self.topRow)

        self.calendar = CalendarView(SuiteScreen)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setSelectionMode(QAbstractItemView.SingleSelection)
        self.calendar.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.calendar.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.calendar.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.calendar.verticalHeader().setVisible(False)

        self.layout.addWidget(self.calendar)

        self.belowRow = QHBoxLayout()
        self.belowRow.setObjectName(u"belowRow")
        self.summary = QLabel(SuiteScreen)
        self.summary.setObjectName(u"summary")

        self.belowRow.addWidget(self.summary)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.belowRow.addItem(self.spacer2)

        self.legend = QLabel(SuiteScreen)
        self.legend.setObjectName(u"legend")
        self.legend.setProperty(u"subtle", True)

        self.belowRow.addWidget(self.legend)


        self.layout.addLayout(self.belowRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.check_in_button = QPushButton(SuiteScreen)
        self.check_in_button.setObjectName(u"check_in_button")

        self.actionRow.addWidget(self.check_in_button)

        self.check_out_button = QPushButton(SuiteScreen)
        self.check_out_button.setObjectName(u"check_out_button")

        self.actionRow.addWidget(self.check_out_button)

        self.extend_button = QPushButton(SuiteScreen)
        self.extend_button.setObjectName(u"extend_button")

        self.actionRow.addWidget(self.extend_button)

        self.end_early_button = QPushButton(SuiteScreen)
        self.end_early_button.setObjectName(u"end_early_button")

        self.actionRow.addWidget(self.end_early_button)

        self.cancel_button = QPushButton(SuiteScreen)
        self.cancel_button.setObjectName(u"cancel_button")

        self.actionRow.addWidget(self.cancel_button)

        self.message = QLabel(SuiteScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.actionRow.addWidget(self.message)

        self.actionRow.setStretch(5, 1)

        self.layout.addLayout(self.actionRow)

        self.empty = QLabel(SuiteScreen)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"subtle", True)

        self.layout.addWidget(self.empty)

        self.stays = QTableView(SuiteScreen)
        self.stays.setObjectName(u"stays")
        self.stays.setAlternatingRowColors(True)
        self.stays.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stays.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stays.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stays.setWordWrap(False)
        self.stays.setMinimumSize(QSize(0, 130))
        self.stays.verticalHeader().setVisible(False)

        self.layout.addWidget(self.stays)

        self.layout.setStretch(1, 3)
        self.layout.setStretch(5, 2)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.today_button)
        QWidget.setTabOrder(self.today_button, self.book_button)
        QWidget.setTabOrder(self.book_button, self.calendar)
        QWidget.setTabOrder(self.calendar, self.check_in_button)
        QWidget.setTabOrder(self.check_in_button, self.check_out_button)
        QWidget.setTabOrder(self.check_out_button, self.extend_button)
        QWidget.setTabOrder(self.extend_button, self.end_early_button)
        QWidget.setTabOrder(self.end_early_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.stays)

        self.retranslateUi(SuiteScreen)

        QMetaObject.connectSlotsByName(SuiteScreen)
    # setupUi

    def retranslateUi(self, SuiteScreen):
        self.title.setText(QCoreApplication.translate("SuiteScreen", u"Safe Suite", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("SuiteScreen", u"Safe Suite", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("SuiteScreen", u"\u25c0 &Previous", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("SuiteScreen", u"The month before (Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("SuiteScreen", u"&Next \u25b6", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("SuiteScreen", u"The month after (Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.today_button.setText(QCoreApplication.translate("SuiteScreen", u"&This month", None))
        self.book_button.setText(QCoreApplication.translate("SuiteScreen", u"&Book a stay\u2026", None))
#if QT_CONFIG(accessibility)
        self.calendar.setAccessibleName(QCoreApplication.translate("SuiteScreen", u"Safe Suite calendar: one day per cell, arrows move, Enter books", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("SuiteScreen", u"Nights taken this month", None))
#endif // QT_CONFIG(accessibility)
        self.legend.setText(QCoreApplication.translate("SuiteScreen", u"Solid bar, bold code: in the suite \u00b7 outlined: booked \u00b7 pale: ended", None))
#if QT_CONFIG(tooltip)
        self.legend.setToolTip(QCoreApplication.translate("SuiteScreen", u"Arrows move between days, Page Up / Page Down change the month, Home goes to today, Enter books a stay from the chosen day.", None))
#endif // QT_CONFIG(tooltip)
        self.check_in_button.setText(QCoreApplication.translate("SuiteScreen", u"Check &in", None))
        self.check_out_button.setText(QCoreApplication.translate("SuiteScreen", u"Check &out", None))
        self.extend_button.setText(QCoreApplication.translate("SuiteScreen", u"&Extend\u2026", None))
        self.end_early_button.setText(QCoreApplication.translate("SuiteScreen", u"End ea&rly\u2026", None))
        self.cancel_button.setText(QCoreApplication.translate("SuiteScreen", u"Cance&l stay\u2026", None))
        self.message.setText("")
        self.empty.setText(QCoreApplication.translate("SuiteScreen", u"No stays this month. Choose a day in the calendar and press Book a stay.", None))
#if QT_CONFIG(accessibility)
        self.stays.setAccessibleName(QCoreApplication.translate("SuiteScreen", u"Stays this month", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
