# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervisor_charts.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_SupervisorCharts(object):
    def setupUi(self, SupervisorCharts):
        if not SupervisorCharts.objectName():
            SupervisorCharts.setObjectName(u"SupervisorCharts")
        SupervisorCharts.resize(1280, 800)
        self.mainLayout = QVBoxLayout(SupervisorCharts)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.weekLayout = QHBoxLayout()
        self.weekLayout.setSpacing(6)
        self.weekLayout.setObjectName(u"weekLayout")
        self.weekLabel = QLabel(SupervisorCharts)
        self.weekLabel.setObjectName(u"weekLabel")

        self.weekLayout.addWidget(self.weekLabel)

        self.yearSpin = QSpinBox(SupervisorCharts)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setKeyboardTracking(False)
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.weekLayout.addWidget(self.yearSpin)

        self.weekSpin = QSpinBox(SupervisorCharts)
        self.weekSpin.setObjectName(u"weekSpin")
        self.weekSpin.setKeyboardTracking(False)
        self.weekSpin.setPrefix(u"W")
        self.weekSpin.setMinimum(1)
        self.weekSpin.setMaximum(53)

        self.weekLayout.addWidget(self.weekSpin)

        self.previousButton = QPushButton(SupervisorCharts)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)

        self.weekLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(SupervisorCharts)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.weekLayout.addWidget(self.nextButton)

        self.thisWeekButton = QPushButton(SupervisorCharts)
        self.thisWeekButton.setObjectName(u"thisWeekButton")
        self.thisWeekButton.setAutoDefault(False)

        self.weekLayout.addWidget(self.thisWeekButton)

        self.refreshButton = QPushButton(SupervisorCharts)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.weekLayout.addWidget(self.refreshButton)

        self.statusLabel = QLabel(SupervisorCharts)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setText(u"")
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.weekLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.weekLayout)

        self.splitter = QSplitter(SupervisorCharts)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chartsPage = QWidget(self.splitter)
        self.chartsPage.setObjectName(u"chartsPage")
        self.chartsLayout = QGridLayout(self.chartsPage)
        self.chartsLayout.setSpacing(6)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.paretoBox = QGroupBox(self.chartsPage)
        self.paretoBox.setObjectName(u"paretoBox")
        self.paretoLayout = QVBoxLayout(self.paretoBox)
        self.paretoLayout.setObjectName(u"paretoLayout")
        self.paretoLayout.setContentsMargins(2, 2, 2, 2)

        self.chartsLayout.addWidget(self.paretoBox, 0, 0, 1, 1)

        self.trendBox = QGroupBox(self.chartsPage)
        self.trendBox.setObjectName(u"trendBox")
        self.trendLayout = QVBoxLayout(self.trendBox)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(2, 2, 2, 2)
        self.trendOptionsLayout = QHBoxLayout()
        self.trendOptionsLayout.setObjectName(u"trendOptionsLayout")
        self.trendLineLabel = QLabel(self.trendBox)
        self.trendLineLabel.setObjectName(u"trendLineLabel")

        self.trendOptionsLayout.addWidget(self.trendLineLabel)

        self.trendLineCombo = QComboBox(self.trendBox)
        self.trendLineCombo.setObjectName(u"trendLineCombo")

        self.trendOptionsLayout.addWidget(self.trendLineCombo)

        self.trendOptionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trendOptionsLayout.addItem(self.trendOptionsSpacer)


        self.trendLayout.addLayout(self.trendOptionsLayout)


        self.chartsLayout.addWidget(self.trendBox, 0, 1, 1, 1)

        self.modelBox = QGroupBox(self.chartsPage)
        self.modelBox.setObjectName(u"modelBox")
        self.modelLayout = QVBoxLayout(self.modelBox)
        self.modelLayout.setObjectName(u"modelLayout")
        self.modelLayout.setContentsMargins(2, 2, 2, 2)

        self.chartsLayout.addWidget(self.modelBox, 1, 0, 1, 1)

        self.responsibilityBox = QGroupBox(self.chartsPage)
        self.responsibilityBox.setObjectName(u"responsibilityBox")
        self.responsibilityLayout = QVBoxLayout(self.responsibilityBox)
        self.responsibilityLayout.setObjectName(u"responsibilityLayout")
        self.responsibilityLayout.setContentsMargins(2, 2, 2, 2)
        self.responsibilityOptionsLayout = QHBoxLayout()
        self.responsibilityOptionsLayout.setObjectName(u"responsibilityOptionsLayout")
        self.responsibilityLabel = QLabel(self.responsibilityBox)
        self.responsibilityLabel.setObjectName(u"responsibilityLabel")

        self.responsibilityOptionsLayout.addWidget(self.responsibilityLabel)

        self.responsibilityCombo = QComboBox(self.responsibilityBox)
        self.responsibilityCombo.setObjectName(u"responsibilityCombo")

        self.responsibilityOptionsLayout.addWidget(self.responsibilityCombo)

        self.responsibilityOptionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.responsibilityOptionsLayout.addItem(self.responsibilityOptionsSpacer)


        self.responsibilityLayout.addLayout(self.responsibilityOptionsLayout)


        self.chartsLayout.addWidget(self.responsibilityBox, 1, 1, 1, 1)

        self.splitter.addWidget(self.chartsPage)
        self.unitsBox = QGroupBox(self.splitter)
        self.unitsBox.setObjectName(u"unitsBox")
        self.unitsLayout = QVBoxLayout(self.unitsBox)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsLayout.setContentsMargins(4, 4, 4, 4)
        self.unitsOptionsLayout = QHBoxLayout()
        self.unitsOptionsLayout.setObjectName(u"unitsOptionsLayout")
        self.barLabel = QLabel(self.unitsBox)
        self.barLabel.setObjectName(u"barLabel")

        self.unitsOptionsLayout.addWidget(self.barLabel)

        self.barCombo = QComboBox(self.unitsBox)
        self.barCombo.setObjectName(u"barCombo")
        self.barCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.barCombo.setMinimumContentsLength(28)

        self.unitsOptionsLayout.addWidget(self.barCombo)

        self.searchLabel = QLabel(self.unitsBox)
        self.searchLabel.setObjectName(u"searchLabel")

        self.unitsOptionsLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.unitsBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.unitsOptionsLayout.addWidget(self.searchEdit)

        self.unitsCountLabel = QLabel(self.unitsBox)
        self.unitsCountLabel.setObjectName(u"unitsCountLabel")
        self.unitsCountLabel.setText(u"")

        self.unitsOptionsLayout.addWidget(self.unitsCountLabel)


        self.unitsLayout.addLayout(self.unitsOptionsLayout)

        self.unitsTable = QTableView(self.unitsBox)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setMinimumSize(QSize(0, 120))

        self.unitsLayout.addWidget(self.unitsTable)

        self.splitter.addWidget(self.unitsBox)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.weekLabel.setBuddy(self.yearSpin)
        self.trendLineLabel.setBuddy(self.trendLineCombo)
        self.responsibilityLabel.setBuddy(self.responsibilityCombo)
        self.barLabel.setBuddy(self.barCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.weekSpin)
        QWidget.setTabOrder(self.weekSpin, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.thisWeekButton)
        QWidget.setTabOrder(self.thisWeekButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.trendLineCombo)
        QWidget.setTabOrder(self.trendLineCombo, self.responsibilityCombo)
        QWidget.setTabOrder(self.responsibilityCombo, self.barCombo)
        QWidget.setTabOrder(self.barCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.unitsTable)

        self.retranslateUi(SupervisorCharts)

        QMetaObject.connectSlotsByName(SupervisorCharts)
    # setupUi

    def retranslateUi(self, SupervisorCharts):
        SupervisorCharts.setWindowTitle(QCoreApplication.translate("SupervisorCharts", u"Weekly repair statistics", None))
        self.weekLabel.setText(QCoreApplication.translate("SupervisorCharts", u"ISO &week:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("SupervisorCharts", u"Year of the ISO week", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weekSpin.setToolTip(QCoreApplication.translate("SupervisorCharts", u"ISO week number (Monday to Sunday)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("SupervisorCharts", u"The week before (PgUp)", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("SupervisorCharts", u"&Previous", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("SupervisorCharts", u"The week after (PgDown)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("SupervisorCharts", u"&Next", None))
        self.thisWeekButton.setText(QCoreApplication.translate("SupervisorCharts", u"&This week", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("SupervisorCharts", u"Read the figures again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("SupervisorCharts", u"Re&fresh", None))
        self.paretoBox.setTitle(QCoreApplication.translate("SupervisorCharts", u"Failure causes (Pareto)", None))
        self.trendBox.setTitle(QCoreApplication.translate("SupervisorCharts", u"Weekly trend (52 weeks)", None))
        self.trendLineLabel.setText(QCoreApplication.translate("SupervisorCharts", u"Second &line:", None))
        self.modelBox.setTitle(QCoreApplication.translate("SupervisorCharts", u"Units by model", None))
        self.responsibilityBox.setTitle(QCoreApplication.translate("SupervisorCharts", u"Responsibility", None))
        self.responsibilityLabel.setText(QCoreApplication.translate("SupervisorCharts", u"Split &by:", None))
        self.unitsBox.setTitle(QCoreApplication.translate("SupervisorCharts", u"Units behind a bar", None))
        self.barLabel.setText(QCoreApplication.translate("SupervisorCharts", u"B&ar:", None))
#if QT_CONFIG(tooltip)
        self.barCombo.setToolTip(QCoreApplication.translate("SupervisorCharts", u"Click a bar in a chart, or choose it here", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("SupervisorCharts", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SupervisorCharts", u"RMA no., serial, model, root cause", None))
#if QT_CONFIG(tooltip)
        self.unitsTable.setToolTip(QCoreApplication.translate("SupervisorCharts", u"Double-click or press Enter to open the unit's history", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

