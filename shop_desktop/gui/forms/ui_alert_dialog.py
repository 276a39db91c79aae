# Generated from ui/alert_dialog.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

from shop_desktop.gui.common.widgets import SearchBox

class Ui_AlertDialog(object):
    def setupUi(self, AlertDialog):
        if not AlertDialog.objectName():
            AlertDialog.setObjectName(u"AlertDialog")
        AlertDialog.resize(1240, 700)
        AlertDialog.setMinimumSize(QSize(900, 560))
        self.layout = QVBoxLayout(AlertDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AlertDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"subtle", True)

        self.layout.addWidget(self.intro)

        self.scroll = QScrollArea(AlertDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.columns = QHBoxLayout(self.body)
        self.columns.setObjectName(u"columns")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.whenBox = QGroupBox(self.body)
        self.whenBox.setObjectName(u"whenBox")
        self.whenForm = QFormLayout(self.whenBox)
        self.whenForm.setObjectName(u"whenForm")
        self.whenForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.dateLabel = QLabel(self.whenBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.whenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.occurred_on = QDateEdit(self.whenBox)
        self.occurred_on.setObjectName(u"occurred_on")
        self.occurred_on.setCalendarPopup(True)

        self.whenForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurred_on)

        self.timeLabel = QLabel(self.whenBox)
        self.timeLabel.setObjectName(u"timeLabel")

        self.whenForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.occurred_time = QTimeEdit(self.whenBox)
        self.occurred_time.setObjectName(u"occurred_time")
        self.occurred_time.setEnabled(False)

        self.timeRow.addWidget(self.occurred_time)

        self.time_known = QCheckBox(self.whenBox)
        self.time_known.setObjectName(u"time_known")

        self.timeRow.addWidget(self.time_known)

        self.spacer0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.spacer0)


        self.whenForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.locationLabel = QLabel(self.whenBox)
        self.locationLabel.setObjectName(u"locationLabel")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QLineEdit(self.whenBox)
        self.location.setObjectName(u"location")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.location)

        self.contactMethodLabel = QLabel(self.whenBox)
        self.contactMethodLabel.setObjectName(u"contactMethodLabel")

        self.whenForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactMethodLabel)

        self.contact_method = QComboBox(self.whenBox)
        self.contact_method.setObjectName(u"contact_method")

        self.whenForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact_method)

        self.contactWhereLabel = QLabel(self.whenBox)
        self.contactWhereLabel.setObjectName(u"contactWhereLabel")

        self.whenForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactWhereLabel)

        self.contact_where = QLineEdit(self.whenBox)
        self.contact_where.setObjectName(u"contact_where")

        self.whenForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_where)


        self.left.addWidget(self.whenBox)

        self.whatBox = QGroupBox(self.body)
        self.whatBox.setObjectName(u"whatBox")
        self.whatColumn = QVBoxLayout(self.whatBox)
        self.whatColumn.setObjectName(u"whatColumn")
        self.harmsGrid = QGridLayout()
        self.harmsGrid.setObjectName(u"harmsGrid")

        self.whatColumn.addLayout(self.harmsGrid)

        self.narrative = QPlainTextEdit(self.whatBox)
        self.narrative.setObjectName(u"narrative")
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumSize(QSize(0, 90))

        self.whatColumn.addWidget(self.narrative)

        self.whatColumn.setStretch(1, 1)

        self.left.addWidget(self.whatBox)

        self.left.setStretch(1, 1)

        self.columns.addLayout(self.left)

        self.middle = QVBoxLayout()
        self.middle.setObjectName(u"middle")
        self.aggressorBox = QGroupBox(self.body)
        self.aggressorBox.setObjectName(u"aggressorBox")
        self.aggressorBoxForm = QFormLayout(self.aggressorBox)
        self.aggressorBoxForm.setObjectName(u"aggressorBoxForm")
        self.aggressorBoxForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.genderLabel = QLabel(self.aggressorBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.aggressorBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.gender = QLineEdit(self.aggressorBox)
        self.gender.setObjectName(u"gender")

        self.aggressorBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gender)

        self.ageLabel = QLabel(self.aggressorBox)
        self.ageLabel.setObjectName(u"ageLabel")

        self.aggressorBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.age = QLineEdit(self.aggressorBox)
        self.age.setObjectName(u"age")

        self.aggressorBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.age)

        self.heightLabel = QLabel(self.aggressorBox)
        self.heightLabel.setObjectName(u"heightLabel")

        self.aggressorBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.heightLabel)

        self.height = QLineEdit(self.aggressorBox)
        self.height.setObjectName(u"height")

        self.aggressorBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.height)

        self.buildLabel = QLabel(self.aggressorBox)
        self.buildLabel.setObjectName(u"buildLabel")

        self.aggressorBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.buildLabel)

        self.build = QLineEdit(self.aggressorBox)
        self.build.setObjectName(u"build")

        self.aggressorBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.build)

        self.hairLabel = QLabel(self.aggressorBox)
        self.hairLabel.setObjectName(u"hairLabel")

        self.aggressorBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hairLabel)

        self.hair = QLineEdit(self.aggressorBox)
        self.hair.setObjectName(u"hair")

        self.aggressorBoxForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hair)

        self.skin_toneLabel = QLabel(self.aggressorBox)
        self.skin_toneLabel.setObjectName(u"skin_toneLabel")

        self.aggressorBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.skin_toneLabel)

        self.skin_tone = QLineEdit(self.aggressorBox)
        self.skin_tone.setObjectName(u"skin_tone")

        self.aggressorBoxForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.skin_tone)

        self.marksLabel = QLabel(self.aggressorBox)
        self.marksLabel.setObjectName(u"marksLabel")

        self.aggressorBoxForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.marksLabel)

        self.marks = QLineEdit(self.aggressorBox)
        self.marks.setObjectName(u"marks")

        self.aggressorBoxForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.marks)

        self.clothingLabel = QLabel(self.aggressorBox)
        self.clothingLabel.setObjectName(u"clothingLabel")

        self.aggressorBoxForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.clothingLabel)

        self.clothing = QLineEdit(self.aggressorBox)
        self.clothing.setObjectName(u"clothing")

        self.aggressorBoxForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.clothing)

        self.name_usedLabel = QLabel(self.aggressorBox)
        self.name_usedLabel.setObjectName(u"name_usedLabel")

        self.aggressorBoxForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.name_usedLabel)

        self.name_used = QLineEdit(self.aggressorBox)
        self.name_used.setObjectName(u"name_used")

        self.aggressorBoxForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.name_used)


        self.middle.addWidget(self.aggressorBox)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.middle.addItem(self.spacer1)


        self.columns.addLayout(self.middle)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.vehicleBox = QGroupBox(self.body)
        self.vehicleBox.setObjectName(u"vehicleBox")
        self.vehicleBoxForm = QFormLayout(self.vehicleBox)
        self.vehicleBoxForm.setObjectName(u"vehicleBoxForm")
        self.vehicleBoxForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.vehicle_colourLabel = QLabel(self.vehicleBox)
        self.vehicle_colourLabel.setObjectName(u"vehicle_colourLabel")

        self.vehicleBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vehicle_colourLabel)

        self.vehicle_colour = QLineEdit(self.vehicleBox)
        self.vehicle_colour.setObjectName(u"vehicle_colour")

        self.vehicleBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vehicle_colour)

        self.vehicle_makeLabel = QLabel(self.vehicleBox)
        self.vehicle_makeLabel.setObjectName(u"vehicle_makeLabel")

        self.vehicleBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.vehicle_makeLabel)

        self.vehicle_make = QLineEdit(self.vehicleBox)
        self.vehicle_make.setObjectName(u"vehicle_make")

        self.vehicleBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vehicle_make)

        self.vehicle_modelLabel = QLabel(self.vehicleBox)
        self.vehicle_modelLabel.setObjectName(u"vehicle_modelLabel")

        self.vehicleBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vehicle_modelLabel)

        self.vehicle_model = QLineEdit(self.vehicleBox)
        self.vehicle_model.setObjectName(u"vehicle_model")

        self.vehicleBoxForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vehicle_model)

        self.plateLabel = QLabel(self.vehicleBox)
        self.plateLabel.setObjectName(u"plateLabel")

        self.vehicleBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plate = QLineEdit(self.vehicleBox)
        self.plate.setObjectName(u"plate")

        self.vehicleBoxForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plate)


        self.right.addWidget(self.vehicleBox)

        self.contactBox = QGroupBox(self.body)
        self.contactBox.setObjectName(u"contactBox")
        self.contactBoxForm = QFormLayout(self.contactBox)
        self.contactBoxForm.setObjectName(u"contactBoxForm")
        self.contactBoxForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.phonesLabel = QLabel(self.contactBox)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.contactBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phones = QLineEdit(self.contactBox)
        self.phones.setObjectName(u"phones")

        self.contactBoxForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phones)

        self.handlesLabel = QLabel(self.contactBox)
        self.handlesLabel.setObjectName(u"handlesLabel")

        self.contactBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handlesLabel)

        self.handles = QLineEdit(self.contactBox)
        self.handles.setObjectName(u"handles")

        self.contactBoxForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handles)


        self.right.addWidget(self.contactBox)

        self.policeBox = QGroupBox(self.body)
        self.policeBox.setObjectName(u"policeBox")
        self.policeColumn = QVBoxLayout(self.policeBox)
        self.policeColumn.setObjectName(u"policeColumn")
        self.police = QComboBox(self.policeBox)
        self.police.setObjectName(u"police")

        self.policeColumn.addWidget(self.police)

        self.policeNote = QLabel(self.policeBox)
        self.policeNote.setObjectName(u"policeNote")
        self.policeNote.setWordWrap(True)
        self.policeNote.setProperty(u"subtle", True)

        self.policeColumn.addWidget(self.policeNote)


        self.right.addWidget(self.policeBox)

        self.followUpBox = QGroupBox(self.body)
        self.followUpBox.setObjectName(u"followUpBox")
        self.followUpColumn = QVBoxLayout(self.followUpBox)
        self.followUpColumn.setObjectName(u"followUpColumn")
        self.notClinicalNote = QLabel(self.followUpBox)
        self.notClinicalNote.setObjectName(u"notClinicalNote")
        self.notClinicalNote.setWordWrap(True)
        self.notClinicalNote.setProperty(u"subtle", True)

        self.followUpColumn.addWidget(self.notClinicalNote)

        self.linkPanel = QWidget(self.followUpBox)
        self.linkPanel.setObjectName(u"linkPanel")
        self.linkColumn = QVBoxLayout(self.linkPanel)
        self.linkColumn.setObjectName(u"linkColumn")
        self.linkColumn.setContentsMargins(0, 0, 0, 0)
        self.client_search = SearchBox(self.linkPanel)
        self.client_search.setObjectName(u"client_search")

        self.linkColumn.addWidget(self.client_search)

        self.client_results = QListWidget(self.linkPanel)
        self.client_results.setObjectName(u"client_results")
        self.client_results.setMaximumSize(QSize(16777215, 80))
        self.client_results.setVisible(False)

        self.linkColumn.addWidget(self.client_results)

        self.link_label = QLabel(self.linkPanel)
        self.link_label.setObjectName(u"link_label")
        self.link_label.setWordWrap(True)

        self.linkColumn.addWidget(self.link_label)

        self.unlink_button = QPushButton(self.linkPanel)
        self.unlink_button.setObjectName(u"unlink_button")

        self.linkColumn.addWidget(self.unlink_button)


        self.followUpColumn.addWidget(self.linkPanel)


        self.right.addWidget(self.followUpBox)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right.addItem(self.spacer2)


        self.columns.addLayout(self.right)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
        self.columns.setStretch(2, 1)
        self.scroll.setWidget(self.body)

        self.layout.addWidget(self.scroll)

        self.error = QLabel(AlertDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"error", True)
        self.error.setVisible(False)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(AlertDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.occurred_on)
        self.timeLabel.setBuddy(self.occurred_time)
        self.locationLabel.setBuddy(self.location)
        self.contactMethodLabel.setBuddy(self.contact_method)
        self.contactWhereLabel.setBuddy(self.contact_where)
        self.genderLabel.setBuddy(self.gender)
        self.ageLabel.setBuddy(self.age)
        self.heightLabel.setBuddy(self.height)
        self.buildLabel.setBuddy(self.build)
        self.hairLabel.setBuddy(self.hair)
        self.skin_toneLabel.setBuddy(self.skin_tone)
        self.marksLabel.setBuddy(self.marks)
        self.clothingLabel.setBuddy(self.clothing)
        self.name_usedLabel.setBuddy(self.name_used)
        self.vehicle_colourLabel.setBuddy(self.vehicle_colour)
        self.vehicle_makeLabel.setBuddy(self.vehicle_make)
        self.vehicle_modelLabel.setBuddy(self.vehicle_model)
        self.plateLabel.setBuddy(self.plate)
        self.phonesLabel.setBuddy(self.phones)
        self.handlesLabel.setBuddy(self.handles)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurred_on, self.occurred_time)
        QWidget.setTabOrder(self.occurred_time, self.time_known)
        QWidget.setTabOrder(self.time_known, self.location)
        QWidget.setTabOrder(self.location, self.contact_method)
        QWidget.setTabOrder(self.contact_method, self.contact_where)
        QWidget.setTabOrder(self.contact_where, self.narrative)
        QWidget.setTabOrder(self.narrative, self.gender)
        QWidget.setTabOrder(self.gender, self.age)
        QWidget.setTabOrder(self.age, self.height)
        QWidget.setTabOrder(self.height, self.build)
        QWidget.setTabOrder(self.build, self.hair)
        QWidget.setTabOrder(self.hair, self.skin_tone)
        QWidget.setTabOrder(self.skin_tone, self.marks)
        QWidget.setTabOrder(self.marks, self.clothing)
        QWidget.setTabOrder(self.clothing, self.name_used)
        QWidget.setTabOrder(self.name_used, self.vehicle_colour)
        QWidget.setTabOrder(self.vehicle_colour, self.vehicle_make)
        QWidget.setTabOrder(self.vehicle_make, self.vehicle_model)
        QWidget.setTabOrder(self.vehicle_model, self.plate)
        QWidget.setTabOrder(self.plate, self.phones)
        QWidget.setTabOrder(self.phones, self.handles)
        QWidget.setTabOrder(self.handles, self.police)
        QWidget.setTabOrder(self.police, self.client_search)
        QWidget.setTabOrder(self.client_search, self.client_results)
        QWidget.setTabOrder(self.client_results, self.unlink_button)

        self.retranslateUi(AlertDialog)

        QMetaObject.connectSlotsByName(AlertDialog)
    # setupUi

    def retranslateUi(self, AlertDialog):
        AlertDialog.setWindowTitle(QCoreApplication.translate("AlertDialog", u"New bad-date report", None))
        self.intro.setText("")
        self.whenBox.setTitle(QCoreApplication.translate("AlertDialog", u"When and where", None))
        self.dateLabel.setText(QCoreApplication.translate("AlertDialog", u"&Date *", None))
        self.occurred_on.setDisplayFormat(QCoreApplication.translate("AlertDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.occurred_on.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Date it happened", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("AlertDialog", u"&Time", None))
        self.occurred_time.setDisplayFormat(QCoreApplication.translate("AlertDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.occurred_time.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Time it happened", None))
#endif // QT_CONFIG(accessibility)
        self.time_known.setText(QCoreApplication.translate("AlertDialog", u"Time known", None))
        self.locationLabel.setText(QCoreApplication.translate("AlertDialog", u"&Area or location", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Area or location", None))
#endif // QT_CONFIG(accessibility)
        self.location.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. Rock Bay Ave, a motel on the highway", None))
        self.contactMethodLabel.setText(QCoreApplication.translate("AlertDialog", u"Ho&w contact was made", None))
#if QT_CONFIG(accessibility)
        self.contact_method.setAccessibleName(QCoreApplication.translate("AlertDialog", u"How contact was made", None))
#endif // QT_CONFIG(accessibility)
        self.contactWhereLabel.setText(QCoreApplication.translate("AlertDialog", u"Platform or &venue", None))
#if QT_CONFIG(accessibility)
        self.contact_where.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Platform or venue", None))
#endif // QT_CONFIG(accessibility)
        self.contact_where.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. Leolist, a hotel bar", None))
        self.whatBox.setTitle(QCoreApplication.translate("AlertDialog", u"What happened *", None))
#if QT_CONFIG(accessibility)
        self.narrative.setAccessibleName(QCoreApplication.translate("AlertDialog", u"What happened, in the third person", None))
#endif // QT_CONFIG(accessibility)
        self.narrative.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"In the third person, e.g. \"He picked the worker up on Rock Bay Ave, drove to a parking lot and refused to pay.\" What he did and said; anything that helps others recognise him.", None))
        self.aggressorBox.setTitle(QCoreApplication.translate("AlertDialog", u"What he looks like (the aggressor)", None))
        self.genderLabel.setText(QCoreApplication.translate("AlertDialog", u"&Gender", None))
#if QT_CONFIG(accessibility)
        self.gender.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.gender.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. man, woman, trans woman", None))
        self.ageLabel.setText(QCoreApplication.translate("AlertDialog", u"Appro&x. age", None))
#if QT_CONFIG(accessibility)
        self.age.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Approx. age", None))
#endif // QT_CONFIG(accessibility)
        self.age.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. 45, 40s, late 30s", None))
        self.heightLabel.setText(QCoreApplication.translate("AlertDialog", u"&Height", None))
#if QT_CONFIG(accessibility)
        self.height.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Height", None))
#endif // QT_CONFIG(accessibility)
        self.height.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. about 6', short", None))
        self.buildLabel.setText(QCoreApplication.translate("AlertDialog", u"&Build", None))
#if QT_CONFIG(accessibility)
        self.build.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Build", None))
#endif // QT_CONFIG(accessibility)
        self.build.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. heavy, thin, stocky", None))
        self.hairLabel.setText(QCoreApplication.translate("AlertDialog", u"Ha&ir", None))
#if QT_CONFIG(accessibility)
        self.hair.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Hair", None))
#endif // QT_CONFIG(accessibility)
        self.hair.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. short grey, bald, red beard", None))
        self.skin_toneLabel.setText(QCoreApplication.translate("AlertDialog", u"S&kin tone", None))
#if QT_CONFIG(accessibility)
        self.skin_tone.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Skin tone", None))
#endif // QT_CONFIG(accessibility)
        self.skin_tone.setPlaceholderText("")
        self.marksLabel.setText(QCoreApplication.translate("AlertDialog", u"Ma&rks", None))
#if QT_CONFIG(accessibility)
        self.marks.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Marks", None))
#endif // QT_CONFIG(accessibility)
        self.marks.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"tattoos, scars, glasses, a limp\u2026", None))
        self.clothingLabel.setText(QCoreApplication.translate("AlertDialog", u"C&lothing", None))
#if QT_CONFIG(accessibility)
        self.clothing.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Clothing", None))
#endif // QT_CONFIG(accessibility)
        self.clothing.setPlaceholderText("")
        self.name_usedLabel.setText(QCoreApplication.translate("AlertDialog", u"&Name or alias used", None))
#if QT_CONFIG(accessibility)
        self.name_used.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Name or alias used", None))
#endif // QT_CONFIG(accessibility)
        self.name_used.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"what he called himself", None))
        self.vehicleBox.setTitle(QCoreApplication.translate("AlertDialog", u"Vehicle", None))
        self.vehicle_colourLabel.setText(QCoreApplication.translate("AlertDialog", u"Colo&ur", None))
#if QT_CONFIG(accessibility)
        self.vehicle_colour.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Colour", None))
#endif // QT_CONFIG(accessibility)
        self.vehicle_colour.setPlaceholderText("")
        self.vehicle_makeLabel.setText(QCoreApplication.translate("AlertDialog", u"&Make", None))
#if QT_CONFIG(accessibility)
        self.vehicle_make.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Make", None))
#endif // QT_CONFIG(accessibility)
        self.vehicle_make.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. Honda", None))
        self.vehicle_modelLabel.setText(QCoreApplication.translate("AlertDialog", u"M&odel", None))
#if QT_CONFIG(accessibility)
        self.vehicle_model.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Model", None))
#endif // QT_CONFIG(accessibility)
        self.vehicle_model.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. Civic", None))
        self.plateLabel.setText(QCoreApplication.translate("AlertDialog", u"&Plate", None))
#if QT_CONFIG(accessibility)
        self.plate.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Plate", None))
#endif // QT_CONFIG(accessibility)
        self.plate.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"full or partial, e.g. ABC 4K7 or just 4K7", None))
        self.contactBox.setTitle(QCoreApplication.translate("AlertDialog", u"Contact details he used", None))
        self.phonesLabel.setText(QCoreApplication.translate("AlertDialog", u"Phon&e numbers", None))
#if QT_CONFIG(accessibility)
        self.phones.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Phone numbers", None))
#endif // QT_CONFIG(accessibility)
        self.phones.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"any format; several separated by commas", None))
        self.handlesLabel.setText(QCoreApplication.translate("AlertDialog", u"Online handles or emails", None))
#if QT_CONFIG(accessibility)
        self.handles.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Online handles or emails", None))
#endif // QT_CONFIG(accessibility)
        self.handles.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"e.g. @bigdave99, dave@example.com", None))
        self.policeBox.setTitle(QCoreApplication.translate("AlertDialog", u"Police", None))
#if QT_CONFIG(accessibility)
        self.police.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Did the worker choose to tell police", None))
#endif // QT_CONFIG(accessibility)
        self.policeNote.setText(QCoreApplication.translate("AlertDialog", u"The worker's choice. Never press them.", None))
        self.followUpBox.setTitle(QCoreApplication.translate("AlertDialog", u"Follow-up support (counsellors only, never on the alert)", None))
        self.notClinicalNote.setText(QCoreApplication.translate("AlertDialog", u"If the worker wants follow-up support, a counsellor can link this alert to their record. Give the counsellor the alert's reference.", None))
#if QT_CONFIG(accessibility)
        self.client_search.setAccessibleName(QCoreApplication.translate("AlertDialog", u"Find the worker's client record", None))
#endif // QT_CONFIG(accessibility)
        self.client_search.setPlaceholderText(QCoreApplication.translate("AlertDialog", u"Type the worker's alias or client code to link", None))
        self.unlink_button.setText(QCoreApplication.translate("AlertDialog", u"Remove the link", None))
        self.error.setText("")
    # retranslateUi
