# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_packing.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from benchapp.ui.stations.base import ScanEdit
from benchapp.ui.stations.box_scan import BoxScan

class Ui_PackingView(object):
    def setupUi(self, PackingView):
        if not PackingView.objectName():
            PackingView.setObjectName(u"PackingView")
        PackingView.resize(1180, 700)
        self.mainLayout = QVBoxLayout(PackingView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(PackingView)
        self.tabs.setObjectName(u"tabs")
        self.packTab = BoxScan()
        self.packTab.setObjectName(u"packTab")
        self.packLayout = QVBoxLayout(self.packTab)
        self.packLayout.setObjectName(u"packLayout")
        self.packBar = QHBoxLayout()
        self.packBar.setObjectName(u"packBar")
        self.packSearchLabel = QLabel(self.packTab)
        self.packSearchLabel.setObjectName(u"packSearchLabel")

        self.packBar.addWidget(self.packSearchLabel)

        self.packSearchEdit = QLineEdit(self.packTab)
        self.packSearchEdit.setObjectName(u"packSearchEdit")
        self.packSearchEdit.setClearButtonEnabled(True)

        self.packBar.addWidget(self.packSearchEdit)

        self.scanLabel = QLabel(self.packTab)
        self.scanLabel.setObjectName(u"scanLabel")

        self.packBar.addWidget(self.scanLabel)

        self.scanEdit = ScanEdit(self.packTab)
        self.scanEdit.setObjectName(u"scanEdit")

        self.packBar.addWidget(self.scanEdit)


        self.packLayout.addLayout(self.packBar)

        self.packColumns = QHBoxLayout()
        self.packColumns.setSpacing(12)
        self.packColumns.setObjectName(u"packColumns")
        self.rmaColumn = QVBoxLayout()
        self.rmaColumn.setObjectName(u"rmaColumn")
        self.rmaListLabel = QLabel(self.packTab)
        self.rmaListLabel.setObjectName(u"rmaListLabel")

        self.rmaColumn.addWidget(self.rmaListLabel)

        self.rmaTable = QTableView(self.packTab)
        self.rmaTable.setObjectName(u"rmaTable")

        self.rmaColumn.addWidget(self.rmaTable)


        self.packColumns.addLayout(self.rmaColumn)

        self.unitColumn = QVBoxLayout()
        self.unitColumn.setObjectName(u"unitColumn")
        self.unitListLabel = QLabel(self.packTab)
        self.unitListLabel.setObjectName(u"unitListLabel")

        self.unitColumn.addWidget(self.unitListLabel)

        self.unitTable = QTableView(self.packTab)
        self.unitTable.setObjectName(u"unitTable")

        self.unitColumn.addWidget(self.unitTable)

        self.countLabel = QLabel(self.packTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.unitColumn.addWidget(self.countLabel)

        self.packButtons = QHBoxLayout()
        self.packButtons.setObjectName(u"packButtons")
        self.clearTicksButton = QPushButton(self.packTab)
        self.clearTicksButton.setObjectName(u"clearTicksButton")

        self.packButtons.addWidget(self.clearTicksButton)

        self.packButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packButtons.addItem(self.packButtonsSpacer)

        self.packButton = QPushButton(self.packTab)
        self.packButton.setObjectName(u"packButton")

        self.packButtons.addWidget(self.packButton)


        self.unitColumn.addLayout(self.packButtons)


        self.packColumns.addLayout(self.unitColumn)


        self.packLayout.addLayout(self.packColumns)

        self.packResultLabel = QLabel(self.packTab)
        self.packResultLabel.setObjectName(u"packResultLabel")
        self.packResultLabel.setWordWrap(True)
        self.packResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.packLayout.addWidget(self.packResultLabel)

        self.tabs.addTab(self.packTab, "")
        self.packedTab = QWidget()
        self.packedTab.setObjectName(u"packedTab")
        self.packedLayout = QVBoxLayout(self.packedTab)
        self.packedLayout.setObjectName(u"packedLayout")
        self.packedBar = QHBoxLayout()
        self.packedBar.setObjectName(u"packedBar")
        self.packedSearchLabel = QLabel(self.packedTab)
        self.packedSearchLabel.setObjectName(u"packedSearchLabel")

        self.packedBar.addWidget(self.packedSearchLabel)

        self.packedSearchEdit = QLineEdit(self.packedTab)
        self.packedSearchEdit.setObjectName(u"packedSearchEdit")
        self.packedSearchEdit.setClearButtonEnabled(True)

        self.packedBar.addWidget(self.packedSearchEdit)

        self.packedBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packedBar.addItem(self.packedBarSpacer)

        self.handOverButton = QPushButton(self.packedTab)
        self.handOverButton.setObjectName(u"handOverButton")

        self.packedBar.addWidget(self.handOverButton)


        self.packedLayout.addLayout(self.packedBar)

        self.packedTable = QTableView(self.packedTab)
        self.packedTable.setObjectName(u"packedTable")

        self.packedLayout.addWidget(self.packedTable)

        self.tabs.addTab(self.packedTab, "")
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

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.packSearchLabel.setBuddy(self.packSearchEdit)
        self.scanLabel.setBuddy(self.scanEdit)
        self.packedSearchLabel.setBuddy(self.packedSearchEdit)
        self.incomingSearchLabel.setBuddy(self.incomingSearchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.scanEdit)
        QWidget.setTabOrder(self.scanEdit, self.packSearchEdit)
        QWidget.setTabOrder(self.packSearchEdit, self.rmaTable)
        QWidget.setTabOrder(self.rmaTable, self.unitTable)
        QWidget.setTabOrder(self.unitTable, self.clearTicksButton)
        QWidget.setTabOrder(self.clearTicksButton, self.packButton)
        QWidget.setTabOrder(self.packButton, self.packedSearchEdit)
        QWidget.setTabOrder(self.packedSearchEdit, self.handOverButton)
        QWidget.setTabOrder(self.handOverButton, self.packedTable)
        QWidget.setTabOrder(self.packedTable, self.incomingSearchEdit)
        QWidget.setTabOrder(self.incomingSearchEdit, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.incomingTable)

        self.retranslateUi(PackingView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PackingView)
    # setupUi

    def retranslateUi(self, PackingView):
        PackingView.setWindowTitle(QCoreApplication.translate("PackingView", u"Packing", None))
        self.packSearchLabel.setText(QCoreApplication.translate("PackingView", u"&Find:", None))
        self.packSearchEdit.setPlaceholderText(QCoreApplication.translate("PackingView", u"RMA, customer, model\u2026", None))
        self.scanLabel.setText(QCoreApplication.translate("PackingView", u"Scan s&erial:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("PackingView", u"Scan each unit as it goes into the box", None))
        self.rmaListLabel.setText(QCoreApplication.translate("PackingView", u"RMAs with units at packing", None))
        self.unitListLabel.setText(QCoreApplication.translate("PackingView", u"Units of the selected RMA: scan each one to count it", None))
        self.clearTicksButton.setText(QCoreApplication.translate("PackingView", u"&Count again", None))
#if QT_CONFIG(tooltip)
        self.packButton.setToolTip(QCoreApplication.translate("PackingView", u"Pack the counted units and mark the tracking log complete", None))
#endif // QT_CONFIG(tooltip)
        self.packButton.setText(QCoreApplication.translate("PackingView", u"Pac&k", None))
        self.tabs.setTabText(self.tabs.indexOf(self.packTab), QCoreApplication.translate("PackingView", u"&To pack", None))
        self.packedSearchLabel.setText(QCoreApplication.translate("PackingView", u"&Find:", None))
        self.packedSearchEdit.setPlaceholderText(QCoreApplication.translate("PackingView", u"RMA, serial, customer\u2026", None))
#if QT_CONFIG(tooltip)
        self.handOverButton.setToolTip(QCoreApplication.translate("PackingView", u"Hand the selected RMA's packed units and forms to business with a signed transfer slip", None))
#endif // QT_CONFIG(tooltip)
        self.handOverButton.setText(QCoreApplication.translate("PackingView", u"Hand forms to &business\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.packedTab), QCoreApplication.translate("PackingView", u"&Packed, to business", None))
        self.incomingSearchLabel.setText(QCoreApplication.translate("PackingView", u"&Find:", None))
        self.incomingSearchEdit.setPlaceholderText(QCoreApplication.translate("PackingView", u"Slip, RMA, giver\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("PackingView", u"Count the units from QC in by scanning and countersign the slip", None))
#endif // QT_CONFIG(tooltip)
        self.receiveButton.setText(QCoreApplication.translate("PackingView", u"&Receive\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.incomingTab), QCoreApplication.translate("PackingView", u"&Incoming slips", None))
    # retranslateUi

