"""LineProtocol: CR/LF/CRLF splitting in any chunking, the length cap, stale fragments."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from benchapp.devices.link import LineProtocol


class Recorder(LineProtocol):
    def __init__(self, **options):
        self.events = []
        super().__init__(
            on_line=lambda line: self.events.append(("line", line)),
            on_overflow=lambda prefix, length: self.events.append(("overflow", prefix, length)),
            on_stale=lambda fragment: self.events.append(("stale", fragment)),
            on_lost=lambda protocol, exc: self.events.append(("lost", exc)),
            **options,
        )


def feed(protocol, data, cuts):
    points = sorted({cut % (len(data) + 1) for cut in cuts})
    start = 0
    for point in [*points, len(data)]:
        if point > start:
            protocol.data_received(data[start:point])
            start = point


_line = st.binary(min_size=1, max_size=30).filter(lambda b: b"\r" not in b and b"\n" not in b)


@given(
    st.lists(st.tuples(_line, st.sampled_from([b"\r", b"\n", b"\r\n"])), max_size=10),
    st.lists(st.integers(min_value=0, max_value=400), max_size=10),
)
def test_scanner_lines_split_on_cr_lf_or_crlf_in_any_chunking(lines, cuts):
    protocol = Recorder(split_on_cr=True, max_line=100)
    feed(protocol, b"".join(line + end for line, end in lines), cuts)
    assert protocol.events == [("line", line) for line, _ in lines]
    assert protocol.buffer == b""


@given(
    st.lists(st.tuples(_line, st.sampled_from([b"\n", b"\r\n"])), max_size=10),
    st.lists(st.integers(min_value=0, max_value=400), max_size=10),
)
def test_fixture_lines_end_in_lf_and_accept_crlf(lines, cuts):
    protocol = Recorder(split_on_cr=False, max_line=100)
    feed(protocol, b"".join(line + end for line, end in lines), cuts)
    assert protocol.events == [("line", line) for line, _ in lines]


def test_a_bare_cr_inside_a_fixture_line_stays_in_the_line():
    protocol = Recorder(split_on_cr=False, max_line=100)
    protocol.data_received(b"DONE\rPASS\r\n")
    assert protocol.events == [("line", b"DONE\rPASS")]


def test_empty_lines_are_skipped():
    protocol = Recorder(split_on_cr=True, max_line=100)
    protocol.data_received(b"\r\n\r\nA\r\r\n\nB\n")
    assert protocol.events == [("line", b"A"), ("line", b"B")]


def test_over_long_line_is_reported_once_and_the_next_line_is_clean():
    protocol = Recorder(split_on_cr=True, max_line=10)
    protocol.data_received(b"X" * 8)
    protocol.data_received(b"X" * 8)
    protocol.data_received(b"Y" * 50)
    protocol.data_received(b"ZZ\rOK\r")
    assert protocol.events == [("overflow", b"X" * 10, 16), ("line", b"OK")]
    assert len(protocol.buffer) == 0


def test_over_long_line_arriving_in_one_read_is_capped_too():
    protocol = Recorder(split_on_cr=False, max_line=10)
    protocol.data_received(b"Y" * 30 + b"\r\nOK\n")
    assert protocol.events == [("overflow", b"Y" * 10, 30), ("line", b"OK")]


def test_stale_fragment_is_dropped_before_new_data():
    now = [0.0]
    protocol = Recorder(split_on_cr=True, max_line=100, partial_timeout=1.0, clock=lambda: now[0])
    protocol.data_received(b"FRAG")
    now[0] = 0.5
    protocol.data_received(b"MENT")  # within the timeout: same line
    now[0] = 2.0
    protocol.data_received(b"CODE\r")
    assert protocol.events == [("stale", b"FRAGMENT"), ("line", b"CODE")]


def test_connection_lost_drops_the_partial_line_and_reports():
    lost = []
    protocol = Recorder(split_on_cr=True, max_line=100)
    protocol.link_lost = lambda proto, exc: lost.append((proto, exc))
    protocol.data_received(b"HALF")
    error = OSError("gone")
    protocol.connection_lost(error)
    assert protocol.buffer == b""
    assert protocol.events == [("lost", error)]
    assert lost == [(protocol, error)]
