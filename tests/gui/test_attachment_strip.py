"""The history window's attachments: thumbnails of an RMA's photos, the attach button (17.3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from benchapp.domain.attachments import MAX_FILE_BYTES
from benchapp.domain.roles import Role, Station
from benchapp.services import attachments as service
from benchapp.ui import attachment_strip
from benchapp.ui.history import HistoryDialog
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.unit.test_attachments import jpeg_with_gps

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


def make_dialog(qtbot, shop, rma_no, serial=None) -> HistoryDialog:
    dialog = HistoryDialog(shop.session(Role.QC_LEAD, Station.QC), rma_no, serial)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    dialog.refresh()
    settle()
    return dialog


def test_attach_a_photo_to_the_selected_unit_and_see_its_thumbnail(qtbot, shop, tmp_path,
                                                                     monkeypatch):
    rma_no, serials = shop.bench.receive(2)
    service.attach(shop.uow(), shop.bench.qc_lead, target=rma_no, file_name="label.txt",
                   data=b"customer label text")
    dialog = make_dialog(qtbot, shop, rma_no, serials[1])
    strip = dialog.attachment_strip
    assert strip.files.count() == 1 and strip.files.item(0).icon().isNull()
    photo = tmp_path / "board.jpg"
    photo.write_bytes(jpeg_with_gps(640, 480))
    monkeypatch.setattr(attachment_strip, "ask_attachment_path", lambda parent: str(photo))
    qtbot.mouseClick(strip.attach_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message_bar.kind == "ok", dialog.message_bar.text()
    assert f"board.jpg attached to {serials[1]}" in dialog.message_bar.text()
    assert [strip.files.item(i).text() for i in range(strip.files.count())] == [
        "label.txt", "board.jpg"]
    assert not strip.files.item(1).icon().isNull()  # the photo's thumbnail
    [stored] = [a for a in service.attachments(shop.uow(), rma_no=rma_no) if a.serial]
    assert stored.serial == serials[1] and stored.added_by == shop.bench.qc_lead.username


def test_a_file_over_the_limit_is_refused_with_a_message(qtbot, shop, tmp_path, monkeypatch):
    rma_no, _ = shop.bench.receive(1)
    dialog = make_dialog(qtbot, shop, rma_no)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (MAX_FILE_BYTES + 1))
    monkeypatch.setattr(attachment_strip, "ask_attachment_path", lambda parent: str(big))
    qtbot.mouseClick(dialog.attachment_strip.attach_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message_bar.kind == "error"
    assert "at most 10 MB" in dialog.message_bar.text()
    assert dialog.attachment_strip.files.count() == 0
