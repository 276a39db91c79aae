# Generated from ui/restore_choice_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RestoreChoiceDialog(object):
    def setupUi(self, RestoreChoiceDialog):
        if not RestoreChoiceDialog.objectName():
            RestoreChoiceDialog.setObjectName(u"RestoreChoiceDialog")
        RestoreChoiceDialog.resize(680, 240)
        RestoreChoiceDialog.setMinimumSize(QSize(680, 0))
        self.layout = QVBoxLayout(RestoreChoiceDialog)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(RestoreChoiceDialog)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.holds = QLabel(RestoreChoiceDialog)
        self.holds.setObjectName(u"holds")
        self.holds.setWordWrap(True)

        self.layout.addWidget(self.holds)

        self.hereNote = QLabel(RestoreChoiceDialog)
        self.hereNote.setObjectName(u"hereNote")
        self.hereNote.setWordWrap(True)
        self.hereNote.setProperty(u"subtle", True)

        self.layout.addWidget(self.hereNote)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.here = QPushButton(RestoreChoiceDialog)
        self.here.setObjectName(u"here")
        self.here.setProperty(u"danger", True)

        self.buttonRow.addWidget(self.here)

        self.elsewhere = QPushButton(RestoreChoiceDialog)
        self.elsewhere.setObjectName(u"elsewhere")

        self.buttonRow.addWidget(self.elsewhere)

        self.spacer4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer4)

        self.cancel = QPushButton(RestoreChoiceDialog)
        self.cancel.setObjectName(u"cancel")

        self.buttonRow.addWidget(self.cancel)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.here, self.elsewhere)
        QWidget.setTabOrder(self.elsewhere, self.cancel)

        self.retranslateUi(RestoreChoiceDialog)

        self.cancel.setDefault(True)


        QMetaObject.connectSlotsByName(RestoreChoiceDialog)
    # setupUi

    def retranslateUi(self, RestoreChoiceDialog):
        RestoreChoiceDialog.setWindowTitle(QCoreApplication.translate("RestoreChoiceDialog", u"Restore this backup?", None))
        self.title.setText(QCoreApplication.translate("RestoreChoiceDialog", u"This backup holds", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("RestoreChoiceDialog", u"This backup holds", None))
#endif // QT_CONFIG(accessibility)
        self.hereNote.setText(QCoreApplication.translate("RestoreChoiceDialog", u"Restoring here signs everyone out and replaces what is in the app now with this backup. The current vault is moved to a folder named before-restore-\u2026 next to it, until you remove it.", None))
        self.here.setText(QCoreApplication.translate("RestoreChoiceDialog", u"Restore &here\u2026", None))
        self.elsewhere.setText(QCoreApplication.translate("RestoreChoiceDialog", u"Restore into a &new folder\u2026", None))
        self.cancel.setText(QCoreApplication.translate("RestoreChoiceDialog", u"Cancel", None))
    # retranslateUi
