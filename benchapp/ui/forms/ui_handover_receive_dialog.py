# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_receive_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

from benchapp.ui.stations.base import (MessageBar, ScanEdit)

class Ui_HandoverReceiveDialog(object):
    def setupUi(self, HandoverReceiveDialog):
        if not HandoverReceiveDialog.objectName():
            HandoverReceiveDialog.setObjectName(u"HandoverReceiveDialog")
        HandoverReceiveDialog.resize(760, 640)
        HandoverReceiveDialog.setMinimumSize(QSize(560, 480))
        self.mainLayout = QVBoxLayout(HandoverReceiveDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageBar = MessageBar(HandoverReceiveDialog)
        self.messageBar.setObjectName(u"messageBar")

        self.mainLayout.addWidget(self.messageBar)

        self.titleLabel = QLabel(HandoverReceiveDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold; font-size: 13pt;")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.titleLabel)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.routeCaption = QLabel(HandoverReceiveDialog)
        self.routeCaption.setObjectName(u"routeCaption")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.routeCaption)

        self.routeValue = QLabel(HandoverReceiveDialog)
        self.routeValue.setObjectName(u"routeValue")
        self.routeValue.setWordWrap(True)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.routeValue)

        self.productCaption = QLabel(HandoverReceiveDialog)
        self.productCaption.setObjectName(u"productCaption")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productCaption)

        self.productValue = QLabel(HandoverReceiveDialog)
        self.productValue.setObjectName(u"productValue")
        self.productValue.setWordWrap(True)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productValue)

        self.signatureCaption = QLabel(HandoverReceiveDialog)
        self.signatureCaption.setObjectName(u"signatureCaption")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatureCaption)

        self.signatureValue = QLabel(HandoverReceiveDialog)
        self.signatureValue.setObjectName(u"signatureValue")
        self.signatureValue.setWordWrap(True)
        self.signatureValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signatureValue)


        self.mainLayout.addLayout(self.detailsLayout)

        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanLabel = QLabel(HandoverReceiveDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanLayout.addWidget(self.scanLabel)

        self.scanEdit = ScanEdit(HandoverReceiveDialog)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setClearButtonEnabled(True)

        self.scanLayout.addWidget(self.scanEdit)


        self.mainLayout.addLayout(self.scanLayout)

        self.unitsTable = QTableView(HandoverReceiveDialog)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.unitsTable)

        self.countsLabel = QLabel(HandoverReceiveDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setStyleSheet(u"font-weight: bold;")
        self.countsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countsLabel)

        self.missingLabel = QLabel(HandoverReceiveDialog)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.missingLabel)

        self.refuseGroup = QGroupBox(HandoverReceiveDialog)
        self.refuseGroup.setObjectName(u"refuseGroup")
        self.refuseLayout = QGridLayout(self.refuseGroup)
        self.refuseLayout.setObjectName(u"refuseLayout")
        self.reasonLabel = QLabel(self.refuseGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.refuseLayout.addWidget(self.reasonLabel, 0, 0, 1, 1)

        self.reasonCombo = QComboBox(self.refuseGroup)
        self.reasonCombo.setObjectName(u"reasonCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reasonCombo.sizePolicy().hasHeightForWidth())
        self.reasonCombo.setSizePolicy(sizePolicy)

        self.refuseLayout.addWidget(self.reasonCombo, 0, 1, 1, 1)

        self.noteLabel = QLabel(self.refuseGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.refuseLayout.addWidget(self.noteLabel, 1, 0, 1, 1)

        self.noteEdit = QLineEdit(self.refuseGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(2000)

        self.refuseLayout.addWidget(self.noteEdit, 1, 1, 1, 1)

        self.refuseButton = QPushButton(self.refuseGroup)
        self.refuseButton.setObjectName(u"refuseButton")
        self.refuseButton.setAutoDefault(False)

        self.refuseLayout.addWidget(self.refuseButton, 1, 2, 1, 1)


        self.mainLayout.addWidget(self.refuseGroup)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.acceptReasonLabel = QLabel(HandoverReceiveDialog)
        self.acceptReasonLabel.setObjectName(u"acceptReasonLabel")
        self.acceptReasonLabel.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.acceptReasonLabel.sizePolicy().hasHeightForWidth())
        self.acceptReasonLabel.setSizePolicy(sizePolicy1)

        self.buttonLayout.addWidget(self.acceptReasonLabel)

        self.acceptButton = QPushButton(HandoverReceiveDialog)
        self.acceptButton.setObjectName(u"acceptButton")

        self.buttonLayout.addWidget(self.acceptButton)

        self.closeButton = QPushButton(HandoverReceiveDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.unitsTable)
        QWidget.setTabOrder(self.unitsTable, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.refuseButton)
        QWidget.setTabOrder(self.refuseButton, self.closeButton)

        self.retranslateUi(HandoverReceiveDialog)

        self.acceptButton.setDefault(True)


        QMetaObject.connectSlotsByName(HandoverReceiveDialog)
    # setupUi

    def retranslateUi(self, HandoverReceiveDialog):
        HandoverReceiveDialog.setWindowTitle(QCoreApplication.translate("HandoverReceiveDialog", u"Receive units", None))
        self.routeCaption.setText(QCoreApplication.translate("HandoverReceiveDialog", u"From:", None))
        self.productCaption.setText(QCoreApplication.translate("HandoverReceiveDialog", u"Customer, model:", None))
        self.signatureCaption.setText(QCoreApplication.translate("HandoverReceiveDialog", u"Giver's signature:", None))
        self.scanLabel.setText(QCoreApplication.translate("HandoverReceiveDialog", u"&Scan each unit:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("HandoverReceiveDialog", u"Scan or type a serial number, then Enter", None))
        self.refuseGroup.setTitle(QCoreApplication.translate("HandoverReceiveDialog", u"Refuse the handover", None))
        self.reasonLabel.setText(QCoreApplication.translate("HandoverReceiveDialog", u"Rea&son:", None))
        self.noteLabel.setText(QCoreApplication.translate("HandoverReceiveDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("HandoverReceiveDialog", u"What you found (optional)", None))
        self.refuseButton.setText(QCoreApplication.translate("HandoverReceiveDialog", u"&Refuse and sign", None))
        self.acceptButton.setText(QCoreApplication.translate("HandoverReceiveDialog", u"&Accept and sign", None))
        self.closeButton.setText(QCoreApplication.translate("HandoverReceiveDialog", u"Close", None))
    # retranslateUi

