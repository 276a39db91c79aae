# Generated from ui/reports_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtPdfWidgets import (QPdfView)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReportsScreen(object):
    def setupUi(self, ReportsScreen):
        if not ReportsScreen.objectName():
            ReportsScreen.setObjectName(u"ReportsScreen")
        ReportsScreen.resize(1000, 660)
        self.layout = QVBoxLayout(ReportsScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(ReportsScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.chooseRow = QHBoxLayout()
        self.chooseRow.setObjectName(u"chooseRow")
        self.forLabel = QLabel(ReportsScreen)
        self.forLabel.setObjectName(u"forLabel")

        self.chooseRow.addWidget(self.forLabel)

        self.kind = QComboBox(ReportsScreen)
        self.kind.setObjectName(u"kind")

        self.chooseRow.addWidget(self.kind)

        self.period = QComboBox(ReportsScreen)
        self.period.setObjectName(u"period")
        self.period.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.period.setMinimumContentsLength(24)

        self.chooseRow.addWidget(self.period)

        self.from_label = QLabel(ReportsScreen)
        self.from_label.setObjectName(u"from_label")

        self.chooseRow.addWidget(self.from_label)

        self.start = QDateEdit(ReportsScreen)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.chooseRow.addWidget(self.start)

        self.to_label = QLabel(ReportsScreen)
        self.to_label.setObjectName(u"to_label")

        self.chooseRow.addWidget(self.to_label)

        self.end = QDateEdit(ReportsScreen)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.chooseRow.addWidget(self.end)

        self.make = QPushButton(ReportsScreen)
        self.make.setObjectName(u"make")
        self.make.setProperty(u"primary", True)

        self.chooseRow.addWidget(self.make)

        self.chooseRow.setStretch(2, 1)

        self.layout.addLayout(self.chooseRow)

        self.runningRow = QHBoxLayout()
        self.runningRow.setObjectName(u"runningRow")
        self.progress = QProgressBar(ReportsScreen)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(1000)

        self.runningRow.addWidget(self.progress)

        self.cancel = QPushButton(ReportsScreen)
        self.cancel.setObjectName(u"cancel")

        self.runningRow.addWidget(self.cancel)

        self.runningRow.setStretch(0, 1)

        self.layout.addLayout(self.runningRow)

        self.message = QLabel(ReportsScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.layout.addWidget(self.message)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.print_button = QPushButton(ReportsScreen)
        self.print_button.setObjectName(u"print_button")

        self.actionRow.addWidget(self.print_button)

        self.save_pdf = QPushButton(ReportsScreen)
        self.save_pdf.setObjectName(u"save_pdf")

        self.actionRow.addWidget(self.save_pdf)

        self.save_csv = QPushButton(ReportsScreen)
        self.save_csv.setObjectName(u"save_csv")

        self.actionRow.addWidget(self.save_csv)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.spacer0)


        self.layout.addLayout(self.actionRow)

        self.empty = QLabel(ReportsScreen)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty(u"subtle", True)

        self.layout.addWidget(self.empty, 0, Qt.AlignTop)

        self.view = QPdfView(ReportsScreen)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.layout.setStretch(5, 1)
        self.layout.setStretch(6, 1)
        QWidget.setTabOrder(self.kind, self.period)
        QWidget.setTabOrder(self.period, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.make)
        QWidget.setTabOrder(self.make, self.cancel)
        QWidget.setTabOrder(self.cancel, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_pdf)
        QWidget.setTabOrder(self.save_pdf, self.save_csv)
        QWidget.setTabOrder(self.save_csv, self.view)

        self.retranslateUi(ReportsScreen)

        self.make.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsScreen)
    # setupUi

    def retranslateUi(self, ReportsScreen):
        self.title.setText(QCoreApplication.translate("ReportsScreen", u"Funder reports", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Funder reports", None))
#endif // QT_CONFIG(accessibility)
        self.forLabel.setText(QCoreApplication.translate("ReportsScreen", u"Report for:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Kind of period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.period.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("ReportsScreen", u"From", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("ReportsScreen", u"to", None))
#if QT_CONFIG(accessibility)
        self.end.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.make.setText(QCoreApplication.translate("ReportsScreen", u"&Make report", None))
        self.cancel.setText(QCoreApplication.translate("ReportsScreen", u"Cancel", None))
        self.message.setText(QCoreApplication.translate("ReportsScreen", u"Reports hold counts only: no names, aliases or client codes. Counts from 1 to 4 print as \"<5\".", None))
        self.print_button.setText(QCoreApplication.translate("ReportsScreen", u"P&rint\u2026", None))
        self.save_pdf.setText(QCoreApplication.translate("ReportsScreen", u"Save as &PDF\u2026", None))
        self.save_csv.setText(QCoreApplication.translate("ReportsScreen", u"Save figures as &CSV\u2026", None))
        self.empty.setText(QCoreApplication.translate("ReportsScreen", u"Choose a period and press Make report. A preview appears here before you print or save it.", None))
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Report preview", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
