# Generated from ui/recovery_page.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryPage(object):
    def setupUi(self, RecoveryPage):
        if not RecoveryPage.objectName():
            RecoveryPage.setObjectName(u"RecoveryPage")
        RecoveryPage.resize(700, 400)
        self.layout = QVBoxLayout(RecoveryPage)
        self.layout.setObjectName(u"layout")
        self.recoveryKey = QLabel(RecoveryPage)
        self.recoveryKey.setObjectName(u"recoveryKey")
        self.recoveryKey.setAlignment(Qt.AlignCenter)
        self.recoveryKey.setTextInteractionFlags(Qt.NoTextInteraction)

        self.layout.addWidget(self.recoveryKey)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.print_button = QPushButton(RecoveryPage)
        self.print_button.setObjectName(u"print_button")

        self.buttonRow.addWidget(self.print_button)

        self.save_button = QPushButton(RecoveryPage)
        self.save_button.setObjectName(u"save_button")

        self.buttonRow.addWidget(self.save_button)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer1)


        self.layout.addLayout(self.buttonRow)

        self.warningNote = QLabel(RecoveryPage)
        self.warningNote.setObjectName(u"warningNote")
        self.warningNote.setWordWrap(True)
        self.warningNote.setProperty(u"warning", True)

        self.layout.addWidget(self.warningNote)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer2)

        self.confirm = QCheckBox(RecoveryPage)
        self.confirm.setObjectName(u"confirm")

        self.layout.addWidget(self.confirm)

        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.confirm)

        self.retranslateUi(RecoveryPage)

        QMetaObject.connectSlotsByName(RecoveryPage)
    # setupUi

    def retranslateUi(self, RecoveryPage):
        RecoveryPage.setTitle(QCoreApplication.translate("RecoveryPage", u"Your recovery key", None))
        RecoveryPage.setSubTitle(QCoreApplication.translate("RecoveryPage", u"If every passphrase is forgotten, this key is the only way back in. It is shown only now.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKey.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("RecoveryPage", u"&Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("RecoveryPage", u"Save as P&DF\u2026", None))
        self.warningNote.setText(QCoreApplication.translate("RecoveryPage", u"Anyone with this key can read every record. Do not photograph it, email it or save it on this computer. A saved PDF belongs on a USB stick that goes into the safe, then is deleted here.", None))
        self.confirm.setText(QCoreApplication.translate("RecoveryPage", u"I have printed or written down the recovery key and will keep it in the office safe", None))
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"I have kept the recovery key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
