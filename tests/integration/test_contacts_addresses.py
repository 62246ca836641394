"""The customer's contact person (at receiving, or in an imported CSV) and the shipping address
(at shipping, offered from the customer's last one) reach the service form and the shipping
note (issue 14, migration 0022); files without the new columns import as before."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from benchapp.domain.errors import InvalidInput
from benchapp.domain.history import (
    CONTACT_COLUMNS,
    FULL_HEADER,
    HEADER,
    ImportRejected,
    parse_history,
)
from benchapp.domain.roles import Role
from benchapp.services import forms, supervision, workflow
from tests.workflow_helpers import PASSWORD, Bench

OLD = ("SH-2001,深圳市华强电子有限公司,PCBA-MC200-V3,MC-X1,2026-10-05,2026-10-06,2026-10-08,"
       "2026-10-10,production,U12 虚焊,SMT贴片,35,0")
DELIVERY = ",DN-900,1000,WO-2608-1,2635"
# The hashes these rows had before the contact columns existed (benchapp before 0022).
OLD_HASHES = {HEADER: "7f8836879b29d9d1b97d1a75e98f92c4962bb0b0544b0f598be11d0f8ae28a8b",
              FULL_HEADER: "416a1f693a6f3e0591dbf25fad9d2505e3ba9b2aaa7efae2639390e9c0af6cf9"}
TODAY = date(2026, 12, 1)


def csv_bytes(header: tuple[str, ...], rows: list[str]) -> bytes:
    return "\r\n".join([",".join(header), *rows, ""]).encode("utf-8-sig")


@pytest.fixture
def bench(uow_factory):
    return Bench(uow_factory())


def test_old_files_keep_their_row_hashes():
    for header, row in ((HEADER, OLD), (FULL_HEADER, OLD + DELIVERY)):
        (parsed,) = parse_history(csv_bytes(header, [row]), source="old.csv", today=TODAY)
        assert parsed.sha256 == OLD_HASHES[header]
        assert (parsed.contact, parsed.contact_phone) == ("", "")


def test_the_contact_columns_are_optional_last_and_checked():
    for header, row in ((HEADER + CONTACT_COLUMNS, OLD),
                        (FULL_HEADER + CONTACT_COLUMNS, OLD + DELIVERY)):
        (parsed,) = parse_history(csv_bytes(header, [row + ",王工,0512-6283 9901"]),
                                  source="new.csv", today=TODAY)
        assert (parsed.contact, parsed.contact_phone) == ("王工", "0512-6283 9901")
        assert parsed.sha256 not in OLD_HASHES.values()
    # Empty contact columns: the same row as an old file's, with the same hash.
    (blank,) = parse_history(csv_bytes(HEADER + CONTACT_COLUMNS, [OLD + ",,"]),
                             source="blank.csv", today=TODAY)
    assert blank.sha256 == OLD_HASHES[HEADER]
    with pytest.raises(ImportRejected) as err:
        parse_history(csv_bytes(HEADER + CONTACT_COLUMNS, [OLD + ",王工,call me"]),
                      source="bad.csv", today=TODAY)
    assert "contact_phone" in str(err.value.problems[0])


def test_an_imported_contact_is_stored_on_the_rma(bench, engine):
    admin = bench.people[Role.ADMIN]
    rows = [OLD + ",王工,0512-6283 9901", OLD.replace("MC-X1", "MC-X2") + ",王工,0512-6283 9901"]
    result = supervision.import_repairs(bench.uow, admin,
                                        csv_bytes(HEADER + CONTACT_COLUMNS, rows),
                                        source="contacts.csv")
    assert (result.added, result.rmas_added) == (2, 1)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT contact, contact_phone FROM rmas "
                                "WHERE rma_no = 'SH-2001'")).one()
    assert tuple(row) == ("王工", "0512-6283 9901")
    # Again: nothing added, the rows' hashes match.
    again = supervision.import_repairs(bench.uow, admin,
                                       csv_bytes(HEADER + CONTACT_COLUMNS, rows),
                                       source="contacts.csv")
    assert again.already_imported == 2


def test_the_contact_given_at_receiving_prints_on_the_service_form(bench, uow_factory):
    rma_no, _serials = bench.receive(2, contact="刘工（品质）", contact_phone="0755-2671 3308")
    data = forms.form_data(uow_factory(), forms.SERVICE_FORM, rma_no)
    assert data.contact == "刘工（品质）  0755-2671 3308"
    without, _ = bench.receive(1)
    assert forms.form_data(uow_factory(), forms.SERVICE_FORM, without).contact == ""


def test_a_phone_that_is_not_one_is_refused_and_nothing_is_saved(bench, engine):
    with engine.connect() as conn:
        before = conn.scalar(text("SELECT count(*) FROM rmas"))
    with pytest.raises(InvalidInput) as err:
        bench.receive(1, contact="王工", contact_phone="ask the front desk")
    assert "contact phone" in err.value.message
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM rmas")) == before


def test_the_address_shipped_to_prints_and_is_offered_next_time(bench, uow_factory, engine):
    from tests.integration.test_deliveries import ready_to_ship

    rma_no, serials = ready_to_ship(bench, 1, "material", delivery_no="DN-700")
    customer = forms.form_data(uow_factory(), forms.SERVICE_FORM, rma_no).customer
    assert forms.customer_address(uow_factory(), customer) == ""
    address = "江苏省苏州市工业园区星湖街 328 号 12 幢"
    note = workflow.ship_units(uow_factory(), bench.business_clerk, rma_no=rma_no,
                               serials=serials, carrier="顺丰速运", tracking_no="SF1",
                               password=PASSWORD, port=bench.port, address=address)
    data = forms.form_data(uow_factory(), forms.SHIPPING_NOTE, note.note_no)
    assert data.address == address
    assert forms.customer_address(uow_factory(), customer) == address
    assert forms.customer_address(uow_factory(), "another customer") == ""
    with engine.connect() as conn:
        detail = conn.execute(text("SELECT detail FROM tracking_log WHERE action = "
                                   "'shipping_note' AND rma_no = :r"), {"r": rma_no}).scalar()
    if isinstance(detail, str):  # SQLite hands the JSON back as text
        detail = json.loads(detail)
    assert detail["address"] == address
