# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_receiving.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from benchapp.ui.stations.base import ScanEdit
from benchapp.ui.stations.receiving_form import ReceivingForm
from benchapp.ui.stations.shipping import ShippingTab

class Ui_ReceivingView(object):
    def setupUi(self, ReceivingView):
        if not ReceivingView.objectName():
            ReceivingView.setObjectName(u"ReceivingView")
        ReceivingView.resize(1180, 700)
        self.mainLayout = QVBoxLayout(ReceivingView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(ReceivingView)
        self.tabs.setObjectName(u"tabs")
        self.newTab = ReceivingForm()
        self.newTab.setObjectName(u"newTab")
        self.newLayout = QVBoxLayout(self.newTab)
        self.newLayout.setObjectName(u"newLayout")
        self.newColumns = QHBoxLayout()
        self.newColumns.setSpacing(12)
        self.newColumns.setObjectName(u"newColumns")
        self.formBox = QGroupBox(self.newTab)
        self.formBox.setObjectName(u"formBox")
        self.formLayout = QFormLayout(self.formBox)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.customerLabel = QLabel(self.formBox)
        self.customerLabel.setObjectName(u"customerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerLabel)

        self.customerCombo = QComboBox(self.formBox)
        self.customerCombo.setObjectName(u"customerCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.customerCombo.sizePolicy().hasHeightForWidth())
        self.customerCombo.setSizePolicy(sizePolicy)
        self.customerCombo.setEditable(True)
        self.customerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerCombo)

        self.contactLabel = QLabel(self.formBox)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactLayout = QHBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactEdit = QLineEdit(self.formBox)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(100)

        self.contactLayout.addWidget(self.contactEdit)

        self.contactPhoneEdit = QLineEdit(self.formBox)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")
        self.contactPhoneEdit.setMaxLength(40)

        self.contactLayout.addWidget(self.contactPhoneEdit)

        self.contactLayout.setStretch(0, 3)
        self.contactLayout.setStretch(1, 2)

        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.contactLayout)

        self.modelLabel = QLabel(self.formBox)
        self.modelLabel.setObjectName(u"modelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelEdit = QLineEdit(self.formBox)
        self.modelEdit.setObjectName(u"modelEdit")
        self.modelEdit.setMaxLength(100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.declaredLabel = QLabel(self.formBox)
        self.declaredLabel.setObjectName(u"declaredLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.declaredLabel)

        self.declaredSpin = QSpinBox(self.formBox)
        self.declaredSpin.setObjectName(u"declaredSpin")
        self.declaredSpin.setMinimum(1)
        self.declaredSpin.setMaximum(99999)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.declaredSpin)

        self.countedLabel = QLabel(self.formBox)
        self.countedLabel.setObjectName(u"countedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countedLabel)

        self.countedSpin = QSpinBox(self.formBox)
        self.countedSpin.setObjectName(u"countedSpin")
        self.countedSpin.setMinimum(1)
        self.countedSpin.setMaximum(99999)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countedSpin)

        self.countMismatchLabel = QLabel(self.formBox)
        self.countMismatchLabel.setObjectName(u"countMismatchLabel")
        self.countMismatchLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.countMismatchLabel)

        self.complaintLabel = QLabel(self.formBox)
        self.complaintLabel.setObjectName(u"complaintLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.complaintLabel)

        self.complaintEdit = QPlainTextEdit(self.formBox)
        self.complaintEdit.setObjectName(u"complaintEdit")
        self.complaintEdit.setMaximumSize(QSize(16777215, 90))
        self.complaintEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.complaintEdit)

        self.requirementLabel = QLabel(self.formBox)
        self.requirementLabel.setObjectName(u"requirementLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.requirementLabel)

        self.requirementCombo = QComboBox(self.formBox)
        self.requirementCombo.setObjectName(u"requirementCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requirementCombo)

        self.billingLabel = QLabel(self.formBox)
        self.billingLabel.setObjectName(u"billingLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.billingLabel)

        self.billingCombo = QComboBox(self.formBox)
        self.billingCombo.setObjectName(u"billingCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.billingCombo)

        self.dueLabel = QLabel(self.formBox)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueDateEdit = QDateEdit(self.formBox)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)
        self.dueDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dueDateEdit)

        self.batchCheck = QCheckBox(self.formBox)
        self.batchCheck.setObjectName(u"batchCheck")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.batchCheck)

        self.storageLabel = QLabel(self.formBox)
        self.storageLabel.setObjectName(u"storageLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.storageLabel)

        self.storageEdit = QLineEdit(self.formBox)
        self.storageEdit.setObjectName(u"storageEdit")
        self.storageEdit.setMaxLength(100)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.storageEdit)

        self.deliveryNoLabel = QLabel(self.formBox)
        self.deliveryNoLabel.setObjectName(u"deliveryNoLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.deliveryNoLabel)

        self.deliveryNoEdit = QLineEdit(self.formBox)
        self.deliveryNoEdit.setObjectName(u"deliveryNoEdit")
        self.deliveryNoEdit.setMaxLength(50)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.deliveryNoEdit)

        self.deliveredQtyLabel = QLabel(self.formBox)
        self.deliveredQtyLabel.setObjectName(u"deliveredQtyLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.deliveredQtyLabel)

        self.deliveredQtySpin = QSpinBox(self.formBox)
        self.deliveredQtySpin.setObjectName(u"deliveredQtySpin")
        self.deliveredQtySpin.setMaximum(10000000)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.deliveredQtySpin)

        self.shipDateLabel = QLabel(self.formBox)
        self.shipDateLabel.setObjectName(u"shipDateLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.shipDateLabel)

        self.shipDateLayout = QHBoxLayout()
        self.shipDateLayout.setObjectName(u"shipDateLayout")
        self.shipDateCheck = QCheckBox(self.formBox)
        self.shipDateCheck.setObjectName(u"shipDateCheck")

        self.shipDateLayout.addWidget(self.shipDateCheck)

        self.shipDateEdit = QDateEdit(self.formBox)
        self.shipDateEdit.setObjectName(u"shipDateEdit")
        self.shipDateEdit.setEnabled(False)
        self.shipDateEdit.setCalendarPopup(True)
        self.shipDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.shipDateLayout.addWidget(self.shipDateEdit)


        self.formLayout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.shipDateLayout)

        self.deliveryHintLabel = QLabel(self.formBox)
        self.deliveryHintLabel.setObjectName(u"deliveryHintLabel")
        self.deliveryHintLabel.setWordWrap(True)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.deliveryHintLabel)

        self.lotLabel = QLabel(self.formBox)
        self.lotLabel.setObjectName(u"lotLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.lotLabel)

        self.lotEdit = QLineEdit(self.formBox)
        self.lotEdit.setObjectName(u"lotEdit")
        self.lotEdit.setMaxLength(64)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.lotEdit)

        self.dateCodeLabel = QLabel(self.formBox)
        self.dateCodeLabel.setObjectName(u"dateCodeLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.dateCodeLabel)

        self.dateCodeEdit = QLineEdit(self.formBox)
        self.dateCodeEdit.setObjectName(u"dateCodeEdit")
        self.dateCodeEdit.setMaxLength(32)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.dateCodeEdit)


        self.newColumns.addWidget(self.formBox)

        self.serialsBox = QGroupBox(self.newTab)
        self.serialsBox.setObjectName(u"serialsBox")
        self.serialsLayout = QVBoxLayout(self.serialsBox)
        self.serialsLayout.setObjectName(u"serialsLayout")
        self.generateCheck = QCheckBox(self.serialsBox)
        self.generateCheck.setObjectName(u"generateCheck")

        self.serialsLayout.addWidget(self.generateCheck)

        self.serialScanLayout = QHBoxLayout()
        self.serialScanLayout.setObjectName(u"serialScanLayout")
        self.serialScanLabel = QLabel(self.serialsBox)
        self.serialScanLabel.setObjectName(u"serialScanLabel")

        self.serialScanLayout.addWidget(self.serialScanLabel)

        self.serialScanEdit = ScanEdit(self.serialsBox)
        self.serialScanEdit.setObjectName(u"serialScanEdit")

        self.serialScanLayout.addWidget(self.serialScanEdit)


        self.serialsLayout.addLayout(self.serialScanLayout)

        self.serialList = QListWidget(self.serialsBox)
        self.serialList.setObjectName(u"serialList")
        self.serialList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.serialsLayout.addWidget(self.serialList)

        self.serialCountLabel = QLabel(self.serialsBox)
        self.serialCountLabel.setObjectName(u"serialCountLabel")
        self.serialCountLabel.setWordWrap(True)

        self.serialsLayout.addWidget(self.serialCountLabel)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.removeSerialButton = QPushButton(self.serialsBox)
        self.removeSerialButton.setObjectName(u"removeSerialButton")

        self.formButtons.addWidget(self.removeSerialButton)

        self.clearFormButton = QPushButton(self.serialsBox)
        self.clearFormButton.setObjectName(u"clearFormButton")

        self.formButtons.addWidget(self.clearFormButton)

        self.formButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formButtons.addItem(self.formButtonsSpacer)

        self.saveButton = QPushButton(self.serialsBox)
        self.saveButton.setObjectName(u"saveButton")

        self.formButtons.addWidget(self.saveButton)


        self.serialsLayout.addLayout(self.formButtons)


        self.newColumns.addWidget(self.serialsBox)


        self.newLayout.addLayout(self.newColumns)

        self.receivedFrame = QFrame(self.newTab)
        self.receivedFrame.setObjectName(u"receivedFrame")
        self.receivedFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.receivedLayout = QVBoxLayout(self.receivedFrame)
        self.receivedLayout.setObjectName(u"receivedLayout")
        self.receivedLabel = QLabel(self.receivedFrame)
        self.receivedLabel.setObjectName(u"receivedLabel")
        self.receivedLabel.setWordWrap(True)
        self.receivedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.receivedLayout.addWidget(self.receivedLabel)

        self.repeatLabel = QLabel(self.receivedFrame)
        self.repeatLabel.setObjectName(u"repeatLabel")
        self.repeatLabel.setWordWrap(True)
        self.repeatLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.receivedLayout.addWidget(self.repeatLabel)

        self.receivedButtons = QHBoxLayout()
        self.receivedButtons.setObjectName(u"receivedButtons")
        self.printLabelsButton = QPushButton(self.receivedFrame)
        self.printLabelsButton.setObjectName(u"printLabelsButton")

        self.receivedButtons.addWidget(self.printLabelsButton)

        self.handOverNewButton = QPushButton(self.receivedFrame)
        self.handOverNewButton.setObjectName(u"handOverNewButton")

        self.receivedButtons.addWidget(self.handOverNewButton)

        self.receivedButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedButtons.addItem(self.receivedButtonsSpacer)


        self.receivedLayout.addLayout(self.receivedButtons)


        self.newLayout.addWidget(self.receivedFrame)

        self.newBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newLayout.addItem(self.newBottomSpacer)

        self.tabs.addTab(self.newTab, "")
        self.queueTab = QWidget()
        self.queueTab.setObjectName(u"queueTab")
        self.queueLayout = QVBoxLayout(self.queueTab)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueBar = QHBoxLayout()
        self.queueBar.setObjectName(u"queueBar")
        self.queueSearchLabel = QLabel(self.queueTab)
        self.queueSearchLabel.setObjectName(u"queueSearchLabel")

        self.queueBar.addWidget(self.queueSearchLabel)

        self.queueSearchEdit = QLineEdit(self.queueTab)
        self.queueSearchEdit.setObjectName(u"queueSearchEdit")
        self.queueSearchEdit.setClearButtonEnabled(True)

        self.queueBar.addWidget(self.queueSearchEdit)

        self.queueBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueBar.addItem(self.queueBarSpacer)

        self.queueHandOverButton = QPushButton(self.queueTab)
        self.queueHandOverButton.setObjectName(u"queueHandOverButton")

        self.queueBar.addWidget(self.queueHandOverButton)


        self.queueLayout.addLayout(self.queueBar)

        self.queueTable = QTableView(self.queueTab)
        self.queueTable.setObjectName(u"queueTable")

        self.queueLayout.addWidget(self.queueTable)

        self.tabs.addTab(self.queueTab, "")
        self.incomingTab = QWidget()
        self.incomingTab.setObjectName(u"incomingTab")
        self.incomingLayout = QVBoxLayout(self.incomingTab)
        self.incomingLayout.setObjectName(u"incomingLayout")
        self.incomingBar = QHBoxLayout()
        self.incomingBar.setObjectName(u"incomingBar")
        self.incomingSearchLabel = QLabel(self.incomingTab)
        self.incomingSearchLabel.setObjectName(u"incomingSearchLabel")

        self.incomingBar.addWidget(self.incomingSearchLabel)

        self.incomingSearchEdit = QLineEdit(self.incomingTab)
        self.incomingSearchEdit.setObjectName(u"incomingSearchEdit")
        self.incomingSearchEdit.setClearButtonEnabled(True)

        self.incomingBar.addWidget(self.incomingSearchEdit)

        self.incomingBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incomingBar.addItem(self.incomingBarSpacer)

        self.receiveButton = QPushButton(self.incomingTab)
        self.receiveButton.setObjectName(u"receiveButton")

        self.incomingBar.addWidget(self.receiveButton)


        self.incomingLayout.addLayout(self.incomingBar)

        self.incomingTable = QTableView(self.incomingTab)
        self.incomingTable.setObjectName(u"incomingTable")

        self.incomingLayout.addWidget(self.incomingTable)

        self.tabs.addTab(self.incomingTab, "")
        self.shippingTab = ShippingTab()
        self.shippingTab.setObjectName(u"shippingTab")
        self.shippingLayout = QHBoxLayout(self.shippingTab)
        self.shippingLayout.setSpacing(12)
        self.shippingLayout.setObjectName(u"shippingLayout")
        self.shipListsLayout = QVBoxLayout()
        self.shipListsLayout.setObjectName(u"shipListsLayout")
        self.shipBar = QHBoxLayout()
        self.shipBar.setObjectName(u"shipBar")
        self.shipSearchLabel = QLabel(self.shippingTab)
        self.shipSearchLabel.setObjectName(u"shipSearchLabel")

        self.shipBar.addWidget(self.shipSearchLabel)

        self.shipSearchEdit = QLineEdit(self.shippingTab)
        self.shipSearchEdit.setObjectName(u"shipSearchEdit")
        self.shipSearchEdit.setClearButtonEnabled(True)

        self.shipBar.addWidget(self.shipSearchEdit)

        self.shipScanLabel = QLabel(self.shippingTab)
        self.shipScanLabel.setObjectName(u"shipScanLabel")

        self.shipBar.addWidget(self.shipScanLabel)

        self.shipScanEdit = ScanEdit(self.shippingTab)
        self.shipScanEdit.setObjectName(u"shipScanEdit")

        self.shipBar.addWidget(self.shipScanEdit)


        self.shipListsLayout.addLayout(self.shipBar)

        self.shipRmaLabel = QLabel(self.shippingTab)
        self.shipRmaLabel.setObjectName(u"shipRmaLabel")

        self.shipListsLayout.addWidget(self.shipRmaLabel)

        self.shipRmaTable = QTableView(self.shippingTab)
        self.shipRmaTable.setObjectName(u"shipRmaTable")

        self.shipListsLayout.addWidget(self.shipRmaTable)

        self.shipUnitsLabel = QLabel(self.shippingTab)
        self.shipUnitsLabel.setObjectName(u"shipUnitsLabel")

        self.shipListsLayout.addWidget(self.shipUnitsLabel)

        self.shipUnitsTable = QTableView(self.shippingTab)
        self.shipUnitsTable.setObjectName(u"shipUnitsTable")

        self.shipListsLayout.addWidget(self.shipUnitsTable)


        self.shippingLayout.addLayout(self.shipListsLayout)

        self.shipNoteBox = QGroupBox(self.shippingTab)
        self.shipNoteBox.setObjectName(u"shipNoteBox")
        self.shipNoteLayout = QVBoxLayout(self.shipNoteBox)
        self.shipNoteLayout.setObjectName(u"shipNoteLayout")
        self.shipNoteForm = QFormLayout()
        self.shipNoteForm.setObjectName(u"shipNoteForm")
        self.shipNoteForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.carrierLabel = QLabel(self.shipNoteBox)
        self.carrierLabel.setObjectName(u"carrierLabel")

        self.shipNoteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.carrierLabel)

        self.carrierCombo = QComboBox(self.shipNoteBox)
        self.carrierCombo.setObjectName(u"carrierCombo")
        sizePolicy.setHeightForWidth(self.carrierCombo.sizePolicy().hasHeightForWidth())
        self.carrierCombo.setSizePolicy(sizePolicy)
        self.carrierCombo.setEditable(True)
        self.carrierCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.shipNoteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.carrierCombo)

        self.trackingLabel = QLabel(self.shipNoteBox)
        self.trackingLabel.setObjectName(u"trackingLabel")

        self.shipNoteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trackingLabel)

        self.trackingEdit = QLineEdit(self.shipNoteBox)
        self.trackingEdit.setObjectName(u"trackingEdit")
        self.trackingEdit.setMaxLength(100)

        self.shipNoteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trackingEdit)

        self.addressLabel = QLabel(self.shipNoteBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.shipNoteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.shipNoteBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.shipNoteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.shipNoteLayout.addLayout(self.shipNoteForm)

        self.packageLabelTitle = QLabel(self.shipNoteBox)
        self.packageLabelTitle.setObjectName(u"packageLabelTitle")

        self.shipNoteLayout.addWidget(self.packageLabelTitle)

        self.packageLabel = QLabel(self.shipNoteBox)
        self.packageLabel.setObjectName(u"packageLabel")
        self.packageLabel.setFrameShape(QFrame.Shape.Box)
        self.packageLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.packageLabel.setWordWrap(True)
        self.packageLabel.setMargin(6)
        self.packageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.shipNoteLayout.addWidget(self.packageLabel)

        self.shipButtons = QHBoxLayout()
        self.shipButtons.setObjectName(u"shipButtons")
        self.tickAllButton = QPushButton(self.shipNoteBox)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.shipButtons.addWidget(self.tickAllButton)

        self.shipButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shipButtons.addItem(self.shipButtonsSpacer)

        self.shipButton = QPushButton(self.shipNoteBox)
        self.shipButton.setObjectName(u"shipButton")

        self.shipButtons.addWidget(self.shipButton)


        self.shipNoteLayout.addLayout(self.shipButtons)

        self.shipResultLabel = QLabel(self.shipNoteBox)
        self.shipResultLabel.setObjectName(u"shipResultLabel")
        self.shipResultLabel.setWordWrap(True)
        self.shipResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.shipNoteLayout.addWidget(self.shipResultLabel)

        self.shipNoteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.shipNoteLayout.addItem(self.shipNoteSpacer)


        self.shippingLayout.addWidget(self.shipNoteBox)

        self.tabs.addTab(self.shippingTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.customerLabel.setBuddy(self.customerCombo)
        self.contactLabel.setBuddy(self.contactEdit)
        self.modelLabel.setBuddy(self.modelEdit)
        self.declaredLabel.setBuddy(self.declaredSpin)
        self.countedLabel.setBuddy(self.countedSpin)
        self.complaintLabel.setBuddy(self.complaintEdit)
        self.requirementLabel.setBuddy(self.requirementCombo)
        self.billingLabel.setBuddy(self.billingCombo)
        self.dueLabel.setBuddy(self.dueDateEdit)
        self.storageLabel.setBuddy(self.storageEdit)
        self.deliveryNoLabel.setBuddy(self.deliveryNoEdit)
        self.deliveredQtyLabel.setBuddy(self.deliveredQtySpin)
        self.shipDateLabel.setBuddy(self.shipDateCheck)
        self.lotLabel.setBuddy(self.lotEdit)
        self.dateCodeLabel.setBuddy(self.dateCodeEdit)
        self.serialScanLabel.setBuddy(self.serialScanEdit)
        self.queueSearchLabel.setBuddy(self.queueSearchEdit)
        self.incomingSearchLabel.setBuddy(self.incomingSearchEdit)
        self.shipSearchLabel.setBuddy(self.shipSearchEdit)
        self.shipScanLabel.setBuddy(self.shipScanEdit)
        self.carrierLabel.setBuddy(self.carrierCombo)
        self.trackingLabel.setBuddy(self.trackingEdit)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.customerCombo)
        QWidget.setTabOrder(self.customerCombo, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.modelEdit)
        QWidget.setTabOrder(self.modelEdit, self.declaredSpin)
        QWidget.setTabOrder(self.declaredSpin, self.countedSpin)
        QWidget.setTabOrder(self.countedSpin, self.complaintEdit)
        QWidget.setTabOrder(self.complaintEdit, self.requirementCombo)
        QWidget.setTabOrder(self.requirementCombo, self.billingCombo)
        QWidget.setTabOrder(self.billingCombo, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.batchCheck)
        QWidget.setTabOrder(self.batchCheck, self.storageEdit)
        QWidget.setTabOrder(self.storageEdit, self.deliveryNoEdit)
        QWidget.setTabOrder(self.deliveryNoEdit, self.deliveredQtySpin)
        QWidget.setTabOrder(self.deliveredQtySpin, self.shipDateCheck)
        QWidget.setTabOrder(self.shipDateCheck, self.shipDateEdit)
        QWidget.setTabOrder(self.shipDateEdit, self.lotEdit)
        QWidget.setTabOrder(self.lotEdit, self.dateCodeEdit)
        QWidget.setTabOrder(self.dateCodeEdit, self.generateCheck)
        QWidget.setTabOrder(self.generateCheck, self.serialScanEdit)
        QWidget.setTabOrder(self.serialScanEdit, self.serialList)
        QWidget.setTabOrder(self.serialList, self.removeSerialButton)
        QWidget.setTabOrder(self.removeSerialButton, self.clearFormButton)
        QWidget.setTabOrder(self.clearFormButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printLabelsButton)
        QWidget.setTabOrder(self.printLabelsButton, self.handOverNewButton)
        QWidget.setTabOrder(self.handOverNewButton, self.queueSearchEdit)
        QWidget.setTabOrder(self.queueSearchEdit, self.queueHandOverButton)
        QWidget.setTabOrder(self.queueHandOverButton, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.incomingSearchEdit)
        QWidget.setTabOrder(self.incomingSearchEdit, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.incomingTable)
        QWidget.setTabOrder(self.incomingTable, self.shipSearchEdit)
        QWidget.setTabOrder(self.shipSearchEdit, self.shipScanEdit)
        QWidget.setTabOrder(self.shipScanEdit, self.shipRmaTable)
        QWidget.setTabOrder(self.shipRmaTable, self.shipUnitsTable)
        QWidget.setTabOrder(self.shipUnitsTable, self.carrierCombo)
        QWidget.setTabOrder(self.carrierCombo, self.trackingEdit)
        QWidget.setTabOrder(self.trackingEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.tickAllButton)
        QWidget.setTabOrder(self.tickAllButton, self.shipButton)

        self.retranslateUi(ReceivingView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReceivingView)
    # setupUi

    def retranslateUi(self, ReceivingView):
        ReceivingView.setWindowTitle(QCoreApplication.translate("ReceivingView", u"Receiving & Shipping", None))
        self.formBox.setTitle(QCoreApplication.translate("ReceivingView", u"After-sales service form", None))
        self.customerLabel.setText(QCoreApplication.translate("ReceivingView", u"&Customer:", None))
        self.contactLabel.setText(QCoreApplication.translate("ReceivingView", u"Contact person:", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Name (optional)", None))
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.contactPhoneEdit.setAccessibleName(QCoreApplication.translate("ReceivingView", u"Contact phone", None))
#endif // QT_CONFIG(accessibility)
        self.modelLabel.setText(QCoreApplication.translate("ReceivingView", u"&Model (part no.):", None))
        self.declaredLabel.setText(QCoreApplication.translate("ReceivingView", u"&Declared quantity:", None))
#if QT_CONFIG(tooltip)
        self.declaredSpin.setToolTip(QCoreApplication.translate("ReceivingView", u"The quantity the customer's papers state.", None))
#endif // QT_CONFIG(tooltip)
        self.countedLabel.setText(QCoreApplication.translate("ReceivingView", u"C&ounted quantity:", None))
#if QT_CONFIG(tooltip)
        self.countedSpin.setToolTip(QCoreApplication.translate("ReceivingView", u"The units actually in the box, counted on receipt.", None))
#endif // QT_CONFIG(tooltip)
        self.complaintLabel.setText(QCoreApplication.translate("ReceivingView", u"Com&plaint:", None))
        self.complaintEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"What the customer reports (\u6295\u8bc9\u5185\u5bb9)", None))
        self.requirementLabel.setText(QCoreApplication.translate("ReceivingView", u"&Requirement:", None))
        self.billingLabel.setText(QCoreApplication.translate("ReceivingView", u"&Billing:", None))
        self.dueLabel.setText(QCoreApplication.translate("ReceivingView", u"D&ue date:", None))
        self.batchCheck.setText(QCoreApplication.translate("ReceivingView", u"Ba&tch problem (the line reworks every unit)", None))
        self.storageLabel.setText(QCoreApplication.translate("ReceivingView", u"Stor&age location:", None))
        self.deliveryNoLabel.setText(QCoreApplication.translate("ReceivingView", u"Deli&very / order no.:", None))
#if QT_CONFIG(tooltip)
        self.deliveryNoEdit.setToolTip(QCoreApplication.translate("ReceivingView", u"The customer's delivery note or order the returned units came in (optional)", None))
#endif // QT_CONFIG(tooltip)
        self.deliveredQtyLabel.setText(QCoreApplication.translate("ReceivingView", u"Delivered &quantity:", None))
#if QT_CONFIG(tooltip)
        self.deliveredQtySpin.setToolTip(QCoreApplication.translate("ReceivingView", u"How many units the customer received in that delivery (0 = not known)", None))
#endif // QT_CONFIG(tooltip)
        self.shipDateLabel.setText(QCoreApplication.translate("ReceivingView", u"S&hipped on:", None))
        self.shipDateCheck.setText(QCoreApplication.translate("ReceivingView", u"Known", None))
        self.lotLabel.setText(QCoreApplication.translate("ReceivingView", u"Production &lot / work order:", None))
#if QT_CONFIG(tooltip)
        self.lotEdit.setToolTip(QCoreApplication.translate("ReceivingView", u"Recorded on each unit scanned from now on (and on generated units)", None))
#endif // QT_CONFIG(tooltip)
        self.dateCodeLabel.setText(QCoreApplication.translate("ReceivingView", u"Date c&ode:", None))
#if QT_CONFIG(tooltip)
        self.dateCodeEdit.setToolTip(QCoreApplication.translate("ReceivingView", u"Recorded on each unit scanned from now on (and on generated units)", None))
#endif // QT_CONFIG(tooltip)
        self.serialsBox.setTitle(QCoreApplication.translate("ReceivingView", u"Unit serials", None))
        self.generateCheck.setText(QCoreApplication.translate("ReceivingView", u"&Generate serials (the units carry none)", None))
        self.serialScanLabel.setText(QCoreApplication.translate("ReceivingView", u"Scan s&erial:", None))
        self.serialScanEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Scan each unit; Enter on an empty field saves", None))
#if QT_CONFIG(tooltip)
        self.removeSerialButton.setToolTip(QCoreApplication.translate("ReceivingView", u"Remove the selected serials (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.removeSerialButton.setText(QCoreApplication.translate("ReceivingView", u"Remo&ve", None))
        self.clearFormButton.setText(QCoreApplication.translate("ReceivingView", u"Clear form", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReceivingView", u"Save the service form and register the units (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReceivingView", u"&Save", None))
        self.printLabelsButton.setText(QCoreApplication.translate("ReceivingView", u"Print &labels", None))
        self.handOverNewButton.setText(QCoreApplication.translate("ReceivingView", u"Hand over to &QC\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.newTab), QCoreApplication.translate("ReceivingView", u"&New return", None))
        self.queueSearchLabel.setText(QCoreApplication.translate("ReceivingView", u"&Find:", None))
        self.queueSearchEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"RMA, serial, customer, model\u2026", None))
#if QT_CONFIG(tooltip)
        self.queueHandOverButton.setToolTip(QCoreApplication.translate("ReceivingView", u"Hand the selected RMA's units to the QC packer with a signed transfer slip", None))
#endif // QT_CONFIG(tooltip)
        self.queueHandOverButton.setText(QCoreApplication.translate("ReceivingView", u"Hand over to &QC\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.queueTab), QCoreApplication.translate("ReceivingView", u"&Waiting for QC", None))
        self.incomingSearchLabel.setText(QCoreApplication.translate("ReceivingView", u"&Find:", None))
        self.incomingSearchEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Slip, RMA, giver\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("ReceivingView", u"Count the packed units in by scanning and countersign the slip", None))
#endif // QT_CONFIG(tooltip)
        self.receiveButton.setText(QCoreApplication.translate("ReceivingView", u"&Receive\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.incomingTab), QCoreApplication.translate("ReceivingView", u"&Incoming slips", None))
        self.shipSearchLabel.setText(QCoreApplication.translate("ReceivingView", u"&Find:", None))
        self.shipSearchEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"RMA, customer, model\u2026", None))
        self.shipScanLabel.setText(QCoreApplication.translate("ReceivingView", u"Scan s&erial:", None))
        self.shipScanEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Scan each unit going into the box", None))
        self.shipRmaLabel.setText(QCoreApplication.translate("ReceivingView", u"RMAs with units ready to ship", None))
        self.shipUnitsLabel.setText(QCoreApplication.translate("ReceivingView", u"Units of the selected RMA (tick or scan what goes into the box)", None))
        self.shipNoteBox.setTitle(QCoreApplication.translate("ReceivingView", u"Shipping note", None))
        self.carrierLabel.setText(QCoreApplication.translate("ReceivingView", u"&Carrier:", None))
        self.trackingLabel.setText(QCoreApplication.translate("ReceivingView", u"&Tracking no.:", None))
        self.addressLabel.setText(QCoreApplication.translate("ReceivingView", u"A&ddress:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Where the parcel goes (the customer's last address is offered)", None))
        self.packageLabelTitle.setText(QCoreApplication.translate("ReceivingView", u"Package label", None))
        self.tickAllButton.setText(QCoreApplication.translate("ReceivingView", u"Tick &all", None))
#if QT_CONFIG(tooltip)
        self.shipButton.setToolTip(QCoreApplication.translate("ReceivingView", u"Issue the signed shipping note and ship the ticked units", None))
#endif // QT_CONFIG(tooltip)
        self.shipButton.setText(QCoreApplication.translate("ReceivingView", u"&Ship\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.shippingTab), QCoreApplication.translate("ReceivingView", u"S&hipping", None))
    # retranslateUi

