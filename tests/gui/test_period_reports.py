"""The monthly report and the quarterly complaint summary saved from the supervisor's charts."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from benchapp.domain.calendar import IsoWeek, local_date
from benchapp.domain.roles import Role, Station
from benchapp.services.followup import record_follow_up
from benchapp.ui import dialogs, period_report_dialog
from benchapp.ui.charts import SupervisorCharts
from benchapp.ui.period_report_dialog import PeriodReportDialog
from tests.gui.helpers import settle
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        rma_no, serials = shop.bench.receive(1)
        shop.bench.full_repair(rma_no, serials)
        record_follow_up(shop.uow(), shop.bench.business_clerk, rma_no=rma_no,
                         satisfied=True, note="满意")
        shop.rma_no = rma_no
        yield shop


@pytest.fixture
def charts(shop, qtbot):
    widget = SupervisorCharts(shop.session(Role.TECH_SUPERVISOR, Station.SUPERVISOR))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.wait_for_workers()


def this_month(shop):
    """The month whose report holds today's repairs: the month of this ISO week's Thursday."""
    with shop.uow() as uow:
        today = local_date(uow.now(), 480)
    thursday = IsoWeek.of(today).monday + timedelta(days=3)
    return thursday.year, thursday.month


def test_the_supervisor_saves_the_monthly_report_as_every_format(charts, shop, qtbot, tmp_path,
                                                                 monkeypatch):
    year, month = this_month(shop)
    written = []

    def run_dialog(dialog):
        assert isinstance(dialog, PeriodReportDialog)
        dialog.show()
        for fmt in ("json", "xlsx", "csv", "pdf"):
            path = tmp_path / f"report.{fmt}"
            dialog.fill(kind="monthly", year=year, part=month, fmt=fmt, path=str(path))
            with qtbot.waitSignal(dialog.saved, timeout=20000):
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            written.append(path)
            assert f"Saved {path}" in dialog.message_bar.text()
        # A folder that does not exist: said, nothing written.
        dialog.fill(kind="quarterly", year=year, part=(month - 1) // 3 + 1, fmt="json",
                    path=str(tmp_path / "missing" / "q.json"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "does not exist" in dialog.message_bar.text()
        path = tmp_path / "q.json"
        dialog.fill(kind="quarterly", year=year, part=(month - 1) // 3 + 1, fmt="json",
                    path=str(path))
        with qtbot.waitSignal(dialog.saved, timeout=20000):
            dialog.save()
        written.append(path)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "exec_dialog", run_dialog)
    qtbot.mouseClick(charts.period_reports_button, Qt.MouseButton.LeftButton)
    settle()
    assert [p.suffix for p in written] == [".json", ".xlsx", ".csv", ".pdf", ".json"]
    doc = json.loads(written[0].read_text("utf-8"))
    assert (doc["units"], doc["customer_feedback"]["satisfied"]) == (1, 1)
    assert doc["by_model"][0]["model"] == "PCBA-MC200-V3"
    assert "xl/worksheets/sheet2.xml" in zipfile.ZipFile(written[1]).namelist()
    assert written[2].read_bytes().startswith(b"\xef\xbb\xbfperiod,section,key,field,value")
    assert written[3].read_bytes().startswith(b"%PDF")
    quarter = json.loads(written[4].read_text("utf-8"))
    assert quarter["notices"] == 1 and quarter["notice_list"][0]["rma_no"] == shop.rma_no


def test_the_browse_button_takes_the_chosen_path(shop, qtbot, tmp_path, monkeypatch):
    dialog = PeriodReportDialog(shop.session(Role.TECH_SUPERVISOR, Station.SUPERVISOR))
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text().endswith(f"{dialog.period().label}.pdf")
    chosen = str(tmp_path / "chosen.pdf")
    monkeypatch.setattr(period_report_dialog, "ask_save_path", lambda *a: chosen)
    dialog._browse()
    assert dialog.path_edit.text() == chosen
    dialog.path_edit.clear()
    dialog.save()
    assert "Choose the file" in dialog.message_bar.text()
