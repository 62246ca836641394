# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginWindow(object):
    def setupUi(self, LoginWindow):
        if not LoginWindow.objectName():
            LoginWindow.setObjectName(u"LoginWindow")
        LoginWindow.resize(460, 460)
        LoginWindow.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(LoginWindow)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(LoginWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(LoginWindow)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.badgeGroup = QGroupBox(LoginWindow)
        self.badgeGroup.setObjectName(u"badgeGroup")
        self.badgeLayout = QFormLayout(self.badgeGroup)
        self.badgeLayout.setObjectName(u"badgeLayout")
        self.badgeLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.badgeLabel = QLabel(self.badgeGroup)
        self.badgeLabel.setObjectName(u"badgeLabel")

        self.badgeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.badgeLabel)

        self.badgeEdit = QLineEdit(self.badgeGroup)
        self.badgeEdit.setObjectName(u"badgeEdit")
        self.badgeEdit.setMaxLength(64)
        self.badgeEdit.setClearButtonEnabled(True)

        self.badgeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.badgeEdit)

        self.pinLabel = QLabel(self.badgeGroup)
        self.pinLabel.setObjectName(u"pinLabel")

        self.badgeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.badgeGroup)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly|Qt.InputMethodHint.ImhHiddenText|Qt.InputMethodHint.ImhNoAutoUppercase|Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)
        self.pinEdit.setMaxLength(8)
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.badgeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.mainLayout.addWidget(self.badgeGroup)

        self.passwordGroup = QGroupBox(LoginWindow)
        self.passwordGroup.setObjectName(u"passwordGroup")
        self.passwordLayout = QFormLayout(self.passwordGroup)
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.usernameLabel = QLabel(self.passwordGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.passwordGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(self.passwordGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.passwordGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addWidget(self.passwordGroup)

        self.errorLabel = QLabel(LoginWindow)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.signInButton = QPushButton(LoginWindow)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setMinimumSize(QSize(120, 0))

        self.buttonLayout.addWidget(self.signInButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.databaseLabel = QLabel(LoginWindow)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setStyleSheet(u"QLabel { color: palette(dark); }")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.databaseLabel)

#if QT_CONFIG(shortcut)
        self.badgeLabel.setBuddy(self.badgeEdit)
        self.pinLabel.setBuddy(self.pinEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.badgeEdit, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)

        self.retranslateUi(LoginWindow)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginWindow)
    # setupUi

    def retranslateUi(self, LoginWindow):
        LoginWindow.setWindowTitle(QCoreApplication.translate("LoginWindow", u"Sign in - After-sales repair bench", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginWindow", u"After-sales repair bench", None))
        self.introLabel.setText(QCoreApplication.translate("LoginWindow", u"Scan your badge and enter your PIN, or sign in with your user name and password.", None))
        self.badgeGroup.setTitle(QCoreApplication.translate("LoginWindow", u"Badge", None))
        self.badgeLabel.setText(QCoreApplication.translate("LoginWindow", u"&Badge:", None))
        self.badgeEdit.setPlaceholderText(QCoreApplication.translate("LoginWindow", u"Scan your badge", None))
        self.pinLabel.setText(QCoreApplication.translate("LoginWindow", u"&PIN:", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("LoginWindow", u"4 to 8 digits", None))
        self.passwordGroup.setTitle(QCoreApplication.translate("LoginWindow", u"User name and password", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginWindow", u"&User name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginWindow", u"Pass&word:", None))
        self.signInButton.setText(QCoreApplication.translate("LoginWindow", u"&Sign in", None))
    # retranslateUi

