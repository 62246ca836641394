"""Finding and opening serial ports: by path, or by USB VID:PID[:serial] through list_ports."""

from __future__ import annotations

import errno
import os
import re
import sys
from dataclasses import dataclass
from typing import Any

import serial
from serial.tools import list_ports

from benchapp.devices.errors import DeviceErrorReason, PortError

_USB_ID_RE = re.compile(r"([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})(?::(.+))?")

DIALOUT_FIX = (
    "add the user to the 'dialout' group (sudo usermod -aG dialout $USER, then log out and "
    "back in), or install the udev rule from docs/devices.md"
)
BUSY_FIX_POSIX = (
    "another program has it open (a second benchapp, a serial terminal, ModemManager); "
    "close it and try again"
)
BUSY_FIX_WINDOWS = (
    "another program has the COM port open (a second benchapp, a serial terminal, the "
    "scanner's set-up tool); close it and try again"
)


@dataclass(frozen=True)
class PortSpec:
    """Where a device is: a path (/dev/ttyACM0, /dev/benchscanner, COM3) or a USB id."""

    path: str | None = None
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None

    @classmethod
    def parse(cls, text: str | PortSpec) -> PortSpec:
        if isinstance(text, PortSpec):
            return text
        text = str(text).strip()
        if not text or any(ord(ch) < 0x20 for ch in text):
            raise PortError(DeviceErrorReason.INVALID_PORT, port=text)
        match = _USB_ID_RE.fullmatch(text)
        if match:
            return cls(
                vid=int(match.group(1), 16),
                pid=int(match.group(2), 16),
                serial_number=match.group(3),
            )
        if ":" in text and not _looks_like_path(text):
            # "05e0:12" or "usb:..." is a mistyped USB id, not a file name to wait for forever.
            raise PortError(DeviceErrorReason.INVALID_PORT, port=text)
        return cls(path=text)

    @property
    def is_usb_id(self) -> bool:
        return self.path is None

    def __str__(self) -> str:
        if self.path is not None:
            return self.path
        usb = f"{self.vid:04x}:{self.pid:04x}"
        return f"{usb}:{self.serial_number}" if self.serial_number else usb

    def matches(self, info: Any) -> bool:
        """True if a list_ports entry is this USB device."""
        if self.is_usb_id:
            return (
                getattr(info, "vid", None) == self.vid
                and getattr(info, "pid", None) == self.pid
                and (
                    self.serial_number is None
                    or getattr(info, "serial_number", None) == self.serial_number
                )
            )
        return getattr(info, "device", None) == self.path

    def resolve(self) -> str:
        """The device path to open now; a USB id is looked up again on every call."""
        if self.path is not None:
            return self.path
        try:
            ports = list_ports.comports()
        except OSError as exc:  # sysfs or the registry unreadable: report, keep retrying
            raise PortError(
                DeviceErrorReason.OPEN_FAILED, port=str(self), detail=f"listing ports: {exc}"
            ) from exc
        found = [info for info in ports if self.matches(info)]
        if not found:
            raise PortError(DeviceErrorReason.PORT_NOT_FOUND, port=f"USB device {self}")
        if len(found) > 1:
            devices = ", ".join(sorted(str(info.device) for info in found))
            raise PortError(
                DeviceErrorReason.PORT_AMBIGUOUS, port=str(self), count=len(found), devices=devices
            )
        return str(found[0].device)


def _looks_like_path(text: str) -> bool:
    # /dev/serial/by-path names, Windows drive paths and device namespace names carry colons.
    return text.startswith(("/", "./", "../", "\\\\")) or bool(re.match(r"[A-Za-z]:[\\/]", text))


class _Serial(serial.Serial):
    """pyserial's Serial, with an unplugged port reported as SerialException everywhere.

    ReaderThread asks ``in_waiting`` before each read and only catches SerialException; on
    Linux that ioctl fails with a bare OSError (EIO) once a USB adapter or pty is gone, which
    would kill the thread with a traceback and never report the disconnect.
    """

    @property
    def in_waiting(self) -> int:
        try:
            return super().in_waiting
        except serial.SerialException:
            raise
        except OSError as exc:
            raise serial.SerialException(f"port lost: {exc}") from exc


def open_serial(
    path: str,
    *,
    baudrate: int,
    timeout: float,
    write_timeout: float = 2.0,
) -> serial.Serial:
    """Open ``path`` 8N1 without flow control; failures become PortError with the fix named."""
    try:
        return _Serial(
            port=path,
            baudrate=baudrate,
            bytesize=serial.EIGHTBITS,
            parity=serial.PARITY_NONE,
            stopbits=serial.STOPBITS_ONE,
            timeout=timeout,
            write_timeout=write_timeout,
            xonxoff=False,
            rtscts=False,
            dsrdtr=False,
            # flock on POSIX, so a second program reading the same scanner is refused rather
            # than both getting half the bytes; Windows ports are exclusive anyway.
            exclusive=True if os.name == "posix" else None,
        )
    except ValueError as exc:
        raise PortError(DeviceErrorReason.INVALID_SETTINGS, port=path, detail=str(exc)) from exc
    except OSError as exc:  # SerialException is an OSError too
        raise port_error(path, exc) from exc


def port_error(path: str, exc: OSError) -> PortError:
    """Map an open failure to a reason: not found, no permission, busy, or other."""
    code = exc.errno
    detail = str(exc)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        if sys.platform == "win32":
            # Windows answers "Access is denied" when another program holds the COM port.
            return PortError(DeviceErrorReason.PORT_BUSY, port=path, fix=BUSY_FIX_WINDOWS)
        return PortError(DeviceErrorReason.PERMISSION_DENIED, port=path, fix=DIALOUT_FIX)
    if code in (errno.EBUSY, errno.EAGAIN, errno.EWOULDBLOCK):
        return PortError(DeviceErrorReason.PORT_BUSY, port=path, fix=BUSY_FIX_POSIX)
    if isinstance(exc, FileNotFoundError) or code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return PortError(DeviceErrorReason.PORT_NOT_FOUND, port=path)
    if sys.platform == "win32":
        # serialwin32 puts the WinError in the text and leaves errno empty.
        if "PermissionError" in detail or "Access is denied" in detail:
            return PortError(DeviceErrorReason.PORT_BUSY, port=path, fix=BUSY_FIX_WINDOWS)
        if "FileNotFoundError" in detail or "cannot find the file" in detail:
            return PortError(DeviceErrorReason.PORT_NOT_FOUND, port=path)
    return PortError(DeviceErrorReason.OPEN_FAILED, port=path, detail=detail)


@dataclass(frozen=True)
class PortInfo:
    device: str
    vid: int | None
    pid: int | None
    serial_number: str | None
    description: str

    @property
    def usb_id(self) -> str | None:
        if self.vid is None or self.pid is None:
            return None
        return f"{self.vid:04x}:{self.pid:04x}"

    def to_json(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "vid_pid": self.usb_id,
            "serial_number": self.serial_number,
            "description": self.description,
        }


def list_serial_ports() -> list[PortInfo]:
    """The serial ports the OS knows, USB ones with their VID:PID and serial number."""
    ports = []
    for info in list_ports.comports():
        ports.append(
            PortInfo(
                device=str(info.device),
                vid=info.vid,
                pid=info.pid,
                serial_number=info.serial_number,
                description=str(info.description or ""),
            )
        )
    return sorted(ports, key=lambda port: port.device)
