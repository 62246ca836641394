"""The history window's strip of an RMA's photos and files, with an attach button (17.3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from benchapp.domain.attachments import MAX_FILE_BYTES, Attachment, check_size
from benchapp.domain.errors import InvalidInput, Reason
from benchapp.services import attachments as service
from benchapp.ui.session import Session


def ask_attachment_path(parent: QWidget | None) -> str | None:
    """The file to attach; None if the person cancelled. Tests replace this."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("AttachmentStrip", "Attach a photo or file"), "",
        QCoreApplication.translate("AttachmentStrip", "Photos (*.jpg *.jpeg *.png *.webp *.bmp "
                                   "*.tif *.tiff *.gif);;All files (*)"))
    return path or None


def _read(path: str) -> bytes:
    """The file's bytes, refused before reading when it is over the limit."""
    try:
        check_size(Path(path).stat().st_size)
        return Path(path).read_bytes()
    except OSError as err:
        raise InvalidInput(Reason.VALUE_INVALID, value=Path(path).name, field="file",
                           allowed=f"a file that can be read ({err.strerror})") from err


class AttachmentStrip(QWidget):
    """Thumbnails of the photos and a tile per other file; "Attach…" adds one to the unit
    selected in the window (``target()``), else to the RMA.

    Signals:
        attached(object): the Attachment just stored.
    """

    attached = Signal(object)

    def __init__(self, calls: Any, session: Session, target: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls = calls  # the window's ServiceCalls: its worker and message bar
        self.session = session
        self.target = target
        self.rma_no = ""
        self.files = QListWidget(self)
        self.files.setObjectName("attachmentList")
        self.files.setViewMode(QListView.ViewMode.IconMode)
        self.files.setFlow(QListView.Flow.LeftToRight)
        self.files.setWrapping(False)
        self.files.setIconSize(QSize(96, 96))
        self.files.setFixedHeight(140)
        self.files.setMovement(QListView.Movement.Static)
        self.attach_button = QPushButton(self.tr("&Attach photo or file…"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(self.tr(
            "Photos are stored without their metadata (GPS, camera) and at most 2048 pixels "
            "wide; files of up to {mb} MB").format(mb=MAX_FILE_BYTES // 1048576))
        self.attach_button.clicked.connect(self.attach)
        side = QVBoxLayout()
        side.addWidget(self.attach_button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1)
        layout.addLayout(side)

    def show_rma(self, rma_no: str) -> None:
        """(Re)load the RMA's attachments and thumbnails, off the GUI thread."""
        self.rma_no = rma_no
        session = self.session

        def read() -> tuple[list[Attachment], dict[int, bytes]]:
            return (service.attachments(session.uow(), rma_no=rma_no),
                    service.thumbnails(session.uow(), rma_no=rma_no))

        self.calls.attempt(read, on_success=self._show, kind="attachments")

    def _show(self, loaded: tuple[list[Attachment], dict[int, bytes]]) -> None:
        listed, thumbs = loaded
        self.files.clear()
        for a in listed:
            item = QListWidgetItem(a.file_name, self.files)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            pixmap = QPixmap()
            if a.id in thumbs and pixmap.loadFromData(thumbs[a.id]):
                item.setIcon(QIcon(pixmap))
            on = a.serial or self.tr("the RMA")
            item.setToolTip(self.tr("{name} on {on}\n{size} bytes, added by {who}\n"
                                    "SHA-256 {sha}").format(
                name=a.file_name, on=on, size=a.size, who=a.added_by, sha=a.sha256))

    def attach(self) -> None:
        path = ask_attachment_path(self)
        if path is None or not self.rma_no:
            return
        session, target, name = self.session, self.target() or self.rma_no, Path(path).name

        def work() -> Attachment:
            return service.attach(session.uow(), session.actor, target=target,
                                  file_name=name, data=_read(path))

        def done(added: Attachment) -> None:
            self.calls.show_done(self.tr("{name} attached to {on}.").format(
                name=added.file_name, on=added.serial or added.rma_no))
            self.attached.emit(added)
            self.show_rma(self.rma_no)

        self.calls.attempt(work, on_success=done)
