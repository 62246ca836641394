"""Every scan rejection, device error and device state has a translatable GUI text whose
{fields} are those of benchapp.devices.errors' English messages."""

from __future__ import annotations

import string

import pytest
from PySide6.QtWidgets import QWidget

from benchapp.devices import ports
from benchapp.devices.errors import (
    DEVICE_ERROR_MESSAGES,
    SCAN_REJECT_MESSAGES,
    DeviceErrorReason,
    FixtureError,
    PortError,
    ScanRejectReason,
)
from benchapp.devices.link import DeviceState
from benchapp.devices.scan import ScanExpectation, ScanRejected, parse_scan
from benchapp.ui import messages
from benchapp.ui.stations import base

pytestmark = pytest.mark.gui


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_scan_rejection_has_a_text():
    assert set(messages.SCAN_REJECT_TEXTS) == set(ScanRejectReason)


def test_every_device_error_has_a_text():
    assert set(messages.DEVICE_ERROR_TEXTS) == set(DeviceErrorReason)


def test_every_device_state_has_a_text(qapp):
    assert set(messages.DEVICE_STATE_TEXTS) == set(DeviceState)
    for state in DeviceState:
        assert messages.device_state_text(state.value)
    assert messages.device_state_text("connected") == "Connected"
    assert messages.device_state_text("warp") == "warp"  # a newer driver's state: shown as is


@pytest.mark.parametrize("reason", list(ScanRejectReason))
def test_scan_text_has_the_drivers_fields(qapp, reason):
    # ScanRejected.message adds {raw} itself; the GUI text may use it as well.
    assert fields(messages.SCAN_REJECT_TEXTS[reason]) == fields(SCAN_REJECT_MESSAGES[reason])
    params = {name: f"<{name}>" for name in fields(SCAN_REJECT_MESSAGES[reason]) - {"raw"}}
    text = messages.scan_reject_text(ScanRejected(reason, params, b"RAW"))
    assert "{" not in text and "}" not in text
    for value in params.values():
        assert value in text


@pytest.mark.parametrize("reason", list(DeviceErrorReason))
def test_device_text_has_the_drivers_fields(qapp, reason):
    assert fields(messages.DEVICE_ERROR_TEXTS[reason]) == fields(DEVICE_ERROR_MESSAGES[reason])
    params = {name: f"<{name}>" for name in fields(DEVICE_ERROR_MESSAGES[reason])}
    text = messages.device_error_text(PortError(reason, **params))
    assert "{" not in text and "}" not in text
    for value in params.values():
        assert value in text


def test_real_rejections_read_as_sentences(qapp):
    rejected = parse_scan("SN-1\x07X")
    assert messages.scan_reject_text(rejected) == (
        "The scan contains the control character \\x07 at position 5: SN-1\\x07X. Scan again.")
    rejected = parse_scan("RMA-000001", expect=ScanExpectation.of(["unit", "slip"]))
    assert messages.scan_reject_text(rejected) == (
        "This field expects a slip QR or a unit serial; the scan is an RMA number: RMA-000001")
    too_long = parse_scan("X" * 300)
    assert "300 characters" in messages.scan_reject_text(too_long)


def test_station_views_use_the_same_text(qapp):
    class View(QWidget, base.ServiceCalls):
        def refresh(self) -> None:
            pass

    view = View()
    view.message_bar = base.MessageBar(view)
    rejected = parse_scan("")
    view.show_scan_rejected(rejected)
    assert view.message_bar.text() == messages.scan_reject_text(rejected)
    assert view.message_bar.text() == "The scan is empty. Scan again."


def test_device_names_and_fixes_are_translated_words(qapp):
    err = PortError(DeviceErrorReason.PORT_BUSY, port="/dev/ttyACM0", fix=ports.BUSY_FIX_POSIX)
    assert messages.device_error_text(err) == (
        "/dev/ttyACM0 is busy: another program has it open (a second benchapp, a serial "
        "terminal, ModemManager); close it and try again.")
    err = FixtureError(DeviceErrorReason.NOT_CONNECTED, device="fixture", port="COM4",
                       detail="no fixture on the port")
    assert messages.device_error_text(err) == "The test fixture on COM4 is not connected."
    for fix in (ports.DIALOUT_FIX, ports.BUSY_FIX_POSIX, ports.BUSY_FIX_WINDOWS):
        assert fix in messages._PORT_FIXES


def test_fixture_timeouts_name_the_unit(qapp):
    err = FixtureError(DeviceErrorReason.TIMEOUT, device="fixture", port="/dev/ttyUSB0",
                       detail="did not finish within 30 s while testing SN1", seconds=30.0,
                       overall=True, serial="SN1")
    assert messages.device_error_text(err) == (
        "The fixture on /dev/ttyUSB0 did not finish testing SN1 within 30 s.")
    err = FixtureError(DeviceErrorReason.TIMEOUT, device="fixture", port="/dev/ttyUSB0",
                       detail="sent nothing for 5 s while testing SN1", seconds=5,
                       overall=False, serial="SN1")
    assert messages.device_error_text(err) == (
        "The fixture on /dev/ttyUSB0 sent nothing for 5 s while testing SN1.")


def test_missing_parameter_falls_back_to_the_drivers_message(qapp):
    err = PortError(DeviceErrorReason.PORT_AMBIGUOUS, port="05e0:1200")
    assert messages.device_error_text(err) == err.message
