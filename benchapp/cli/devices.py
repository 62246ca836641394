"""CLI commands for devices: `benchapp sim ...` and `benchapp device ...`."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any, BinaryIO

from benchapp.cli.common import EXIT_OK, add_json_option, print_json, say, stdout_gone

EXIT_DEVICE = 2  # no verdict / not what was asked: timeout, protocol error, disconnect, no port
EXIT_INTERRUPTED = 130

DEFAULT_FIXTURE_TIMEOUT = 30.0


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """Add the `sim` and `device` command groups; neither needs the database."""
    _register_sim(sub)
    _register_device(sub)


# -- argument types -------------------------------------------------------------------------


def _port_arg(text: str) -> str:
    from benchapp.devices.errors import DeviceError
    from benchapp.devices.ports import PortSpec

    try:
        PortSpec.parse(text)
    except DeviceError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    return text


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _expect_arg(text: str) -> list[str]:
    from benchapp.devices.scan import ScanExpectation

    names = [name.strip() for name in text.split(",") if name.strip()]
    try:
        ScanExpectation.of(names)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return names


_TERMINATORS = {"cr": "\r", "lf": "\n", "crlf": "\r\n"}


# -- registration ---------------------------------------------------------------------------


def _register_sim(sub: argparse._SubParsersAction) -> None:
    sim = sub.add_parser(
        "sim",
        help="simulate a scanner or fixture on a pseudo-terminal",
        description="Act as a device on a pseudo-terminal and print the port to connect to "
        "(first line of stdout; again after a re-plug). Linux/macOS only.",
    )
    actions = sim.add_subparsers(dest="sim_device", metavar="DEVICE")

    scanner = actions.add_parser(
        "scanner",
        help="a COM-mode barcode scanner: each line on stdin (or in --file) is one scan",
        description="Each line typed on stdin, or read from --file, is sent as one scan. "
        "Stops on end of input (Ctrl-D), Ctrl-C or SIGTERM.",
    )
    scanner.add_argument("--file", metavar="FILE", help="read the scans from FILE, not stdin")
    scanner.add_argument(
        "--delay",
        type=_non_negative_float,
        default=2.0,
        metavar="S",
        help="with --file: wait S seconds before the first scan, to connect (default 2)",
    )
    scanner.add_argument(
        "--interval",
        type=_non_negative_float,
        default=0.5,
        metavar="S",
        help="with --file: seconds between scans (default 0.5)",
    )
    scanner.add_argument(
        "--terminator", choices=sorted(_TERMINATORS), default="crlf", help="line end (default crlf)"
    )
    scanner.add_argument("--aim", metavar="ID", help="AIM identifier to prefix, e.g. ]C0 or ]Q1")
    scanner.add_argument(
        "--escapes",
        action="store_true",
        help=r"read \xNN, \r, \n, \t and \\ in input lines as escapes (to send control bytes)",
    )
    _add_misbehaviour(scanner, babble_help="send a line of binary garbage before each scan")
    scanner.set_defaults(func=_cmd_sim_scanner)

    fixture = actions.add_parser(
        "fixture",
        help="a test fixture speaking protocol v1",
        description="Answer *IDN? and TEST <serial> as a fixture. Unscripted serials pass. "
        "stdin takes 'unplug', 'replug' and 'quit'; the simulator stops on end of input "
        "(Ctrl-D; use --ignore-stdin to run without one), Ctrl-C or SIGTERM.",
    )
    fixture.add_argument(
        "--script",
        metavar="FILE",
        help='JSON verdicts per serial: {"SN1": {"verdict": "FAIL"}, "*": {...}} '
        "(see docs/devices.md)",
    )
    fixture.add_argument(
        "--fail", action="append", default=[], metavar="SN", help="this serial fails (repeatable)"
    )
    fixture.add_argument(
        "--error",
        action="append",
        default=[],
        metavar="SN",
        help="this serial gets an ERR answer (repeatable)",
    )
    fixture.add_argument(
        "--idn",
        default="BenchSim,FX-1,SIM0001,1.0",
        metavar="V,M,S,F",
        help="the *IDN? answer: vendor,model,serial,firmware",
    )
    fixture.add_argument(
        "--line-delay",
        type=_non_negative_float,
        default=0.05,
        metavar="S",
        help="seconds between answer lines (default 0.05)",
    )
    fixture.add_argument(
        "--ignore-stdin", action="store_true", help="do not read stdin; stop with Ctrl-C/SIGTERM"
    )
    _add_misbehaviour(
        fixture,
        babble_help="put a non-protocol line into each test answer: text, binary (default) or long",
        babble_kinds=True,
    )
    fixture.set_defaults(func=_cmd_sim_fixture)


def _add_misbehaviour(
    parser: argparse.ArgumentParser, *, babble_help: str, babble_kinds: bool = False
) -> None:
    parser.add_argument(
        "--link",
        metavar="PATH",
        help="also make PATH a symlink to the port, re-pointed on re-plug (like a udev rule)",
    )
    if babble_kinds:
        parser.add_argument(
            "--babble",
            nargs="?",
            const="binary",
            choices=("text", "binary", "long"),
            help=babble_help,
        )
    else:
        parser.add_argument("--babble", action="store_true", help=babble_help)
    parser.add_argument("--silent", action="store_true", help="never send anything")
    parser.add_argument(
        "--gbk", action="store_true", help="send GBK-encoded text (Chinese content)"
    )
    parser.add_argument(
        "--drop-after",
        type=_non_negative_int,
        metavar="N",
        help="unplug after N scans / N lines of test answers",
    )
    parser.add_argument(
        "--replug-after",
        type=_non_negative_float,
        metavar="S",
        help="after --drop-after, plug back in S seconds later (new port printed)",
    )


def _register_device(sub: argparse._SubParsersAction) -> None:
    device = sub.add_parser(
        "device",
        help="diagnose serial scanners and fixtures",
        description="PORT is a path (/dev/ttyACM0, /dev/benchscanner, COM3) or a USB id "
        "VID:PID[:serial] in hex, looked up in the port list.",
    )
    actions = device.add_subparsers(dest="device_action", metavar="ACTION")

    listing = actions.add_parser(
        "list", help="serial ports with VID:PID, serial number, description"
    )
    add_json_option(listing, help="one JSON object per port")
    listing.set_defaults(func=_cmd_device_list)

    scan = actions.add_parser(
        "scan",
        help="read scans and print one JSON object per line",
        description="Prints {text, kind, symbology} for each accepted scan and {error, raw} for "
        "each rejected input. Exits 0 once --count inputs were read (or at --timeout / Ctrl-C "
        "without --count), 2 if the port cannot be opened or --timeout ends before --count.",
    )
    scan.add_argument("port", metavar="PORT", type=_port_arg)
    scan.add_argument("--baud", type=_positive_int, default=9600, help="default 9600")
    scan.add_argument("--count", type=_positive_int, metavar="N", help="stop after N inputs")
    scan.add_argument(
        "--timeout", type=_positive_float, metavar="S", help="give up after S seconds"
    )
    scan.add_argument(
        "--expect",
        type=_expect_arg,
        metavar="LIST",
        help="comma-separated kinds (unit,rma,slip,badge,unknown) and/or barcode families "
        "(qr,code128,datamatrix,...) or AIM ids (]C1) this field accepts",
    )
    scan.add_argument("--max-len", type=_positive_int, default=256, metavar="N")
    scan.add_argument(
        "--duplicate-ms",
        type=_non_negative_int,
        default=300,
        metavar="MS",
        help="the same code again within MS ms counts once (default 300; 0 keeps all)",
    )
    scan.set_defaults(func=_cmd_device_scan)

    fixture = actions.add_parser(
        "fixture",
        help="run one fixture test and print the result as JSON",
        description="Asks *IDN?, sends TEST SN and prints {fixture, serial, verdict, "
        "measurements}. Exits 0 on a verdict (PASS or FAIL), 2 on timeout, protocol error, "
        "fixture error or disconnect, with the reason on stderr.",
    )
    fixture.add_argument("port", metavar="PORT", type=_port_arg)
    fixture.add_argument("--serial", required=True, metavar="SN", help="unit serial to test")
    fixture.add_argument("--baud", type=_positive_int, default=115200, help="default 115200")
    fixture.add_argument(
        "--timeout",
        type=_positive_float,
        default=DEFAULT_FIXTURE_TIMEOUT,
        metavar="S",
        help="whole test (default 30)",
    )
    fixture.add_argument(
        "--line-timeout",
        type=_positive_float,
        metavar="S",
        help="longest silence between lines (default 5, at most --timeout)",
    )
    fixture.set_defaults(func=_cmd_device_fixture)


# -- helpers --------------------------------------------------------------------------------


class _Terminated(Exception):
    """SIGTERM, turned into an exception in the main thread so cleanup code runs."""


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Make SIGTERM unwind like Ctrl-C; later signals are ignored while cleaning up."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise _Terminated()

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _need_posix(prog: str) -> bool:
    if os.name != "posix":
        say("the simulators need a POSIX pseudo-terminal (Linux or macOS)", prog=prog)
        return False
    return True


def _print_port(port: str) -> None:
    sys.stdout.write(port + "\n")
    sys.stdout.flush()


# -- sim ------------------------------------------------------------------------------------


def _cmd_sim_scanner(args: argparse.Namespace) -> int:
    prog = "benchapp sim scanner"
    if not _need_posix(prog):
        return EXIT_DEVICE
    from benchapp.devices.sim import ScannerSimulator

    sim = ScannerSimulator(
        terminator=_TERMINATORS[args.terminator],
        aim=args.aim,
        gbk=args.gbk,
        babble=args.babble,
        silent=args.silent,
        drop_after=args.drop_after,
        replug_after=args.replug_after,
        link=args.link,
        on_port_changed=_print_port,
    )
    source: BinaryIO | None = None
    with _stop_on_signals():
        try:
            sim.start()
            if args.file:
                source = open(args.file, "rb")  # noqa: SIM115 - closed in finally
                say(f"sending the scans in {args.file} in {args.delay:g} s", prog=prog)
                time.sleep(args.delay)
            else:
                source = sys.stdin.buffer
                say("type a code and Enter to scan it; Ctrl-D or Ctrl-C stops", prog=prog)
            for raw_line in source:
                line = raw_line.rstrip(b"\r\n")
                if not line:
                    continue
                if args.escapes:
                    line = codecs.escape_decode(line)[0]
                payload: str | bytes
                try:
                    payload = line.decode("utf-8")  # text, so --gbk can re-encode it
                except UnicodeDecodeError:
                    payload = line
                if not sim.send(payload) and not args.silent:
                    say("unplugged: the scan was lost", prog=prog)
                if args.file and args.interval:
                    time.sleep(args.interval)
            # The pty throws away what the host has not read yet when it closes.
            sim.wait_drained(2.0)
        except (KeyboardInterrupt, _Terminated):
            pass
        finally:
            if source is not None and source is not sys.stdin.buffer:
                source.close()
            sim.stop()
    return EXIT_OK


def _fixture_script(args: argparse.Namespace, prog: str) -> dict[str, Any] | None:
    from benchapp.devices.sim import FixtureScript, ScriptError, load_script

    script: dict[str, Any] = {}
    if args.script:
        try:
            with open(args.script, encoding="utf-8") as handle:
                script.update(load_script(json.load(handle)))
        except (OSError, ValueError) as exc:  # ScriptError and JSONDecodeError are ValueErrors
            detail = str(exc) if isinstance(exc, ScriptError) else f"{args.script}: {exc}"
            say(f"cannot use the script: {detail}", prog=prog)
            return None
    for serial in args.fail:
        script[serial] = FixtureScript(verdict="FAIL")
    for serial in args.error:
        script[serial] = FixtureScript(error=("E42", "no contact on pogo pin 7"))
    return script


def _cmd_sim_fixture(args: argparse.Namespace) -> int:
    prog = "benchapp sim fixture"
    if not _need_posix(prog):
        return EXIT_DEVICE
    from benchapp.devices.sim import FixtureSimulator

    script = _fixture_script(args, prog)
    if script is None:
        return EXIT_DEVICE
    idn = [field.strip() for field in args.idn.split(",")]
    if len(idn) != 4:
        say("--idn is vendor,model,serial,firmware", prog=prog)
        return EXIT_DEVICE
    sim = FixtureSimulator(
        script=script,
        idn=idn,
        babble=args.babble or False,
        silent=args.silent,
        gbk=args.gbk,
        drop_after=args.drop_after,
        replug_after=args.replug_after,
        line_delay=args.line_delay,
        link=args.link,
        on_port_changed=_print_port,
    )
    with _stop_on_signals():
        try:
            sim.start()
            if args.ignore_stdin:
                say("running; Ctrl-C or SIGTERM stops", prog=prog)
                threading.Event().wait()
            say("commands: unplug, replug, quit; Ctrl-D or Ctrl-C stops", prog=prog)
            for line in sys.stdin:
                command = line.strip().lower()
                if command == "unplug":
                    sim.unplug()
                    say("unplugged", prog=prog)
                elif command == "replug":
                    sim.replug()
                elif command in ("quit", "exit"):
                    break
                elif command:
                    say(f"unknown command {command!r}: unplug, replug or quit", prog=prog)
        except (KeyboardInterrupt, _Terminated):
            pass
        finally:
            sim.stop()
    return EXIT_OK


# -- device ---------------------------------------------------------------------------------


def _cmd_device_list(args: argparse.Namespace) -> int:
    from benchapp.devices.ports import list_serial_ports

    ports = list_serial_ports()
    if args.json:
        for port in ports:
            print_json(port.to_json())
        return EXIT_OK
    if not ports:
        say("no serial ports found", prog="benchapp device list")
        return EXIT_OK
    rows = [("PORT", "VID:PID", "SERIAL", "DESCRIPTION")]
    rows += [
        (p.device, p.usb_id or "-", p.serial_number or "-", p.description or "-") for p in ports
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        sys.stdout.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[3]
            + "\n"
        )
    sys.stdout.flush()
    return EXIT_OK


def _cmd_device_scan(args: argparse.Namespace) -> int:
    from benchapp.devices.errors import DeviceError
    from benchapp.devices.link import DeviceState
    from benchapp.devices.scanner import Scanner

    prog = "benchapp device scan"
    events: queue.Queue[tuple[Any, ...]] = queue.Queue()
    try:
        scanner = Scanner(
            args.port,
            baudrate=args.baud,
            expect=args.expect,
            max_len=args.max_len,
            duplicate_window=args.duplicate_ms / 1000.0,
            on_scan=lambda scan: events.put(("scan", scan)),
            on_reject=lambda rejected: events.put(("reject", rejected)),
            on_state=lambda state, error: events.put(("state", state, error)),
        )
    except DeviceError as exc:
        say(f"{exc.message} [{exc.reason.value}]", prog=prog)
        return EXIT_DEVICE
    deadline = time.monotonic() + args.timeout if args.timeout else None
    read = 0
    interrupted = False
    lost = False
    with _stop_on_signals():
        try:
            scanner.start(require=True)
            say(f"reading scans from {scanner.port_name} at {args.baud} baud 8N1", prog=prog)
            while args.count is None or read < args.count:
                wait = 0.5
                if deadline is not None:
                    wait = min(wait, deadline - time.monotonic())
                    if wait <= 0:
                        break
                try:
                    event = events.get(timeout=wait)
                except queue.Empty:
                    continue
                if event[0] in ("scan", "reject"):
                    print_json(event[1].to_json())
                    read += 1
                elif event[1] is DeviceState.DISCONNECTED and event[2] is not None:
                    lost = True
                    say(f"{event[2].message}; waiting for it to come back", prog=prog)
                elif event[1] is DeviceState.CONNECTED and lost:
                    lost = False
                    say(f"connected again on {scanner.port_name}", prog=prog)
        except DeviceError as exc:
            say(f"{exc.message} [{exc.reason.value}]", prog=prog)
            return EXIT_DEVICE
        except BrokenPipeError:
            stdout_gone()
            return EXIT_OK
        except (KeyboardInterrupt, _Terminated):
            interrupted = True
        finally:
            scanner.stop()
    if args.count is not None and read < args.count:
        if interrupted:
            return EXIT_INTERRUPTED
        say(f"timeout: read {read} of {args.count} scans in {args.timeout:g} s [timeout]",
            prog=prog)
        return EXIT_DEVICE
    return EXIT_OK


def _cmd_device_fixture(args: argparse.Namespace) -> int:
    from benchapp.devices.errors import DeviceError
    from benchapp.devices.fixture import DEFAULT_LINE_TIMEOUT, Fixture

    prog = "benchapp device fixture"
    line_timeout = args.line_timeout or DEFAULT_LINE_TIMEOUT
    try:
        fixture = Fixture(
            args.port,
            baudrate=args.baud,
            overall_timeout=args.timeout,
            line_timeout=min(line_timeout, args.timeout),
            reconnect=False,
        )
    except DeviceError as exc:
        say(f"{exc.message} [{exc.reason.value}]", prog=prog)
        return EXIT_DEVICE
    with _stop_on_signals():
        try:
            fixture.start(require=True)
            result = fixture.run_test(args.serial)
        except DeviceError as exc:
            say(f"{exc.message} [{exc.reason.value}]", prog=prog)
            return EXIT_DEVICE
        except (KeyboardInterrupt, _Terminated):
            say("interrupted; no verdict", prog=prog)
            return EXIT_INTERRUPTED
        finally:
            fixture.stop()
    print_json(result.to_json())
    return EXIT_OK
