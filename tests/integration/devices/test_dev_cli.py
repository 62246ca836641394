"""`benchapp sim ...` and `benchapp device ...` as subprocesses: JSON keys and exit codes."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from types import SimpleNamespace

import pytest
import serial.tools.list_ports

from benchapp.cli import devices as devices_cli
from benchapp.devices.sim import FixtureSimulator, ScannerSimulator

BENCHAPP = [sys.executable, "-m", "benchapp"]
RESULT_KEYS = {"fixture", "serial", "verdict", "measurements"}
MEASUREMENT_KEYS = {"name", "value", "unit", "low", "high", "verdict"}


def benchapp(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*BENCHAPP, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*BENCHAPP, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def finish(proc: subprocess.Popen, timeout: float = 10) -> tuple[str, str]:
    if proc.stdin is not None and proc.stdin.closed:
        proc.stdin = None  # communicate() would flush the closed pipe and fail
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"{proc.args} did not end; stderr: {err}") from None


@pytest.fixture
def sim_process():
    procs: list[subprocess.Popen] = []

    def run(*args: str) -> tuple[subprocess.Popen, str]:
        proc = start("sim", *args)
        procs.append(proc)
        port = proc.stdout.readline().strip()
        assert port, proc.stderr.read()
        return proc, port

    yield run
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
        finish(proc)


# -- device fixture -------------------------------------------------------------------------


def test_device_fixture_pass_against_the_simulator_process(sim_process):
    _sim, port = sim_process("fixture", "--line-delay", "0")
    done = benchapp("device", "fixture", port, "--serial", "SN-1", "--timeout", "5")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == RESULT_KEYS
    assert result["serial"] == "SN-1"
    assert result["verdict"] == "PASS"
    assert result["fixture"] == {
        "vendor": "BenchSim",
        "model": "FX-1",
        "serial": "SIM0001",
        "firmware": "1.0",
    }
    assert [set(m) for m in result["measurements"]] == [MEASUREMENT_KEYS] * 3
    assert result["measurements"][0] == {
        "name": "VCC",
        "value": 3.31,
        "unit": "V",
        "low": 3.2,
        "high": 3.4,
        "verdict": "PASS",
    }


def test_device_fixture_fail_is_a_verdict_exit_0(sim_process, tmp_path):
    script = tmp_path / "script.json"
    script.write_text(json.dumps({"SN-2": {"verdict": "FAIL"}, "SN-3": {"error": ["E7", "x"]}}))
    _sim, port = sim_process("fixture", "--script", str(script), "--fail", "SN-4")
    for unit in ("SN-2", "SN-4"):
        done = benchapp("device", "fixture", port, "--serial", unit, "--timeout", "5")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["verdict"] == "FAIL"
    done = benchapp("device", "fixture", port, "--serial", "SN-3", "--timeout", "5")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "reported error E7: x [fixture_error]" in done.stderr


@pytest.mark.parametrize(
    ("misbehaviour", "timeout", "message"),
    [
        (["--silent"], "0.5", "while answering *IDN? [timeout]"),
        (["--babble"], "5", "broke protocol v1"),
        (["--babble", "long"], "5", "a line longer than 1024 bytes"),
        (["--gbk"], "5", "not UTF-8 text"),
        (["--drop-after", "1"], "5", "was disconnected"),
    ],
)
def test_device_fixture_exit_2_without_a_verdict(sim_process, misbehaviour, timeout, message):
    _sim, port = sim_process("fixture", *misbehaviour)
    done = benchapp("device", "fixture", port, "--serial", "SN-1", "--timeout", timeout)
    assert done.returncode == 2, done.stdout
    assert done.stdout == ""
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_device_fixture_missing_port():
    done = benchapp("device", "fixture", "/dev/benchapp-no-such-port", "--serial", "SN1")
    assert done.returncode == 2
    assert "is not there: is the device plugged in?" in done.stderr
    assert "[port_not_found]" in done.stderr


def test_device_fixture_bad_port_spec_is_a_usage_error():
    done = benchapp("device", "fixture", "05e0:12", "--serial", "SN1")
    assert done.returncode == 2
    assert "VID:PID" in done.stderr


def test_device_fixture_against_an_in_process_simulator():
    with FixtureSimulator(script={"SN-X": {"verdict": "FAIL"}}) as sim:
        done = benchapp("device", "fixture", sim.port, "--serial", "SN-X", "--timeout", "5")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "FAIL"


# -- device scan ----------------------------------------------------------------------------


def scan_process(port: str, *args: str) -> subprocess.Popen:
    proc = start("device", "scan", port, *args)
    line = proc.stderr.readline()
    assert "reading scans from" in line, line + proc.stderr.read()
    return proc


def test_device_scan_prints_accepted_and_rejected_inputs():
    with ScannerSimulator() as sim:
        proc = scan_process(sim.port, "--count", "4", "--timeout", "10")
        sim.send("RMA-000123", aim="]C0")
        sim.send("RMA-000123", aim="]C0")  # read twice within 300 ms: counts once
        sim.send(b"BAD\x07CODE")
        sim.send("深圳-0001", encoding="gbk")
        sim.send(b"\xff\xff")
        out, err = finish(proc)
    assert proc.returncode == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == [
        {"text": "RMA-000123", "kind": "rma", "symbology": "]C0"},
        {"error": "control_character", "raw": "BAD\\x07CODE"},
        {"text": "深圳-0001", "kind": "unit", "symbology": None},
        {"error": "undecodable", "raw": "\\xff\\xff"},
    ]


def test_device_scan_times_out_with_exit_2():
    with ScannerSimulator() as sim:
        proc = scan_process(sim.port, "--count", "2", "--timeout", "1.5")
        sim.send("ONLY-ONE")
        out, err = finish(proc)
    assert proc.returncode == 2
    assert json.loads(out) == {"text": "ONLY-ONE", "kind": "unit", "symbology": None}
    assert "timeout: read 1 of 2 scans" in err


def test_device_scan_without_count_ends_at_the_timeout():
    with ScannerSimulator() as sim:
        proc = scan_process(sim.port, "--timeout", "0.3")
        out, err = finish(proc)
    assert proc.returncode == 0, err
    assert out == ""


def test_device_scan_survives_an_unplug(tmp_path):
    with ScannerSimulator(link=str(tmp_path / "scanner")) as sim:
        proc = scan_process(sim.port, "--count", "2", "--timeout", "10")
        sim.send("BEFORE")
        assert sim.wait_drained()
        sim.unplug()
        assert "waiting for it to come back" in proc.stderr.readline()
        sim.replug()
        assert "connected again" in proc.stderr.readline()
        sim.send("AFTER")
        out, err = finish(proc)
    assert proc.returncode == 0, err
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["BEFORE", "AFTER"]


def test_device_scan_sigterm_stops_cleanly():
    with ScannerSimulator() as sim:
        proc = scan_process(sim.port)
        proc.send_signal(signal.SIGTERM)
        _out, err = finish(proc)
    assert proc.returncode == 0, err
    assert "Traceback" not in err


# -- sim processes --------------------------------------------------------------------------


def test_sim_scanner_process_with_device_scan(sim_process):
    sim, port = sim_process("scanner", "--terminator", "cr", "--aim", "]Q1", "--escapes")
    proc = scan_process(port, "--count", "3", "--timeout", "10")
    sim.stdin.write("BENCHSLIP|SLP-000001|1|" + "0" * 64 + "\n")
    sim.stdin.write("BADGE-ANNA\n")
    sim.stdin.write("X\\x1bY\n")
    sim.stdin.flush()
    out, err = finish(proc)
    assert proc.returncode == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("kind") or line.get("error") for line in lines] == [
        "slip",
        "badge",
        "control_character",
    ]
    assert lines[0]["symbology"] == "]Q1"
    sim.stdin.close()  # end of input: the simulator stops by itself
    _out, err = finish(sim)
    assert sim.returncode == 0, err


def test_sim_scanner_from_a_file_with_gbk(sim_process, tmp_path):
    # A FIFO as the file: the scans are written once `device scan` listens, with no race.
    scans = tmp_path / "scans.fifo"
    os.mkfifo(scans)
    sim, port = sim_process(
        "scanner", "--file", str(scans), "--delay", "0", "--interval", "0", "--gbk"
    )
    proc = scan_process(port, "--count", "2", "--timeout", "10")
    with open(scans, "w", encoding="utf-8") as fifo:
        fifo.write("条码-1\n\n条码-2\n")
    out, err = finish(proc)
    assert proc.returncode == 0, err
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["条码-1", "条码-2"]
    _out, err = finish(sim)
    assert sim.returncode == 0, err


def test_sim_fixture_stdin_commands_and_link(sim_process, tmp_path):
    link = str(tmp_path / "benchfixture")
    sim, port = sim_process("fixture", "--link", link)
    assert port == link
    sim.stdin.write("unplug\n")
    sim.stdin.flush()
    deadline = time.monotonic() + 5
    while os.path.lexists(link) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not os.path.lexists(link)
    sim.stdin.write("replug\n")
    sim.stdin.flush()
    assert sim.stdout.readline().strip() == link
    done = benchapp("device", "fixture", link, "--serial", "SN1", "--timeout", "5")
    assert done.returncode == 0, done.stderr
    sim.stdin.write("quit\n")
    sim.stdin.flush()
    _out, err = finish(sim)
    assert sim.returncode == 0, err


@pytest.mark.parametrize("stop", ["eof", "sigterm", "sigint"])
def test_simulators_stop_cleanly(sim_process, stop):
    for device in ("scanner", "fixture"):
        sim, port = sim_process(device)
        assert os.path.exists(port)
        if stop == "eof":
            sim.stdin.close()
        else:
            sim.send_signal(signal.SIGTERM if stop == "sigterm" else signal.SIGINT)
        _out, err = finish(sim)
        assert sim.returncode == 0, err
        assert "Traceback" not in err
        assert not os.path.exists(port)


def test_sim_fixture_ignore_stdin_runs_until_sigterm(sim_process):
    sim, port = sim_process("fixture", "--ignore-stdin")
    sim.stdin.close()
    done = benchapp("device", "fixture", port, "--serial", "SN1", "--timeout", "5")
    assert done.returncode == 0, done.stderr
    sim.send_signal(signal.SIGTERM)
    finish(sim)
    assert sim.returncode == 0


def test_sim_fixture_bad_script(tmp_path):
    script = tmp_path / "bad.json"
    script.write_text('{"SN1": {"verdict": "MAYBE"}}')
    done = benchapp("sim", "fixture", "--script", str(script))
    assert done.returncode == 2
    assert "verdict must be PASS or FAIL" in done.stderr


# -- device list (in-process, with a faked port list) ---------------------------------------


def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="benchapp")
    sub = parser.add_subparsers(dest="command")
    devices_cli.register(sub, argparse.ArgumentParser(add_help=False))
    args = parser.parse_args(argv)
    return args.func(args)


def test_device_list(monkeypatch, capsys):
    ports = [
        SimpleNamespace(
            device="/dev/ttyACM0",
            vid=0x05E0,
            pid=0x1200,
            serial_number="S123",
            description="Symbol Bar Code Scanner",
        ),
        SimpleNamespace(
            device="/dev/ttyS0", vid=None, pid=None, serial_number=None, description="n/a"
        ),
    ]
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: ports)
    assert run_cli(["device", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["PORT", "VID:PID", "SERIAL", "DESCRIPTION"]
    assert table[1].split() == [
        "/dev/ttyACM0",
        "05e0:1200",
        "S123",
        "Symbol",
        "Bar",
        "Code",
        "Scanner",
    ]
    assert table[2].split() == ["/dev/ttyS0", "-", "-", "n/a"]
    assert run_cli(["device", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {
        "device": "/dev/ttyACM0",
        "vid_pid": "05e0:1200",
        "serial_number": "S123",
        "description": "Symbol Bar Code Scanner",
    }


def test_device_list_subprocess_runs():
    done = benchapp("device", "list")
    assert done.returncode == 0, done.stderr
