# Generated from ui/severing_review.ui by shop_desktop/gui/shell/compile_forms.py -- do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPushButton, QTableView, QVBoxLayout)

class Ui_SeveringReview(object):
    def setupUi(self, SeveringReview):
        if not SeveringReview.objectName():
            SeveringReview.setObjectName(u"SeveringReview")
        SeveringReview.resize(940, 640)
        self.outer = QVBoxLayout(SeveringReview)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.introLabel = QLabel(SeveringReview)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"subtle", True)

        self.outer.addWidget(self.introLabel)

        self.proposalsTable = QTableView(SeveringReview)
        self.proposalsTable.setObjectName(u"proposalsTable")
        self.proposalsTable.setAlternatingRowColors(True)
        self.proposalsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proposalsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.outer.addWidget(self.proposalsTable)

        self.contextLabel = QLabel(SeveringReview)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setTextFormat(Qt.PlainText)

        self.outer.addWidget(self.contextLabel)

        self.decide = QHBoxLayout()
        self.decide.setObjectName(u"decide")
        self.severAsLabel = QLabel(SeveringReview)
        self.severAsLabel.setObjectName(u"severAsLabel")

        self.decide.addWidget(self.severAsLabel)

        self.severAsEdit = QLineEdit(SeveringReview)
        self.severAsEdit.setObjectName(u"severAsEdit")

        self.decide.addWidget(self.severAsEdit)

        self.groundLabel = QLabel(SeveringReview)
        self.groundLabel.setObjectName(u"groundLabel")

        self.decide.addWidget(self.groundLabel)

        self.groundCombo = QComboBox(SeveringReview)
        self.groundCombo.setObjectName(u"groundCombo")
        self.groundCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.groundCombo.setMinimumContentsLength(20)

        self.decide.addWidget(self.groundCombo)

        self.severButton = QPushButton(SeveringReview)
        self.severButton.setObjectName(u"severButton")

        self.decide.addWidget(self.severButton)

        self.keepButton = QPushButton(SeveringReview)
        self.keepButton.setObjectName(u"keepButton")

        self.decide.addWidget(self.keepButton)

        self.decide.setStretch(1, 3)
        self.decide.setStretch(3, 2)

        self.outer.addLayout(self.decide)

        self.moreGroup = QGroupBox(SeveringReview)
        self.moreGroup.setObjectName(u"moreGroup")
        self.moreLayout = QGridLayout(self.moreGroup)
        self.moreLayout.setObjectName(u"moreLayout")
        self.placeLabel = QLabel(self.moreGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.moreLayout.addWidget(self.placeLabel, 0, 0, 1, 1)

        self.placeCombo = QComboBox(self.moreGroup)
        self.placeCombo.setObjectName(u"placeCombo")

        self.moreLayout.addWidget(self.placeCombo, 0, 1, 1, 3)

        self.wordsLabel = QLabel(self.moreGroup)
        self.wordsLabel.setObjectName(u"wordsLabel")

        self.moreLayout.addWidget(self.wordsLabel, 1, 0, 1, 1)

        self.wordsEdit = QLineEdit(self.moreGroup)
        self.wordsEdit.setObjectName(u"wordsEdit")

        self.moreLayout.addWidget(self.wordsEdit, 1, 1, 1, 1)

        self.moreGroundLabel = QLabel(self.moreGroup)
        self.moreGroundLabel.setObjectName(u"moreGroundLabel")

        self.moreLayout.addWidget(self.moreGroundLabel, 1, 2, 1, 1)

        self.moreGroundCombo = QComboBox(self.moreGroup)
        self.moreGroundCombo.setObjectName(u"moreGroundCombo")
        self.moreGroundCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.moreGroundCombo.setMinimumContentsLength(20)

        self.moreLayout.addWidget(self.moreGroundCombo, 1, 3, 1, 1)

        self.reasonLabel = QLabel(self.moreGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.moreLayout.addWidget(self.reasonLabel, 2, 0, 1, 1)

        self.reasonEdit = QLineEdit(self.moreGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.moreLayout.addWidget(self.reasonEdit, 2, 1, 1, 2)

        self.addButton = QPushButton(self.moreGroup)
        self.addButton.setObjectName(u"addButton")

        self.moreLayout.addWidget(self.addButton, 2, 3, 1, 1)

        self.extrasList = QListWidget(self.moreGroup)
        self.extrasList.setObjectName(u"extrasList")
        self.extrasList.setMaximumSize(QSize(16777215, 56))

        self.moreLayout.addWidget(self.extrasList, 3, 0, 1, 4)

        self.moreLayout.setColumnStretch(1, 3)
        self.moreLayout.setColumnStretch(3, 2)

        self.outer.addWidget(self.moreGroup)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.countLabel = QLabel(SeveringReview)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.bottom.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(SeveringReview)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.bottom.addWidget(self.buttonBox)

        self.bottom.setStretch(0, 1)

        self.outer.addLayout(self.bottom)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.severAsLabel.setBuddy(self.severAsEdit)
        self.groundLabel.setBuddy(self.groundCombo)
        self.placeLabel.setBuddy(self.placeCombo)
        self.wordsLabel.setBuddy(self.wordsEdit)
        self.moreGroundLabel.setBuddy(self.moreGroundCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SeveringReview)

        QMetaObject.connectSlotsByName(SeveringReview)
    # setupUi

    def retranslateUi(self, SeveringReview):
        SeveringReview.setWindowTitle(QCoreApplication.translate("SeveringReview", u"Review severing", None))
        self.introLabel.setText(QCoreApplication.translate("SeveringReview", u"Each line is a place where another client's alias or code was found. Press S to sever it or K to keep it (an everyday word); the next line is chosen for you. Change the words to sever, or add more with a reason below.", None))
#if QT_CONFIG(accessibility)
        self.proposalsTable.setAccessibleName(QCoreApplication.translate("SeveringReview", u"Proposed severings", None))
#endif // QT_CONFIG(accessibility)
        self.contextLabel.setText("")
#if QT_CONFIG(accessibility)
        self.contextLabel.setAccessibleName(QCoreApplication.translate("SeveringReview", u"The words around it", None))
#endif // QT_CONFIG(accessibility)
        self.severAsLabel.setText(QCoreApplication.translate("SeveringReview", u"Sever &as", None))
#if QT_CONFIG(accessibility)
        self.severAsEdit.setAccessibleName(QCoreApplication.translate("SeveringReview", u"Words to sever", None))
#endif // QT_CONFIG(accessibility)
        self.groundLabel.setText(QCoreApplication.translate("SeveringReview", u"&Ground", None))
#if QT_CONFIG(accessibility)
        self.groundCombo.setAccessibleName(QCoreApplication.translate("SeveringReview", u"Ground for severing", None))
#endif // QT_CONFIG(accessibility)
        self.severButton.setText(QCoreApplication.translate("SeveringReview", u"&Sever", None))
        self.keepButton.setText(QCoreApplication.translate("SeveringReview", u"&Keep", None))
        self.moreGroup.setTitle(QCoreApplication.translate("SeveringReview", u"Sever more, with a reason", None))
        self.placeLabel.setText(QCoreApplication.translate("SeveringReview", u"Pla&ce", None))
#if QT_CONFIG(accessibility)
        self.placeCombo.setAccessibleName(QCoreApplication.translate("SeveringReview", u"Part of the record", None))
#endif // QT_CONFIG(accessibility)
        self.wordsLabel.setText(QCoreApplication.translate("SeveringReview", u"&Words", None))
#if QT_CONFIG(accessibility)
        self.wordsEdit.setAccessibleName(QCoreApplication.translate("SeveringReview", u"Words to sever there", None))
#endif // QT_CONFIG(accessibility)
        self.moreGroundLabel.setText(QCoreApplication.translate("SeveringReview", u"Gro&und", None))
#if QT_CONFIG(accessibility)
        self.moreGroundCombo.setAccessibleName(QCoreApplication.translate("SeveringReview", u"Ground for this severing", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("SeveringReview", u"Reaso&n", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("SeveringReview", u"Reason for severing", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("SeveringReview", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.extrasList.setAccessibleName(QCoreApplication.translate("SeveringReview", u"More severings added", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
    # retranslateUi
