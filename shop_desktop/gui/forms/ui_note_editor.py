# Generated from ui/note_editor.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from shop_desktop.gui.common.widgets import BodyScroll

class Ui_NoteEditor(object):
    def setupUi(self, NoteEditor):
        if not NoteEditor.objectName():
            NoteEditor.setObjectName(u"NoteEditor")
        NoteEditor.resize(760, 620)
        NoteEditor.setMinimumSize(QSize(760, 620))
        self.layout = QVBoxLayout(NoteEditor)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(NoteEditor)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"heading", True)

        self.layout.addWidget(self.title)

        self.fields = BodyScroll(NoteEditor)
        self.fields.setObjectName(u"fields")
        self.fields.setFrameShape(QFrame.NoFrame)
        self.fields.setWidgetResizable(True)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.fieldsContents = QWidget()
        self.fieldsContents.setObjectName(u"fieldsContents")
        self.fieldsColumn = QVBoxLayout(self.fieldsContents)
        self.fieldsColumn.setObjectName(u"fieldsColumn")
        self.fieldsColumn.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.typeLabel = QLabel(self.fieldsContents)
        self.typeLabel.setObjectName(u"typeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.note_type = QComboBox(self.fieldsContents)
        self.note_type.setObjectName(u"note_type")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_type)

        self.whenLabel = QLabel(self.fieldsContents)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.when = QDateTimeEdit(self.fieldsContents)
        self.when.setObjectName(u"when")
        self.when.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.when)

        self.durationLabel = QLabel(self.fieldsContents)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.duration = QSpinBox(self.fieldsContents)
        self.duration.setObjectName(u"duration")
        self.duration.setSingleStep(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.duration)

        self.followLabel = QLabel(self.fieldsContents)
        self.followLabel.setObjectName(u"followLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.followLabel)

        self.followRow = QHBoxLayout()
        self.followRow.setObjectName(u"followRow")
        self.follow_up = QCheckBox(self.fieldsContents)
        self.follow_up.setObjectName(u"follow_up")

        self.followRow.addWidget(self.follow_up)

        self.follow_up_date = QDateEdit(self.fieldsContents)
        self.follow_up_date.setObjectName(u"follow_up_date")
        self.follow_up_date.setCalendarPopup(True)

        self.followRow.addWidget(self.follow_up_date)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followRow.addItem(self.spacer0)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.followRow)


        self.fieldsColumn.addLayout(self.form)

        self.topics = QGroupBox(self.fieldsContents)
        self.topics.setObjectName(u"topics")
        self.topicsGrid = QGridLayout(self.topics)
        self.topicsGrid.setObjectName(u"topicsGrid")

        self.fieldsColumn.addWidget(self.topics)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsColumn.addItem(self.spacer1)

        self.fields.setWidget(self.fieldsContents)

        self.layout.addWidget(self.fields)

        self.bodyLabel = QLabel(NoteEditor)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.layout.addWidget(self.bodyLabel)

        self.body = QPlainTextEdit(NoteEditor)
        self.body.setObjectName(u"body")

        self.layout.addWidget(self.body)

        self.state = QLabel(NoteEditor)
        self.state.setObjectName(u"state")
        self.state.setWordWrap(True)
        self.state.setProperty(u"subtle", True)

        self.layout.addWidget(self.state)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.discard_button = QPushButton(NoteEditor)
        self.discard_button.setObjectName(u"discard_button")
        self.discard_button.setProperty(u"danger", True)

        self.buttonRow.addWidget(self.discard_button)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer2)

        self.close_button = QPushButton(NoteEditor)
        self.close_button.setObjectName(u"close_button")

        self.buttonRow.addWidget(self.close_button)

        self.sign_button = QPushButton(NoteEditor)
        self.sign_button.setObjectName(u"sign_button")
        self.sign_button.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.sign_button)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(3, 1)
        QWidget.setTabOrder(self.note_type, self.when)
        QWidget.setTabOrder(self.when, self.duration)
        QWidget.setTabOrder(self.duration, self.follow_up)
        QWidget.setTabOrder(self.follow_up, self.follow_up_date)
        QWidget.setTabOrder(self.follow_up_date, self.body)
        QWidget.setTabOrder(self.body, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.sign_button)

        self.retranslateUi(NoteEditor)

        QMetaObject.connectSlotsByName(NoteEditor)
    # setupUi

    def retranslateUi(self, NoteEditor):
        self.title.setText(QCoreApplication.translate("NoteEditor", u"Note", None))
        self.typeLabel.setText(QCoreApplication.translate("NoteEditor", u"Kind of note:", None))
#if QT_CONFIG(accessibility)
        self.note_type.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Kind of note", None))
#endif // QT_CONFIG(accessibility)
        self.whenLabel.setText(QCoreApplication.translate("NoteEditor", u"Date and time:", None))
#if QT_CONFIG(accessibility)
        self.when.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Date and time of the session", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("NoteEditor", u"Duration:", None))
        self.duration.setSuffix(QCoreApplication.translate("NoteEditor", u" min", None))
        self.duration.setSpecialValueText(QCoreApplication.translate("NoteEditor", u"not noted", None))
#if QT_CONFIG(accessibility)
        self.duration.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.followLabel.setText(QCoreApplication.translate("NoteEditor", u"Follow-up:", None))
        self.follow_up.setText(QCoreApplication.translate("NoteEditor", u"Follow up on", None))
#if QT_CONFIG(accessibility)
        self.follow_up_date.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.topics.setTitle(QCoreApplication.translate("NoteEditor", u"Topics", None))
        self.bodyLabel.setText(QCoreApplication.translate("NoteEditor", u"Note:", None))
#if QT_CONFIG(accessibility)
        self.body.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Note text", None))
#endif // QT_CONFIG(accessibility)
        self.body.setPlaceholderText(QCoreApplication.translate("NoteEditor", u"What happened, what was agreed, what comes next\u2026", None))
        self.state.setText(QCoreApplication.translate("NoteEditor", u"Saved as an encrypted draft every few seconds while you type.", None))
#if QT_CONFIG(accessibility)
        self.state.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Draft state", None))
#endif // QT_CONFIG(accessibility)
        self.discard_button.setText(QCoreApplication.translate("NoteEditor", u"&Discard draft\u2026", None))
        self.close_button.setText(QCoreApplication.translate("NoteEditor", u"&Keep as draft and close", None))
        self.sign_button.setText(QCoreApplication.translate("NoteEditor", u"&Sign note", None))
#if QT_CONFIG(tooltip)
        self.sign_button.setToolTip(QCoreApplication.translate("NoteEditor", u"Sign: the note becomes final (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
