# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 520)
        SettingsDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.generalGroup = QGroupBox(SettingsDialog)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalLayout = QFormLayout(self.generalGroup)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(self.generalGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNoteLabel = QLabel(self.generalGroup)
        self.languageNoteLabel.setObjectName(u"languageNoteLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageNoteLabel.sizePolicy().hasHeightForWidth())
        self.languageNoteLabel.setSizePolicy(sizePolicy)
        self.languageNoteLabel.setStyleSheet(u"QLabel { color: palette(dark); }")
        self.languageNoteLabel.setWordWrap(True)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNoteLabel)

        self.idleLabel = QLabel(self.generalGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.generalGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMaximum(240)

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idleSpin)


        self.mainLayout.addWidget(self.generalGroup)

        self.scannerGroup = QGroupBox(SettingsDialog)
        self.scannerGroup.setObjectName(u"scannerGroup")
        self.scannerLayout = QGridLayout(self.scannerGroup)
        self.scannerLayout.setObjectName(u"scannerLayout")
        self.scannerPortLabel = QLabel(self.scannerGroup)
        self.scannerPortLabel.setObjectName(u"scannerPortLabel")

        self.scannerLayout.addWidget(self.scannerPortLabel, 0, 0, 1, 1)

        self.scannerPortCombo = QComboBox(self.scannerGroup)
        self.scannerPortCombo.setObjectName(u"scannerPortCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.scannerPortCombo.sizePolicy().hasHeightForWidth())
        self.scannerPortCombo.setSizePolicy(sizePolicy1)
        self.scannerPortCombo.setEditable(True)
        self.scannerPortCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scannerPortCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scannerPortCombo.setMinimumContentsLength(24)

        self.scannerLayout.addWidget(self.scannerPortCombo, 0, 1, 1, 1)

        self.scannerDetectButton = QPushButton(self.scannerGroup)
        self.scannerDetectButton.setObjectName(u"scannerDetectButton")
        self.scannerDetectButton.setAutoDefault(False)

        self.scannerLayout.addWidget(self.scannerDetectButton, 0, 2, 1, 1)

        self.scannerTestButton = QPushButton(self.scannerGroup)
        self.scannerTestButton.setObjectName(u"scannerTestButton")
        self.scannerTestButton.setAutoDefault(False)

        self.scannerLayout.addWidget(self.scannerTestButton, 0, 3, 1, 1)

        self.scannerBaudLabel = QLabel(self.scannerGroup)
        self.scannerBaudLabel.setObjectName(u"scannerBaudLabel")

        self.scannerLayout.addWidget(self.scannerBaudLabel, 1, 0, 1, 1)

        self.scannerBaudCombo = QComboBox(self.scannerGroup)
        self.scannerBaudCombo.setObjectName(u"scannerBaudCombo")
        self.scannerBaudCombo.setEditable(True)
        self.scannerBaudCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.scannerLayout.addWidget(self.scannerBaudCombo, 1, 1, 1, 1)

        self.scannerStatusLabel = QLabel(self.scannerGroup)
        self.scannerStatusLabel.setObjectName(u"scannerStatusLabel")
        self.scannerStatusLabel.setWordWrap(True)
        self.scannerStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.scannerLayout.addWidget(self.scannerStatusLabel, 2, 0, 1, 4)


        self.mainLayout.addWidget(self.scannerGroup)

        self.fixtureGroup = QGroupBox(SettingsDialog)
        self.fixtureGroup.setObjectName(u"fixtureGroup")
        self.fixtureLayout = QGridLayout(self.fixtureGroup)
        self.fixtureLayout.setObjectName(u"fixtureLayout")
        self.fixturePortLabel = QLabel(self.fixtureGroup)
        self.fixturePortLabel.setObjectName(u"fixturePortLabel")

        self.fixtureLayout.addWidget(self.fixturePortLabel, 0, 0, 1, 1)

        self.fixturePortCombo = QComboBox(self.fixtureGroup)
        self.fixturePortCombo.setObjectName(u"fixturePortCombo")
        sizePolicy1.setHeightForWidth(self.fixturePortCombo.sizePolicy().hasHeightForWidth())
        self.fixturePortCombo.setSizePolicy(sizePolicy1)
        self.fixturePortCombo.setEditable(True)
        self.fixturePortCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.fixturePortCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fixturePortCombo.setMinimumContentsLength(24)

        self.fixtureLayout.addWidget(self.fixturePortCombo, 0, 1, 1, 1)

        self.fixtureDetectButton = QPushButton(self.fixtureGroup)
        self.fixtureDetectButton.setObjectName(u"fixtureDetectButton")
        self.fixtureDetectButton.setAutoDefault(False)

        self.fixtureLayout.addWidget(self.fixtureDetectButton, 0, 2, 1, 1)

        self.fixtureTestButton = QPushButton(self.fixtureGroup)
        self.fixtureTestButton.setObjectName(u"fixtureTestButton")
        self.fixtureTestButton.setAutoDefault(False)

        self.fixtureLayout.addWidget(self.fixtureTestButton, 0, 3, 1, 1)

        self.fixtureBaudLabel = QLabel(self.fixtureGroup)
        self.fixtureBaudLabel.setObjectName(u"fixtureBaudLabel")

        self.fixtureLayout.addWidget(self.fixtureBaudLabel, 1, 0, 1, 1)

        self.fixtureBaudCombo = QComboBox(self.fixtureGroup)
        self.fixtureBaudCombo.setObjectName(u"fixtureBaudCombo")
        self.fixtureBaudCombo.setEditable(True)
        self.fixtureBaudCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fixtureLayout.addWidget(self.fixtureBaudCombo, 1, 1, 1, 1)

        self.fixtureStatusLabel = QLabel(self.fixtureGroup)
        self.fixtureStatusLabel.setObjectName(u"fixtureStatusLabel")
        self.fixtureStatusLabel.setWordWrap(True)
        self.fixtureStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fixtureLayout.addWidget(self.fixtureStatusLabel, 2, 0, 1, 4)


        self.mainLayout.addWidget(self.fixtureGroup)

        self.hintLabel = QLabel(SettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"QLabel { color: palette(dark); }")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #a4262c; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.idleLabel.setBuddy(self.idleSpin)
        self.scannerPortLabel.setBuddy(self.scannerPortCombo)
        self.scannerBaudLabel.setBuddy(self.scannerBaudCombo)
        self.fixturePortLabel.setBuddy(self.fixturePortCombo)
        self.fixtureBaudLabel.setBuddy(self.fixtureBaudCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.scannerPortCombo)
        QWidget.setTabOrder(self.scannerPortCombo, self.scannerDetectButton)
        QWidget.setTabOrder(self.scannerDetectButton, self.scannerTestButton)
        QWidget.setTabOrder(self.scannerTestButton, self.scannerBaudCombo)
        QWidget.setTabOrder(self.scannerBaudCombo, self.fixturePortCombo)
        QWidget.setTabOrder(self.fixturePortCombo, self.fixtureDetectButton)
        QWidget.setTabOrder(self.fixtureDetectButton, self.fixtureTestButton)
        QWidget.setTabOrder(self.fixtureTestButton, self.fixtureBaudCombo)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Bench settings", None))
        self.generalGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"This bench", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock &after:", None))
#if QT_CONFIG(tooltip)
        self.idleSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Minutes without keyboard, mouse or scanner input before the screen locks", None))
#endif // QT_CONFIG(tooltip)
        self.idleSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"Never", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min without input", None))
        self.scannerGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Barcode scanner (serial / USB-COM)", None))
        self.scannerPortLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Port:", None))
#if QT_CONFIG(tooltip)
        self.scannerDetectButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"List the serial ports of this computer", None))
#endif // QT_CONFIG(tooltip)
        self.scannerDetectButton.setText(QCoreApplication.translate("SettingsDialog", u"&Detect", None))
#if QT_CONFIG(tooltip)
        self.scannerTestButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Open the port briefly to see whether the device is there", None))
#endif // QT_CONFIG(tooltip)
        self.scannerTestButton.setText(QCoreApplication.translate("SettingsDialog", u"&Test", None))
        self.scannerBaudLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Baud rate:", None))
        self.fixtureGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Test fixture", None))
        self.fixturePortLabel.setText(QCoreApplication.translate("SettingsDialog", u"P&ort:", None))
#if QT_CONFIG(tooltip)
        self.fixtureDetectButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"List the serial ports of this computer", None))
#endif // QT_CONFIG(tooltip)
        self.fixtureDetectButton.setText(QCoreApplication.translate("SettingsDialog", u"D&etect", None))
#if QT_CONFIG(tooltip)
        self.fixtureTestButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Open the port briefly to see whether the device is there", None))
#endif // QT_CONFIG(tooltip)
        self.fixtureTestButton.setText(QCoreApplication.translate("SettingsDialog", u"Te&st", None))
        self.fixtureBaudLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ba&ud rate:", None))
        self.hintLabel.setText(QCoreApplication.translate("SettingsDialog", u"A port is a path (/dev/ttyACM0, COM3) or a USB id VID:PID[:serial] (05e0:1200:S123), which stays right when the device moves to another socket. Leave it empty if the bench has no such device.", None))
    # retranslateUi

