# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_qc.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from benchapp.ui.stations.base import ScanEdit
from benchapp.ui.stations.qc_anomaly import QcAnomalyTab
from benchapp.ui.stations.qc_handover import QcHandoverTab
from benchapp.ui.stations.qc_intake import QcIntakeTab
from benchapp.ui.stations.qc_reinspection import QcReinspectionTab
from benchapp.ui.stations.qc_screening import QcScreeningTab

class Ui_QcView(object):
    def setupUi(self, QcView):
        if not QcView.objectName():
            QcView.setObjectName(u"QcView")
        QcView.resize(1280, 800)
        self.mainLayout = QVBoxLayout(QcView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.scanLabel = QLabel(QcView)
        self.scanLabel.setObjectName(u"scanLabel")

        self.topLayout.addWidget(self.scanLabel)

        self.scanEdit = ScanEdit(QcView)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(280, 0))

        self.topLayout.addWidget(self.scanEdit)

        self.rmaFilterLabel = QLabel(QcView)
        self.rmaFilterLabel.setObjectName(u"rmaFilterLabel")
        self.rmaFilterLabel.setText(u"")

        self.topLayout.addWidget(self.rmaFilterLabel)

        self.clearFilterButton = QPushButton(QcView)
        self.clearFilterButton.setObjectName(u"clearFilterButton")

        self.topLayout.addWidget(self.clearFilterButton)

        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.fixtureStatusLabel = QLabel(QcView)
        self.fixtureStatusLabel.setObjectName(u"fixtureStatusLabel")
        self.fixtureStatusLabel.setText(u"")

        self.topLayout.addWidget(self.fixtureStatusLabel)

        self.reloadButton = QPushButton(QcView)
        self.reloadButton.setObjectName(u"reloadButton")

        self.topLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(QcView)
        self.tabs.setObjectName(u"tabs")
        self.intakeTab = QcIntakeTab()
        self.intakeTab.setObjectName(u"intakeTab")
        self.intakeLayout = QVBoxLayout(self.intakeTab)
        self.intakeLayout.setObjectName(u"intakeLayout")
        self.intakeHint = QLabel(self.intakeTab)
        self.intakeHint.setObjectName(u"intakeHint")
        self.intakeHint.setWordWrap(True)

        self.intakeLayout.addWidget(self.intakeHint)

        self.intakeSearch = QLineEdit(self.intakeTab)
        self.intakeSearch.setObjectName(u"intakeSearch")
        self.intakeSearch.setClearButtonEnabled(True)

        self.intakeLayout.addWidget(self.intakeSearch)

        self.intakeTable = QTableView(self.intakeTab)
        self.intakeTable.setObjectName(u"intakeTable")

        self.intakeLayout.addWidget(self.intakeTable)

        self.intakeButtons = QHBoxLayout()
        self.intakeButtons.setObjectName(u"intakeButtons")
        self.receiveButton = QPushButton(self.intakeTab)
        self.receiveButton.setObjectName(u"receiveButton")

        self.intakeButtons.addWidget(self.receiveButton)

        self.intakeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.intakeButtons.addItem(self.intakeSpacer)


        self.intakeLayout.addLayout(self.intakeButtons)

        self.tabs.addTab(self.intakeTab, "")
        self.screeningTab = QcScreeningTab()
        self.screeningTab.setObjectName(u"screeningTab")
        self.screeningLayout = QHBoxLayout(self.screeningTab)
        self.screeningLayout.setObjectName(u"screeningLayout")
        self.screeningListLayout = QVBoxLayout()
        self.screeningListLayout.setObjectName(u"screeningListLayout")
        self.screeningSearch = QLineEdit(self.screeningTab)
        self.screeningSearch.setObjectName(u"screeningSearch")
        self.screeningSearch.setClearButtonEnabled(True)

        self.screeningListLayout.addWidget(self.screeningSearch)

        self.screeningTable = QTableView(self.screeningTab)
        self.screeningTable.setObjectName(u"screeningTable")

        self.screeningListLayout.addWidget(self.screeningTable)


        self.screeningLayout.addLayout(self.screeningListLayout)

        self.screeningWorkLayout = QVBoxLayout()
        self.screeningWorkLayout.setObjectName(u"screeningWorkLayout")
        self.screeningUnitLabel = QLabel(self.screeningTab)
        self.screeningUnitLabel.setObjectName(u"screeningUnitLabel")
        self.screeningUnitLabel.setText(u"")
        self.screeningUnitLabel.setWordWrap(True)

        self.screeningWorkLayout.addWidget(self.screeningUnitLabel)

        self.testGroup = QGroupBox(self.screeningTab)
        self.testGroup.setObjectName(u"testGroup")
        self.testLayout = QVBoxLayout(self.testGroup)
        self.testLayout.setObjectName(u"testLayout")
        self.testButtons = QHBoxLayout()
        self.testButtons.setObjectName(u"testButtons")
        self.runTestButton = QPushButton(self.testGroup)
        self.runTestButton.setObjectName(u"runTestButton")
        self.runTestButton.setAutoDefault(True)

        self.testButtons.addWidget(self.runTestButton)

        self.testStatusLabel = QLabel(self.testGroup)
        self.testStatusLabel.setObjectName(u"testStatusLabel")
        self.testStatusLabel.setText(u"")
        self.testStatusLabel.setWordWrap(True)

        self.testButtons.addWidget(self.testStatusLabel)


        self.testLayout.addLayout(self.testButtons)

        self.measurementsTable = QTableView(self.testGroup)
        self.measurementsTable.setObjectName(u"measurementsTable")

        self.testLayout.addWidget(self.measurementsTable)

        self.manualButtons = QHBoxLayout()
        self.manualButtons.setObjectName(u"manualButtons")
        self.manualLabel = QLabel(self.testGroup)
        self.manualLabel.setObjectName(u"manualLabel")

        self.manualButtons.addWidget(self.manualLabel)

        self.manualPassButton = QPushButton(self.testGroup)
        self.manualPassButton.setObjectName(u"manualPassButton")

        self.manualButtons.addWidget(self.manualPassButton)

        self.manualFailButton = QPushButton(self.testGroup)
        self.manualFailButton.setObjectName(u"manualFailButton")

        self.manualButtons.addWidget(self.manualFailButton)


        self.testLayout.addLayout(self.manualButtons)


        self.screeningWorkLayout.addWidget(self.testGroup)

        self.visualGroup = QGroupBox(self.screeningTab)
        self.visualGroup.setObjectName(u"visualGroup")
        self.visualLayout = QFormLayout(self.visualGroup)
        self.visualLayout.setObjectName(u"visualLayout")
        self.visualLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.visualVerdictLabel = QLabel(self.visualGroup)
        self.visualVerdictLabel.setObjectName(u"visualVerdictLabel")

        self.visualLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visualVerdictLabel)

        self.visualVerdictLayout = QHBoxLayout()
        self.visualVerdictLayout.setObjectName(u"visualVerdictLayout")
        self.visualPassRadio = QRadioButton(self.visualGroup)
        self.visualPassRadio.setObjectName(u"visualPassRadio")

        self.visualVerdictLayout.addWidget(self.visualPassRadio)

        self.visualFailRadio = QRadioButton(self.visualGroup)
        self.visualFailRadio.setObjectName(u"visualFailRadio")

        self.visualVerdictLayout.addWidget(self.visualFailRadio)


        self.visualLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.visualVerdictLayout)

        self.defectLabel = QLabel(self.visualGroup)
        self.defectLabel.setObjectName(u"defectLabel")

        self.visualLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.defectLabel)

        self.defectEdit = QLineEdit(self.visualGroup)
        self.defectEdit.setObjectName(u"defectEdit")

        self.visualLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.defectEdit)

        self.inspectorLabel = QLabel(self.visualGroup)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.visualLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inspectorLabel)

        self.inspectorCombo = QComboBox(self.visualGroup)
        self.inspectorCombo.setObjectName(u"inspectorCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.inspectorCombo.sizePolicy().hasHeightForWidth())
        self.inspectorCombo.setSizePolicy(sizePolicy)

        self.visualLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inspectorCombo)

        self.recordVisualButton = QPushButton(self.visualGroup)
        self.recordVisualButton.setObjectName(u"recordVisualButton")
        self.recordVisualButton.setAutoDefault(True)

        self.visualLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recordVisualButton)


        self.screeningWorkLayout.addWidget(self.visualGroup)

        self.outcomeLabel = QLabel(self.screeningTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setText(u"")
        self.outcomeLabel.setWordWrap(True)
        self.outcomeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.screeningWorkLayout.addWidget(self.outcomeLabel)

        self.screeningSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screeningWorkLayout.addItem(self.screeningSpacer)


        self.screeningLayout.addLayout(self.screeningWorkLayout)

        self.screeningLayout.setStretch(0, 3)
        self.screeningLayout.setStretch(1, 2)
        self.tabs.addTab(self.screeningTab, "")
        self.anomalyTab = QcAnomalyTab()
        self.anomalyTab.setObjectName(u"anomalyTab")
        self.anomalyLayout = QVBoxLayout(self.anomalyTab)
        self.anomalyLayout.setObjectName(u"anomalyLayout")
        self.anomalyHint = QLabel(self.anomalyTab)
        self.anomalyHint.setObjectName(u"anomalyHint")
        self.anomalyHint.setWordWrap(True)

        self.anomalyLayout.addWidget(self.anomalyHint)

        self.anomalySearchLayout = QHBoxLayout()
        self.anomalySearchLayout.setObjectName(u"anomalySearchLayout")
        self.anomalySearch = QLineEdit(self.anomalyTab)
        self.anomalySearch.setObjectName(u"anomalySearch")
        self.anomalySearch.setClearButtonEnabled(True)

        self.anomalySearchLayout.addWidget(self.anomalySearch)

        self.showSignedCheck = QCheckBox(self.anomalyTab)
        self.showSignedCheck.setObjectName(u"showSignedCheck")

        self.anomalySearchLayout.addWidget(self.showSignedCheck)


        self.anomalyLayout.addLayout(self.anomalySearchLayout)

        self.anomalyTable = QTableView(self.anomalyTab)
        self.anomalyTable.setObjectName(u"anomalyTable")

        self.anomalyLayout.addWidget(self.anomalyTable)

        self.anomalyButtons = QHBoxLayout()
        self.anomalyButtons.setObjectName(u"anomalyButtons")
        self.signFormButton = QPushButton(self.anomalyTab)
        self.signFormButton.setObjectName(u"signFormButton")

        self.anomalyButtons.addWidget(self.signFormButton)

        self.printAnomalyFormButton = QPushButton(self.anomalyTab)
        self.printAnomalyFormButton.setObjectName(u"printAnomalyFormButton")

        self.anomalyButtons.addWidget(self.printAnomalyFormButton)

        self.signFormHint = QLabel(self.anomalyTab)
        self.signFormHint.setObjectName(u"signFormHint")
        self.signFormHint.setText(u"")
        self.signFormHint.setWordWrap(True)

        self.anomalyButtons.addWidget(self.signFormHint)

        self.anomalyButtons.setStretch(2, 1)

        self.anomalyLayout.addLayout(self.anomalyButtons)

        self.tabs.addTab(self.anomalyTab, "")
        self.reinspectionTab = QcReinspectionTab()
        self.reinspectionTab.setObjectName(u"reinspectionTab")
        self.reinspectionLayout = QHBoxLayout(self.reinspectionTab)
        self.reinspectionLayout.setObjectName(u"reinspectionLayout")
        self.reinspectionListLayout = QVBoxLayout()
        self.reinspectionListLayout.setObjectName(u"reinspectionListLayout")
        self.reinspectionSearch = QLineEdit(self.reinspectionTab)
        self.reinspectionSearch.setObjectName(u"reinspectionSearch")
        self.reinspectionSearch.setClearButtonEnabled(True)

        self.reinspectionListLayout.addWidget(self.reinspectionSearch)

        self.reinspectionTable = QTableView(self.reinspectionTab)
        self.reinspectionTable.setObjectName(u"reinspectionTable")

        self.reinspectionListLayout.addWidget(self.reinspectionTable)


        self.reinspectionLayout.addLayout(self.reinspectionListLayout)

        self.reinspectionWorkLayout = QVBoxLayout()
        self.reinspectionWorkLayout.setObjectName(u"reinspectionWorkLayout")
        self.reinspectionUnitLabel = QLabel(self.reinspectionTab)
        self.reinspectionUnitLabel.setObjectName(u"reinspectionUnitLabel")
        self.reinspectionUnitLabel.setText(u"")
        self.reinspectionUnitLabel.setWordWrap(True)

        self.reinspectionWorkLayout.addWidget(self.reinspectionUnitLabel)

        self.retestGroup = QGroupBox(self.reinspectionTab)
        self.retestGroup.setObjectName(u"retestGroup")
        self.retestLayout = QVBoxLayout(self.retestGroup)
        self.retestLayout.setObjectName(u"retestLayout")
        self.retestButtons = QHBoxLayout()
        self.retestButtons.setObjectName(u"retestButtons")
        self.retestButton = QPushButton(self.retestGroup)
        self.retestButton.setObjectName(u"retestButton")
        self.retestButton.setAutoDefault(True)

        self.retestButtons.addWidget(self.retestButton)

        self.retestStatusLabel = QLabel(self.retestGroup)
        self.retestStatusLabel.setObjectName(u"retestStatusLabel")
        self.retestStatusLabel.setText(u"")
        self.retestStatusLabel.setWordWrap(True)

        self.retestButtons.addWidget(self.retestStatusLabel)


        self.retestLayout.addLayout(self.retestButtons)

        self.retestMeasurementsTable = QTableView(self.retestGroup)
        self.retestMeasurementsTable.setObjectName(u"retestMeasurementsTable")

        self.retestLayout.addWidget(self.retestMeasurementsTable)

        self.retestManualButtons = QHBoxLayout()
        self.retestManualButtons.setObjectName(u"retestManualButtons")
        self.signRetestButton = QPushButton(self.retestGroup)
        self.signRetestButton.setObjectName(u"signRetestButton")

        self.retestManualButtons.addWidget(self.signRetestButton)

        self.retestSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retestManualButtons.addItem(self.retestSpacer)

        self.retestManualLabel = QLabel(self.retestGroup)
        self.retestManualLabel.setObjectName(u"retestManualLabel")

        self.retestManualButtons.addWidget(self.retestManualLabel)

        self.retestPassButton = QPushButton(self.retestGroup)
        self.retestPassButton.setObjectName(u"retestPassButton")

        self.retestManualButtons.addWidget(self.retestPassButton)

        self.retestFailButton = QPushButton(self.retestGroup)
        self.retestFailButton.setObjectName(u"retestFailButton")

        self.retestManualButtons.addWidget(self.retestFailButton)


        self.retestLayout.addLayout(self.retestManualButtons)


        self.reinspectionWorkLayout.addWidget(self.retestGroup)

        self.oqcGroup = QGroupBox(self.reinspectionTab)
        self.oqcGroup.setObjectName(u"oqcGroup")
        self.oqcLayout = QFormLayout(self.oqcGroup)
        self.oqcLayout.setObjectName(u"oqcLayout")
        self.oqcLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.oqcVerdictLabel = QLabel(self.oqcGroup)
        self.oqcVerdictLabel.setObjectName(u"oqcVerdictLabel")

        self.oqcLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oqcVerdictLabel)

        self.oqcVerdictLayout = QHBoxLayout()
        self.oqcVerdictLayout.setObjectName(u"oqcVerdictLayout")
        self.oqcPassRadio = QRadioButton(self.oqcGroup)
        self.oqcPassRadio.setObjectName(u"oqcPassRadio")

        self.oqcVerdictLayout.addWidget(self.oqcPassRadio)

        self.oqcFailRadio = QRadioButton(self.oqcGroup)
        self.oqcFailRadio.setObjectName(u"oqcFailRadio")

        self.oqcVerdictLayout.addWidget(self.oqcFailRadio)


        self.oqcLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.oqcVerdictLayout)

        self.oqcNotesLabel = QLabel(self.oqcGroup)
        self.oqcNotesLabel.setObjectName(u"oqcNotesLabel")

        self.oqcLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.oqcNotesLabel)

        self.oqcNotesEdit = QLineEdit(self.oqcGroup)
        self.oqcNotesEdit.setObjectName(u"oqcNotesEdit")

        self.oqcLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.oqcNotesEdit)

        self.recordOqcButton = QPushButton(self.oqcGroup)
        self.recordOqcButton.setObjectName(u"recordOqcButton")
        self.recordOqcButton.setAutoDefault(True)

        self.oqcLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recordOqcButton)


        self.reinspectionWorkLayout.addWidget(self.oqcGroup)

        self.reinspectionOutcomeLabel = QLabel(self.reinspectionTab)
        self.reinspectionOutcomeLabel.setObjectName(u"reinspectionOutcomeLabel")
        self.reinspectionOutcomeLabel.setText(u"")
        self.reinspectionOutcomeLabel.setWordWrap(True)
        self.reinspectionOutcomeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reinspectionWorkLayout.addWidget(self.reinspectionOutcomeLabel)

        self.reinspectionSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reinspectionWorkLayout.addItem(self.reinspectionSpacer)


        self.reinspectionLayout.addLayout(self.reinspectionWorkLayout)

        self.reinspectionLayout.setStretch(0, 3)
        self.reinspectionLayout.setStretch(1, 2)
        self.tabs.addTab(self.reinspectionTab, "")
        self.handoverTab = QcHandoverTab()
        self.handoverTab.setObjectName(u"handoverTab")
        self.handoverLayout = QVBoxLayout(self.handoverTab)
        self.handoverLayout.setObjectName(u"handoverLayout")
        self.handoverHint = QLabel(self.handoverTab)
        self.handoverHint.setObjectName(u"handoverHint")
        self.handoverHint.setWordWrap(True)

        self.handoverLayout.addWidget(self.handoverHint)

        self.handoverSearch = QLineEdit(self.handoverTab)
        self.handoverSearch.setObjectName(u"handoverSearch")
        self.handoverSearch.setClearButtonEnabled(True)

        self.handoverLayout.addWidget(self.handoverSearch)

        self.handoverTable = QTableView(self.handoverTab)
        self.handoverTable.setObjectName(u"handoverTable")

        self.handoverLayout.addWidget(self.handoverTable)

        self.handoverButtons = QHBoxLayout()
        self.handoverButtons.setObjectName(u"handoverButtons")
        self.toRepairButton = QPushButton(self.handoverTab)
        self.toRepairButton.setObjectName(u"toRepairButton")

        self.handoverButtons.addWidget(self.toRepairButton)

        self.toPackingButton = QPushButton(self.handoverTab)
        self.toPackingButton.setObjectName(u"toPackingButton")

        self.handoverButtons.addWidget(self.toPackingButton)

        self.handoverSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handoverButtons.addItem(self.handoverSpacer)


        self.handoverLayout.addLayout(self.handoverButtons)

        self.outgoingLabel = QLabel(self.handoverTab)
        self.outgoingLabel.setObjectName(u"outgoingLabel")

        self.handoverLayout.addWidget(self.outgoingLabel)

        self.outgoingTable = QTableView(self.handoverTab)
        self.outgoingTable.setObjectName(u"outgoingTable")
        self.outgoingTable.setMaximumSize(QSize(16777215, 160))

        self.handoverLayout.addWidget(self.outgoingTable)

        self.tabs.addTab(self.handoverTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.defectLabel.setBuddy(self.defectEdit)
        self.inspectorLabel.setBuddy(self.inspectorCombo)
        self.oqcNotesLabel.setBuddy(self.oqcNotesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.tabs)
        QWidget.setTabOrder(self.tabs, self.intakeSearch)
        QWidget.setTabOrder(self.intakeSearch, self.intakeTable)
        QWidget.setTabOrder(self.intakeTable, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.screeningSearch)
        QWidget.setTabOrder(self.screeningSearch, self.screeningTable)
        QWidget.setTabOrder(self.screeningTable, self.runTestButton)
        QWidget.setTabOrder(self.runTestButton, self.measurementsTable)
        QWidget.setTabOrder(self.measurementsTable, self.manualPassButton)
        QWidget.setTabOrder(self.manualPassButton, self.manualFailButton)
        QWidget.setTabOrder(self.manualFailButton, self.visualPassRadio)
        QWidget.setTabOrder(self.visualPassRadio, self.visualFailRadio)
        QWidget.setTabOrder(self.visualFailRadio, self.defectEdit)
        QWidget.setTabOrder(self.defectEdit, self.inspectorCombo)
        QWidget.setTabOrder(self.inspectorCombo, self.recordVisualButton)
        QWidget.setTabOrder(self.recordVisualButton, self.anomalySearch)
        QWidget.setTabOrder(self.anomalySearch, self.showSignedCheck)
        QWidget.setTabOrder(self.showSignedCheck, self.anomalyTable)
        QWidget.setTabOrder(self.anomalyTable, self.signFormButton)
        QWidget.setTabOrder(self.signFormButton, self.reinspectionSearch)
        QWidget.setTabOrder(self.reinspectionSearch, self.reinspectionTable)
        QWidget.setTabOrder(self.reinspectionTable, self.retestButton)
        QWidget.setTabOrder(self.retestButton, self.retestMeasurementsTable)
        QWidget.setTabOrder(self.retestMeasurementsTable, self.signRetestButton)
        QWidget.setTabOrder(self.signRetestButton, self.retestPassButton)
        QWidget.setTabOrder(self.retestPassButton, self.retestFailButton)
        QWidget.setTabOrder(self.retestFailButton, self.oqcPassRadio)
        QWidget.setTabOrder(self.oqcPassRadio, self.oqcFailRadio)
        QWidget.setTabOrder(self.oqcFailRadio, self.oqcNotesEdit)
        QWidget.setTabOrder(self.oqcNotesEdit, self.recordOqcButton)
        QWidget.setTabOrder(self.recordOqcButton, self.handoverSearch)
        QWidget.setTabOrder(self.handoverSearch, self.handoverTable)
        QWidget.setTabOrder(self.handoverTable, self.toRepairButton)
        QWidget.setTabOrder(self.toRepairButton, self.toPackingButton)
        QWidget.setTabOrder(self.toPackingButton, self.outgoingTable)
        QWidget.setTabOrder(self.outgoingTable, self.clearFilterButton)
        QWidget.setTabOrder(self.clearFilterButton, self.reloadButton)

        self.retranslateUi(QcView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(QcView)
    # setupUi

    def retranslateUi(self, QcView):
        QcView.setWindowTitle(QCoreApplication.translate("QcView", u"QC", None))
        self.scanLabel.setText(QCoreApplication.translate("QcView", u"S&can:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("QcView", u"Scan a unit serial or an RMA no., then Enter", None))
        self.clearFilterButton.setText(QCoreApplication.translate("QcView", u"Sho&w all RMAs", None))
        self.reloadButton.setText(QCoreApplication.translate("QcView", u"Re&load", None))
        self.intakeHint.setText(QCoreApplication.translate("QcView", u"Slips addressed to QC. Check the count against the after-sales service form: receive counts the units by scanning and accepts or refuses the slip (signed).", None))
        self.intakeSearch.setPlaceholderText(QCoreApplication.translate("QcView", u"Search slips\u2026", None))
        self.receiveButton.setText(QCoreApplication.translate("QcView", u"&Receive\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.intakeTab), QCoreApplication.translate("QcView", u"Intake", None))
        self.screeningSearch.setPlaceholderText(QCoreApplication.translate("QcView", u"Search units\u2026", None))
        self.testGroup.setTitle(QCoreApplication.translate("QcView", u"1. Fixture test", None))
        self.runTestButton.setText(QCoreApplication.translate("QcView", u"Run fixture &test (F9)", None))
        self.manualLabel.setText(QCoreApplication.translate("QcView", u"No fixture result? Verdict by hand (signed):", None))
        self.manualPassButton.setText(QCoreApplication.translate("QcView", u"Test PA&SS\u2026", None))
        self.manualFailButton.setText(QCoreApplication.translate("QcView", u"Test FA&IL\u2026", None))
        self.visualGroup.setTitle(QCoreApplication.translate("QcView", u"2. Visual check", None))
        self.visualVerdictLabel.setText(QCoreApplication.translate("QcView", u"Verdict:", None))
        self.visualPassRadio.setText(QCoreApplication.translate("QcView", u"Looks &good (PASS)", None))
        self.visualFailRadio.setText(QCoreApplication.translate("QcView", u"&Defect seen (FAIL)", None))
        self.defectLabel.setText(QCoreApplication.translate("QcView", u"D&efect:", None))
        self.defectEdit.setPlaceholderText(QCoreApplication.translate("QcView", u"What is wrong, where (e.g. U12 cold solder joint)", None))
        self.inspectorLabel.setText(QCoreApplication.translate("QcView", u"Res&ponsible inspector:", None))
        self.recordVisualButton.setText(QCoreApplication.translate("QcView", u"Record &visual check", None))
        self.tabs.setTabText(self.tabs.indexOf(self.screeningTab), QCoreApplication.translate("QcView", u"Screening", None))
        self.anomalyHint.setText(QCoreApplication.translate("QcView", u"QC anomaly feedback forms (\u54c1\u8d28\u68c0\u9a8c\u5f02\u5e38\u53cd\u9988\u8868) raised by a visual FAIL at screening. Only the responsible inspector can sign a form, to confirm the escaped defect.", None))
        self.anomalySearch.setPlaceholderText(QCoreApplication.translate("QcView", u"Search forms\u2026", None))
        self.showSignedCheck.setText(QCoreApplication.translate("QcView", u"Show signed &forms too", None))
        self.signFormButton.setText(QCoreApplication.translate("QcView", u"Si&gn form\u2026", None))
#if QT_CONFIG(tooltip)
        self.printAnomalyFormButton.setToolTip(QCoreApplication.translate("QcView", u"Print the selected \u54c1\u8d28\u68c0\u9a8c\u5f02\u5e38\u53cd\u9988\u8868 on the A4 printer; a reprint is marked \u526f\u672c / COPY", None))
#endif // QT_CONFIG(tooltip)
        self.printAnomalyFormButton.setText(QCoreApplication.translate("QcView", u"Print for&m", None))
        self.tabs.setTabText(self.tabs.indexOf(self.anomalyTab), QCoreApplication.translate("QcView", u"Anomaly forms", None))
        self.reinspectionSearch.setPlaceholderText(QCoreApplication.translate("QcView", u"Search units\u2026", None))
        self.retestGroup.setTitle(QCoreApplication.translate("QcView", u"1. Re-test on the fixture (tester signs)", None))
        self.retestButton.setText(QCoreApplication.translate("QcView", u"Run fixture &test (F9)", None))
        self.signRetestButton.setText(QCoreApplication.translate("QcView", u"Sign test &result\u2026", None))
        self.retestManualLabel.setText(QCoreApplication.translate("QcView", u"By hand:", None))
        self.retestPassButton.setText(QCoreApplication.translate("QcView", u"Test PA&SS\u2026", None))
        self.retestFailButton.setText(QCoreApplication.translate("QcView", u"Test FA&IL\u2026", None))
        self.oqcGroup.setTitle(QCoreApplication.translate("QcView", u"2. OQC full inspection (OQC inspector signs)", None))
        self.oqcVerdictLabel.setText(QCoreApplication.translate("QcView", u"Verdict:", None))
        self.oqcPassRadio.setText(QCoreApplication.translate("QcView", u"&Accept (PASS)", None))
        self.oqcFailRadio.setText(QCoreApplication.translate("QcView", u"Re&ject (FAIL)", None))
        self.oqcNotesLabel.setText(QCoreApplication.translate("QcView", u"&Notes:", None))
        self.oqcNotesEdit.setPlaceholderText(QCoreApplication.translate("QcView", u"Required for a FAIL: what was found", None))
        self.recordOqcButton.setText(QCoreApplication.translate("QcView", u"Sign and record &OQC\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reinspectionTab), QCoreApplication.translate("QcView", u"Re-inspection / OQC", None))
        self.handoverHint.setText(QCoreApplication.translate("QcView", u"Units that leave QC. Select units of one RMA (Ctrl+click for several), then hand them over: the slip lists them, you sign it and print it.", None))
        self.handoverSearch.setPlaceholderText(QCoreApplication.translate("QcView", u"Search units\u2026", None))
        self.toRepairButton.setText(QCoreApplication.translate("QcView", u"Hand over to &repair\u2026", None))
        self.toPackingButton.setText(QCoreApplication.translate("QcView", u"Hand over to &packing\u2026", None))
        self.outgoingLabel.setText(QCoreApplication.translate("QcView", u"Slips given by QC, waiting for the receiver to count them:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.handoverTab), QCoreApplication.translate("QcView", u"Hand over", None))
    # retranslateUi

