# Generated from ui/checkin_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QGridLayout,
    QHBoxLayout, QLabel, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

from shop_desktop.gui.common.widgets import SearchBox
from shop_desktop.gui.frontdesk.checkin_today import TodayTable

class Ui_CheckInScreen(object):
    def setupUi(self, CheckInScreen):
        if not CheckInScreen.objectName():
            CheckInScreen.setObjectName(u"CheckInScreen")
        CheckInScreen.resize(1200, 760)
        self.outer = QHBoxLayout(CheckInScreen)
        self.outer.setSpacing(24)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 8, 20, 8)
        self.left = QVBoxLayout()
        self.left.setSpacing(8)
        self.left.setObjectName(u"left")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(CheckInScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.titleRow.addWidget(self.title)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.spacer0)

        self.new_button = QPushButton(CheckInScreen)
        self.new_button.setObjectName(u"new_button")

        self.titleRow.addWidget(self.new_button)

        self.anonymous_button = QPushButton(CheckInScreen)
        self.anonymous_button.setObjectName(u"anonymous_button")

        self.titleRow.addWidget(self.anonymous_button)


        self.left.addLayout(self.titleRow)

        self.checkinSearch = SearchBox(CheckInScreen)
        self.checkinSearch.setObjectName(u"checkinSearch")

        self.left.addWidget(self.checkinSearch)

        self.below_search = QStackedWidget(CheckInScreen)
        self.below_search.setObjectName(u"below_search")
        self.results = QListWidget()
        self.results.setObjectName(u"results")
        self.results.setUniformItemSizes(True)
        self.below_search.addWidget(self.results)
        self.demographics = QWidget()
        self.demographics.setObjectName(u"demographics")
        self.demographicsGrid = QGridLayout(self.demographics)
        self.demographicsGrid.setObjectName(u"demographicsGrid")
        self.demographicsGrid.setVerticalSpacing(2)
        self.demographicsGrid.setContentsMargins(0, 0, 0, 0)
        self.anonGenderLabel = QLabel(self.demographics)
        self.anonGenderLabel.setObjectName(u"anonGenderLabel")

        self.demographicsGrid.addWidget(self.anonGenderLabel, 0, 0, 1, 1)

        self.anonAgeLabel = QLabel(self.demographics)
        self.anonAgeLabel.setObjectName(u"anonAgeLabel")

        self.demographicsGrid.addWidget(self.anonAgeLabel, 0, 1, 1, 1)

        self.anonIndigenousLabel = QLabel(self.demographics)
        self.anonIndigenousLabel.setObjectName(u"anonIndigenousLabel")

        self.demographicsGrid.addWidget(self.anonIndigenousLabel, 0, 2, 1, 1)

        self.anon_gender = QComboBox(self.demographics)
        self.anon_gender.setObjectName(u"anon_gender")

        self.demographicsGrid.addWidget(self.anon_gender, 1, 0, 1, 1)

        self.anon_age = QComboBox(self.demographics)
        self.anon_age.setObjectName(u"anon_age")

        self.demographicsGrid.addWidget(self.anon_age, 1, 1, 1, 1)

        self.anon_indigenous = QComboBox(self.demographics)
        self.anon_indigenous.setObjectName(u"anon_indigenous")

        self.demographicsGrid.addWidget(self.anon_indigenous, 1, 2, 1, 1)

        self.below_search.addWidget(self.demographics)

        self.left.addWidget(self.below_search)

        self.chosen_label = QLabel(CheckInScreen)
        self.chosen_label.setObjectName(u"chosen_label")
        self.chosen_label.setWordWrap(True)

        self.left.addWidget(self.chosen_label)

        self.panelHost = QWidget(CheckInScreen)
        self.panelHost.setObjectName(u"panelHost")
        self.panelColumn = QVBoxLayout(self.panelHost)
        self.panelColumn.setObjectName(u"panelColumn")
        self.panelColumn.setContentsMargins(0, 0, 0, 0)

        self.left.addWidget(self.panelHost)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.save_button = QPushButton(CheckInScreen)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setProperty(u"primary", True)

        self.saveRow.addWidget(self.save_button)

        self.spacer1 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.spacer1)

        self.timeLabel = QLabel(CheckInScreen)
        self.timeLabel.setObjectName(u"timeLabel")

        self.saveRow.addWidget(self.timeLabel)

        self.when = QDateTimeEdit(CheckInScreen)
        self.when.setObjectName(u"when")
        self.when.setCalendarPopup(True)

        self.saveRow.addWidget(self.when)

        self.spacer2 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.spacer2)

        self.message = QLabel(CheckInScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.saveRow.addWidget(self.message)

        self.saveRow.setStretch(5, 1)

        self.left.addLayout(self.saveRow)

        self.left.setStretch(4, 1)

        self.outer.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setSpacing(8)
        self.right.setObjectName(u"right")
        self.todayRow = QHBoxLayout()
        self.todayRow.setObjectName(u"todayRow")
        self.todayTitle = QLabel(CheckInScreen)
        self.todayTitle.setObjectName(u"todayTitle")
        self.todayTitle.setProperty(u"heading", True)

        self.todayRow.addWidget(self.todayTitle)

        self.today_count = QLabel(CheckInScreen)
        self.today_count.setObjectName(u"today_count")

        self.todayRow.addWidget(self.today_count)

        self.spacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.todayRow.addItem(self.spacer3)

        self.void_button = QPushButton(CheckInScreen)
        self.void_button.setObjectName(u"void_button")

        self.todayRow.addWidget(self.void_button)


        self.right.addLayout(self.todayRow)

        self.today_empty = QLabel(CheckInScreen)
        self.today_empty.setObjectName(u"today_empty")
        self.today_empty.setWordWrap(True)
        self.today_empty.setProperty(u"subtle", True)

        self.right.addWidget(self.today_empty, 0, Qt.AlignTop)

        self.todayList = TodayTable(CheckInScreen)
        self.todayList.setObjectName(u"todayList")
        self.todayList.setAlternatingRowColors(True)
        self.todayList.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.todayList.setSelectionMode(QAbstractItemView.SingleSelection)
        self.todayList.setWordWrap(False)
        self.todayList.setTextElideMode(Qt.ElideRight)
        self.todayList.verticalHeader().setVisible(False)

        self.right.addWidget(self.todayList)

        self.right.setStretch(2, 1)

        self.outer.addLayout(self.right)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.anonGenderLabel.setBuddy(self.anon_gender)
        self.anonAgeLabel.setBuddy(self.anon_age)
        self.anonIndigenousLabel.setBuddy(self.anon_indigenous)
        self.timeLabel.setBuddy(self.when)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checkinSearch, self.results)
        QWidget.setTabOrder(self.results, self.anon_gender)
        QWidget.setTabOrder(self.anon_gender, self.anon_age)
        QWidget.setTabOrder(self.anon_age, self.anon_indigenous)
        QWidget.setTabOrder(self.anon_indigenous, self.new_button)
        QWidget.setTabOrder(self.new_button, self.anonymous_button)
        QWidget.setTabOrder(self.anonymous_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.when)
        QWidget.setTabOrder(self.when, self.todayList)
        QWidget.setTabOrder(self.todayList, self.void_button)

        self.retranslateUi(CheckInScreen)

        QMetaObject.connectSlotsByName(CheckInScreen)
    # setupUi

    def retranslateUi(self, CheckInScreen):
        self.title.setText(QCoreApplication.translate("CheckInScreen", u"Check in", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Check in", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("CheckInScreen", u"&New client\u2026", None))
        self.anonymous_button.setText(QCoreApplication.translate("CheckInScreen", u"&Anonymous visitor", None))
#if QT_CONFIG(accessibility)
        self.checkinSearch.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Search for a client", None))
#endif // QT_CONFIG(accessibility)
        self.checkinSearch.setPlaceholderText(QCoreApplication.translate("CheckInScreen", u"Type an alias or client code\u2026", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Matching clients", None))
#endif // QT_CONFIG(accessibility)
        self.anonGenderLabel.setText(QCoreApplication.translate("CheckInScreen", u"&Gender identity", None))
        self.anonAgeLabel.setText(QCoreApplication.translate("CheckInScreen", u"Age &band", None))
        self.anonIndigenousLabel.setText(QCoreApplication.translate("CheckInScreen", u"&Indigenous identity", None))
#if QT_CONFIG(accessibility)
        self.anon_gender.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Gender identity (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.anon_gender.setToolTip(QCoreApplication.translate("CheckInScreen", u"Optional: it helps the centre's counts", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.anon_age.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Age band (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.anon_age.setToolTip(QCoreApplication.translate("CheckInScreen", u"Optional: it helps the centre's counts", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.anon_indigenous.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Indigenous identity (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.anon_indigenous.setToolTip(QCoreApplication.translate("CheckInScreen", u"Optional: it helps the centre's counts", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.chosen_label.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Client being checked in", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("CheckInScreen", u"&Save check-in", None))
        self.timeLabel.setText(QCoreApplication.translate("CheckInScreen", u"&Time", None))
#if QT_CONFIG(accessibility)
        self.when.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Time of the visit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.when.setToolTip(QCoreApplication.translate("CheckInScreen", u"Now, or set it back for a late entry", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
        self.todayTitle.setText(QCoreApplication.translate("CheckInScreen", u"Today", None))
#if QT_CONFIG(accessibility)
        self.todayTitle.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Today", None))
#endif // QT_CONFIG(accessibility)
        self.void_button.setText(QCoreApplication.translate("CheckInScreen", u"V&oid visit\u2026", None))
        self.today_empty.setText(QCoreApplication.translate("CheckInScreen", u"No visits yet today. Search for a client above to check them in.", None))
#if QT_CONFIG(accessibility)
        self.todayList.setAccessibleName(QCoreApplication.translate("CheckInScreen", u"Today's visits", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
