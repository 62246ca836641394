# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_give_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

from benchapp.ui.stations.base import (MessageBar, ScanEdit)

class Ui_HandoverGiveDialog(object):
    def setupUi(self, HandoverGiveDialog):
        if not HandoverGiveDialog.objectName():
            HandoverGiveDialog.setObjectName(u"HandoverGiveDialog")
        HandoverGiveDialog.resize(760, 560)
        HandoverGiveDialog.setMinimumSize(QSize(560, 420))
        self.mainLayout = QVBoxLayout(HandoverGiveDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageBar = MessageBar(HandoverGiveDialog)
        self.messageBar.setObjectName(u"messageBar")

        self.mainLayout.addWidget(self.messageBar)

        self.titleLabel = QLabel(HandoverGiveDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold; font-size: 13pt;")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.titleLabel)

        self.routeLabel = QLabel(HandoverGiveDialog)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.routeLabel)

        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanLabel = QLabel(HandoverGiveDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanLayout.addWidget(self.scanLabel)

        self.scanEdit = ScanEdit(HandoverGiveDialog)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setClearButtonEnabled(True)

        self.scanLayout.addWidget(self.scanEdit)

        self.searchLabel = QLabel(HandoverGiveDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.scanLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(HandoverGiveDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.scanLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.scanLayout)

        self.unitsTable = QTableView(HandoverGiveDialog)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.unitsTable)

        self.tickLayout = QHBoxLayout()
        self.tickLayout.setObjectName(u"tickLayout")
        self.tickedLabel = QLabel(HandoverGiveDialog)
        self.tickedLabel.setObjectName(u"tickedLabel")
        self.tickedLabel.setStyleSheet(u"font-weight: bold;")

        self.tickLayout.addWidget(self.tickedLabel)

        self.tickSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tickLayout.addItem(self.tickSpacer)

        self.tickAllButton = QPushButton(HandoverGiveDialog)
        self.tickAllButton.setObjectName(u"tickAllButton")
        self.tickAllButton.setAutoDefault(False)

        self.tickLayout.addWidget(self.tickAllButton)

        self.untickAllButton = QPushButton(HandoverGiveDialog)
        self.untickAllButton.setObjectName(u"untickAllButton")
        self.untickAllButton.setAutoDefault(False)

        self.tickLayout.addWidget(self.untickAllButton)


        self.mainLayout.addLayout(self.tickLayout)

        self.declareLayout = QHBoxLayout()
        self.declareLayout.setObjectName(u"declareLayout")
        self.declaredLabel = QLabel(HandoverGiveDialog)
        self.declaredLabel.setObjectName(u"declaredLabel")

        self.declareLayout.addWidget(self.declaredLabel)

        self.declaredSpin = QSpinBox(HandoverGiveDialog)
        self.declaredSpin.setObjectName(u"declaredSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.declaredSpin.sizePolicy().hasHeightForWidth())
        self.declaredSpin.setSizePolicy(sizePolicy)
        self.declaredSpin.setMinimumSize(QSize(90, 0))
        self.declaredSpin.setMaximum(9999)

        self.declareLayout.addWidget(self.declaredSpin)

        self.declaredHintLabel = QLabel(HandoverGiveDialog)
        self.declaredHintLabel.setObjectName(u"declaredHintLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.declaredHintLabel.sizePolicy().hasHeightForWidth())
        self.declaredHintLabel.setSizePolicy(sizePolicy1)
        self.declaredHintLabel.setWordWrap(True)

        self.declareLayout.addWidget(self.declaredHintLabel)


        self.mainLayout.addLayout(self.declareLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.signButton = QPushButton(HandoverGiveDialog)
        self.signButton.setObjectName(u"signButton")

        self.buttonLayout.addWidget(self.signButton)

        self.cancelButton = QPushButton(HandoverGiveDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.searchLabel.setBuddy(self.searchEdit)
        self.declaredLabel.setBuddy(self.declaredSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.unitsTable)
        QWidget.setTabOrder(self.unitsTable, self.tickAllButton)
        QWidget.setTabOrder(self.tickAllButton, self.untickAllButton)
        QWidget.setTabOrder(self.untickAllButton, self.declaredSpin)
        QWidget.setTabOrder(self.declaredSpin, self.signButton)
        QWidget.setTabOrder(self.signButton, self.cancelButton)

        self.retranslateUi(HandoverGiveDialog)

        self.signButton.setDefault(True)


        QMetaObject.connectSlotsByName(HandoverGiveDialog)
    # setupUi

    def retranslateUi(self, HandoverGiveDialog):
        HandoverGiveDialog.setWindowTitle(QCoreApplication.translate("HandoverGiveDialog", u"Hand over units", None))
        self.scanLabel.setText(QCoreApplication.translate("HandoverGiveDialog", u"&Scan a unit:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("HandoverGiveDialog", u"Scan or type a serial number, then Enter", None))
        self.searchLabel.setText(QCoreApplication.translate("HandoverGiveDialog", u"Fil&ter:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HandoverGiveDialog", u"Serial, state or slip", None))
        self.tickAllButton.setText(QCoreApplication.translate("HandoverGiveDialog", u"Tick a&ll", None))
        self.untickAllButton.setText(QCoreApplication.translate("HandoverGiveDialog", u"&Untick all", None))
        self.declaredLabel.setText(QCoreApplication.translate("HandoverGiveDialog", u"&Declared count (units in the box):", None))
        self.declaredHintLabel.setText(QCoreApplication.translate("HandoverGiveDialog", u"Count the units you put in the box; the count must match the ticks.", None))
        self.signButton.setText(QCoreApplication.translate("HandoverGiveDialog", u"Sign and hand &over", None))
        self.cancelButton.setText(QCoreApplication.translate("HandoverGiveDialog", u"Cancel", None))
    # retranslateUi

