# Generated from ui/audit_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditScreen(object):
    def setupUi(self, AuditScreen):
        if not AuditScreen.objectName():
            AuditScreen.setObjectName(u"AuditScreen")
        AuditScreen.resize(900, 600)
        self.layout = QVBoxLayout(AuditScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(AuditScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.verify_button = QPushButton(AuditScreen)
        self.verify_button.setObjectName(u"verify_button")
        self.verify_button.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.verify_button)

        self.progress = QProgressBar(AuditScreen)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(1000)

        self.buttonRow.addWidget(self.progress)

        self.cancel = QPushButton(AuditScreen)
        self.cancel.setObjectName(u"cancel")

        self.buttonRow.addWidget(self.cancel)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer0)


        self.layout.addLayout(self.buttonRow)

        self.result = QLabel(AuditScreen)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setProperty(u"subtle", True)

        self.layout.addWidget(self.result)

        self.table = QTableView(AuditScreen)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.layout.setStretch(3, 1)
        QWidget.setTabOrder(self.verify_button, self.cancel)
        QWidget.setTabOrder(self.cancel, self.table)

        self.retranslateUi(AuditScreen)

        QMetaObject.connectSlotsByName(AuditScreen)
    # setupUi

    def retranslateUi(self, AuditScreen):
        self.title.setText(QCoreApplication.translate("AuditScreen", u"Audit trail", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Audit trail", None))
#endif // QT_CONFIG(accessibility)
        self.verify_button.setText(QCoreApplication.translate("AuditScreen", u"&Check the audit trail", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Progress of the check", None))
#endif // QT_CONFIG(accessibility)
        self.cancel.setText(QCoreApplication.translate("AuditScreen", u"Ca&ncel the check", None))
        self.result.setText(QCoreApplication.translate("AuditScreen", u"The check confirms no entry was changed, removed, reordered or written in someone else's name.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditScreen", u"Audit trail", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
