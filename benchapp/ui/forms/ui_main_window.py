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
    QSizePolicy, QSplitter, QStatusBar, QTableView,
    QToolBar, QVBoxLayout, QWidget)

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
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.centralWidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.centralWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(self.centralWidget)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(120, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchLayout.addWidget(self.countLabel)


        self.centralLayout.addLayout(self.searchLayout)

        self.errorFrame = QFrame(self.centralWidget)
        self.errorFrame.setObjectName(u"errorFrame")
        self.errorFrame.setStyleSheet(u"QFrame#errorFrame { background: #fdecea; border: 1px solid #e0a4a0; border-radius: 4px; }\n"
"QLabel { color: #8a1c14; }")
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


        self.centralLayout.addWidget(self.errorFrame)

        self.splitter = QSplitter(self.centralWidget)
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

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuBar.setGeometry(QRect(0, 0, 1180, 24))
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
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
        QWidget.setTabOrder(self.searchEdit, self.rmaTable)
        QWidget.setTabOrder(self.rmaTable, self.unitTable)
        QWidget.setTabOrder(self.unitTable, self.retryButton)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.fileMenu.addAction(self.actionRefresh)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionLogOut)
        self.fileMenu.addAction(self.actionQuit)
        self.toolBar.addAction(self.actionRefresh)
        self.toolBar.addSeparator()
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
        self.actionLogOut.setText(QCoreApplication.translate("MainWindow", u"&Log out", None))
#if QT_CONFIG(tooltip)
        self.actionLogOut.setToolTip(QCoreApplication.translate("MainWindow", u"Sign out and return to the sign-in window", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"RMA no., customer, model, or scan a unit serial number", None))
        self.retryButton.setText(QCoreApplication.translate("MainWindow", u"&Retry", None))
        self.unitsGroup.setTitle(QCoreApplication.translate("MainWindow", u"Units", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

