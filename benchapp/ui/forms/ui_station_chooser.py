# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_chooser.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StationChooserDialog(object):
    def setupUi(self, StationChooserDialog):
        if not StationChooserDialog.objectName():
            StationChooserDialog.setObjectName(u"StationChooserDialog")
        StationChooserDialog.resize(640, 340)
        StationChooserDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(StationChooserDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(StationChooserDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.stationTree = QTreeWidget(StationChooserDialog)
        self.stationTree.setObjectName(u"stationTree")
        self.stationTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stationTree.setAlternatingRowColors(True)
        self.stationTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stationTree.setRootIsDecorated(False)
        self.stationTree.setUniformRowHeights(True)
        self.stationTree.setItemsExpandable(False)
        self.stationTree.setAllColumnsShowFocus(True)

        self.mainLayout.addWidget(self.stationTree)

        self.keysLabel = QLabel(StationChooserDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setStyleSheet(u"QLabel { color: palette(dark); }")
        self.keysLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.keysLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StationChooserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(StationChooserDialog)
        self.buttonBox.rejected.connect(StationChooserDialog.reject)

        QMetaObject.connectSlotsByName(StationChooserDialog)
    # setupUi

    def retranslateUi(self, StationChooserDialog):
        StationChooserDialog.setWindowTitle(QCoreApplication.translate("StationChooserDialog", u"Choose your station", None))
        ___qtreewidgetitem = self.stationTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("StationChooserDialog", u"What you do there", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("StationChooserDialog", u"Station", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StationChooserDialog", u"Key", None))
        self.keysLabel.setText(QCoreApplication.translate("StationChooserDialog", u"Arrow keys and Enter, or the station's number key.", None))
    # retranslateUi

