# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'repair_note_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RepairNoteDialog(object):
    def setupUi(self, RepairNoteDialog):
        if not RepairNoteDialog.objectName():
            RepairNoteDialog.setObjectName(u"RepairNoteDialog")
        RepairNoteDialog.resize(480, 180)
        RepairNoteDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(RepairNoteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RepairNoteDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.noteLabel = QLabel(RepairNoteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(RepairNoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(2000)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RepairNoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RepairNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RepairNoteDialog)

        QMetaObject.connectSlotsByName(RepairNoteDialog)
    # setupUi

    def retranslateUi(self, RepairNoteDialog):
        RepairNoteDialog.setWindowTitle(QCoreApplication.translate("RepairNoteDialog", u"Escalate", None))
        self.noteLabel.setText(QCoreApplication.translate("RepairNoteDialog", u"&Note:", None))
    # retranslateUi

