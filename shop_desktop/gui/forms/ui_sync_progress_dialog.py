# Generated from ui/sync_progress_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout)

class Ui_SyncProgressDialog(object):
    def setupUi(self, SyncProgressDialog):
        if not SyncProgressDialog.objectName():
            SyncProgressDialog.setObjectName(u"SyncProgressDialog")
        SyncProgressDialog.resize(480, 210)
        SyncProgressDialog.setModal(True)
        self.outer = QVBoxLayout(SyncProgressDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(SyncProgressDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.outer.addWidget(self.intro)

        self.progress = QProgressBar(SyncProgressDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(1000)
        self.progress.setValue(0)

        self.outer.addWidget(self.progress)

        self.words = QLabel(SyncProgressDialog)
        self.words.setObjectName(u"words")
        self.words.setWordWrap(True)

        self.outer.addWidget(self.words)

        self.buttons = QDialogButtonBox(SyncProgressDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(SyncProgressDialog)

        QMetaObject.connectSlotsByName(SyncProgressDialog)
    # setupUi

    def retranslateUi(self, SyncProgressDialog):
        SyncProgressDialog.setWindowTitle(QCoreApplication.translate("SyncProgressDialog", u"Syncing", None))
        self.intro.setText(QCoreApplication.translate("SyncProgressDialog", u"Exchanging changes with the other devices through the sync folder. This usually takes a few seconds; the app is ready again when it ends.", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("SyncProgressDialog", u"Sync progress", None))
#endif // QT_CONFIG(accessibility)
        self.words.setText(QCoreApplication.translate("SyncProgressDialog", u"Starting\u2026", None))
#if QT_CONFIG(accessibility)
        self.words.setAccessibleName(QCoreApplication.translate("SyncProgressDialog", u"What the sync is doing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
