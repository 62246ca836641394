"""An RMA's photos and files as a strip of thumbnails, with "Attach photo/file…" and
"Take photo…" (issue 17.3): in the history window and, compact, at the Receiving, QC and
Repair stations for the RMA or unit selected there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from benchapp.domain.attachments import (
    MAX_FILE_BYTES,
    MAX_IMAGE_SIDE,
    Attachment,
    bounded,
    check_size,
)
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.services import attachments as service
from benchapp.ui import camera
from benchapp.ui.session import Session

# The stations' keys (the main window uses Ctrl+H, Ctrl+L, Ctrl+Shift+L, F2, F5).
ATTACH_KEY = "Ctrl+Shift+A"
CAMERA_KEY = "Ctrl+Shift+T"
CAMERA_JPEG_QUALITY = 95  # re-encoded once more when stored (services/photos.py)


def ask_attachment_path(parent: QWidget | None) -> str | None:
    """The file to attach; None if the person cancelled. Tests replace this."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("AttachmentStrip", "Attach a photo or file"), "",
        QCoreApplication.translate(
            "AttachmentStrip", "Photos and PDF files (*.jpg *.jpeg *.png *.webp *.bmp *.tif "
                               "*.tiff *.gif *.pdf);;All files (*)"))
    return path or None


def _read(path: str) -> bytes:
    """The file's bytes, refused before reading when it is over the limit."""
    try:
        check_size(Path(path).stat().st_size)
        return Path(path).read_bytes()
    except OSError as err:
        raise InvalidInput(Reason.VALUE_INVALID, value=Path(path).name, field="file",
                           allowed=f"a file that can be read ({err.strerror})") from err


def camera_jpeg(image: QImage) -> bytes:
    """A camera's picture as JPEG, no larger than a stored photo (runs on a worker: QImage
    is not tied to the GUI thread)."""
    width, height = bounded(image.width(), image.height(), MAX_IMAGE_SIDE)
    if (width, height) != (image.width(), image.height()):
        image = image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "JPG", CAMERA_JPEG_QUALITY):
        raise InvalidInput(Reason.VALUE_INVALID, value="the camera's picture", field="photo",
                           allowed="a picture the camera delivered whole")
    return bytes(data.data())


class AttachmentStrip(QWidget):
    """Thumbnails of the photos and a tile per other file; "Attach…" and "Take photo…" add
    one to the unit selected in the window (``target()``), else to the RMA shown.

    ``compact``: one low row (a station view), the buttons beside the thumbnails. The keys
    ATTACH_KEY and CAMERA_KEY work anywhere in ``calls`` (the window or view).

    Signals:
        attached(object): the Attachment just stored.
    """

    attached = Signal(object)

    def __init__(self, calls: Any, session: Session, target: Callable[[], str],
                 parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.calls = calls  # the window's ServiceCalls: its worker and message bar
        self.session = session
        self.target = target
        self.rma_no = ""
        self.files = QListWidget(self)
        self.files.setObjectName("attachmentList")
        self.files.setViewMode(QListView.ViewMode.IconMode)
        self.files.setFlow(QListView.Flow.LeftToRight)
        self.files.setWrapping(False)
        self.files.setIconSize(QSize(40, 40) if compact else QSize(96, 96))
        self.files.setFixedHeight(64 if compact else 140)
        self.files.setMovement(QListView.Movement.Static)
        self.files.setAccessibleName(self.tr("Photos and files"))
        self.files.itemActivated.connect(self._open_history)
        self.attach_button = QPushButton(
            self.tr("Attach photo/file…") if compact else self.tr("&Attach photo or file…"),
            self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(self.tr(
            "Photos are stored without their metadata (GPS, camera) and at most 2048 pixels "
            "wide; files of up to {mb} MB").format(mb=MAX_FILE_BYTES // 1048576)
            + f" ({ATTACH_KEY})")
        self.attach_button.clicked.connect(self.attach)
        self.camera_button = QPushButton(self.tr("Take photo…"), self)
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.clicked.connect(self.take_photo)
        self.attach_action = self._action(self.tr("Attach photo/file…"), ATTACH_KEY,
                                          self.attach)
        self.camera_action = self._action(self.tr("Take photo…"), CAMERA_KEY, self.take_photo)
        side: QBoxLayout = QHBoxLayout() if compact else QVBoxLayout()
        side.addWidget(self.attach_button)
        side.addWidget(self.camera_button)
        if not compact:
            side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1)
        layout.addLayout(side)
        # A camera plugged in (or out) while the window is open turns "Take photo…" on (off).
        self._cameras = camera.camera_watcher(self)
        if self._cameras is not None:
            self._cameras.videoInputsChanged.connect(self.update_camera)
        self.update_camera()

    def _action(self, text: str, key: str, slot: Callable[[], None]) -> QAction:
        owner: QWidget = self.calls
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def update_camera(self) -> None:
        """"Take photo…" on when a camera is there; off, saying why, when not."""
        why = camera.no_camera_reason()
        self.camera_button.setEnabled(not why)
        self.camera_action.setEnabled(not why)
        self.camera_button.setToolTip(why or self.tr(
            "Take a photo with the USB camera and attach it ({key})").format(key=CAMERA_KEY))

    # -- what is shown ---------------------------------------------------------------------

    def show_rma(self, rma_no: str) -> None:
        """(Re)load the RMA's attachments and thumbnails, off the GUI thread."""
        self.rma_no = rma_no
        session = self.session

        def read() -> tuple[list[Attachment], dict[int, bytes]]:
            return (service.attachments(session.uow(), rma_no=rma_no),
                    service.thumbnails(session.uow(), rma_no=rma_no))

        self.calls.attempt(read, on_success=self._show, kind="attachments")

    def follow(self, rma_no: str | None) -> None:
        """Show the attachments of ``rma_no`` (the RMA selected at a station; None: none);
        read only when it is another RMA than the one shown."""
        if not rma_no:
            if self.rma_no:
                self.rma_no = ""
                self.files.clear()
            return
        if rma_no != self.rma_no:
            self.files.clear()
            self.show_rma(rma_no)

    def _show(self, loaded: tuple[list[Attachment], dict[int, bytes]]) -> None:
        listed, thumbs = loaded
        self.files.clear()
        for a in listed:
            if a.rma_no != self.rma_no:
                return  # another RMA was selected meanwhile: its own read follows
            item = QListWidgetItem(a.file_name, self.files)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            pixmap = QPixmap()
            if a.id in thumbs and pixmap.loadFromData(thumbs[a.id]):
                item.setIcon(QIcon(pixmap))
            on = a.serial or self.tr("the RMA")
            item.setToolTip(self.tr("{name} on {on}\n{size} bytes, added by {who}\n"
                                    "SHA-256 {sha}").format(
                name=a.file_name, on=on, size=a.size, who=a.added_by, sha=a.sha256))

    def names(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _open_history(self, _item: QListWidgetItem) -> None:
        opener = getattr(self.calls, "open_history", None)
        if opener is not None and self.rma_no:
            opener(self.rma_no, self.target() or None)  # the large thumbnails and the files

    # -- attaching -------------------------------------------------------------------------

    def _ready(self) -> bool:
        if self.rma_no:
            return True
        self.calls.show_warning(self.tr(
            "Select the RMA or unit the photo or file belongs to, then attach it."))
        return False

    def attach(self) -> None:
        """Ask for a file and attach it."""
        if not self._ready():
            return
        path = ask_attachment_path(self)
        if path is None:
            return
        self.attach_data(Path(path).name, lambda: _read(path))

    def take_photo(self) -> None:
        """Take a photo with the camera and attach it."""
        if not self._ready():
            return
        why = camera.no_camera_reason()
        if why:
            self.update_camera()
            self.calls.show_warning(why)
            return
        image = camera.take_photo(self)
        if image is not None:
            self.attach_image(image)

    def attach_image(self, image: QImage) -> None:
        """Attach a camera's picture, named by the time it was taken."""
        name = datetime.now().strftime("camera-%Y%m%d-%H%M%S.jpg")
        picture = QImage(image)  # the worker's own copy
        self.attach_data(name, lambda: camera_jpeg(picture))

    def attach_data(self, name: str, read: Callable[[], bytes]) -> None:
        """Store what ``read()`` returns (run on the worker, like the service call) as
        ``name`` on the selected unit, else on the RMA shown."""
        if not self._ready():
            return
        session, target = self.session, self.target() or self.rma_no

        def work() -> Attachment:
            return service.attach(session.uow(), session.actor, target=target,
                                  file_name=name, data=read())

        def done(added: Attachment) -> None:
            self.calls.show_done(self.tr("{name} attached to {on}.").format(
                name=added.file_name, on=added.serial or added.rma_no))
            self.attached.emit(added)
            if added.rma_no == self.rma_no:
                self.show_rma(self.rma_no)

        self.calls.attempt(work, on_success=done)


def add_station_strip(view: Any, layout: QBoxLayout,
                      selected: Callable[[], tuple[str, str | None] | None],
                      tables: list[Any], tabs: Any = None) -> AttachmentStrip:
    """A compact strip at the bottom of ``layout`` in a station view, showing the RMA of
    ``selected()`` ((rma_no, serial or None), or None) and attaching to that unit, else to
    that RMA; it follows the selection of ``tables`` (and the current tab of ``tabs``)."""

    def serial() -> str:
        chosen = selected()
        return (chosen[1] or "") if chosen else ""

    strip = AttachmentStrip(view, view.session, serial, view, compact=True)
    layout.addWidget(strip)

    def follow(*_args: object) -> None:
        chosen = selected()
        strip.follow(chosen[0] if chosen else None)

    for table in tables:
        table.selectionModel().selectionChanged.connect(follow)
    if tabs is not None:
        tabs.currentChanged.connect(follow)
    return strip
