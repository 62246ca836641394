"""The fixture driver through real pseudo-terminals, against the fixture simulator."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
import serial.tools.list_ports

from benchapp.devices.errors import DeviceErrorReason, FixtureError
from benchapp.devices.fixture import Fixture
from benchapp.devices.fixture_protocol import FixtureIdentity, Verdict
from benchapp.devices.link import DeviceState
from benchapp.devices.sim import FixtureScript

FAST = {"retry_interval": 0.05, "read_timeout": 0.05}


@pytest.fixture
def fixture_for(events):
    started: list[Fixture] = []

    def make(port, require=True, **options):
        options = {"line_timeout": 1.0, "overall_timeout": 3.0, **FAST, **options}
        fixture = Fixture(port, on_state=events.on_state, **options)
        started.append(fixture)
        fixture.start(require=require)
        return fixture

    yield make
    for fixture in started:
        fixture.stop()


def failure(fixture, serial) -> FixtureError:
    with pytest.raises(FixtureError) as caught:
        fixture.run_test(serial)
    return caught.value


def test_pass_and_fail_verdicts(make_fixture_sim, fixture_for):
    sim = make_fixture_sim(script={"SN-BAD": {"verdict": "FAIL"}}, idn=("Acme", "FX-9", "F1", "2"))
    fixture = fixture_for(sim.port)
    assert fixture.identify() == FixtureIdentity("Acme", "FX-9", "F1", "2")
    good = fixture.run_test("SN-GOOD")
    assert good.verdict is Verdict.PASS
    assert good.serial == "SN-GOOD"
    assert good.fixture.model == "FX-9"
    assert [m.name for m in good.measurements] == ["VCC", "ICC", "XTAL"]
    bad = fixture.run_test("SN-BAD")
    assert bad.verdict is Verdict.FAIL
    assert [m.verdict.value for m in bad.measurements] == ["PASS", "FAIL", "PASS"]
    assert sim.commands == ["*IDN?", "*IDN?", "TEST SN-GOOD", "*IDN?", "TEST SN-BAD"]


def test_crlf_lines_are_accepted(make_fixture_sim, fixture_for):
    script = {"*": {"lines": ["MEAS VCC,3.3,V,3.2,3.4,PASS\r", "DONE PASS\r"]}}
    fixture = fixture_for(make_fixture_sim(script=script, idn=("A", "B", "C", "D\r")).port)
    assert fixture.run_test("SN1").verdict is Verdict.PASS


def test_fixture_error_line(make_fixture_sim, fixture_for):
    sim = make_fixture_sim(script={"SN1": {"error": {"code": "E42", "text": "lid open"}}})
    error = failure(fixture_for(sim.port), "SN1")
    assert error.reason is DeviceErrorReason.FIXTURE_ERROR
    assert (error.params["code"], error.params["text"]) == ("E42", "lid open")


def test_done_pass_contradicting_a_fail_measurement(make_fixture_sim, fixture_for):
    script = {
        "SN1": {
            "measurements": [{"name": "ICC", "value": 78.2, "unit": "mA", "low": 30, "high": 60}],
            "done": "PASS",
        }
    }
    error = failure(fixture_for(make_fixture_sim(script=script).port), "SN1")
    assert error.reason is DeviceErrorReason.PROTOCOL_ERROR
    assert "DONE PASS contradicts the FAIL measurement ICC" in error.message


def test_silent_fixture_times_out(make_fixture_sim, fixture_for):
    fixture = fixture_for(make_fixture_sim(silent=True).port, line_timeout=0.3)
    started = time.monotonic()
    error = failure(fixture, "SN1")
    assert time.monotonic() - started < 1.5
    assert error.reason is DeviceErrorReason.TIMEOUT
    assert error.params["overall"] is False
    assert "sent nothing for 0.3 s while answering *IDN?" in error.message


def test_silence_mid_test(make_fixture_sim, fixture_for):
    script = {"SN1": {"lines": ["MEAS VCC,3.3,V,3.2,3.4,PASS"]}}
    fixture = fixture_for(make_fixture_sim(script=script).port, line_timeout=0.3)
    error = failure(fixture, "SN1")
    assert error.reason is DeviceErrorReason.TIMEOUT
    assert "while testing SN1 (after 1 line)" in error.message


def test_overall_timeout_even_when_lines_keep_coming(make_fixture_sim, fixture_for):
    lines = [f"MEAS V{i},1,V,0,2,PASS" for i in range(30)] + ["DONE PASS"]
    sim = make_fixture_sim(script={"SN1": {"lines": lines, "delay": 0.05}})
    fixture = fixture_for(sim.port, line_timeout=2.0, overall_timeout=0.6)
    error = failure(fixture, "SN1")
    assert error.reason is DeviceErrorReason.TIMEOUT
    assert error.params["overall"] is True
    assert "did not finish within 0.6 s" in error.message


@pytest.mark.parametrize(
    ("kind", "shown"),
    [
        ("text", "fixture v2.1 booting... self-test ok"),
        ("binary", "\\x00\\xff\\x13\\x88garbage\\x1b[2J\\xfe"),
        ("long", "MMMMMMMMMM"),
    ],
)
def test_babble_is_a_protocol_error_never_a_verdict(make_fixture_sim, fixture_for, kind, shown):
    # The babbling simulator ends with DONE PASS: it must not be believed.
    fixture = fixture_for(make_fixture_sim(babble=kind).port)
    error = failure(fixture, "SN1")
    assert error.reason is DeviceErrorReason.PROTOCOL_ERROR
    assert shown in error.params["line"]
    assert error.params["line"].isprintable()


def test_gbk_text_breaks_protocol_v1(make_fixture_sim, fixture_for):
    error = failure(fixture_for(make_fixture_sim(gbk=True).port), "SN1")
    assert error.reason is DeviceErrorReason.PROTOCOL_ERROR
    assert "not UTF-8" in error.message
    assert "\\xb5\\xe7" in error.params["line"]  # 电 in GBK, escaped


def test_a_late_answer_of_an_abandoned_test_is_not_taken_for_the_next_unit(
    make_fixture_sim, fixture_for
):
    slow = {"measurements": [{"name": "ICC", "value": 99, "low": 30, "high": 60}], "delay": 0.5}
    sim = make_fixture_sim(script={"SN-SLOW": slow})
    fixture = fixture_for(sim.port, line_timeout=0.8, overall_timeout=0.7)
    assert failure(fixture, "SN-SLOW").reason is DeviceErrorReason.TIMEOUT
    # Its MEAS came, its "DONE FAIL" is still on the way; the next test must skip it.
    result = fixture.run_test("SN-OK")
    assert result.serial == "SN-OK"
    assert result.verdict is Verdict.PASS
    assert [m.name for m in result.measurements] == ["VCC", "ICC", "XTAL"]


def test_unplug_mid_test_discards_the_partial_result_and_reconnects(
    make_fixture_sim, fixture_for, events
):
    sim = make_fixture_sim(drop_after=2, line_delay=0.05)
    fixture = fixture_for(sim.port)
    error = failure(fixture, "SN1")
    assert error.reason is DeviceErrorReason.DISCONNECTED
    assert "partial result was discarded" in error.message
    assert events.state("disconnected").reason is DeviceErrorReason.DISCONNECTED
    assert failure(fixture, "SN2").reason in (
        DeviceErrorReason.DISCONNECTED,
        DeviceErrorReason.NOT_CONNECTED,
    )
    sim.replug()
    events.state("connected")
    assert fixture.state is DeviceState.CONNECTED
    assert fixture.run_test("SN3").verdict is Verdict.PASS


def test_simulator_replugs_by_itself(make_fixture_sim, fixture_for, events):
    sim = make_fixture_sim(drop_after=1, replug_after=0.2, line_delay=0.02)
    fixture = fixture_for(sim.port)
    assert failure(fixture, "SN1").reason is DeviceErrorReason.DISCONNECTED
    events.state("disconnected")
    events.state("connected")
    assert fixture.run_test("SN2").verdict is Verdict.PASS


def test_reconnect_by_usb_id(monkeypatch, make_fixture_sim, fixture_for, events):
    sim = make_fixture_sim(link=None)

    def comports(*args, **kwargs):
        if not sim.is_plugged:
            return []
        return [SimpleNamespace(device=sim.slave_path, vid=0x0483, pid=0x5740, serial_number="FX1")]

    monkeypatch.setattr(serial.tools.list_ports, "comports", comports)
    fixture = fixture_for("0483:5740")
    assert fixture.run_test("SN1").verdict is Verdict.PASS
    sim.unplug()
    events.state("disconnected")
    sim.replug()
    events.state("connected")
    assert fixture.run_test("SN2").verdict is Verdict.PASS


def test_one_test_at_a_time(make_fixture_sim, fixture_for):
    sim = make_fixture_sim(line_delay=0.1)
    fixture = fixture_for(sim.port)
    results = []
    worker = threading.Thread(target=lambda: results.append(fixture.run_test("SN1")))
    worker.start()
    deadline = time.monotonic() + 2
    while not fixture.is_busy and time.monotonic() < deadline:
        time.sleep(0.005)
    error = failure(fixture, "SN2")
    worker.join(5)
    assert error.reason is DeviceErrorReason.TEST_IN_PROGRESS
    assert "busy with unit SN1" in error.message
    assert results[0].verdict is Verdict.PASS


def test_stop_ends_a_running_test_at_once(make_fixture_sim, fixture_for):
    sim = make_fixture_sim(silent=True)
    fixture = fixture_for(sim.port, line_timeout=20, overall_timeout=30)
    errors = []

    def run():
        try:
            fixture.run_test("SN1")
        except FixtureError as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(0.2)
    started = time.monotonic()
    fixture.stop()
    worker.join(5)
    assert not worker.is_alive()
    assert time.monotonic() - started < 3
    assert errors[0].reason is DeviceErrorReason.STOPPED


@pytest.mark.parametrize("serial", ["", "two words", "X" * 65, "tab\t", "A\nTEST B"])
def test_invalid_serial_is_refused_before_anything_is_sent(make_fixture_sim, fixture_for, serial):
    sim = make_fixture_sim()
    error = failure(fixture_for(sim.port), serial)
    assert error.reason is DeviceErrorReason.INVALID_SERIAL
    assert sim.commands == []


def test_no_fixture_yet(tmp_path, fixture_for, events):
    fixture = fixture_for(str(tmp_path / "nothing"), require=False)
    assert events.state("disconnected").reason is DeviceErrorReason.PORT_NOT_FOUND
    assert failure(fixture, "SN1").reason is DeviceErrorReason.DISCONNECTED


def test_script_errors_are_clear():
    from benchapp.devices.sim import ScriptError

    with pytest.raises(ScriptError, match="unknown keys"):
        FixtureScript.from_json("SN1", {"verdit": "FAIL"})
    with pytest.raises(ScriptError, match="PASS or FAIL"):
        FixtureScript.from_json("SN1", {"verdict": "MAYBE"})
