"""Photos from a USB camera through QtMultimedia, when the PC has both (issue 17.3).

QtMultimedia is optional: a PC without its libraries, or without a camera, attaches photos
from files only; the "Take photo…" button then says why it is off.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLoggingCategory, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from benchapp.ui import dialogs


def _multimedia() -> Any | None:
    """The QtMultimedia module, or None when it cannot be loaded on this PC."""
    # Its FFmpeg backend warns once about each optional library it does not find (PipeWire,
    # VA-API); a still photo needs none of them. QT_LOGGING_RULES still wins.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    try:
        from PySide6 import QtMultimedia
    except ImportError:  # e.g. a Linux PC without libpulse: Qt's own import fails
        return None
    return QtMultimedia


def cameras() -> list[Any]:
    """The cameras (QCameraDevice) the PC has now; empty without QtMultimedia."""
    multimedia = _multimedia()
    if multimedia is None:
        return []
    return list(multimedia.QMediaDevices.videoInputs())


def camera_watcher(parent: QWidget) -> Any | None:
    """A QMediaDevices whose ``videoInputsChanged`` tells when a camera is plugged in or
    out; None without QtMultimedia."""
    multimedia = _multimedia()
    return None if multimedia is None else multimedia.QMediaDevices(parent)


def no_camera_reason() -> str:
    """Why "Take photo…" is off; "" when a camera is there."""
    if _multimedia() is None:
        return QCoreApplication.translate(
            "camera", "No camera support on this computer (Qt Multimedia is not installed): "
                      "attach photos from files")
    if not cameras():
        return QCoreApplication.translate(
            "camera", "No camera was found on this computer: plug in a USB camera, or "
                      "attach photos from files")
    return ""


class CameraDialog(QDialog):
    """A viewfinder and a Take photo button; ``image`` holds the picture once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        multimedia = _multimedia()
        assert multimedia is not None, "only offered when a camera is there"
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.setWindowTitle(self.tr("Take photo"))
        self.image: QImage | None = None
        self._mm = multimedia
        self.devices = cameras()
        self.camera_combo = QComboBox(self)
        for device in self.devices:
            self.camera_combo.addItem(device.description())
        self.camera_combo.setVisible(len(self.devices) > 1)
        self.viewfinder = QVideoWidget(self)
        self.viewfinder.setMinimumSize(480, 360)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.take_button = self.buttons.addButton(self.tr("&Take photo"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.take_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.take_button.clicked.connect(self.take)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.camera_combo)
        layout.addWidget(self.viewfinder, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.session = multimedia.QMediaCaptureSession(self)
        self.capture = multimedia.QImageCapture(self)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.viewfinder)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(self._capture_failed)
        self.capture.readyForCaptureChanged.connect(self.take_button.setEnabled)
        self.camera: Any | None = None
        self.camera_combo.currentIndexChanged.connect(self._use_camera)
        self._use_camera(0)

    def _use_camera(self, index: int) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
        self.camera = self._mm.QCamera(self.devices[index], self)
        self.camera.errorOccurred.connect(self._camera_failed)
        self.session.setCamera(self.camera)
        self.take_button.setEnabled(self.capture.isReadyForCapture())
        self.camera.start()

    def take(self) -> None:
        if self.capture.capture() < 0:
            self.status.setText(self.tr("The camera is not ready: try again."))

    def _captured(self, _id: int, image: QImage) -> None:
        self.image = QImage(image)
        self.accept()

    def _capture_failed(self, _id: int, _error: Any, text: str) -> None:
        self.status.setText(self.tr("No photo was taken: {problem}").format(problem=text))

    def _camera_failed(self, _error: Any, text: str) -> None:
        self.status.setText(self.tr("The camera does not answer: {problem}").format(
            problem=text))
        self.take_button.setEnabled(False)

    def done(self, result: int) -> None:
        if self.camera is not None:
            self.camera.stop()  # the camera's light goes off with the dialog
        super().done(result)


def take_photo(parent: QWidget | None) -> QImage | None:
    """The photo taken, or None if the person cancelled. Tests replace this."""
    dialog = CameraDialog(parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.image
    finally:
        dialog.deleteLater()
