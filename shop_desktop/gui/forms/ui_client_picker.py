# Generated from ui/client_picker.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QListWidget, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_ClientPicker(object):
    def setupUi(self, ClientPicker):
        if not ClientPicker.objectName():
            ClientPicker.setObjectName(u"ClientPicker")
        ClientPicker.resize(260, 400)
        self.layout = QVBoxLayout(ClientPicker)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.search = SearchBox(ClientPicker)
        self.search.setObjectName(u"search")

        self.layout.addWidget(self.search)

        self.matches = QListWidget(ClientPicker)
        self.matches.setObjectName(u"matches")
        self.matches.setTextElideMode(Qt.ElideRight)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.layout.addWidget(self.matches)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.search, self.matches)

        self.retranslateUi(ClientPicker)

        QMetaObject.connectSlotsByName(ClientPicker)
    # setupUi

    def retranslateUi(self, ClientPicker):
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ClientPicker", u"Find a client", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ClientPicker", u"Type an alias or client code\u2026", None))
#if QT_CONFIG(accessibility)
        self.matches.setAccessibleName(QCoreApplication.translate("ClientPicker", u"Clients found", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
