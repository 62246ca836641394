"""Port specs, VID:PID lookup through list_ports (faked), open errors and their fixes."""

from __future__ import annotations

import errno
import os
import pty
import subprocess
import sys
import tty
from types import SimpleNamespace

import pytest
import serial
import serial.tools.list_ports

from benchapp.devices.errors import DeviceError, DeviceErrorReason, PortError
from benchapp.devices.ports import PortSpec, list_serial_ports, open_serial, port_error


def fake_port(device, vid=None, pid=None, serial_number=None, description="n/a"):
    return SimpleNamespace(
        device=device, vid=vid, pid=pid, serial_number=serial_number, description=description
    )


@pytest.fixture
def comports(monkeypatch):
    ports: list[SimpleNamespace] = []
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: list(ports))
    return ports


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("/dev/ttyACM0", PortSpec(path="/dev/ttyACM0")),
        ("COM3", PortSpec(path="COM3")),
        ("/dev/benchscanner", PortSpec(path="/dev/benchscanner")),
        (
            "/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0",
            PortSpec(path="/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0"),
        ),
        ("05e0:1200", PortSpec(vid=0x05E0, pid=0x1200)),
        ("05E0:1200:S123:x", PortSpec(vid=0x05E0, pid=0x1200, serial_number="S123:x")),
    ],
)
def test_parse(text, spec):
    assert PortSpec.parse(text) == spec
    assert str(PortSpec.parse(text)).lower() == text.lower()


@pytest.mark.parametrize("text", ["", "  ", "05e0:12", "usb:05e0", "a\nb"])
def test_parse_rejects_what_is_neither_path_nor_usb_id(text):
    with pytest.raises(PortError) as caught:
        PortSpec.parse(text)
    assert caught.value.reason is DeviceErrorReason.INVALID_PORT
    assert "VID:PID" in caught.value.message


def test_resolve_by_usb_id(comports):
    comports += [
        fake_port("/dev/ttyS0"),
        fake_port("/dev/ttyACM0", 0x05E0, 0x1200, "S1"),
        fake_port("/dev/ttyACM1", 0x05E0, 0x1200, "S2"),
        fake_port("/dev/ttyUSB0", 0x0403, 0x6001, "FT1"),
    ]
    assert PortSpec.parse("0403:6001").resolve() == "/dev/ttyUSB0"
    assert PortSpec.parse("05e0:1200:S2").resolve() == "/dev/ttyACM1"
    with pytest.raises(PortError) as ambiguous:
        PortSpec.parse("05e0:1200").resolve()
    assert ambiguous.value.reason is DeviceErrorReason.PORT_AMBIGUOUS
    assert "/dev/ttyACM0, /dev/ttyACM1" in ambiguous.value.message
    with pytest.raises(PortError) as missing:
        PortSpec.parse("05e0:1200:S3").resolve()
    assert missing.value.reason is DeviceErrorReason.PORT_NOT_FOUND
    assert "05e0:1200:S3" in missing.value.message
    assert PortSpec.parse("/dev/whatever").resolve() == "/dev/whatever"


def test_list_serial_ports(comports):
    comports += [
        fake_port("/dev/ttyUSB0", 0x0403, 0x6001, "FT1", "FT232R USB UART"),
        fake_port("/dev/ttyACM0", 0x05E0, 0x1200, None, "Symbol Bar Code Scanner"),
    ]
    ports = list_serial_ports()
    assert [p.device for p in ports] == ["/dev/ttyACM0", "/dev/ttyUSB0"]
    assert ports[1].to_json() == {
        "device": "/dev/ttyUSB0",
        "vid_pid": "0403:6001",
        "serial_number": "FT1",
        "description": "FT232R USB UART",
    }
    assert ports[0].usb_id == "05e0:1200"


@pytest.mark.parametrize(
    ("exc", "reason", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission_denied", "dialout"),
        (serial.SerialException(errno.EACCES, "could not open"), "permission_denied", "dialout"),
        (serial.SerialException(errno.EBUSY, "busy"), "port_busy", "another program"),
        (
            serial.SerialException(errno.EAGAIN, "Could not exclusively lock"),
            "port_busy",
            "close it",
        ),
        (serial.SerialException(errno.ENOENT, "No such file"), "port_not_found", "plugged in"),
        (serial.SerialException(errno.EIO, "I/O error"), "open_failed", "I/O error"),
        (serial.SerialException("no errno"), "open_failed", "no errno"),
    ],
)
def test_open_errors_name_the_fix(exc, reason, words):
    error = port_error("/dev/ttyACM0", exc)
    assert error.reason.value == reason
    assert words in error.message
    assert "/dev/ttyACM0" in error.message


def test_open_missing_port():
    with pytest.raises(PortError) as caught:
        open_serial("/dev/does-not-exist-benchapp", baudrate=9600, timeout=0.1)
    assert caught.value.reason is DeviceErrorReason.PORT_NOT_FOUND


def test_open_without_permission_goes_through_pyserial(monkeypatch):
    master, slave = pty.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    real_open = os.open

    def deny(name, *args, **kwargs):
        if name == path:
            raise PermissionError(errno.EACCES, "Permission denied", name)
        return real_open(name, *args, **kwargs)

    # Root ignores file modes, so the kernel's refusal is played by os.open itself.
    monkeypatch.setattr(os, "open", deny)
    try:
        with pytest.raises(PortError) as caught:
            open_serial(path, baudrate=9600, timeout=0.1)
    finally:
        os.close(master)
        os.close(slave)
    assert caught.value.reason is DeviceErrorReason.PERMISSION_DENIED
    assert "sudo usermod -aG dialout" in caught.value.message


def test_open_busy_port():
    master, slave = pty.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    first = open_serial(path, baudrate=9600, timeout=0.1)
    try:
        with pytest.raises(PortError) as caught:
            open_serial(path, baudrate=9600, timeout=0.1)
        assert caught.value.reason is DeviceErrorReason.PORT_BUSY
    finally:
        first.close()
        os.close(master)
        os.close(slave)


def test_device_error_is_typed_and_immutable():
    error = DeviceError(DeviceErrorReason.TIMEOUT, device="fixture", port="COM3", detail="slept")
    assert error.message == "the fixture on COM3 slept"
    assert str(error) == error.message
    assert "timeout" in repr(error)
    with pytest.raises(TypeError):
        error.params["port"] = "COM4"  # type: ignore[index]
    # A missing parameter degrades the message; it never raises while reporting an error.
    assert "port" in DeviceError(DeviceErrorReason.PORT_BUSY).message


def test_every_device_error_reason_has_a_message():
    params = {
        key: "x"
        for key in (
            [
                "port",
                "device",
                "detail",
                "fix",
                "count",
                "devices",
                "code",
                "text",
                "serial",
                "running",
                "seconds",
                "line",
            ]
        )
    }
    for reason in DeviceErrorReason:
        message = DeviceError(reason, **params).message
        assert message and "{" not in message


def test_importing_the_devices_package_loads_no_qt_and_no_database():
    code = (
        "import sys\n"
        "import benchapp.devices, benchapp.cli.devices, benchapp.devices.errors\n"
        "import benchapp.devices.fixture, benchapp.devices.fixture_protocol\n"
        "import benchapp.devices.link, benchapp.devices.ports, benchapp.devices.scan\n"
        "import benchapp.devices.scanner, benchapp.devices.sim\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'psycopg') or "
        "m.startswith(('benchapp.db', 'benchapp.ui')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
