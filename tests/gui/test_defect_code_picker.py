"""Picking a defect code in the repair view and the visual check (issue 17.4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from benchapp.db import models as m
from benchapp.domain.defect_codes import CSV_HEADER
from benchapp.services import defect_codes
from benchapp.services import workflow as wf
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop
from tests.gui.test_station_repair import at_repair, make_view

pytestmark = pytest.mark.gui

LIBRARY = (",".join(CSV_HEADER) + "\n"
           "PCBA-MC200,S01,上电无显示,D01,U12 无输出,C01,U12 虚焊,production\n"
           "PCBA-MC200,S01,上电无显示,D01,U12 无输出,C02,U12 来料不良,material\n"
           "PSU-,S02,无输出,D02,保险丝断,C03,浪涌,customer\n")


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


def focused():
    return QApplication.focusWidget()


def cause_codes(shop) -> list[str]:
    with shop.engine.connect() as conn:
        return list(conn.scalars(select(m.RepairRecordRow.cause_code)
                                 .order_by(m.RepairRecordRow.id)))


def test_the_engineer_picks_a_cause_code_by_keyboard(qtbot, shop):
    defect_codes.import_library(shop.uow(), shop.bench.admin, csv_text=LIBRARY)
    rma_no, serials = at_repair(shop, 2)
    for serial in serials:
        wf.confirm_due_date(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no,
                            serial=serial, can_meet=True)
    view = make_view(qtbot, shop)
    ui, picker = view.ui, view.code_picker
    qtbot.keyClicks(ui.scanEdit, serials[0])
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    settle()
    # The unit's family and nothing else: PCBA-MC200-V3 gets C01 and C02, not the PSU's C03.
    assert [picker.itemData(i) for i in range(picker.count())] == ["", "C01", "C02"]
    assert picker.isEnabled()
    assert focused() is ui.symptomEdit
    qtbot.keyClicks(focused(), "No display")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is picker
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first code: C01
    settle()
    assert picker.code() == "C01"
    # The code brings its category and, as nothing was typed yet, its text.
    assert ui.causeCombo.currentData() == "production"
    assert ui.rootCauseEdit.toPlainText() == "U12 虚焊"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is ui.rootCauseEdit
    ui.rootCauseEdit.setPlainText("U12 第3脚虚焊")  # the free text beside the code stays
    ui.processCombo.setEditText("SMT")
    ui.departmentCombo.setEditText("生产部")
    ui.actionsEdit.setPlainText("补焊")
    ui.minutesSpin.setValue(20)
    qtbot.keyClick(ui.minutesSpin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert cause_codes(shop) == ["C01"]
    assert picker.code() == ""  # the next record starts without a code

    # A record without a code is still a record: the free text alone, as before.
    qtbot.keyClicks(ui.scanEdit, serials[1])
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    settle()
    ui.symptomEdit.setPlainText("上电无显示")
    ui.rootCauseEdit.setPlainText("原因待查")
    ui.causeCombo.setCurrentIndex(ui.causeCombo.findData("design"))
    ui.processCombo.setEditText("设计")
    ui.departmentCombo.setEditText("研发部")
    ui.actionsEdit.setPlainText("改线")
    ui.minutesSpin.setValue(30)
    view.save_record()
    settle()
    assert view.message_bar.kind == "ok", view.message_bar.text()
    assert cause_codes(shop) == ["C01", ""]


def test_a_draft_keeps_its_code_when_the_engineer_moves_between_units(qtbot, shop):
    defect_codes.import_library(shop.uow(), shop.bench.admin, csv_text=LIBRARY)
    rma_no, serials = at_repair(shop, 2)
    for serial in serials:
        wf.confirm_due_date(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no,
                            serial=serial, can_meet=True)
    view = make_view(qtbot, shop)
    for serial in serials:
        qtbot.keyClicks(view.ui.scanEdit, serial)
        qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
        settle()
        if serial == serials[0]:
            view.code_picker.setCurrentIndex(view.code_picker.findData("C02"))
    assert view.code_picker.code() == ""
    qtbot.keyClicks(view.ui.scanEdit, serials[0])
    qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert view.code_picker.code() == "C02"
    assert view.ui.causeCombo.currentData() == "material"


def test_without_a_library_the_picker_is_out_of_the_way(qtbot, shop):
    rma_no, serials = at_repair(shop, 1)
    wf.confirm_due_date(shop.uow(), shop.bench.repair_engineer, rma_no=rma_no,
                        serial=serials[0], can_meet=True)
    view = make_view(qtbot, shop)
    qtbot.keyClicks(view.ui.scanEdit, serials[0])
    qtbot.keyClick(view.ui.scanEdit, Qt.Key.Key_Return)
    settle()
    assert not view.code_picker.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is view.ui.rootCauseEdit


def test_the_inspector_picks_a_defect_code_at_the_visual_check(qtbot, shop):
    from benchapp.devices.scan import parse_scan
    from benchapp.domain.roles import Role, Station
    from benchapp.ui.stations.qc import QcView

    defect_codes.import_library(shop.uow(), shop.bench.admin, csv_text=LIBRARY)
    rma_no, serials = shop.bench.receive(1)
    shop.bench.to_qc(rma_no, serials)
    wf.record_screening_test(shop.uow(), shop.bench.tester, rma_no=rma_no, serial=serials[0],
                             verdict="PASS")
    view = QcView(shop.session(Role.QC_LEAD, Station.QC))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    settle()
    view.handle_scan(parse_scan(serials[0]))
    settle()
    ui, picker = view.ui, view.screening.code_picker
    ui.visualFailRadio.click()
    settle()
    assert focused() is ui.defectEdit and picker.isEnabled()
    assert [picker.itemData(i) for i in range(picker.count())] == ["", "D01"]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is picker
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert ui.defectEdit.text() == "U12 无输出"  # the code's text, where nothing was typed
    ui.inspectorCombo.setCurrentIndex(ui.inspectorCombo.findData(
        shop.bench.oqc_inspector.user_id))
    ui.recordVisualButton.click()
    settle()
    assert shop.bench.state(rma_no, serials[0]) == "to_rework"
    with shop.engine.connect() as conn:
        assert list(conn.scalars(select(m.ScreeningRow.defect_code))) == ["D01"]
    assert picker.code() == ""
