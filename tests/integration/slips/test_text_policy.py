"""The text policy (benchapp.domain.text): what receiving or import accepts renders and signs.

Found (issue 12 item 6): a full-width space (U+3000), a TAB or a newline in the customer name,
or an NBSP in a serial, passed receiving and import, and every later handover failed with
RenderError for good. Now the door normalises what is harmless and refuses the rest by name,
and the renderer applies the same policy.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.history import HEADER, ImportRejected, parse_history
from benchapp.domain.rma import NewRma, Rma
from benchapp.domain.supervision import SupervisionError
from benchapp.domain.roles import Actor, Role
from benchapp.slips import giver_stamp_lines, render_slip, sign_slip
from benchapp.slips.samples import sample_content
from benchapp.slips.verify import verify_slip
from tests.integration.slips.conftest import GIVER_PASS

CLERK = Actor(2, "clerk", frozenset({Role.BUSINESS_CLERK}))


def received(customer: str, model: str, serial: str) -> Rma:
    return Rma.receive(CLERK, "RMA-000045", NewRma(
        customer=customer, model=model, declared_qty=1, counted_qty=1,
        complaint="不开机 no power", serials=[serial]))


def sign_what_was_received(shop, rma: Rma) -> None:
    ca, giver, _ = shop
    content = dataclasses.replace(sample_content(units=1), customer=rma.customer,
                                  model=rma.model, serials=(rma.units[0].serial,),
                                  declared_count=1)
    pdf = render_slip(content).pdf
    signed = sign_slip(pdf, giver, GIVER_PASS, field="giver",
                       stamp_lines=giver_stamp_lines(content), ca_cert_pem=ca.cert_pem)
    assert verify_slip(signed, trust_pem=ca.cert_pem).ok


@pytest.mark.parametrize(("customer", "serial", "stored_customer", "stored_serial"), [
    ("深圳市\u3000华强电子", "SN-001", "深圳市 华强电子", "SN-001"),   # an IME's full-width space
    ("\u3000华强电子\u00a0", "SN\u00a0001", "华强电子", "SN 001"),      # NBSP, ends stripped
    ("ＡＢＣ电子", "SN-002", "ＡＢＣ电子", "SN-002"),                  # full-width letters kept
])
def test_harmless_spaces_are_normalised_at_the_door_and_the_slip_signs(
        shop, customer, serial, stored_customer, stored_serial):
    rma = received(customer, "PCBA-MC200", serial)
    assert (rma.customer, rma.units[0].serial) == (stored_customer, stored_serial)
    sign_what_was_received(shop, rma)


@pytest.mark.parametrize(("customer", "serial", "named"), [
    ("华强\t电子", "SN-1", "U+0009 TAB not allowed in customer"),
    ("华强\n电子", "SN-1", "U+000A LINE FEED not allowed in customer"),
    ("华强\u200b电子", "SN-1", "U+200B ZERO WIDTH SPACE not allowed in customer"),
    ("华强电子", "SN\t1", "U+0009 TAB"),
])
def test_control_characters_are_refused_at_receiving_by_name(customer, serial, named):
    with pytest.raises(InvalidInput) as err:
        received(customer, "PCBA-MC200", serial)
    assert named in err.value.message


def test_import_normalises_and_refuses_alike_and_names_the_character():
    head = ",".join(HEADER)
    rows = [
        "SH-1,\"华强\u3000电子\",PCBA,SN\u00a01,2026-01-05,2026-01-07,,2026-01-12,production,x,SMT,35,0",
        "SH-2,\"华强\t电子\",PCBA,SN-2,2026-01-05,2026-01-07,,2026-01-12,production,x,SMT,35,0",
    ]
    data = "\r\n".join([head, *rows, ""]).encode()
    with pytest.raises(ImportRejected) as err:
        parse_history(data, source="old.csv", today=date(2026, 11, 23))
    assert [str(p) for p in err.value.problems] == [
        "line 3: customer: U+0009 TAB not allowed in customer."]
    good = parse_history("\r\n".join([head, rows[0], ""]).encode(), source="old.csv",
                         today=date(2026, 11, 23))
    assert (good[0].customer, good[0].serial) == ("华强 电子", "SN 1")


# Text as a clerk, an IME, a scanner or a spreadsheet can produce it: any Unicode, with the
# troublesome spaces and controls made likely.
awkward = st.text(alphabet=st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from("\u3000\u00a0\u2009\u202f\t\r\n\u200b\u200e\ufeff\x00 -ＡＢ华强𠀀"),
), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(customer=awkward, model=awkward, serial=awkward)
def test_anything_receiving_accepts_renders_and_signs(shop, customer, model, serial):
    try:
        rma = received(customer, model, serial)
    except InvalidInput as refused:
        # Refused with a one-line message; a refused character is named.
        assert "\n" not in refused.message
        if refused.reason is Reason.TEXT_CHARACTER_REFUSED:
            assert "U+" in refused.message
        return
    sign_what_was_received(shop, rma)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(customer=awkward, model=awkward, serial=awkward)
def test_anything_import_accepts_renders_and_signs(shop, customer, model, serial):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerow(["SH-1", customer, model, serial, "2026-01-05", "2026-01-07", "",
                     "2026-01-12", "production", "x", "SMT", "35", "0"])
    try:
        rows = parse_history(out.getvalue().encode("utf-8"), source="old.csv",
                             today=date(2026, 11, 23))
    except (ImportRejected, SupervisionError) as refused:  # refused as a whole, by line
        assert str(refused)
        return
    row = rows[0]
    rma = Rma.receive(CLERK, "RMA-000046", NewRma(
        customer=row.customer, model=row.model, declared_qty=1, counted_qty=1,
        complaint="imported", serials=[row.serial]))
    assert (rma.customer, rma.model, rma.units[0].serial) == (row.customer, row.model,
                                                               row.serial)
    sign_what_was_received(shop, rma)
