# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QSplitter, QStatusBar, QTabWidget,
    QTableView, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 720)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionHistory = QAction(MainWindow)
        self.actionHistory.setObjectName(u"actionHistory")
#if QT_CONFIG(shortcut)
        self.actionHistory.setShortcut(u"Ctrl+H")
#endif // QT_CONFIG(shortcut)
        self.actionChangeStation = QAction(MainWindow)
        self.actionChangeStation.setObjectName(u"actionChangeStation")
#if QT_CONFIG(shortcut)
        self.actionChangeStation.setShortcut(u"F2")
#endif // QT_CONFIG(shortcut)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+Shift+L")
#endif // QT_CONFIG(shortcut)
        self.actionLogOut = QAction(MainWindow)
        self.actionLogOut.setObjectName(u"actionLogOut")
#if QT_CONFIG(shortcut)
        self.actionLogOut.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(8)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(10, 8, 10, 4)
        self.tabs = QTabWidget(self.centralWidget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.stationPage = QWidget()
        self.stationPage.setObjectName(u"stationPage")
        self.stationLayout = QVBoxLayout(self.stationPage)
        self.stationLayout.setObjectName(u"stationLayout")
        self.stationLayout.setContentsMargins(0, 6, 0, 0)
        self.tabs.addTab(self.stationPage, "")
        self.rmaPage = QWidget()
        self.rmaPage.setObjectName(u"rmaPage")
        self.rmaPageLayout = QVBoxLayout(self.rmaPage)
        self.rmaPageLayout.setObjectName(u"rmaPageLayout")
        self.rmaPageLayout.setContentsMargins(0, 6, 0, 0)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.rmaPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.rmaPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(self.rmaPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(120, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchLayout.addWidget(self.countLabel)


        self.rmaPageLayout.addLayout(self.searchLayout)

        self.errorFrame = QFrame(self.rmaPage)
        self.errorFrame.setObjectName(u"errorFrame")
        self.errorFrame.setStyleSheet(u"QFrame#errorFrame { background: #fdecea; border: 1px solid #e0a4a0; border-radius: 4px; }\n"
"      QLabel { color: #8a1c14; }")
        self.errorFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.errorLayout = QHBoxLayout(self.errorFrame)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLayout.setContentsMargins(10, 6, 6, 6)
        self.errorLabel = QLabel(self.errorFrame)
        self.errorLabel.setObjectName(u"errorLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.errorLabel.sizePolicy().hasHeightForWidth())
        self.errorLabel.setSizePolicy(sizePolicy)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.retryButton = QPushButton(self.errorFrame)
        self.retryButton.setObjectName(u"retryButton")

        self.errorLayout.addWidget(self.retryButton)


        self.rmaPageLayout.addWidget(self.errorFrame)

        self.splitter = QSplitter(self.rmaPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.rmaTable = QTableView(self.splitter)
        self.rmaTable.setObjectName(u"rmaTable")
        self.rmaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rmaTable.setAlternatingRowColors(True)
        self.rmaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rmaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rmaTable.setSortingEnabled(True)
        self.rmaTable.setWordWrap(False)
        self.splitter.addWidget(self.rmaTable)
        self.rmaTable.horizontalHeader().setStretchLastSection(True)
        self.rmaTable.verticalHeader().setVisible(False)
        self.unitsGroup = QGroupBox(self.splitter)
        self.unitsGroup.setObjectName(u"unitsGroup")
        self.unitsLayout = QVBoxLayout(self.unitsGroup)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsLayout.setContentsMargins(6, 6, 6, 6)
        self.unitTable = QTableView(self.unitsGroup)
        self.unitTable.setObjectName(u"unitTable")
        self.unitTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitTable.setAlternatingRowColors(True)
        self.unitTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitTable.setSortingEnabled(True)
        self.unitTable.setWordWrap(False)
        self.unitTable.horizontalHeader().setStretchLastSection(True)
        self.unitTable.verticalHeader().setVisible(False)

        self.unitsLayout.addWidget(self.unitTable)

        self.splitter.addWidget(self.unitsGroup)

        self.rmaPageLayout.addWidget(self.splitter)

        self.tabs.addTab(self.rmaPage, "")

        self.centralLayout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuBar.setGeometry(QRect(0, 0, 1180, 24))
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.stationMenu = QMenu(self.menuBar)
        self.stationMenu.setObjectName(u"stationMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.rmaTable)
        QWidget.setTabOrder(self.rmaTable, self.unitTable)
        QWidget.setTabOrder(self.unitTable, self.retryButton)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.stationMenu.menuAction())
        self.fileMenu.addAction(self.actionRefresh)
        self.fileMenu.addAction(self.actionHistory)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionSettings)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionLock)
        self.fileMenu.addAction(self.actionLogOut)
        self.fileMenu.addAction(self.actionQuit)
        self.stationMenu.addAction(self.actionChangeStation)
        self.toolBar.addAction(self.actionRefresh)
        self.toolBar.addAction(self.actionHistory)
        self.toolBar.addAction(self.actionChangeStation)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionLock)
        self.toolBar.addAction(self.actionLogOut)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"After-sales repair bench", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Reload the list from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.actionHistory.setText(QCoreApplication.translate("MainWindow", u"&History\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionHistory.setToolTip(QCoreApplication.translate("MainWindow", u"Open the full history of an RMA or unit (Ctrl+H)", None))
#endif // QT_CONFIG(tooltip)
        self.actionChangeStation.setText(QCoreApplication.translate("MainWindow", u"&Change station\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionChangeStation.setToolTip(QCoreApplication.translate("MainWindow", u"Work at another station your roles allow (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"Loc&k", None))
#if QT_CONFIG(tooltip)
        self.actionLock.setToolTip(QCoreApplication.translate("MainWindow", u"Lock the screen while you are away (Ctrl+Shift+L)", None))
#endif // QT_CONFIG(tooltip)
        self.actionLogOut.setText(QCoreApplication.translate("MainWindow", u"&Log out", None))
#if QT_CONFIG(tooltip)
        self.actionLogOut.setToolTip(QCoreApplication.translate("MainWindow", u"Sign out and return to the sign-in window", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stationPage), QCoreApplication.translate("MainWindow", u"Station", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"RMA no., customer, model, or scan a unit serial number", None))
        self.retryButton.setText(QCoreApplication.translate("MainWindow", u"&Retry", None))
        self.unitsGroup.setTitle(QCoreApplication.translate("MainWindow", u"Units", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rmaPage), QCoreApplication.translate("MainWindow", u"All RMAs", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.stationMenu.setTitle(QCoreApplication.translate("MainWindow", u"S&tation", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

