# Generated from ui/programs_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_ProgramsScreen(object):
    def setupUi(self, ProgramsScreen):
        if not ProgramsScreen.objectName():
            ProgramsScreen.setObjectName(u"ProgramsScreen")
        ProgramsScreen.resize(900, 640)
        self.layout = QVBoxLayout(ProgramsScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(ProgramsScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.chooserRow = QHBoxLayout()
        self.chooserRow.setObjectName(u"chooserRow")
        self.program = QComboBox(ProgramsScreen)
        self.program.setObjectName(u"program")
        self.program.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.program.setMinimumContentsLength(28)

        self.chooserRow.addWidget(self.program)

        self.day = QDateEdit(ProgramsScreen)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.chooserRow.addWidget(self.day)

        self.open_button = QPushButton(ProgramsScreen)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setProperty(u"primary", True)

        self.chooserRow.addWidget(self.open_button)

        self.chooserRow.setStretch(0, 2)

        self.layout.addLayout(self.chooserRow)

        self.message = QLabel(ProgramsScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.layout.addWidget(self.message)

        self.search = SearchBox(ProgramsScreen)
        self.search.setObjectName(u"search")

        self.layout.addWidget(self.search)

        self.matches = QListWidget(ProgramsScreen)
        self.matches.setObjectName(u"matches")
        self.matches.setMaximumSize(QSize(16777215, 140))

        self.layout.addWidget(self.matches)

        self.attendeesLabel = QLabel(ProgramsScreen)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.layout.addWidget(self.attendeesLabel)

        self.attendees = QListWidget(ProgramsScreen)
        self.attendees.setObjectName(u"attendees")

        self.layout.addWidget(self.attendees)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.remove_button = QPushButton(ProgramsScreen)
        self.remove_button.setObjectName(u"remove_button")

        self.removeRow.addWidget(self.remove_button)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.spacer0)


        self.layout.addLayout(self.removeRow)

        self.countsRow = QHBoxLayout()
        self.countsRow.setObjectName(u"countsRow")
        self.headCountLabel = QLabel(ProgramsScreen)
        self.headCountLabel.setObjectName(u"headCountLabel")

        self.countsRow.addWidget(self.headCountLabel)

        self.head_count = QSpinBox(ProgramsScreen)
        self.head_count.setObjectName(u"head_count")

        self.countsRow.addWidget(self.head_count)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsRow.addItem(self.spacer1)

        self.total = QLabel(ProgramsScreen)
        self.total.setObjectName(u"total")

        self.countsRow.addWidget(self.total)


        self.layout.addLayout(self.countsRow)

        self.layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.headCountLabel.setBuddy(self.head_count)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.program, self.day)
        QWidget.setTabOrder(self.day, self.open_button)
        QWidget.setTabOrder(self.open_button, self.search)
        QWidget.setTabOrder(self.search, self.matches)
        QWidget.setTabOrder(self.matches, self.attendees)
        QWidget.setTabOrder(self.attendees, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.head_count)

        self.retranslateUi(ProgramsScreen)

        QMetaObject.connectSlotsByName(ProgramsScreen)
    # setupUi

    def retranslateUi(self, ProgramsScreen):
        self.title.setText(QCoreApplication.translate("ProgramsScreen", u"Programs", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ProgramsScreen", u"Programs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.program.setAccessibleName(QCoreApplication.translate("ProgramsScreen", u"Program", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("ProgramsScreen", u"Day", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("ProgramsScreen", u"&Open attendance", None))
        self.message.setText(QCoreApplication.translate("ProgramsScreen", u"Choose a program and a day, then Open attendance.", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ProgramsScreen", u"Add an attendee", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ProgramsScreen", u"Add someone by alias or code, then Enter\u2026", None))
#if QT_CONFIG(accessibility)
        self.matches.setAccessibleName(QCoreApplication.translate("ProgramsScreen", u"Clients found", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesLabel.setText(QCoreApplication.translate("ProgramsScreen", u"Named attendees", None))
#if QT_CONFIG(accessibility)
        self.attendees.setAccessibleName(QCoreApplication.translate("ProgramsScreen", u"Named attendees", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("ProgramsScreen", u"Re&move from the list", None))
        self.headCountLabel.setText(QCoreApplication.translate("ProgramsScreen", u"Anonymous head count", None))
#if QT_CONFIG(accessibility)
        self.head_count.setAccessibleName(QCoreApplication.translate("ProgramsScreen", u"Anonymous head count", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
