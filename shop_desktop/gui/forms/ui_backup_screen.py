# Generated from ui/backup_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BackupScreen(object):
    def setupUi(self, BackupScreen):
        if not BackupScreen.objectName():
            BackupScreen.setObjectName(u"BackupScreen")
        BackupScreen.resize(900, 600)
        self.layout = QVBoxLayout(BackupScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(BackupScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.intro = QLabel(BackupScreen)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.layout.addWidget(self.intro)

        self.whereRow = QHBoxLayout()
        self.whereRow.setObjectName(u"whereRow")
        self.whereLabel = QLabel(BackupScreen)
        self.whereLabel.setObjectName(u"whereLabel")

        self.whereRow.addWidget(self.whereLabel)

        self.folder_label = QLabel(BackupScreen)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.whereRow.addWidget(self.folder_label)

        self.choose = QPushButton(BackupScreen)
        self.choose.setObjectName(u"choose")

        self.whereRow.addWidget(self.choose)

        self.whereRow.setStretch(1, 1)

        self.layout.addLayout(self.whereRow)

        self.runRow = QHBoxLayout()
        self.runRow.setObjectName(u"runRow")
        self.back_up = QPushButton(BackupScreen)
        self.back_up.setObjectName(u"back_up")
        self.back_up.setProperty(u"primary", True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.back_up.sizePolicy().hasHeightForWidth())
        self.back_up.setSizePolicy(sizePolicy)

        self.runRow.addWidget(self.back_up)

        self.progress = QProgressBar(BackupScreen)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(1000)

        self.runRow.addWidget(self.progress)

        self.cancel = QPushButton(BackupScreen)
        self.cancel.setObjectName(u"cancel")

        self.runRow.addWidget(self.cancel)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runRow.addItem(self.spacer0)

        self.runRow.setStretch(1, 1)
        self.runRow.setStretch(3, 1)

        self.layout.addLayout(self.runRow)

        self.progress_words = QLabel(BackupScreen)
        self.progress_words.setObjectName(u"progress_words")
        self.progress_words.setWordWrap(True)
        self.progress_words.setProperty(u"subtle", True)

        self.layout.addWidget(self.progress_words)

        self.result = QLabel(BackupScreen)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setProperty(u"subtle", True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.result)

        self.last = QLabel(BackupScreen)
        self.last.setObjectName(u"last")
        self.last.setWordWrap(True)
        self.last.setProperty(u"subtle", True)

        self.layout.addWidget(self.last)

        self.spacer1 = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.layout.addItem(self.spacer1)

        self.checkBox = QGroupBox(BackupScreen)
        self.checkBox.setObjectName(u"checkBox")
        self.checkColumn = QVBoxLayout(self.checkBox)
        self.checkColumn.setObjectName(u"checkColumn")
        self.checkNote = QLabel(self.checkBox)
        self.checkNote.setObjectName(u"checkNote")
        self.checkNote.setWordWrap(True)
        self.checkNote.setProperty(u"subtle", True)

        self.checkColumn.addWidget(self.checkNote)

        self.checkButtons = QHBoxLayout()
        self.checkButtons.setObjectName(u"checkButtons")
        self.verify = QPushButton(self.checkBox)
        self.verify.setObjectName(u"verify")

        self.checkButtons.addWidget(self.verify)

        self.restore = QPushButton(self.checkBox)
        self.restore.setObjectName(u"restore")

        self.checkButtons.addWidget(self.restore)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkButtons.addItem(self.spacer2)


        self.checkColumn.addLayout(self.checkButtons)


        self.layout.addWidget(self.checkBox)

        self.spacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer3)

        QWidget.setTabOrder(self.choose, self.back_up)
        QWidget.setTabOrder(self.back_up, self.cancel)
        QWidget.setTabOrder(self.cancel, self.verify)
        QWidget.setTabOrder(self.verify, self.restore)

        self.retranslateUi(BackupScreen)

        self.back_up.setDefault(True)


        QMetaObject.connectSlotsByName(BackupScreen)
    # setupUi

    def retranslateUi(self, BackupScreen):
        self.title.setText(QCoreApplication.translate("BackupScreen", u"Backup", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("BackupScreen", u"Backup", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("BackupScreen", u"Backups are encrypted: the file is useless without a staff passphrase or the recovery key. Keep the USB stick somewhere safe, away from this PC.", None))
        self.whereLabel.setText(QCoreApplication.translate("BackupScreen", u"Back up to:", None))
#if QT_CONFIG(accessibility)
        self.folder_label.setAccessibleName(QCoreApplication.translate("BackupScreen", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.choose.setText(QCoreApplication.translate("BackupScreen", u"&Choose folder\u2026", None))
        self.back_up.setText(QCoreApplication.translate("BackupScreen", u"&Back up now", None))
        self.cancel.setText(QCoreApplication.translate("BackupScreen", u"Cancel", None))
        self.progress_words.setText("")
        self.result.setText("")
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("BackupScreen", u"Result", None))
#endif // QT_CONFIG(accessibility)
        self.last.setText("")
        self.checkBox.setTitle(QCoreApplication.translate("BackupScreen", u"Check or restore a backup file", None))
        self.checkNote.setText(QCoreApplication.translate("BackupScreen", u"Verify reads a backup file and runs every check a restore would, without changing anything. Restore shows what a backup holds before anything changes; the current vault is kept beside the restored one until you remove it.", None))
        self.verify.setText(QCoreApplication.translate("BackupScreen", u"V&erify a backup\u2026", None))
        self.restore.setText(QCoreApplication.translate("BackupScreen", u"&Restore from backup\u2026", None))
        pass
    # retranslateUi
