# Generated from ui/sync_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_SyncScreen(object):
    def setupUi(self, SyncScreen):
        if not SyncScreen.objectName():
            SyncScreen.setObjectName(u"SyncScreen")
        SyncScreen.resize(900, 640)
        self.layout = QVBoxLayout(SyncScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SyncScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.intro = QLabel(SyncScreen)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.layout.addWidget(self.intro)

        self.whereRow = QHBoxLayout()
        self.whereRow.setObjectName(u"whereRow")
        self.whereLabel = QLabel(SyncScreen)
        self.whereLabel.setObjectName(u"whereLabel")

        self.whereRow.addWidget(self.whereLabel)

        self.folder_label = QLabel(SyncScreen)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.whereRow.addWidget(self.folder_label)

        self.choose = QPushButton(SyncScreen)
        self.choose.setObjectName(u"choose")

        self.whereRow.addWidget(self.choose)

        self.whereRow.setStretch(1, 1)

        self.layout.addLayout(self.whereRow)

        self.runRow = QHBoxLayout()
        self.runRow.setObjectName(u"runRow")
        self.sync_now = QPushButton(SyncScreen)
        self.sync_now.setObjectName(u"sync_now")
        self.sync_now.setProperty(u"primary", True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sync_now.sizePolicy().hasHeightForWidth())
        self.sync_now.setSizePolicy(sizePolicy)

        self.runRow.addWidget(self.sync_now)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runRow.addItem(self.spacer0)

        self.runRow.setStretch(1, 1)

        self.layout.addLayout(self.runRow)

        self.result = QLabel(SyncScreen)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setProperty(u"subtle", True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.result)

        self.last = QLabel(SyncScreen)
        self.last.setObjectName(u"last")
        self.last.setWordWrap(True)
        self.last.setProperty(u"subtle", True)

        self.layout.addWidget(self.last)

        self.spacer1 = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.layout.addItem(self.spacer1)

        self.devicesBox = QGroupBox(SyncScreen)
        self.devicesBox.setObjectName(u"devicesBox")
        self.devicesBoxColumn = QVBoxLayout(self.devicesBox)
        self.devicesBoxColumn.setObjectName(u"devicesBoxColumn")
        self.devicesBoxRow = QHBoxLayout()
        self.devicesBoxRow.setObjectName(u"devicesBoxRow")
        self.devices = QTableView(self.devicesBox)
        self.devices.setObjectName(u"devices")
        self.devices.setMinimumSize(QSize(0, 120))
        self.devices.setAlternatingRowColors(True)
        self.devices.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.devices.setSelectionMode(QAbstractItemView.SingleSelection)
        self.devices.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.devices.setSortingEnabled(True)
        self.devices.setWordWrap(False)
        self.devices.verticalHeader().setVisible(False)

        self.devicesBoxRow.addWidget(self.devices)

        self.devicesBoxButtons = QVBoxLayout()
        self.devicesBoxButtons.setObjectName(u"devicesBoxButtons")
        self.add_device = QPushButton(self.devicesBox)
        self.add_device.setObjectName(u"add_device")

        self.devicesBoxButtons.addWidget(self.add_device)

        self.devicesBoxStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.devicesBoxButtons.addItem(self.devicesBoxStretch)


        self.devicesBoxRow.addLayout(self.devicesBoxButtons)

        self.devicesBoxRow.setStretch(0, 1)

        self.devicesBoxColumn.addLayout(self.devicesBoxRow)


        self.layout.addWidget(self.devicesBox)

        self.reviewBox = QGroupBox(SyncScreen)
        self.reviewBox.setObjectName(u"reviewBox")
        self.reviewBoxColumn = QVBoxLayout(self.reviewBox)
        self.reviewBoxColumn.setObjectName(u"reviewBoxColumn")
        self.reviewNote = QLabel(self.reviewBox)
        self.reviewNote.setObjectName(u"reviewNote")
        self.reviewNote.setWordWrap(True)
        self.reviewNote.setProperty(u"subtle", True)

        self.reviewBoxColumn.addWidget(self.reviewNote)

        self.reviewBoxRow = QHBoxLayout()
        self.reviewBoxRow.setObjectName(u"reviewBoxRow")
        self.review = QTableView(self.reviewBox)
        self.review.setObjectName(u"review")
        self.review.setMinimumSize(QSize(0, 120))
        self.review.setAlternatingRowColors(True)
        self.review.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.review.setSelectionMode(QAbstractItemView.SingleSelection)
        self.review.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.review.setSortingEnabled(True)
        self.review.setWordWrap(False)
        self.review.verticalHeader().setVisible(False)

        self.reviewBoxRow.addWidget(self.review)

        self.reviewBoxButtons = QVBoxLayout()
        self.reviewBoxButtons.setObjectName(u"reviewBoxButtons")
        self.settled = QPushButton(self.reviewBox)
        self.settled.setObjectName(u"settled")

        self.reviewBoxButtons.addWidget(self.settled)

        self.reviewBoxStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewBoxButtons.addItem(self.reviewBoxStretch)


        self.reviewBoxRow.addLayout(self.reviewBoxButtons)

        self.reviewBoxRow.setStretch(0, 1)

        self.reviewBoxColumn.addLayout(self.reviewBoxRow)


        self.layout.addWidget(self.reviewBox)

        self.layout.setStretch(7, 1)
        self.layout.setStretch(8, 1)
        QWidget.setTabOrder(self.sync_now, self.choose)
        QWidget.setTabOrder(self.choose, self.add_device)
        QWidget.setTabOrder(self.add_device, self.devices)
        QWidget.setTabOrder(self.devices, self.settled)
        QWidget.setTabOrder(self.settled, self.review)

        self.retranslateUi(SyncScreen)

        self.sync_now.setDefault(True)


        QMetaObject.connectSlotsByName(SyncScreen)
    # setupUi

    def retranslateUi(self, SyncScreen):
        self.title.setText(QCoreApplication.translate("SyncScreen", u"Sync", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("SyncScreen", u"Sync", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("SyncScreen", u"Keeps this PC, the office PC and the outreach laptop in step through a folder: a USB stick carried between them, or one Syncthing keeps in step. What goes in is encrypted and signed; nothing is sent over a network.", None))
        self.whereLabel.setText(QCoreApplication.translate("SyncScreen", u"Sync folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_label.setAccessibleName(QCoreApplication.translate("SyncScreen", u"Sync folder", None))
#endif // QT_CONFIG(accessibility)
        self.choose.setText(QCoreApplication.translate("SyncScreen", u"&Choose folder\u2026", None))
        self.sync_now.setText(QCoreApplication.translate("SyncScreen", u"&Sync now", None))
        self.result.setText("")
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("SyncScreen", u"Result", None))
#endif // QT_CONFIG(accessibility)
        self.last.setText("")
#if QT_CONFIG(accessibility)
        self.last.setAccessibleName(QCoreApplication.translate("SyncScreen", u"Last synced", None))
#endif // QT_CONFIG(accessibility)
        self.devicesBox.setTitle(QCoreApplication.translate("SyncScreen", u"Devices", None))
#if QT_CONFIG(accessibility)
        self.devices.setAccessibleName(QCoreApplication.translate("SyncScreen", u"Devices", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.devices.setToolTip(QCoreApplication.translate("SyncScreen", u"Each device holds only what its profile carries. The last bundle is the newest one this PC has applied from it.", None))
#endif // QT_CONFIG(tooltip)
        self.add_device.setText(QCoreApplication.translate("SyncScreen", u"&Add a device\u2026", None))
        self.reviewBox.setTitle(QCoreApplication.translate("SyncScreen", u"To review", None))
        self.reviewNote.setText(QCoreApplication.translate("SyncScreen", u"When two devices changed the same thing, the later edit was kept. Check the other value, correct the record if needed, then mark it settled.", None))
#if QT_CONFIG(accessibility)
        self.review.setAccessibleName(QCoreApplication.translate("SyncScreen", u"To review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.review.setToolTip(QCoreApplication.translate("SyncScreen", u"The later edit was kept; the other value is listed here.", None))
#endif // QT_CONFIG(tooltip)
        self.settled.setText(QCoreApplication.translate("SyncScreen", u"Se&ttled", None))
#if QT_CONFIG(tooltip)
        self.settled.setToolTip(QCoreApplication.translate("SyncScreen", u"You checked the kept value (and corrected the record if needed): take it off the list", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
