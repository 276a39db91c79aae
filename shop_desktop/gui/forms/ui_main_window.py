# Generated from ui/main_window.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QScrollArea,
    QWidget)

from shop_desktop.gui.common.widgets import SectionStack

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.body = QWidget(MainWindow)
        self.body.setObjectName(u"body")
        self.bodyRow = QHBoxLayout(self.body)
        self.bodyRow.setSpacing(0)
        self.bodyRow.setObjectName(u"bodyRow")
        self.bodyRow.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.body)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.bodyRow.addWidget(self.navigation)

        self.sectionScroll = QScrollArea(self.body)
        self.sectionScroll.setObjectName(u"sectionScroll")
        self.sectionScroll.setFrameShape(QFrame.NoFrame)
        self.sectionScroll.setWidgetResizable(True)
        self.stack = SectionStack()
        self.stack.setObjectName(u"stack")
        self.sectionScroll.setWidget(self.stack)

        self.bodyRow.addWidget(self.sectionScroll)

        self.bodyRow.setStretch(1, 1)
        MainWindow.setCentralWidget(self.body)
        QWidget.setTabOrder(self.navigation, self.sectionScroll)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
