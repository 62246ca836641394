# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(800, 600)
        self.outerLayout = QVBoxLayout(LockDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leftSpacer)

        self.panel = QFrame(LockDialog)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(460, 0))
        self.panel.setMaximumSize(QSize(600, 16777215))
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setSpacing(12)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(24, 24, 24, 24)
        self.titleLabel = QLabel(self.panel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"QLabel { font-size: 18pt; font-weight: bold; }")
        self.titleLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(self.panel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passwordLabel = QLabel(self.panel)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.panel)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.badgeLabel = QLabel(self.panel)
        self.badgeLabel.setObjectName(u"badgeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.badgeLabel)

        self.badgeEdit = QLineEdit(self.panel)
        self.badgeEdit.setObjectName(u"badgeEdit")
        self.badgeEdit.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.badgeEdit)

        self.pinLabel = QLabel(self.panel)
        self.pinLabel.setObjectName(u"pinLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.panel)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMaxLength(8)
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.panelLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(self.panel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #a4262c; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.logOutButton = QPushButton(self.panel)
        self.logOutButton.setObjectName(u"logOutButton")
        self.logOutButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.logOutButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(self.panel)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)


        self.panelLayout.addLayout(self.buttonLayout)

        self.logOutHintLabel = QLabel(self.panel)
        self.logOutHintLabel.setObjectName(u"logOutHintLabel")
        self.logOutHintLabel.setStyleSheet(u"QLabel { color: palette(dark); }")
        self.logOutHintLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.logOutHintLabel)


        self.centerLayout.addWidget(self.panel)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.badgeLabel.setBuddy(self.badgeEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.badgeEdit)
        QWidget.setTabOrder(self.badgeEdit, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.logOutButton)

        self.retranslateUi(LockDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Bench locked", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockDialog", u"&Password:", None))
        self.badgeLabel.setText(QCoreApplication.translate("LockDialog", u"&Badge:", None))
        self.badgeEdit.setPlaceholderText(QCoreApplication.translate("LockDialog", u"Scan your badge", None))
        self.pinLabel.setText(QCoreApplication.translate("LockDialog", u"P&IN:", None))
        self.logOutButton.setText(QCoreApplication.translate("LockDialog", u"&Log out", None))
        self.unlockButton.setText(QCoreApplication.translate("LockDialog", u"&Unlock", None))
        self.logOutHintLabel.setText(QCoreApplication.translate("LockDialog", u"Someone else needs this bench? Choose Log out; they then sign in with their own badge or password. Nothing saved is lost.", None))
    # retranslateUi

