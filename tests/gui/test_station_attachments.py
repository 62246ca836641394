"""Photos and files at the Receiving, QC and Repair stations (issue 17.3): attach to the unit
or RMA selected there from a file (the dialog replaced, the file real) or from the camera,
the thumbnails of that RMA shown, a file over the limit refused with a message.

No camera is plugged into the machine these tests run on: the camera path is tested by
feeding a QImage to the function the capture handler calls, and "Take photo…" is tested off
with the reason this machine really gives.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from benchapp.domain.attachments import MAX_FILE_BYTES
from benchapp.domain.roles import Role, Station
from benchapp.services import attachments as service
from benchapp.ui import attachment_strip, camera
from benchapp.ui.stations.base import select_key
from benchapp.ui.stations.qc import TAB_SCREENING, QcView
from benchapp.ui.stations.receiving import ReceivingView
from benchapp.ui.stations.repair import RepairView
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.unit.test_attachments import jpeg_with_gps

pytestmark = pytest.mark.gui

ATTACH = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.fixture
def photo(tmp_path, monkeypatch):
    """A real JPEG (with GPS metadata) that the file dialog "chooses"."""
    path = tmp_path / "board.jpg"
    path.write_bytes(jpeg_with_gps(1600, 1200))
    monkeypatch.setattr(attachment_strip, "ask_attachment_path", lambda parent: str(path))
    return path


def show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts need an active window
    view.refresh()
    settle()
    return view


def stored(shop, rma_no):
    return [(a.file_name, a.serial) for a in service.attachments(shop.uow(), rma_no=rma_no)]


def at_receiving(qtbot, shop, n=2):
    rma_no, serials = shop.bench.receive(n)
    view = show(qtbot, ReceivingView(shop.session(Role.BUSINESS_CLERK, Station.RECEIVING)))
    view.ui.tabs.setCurrentWidget(view.ui.queueTab)
    return view, rma_no, serials


def test_receiving_attaches_a_photo_to_the_selected_unit_with_the_key(qtbot, shop, photo):
    view, rma_no, serials = at_receiving(qtbot, shop)
    strip = view.attachments
    assert strip.isVisible() and strip.rma_no == ""
    assert select_key(view.ui.queueTable, serials[1])
    settle()
    assert strip.rma_no == rma_no and strip.names() == []
    view.ui.queueTable.setFocus()
    qtbot.keyClick(view.ui.queueTable, Qt.Key.Key_A, ATTACH)  # Ctrl+Shift+A
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert f"board.jpg attached to {serials[1]}" in view.message_bar.text()
    assert stored(shop, rma_no) == [("board.jpg", serials[1])]
    assert strip.names() == ["board.jpg"]
    assert not strip.files.item(0).icon().isNull()  # the thumbnail
    [kept] = service.attachments(shop.uow(), rma_no=rma_no)
    _, data = service.attachment_content(shop.uow(), rma_no=rma_no, attachment_id=kept.id)
    assert b"Exif" not in data and Image.open(io.BytesIO(data)).size == (1600, 1200)
    opened = []
    view.open_history = lambda rma, serial=None: opened.append((rma, serial))
    strip.files.itemActivated.emit(strip.files.item(0))  # Enter on the thumbnail
    assert opened == [(rma_no, serials[1])]


def test_receiving_attaches_a_pdf_with_the_button(qtbot, shop, tmp_path, monkeypatch):
    view, rma_no, serials = at_receiving(qtbot, shop, 1)
    pdf = tmp_path / "customer-letter.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    monkeypatch.setattr(attachment_strip, "ask_attachment_path", lambda parent: str(pdf))
    select_key(view.ui.queueTable, serials[0])
    settle()
    qtbot.mouseClick(view.attachments.attach_button, Qt.MouseButton.LeftButton)
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert stored(shop, rma_no) == [("customer-letter.pdf", serials[0])]
    assert view.attachments.names() == ["customer-letter.pdf"]
    assert view.attachments.files.item(0).icon().isNull()  # a file: no thumbnail


def test_nothing_selected_asks_for_a_selection_and_attaches_nothing(qtbot, shop, monkeypatch):
    view, rma_no, _ = at_receiving(qtbot, shop, 1)
    asked = []
    monkeypatch.setattr(attachment_strip, "ask_attachment_path",
                        lambda parent: asked.append(parent))
    qtbot.mouseClick(view.attachments.attach_button, Qt.MouseButton.LeftButton)
    settle()
    assert asked == [] and view.message_bar.kind == "warn"
    assert "Select the RMA or unit" in view.message_bar.text()
    assert stored(shop, rma_no) == []


def test_a_file_over_the_limit_is_refused_at_the_station(qtbot, shop, tmp_path, monkeypatch):
    view, rma_no, serials = at_receiving(qtbot, shop, 1)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (MAX_FILE_BYTES + 1))
    monkeypatch.setattr(attachment_strip, "ask_attachment_path", lambda parent: str(big))
    select_key(view.ui.queueTable, serials[0])
    settle()
    qtbot.mouseClick(view.attachments.attach_button, Qt.MouseButton.LeftButton)
    settle()
    assert view.message_bar.kind == "error"
    assert "a file of 10.0 MB" in view.message_bar.text()
    assert "at most 10 MB" in view.message_bar.text()
    assert stored(shop, rma_no) == [] and view.attachments.names() == []


def test_qc_attaches_to_the_unit_on_the_tab_shown_and_follows_the_selection(qtbot, shop,
                                                                          photo):
    first, first_serials = shop.bench.receive(2)
    shop.bench.to_qc(first, first_serials)
    second, second_serials = shop.bench.receive(1)
    shop.bench.to_qc(second, second_serials)
    service.attach(shop.uow(), shop.bench.tester, target=second, file_name="box.png",
                   data=_png())
    view = show(qtbot, QcView(shop.session(Role.QC_LEAD, Station.QC)))
    view.ui.tabs.setCurrentIndex(TAB_SCREENING)
    strip = view.attachments
    assert select_key(view.ui.screeningTable, first_serials[1])
    settle()
    assert strip.rma_no == first and strip.names() == []
    qtbot.mouseClick(strip.attach_button, Qt.MouseButton.LeftButton)
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert stored(shop, first) == [("board.jpg", first_serials[1])]
    assert strip.names() == ["board.jpg"]
    assert select_key(view.ui.screeningTable, second_serials[0])
    settle()
    assert strip.rma_no == second and strip.names() == ["box.jpg"]  # re-encoded
    assert not strip.files.item(0).icon().isNull()


def test_repair_attaches_to_the_unit_in_the_queue(qtbot, shop, photo):
    rma_no, serials = shop.bench.receive(1)
    shop.bench.to_qc(rma_no, serials)
    shop.bench.screen(rma_no, serials[0], "FAIL", "PASS")
    shop.bench.to_repair(rma_no, serials)
    view = show(qtbot, RepairView(shop.session(Role.REPAIR_ENGINEER, Station.REPAIR)))
    assert select_key(view.ui.queueTable, serials[0])
    settle()
    assert view.attachments.rma_no == rma_no
    view.ui.symptomEdit.setFocus()  # the key works from inside the repair record too
    qtbot.keyClick(view.ui.symptomEdit, Qt.Key.Key_A, ATTACH)
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert stored(shop, rma_no) == [("board.jpg", serials[0])]
    assert view.attachments.names() == ["board.jpg"]


def test_a_camera_picture_goes_the_same_way_as_a_file(qtbot, shop, monkeypatch):
    view, rma_no, serials = at_receiving(qtbot, shop, 1)
    select_key(view.ui.queueTable, serials[0])
    settle()
    picture = QImage(3264, 2448, QImage.Format.Format_RGB32)  # an 8 MP camera
    picture.fill(QColor(30, 120, 30))
    monkeypatch.setattr(camera, "no_camera_reason", lambda: "")
    monkeypatch.setattr(camera, "take_photo", lambda parent: picture)
    view.attachments.take_photo()  # what "Take photo…" does once the dialog returns
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    [(name, serial)] = stored(shop, rma_no)
    assert serial == serials[0] and name.startswith("camera-") and name.endswith(".jpg")
    [kept] = service.attachments(shop.uow(), rma_no=rma_no)
    _, data = service.attachment_content(shop.uow(), rma_no=rma_no, attachment_id=kept.id)
    assert Image.open(io.BytesIO(data)).size == (2048, 1536)  # bounded like any photo
    assert view.attachments.names() == [name]


def test_without_a_camera_take_photo_is_off_and_says_why(qtbot, shop):
    # This machine has no camera; QtMultimedia may load (it says no camera was found) or
    # not (it says camera support is missing): either way the button is off, with the reason.
    view, _, serials = at_receiving(qtbot, shop, 1)
    button = view.attachments.camera_button
    assert camera.cameras() == []
    assert button.isVisible() and not button.isEnabled()
    assert not view.attachments.camera_action.isEnabled()
    assert button.toolTip() == camera.no_camera_reason() != ""
    assert "camera" in button.toolTip()
    select_key(view.ui.queueTable, serials[0])
    settle()
    view.attachments.take_photo()  # the key pressed anyway (e.g. the camera just unplugged)
    assert view.message_bar.kind == "warn" and view.message_bar.text() == button.toolTip()


def test_without_qt_multimedia_take_photo_names_the_missing_support(qtbot, shop, monkeypatch):
    monkeypatch.setattr(camera, "_multimedia", lambda: None)
    view, _, _ = at_receiving(qtbot, shop, 1)
    assert not view.attachments.camera_button.isEnabled()
    assert "Qt Multimedia" in view.attachments.camera_button.toolTip()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (10, 10, 200)).save(out, "PNG")
    return out.getvalue()


def test_the_camera_dialog_hands_back_what_the_capture_delivers(qtbot, monkeypatch):
    multimedia = camera._multimedia()
    if multimedia is None:
        pytest.skip("Qt Multimedia cannot load on this machine")
    # No camera here: a null device stands in (never ready, so Take photo stays off).
    monkeypatch.setattr(camera, "cameras", lambda: [multimedia.QCameraDevice()])
    picture = QImage(640, 480, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 40, 40))
    seen = []

    def capture_arrives(dialog):
        qtbot.addWidget(dialog)
        seen.append((dialog.take_button.isEnabled(), dialog.viewfinder is not None))
        dialog.take()
        seen.append(dialog.status.text())
        dialog.capture.imageCaptured.emit(1, picture)  # what QImageCapture delivers
        return dialog.result()

    monkeypatch.setattr(camera.dialogs, "exec_dialog", capture_arrives)
    taken = camera.take_photo(None)
    assert seen == [(False, True), "The camera is not ready: try again."]
    assert taken is not None and taken.size() == picture.size()
    assert taken.pixelColor(10, 10) == QColor(200, 40, 40)
