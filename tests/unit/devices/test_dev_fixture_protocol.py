"""Fixture protocol v1: MEAS/DONE/ERR/IDN parsing and verdict consistency, without I/O."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchapp.devices.errors import DeviceErrorReason, FixtureError
from benchapp.devices.fixture_protocol import (
    MAX_LINE,
    FixtureIdentity,
    FixtureReplyParser,
    FixtureResult,
    Verdict,
    decode_line,
    parse_idn,
    parse_meas,
)
from benchapp.devices.sim import FixtureScript

IDN = FixtureIdentity("Acme", "FX-9", "F123", "2.0")


def run(lines, serial="SN1"):
    parser = FixtureReplyParser(serial, IDN, port="/dev/ttyFX")
    for line in lines:
        result = parser.feed(line)
        if result is not None:
            return result
    return None


def protocol_error(lines) -> FixtureError:
    with pytest.raises(FixtureError) as caught:
        run(lines)
    assert caught.value.reason is DeviceErrorReason.PROTOCOL_ERROR
    return caught.value


def test_pass_with_measurements():
    result = run(
        [
            b"MEAS VCC,3.31,V,3.2,3.4,PASS",
            b"MEAS ICC,4.25e1,mA,30,60,PASS",
            b"MEAS LEAK,0.2,uA,,1,PASS",
            b"MEAS RATIO,1.5,,1,,PASS",
            b"DONE PASS",
        ]
    )
    assert isinstance(result, FixtureResult)
    assert result.verdict is Verdict.PASS
    assert [m.name for m in result.measurements] == ["VCC", "ICC", "LEAK", "RATIO"]
    assert result.measurements[1].value == 42.5
    assert result.measurements[2].low is None
    assert result.measurements[3].unit == ""
    assert result.to_json() == {
        "fixture": {"vendor": "Acme", "model": "FX-9", "serial": "F123", "firmware": "2.0"},
        "serial": "SN1",
        "verdict": "PASS",
        "measurements": [
            {"name": "VCC", "value": 3.31, "unit": "V", "low": 3.2, "high": 3.4, "verdict": "PASS"},
            {
                "name": "ICC",
                "value": 42.5,
                "unit": "mA",
                "low": 30.0,
                "high": 60.0,
                "verdict": "PASS",
            },
            {
                "name": "LEAK",
                "value": 0.2,
                "unit": "uA",
                "low": None,
                "high": 1.0,
                "verdict": "PASS",
            },
            {
                "name": "RATIO",
                "value": 1.5,
                "unit": "",
                "low": 1.0,
                "high": None,
                "verdict": "PASS",
            },
        ],
    }


def test_fail_and_bare_verdicts():
    result = run([b"MEAS ICC,78.2,mA,30,60,FAIL", b"DONE FAIL"])
    assert result.verdict is Verdict.FAIL
    assert run([b"DONE PASS"]).measurements == ()
    # A fixture may fail a unit on a step that has no measurement.
    assert run([b"MEAS VCC,3.3,V,3.2,3.4,PASS", b"DONE FAIL"]).verdict is Verdict.FAIL


def test_limits_are_inclusive():
    assert parse_meas("V,3.2,V,3.2,3.4,PASS", port="p", raw=b"").verdict is Verdict.PASS
    assert parse_meas("V,3.4,V,3.2,3.4,PASS", port="p", raw=b"").verdict is Verdict.PASS


def test_done_pass_contradicting_a_failed_measurement_is_a_protocol_error():
    error = protocol_error(
        [b"MEAS VCC,3.3,V,3.2,3.4,PASS", b"MEAS ICC,78,mA,30,60,FAIL", b"DONE PASS"]
    )
    assert "DONE PASS contradicts the FAIL measurement ICC" in error.message
    assert error.params["line"] == "DONE PASS"


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        (b"MEAS VCC,3.1,V,3.2,3.4,PASS", "MEAS VCC says PASS but 3.1 is outside its limits"),
        (b"MEAS VCC,3.3,V,3.2,3.4,FAIL", "MEAS VCC says FAIL but 3.3 is within its limits"),
        (b"MEAS VCC,3.3,V,3.2,3.4", "MEAS needs 6 fields"),
        (b"MEAS VCC,3.3,V,3.2,3.4,PASS,x", "MEAS needs 6 fields"),
        (b"MEAS ,3.3,V,3.2,3.4,PASS", "empty name"),
        (b"MEAS VCC,abc,V,3.2,3.4,PASS", "value 'abc' is not a number"),
        (b"MEAS VCC,nan,V,3.2,3.4,PASS", "is not a number"),
        (b"MEAS VCC,1_0,V,3.2,3.4,PASS", "is not a number"),
        (b"MEAS VCC,1e999,V,,,PASS", "out of range"),
        (b"MEAS VCC,3.3,V,3.4,3.2,PASS", "low limit 3.4 is above high 3.2"),
        (b"MEAS VCC,3.3,V,3.2,3.4,OK", "verdict must be PASS or FAIL"),
        (b"DONE MAYBE", "DONE must be PASS or FAIL"),
        (b"DONE", "DONE must be PASS or FAIL"),
        (b"ERR", "ERR needs <code>,<text>"),
        (b"ERR nocomma", "ERR needs <code>,<text>"),
        (b"hello from the fixture", "expected MEAS, DONE or ERR"),
        (b"meas VCC,3.3,V,3.2,3.4,PASS", "expected MEAS, DONE or ERR"),
        (b"PASS", "expected MEAS, DONE or ERR"),
        (b"\x00\xff\x13garbage", "not UTF-8"),
        ("MEAS 电压,3.3,V,3.2,3.4,PASS".encode("gbk"), "not UTF-8"),
        (b"DONE PASS\x1b[0m", "control character \\x1b"),
        (b"DONE\tPASS", "control character \\t"),
    ],
)
def test_protocol_errors_name_the_problem_and_show_the_line(line, detail):
    error = protocol_error([line])
    assert detail in error.message
    assert error.params["detail"] and error.params["line"]
    assert error.params["line"].isprintable()
    assert "/dev/ttyFX" in error.message


def test_binary_line_is_shown_escaped():
    error = protocol_error([b"\x00\xffOK\r"])
    assert error.params["line"] == "\\x00\\xffOK\\r"


def test_over_long_line():
    error = protocol_error([b"M" * (MAX_LINE + 1)])
    assert f"longer than {MAX_LINE} bytes" in error.message
    assert error.params["line"].endswith(f"... ({MAX_LINE + 1} bytes)")
    assert decode_line(b"M" * MAX_LINE, port="p") == "M" * MAX_LINE


def test_err_line_is_a_fixture_error():
    with pytest.raises(FixtureError) as caught:
        run([b"MEAS VCC,3.3,V,3.2,3.4,PASS", b"ERR E42,no contact, pin 7"])
    assert caught.value.reason is DeviceErrorReason.FIXTURE_ERROR
    assert caught.value.params["code"] == "E42"
    assert caught.value.params["text"] == "no contact, pin 7"
    assert caught.value.message == "the fixture on /dev/ttyFX reported error E42: no contact, pin 7"


def test_idn():
    assert parse_idn("Acme, FX-9 ,F123,2.0", port="p", raw=b"") == IDN
    assert parse_idn("Acme,FX-9,,", port="p", raw=b"").serial == ""
    for bad in ("Acme,FX-9,F123", "Acme,FX-9,F123,2.0,extra", ",FX,1,2", "garbage"):
        with pytest.raises(FixtureError) as caught:
            parse_idn(bad, port="p", raw=bad.encode())
        assert caught.value.reason is DeviceErrorReason.PROTOCOL_ERROR


def test_simulator_scripts_speak_the_protocol():
    for script in (
        FixtureScript(),
        FixtureScript(verdict="FAIL"),
        FixtureScript(measurements=[{"name": "LEAK", "value": 0.5, "unit": "uA", "high": 1}]),
    ):
        result = run([line.rstrip(b"\n") for line in script.render()])
        assert result.verdict.value == script.verdict
    contradiction = FixtureScript(
        measurements=[{"name": "ICC", "value": 78, "low": 30, "high": 60}], done="PASS"
    )
    protocol_error([line.rstrip(b"\n") for line in contradiction.render()])


_reply_lines = st.one_of(
    st.binary(max_size=80),
    st.builds(
        lambda name, value, low, high, verdict: (
            f"MEAS {name},{value},V,{low},{high},{verdict}".encode()
        ),
        st.sampled_from(["VCC", "ICC", ""]),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
        st.sampled_from(["", "0", "1.5", "x"]),
        st.sampled_from(["", "2", "1e3", "-1"]),
        st.sampled_from(["PASS", "FAIL", "pass"]),
    ),
    st.sampled_from([b"DONE PASS", b"DONE FAIL", b"DONE", b"ERR 1,x", b"ERR"]),
)


@given(st.lists(_reply_lines, max_size=12))
@settings(max_examples=400)
def test_any_reply_gives_a_consistent_result_or_a_typed_error(lines):
    try:
        result = run(lines)
    except FixtureError as exc:
        assert exc.reason in (DeviceErrorReason.PROTOCOL_ERROR, DeviceErrorReason.FIXTURE_ERROR)
        assert exc.message
        return
    if result is not None:
        failed = [m for m in result.measurements if m.verdict is Verdict.FAIL]
        assert not (result.verdict is Verdict.PASS and failed)
        for m in result.measurements:
            within = (m.low is None or m.value >= m.low) and (m.high is None or m.value <= m.high)
            assert within == (m.verdict is Verdict.PASS)
