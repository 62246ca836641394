"""The serial scanner driver through real pseudo-terminals, against the scanner simulator."""

from __future__ import annotations

import os
import pty
import threading
import time
import tty
from types import SimpleNamespace

import pytest
import serial.tools.list_ports

from benchapp.devices.errors import DeviceErrorReason, PortError, ScanRejectReason
from benchapp.devices.link import DeviceState
from benchapp.devices.ports import open_serial
from benchapp.devices.scanner import Scanner
from benchapp.devices.sim import ScannerSimulator

FAST = {"retry_interval": 0.05, "read_timeout": 0.05}


@pytest.fixture
def scanner_for(events):
    started: list[Scanner] = []

    def make(port, require=True, **options):
        scanner = Scanner(port, **{**FAST, **events.callbacks(), **options})
        started.append(scanner)
        scanner.start(require=require)
        return scanner

    yield make
    for scanner in started:
        scanner.stop()


def test_cr_lf_and_crlf_all_end_a_scan(scanner_sim, scanner_for, events):
    scanner_for(scanner_sim.port)
    events.state("connected")
    for end in ("\r", "\n", "\r\n"):
        scanner_sim.send(f"PCBA-{len(end)}{ord(end[0])}", terminator=end)
    # Mixed ends in one burst, as a scanner with a buffered interface sends them.
    scanner_sim.send_raw(b"RMA-000001\rRMA-000002\nRMA-000003\r\n")
    texts = [events.next("scan").text for _ in range(6)]
    assert texts == ["PCBA-113", "PCBA-110", "PCBA-213", "RMA-000001", "RMA-000002", "RMA-000003"]
    events.nothing("reject", 0.1)


def test_aim_identifiers_and_kinds(scanner_sim, scanner_for, events):
    scanner_for(scanner_sim.port)
    slip = "BENCHSLIP|SLP-000042|3|" + "ab" * 32
    scanner_sim.send(slip, aim="]Q1")
    scanner_sim.send("BADGE-OP7", aim="]C0")
    scanner_sim.send("RMA-000123")
    scanner_sim.send("has space")
    got = [events.next("scan") for _ in range(4)]
    assert [(s.text, s.kind) for s in got] == [
        (slip, "slip"),
        ("BADGE-OP7", "badge"),
        ("RMA-000123", "rma"),
        ("has space", "unknown"),
    ]
    assert [s.symbology.aim if s.symbology else None for s in got] == ["]Q1", "]C0", None, None]


def test_expect_set_by_the_focused_field(scanner_sim, scanner_for, events):
    scanner = scanner_for(scanner_sim.port, expect=["qr"])
    scanner_sim.send("PCBA-1", aim="]C0")
    rejected = events.next("reject")
    assert rejected.reason is ScanRejectReason.SYMBOLOGY_MISMATCH
    scanner.expect = ["rma"]
    scanner_sim.send("PCBA-1", aim="]C0")
    assert events.next("reject").reason is ScanRejectReason.KIND_MISMATCH
    scanner_sim.send("RMA-000009", aim="]C0")
    assert events.next("scan").text == "RMA-000009"


def test_gbk_scanner(tmp_path, scanner_for, events):
    with ScannerSimulator(gbk=True) as sim:
        scanner_for(sim.port)
        sim.send("深圳-板卡-0001", aim="]Q1")
        scan = events.next("scan")
        assert (scan.text, scan.encoding, scan.kind) == ("深圳-板卡-0001", "gbk", "unit")


def test_bad_input_is_rejected_with_a_reason_and_reading_goes_on(scanner_sim, scanner_for, events):
    scanner_for(scanner_sim.port)
    scanner_sim.send(b"AB\x07CD")
    scanner_sim.send(b"\xff\xfe\xff")
    scanner_sim.send("X" * 300)
    scanner_sim.send(b"after")
    reasons = [events.next("reject").reason for _ in range(3)]
    assert reasons == [
        ScanRejectReason.CONTROL_CHARACTER,
        ScanRejectReason.UNDECODABLE,
        ScanRejectReason.TOO_LONG,
    ]
    assert events.next("scan").text == "after"


def test_endless_line_without_terminator_is_cut_off(scanner_sim, scanner_for, events):
    scanner_for(scanner_sim.port, max_len=16)
    scanner_sim.send_raw(b"Z" * 5000)
    rejected = events.next("reject")
    assert rejected.reason is ScanRejectReason.TOO_LONG
    assert rejected.params["unit"] == "bytes"
    scanner_sim.send_raw(b"Z" * 5000 + b"\r\n")
    scanner_sim.send("OK-1")
    assert events.next("scan").text == "OK-1"
    events.nothing("reject", 0.1)


def test_babbling_scanner(tmp_path, scanner_for, events):
    with ScannerSimulator(babble=True) as sim:
        scanner_for(sim.port)
        sim.send("PCBA-9")
        assert events.next("reject").reason is ScanRejectReason.UNDECODABLE
        assert events.next("scan").text == "PCBA-9"


def test_double_scan_counts_once(scanner_sim, scanner_for, events):
    scanner_for(scanner_sim.port, duplicate_window=0.5)
    scanner_sim.send("PCBA-7")
    scanner_sim.send("PCBA-7")
    assert events.next("scan").text == "PCBA-7"
    events.nothing("scan", 0.6)
    scanner_sim.send("PCBA-7")
    assert events.next("scan").text == "PCBA-7"
    scanner_sim.send("PCBA-8")
    assert events.next("scan").text == "PCBA-8"


def test_fragment_without_line_end_is_not_glued_to_the_next_scan(scanner_sim, scanner_for, events):
    scanner_for(scanner_sim.port, partial_timeout=0.15)
    scanner_sim.send_raw(b"NOISE")
    assert scanner_sim.wait_drained()  # the driver holds the fragment
    time.sleep(0.3)
    scanner_sim.send("PCBA-1")
    rejected = events.next("reject")
    assert rejected.reason is ScanRejectReason.INCOMPLETE
    assert rejected.raw == b"NOISE"
    assert events.next("scan").text == "PCBA-1"


def test_unplug_mid_line_then_reconnect_by_path(scanner_sim, scanner_for, events):
    first_pts = scanner_sim.slave_path
    scanner = scanner_for(scanner_sim.port)
    events.state("connected")
    scanner_sim.send_raw(b"HALF-A-")
    assert scanner_sim.wait_drained()
    scanner_sim.unplug()
    error = events.state("disconnected")
    assert error.reason is DeviceErrorReason.DISCONNECTED
    assert scanner.state is DeviceState.DISCONNECTED
    scanner_sim.replug()
    events.state("connected")
    assert os.path.realpath(scanner_sim.port) == scanner_sim.slave_path
    scanner_sim.send("WHOLE")
    assert events.next("scan").text == "WHOLE"
    events.nothing("reject", 0.1)
    assert first_pts  # the old pts may or may not be reused; the symlink is what counts


def test_drop_after_n_scans(tmp_path, scanner_for, events):
    with ScannerSimulator(drop_after=2, link=str(tmp_path / "scanner")) as sim:
        scanner_for(sim.port)
        assert sim.send("A-1") and sim.send("A-2")
        assert [events.next("scan").text for _ in range(2)] == ["A-1", "A-2"]
        events.state("disconnected")
        assert not sim.is_plugged
        assert not sim.send("A-3")  # scanned into the void, like a pulled cable


def test_reconnect_by_usb_id_through_list_ports(monkeypatch, scanner_for, events):
    sim = ScannerSimulator().start()
    try:

        def comports(*args, **kwargs):
            ports = [SimpleNamespace(device="/dev/ttyS0", vid=None, pid=None, serial_number=None)]
            if sim.is_plugged:
                ports.append(
                    SimpleNamespace(
                        device=sim.slave_path, vid=0x05E0, pid=0x1200, serial_number="SCN42"
                    )
                )
            return ports

        monkeypatch.setattr(serial.tools.list_ports, "comports", comports)
        scanner = scanner_for("05e0:1200:SCN42")
        assert scanner.port_name == sim.slave_path
        sim.send("BEFORE")
        assert events.next("scan").text == "BEFORE"
        # Keep the old pts busy so the new one gets another name, as a re-plugged USB device does.
        blocker_master, blocker_slave = pty.openpty()
        try:
            sim.unplug()
            events.state("disconnected")
            sim.replug()
            events.state("connected")
            assert scanner.port_name == sim.slave_path
            sim.send("AFTER")
            assert events.next("scan").text == "AFTER"
        finally:
            os.close(blocker_master)
            os.close(blocker_slave)
    finally:
        sim.stop()


def test_missing_port_at_start(tmp_path, events):
    scanner = Scanner(str(tmp_path / "nothing"), **FAST, **events.callbacks())
    with pytest.raises(PortError) as caught:
        scanner.start()
    assert caught.value.reason is DeviceErrorReason.PORT_NOT_FOUND
    assert scanner.state is DeviceState.STOPPED
    scanner.stop()


def test_waits_for_a_scanner_plugged_in_later(tmp_path, scanner_for, events):
    link = str(tmp_path / "later")
    scanner_for(link, require=False)
    assert events.state("disconnected").reason is DeviceErrorReason.PORT_NOT_FOUND
    with ScannerSimulator(link=link) as sim:
        events.state("connected")
        sim.send("LATE-1")
        assert events.next("scan").text == "LATE-1"


def test_busy_port_is_reported_then_taken_when_freed(scanner_sim, scanner_for, events):
    other = open_serial(scanner_sim.port, baudrate=9600, timeout=0.1)
    try:
        with pytest.raises(PortError) as caught:
            Scanner(scanner_sim.port, **FAST).start()
        assert caught.value.reason is DeviceErrorReason.PORT_BUSY
        assert "another program" in caught.value.message
        scanner_for(scanner_sim.port, require=False)
        assert events.state("disconnected").reason is DeviceErrorReason.PORT_BUSY
    finally:
        other.close()
    events.state("connected")
    scanner_sim.send("FREED")
    assert events.next("scan").text == "FREED"


def test_permission_denied_names_the_dialout_fix(monkeypatch, scanner_sim, events):
    path = os.path.realpath(scanner_sim.port)
    real_open = os.open

    def deny(name, *args, **kwargs):
        if os.path.realpath(name) == path:
            raise PermissionError(13, "Permission denied", name)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(PortError) as caught:
        Scanner(scanner_sim.port, **FAST).start()
    assert caught.value.reason is DeviceErrorReason.PERMISSION_DENIED
    assert "dialout" in caught.value.message


def test_a_failing_callback_does_not_close_the_port(scanner_sim, events):
    received = []

    def on_scan(scan):
        received.append(scan.text)
        if len(received) == 1:
            raise RuntimeError("bug in a slot")

    scanner = Scanner(scanner_sim.port, on_scan=on_scan, on_state=events.on_state, **FAST)
    scanner.start()
    try:
        scanner_sim.send("ONE")
        scanner_sim.send("TWO")
        deadline = time.monotonic() + 5
        while len(received) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert received == ["ONE", "TWO"]
        assert scanner.state is DeviceState.CONNECTED
    finally:
        scanner.stop()


def test_stop_from_inside_a_callback(scanner_sim, events):
    stopped = threading.Event()
    holder: list[Scanner] = []

    def on_scan(scan):
        holder[0].stop()
        stopped.set()

    scanner = Scanner(scanner_sim.port, on_scan=on_scan, on_state=events.on_state, **FAST)
    holder.append(scanner)
    scanner.start()
    scanner_sim.send("STOP")
    assert stopped.wait(5)
    events.state("stopped")
    scanner.stop()


def test_stop_is_prompt_and_idempotent(scanner_sim, scanner_for, events):
    scanner = scanner_for(scanner_sim.port)
    started = time.monotonic()
    scanner.stop()
    scanner.stop()
    assert time.monotonic() - started < 2
    assert scanner.state is DeviceState.STOPPED


def test_raw_pty_sanity():
    """The bench this suite relies on: a closed master makes slave reads fail, as an unplug."""
    master, slave = pty.openpty()
    tty.setraw(slave)
    port = open_serial(os.ttyname(slave), baudrate=9600, timeout=0.05)
    try:
        assert port.read(1) == b""  # timeout, not a hang
        os.close(master)
        os.close(slave)
        with pytest.raises(OSError):
            port.read(1)
    finally:
        port.close()
