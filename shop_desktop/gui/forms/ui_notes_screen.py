# Generated from ui/notes_screen.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_NotesScreen(object):
    def setupUi(self, NotesScreen):
        if not NotesScreen.objectName():
            NotesScreen.setObjectName(u"NotesScreen")
        NotesScreen.resize(1000, 640)
        self.layout = QVBoxLayout(NotesScreen)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(NotesScreen)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.draftsLabel = QLabel(NotesScreen)
        self.draftsLabel.setObjectName(u"draftsLabel")

        self.layout.addWidget(self.draftsLabel)

        self.drafts_empty = QLabel(NotesScreen)
        self.drafts_empty.setObjectName(u"drafts_empty")
        self.drafts_empty.setWordWrap(True)
        self.drafts_empty.setProperty(u"subtle", True)

        self.layout.addWidget(self.drafts_empty)

        self.drafts = QTableView(NotesScreen)
        self.drafts.setObjectName(u"drafts")
        self.drafts.setAlternatingRowColors(True)
        self.drafts.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.drafts.setSelectionMode(QAbstractItemView.SingleSelection)
        self.drafts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.drafts.setWordWrap(False)
        self.drafts.setSortingEnabled(True)
        self.drafts.verticalHeader().setVisible(False)

        self.layout.addWidget(self.drafts)

        self.draftRow = QHBoxLayout()
        self.draftRow.setObjectName(u"draftRow")
        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftRow.addItem(self.spacer1)

        self.continue_button = QPushButton(NotesScreen)
        self.continue_button.setObjectName(u"continue_button")

        self.draftRow.addWidget(self.continue_button)


        self.layout.addLayout(self.draftRow)

        self.searchLabel = QLabel(NotesScreen)
        self.searchLabel.setObjectName(u"searchLabel")

        self.layout.addWidget(self.searchLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.query = SearchBox(NotesScreen)
        self.query.setObjectName(u"query")

        self.searchRow.addWidget(self.query)

        self.search_button = QPushButton(NotesScreen)
        self.search_button.setObjectName(u"search_button")
        self.search_button.setProperty(u"primary", True)

        self.searchRow.addWidget(self.search_button)

        self.cancel_button = QPushButton(NotesScreen)
        self.cancel_button.setObjectName(u"cancel_button")

        self.searchRow.addWidget(self.cancel_button)

        self.searchRow.setStretch(0, 1)

        self.layout.addLayout(self.searchRow)

        self.progress = QProgressBar(NotesScreen)
        self.progress.setObjectName(u"progress")
        self.progress.setMinimum(0)
        self.progress.setMaximum(0)

        self.layout.addWidget(self.progress)

        self.message = QLabel(NotesScreen)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setProperty(u"subtle", True)

        self.layout.addWidget(self.message)

        self.hits = QTableView(NotesScreen)
        self.hits.setObjectName(u"hits")
        self.hits.setAlternatingRowColors(True)
        self.hits.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.hits.setSelectionMode(QAbstractItemView.SingleSelection)
        self.hits.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hits.setWordWrap(False)
        self.hits.setSortingEnabled(True)
        self.hits.verticalHeader().setVisible(False)

        self.layout.addWidget(self.hits)

        self.layout.setStretch(3, 1)
        self.layout.setStretch(9, 2)
        QWidget.setTabOrder(self.drafts, self.continue_button)
        QWidget.setTabOrder(self.continue_button, self.query)
        QWidget.setTabOrder(self.query, self.search_button)
        QWidget.setTabOrder(self.search_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.hits)

        self.retranslateUi(NotesScreen)

        QMetaObject.connectSlotsByName(NotesScreen)
    # setupUi

    def retranslateUi(self, NotesScreen):
        self.title.setText(QCoreApplication.translate("NotesScreen", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.draftsLabel.setText(QCoreApplication.translate("NotesScreen", u"My unsigned drafts", None))
        self.drafts_empty.setText(QCoreApplication.translate("NotesScreen", u"You have no unsigned drafts.", None))
#if QT_CONFIG(accessibility)
        self.drafts.setAccessibleName(QCoreApplication.translate("NotesScreen", u"My unsigned drafts", None))
#endif // QT_CONFIG(accessibility)
        self.continue_button.setText(QCoreApplication.translate("NotesScreen", u"&Continue this draft\u2026", None))
        self.searchLabel.setText(QCoreApplication.translate("NotesScreen", u"Search note text", None))
#if QT_CONFIG(accessibility)
        self.query.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Search note text", None))
#endif // QT_CONFIG(accessibility)
        self.query.setPlaceholderText(QCoreApplication.translate("NotesScreen", u"Words in a note, or a topic such as housing\u2026", None))
        self.search_button.setText(QCoreApplication.translate("NotesScreen", u"&Search", None))
        self.cancel_button.setText(QCoreApplication.translate("NotesScreen", u"Cancel", None))
        self.message.setText(QCoreApplication.translate("NotesScreen", u"Search reads signed notes in memory only. Each search is recorded in the audit trail.", None))
#if QT_CONFIG(accessibility)
        self.hits.setAccessibleName(QCoreApplication.translate("NotesScreen", u"Notes found", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
