"""The Supervisor view works a complaint notice from raising to a verified closure, and the
Overdue tab acts on each late item, which then leaves the list."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget
from sqlalchemy import select, update

from benchapp.db import models as m
from benchapp.domain.roles import Role, Station
from benchapp.services import supervision
from benchapp.ui import quality_dialogs
from benchapp.ui.stations.supervisor import SupervisorView
from tests.gui.helpers import settle
from tests.gui.station_helpers import answer_signatures, station_shop

pytestmark = pytest.mark.gui

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        rma_no, serials = shop.bench.receive(1)
        shop.bench.full_repair(rma_no, serials)  # a production fault shipped: a notice
        # Raised ten days ago: every time limit of the notice has passed.
        with shop.engine.begin() as conn:
            raised = conn.scalar(select(m.ComplaintNoticeRow.raised_at))
            conn.execute(update(m.ComplaintNoticeRow).values(
                raised_at=raised - timedelta(days=10)))
        yield shop


def make_view(qtbot, shop, role):
    view = SupervisorView(shop.session(role, Station.SUPERVISOR))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    settle()
    return view


class Forms:
    """Fills each form the view opens, through its widgets, and accepts it."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.queue: list[tuple[type, dict]] = []
        self.seen: list[str] = []

    def expect(self, kind, **values):
        self.queue.append((kind, values))

    def __call__(self, dialog):
        kind, values = self.queue.pop(0)
        assert isinstance(dialog, kind), (dialog, kind)
        self.seen.append(type(dialog).__name__)
        for name, value in values.items():
            widget = dialog.findChild(QWidget, name)
            assert widget is not None, name
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, QDateEdit):
                widget.setDate(value)
            elif isinstance(widget, QLineEdit):
                widget.clear()
                self.qtbot.keyClicks(widget, value) if value.isascii() else widget.setText(value)
        return True


def late_refs(view, notice_no):
    return sorted(view.late_model.record(r).kind for r in range(view.late_model.rowCount())
                  if view.late_model.record(r).ref == notice_no)


def select_late(view, kind, ref):
    row = next(r for r in range(view.late_model.rowCount())
               if (view.late_model.record(r).kind, view.late_model.record(r).ref) == (kind, ref))
    view.ui.tabs.setCurrentWidget(view.ui.overdueTab)
    view.ui.overdueTable.setCurrentIndex(
        view.late_proxy.mapFromSource(view.late_model.index(row, 0)))


def click(qtbot, view, button):
    assert button.isEnabled(), button.objectName()
    with qtbot.waitSignal(view.changed, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def test_a_notice_from_raising_to_verified_closure(qtbot, shop, monkeypatch, tmp_path):
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    forms = Forms(qtbot)
    view.run_dialog = forms
    notice = view.notice_model.record(0).case.notice_no
    assert late_refs(view, notice) == ["complaint_closure", "complaint_contact",
                                       "complaint_report"]
    assert view.notice_proxy.index(0, 9).data().startswith("Customer contact")  # next

    # The Overdue tab: the contact is recorded from there and leaves the list.
    select_late(view, "complaint_contact", notice)
    forms.expect(quality_dialogs.ContactDialog, channelCombo="phone", personEdit="Wang",
                 noteEdit="called, plan agreed")
    click(qtbot, view, view.ui.actOnOverdueButton)
    assert late_refs(view, notice) == ["complaint_closure", "complaint_report"]

    assert view.select_notice(notice)
    forms.expect(quality_dialogs.AssignDialog, ownerEdit="tester")
    click(qtbot, view, view.ui.assignButton)
    assert view.notice_model.record(0).case.owner_name == "tester"
    view.select_notice(notice)
    forms.expect(quality_dialogs.ClassifyDialog, severityCombo="major")
    click(qtbot, view, view.ui.classifyButton)
    assert view.notice_proxy.index(0, 4).data() == "Major (8D)"

    report, eight_d = tmp_path / "report.pdf", tmp_path / "8D.png"
    report.write_bytes(PDF)
    eight_d.write_bytes(PNG)
    view.select_notice(notice)
    forms.expect(quality_dialogs.AttachDialog, kindCombo="report", fileEdit=str(report))
    click(qtbot, view, view.ui.attachButton)
    assert late_refs(view, notice) == ["complaint_closure", "complaint_report"]  # 8D still due
    select_late(view, "complaint_report", notice)
    forms.expect(quality_dialogs.AttachDialog, kindCombo="8d", fileEdit=str(eight_d))
    click(qtbot, view, view.ui.actOnOverdueButton)
    assert late_refs(view, notice) == ["complaint_closure"]

    # View and export the latest file: the bytes stored, checked by their SHA-256.
    opened = []
    view.open_url = lambda url: opened.append(url.toLocalFile()) or True
    view.select_notice(notice)
    qtbot.mouseClick(view.ui.viewFileButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert open(opened[0], "rb").read() == PNG
    exported = tmp_path / "copy.png"
    view.ask_save_path = lambda suggested: str(exported)
    qtbot.mouseClick(view.ui.exportFileButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(exported.exists, timeout=10000)
    assert hashlib.sha256(exported.read_bytes()).hexdigest() == hashlib.sha256(PNG).hexdigest()

    # A corrective action opened from the notice, for the production supervisor.
    view.select_notice(notice)
    forms.expect(quality_dialogs.CapaDialog, ownerEdit="productionsupervisor",
                 actionEdit="reflow profile checked every shift",
                 rootCauseEdit="reflow profile drift", dueEdit=date.today() + timedelta(days=5))
    click(qtbot, view, view.ui.capaFromNoticeButton)
    action = view.action_model.record(0).action
    assert (action.notice_no, action.owner_name) == (notice, "production_supervisor")
    assert action.ca_no in view.notice_proxy.index(0, 11).data()
    view.select_action(action.ca_no)
    assert not view.ui.implementedButton.isEnabled()  # only the responsible person

    production = make_view(qtbot, shop, Role.PRODUCTION_SUPERVISOR)
    production.run_dialog = forms
    production.select_action(action.ca_no)
    forms.expect(quality_dialogs.NoteDialog, noteEdit="checklist in use since Monday")
    click(qtbot, production, production.ui.implementedButton)

    view.refresh()
    settle()
    signer = answer_signatures(monkeypatch)
    view.select_action(action.ca_no)
    view.ui.noteEdit.setText("two weekly reports without the fault")
    click(qtbot, view, view.ui.verifyButton)
    assert supervision.corrective_action(shop.uow(), action.ca_no).status.value == "closed"

    # Closed from the Overdue tab, signed; nothing of the notice is late any more.
    select_late(view, "complaint_closure", notice)
    forms.expect(quality_dialogs.NoteDialog, noteEdit="8D accepted, customer informed")
    click(qtbot, view, view.ui.actOnOverdueButton)
    assert len(signer.asked) == 2
    assert late_refs(view, notice) == []
    closed = supervision.complaint_detail(shop.uow(), notice)
    assert closed.case.status.value == "closed" and closed.case.close_certificate_fingerprint
    assert [a.ca_no for a in closed.actions] == [action.ca_no]
    assert forms.queue == []


def test_refusals_are_shown_and_lose_nothing(qtbot, shop, monkeypatch, tmp_path):
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    forms = Forms(qtbot)
    view.run_dialog = forms
    notice = view.notice_model.record(0).case.notice_no
    text = tmp_path / "notes.txt"
    text.write_text("no document")
    view.select_notice(notice)
    forms.expect(quality_dialogs.AttachDialog, kindCombo="report", fileEdit=str(text))
    qtbot.mouseClick(view.ui.attachButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message_bar.kind == "error", timeout=10000)
    assert "not a PDF or an image" in view.message_bar.text()
    forms.expect(quality_dialogs.AssignDialog, ownerEdit="repairengineer")
    qtbot.mouseClick(view.ui.assignButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no QC role" in view.message_bar.text(), timeout=10000)
    manager = make_view(qtbot, shop, Role.MANAGER)
    manager.select_notice(notice)
    for button in (manager.ui.assignButton, manager.ui.contactButton, manager.ui.attachButton,
                   manager.ui.closeNoticeButton, manager.ui.capaFromNoticeButton):
        assert not button.isEnabled(), button.objectName()


def test_a_delivery_without_a_quantity_is_named_beside_the_notices(qtbot, shop):
    # A production fault shipped against a delivery whose quantity the customer did not give:
    # step 8 cannot be evaluated, which the notices list says instead of staying silent.
    rma_no, serials = shop.bench.receive(1, delivery_no="DN-NOQTY-7", delivered_qty=None)
    shop.bench.full_repair(rma_no, serials)
    view = make_view(qtbot, shop, Role.QC_SUPERVISOR)
    label = view.unevaluated_label
    assert not label.isHidden()  # shown on the notices' tab
    assert "DN-NOQTY-7" in label.text() and rma_no in label.text()
    assert "not evaluated" in label.text()


def test_a_scanned_notice_or_capa_qr_selects_it_and_its_forms_print_from_the_menu(
        qtbot, shop, monkeypatch):
    """Issue 14: the QR of a complaint notice / CAPA report opens it in the Supervisor view;
    the view's context menu prints the notice, its analysis report and the CAPA report."""
    from benchapp.devices.scan import KIND_RECORD, parse_scan
    from benchapp.services import forms
    from benchapp.ui import form_printing
    from benchapp.ui.main_window import MainWindow

    session = shop.session(Role.QC_SUPERVISOR, Station.SUPERVISOR)
    window = MainWindow(shop.uow, shop.user(Role.QC_SUPERVISOR), database_text="test",
                        session=session)
    qtbot.addWidget(window)
    window.show()
    view = window.view
    assert isinstance(view, SupervisorView)
    view.refresh()
    settle()
    notice_no = view.notice_model.record(0).case.notice_no
    rma_no = view.notice_model.record(0).case.rma_no
    scan = parse_scan(notice_no)
    assert scan.kind == KIND_RECORD
    assert window.route_scan(scan) == "view"
    assert view.ui.tabs.currentWidget() is view.ui.complaintsTab
    assert view.selected_notice().case.notice_no == notice_no
    # A number the view does not list falls back to the history of its RMA (none here).
    assert window.route_scan(parse_scan("CA-999999")) == "history"

    printed: list[tuple[str, str]] = []
    monkeypatch.setattr(form_printing, "print_form",
                        lambda _calls, key, number, **_: printed.append((key, number)))
    names = {a.objectName(): a for a in view.actions()}
    names["print_complaint_notice"].trigger()
    names["print_analysis_report"].trigger()
    assert printed == [(forms.COMPLAINT_NOTICE, notice_no), (forms.ANALYSIS_REPORT, rma_no)]
    window.close()
