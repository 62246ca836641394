# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(1180, 800)
        HistoryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(HistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerGroup = QGroupBox(HistoryDialog)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerLayout = QGridLayout(self.headerGroup)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(12)
        self.rmaNoCaption = QLabel(self.headerGroup)
        self.rmaNoCaption.setObjectName(u"rmaNoCaption")

        self.headerLayout.addWidget(self.rmaNoCaption, 0, 0, 1, 1)

        self.rmaNoValue = QLabel(self.headerGroup)
        self.rmaNoValue.setObjectName(u"rmaNoValue")
        self.rmaNoValue.setText(u"-")
        self.rmaNoValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.rmaNoValue, 0, 1, 1, 1)

        self.customerCaption = QLabel(self.headerGroup)
        self.customerCaption.setObjectName(u"customerCaption")

        self.headerLayout.addWidget(self.customerCaption, 0, 2, 1, 1)

        self.customerValue = QLabel(self.headerGroup)
        self.customerValue.setObjectName(u"customerValue")
        self.customerValue.setText(u"-")
        self.customerValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.customerValue, 0, 3, 1, 1)

        self.modelCaption = QLabel(self.headerGroup)
        self.modelCaption.setObjectName(u"modelCaption")

        self.headerLayout.addWidget(self.modelCaption, 0, 4, 1, 1)

        self.modelValue = QLabel(self.headerGroup)
        self.modelValue.setObjectName(u"modelValue")
        self.modelValue.setText(u"-")
        self.modelValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.modelValue, 0, 5, 1, 1)

        self.quantityCaption = QLabel(self.headerGroup)
        self.quantityCaption.setObjectName(u"quantityCaption")

        self.headerLayout.addWidget(self.quantityCaption, 1, 0, 1, 1)

        self.quantityValue = QLabel(self.headerGroup)
        self.quantityValue.setObjectName(u"quantityValue")
        self.quantityValue.setText(u"-")
        self.quantityValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.quantityValue, 1, 1, 1, 1)

        self.statusCaption = QLabel(self.headerGroup)
        self.statusCaption.setObjectName(u"statusCaption")

        self.headerLayout.addWidget(self.statusCaption, 1, 2, 1, 1)

        self.statusValue = QLabel(self.headerGroup)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"-")
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.statusValue, 1, 3, 1, 1)

        self.billingCaption = QLabel(self.headerGroup)
        self.billingCaption.setObjectName(u"billingCaption")

        self.headerLayout.addWidget(self.billingCaption, 1, 4, 1, 1)

        self.billingValue = QLabel(self.headerGroup)
        self.billingValue.setObjectName(u"billingValue")
        self.billingValue.setText(u"-")
        self.billingValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.billingValue, 1, 5, 1, 1)

        self.dueCaption = QLabel(self.headerGroup)
        self.dueCaption.setObjectName(u"dueCaption")

        self.headerLayout.addWidget(self.dueCaption, 2, 0, 1, 1)

        self.dueValue = QLabel(self.headerGroup)
        self.dueValue.setObjectName(u"dueValue")
        self.dueValue.setText(u"-")
        self.dueValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.dueValue, 2, 1, 1, 1)

        self.batchCaption = QLabel(self.headerGroup)
        self.batchCaption.setObjectName(u"batchCaption")

        self.headerLayout.addWidget(self.batchCaption, 2, 2, 1, 1)

        self.batchValue = QLabel(self.headerGroup)
        self.batchValue.setObjectName(u"batchValue")
        self.batchValue.setText(u"-")
        self.batchValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.batchValue, 2, 3, 1, 1)

        self.receivedCaption = QLabel(self.headerGroup)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.headerLayout.addWidget(self.receivedCaption, 2, 4, 1, 1)

        self.receivedValue = QLabel(self.headerGroup)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setText(u"-")
        self.receivedValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.receivedValue, 2, 5, 1, 1)

        self.complaintCaption = QLabel(self.headerGroup)
        self.complaintCaption.setObjectName(u"complaintCaption")

        self.headerLayout.addWidget(self.complaintCaption, 3, 0, 1, 1)

        self.complaintValue = QLabel(self.headerGroup)
        self.complaintValue.setObjectName(u"complaintValue")
        self.complaintValue.setText(u"-")
        self.complaintValue.setWordWrap(True)
        self.complaintValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.complaintValue, 3, 1, 1, 5)

        self.repeatCaption = QLabel(self.headerGroup)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.headerLayout.addWidget(self.repeatCaption, 4, 0, 1, 1)

        self.repeatValue = QLabel(self.headerGroup)
        self.repeatValue.setObjectName(u"repeatValue")
        self.repeatValue.setText(u"-")
        self.repeatValue.setWordWrap(True)
        self.repeatValue.setTextFormat(Qt.TextFormat.RichText)
        self.repeatValue.setOpenExternalLinks(False)
        self.repeatValue.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.repeatValue, 4, 1, 1, 5)

        self.headerLayout.setColumnStretch(1, 1)
        self.headerLayout.setColumnStretch(3, 1)
        self.headerLayout.setColumnStretch(5, 1)

        self.mainLayout.addWidget(self.headerGroup)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(HistoryDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(HistoryDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.searchLayout)

        self.mainSplitter = QSplitter(HistoryDialog)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.unitsWidget = QWidget(self.mainSplitter)
        self.unitsWidget.setObjectName(u"unitsWidget")
        self.unitsWidgetLayout = QVBoxLayout(self.unitsWidget)
        self.unitsWidgetLayout.setObjectName(u"unitsWidgetLayout")
        self.unitsWidgetLayout.setContentsMargins(0, 0, 0, 0)
        self.unitsHeaderLayout = QHBoxLayout()
        self.unitsHeaderLayout.setObjectName(u"unitsHeaderLayout")
        self.unitsLabel = QLabel(self.unitsWidget)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.unitsHeaderLayout.addWidget(self.unitsLabel)

        self.unitsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitsHeaderLayout.addItem(self.unitsSpacer)

        self.allUnitsButton = QPushButton(self.unitsWidget)
        self.allUnitsButton.setObjectName(u"allUnitsButton")
        self.allUnitsButton.setAutoDefault(False)

        self.unitsHeaderLayout.addWidget(self.allUnitsButton)


        self.unitsWidgetLayout.addLayout(self.unitsHeaderLayout)

        self.unitsTable = QTableView(self.unitsWidget)
        self.unitsTable.setObjectName(u"unitsTable")

        self.unitsWidgetLayout.addWidget(self.unitsTable)

        self.mainSplitter.addWidget(self.unitsWidget)
        self.tabWidget = QTabWidget(self.mainSplitter)
        self.tabWidget.setObjectName(u"tabWidget")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logTabLayout = QVBoxLayout(self.logTab)
        self.logTabLayout.setObjectName(u"logTabLayout")
        self.logTable = QTableView(self.logTab)
        self.logTable.setObjectName(u"logTable")

        self.logTabLayout.addWidget(self.logTable)

        self.tabWidget.addTab(self.logTab, "")
        self.slipsTab = QWidget()
        self.slipsTab.setObjectName(u"slipsTab")
        self.slipsTabLayout = QVBoxLayout(self.slipsTab)
        self.slipsTabLayout.setObjectName(u"slipsTabLayout")
        self.slipsSplitter = QSplitter(self.slipsTab)
        self.slipsSplitter.setObjectName(u"slipsSplitter")
        self.slipsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.slipsSplitter.setChildrenCollapsible(False)
        self.slipsTable = QTableView(self.slipsSplitter)
        self.slipsTable.setObjectName(u"slipsTable")
        self.slipsSplitter.addWidget(self.slipsTable)
        self.signaturesWidget = QWidget(self.slipsSplitter)
        self.signaturesWidget.setObjectName(u"signaturesWidget")
        self.signaturesWidgetLayout = QVBoxLayout(self.signaturesWidget)
        self.signaturesWidgetLayout.setObjectName(u"signaturesWidgetLayout")
        self.signaturesWidgetLayout.setContentsMargins(0, 0, 0, 0)
        self.slipVerdictLabel = QLabel(self.signaturesWidget)
        self.slipVerdictLabel.setObjectName(u"slipVerdictLabel")
        self.slipVerdictLabel.setWordWrap(True)
        self.slipVerdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signaturesWidgetLayout.addWidget(self.slipVerdictLabel)

        self.signaturesTable = QTableView(self.signaturesWidget)
        self.signaturesTable.setObjectName(u"signaturesTable")

        self.signaturesWidgetLayout.addWidget(self.signaturesTable)

        self.slipButtonsLayout = QHBoxLayout()
        self.slipButtonsLayout.setObjectName(u"slipButtonsLayout")
        self.slipButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slipButtonsLayout.addItem(self.slipButtonsSpacer)

        self.savePdfButton = QPushButton(self.signaturesWidget)
        self.savePdfButton.setObjectName(u"savePdfButton")
        self.savePdfButton.setAutoDefault(False)

        self.slipButtonsLayout.addWidget(self.savePdfButton)

        self.printCopyButton = QPushButton(self.signaturesWidget)
        self.printCopyButton.setObjectName(u"printCopyButton")
        self.printCopyButton.setAutoDefault(False)

        self.slipButtonsLayout.addWidget(self.printCopyButton)


        self.signaturesWidgetLayout.addLayout(self.slipButtonsLayout)

        self.slipsSplitter.addWidget(self.signaturesWidget)

        self.slipsTabLayout.addWidget(self.slipsSplitter)

        self.tabWidget.addTab(self.slipsTab, "")
        self.repairsTab = QWidget()
        self.repairsTab.setObjectName(u"repairsTab")
        self.repairsTabLayout = QVBoxLayout(self.repairsTab)
        self.repairsTabLayout.setObjectName(u"repairsTabLayout")
        self.repairsSplitter = QSplitter(self.repairsTab)
        self.repairsSplitter.setObjectName(u"repairsSplitter")
        self.repairsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.repairsSplitter.setChildrenCollapsible(False)
        self.repairsTable = QTableView(self.repairsSplitter)
        self.repairsTable.setObjectName(u"repairsTable")
        self.repairsSplitter.addWidget(self.repairsTable)
        self.partsWidget = QWidget(self.repairsSplitter)
        self.partsWidget.setObjectName(u"partsWidget")
        self.partsWidgetLayout = QVBoxLayout(self.partsWidget)
        self.partsWidgetLayout.setObjectName(u"partsWidgetLayout")
        self.partsWidgetLayout.setContentsMargins(0, 0, 0, 0)
        self.partsLabel = QLabel(self.partsWidget)
        self.partsLabel.setObjectName(u"partsLabel")

        self.partsWidgetLayout.addWidget(self.partsLabel)

        self.partsTable = QTableView(self.partsWidget)
        self.partsTable.setObjectName(u"partsTable")

        self.partsWidgetLayout.addWidget(self.partsTable)

        self.repairsSplitter.addWidget(self.partsWidget)

        self.repairsTabLayout.addWidget(self.repairsSplitter)

        self.tabWidget.addTab(self.repairsTab, "")
        self.escalationsTab = QWidget()
        self.escalationsTab.setObjectName(u"escalationsTab")
        self.escalationsTabLayout = QVBoxLayout(self.escalationsTab)
        self.escalationsTabLayout.setObjectName(u"escalationsTabLayout")
        self.escalationsTable = QTableView(self.escalationsTab)
        self.escalationsTable.setObjectName(u"escalationsTable")

        self.escalationsTabLayout.addWidget(self.escalationsTable)

        self.tabWidget.addTab(self.escalationsTab, "")
        self.mainSplitter.addWidget(self.tabWidget)

        self.mainLayout.addWidget(self.mainSplitter)

        self.buttonBox = QDialogButtonBox(HistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.unitsLabel.setBuddy(self.unitsTable)
        self.partsLabel.setBuddy(self.partsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.unitsTable)
        QWidget.setTabOrder(self.unitsTable, self.allUnitsButton)
        QWidget.setTabOrder(self.allUnitsButton, self.tabWidget)
        QWidget.setTabOrder(self.tabWidget, self.logTable)
        QWidget.setTabOrder(self.logTable, self.slipsTable)
        QWidget.setTabOrder(self.slipsTable, self.signaturesTable)
        QWidget.setTabOrder(self.signaturesTable, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.printCopyButton)
        QWidget.setTabOrder(self.printCopyButton, self.repairsTable)
        QWidget.setTabOrder(self.repairsTable, self.partsTable)
        QWidget.setTabOrder(self.partsTable, self.escalationsTable)

        self.retranslateUi(HistoryDialog)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"RMA history", None))
        self.headerGroup.setTitle(QCoreApplication.translate("HistoryDialog", u"Service form", None))
        self.rmaNoCaption.setText(QCoreApplication.translate("HistoryDialog", u"RMA no.:", None))
        self.customerCaption.setText(QCoreApplication.translate("HistoryDialog", u"Customer:", None))
        self.modelCaption.setText(QCoreApplication.translate("HistoryDialog", u"Model:", None))
        self.quantityCaption.setText(QCoreApplication.translate("HistoryDialog", u"Quantity:", None))
        self.statusCaption.setText(QCoreApplication.translate("HistoryDialog", u"Status:", None))
        self.billingCaption.setText(QCoreApplication.translate("HistoryDialog", u"Billing:", None))
        self.dueCaption.setText(QCoreApplication.translate("HistoryDialog", u"Due date:", None))
        self.batchCaption.setText(QCoreApplication.translate("HistoryDialog", u"Batch problem:", None))
        self.receivedCaption.setText(QCoreApplication.translate("HistoryDialog", u"Received:", None))
        self.complaintCaption.setText(QCoreApplication.translate("HistoryDialog", u"Complaint:", None))
        self.repeatCaption.setText(QCoreApplication.translate("HistoryDialog", u"Repeat returns:", None))
        self.searchLabel.setText(QCoreApplication.translate("HistoryDialog", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HistoryDialog", u"Filter the tracking log and the lists below (Ctrl+F)", None))
        self.unitsLabel.setText(QCoreApplication.translate("HistoryDialog", u"&Units: select one to see only its history", None))
        self.allUnitsButton.setText(QCoreApplication.translate("HistoryDialog", u"&All units", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.logTab), QCoreApplication.translate("HistoryDialog", u"&Tracking log", None))
        self.slipVerdictLabel.setText(QCoreApplication.translate("HistoryDialog", u"Select a slip to check its signatures.", None))
        self.savePdfButton.setText(QCoreApplication.translate("HistoryDialog", u"Save &PDF\u2026", None))
        self.printCopyButton.setText(QCoreApplication.translate("HistoryDialog", u"Print &copy", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.slipsTab), QCoreApplication.translate("HistoryDialog", u"S&lips", None))
        self.partsLabel.setText(QCoreApplication.translate("HistoryDialog", u"Parts replaced in the selected repair:", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.repairsTab), QCoreApplication.translate("HistoryDialog", u"&Repair records", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.escalationsTab), QCoreApplication.translate("HistoryDialog", u"&Escalations && decisions", None))
    # retranslateUi

