# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_repair.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from benchapp.ui.stations.base import ScanEdit

class Ui_RepairView(object):
    def setupUi(self, RepairView):
        if not RepairView.objectName():
            RepairView.setObjectName(u"RepairView")
        RepairView.resize(1280, 800)
        self.mainLayout = QVBoxLayout(RepairView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.scanLabel = QLabel(RepairView)
        self.scanLabel.setObjectName(u"scanLabel")

        self.toolLayout.addWidget(self.scanLabel)

        self.scanEdit = ScanEdit(RepairView)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(220, 0))

        self.toolLayout.addWidget(self.scanEdit)

        self.searchLabel = QLabel(RepairView)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RepairView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.searchEdit)

        self.showAllCheck = QCheckBox(RepairView)
        self.showAllCheck.setObjectName(u"showAllCheck")

        self.toolLayout.addWidget(self.showAllCheck)

        self.toolSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(RepairView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.splitter = QSplitter(RepairView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listsPane = QWidget(self.splitter)
        self.listsPane.setObjectName(u"listsPane")
        self.listsLayout = QVBoxLayout(self.listsPane)
        self.listsLayout.setObjectName(u"listsLayout")
        self.listsLayout.setContentsMargins(0, 0, 0, 0)
        self.incomingGroup = QGroupBox(self.listsPane)
        self.incomingGroup.setObjectName(u"incomingGroup")
        self.incomingLayout = QVBoxLayout(self.incomingGroup)
        self.incomingLayout.setObjectName(u"incomingLayout")
        self.incomingTable = QTableView(self.incomingGroup)
        self.incomingTable.setObjectName(u"incomingTable")

        self.incomingLayout.addWidget(self.incomingTable)

        self.incomingButtons = QHBoxLayout()
        self.incomingButtons.setObjectName(u"incomingButtons")
        self.incomingHint = QLabel(self.incomingGroup)
        self.incomingHint.setObjectName(u"incomingHint")
        self.incomingHint.setWordWrap(True)

        self.incomingButtons.addWidget(self.incomingHint)

        self.receiveButton = QPushButton(self.incomingGroup)
        self.receiveButton.setObjectName(u"receiveButton")

        self.incomingButtons.addWidget(self.receiveButton)


        self.incomingLayout.addLayout(self.incomingButtons)


        self.listsLayout.addWidget(self.incomingGroup)

        self.queueGroup = QGroupBox(self.listsPane)
        self.queueGroup.setObjectName(u"queueGroup")
        self.queueLayout = QVBoxLayout(self.queueGroup)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueTable = QTableView(self.queueGroup)
        self.queueTable.setObjectName(u"queueTable")

        self.queueLayout.addWidget(self.queueTable)

        self.queueButtons = QHBoxLayout()
        self.queueButtons.setObjectName(u"queueButtons")
        self.confirmDueButton = QPushButton(self.queueGroup)
        self.confirmDueButton.setObjectName(u"confirmDueButton")

        self.queueButtons.addWidget(self.confirmDueButton)

        self.cannotMeetButton = QPushButton(self.queueGroup)
        self.cannotMeetButton.setObjectName(u"cannotMeetButton")

        self.queueButtons.addWidget(self.cannotMeetButton)

        self.cannotFindButton = QPushButton(self.queueGroup)
        self.cannotFindButton.setObjectName(u"cannotFindButton")

        self.queueButtons.addWidget(self.cannotFindButton)

        self.queueSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueButtons.addItem(self.queueSpacer)

        self.handOverButton = QPushButton(self.queueGroup)
        self.handOverButton.setObjectName(u"handOverButton")

        self.queueButtons.addWidget(self.handOverButton)


        self.queueLayout.addLayout(self.queueButtons)


        self.listsLayout.addWidget(self.queueGroup)

        self.listsLayout.setStretch(0, 1)
        self.listsLayout.setStretch(1, 3)
        self.splitter.addWidget(self.listsPane)
        self.recordGroup = QGroupBox(self.splitter)
        self.recordGroup.setObjectName(u"recordGroup")
        self.recordLayout = QVBoxLayout(self.recordGroup)
        self.recordLayout.setObjectName(u"recordLayout")
        self.unitLabel = QLabel(self.recordGroup)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setWordWrap(True)
        self.unitLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordLayout.addWidget(self.unitLabel)

        self.dueHintLabel = QLabel(self.recordGroup)
        self.dueHintLabel.setObjectName(u"dueHintLabel")
        self.dueHintLabel.setText(u"")
        self.dueHintLabel.setWordWrap(True)

        self.recordLayout.addWidget(self.dueHintLabel)

        self.recordForm = QFormLayout()
        self.recordForm.setObjectName(u"recordForm")
        self.recordForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.symptomLabel = QLabel(self.recordGroup)
        self.symptomLabel.setObjectName(u"symptomLabel")

        self.recordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.symptomLabel)

        self.symptomEdit = QPlainTextEdit(self.recordGroup)
        self.symptomEdit.setObjectName(u"symptomEdit")
        self.symptomEdit.setTabChangesFocus(True)
        self.symptomEdit.setMaximumSize(QSize(16777215, 46))

        self.recordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.symptomEdit)

        self.rootCauseLabel = QLabel(self.recordGroup)
        self.rootCauseLabel.setObjectName(u"rootCauseLabel")

        self.recordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rootCauseLabel)

        self.rootCauseEdit = QPlainTextEdit(self.recordGroup)
        self.rootCauseEdit.setObjectName(u"rootCauseEdit")
        self.rootCauseEdit.setTabChangesFocus(True)
        self.rootCauseEdit.setMaximumSize(QSize(16777215, 46))

        self.recordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rootCauseEdit)

        self.causeLabel = QLabel(self.recordGroup)
        self.causeLabel.setObjectName(u"causeLabel")

        self.recordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeCombo = QComboBox(self.recordGroup)
        self.causeCombo.setObjectName(u"causeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.causeCombo.sizePolicy().hasHeightForWidth())
        self.causeCombo.setSizePolicy(sizePolicy)

        self.recordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.causeCombo)

        self.processLabel = QLabel(self.recordGroup)
        self.processLabel.setObjectName(u"processLabel")

        self.recordForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.processLabel)

        self.processCombo = QComboBox(self.recordGroup)
        self.processCombo.setObjectName(u"processCombo")
        sizePolicy.setHeightForWidth(self.processCombo.sizePolicy().hasHeightForWidth())
        self.processCombo.setSizePolicy(sizePolicy)
        self.processCombo.setEditable(True)

        self.recordForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.processCombo)

        self.departmentLabel = QLabel(self.recordGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.recordForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.recordGroup)
        self.departmentCombo.setObjectName(u"departmentCombo")
        sizePolicy.setHeightForWidth(self.departmentCombo.sizePolicy().hasHeightForWidth())
        self.departmentCombo.setSizePolicy(sizePolicy)
        self.departmentCombo.setEditable(True)

        self.recordForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.actionsLabel = QLabel(self.recordGroup)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.recordForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

        self.actionsEdit = QPlainTextEdit(self.recordGroup)
        self.actionsEdit.setObjectName(u"actionsEdit")
        self.actionsEdit.setTabChangesFocus(True)
        self.actionsEdit.setMaximumSize(QSize(16777215, 46))

        self.recordForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.actionsEdit)

        self.partsLabel = QLabel(self.recordGroup)
        self.partsLabel.setObjectName(u"partsLabel")

        self.recordForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.partsLabel)

        self.partsLayout = QVBoxLayout()
        self.partsLayout.setObjectName(u"partsLayout")
        self.partsTable = QTableView(self.recordGroup)
        self.partsTable.setObjectName(u"partsTable")
        self.partsTable.setMinimumSize(QSize(0, 110))

        self.partsLayout.addWidget(self.partsTable)

        self.partsButtons = QHBoxLayout()
        self.partsButtons.setObjectName(u"partsButtons")
        self.addPartButton = QPushButton(self.recordGroup)
        self.addPartButton.setObjectName(u"addPartButton")

        self.partsButtons.addWidget(self.addPartButton)

        self.removePartButton = QPushButton(self.recordGroup)
        self.removePartButton.setObjectName(u"removePartButton")

        self.partsButtons.addWidget(self.removePartButton)

        self.partsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partsButtons.addItem(self.partsSpacer)


        self.partsLayout.addLayout(self.partsButtons)


        self.recordForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.partsLayout)

        self.minutesLabel = QLabel(self.recordGroup)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.recordForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(self.recordGroup)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(99999)

        self.recordForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.minutesSpin)


        self.recordLayout.addLayout(self.recordForm)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.clearButton = QPushButton(self.recordGroup)
        self.clearButton.setObjectName(u"clearButton")

        self.recordButtons.addWidget(self.clearButton)

        self.recordSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtons.addItem(self.recordSpacer)

        self.saveButton = QPushButton(self.recordGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.recordButtons.addWidget(self.saveButton)


        self.recordLayout.addLayout(self.recordButtons)

        self.splitter.addWidget(self.recordGroup)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.searchLabel.setBuddy(self.searchEdit)
        self.symptomLabel.setBuddy(self.symptomEdit)
        self.rootCauseLabel.setBuddy(self.rootCauseEdit)
        self.causeLabel.setBuddy(self.causeCombo)
        self.processLabel.setBuddy(self.processCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.actionsLabel.setBuddy(self.actionsEdit)
        self.partsLabel.setBuddy(self.partsTable)
        self.minutesLabel.setBuddy(self.minutesSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.showAllCheck)
        QWidget.setTabOrder(self.showAllCheck, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.incomingTable)
        QWidget.setTabOrder(self.incomingTable, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.confirmDueButton)
        QWidget.setTabOrder(self.confirmDueButton, self.cannotMeetButton)
        QWidget.setTabOrder(self.cannotMeetButton, self.cannotFindButton)
        QWidget.setTabOrder(self.cannotFindButton, self.handOverButton)
        QWidget.setTabOrder(self.handOverButton, self.symptomEdit)
        QWidget.setTabOrder(self.symptomEdit, self.rootCauseEdit)
        QWidget.setTabOrder(self.rootCauseEdit, self.causeCombo)
        QWidget.setTabOrder(self.causeCombo, self.processCombo)
        QWidget.setTabOrder(self.processCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.actionsEdit)
        QWidget.setTabOrder(self.actionsEdit, self.partsTable)
        QWidget.setTabOrder(self.partsTable, self.addPartButton)
        QWidget.setTabOrder(self.addPartButton, self.removePartButton)
        QWidget.setTabOrder(self.removePartButton, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)

        self.retranslateUi(RepairView)

        QMetaObject.connectSlotsByName(RepairView)
    # setupUi

    def retranslateUi(self, RepairView):
        RepairView.setWindowTitle(QCoreApplication.translate("RepairView", u"Repair / rework", None))
        self.scanLabel.setText(QCoreApplication.translate("RepairView", u"&Scan:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("RepairView", u"Unit serial or RMA number, then Enter", None))
        self.searchLabel.setText(QCoreApplication.translate("RepairView", u"Searc&h:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RepairView", u"Filter the lists", None))
        self.showAllCheck.setText(QCoreApplication.translate("RepairView", u"Show a&ll units at repair", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("RepairView", u"Reload the lists from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("RepairView", u"Re&fresh", None))
        self.incomingGroup.setTitle(QCoreApplication.translate("RepairView", u"Incoming slips to repair", None))
        self.incomingHint.setText(QCoreApplication.translate("RepairView", u"Scan the slip's QR code, or select it and choose Receive.", None))
        self.receiveButton.setText(QCoreApplication.translate("RepairView", u"Rece&ive\u2026", None))
        self.queueGroup.setTitle(QCoreApplication.translate("RepairView", u"My queue", None))
#if QT_CONFIG(tooltip)
        self.confirmDueButton.setToolTip(QCoreApplication.translate("RepairView", u"Confirm that the selected unit can be finished by the RMA's due date", None))
#endif // QT_CONFIG(tooltip)
        self.confirmDueButton.setText(QCoreApplication.translate("RepairView", u"Confirm &due date", None))
#if QT_CONFIG(tooltip)
        self.cannotMeetButton.setToolTip(QCoreApplication.translate("RepairView", u"The due date cannot be met: escalate to the production supervisor with a note", None))
#endif // QT_CONFIG(tooltip)
        self.cannotMeetButton.setText(QCoreApplication.translate("RepairView", u"Cannot &meet \u2013 escalate\u2026", None))
#if QT_CONFIG(tooltip)
        self.cannotFindButton.setToolTip(QCoreApplication.translate("RepairView", u"The fault cannot be found: escalate to the supervisor with a note", None))
#endif // QT_CONFIG(tooltip)
        self.cannotFindButton.setText(QCoreApplication.translate("RepairView", u"Cannot find fa&ult\u2026", None))
#if QT_CONFIG(tooltip)
        self.handOverButton.setToolTip(QCoreApplication.translate("RepairView", u"Count, sign and print a transfer slip for repaired units of one RMA", None))
#endif // QT_CONFIG(tooltip)
        self.handOverButton.setText(QCoreApplication.translate("RepairView", u"Hand over to &QC\u2026", None))
        self.recordGroup.setTitle(QCoreApplication.translate("RepairView", u"Repair record", None))
        self.unitLabel.setText(QCoreApplication.translate("RepairView", u"Select or scan a unit to fill in its repair record.", None))
        self.symptomLabel.setText(QCoreApplication.translate("RepairView", u"S&ymptom:", None))
        self.rootCauseLabel.setText(QCoreApplication.translate("RepairView", u"Root &cause:", None))
        self.causeLabel.setText(QCoreApplication.translate("RepairView", u"Cause cate&gory:", None))
        self.processLabel.setText(QCoreApplication.translate("RepairView", u"Responsible pr&ocess:", None))
        self.departmentLabel.setText(QCoreApplication.translate("RepairView", u"Responsible de&partment:", None))
        self.actionsLabel.setText(QCoreApplication.translate("RepairView", u"Actio&ns taken:", None))
        self.partsLabel.setText(QCoreApplication.translate("RepairView", u"Parts &replaced:", None))
#if QT_CONFIG(tooltip)
        self.addPartButton.setToolTip(QCoreApplication.translate("RepairView", u"Add a row for a replaced part (Insert in the table)", None))
#endif // QT_CONFIG(tooltip)
        self.addPartButton.setText(QCoreApplication.translate("RepairView", u"&Add part", None))
#if QT_CONFIG(tooltip)
        self.removePartButton.setToolTip(QCoreApplication.translate("RepairView", u"Remove the selected part row (Delete in the table)", None))
#endif // QT_CONFIG(tooltip)
        self.removePartButton.setText(QCoreApplication.translate("RepairView", u"Remo&ve part", None))
        self.minutesLabel.setText(QCoreApplication.translate("RepairView", u"Repair &time:", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("RepairView", u" min", None))
        self.minutesSpin.setSpecialValueText(QCoreApplication.translate("RepairView", u"\u2013", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("RepairView", u"Empty the form for this unit", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("RepairView", u"Cl&ear form", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("RepairView", u"Save the repair record (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("RepairView", u"Save record (Ctrl+S)", None))
    # retranslateUi

