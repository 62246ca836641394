"""The paper forms (issue 14) rendered from the demo shop and read back: text, QR, fonts; the
`benchapp form` commands; prints and reprints counted in the tracking log."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.demo import DEMO_PASSWORD, load_demo
from benchapp.domain.errors import NotFound
from benchapp.services import forms
from benchapp.services.supervision import change_setting
from benchapp.services.users import login
from benchapp.slips.forms import CUSTOMER_CAUSES, LIMITS, render_form
from tests.integration.slips.test_render import assert_all_fonts_embedded_and_subset

# The first test also loads the demo shop for the module (a minute or two on a busy machine).
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """The demo shop, loaded once for the module (a load takes several seconds)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('forms') / 'demo.db'}"
    engine = make_engine(url)
    upgrade(engine)
    load_demo(engine)
    yield url, engine
    engine.dispose()


@pytest.fixture
def uow(shop):
    return lambda: SqlAlchemyUnitOfWork(shop[1])


def _one(engine, stmt):
    with engine.connect() as conn:
        return conn.execute(stmt).first()


@pytest.fixture(scope="module")
def ids(shop):
    """A record of the demo for each form: the RMA with the most repairs, a unit that was
    screened and re-inspected, a shipping note, an anomaly form."""
    engine = shop[1]
    rr, units, rmas = m.RepairRecordRow, m.UnitRow, m.RmaRow
    rma_no = _one(engine, select(rmas.rma_no).join(units, units.rma_id == rmas.id)
                  .join(rr, rr.unit_id == units.id).group_by(rmas.rma_no)
                  .order_by(func.count().desc(), rmas.rma_no))[0]
    serial = _one(engine, select(units.serial).join(m.ReinspectionRow,
                                                    m.ReinspectionRow.unit_id == units.id)
                  .order_by(units.id))[0]
    note_no = _one(engine, select(m.ShippingNoteRow.note_no).order_by(m.ShippingNoteRow.id))[0]
    form_no = _one(engine, select(m.AnomalyFormRow.form_no).order_by(m.AnomalyFormRow.id))[0]
    # A notice with corrective actions (its RMA for the analysis report: units measured at
    # receipt), and a corrective action that was implemented.
    ca, ccn = ms.CorrectiveActionRow, m.ComplaintNoticeRow
    notice_no, notice_rma = _one(engine, select(ccn.notice_no, rmas.rma_no)
                                 .join(ca, ca.notice_id == ccn.id)
                                 .join(rmas, rmas.id == ccn.rma_id).order_by(ca.id))
    ca_no = _one(engine, select(ca.ca_no).order_by(ca.implemented_at.is_(None), ca.id))[0]
    return {forms.SERVICE_FORM: rma_no, forms.REPAIR_RECORD: rma_no,
            forms.ANOMALY_FORM: form_no, forms.INSPECTION_RECORD: serial,
            forms.SHIPPING_NOTE: note_no, forms.BOX_LABEL: note_no,
            forms.COMPLAINT_NOTICE: notice_no, forms.ANALYSIS_REPORT: notice_rma,
            forms.CAPA_REPORT: ca_no}


def _qr_and_codes(tmp_path, pdf: bytes, name: str) -> list[str]:
    zbarimg, pdftoppm = shutil.which("zbarimg"), shutil.which("pdftoppm")
    if zbarimg is None or pdftoppm is None:
        if os.environ.get("CI"):
            pytest.fail("zbarimg / pdftoppm missing: CI must install zbar-tools, poppler-utils")
        pytest.skip("needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)")
    (tmp_path / f"{name}.pdf").write_bytes(pdf)
    subprocess.run([pdftoppm, "-r", "300", "-f", "1", "-l", "1", "-singlefile", "-png",
                    f"{name}.pdf", name], cwd=tmp_path, check=True, timeout=60)
    out = subprocess.run([zbarimg, "-q", f"{name}.png"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=60, check=False)
    return out.stdout.split()


# What each form's text must show, beyond its title and record number.
def _expected(data) -> list[str]:
    if isinstance(data, forms.ServiceForm):
        return ["售后服务表", "After-sales Service Form", data.customer, data.model,
                f"{data.declared_qty} 件 pcs", "客户投诉 / Complaint", "交期 / Due date",
                "存放位置 / Storage", data.received_by.name, *data.serials]
    if isinstance(data, forms.RepairRecordForm):
        first = data.repairs[0]
        return ["售后维修记录表", "Repair Record", data.customer, first.serial,
                first.root_cause[:10], "原因类别", "责任部门 / Department",
                "维修人 / Repairer", first.repairer.name, "复检与OQC结果",
                *[c.inspector.name for c in data.checks]]
    if isinstance(data, forms.AnomalyFormDoc):
        return ["品质检验异常反馈表", data.serial, data.defect[:10],
                data.responsible_inspector.name, "签名状态 / Signature",
                "已签名确认" if data.signed_by else "待责任检验员签名"]
    if isinstance(data, forms.InspectionRecord):
        measured = [m for i in data.inspections for m in i.measurements]
        return ["检验记录 / 测试报告", data.serial, data.model, "操作员 / Operator",
                "上下限 Limits", measured[0].name, measured[0].unit,
                *{i.operator.name for i in data.inspections}]
    if isinstance(data, forms.ShippingNoteForm):
        return ["发货单", "Shipping Note", data.customer, data.carrier, data.tracking_no,
                f"{data.quantity} 件 pcs", data.signed_by.name, *data.serials]
    if isinstance(data, forms.ComplaintNoticeForm):
        assert data.units and data.deadlines and data.actions
        return ["客户投诉通知书", "Customer Complaint Notice", data.customer, data.model,
                "不良率 / Rate", "原因统计 / Causes", "处理期限 / Deadlines", "负责人 / Owner",
                *[u.serial for u in data.units], *[a.ca_no for a in data.actions],
                *[LIMITS[t.what] for t in data.deadlines]]
    if isinstance(data, forms.AnalysisReport):
        found = [u for u in data.units if u.symptom]
        evidence = [m for u in data.units for m in u.evidence]
        assert found and evidence
        return ["故障分析报告", "Failure Analysis Report", data.customer,
                "故障现象 / Fault found", "处理措施 / Action taken",
                "Evidence: measurements at receipt", evidence[0].name,
                *[u.serial for u in data.units],
                *{CUSTOMER_CAUSES[u.cause_category] for u in found}]
    if isinstance(data, forms.CapaReport):
        assert data.implemented_at is not None
        return ["纠正措施报告", "Corrective Action Report", data.responsible_process,
                data.person_found, data.preventive_measure[:10], str(data.due_date),
                "效果验证 / Verification", "实施 / Implementation", data.implemented_by.name]
    assert isinstance(data, forms.BoxLabel)
    return ["外箱标签", f"型号 Model: {data.model}", f"数量 Qty: {data.quantity}",
            data.customer[:4], str(data.ship_date), data.header.rma_no]


@pytest.mark.parametrize("key", forms.FORM_KEYS)
def test_each_form_renders_from_demo_data_and_reads_back(key, uow, ids, poppler, tmp_path):
    data = forms.form_data(uow(), key, ids[key])
    assert data.header.record_no == ids[key]
    pdf = render_form(data)
    text = poppler("pdftotext", pdf, "-layout")
    for expected in [data.header.record_no, data.header.form_no, *_expected(data)]:
        assert expected in text, (key, expected)
    assert_all_fonts_embedded_and_subset(poppler("pdffonts", pdf))
    # The QR holds the record's number (a scan opens it); the Code128 too.
    codes = _qr_and_codes(tmp_path, pdf, key)
    assert f"QR-Code:{ids[key]}" in codes, codes
    assert f"CODE-128:{ids[key]}" in codes, codes
    info = poppler("pdfinfo", pdf)
    if key == forms.BOX_LABEL:
        assert "Page size:       283.465 x 198.425 pts" in info  # 100 x 70 mm, landscape
    else:
        assert "(A4)" in info


def test_the_box_label_takes_the_label_printers_size(uow, ids, poppler):
    data = forms.form_data(uow(), forms.BOX_LABEL, ids[forms.BOX_LABEL])
    info = poppler("pdfinfo", render_form(data, label_mm=(50, 30), printer_dpi=203))
    assert "Page size:       141.732 x 85.0394 pts" in info  # 50 x 30 mm


def test_service_form_prints_delivery_fields_only_when_the_rma_has_them(uow, ids, poppler):
    from dataclasses import replace

    data = forms.form_data(uow(), forms.SERVICE_FORM, ids[forms.SERVICE_FORM])
    # The demo's returns name their delivery; one from before deliveries were recorded does not.
    without = replace(data, delivery_no=None, delivered_qty=None)
    assert "送货单号" not in poppler("pdftotext", render_form(without))
    shown = poppler("pdftotext", render_form(replace(data, delivery_no="DN-2611-0042",
                                                    delivered_qty=1200)))
    assert "送货单号 / Delivery no." in shown and "DN-2611-0042" in shown
    assert "1200 件 pcs" in shown


def test_the_analysis_report_shows_a_units_photos_as_evidence(uow, ids, poppler):
    import io

    from PIL import Image

    from benchapp.services import attachments

    data = forms.form_data(uow(), forms.ANALYSIS_REPORT, ids[forms.ANALYSIS_REPORT])
    with uow() as w:  # a photo of a serial goes to its newest RMA: a unit not returned since
        serial = next(u.serial for u in data.units
                      if w.attachments.target(u.serial)[1] == data.header.rma_no)
    picture = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 40, 40)).save(picture, "PNG")
    repairer = login(uow(), "repair", DEMO_PASSWORD).actor()
    attachments.attach(uow(), repairer, target=serial, file_name="u12-joint.png",
                       data=picture.getvalue())
    data = forms.form_data(uow(), forms.ANALYSIS_REPORT, ids[forms.ANALYSIS_REPORT])
    shown = {u.serial: u.photos for u in data.units}
    assert [name for name, _ in shown[serial]] and not any(
        photos for other, photos in shown.items() if other != serial)
    pdf = render_form(data)
    text = poppler("pdftotext", pdf)
    assert "Evidence: photos" in text and shown[serial][0][0] in text
    # each thumbnail drawn once (the demo's own photos of this RMA beside the new one)
    assert pdf.count(b"/Subtype /Image") == len(data.photos) + sum(
        len(photos) for photos in shown.values())


def _images(poppler, pdf: bytes) -> list[tuple[int, int]]:
    """(width, height) in pixels of each image in the PDF, as pdfimages lists them."""
    rows = poppler("pdfimages", pdf, "-list").splitlines()[2:]
    return [(int(r.split()[3]), int(r.split()[4])) for r in rows]


def test_the_analysis_report_shows_the_rmas_own_photos_bounded(uow, ids, poppler):
    import io

    from PIL import Image

    from benchapp.domain.attachments import THUMBNAIL_SIDE
    from benchapp.services import attachments

    rma_no = ids[forms.ANALYSIS_REPORT]
    before = _images(poppler, render_form(forms.form_data(uow(), forms.ANALYSIS_REPORT, rma_no)))
    picture = io.BytesIO()
    Image.new("RGB", (4000, 3000), (40, 40, 200)).save(picture, "JPEG")
    clerk = login(uow(), "clerk", DEMO_PASSWORD).actor()
    attachments.attach(uow(), clerk, target=rma_no, file_name="carton.jpg",
                       data=picture.getvalue())
    data = forms.form_data(uow(), forms.ANALYSIS_REPORT, rma_no)
    assert [name for name, _ in data.photos][-1] == "carton.jpg"
    pdf = render_form(data)
    text = poppler("pdftotext", pdf)
    assert "照片 / Photos" in text and "carton.jpg" in text
    images = _images(poppler, pdf)
    assert len(images) == len(before) + 1
    assert (THUMBNAIL_SIDE, THUMBNAIL_SIDE * 3 // 4) in images  # 4000 x 3000 printed bounded
    assert all(max(size) <= THUMBNAIL_SIDE for size in images)


def test_a_notice_lists_each_unit_it_counts_across_its_deliverys_rmas(uow, shop):
    with shop[1].connect() as conn:
        notices = conn.execute(select(m.ComplaintNoticeRow.notice_no)).scalars().all()
    assert len(notices) >= 5
    for notice_no in notices:
        data = forms.form_data(uow(), forms.COMPLAINT_NOTICE, notice_no)
        assert len(data.units) == data.non_customer_units, notice_no
        assert sorted(c for c, n in data.causes for _ in range(n)) == sorted(
            u.cause_category for u in data.units), notice_no


def test_unknown_records_are_not_found(uow):
    for key, record in ((forms.SERVICE_FORM, "RMA-999999"), (forms.SERVICE_FORM, "junk"),
                        (forms.ANOMALY_FORM, "QAF-999999"),
                        (forms.INSPECTION_RECORD, "NO-SUCH-SERIAL"),
                        (forms.SHIPPING_NOTE, "SHN-999999"), (forms.BOX_LABEL, "RMA-000001"),
                        (forms.COMPLAINT_NOTICE, "CCN-999999"),
                        (forms.COMPLAINT_NOTICE, "RMA-000001"),
                        (forms.CAPA_REPORT, "CA-999999"), (forms.CAPA_REPORT, "CCN-000001"),
                        (forms.ANALYSIS_REPORT, "RMA-999999")):
        with pytest.raises(NotFound):
            forms.form_data(uow(), key, record)
    with pytest.raises(NotFound):
        forms.form_data(uow(), "8d-report", "CA-000001")


def test_form_numbers_are_shop_settings(uow, ids, shop):
    admin = login(uow(), "admin", DEMO_PASSWORD).actor()
    change_setting(uow(), admin, "shipping_note_form_no", "HQ-QR-7.5-03")
    change_setting(uow(), admin, "shipping_note_revision", "B-1")
    try:
        data = forms.form_data(uow(), forms.SHIPPING_NOTE, ids[forms.SHIPPING_NOTE])
        assert (data.header.form_no, data.header.revision) == ("HQ-QR-7.5-03", "B-1")
        other = forms.form_data(uow(), forms.BOX_LABEL, ids[forms.BOX_LABEL])
        assert other.header.form_no == "QP-TPZ-002-F07"  # each form has its own
    finally:
        change_setting(uow(), admin, "shipping_note_form_no", "QP-TPZ-002-F06")
        change_setting(uow(), admin, "shipping_note_revision", "A-0")


def test_a_reprint_is_a_copy_and_both_are_logged(uow, ids, shop):
    clerk = login(uow(), "clerk", DEMO_PASSWORD).actor()
    header = forms.form_data(uow(), forms.SHIPPING_NOTE, ids[forms.SHIPPING_NOTE]).header
    other = forms.form_data(uow(), forms.BOX_LABEL, ids[forms.BOX_LABEL]).header
    assert not forms.is_reprint(uow(), header)
    first = forms.record_form_printed(uow(), clerk, header)
    assert (first.copy, first.print_count) == (False, 1)
    assert forms.is_reprint(uow(), header)
    assert not forms.is_reprint(uow(), other)  # the box label of the same note: not printed
    second = forms.record_form_printed(uow(), clerk, header)
    assert (second.copy, second.print_count) == (True, 2)
    with uow() as w:
        entries = [e for e in w.log.for_rma(header.rma_no)
                   if e.action in (forms.PRINTED, forms.REPRINTED)]
    assert [(e.action, e.detail["form"], e.detail["record_no"], e.detail["copy"])
            for e in entries[-2:]] == [
        (forms.PRINTED, forms.SHIPPING_NOTE, header.record_no, False),
        (forms.REPRINTED, forms.SHIPPING_NOTE, header.record_no, True)]
    assert entries[-1].actor_name == "clerk"


def test_a_form_qr_leads_to_its_rma(uow, ids):
    rma = forms.form_data(uow(), forms.SHIPPING_NOTE, ids[forms.SHIPPING_NOTE]).header.rma_no
    assert forms.rma_of_record(uow(), ids[forms.SHIPPING_NOTE]) == rma
    anomaly = forms.form_data(uow(), forms.ANOMALY_FORM, ids[forms.ANOMALY_FORM]).header
    assert forms.rma_of_record(uow(), ids[forms.ANOMALY_FORM]) == anomaly.rma_no
    assert forms.rma_of_record(uow(), "RMA-000002") == "RMA-000002"
    assert forms.rma_of_record(uow(), "SHN-999999") is None
    notice = forms.form_data(uow(), forms.COMPLAINT_NOTICE, ids[forms.COMPLAINT_NOTICE]).header
    assert forms.rma_of_record(uow(), ids[forms.COMPLAINT_NOTICE]) == notice.rma_no
    with uow() as w:
        action = w.supervision.corrective_action(ids[forms.CAPA_REPORT])
    assert forms.rma_of_record(uow(), ids[forms.CAPA_REPORT]) == action.rma_no
    assert forms.rma_of_record(uow(), "CCN-999999") is None
    assert forms.rma_of_record(uow(), "CA-999999") is None


def test_a_capa_report_print_without_an_rma_is_counted_too(uow, ids):
    """A CA raised from a week's statistics belongs to no RMA: its prints still count."""
    from dataclasses import replace

    qcsup = login(uow(), "qcsup", DEMO_PASSWORD).actor()
    header = forms.form_data(uow(), forms.CAPA_REPORT, ids[forms.CAPA_REPORT]).header
    loose = replace(header, rma_no="-", record_no="CA-999998")
    assert forms.record_form_printed(uow(), qcsup, loose).copy is False
    assert forms.record_form_printed(uow(), qcsup, loose).copy is True


# -- the CLI ---------------------------------------------------------------------------------


def cli(*args, db, password=DEMO_PASSWORD):
    return subprocess.run([sys.executable, "-m", "benchapp", *args, "--db", db],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "BENCHAPP_PASSWORD": password})


def test_form_list_names_the_keys(shop):
    out = cli("form", "list", db=shop[0])
    assert out.returncode == 0, out.stderr
    assert [line.split()[0] for line in out.stdout.splitlines()] == list(forms.FORM_KEYS)


def test_form_out_writes_the_pdf_and_logs_the_read(shop, ids, tmp_path, poppler):
    target = tmp_path / "note.pdf"
    note = ids[forms.SHIPPING_NOTE]
    out = cli("form", forms.SHIPPING_NOTE, note, "--as", "clerk", "--out", str(target),
              db=shop[0])
    assert out.returncode == 0, out.stderr
    assert note in poppler("pdftotext", target.read_bytes())
    with shop[1].connect() as conn:
        read = conn.execute(select(m.TrackingLogRow.detail).where(
            m.TrackingLogRow.action == "archive_read").order_by(
                m.TrackingLogRow.id.desc())).first()
    assert read is not None and read[0].get("record_no") == note


@pytest.mark.parametrize("args, message", [
    (("form", "8d-report", "CA-000001"), "unknown form '8d-report'"),
    (("form", "complaint-notice", "CCN-999999"), "'CCN-999999'"),
    (("form", "capa-report", "CA-999999"), "No capa-report record (CA no.) 'CA-999999'"),
    (("form", "service-form", "RMA-999999"), "No service-form record (RMA no.) 'RMA-999999'"),
    (("form", "shipping-note", "SHN-999999"), "'SHN-999999'"),
    (("form", "inspection-record", "NOT-A-UNIT"), "'NOT-A-UNIT'"),
])
def test_unknown_key_or_id_is_one_line_and_exit_1(shop, tmp_path, args, message):
    target = tmp_path / "x.pdf"
    out = cli(*args, "--as", "clerk", "--out", str(target), db=shop[0])
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and message in out.stderr, out.stderr
    assert not target.exists()


def test_form_without_sign_in_is_refused(shop, ids, tmp_path):
    out = cli("form", forms.SERVICE_FORM, ids[forms.SERVICE_FORM], "--as", "clerk",
              "--out", str(tmp_path / "x.pdf"), db=shop[0], password="wrong-password")
    assert out.returncode == 1 and not (tmp_path / "x.pdf").exists()


def test_print_on_a_missing_printer_is_reported_not_redirected(shop, ids):
    out = cli("form", forms.BOX_LABEL, ids[forms.BOX_LABEL], "--as", "clerk", "--print",
              "--printer", "Removed-Label-Printer", db=shop[0])
    assert out.returncode == 1
    assert "Removed-Label-Printer is not available" in out.stderr
    assert "was not printed" in out.stderr
