# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_supervisor.ui'
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
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from benchapp.ui.stations.base import ScanEdit

class Ui_SupervisorView(object):
    def setupUi(self, SupervisorView):
        if not SupervisorView.objectName():
            SupervisorView.setObjectName(u"SupervisorView")
        SupervisorView.resize(1280, 800)
        self.rootLayout = QVBoxLayout(SupervisorView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanLabel = QLabel(SupervisorView)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanRow.addWidget(self.scanLabel)

        self.scanEdit = ScanEdit(SupervisorView)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(260, 0))

        self.scanRow.addWidget(self.scanEdit)

        self.scanSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scanRow.addItem(self.scanSpacer)

        self.refreshButton = QPushButton(SupervisorView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.scanRow.addWidget(self.refreshButton)


        self.rootLayout.addLayout(self.scanRow)

        self.tabs = QTabWidget(SupervisorView)
        self.tabs.setObjectName(u"tabs")
        self.decisionsTab = QWidget()
        self.decisionsTab.setObjectName(u"decisionsTab")
        self.decisionsLayout = QHBoxLayout(self.decisionsTab)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsSplitter = QSplitter(self.decisionsTab)
        self.decisionsSplitter.setObjectName(u"decisionsSplitter")
        self.decisionsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.decisionsSplitter.setChildrenCollapsible(False)
        self.queuePane = QWidget(self.decisionsSplitter)
        self.queuePane.setObjectName(u"queuePane")
        self.queueLayout = QVBoxLayout(self.queuePane)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kindLabel = QLabel(self.queuePane)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.queuePane)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.kindCombo)

        self.searchEdit = QLineEdit(self.queuePane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.othersCheck = QCheckBox(self.queuePane)
        self.othersCheck.setObjectName(u"othersCheck")

        self.filterRow.addWidget(self.othersCheck)


        self.queueLayout.addLayout(self.filterRow)

        self.queueTable = QTableView(self.queuePane)
        self.queueTable.setObjectName(u"queueTable")

        self.queueLayout.addWidget(self.queueTable)

        self.queueCountLabel = QLabel(self.queuePane)
        self.queueCountLabel.setObjectName(u"queueCountLabel")
        self.queueCountLabel.setText(u"")

        self.queueLayout.addWidget(self.queueCountLabel)

        self.decisionsSplitter.addWidget(self.queuePane)
        self.decisionBox = QGroupBox(self.decisionsSplitter)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QVBoxLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.detailLabel = QLabel(self.decisionBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decisionLayout.addWidget(self.detailLabel)

        self.fixtureLabel = QLabel(self.decisionBox)
        self.fixtureLabel.setObjectName(u"fixtureLabel")
        self.fixtureLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.fixtureLabel)

        self.fixtureTable = QTableView(self.decisionBox)
        self.fixtureTable.setObjectName(u"fixtureTable")
        self.fixtureTable.setMaximumSize(QSize(16777215, 120))
        self.fixtureTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fixtureTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.decisionLayout.addWidget(self.fixtureTable)

        self.decisionForm = QFormLayout()
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decisionLabel = QLabel(self.decisionBox)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(self.decisionBox)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.reasonLabel = QLabel(self.decisionBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.decisionBox)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 140))
        self.reasonEdit.setTabChangesFocus(True)

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.replacementLabel = QLabel(self.decisionBox)
        self.replacementLabel.setObjectName(u"replacementLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replacementLabel)

        self.replacementEdit = QLineEdit(self.decisionBox)
        self.replacementEdit.setObjectName(u"replacementEdit")
        self.replacementEdit.setMaxLength(64)

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.replacementEdit)

        self.dueDateLabel = QLabel(self.decisionBox)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueDateLabel)

        self.dueDateEdit = QDateEdit(self.decisionBox)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)
        self.dueDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueDateEdit)

        self.repairPeopleLabel = QLabel(self.decisionBox)
        self.repairPeopleLabel.setObjectName(u"repairPeopleLabel")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repairPeopleLabel)

        self.repairPeopleCombo = QComboBox(self.decisionBox)
        self.repairPeopleCombo.setObjectName(u"repairPeopleCombo")
        self.repairPeopleCombo.setEditable(True)
        self.repairPeopleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repairPeopleCombo)

        self.productionPeopleLabel = QLabel(self.decisionBox)
        self.productionPeopleLabel.setObjectName(u"productionPeopleLabel")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.productionPeopleLabel)

        self.productionPeopleCombo = QComboBox(self.decisionBox)
        self.productionPeopleCombo.setObjectName(u"productionPeopleCombo")
        self.productionPeopleCombo.setEditable(True)
        self.productionPeopleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.productionPeopleCombo)

        self.techPeopleLabel = QLabel(self.decisionBox)
        self.techPeopleLabel.setObjectName(u"techPeopleLabel")

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.techPeopleLabel)

        self.techPeopleCombo = QComboBox(self.decisionBox)
        self.techPeopleCombo.setObjectName(u"techPeopleCombo")
        self.techPeopleCombo.setEditable(True)
        self.techPeopleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.techPeopleCombo)

        self.businessPeopleLabel = QLabel(self.decisionBox)
        self.businessPeopleLabel.setObjectName(u"businessPeopleLabel")

        self.decisionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.businessPeopleLabel)

        self.businessPeopleCombo = QComboBox(self.decisionBox)
        self.businessPeopleCombo.setObjectName(u"businessPeopleCombo")
        self.businessPeopleCombo.setEditable(True)
        self.businessPeopleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.decisionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.businessPeopleCombo)


        self.decisionLayout.addLayout(self.decisionForm)

        self.signRow = QHBoxLayout()
        self.signRow.setObjectName(u"signRow")
        self.signSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signRow.addItem(self.signSpacer)

        self.capaFromEscalationButton = QPushButton(self.decisionBox)
        self.capaFromEscalationButton.setObjectName(u"capaFromEscalationButton")

        self.signRow.addWidget(self.capaFromEscalationButton)

        self.signButton = QPushButton(self.decisionBox)
        self.signButton.setObjectName(u"signButton")

        self.signRow.addWidget(self.signButton)


        self.decisionLayout.addLayout(self.signRow)

        self.decisionSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decisionLayout.addItem(self.decisionSpacer)

        self.decisionsSplitter.addWidget(self.decisionBox)

        self.decisionsLayout.addWidget(self.decisionsSplitter)

        self.tabs.addTab(self.decisionsTab, "")
        self.overdueTab = QWidget()
        self.overdueTab.setObjectName(u"overdueTab")
        self.overdueLayout = QVBoxLayout(self.overdueTab)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueRow = QHBoxLayout()
        self.overdueRow.setObjectName(u"overdueRow")
        self.checkHandoversButton = QPushButton(self.overdueTab)
        self.checkHandoversButton.setObjectName(u"checkHandoversButton")

        self.overdueRow.addWidget(self.checkHandoversButton)

        self.actOnOverdueButton = QPushButton(self.overdueTab)
        self.actOnOverdueButton.setObjectName(u"actOnOverdueButton")

        self.overdueRow.addWidget(self.actOnOverdueButton)

        self.overdueSearchEdit = QLineEdit(self.overdueTab)
        self.overdueSearchEdit.setObjectName(u"overdueSearchEdit")
        self.overdueSearchEdit.setClearButtonEnabled(True)

        self.overdueRow.addWidget(self.overdueSearchEdit)


        self.overdueLayout.addLayout(self.overdueRow)

        self.overdueTable = QTableView(self.overdueTab)
        self.overdueTable.setObjectName(u"overdueTable")

        self.overdueLayout.addWidget(self.overdueTable)

        self.overdueLegend = QLabel(self.overdueTab)
        self.overdueLegend.setObjectName(u"overdueLegend")

        self.overdueLayout.addWidget(self.overdueLegend)

        self.tabs.addTab(self.overdueTab, "")
        self.complaintsTab = QWidget()
        self.complaintsTab.setObjectName(u"complaintsTab")
        self.complaintsLayout = QVBoxLayout(self.complaintsTab)
        self.complaintsLayout.setObjectName(u"complaintsLayout")
        self.complaintsSplitter = QSplitter(self.complaintsTab)
        self.complaintsSplitter.setObjectName(u"complaintsSplitter")
        self.complaintsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.complaintsSplitter.setChildrenCollapsible(False)
        self.noticesBox = QGroupBox(self.complaintsSplitter)
        self.noticesBox.setObjectName(u"noticesBox")
        self.noticesLayout = QVBoxLayout(self.noticesBox)
        self.noticesLayout.setObjectName(u"noticesLayout")
        self.noticesTable = QTableView(self.noticesBox)
        self.noticesTable.setObjectName(u"noticesTable")

        self.noticesLayout.addWidget(self.noticesTable)

        self.noticeButtons = QHBoxLayout()
        self.noticeButtons.setObjectName(u"noticeButtons")
        self.assignButton = QPushButton(self.noticesBox)
        self.assignButton.setObjectName(u"assignButton")

        self.noticeButtons.addWidget(self.assignButton)

        self.classifyButton = QPushButton(self.noticesBox)
        self.classifyButton.setObjectName(u"classifyButton")

        self.noticeButtons.addWidget(self.classifyButton)

        self.contactButton = QPushButton(self.noticesBox)
        self.contactButton.setObjectName(u"contactButton")

        self.noticeButtons.addWidget(self.contactButton)

        self.attachButton = QPushButton(self.noticesBox)
        self.attachButton.setObjectName(u"attachButton")

        self.noticeButtons.addWidget(self.attachButton)

        self.viewFileButton = QPushButton(self.noticesBox)
        self.viewFileButton.setObjectName(u"viewFileButton")

        self.noticeButtons.addWidget(self.viewFileButton)

        self.exportFileButton = QPushButton(self.noticesBox)
        self.exportFileButton.setObjectName(u"exportFileButton")

        self.noticeButtons.addWidget(self.exportFileButton)

        self.capaFromNoticeButton = QPushButton(self.noticesBox)
        self.capaFromNoticeButton.setObjectName(u"capaFromNoticeButton")

        self.noticeButtons.addWidget(self.capaFromNoticeButton)

        self.noticeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noticeButtons.addItem(self.noticeButtonsSpacer)


        self.noticesLayout.addLayout(self.noticeButtons)

        self.complaintsSplitter.addWidget(self.noticesBox)
        self.actionsBox = QGroupBox(self.complaintsSplitter)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableView(self.actionsBox)
        self.actionsTable.setObjectName(u"actionsTable")

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.newActionButton = QPushButton(self.actionsBox)
        self.newActionButton.setObjectName(u"newActionButton")

        self.actionButtons.addWidget(self.newActionButton)

        self.implementedButton = QPushButton(self.actionsBox)
        self.implementedButton.setObjectName(u"implementedButton")

        self.actionButtons.addWidget(self.implementedButton)

        self.actionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionButtonsSpacer)


        self.actionsLayout.addLayout(self.actionButtons)

        self.complaintsSplitter.addWidget(self.actionsBox)

        self.complaintsLayout.addWidget(self.complaintsSplitter)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.noteLabel = QLabel(self.complaintsTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.closeRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(self.complaintsTab)
        self.noteEdit.setObjectName(u"noteEdit")

        self.closeRow.addWidget(self.noteEdit)

        self.closeNoticeButton = QPushButton(self.complaintsTab)
        self.closeNoticeButton.setObjectName(u"closeNoticeButton")

        self.closeRow.addWidget(self.closeNoticeButton)

        self.verifyButton = QPushButton(self.complaintsTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.closeRow.addWidget(self.verifyButton)

        self.reopenButton = QPushButton(self.complaintsTab)
        self.reopenButton.setObjectName(u"reopenButton")

        self.closeRow.addWidget(self.reopenButton)


        self.complaintsLayout.addLayout(self.closeRow)

        self.tabs.addTab(self.complaintsTab, "")
        self.statisticsTab = QWidget()
        self.statisticsTab.setObjectName(u"statisticsTab")
        self.statisticsLayout = QVBoxLayout(self.statisticsTab)
        self.statisticsLayout.setObjectName(u"statisticsLayout")
        self.statisticsPlaceholder = QLabel(self.statisticsTab)
        self.statisticsPlaceholder.setObjectName(u"statisticsPlaceholder")
        self.statisticsPlaceholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statisticsPlaceholder.setWordWrap(True)

        self.statisticsLayout.addWidget(self.statisticsPlaceholder)

        self.tabs.addTab(self.statisticsTab, "")

        self.rootLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.replacementLabel.setBuddy(self.replacementEdit)
        self.dueDateLabel.setBuddy(self.dueDateEdit)
        self.repairPeopleLabel.setBuddy(self.repairPeopleCombo)
        self.productionPeopleLabel.setBuddy(self.productionPeopleCombo)
        self.techPeopleLabel.setBuddy(self.techPeopleCombo)
        self.businessPeopleLabel.setBuddy(self.businessPeopleCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanEdit, self.tabs)
        QWidget.setTabOrder(self.tabs, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.othersCheck)
        QWidget.setTabOrder(self.othersCheck, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.replacementEdit)
        QWidget.setTabOrder(self.replacementEdit, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.repairPeopleCombo)
        QWidget.setTabOrder(self.repairPeopleCombo, self.productionPeopleCombo)
        QWidget.setTabOrder(self.productionPeopleCombo, self.techPeopleCombo)
        QWidget.setTabOrder(self.techPeopleCombo, self.businessPeopleCombo)
        QWidget.setTabOrder(self.businessPeopleCombo, self.capaFromEscalationButton)
        QWidget.setTabOrder(self.capaFromEscalationButton, self.signButton)
        QWidget.setTabOrder(self.signButton, self.checkHandoversButton)
        QWidget.setTabOrder(self.checkHandoversButton, self.actOnOverdueButton)
        QWidget.setTabOrder(self.actOnOverdueButton, self.overdueSearchEdit)
        QWidget.setTabOrder(self.overdueSearchEdit, self.overdueTable)
        QWidget.setTabOrder(self.overdueTable, self.noticesTable)
        QWidget.setTabOrder(self.noticesTable, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.classifyButton)
        QWidget.setTabOrder(self.classifyButton, self.contactButton)
        QWidget.setTabOrder(self.contactButton, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.viewFileButton)
        QWidget.setTabOrder(self.viewFileButton, self.exportFileButton)
        QWidget.setTabOrder(self.exportFileButton, self.capaFromNoticeButton)
        QWidget.setTabOrder(self.capaFromNoticeButton, self.actionsTable)
        QWidget.setTabOrder(self.actionsTable, self.newActionButton)
        QWidget.setTabOrder(self.newActionButton, self.implementedButton)
        QWidget.setTabOrder(self.implementedButton, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.closeNoticeButton)
        QWidget.setTabOrder(self.closeNoticeButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.refreshButton)

        self.retranslateUi(SupervisorView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SupervisorView)
    # setupUi

    def retranslateUi(self, SupervisorView):
        self.scanLabel.setText(QCoreApplication.translate("SupervisorView", u"&Scan unit or RMA:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("SupervisorView", u"Scan or type a serial or RMA number, then Enter", None))
        self.refreshButton.setText(QCoreApplication.translate("SupervisorView", u"&Refresh", None))
        self.kindLabel.setText(QCoreApplication.translate("SupervisorView", u"&Kind:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SupervisorView", u"Search the queue", None))
        self.othersCheck.setText(QCoreApplication.translate("SupervisorView", u"Show &others' escalations", None))
#if QT_CONFIG(tooltip)
        self.othersCheck.setToolTip(QCoreApplication.translate("SupervisorView", u"Also list escalations that other supervisors decide (read-only here)", None))
#endif // QT_CONFIG(tooltip)
        self.decisionBox.setTitle(QCoreApplication.translate("SupervisorView", u"Decision", None))
        self.detailLabel.setText(QCoreApplication.translate("SupervisorView", u"Select an escalation in the list.", None))
        self.fixtureLabel.setText(QCoreApplication.translate("SupervisorView", u"Fixture data:", None))
        self.decisionLabel.setText(QCoreApplication.translate("SupervisorView", u"D&ecision:", None))
        self.reasonLabel.setText(QCoreApplication.translate("SupervisorView", u"Re&ason (required):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("SupervisorView", u"Who took part and why this decision (required). Ctrl+Enter signs.", None))
        self.replacementLabel.setText(QCoreApplication.translate("SupervisorView", u"Re&placement serial:", None))
        self.dueDateLabel.setText(QCoreApplication.translate("SupervisorView", u"New d&ue date:", None))
        self.repairPeopleLabel.setText(QCoreApplication.translate("SupervisorView", u"Repair:", None))
        self.productionPeopleLabel.setText(QCoreApplication.translate("SupervisorView", u"Production:", None))
        self.techPeopleLabel.setText(QCoreApplication.translate("SupervisorView", u"Tech:", None))
        self.businessPeopleLabel.setText(QCoreApplication.translate("SupervisorView", u"Business:", None))
        self.capaFromEscalationButton.setText(QCoreApplication.translate("SupervisorView", u"Corrective actio&n\u2026", None))
#if QT_CONFIG(tooltip)
        self.capaFromEscalationButton.setToolTip(QCoreApplication.translate("SupervisorView", u"Open a corrective action from this no-fault-found or cannot-find-fault escalation (step 10)", None))
#endif // QT_CONFIG(tooltip)
        self.signButton.setText(QCoreApplication.translate("SupervisorView", u"Si&gn decision\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.decisionsTab), QCoreApplication.translate("SupervisorView", u"&Decisions", None))
        self.checkHandoversButton.setText(QCoreApplication.translate("SupervisorView", u"Check overdue &handovers", None))
#if QT_CONFIG(tooltip)
        self.checkHandoversButton.setToolTip(QCoreApplication.translate("SupervisorView", u"Raise an escalation for every slip left uncounted past the shop's limit", None))
#endif // QT_CONFIG(tooltip)
        self.actOnOverdueButton.setText(QCoreApplication.translate("SupervisorView", u"&Work on it\u2026", None))
#if QT_CONFIG(tooltip)
        self.actOnOverdueButton.setToolTip(QCoreApplication.translate("SupervisorView", u"Record the contact, attach the report, close, implement or verify: what the selected item waits for", None))
#endif // QT_CONFIG(tooltip)
        self.overdueSearchEdit.setPlaceholderText(QCoreApplication.translate("SupervisorView", u"Search overdue items", None))
        self.overdueLegend.setText(QCoreApplication.translate("SupervisorView", u"Red: more than a day late. Yellow: late.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overdueTab), QCoreApplication.translate("SupervisorView", u"&Overdue", None))
        self.noticesBox.setTitle(QCoreApplication.translate("SupervisorView", u"Customer complaint notices", None))
        self.assignButton.setText(QCoreApplication.translate("SupervisorView", u"Ass&ign\u2026", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("SupervisorView", u"Give the notice to a QC engineer who works it to closure", None))
#endif // QT_CONFIG(tooltip)
        self.classifyButton.setText(QCoreApplication.translate("SupervisorView", u"Classif&y\u2026", None))
#if QT_CONFIG(tooltip)
        self.classifyButton.setToolTip(QCoreApplication.translate("SupervisorView", u"\u91cd\u5927 major: 8D within 5 working days; \u4e00\u822c general: report within 2", None))
#endif // QT_CONFIG(tooltip)
        self.contactButton.setText(QCoreApplication.translate("SupervisorView", u"Record c&ustomer contact\u2026", None))
#if QT_CONFIG(tooltip)
        self.contactButton.setToolTip(QCoreApplication.translate("SupervisorView", u"Within 2 working hours of the notice: time, person, channel, note", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("SupervisorView", u"Attach &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("SupervisorView", u"The improvement report or the 8D, a PDF or an image", None))
#endif // QT_CONFIG(tooltip)
        self.viewFileButton.setText(QCoreApplication.translate("SupervisorView", u"Vie&w file", None))
        self.exportFileButton.setText(QCoreApplication.translate("SupervisorView", u"E&xport file\u2026", None))
        self.capaFromNoticeButton.setText(QCoreApplication.translate("SupervisorView", u"New corrective &action\u2026", None))
#if QT_CONFIG(tooltip)
        self.capaFromNoticeButton.setToolTip(QCoreApplication.translate("SupervisorView", u"Open a corrective action from the selected notice (step 10)", None))
#endif // QT_CONFIG(tooltip)
        self.actionsBox.setTitle(QCoreApplication.translate("SupervisorView", u"Corrective actions", None))
        self.newActionButton.setText(QCoreApplication.translate("SupervisorView", u"New corrective action from an RMA or escalatio&n\u2026", None))
        self.implementedButton.setText(QCoreApplication.translate("SupervisorView", u"I&mplemented\u2026", None))
#if QT_CONFIG(tooltip)
        self.implementedButton.setToolTip(QCoreApplication.translate("SupervisorView", u"The responsible person records the measure in place", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("SupervisorView", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("SupervisorView", u"Closing or verification note (required)", None))
        self.closeNoticeButton.setText(QCoreApplication.translate("SupervisorView", u"C&lose notice\u2026", None))
        self.verifyButton.setText(QCoreApplication.translate("SupervisorView", u"&Verify action: effective\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("SupervisorView", u"Not effec&tive\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.complaintsTab), QCoreApplication.translate("SupervisorView", u"&Complaints && actions", None))
        self.statisticsPlaceholder.setText(QCoreApplication.translate("SupervisorView", u"The statistics charts are not installed in this version.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statisticsTab), QCoreApplication.translate("SupervisorView", u"S&tatistics", None))
        pass
    # retranslateUi

