"""ui.ops: work runs off the GUI thread, outcomes come back on it, superseded ones are dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from benchapp.ui.ops import GcPause, OpRunner, on_gui_thread

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    runner = OpRunner(widget)
    yield runner
    runner.close()


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work():
        seen["worker_on_gui"] = on_gui_thread()
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["delivered_on_gui"] = on_gui_thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, on_success=done)
    assert seen == {"worker_on_gui": False, "worker": seen["worker"], "value": 42,
                    "delivered_on_gui": True}
    assert seen["worker"] != threading.get_ident()
    assert on_gui_thread()


def test_a_failure_goes_to_on_failure(qtbot, runner):
    failures = []

    def work():
        raise LookupError("no such RMA")

    runner.run(work, on_success=lambda _: pytest.fail("not a success"),
               on_failure=failures.append)
    assert runner.wait()
    assert [str(f) for f in failures] == ["no such RMA"]


def test_a_newer_op_of_the_same_kind_drops_the_older_outcome(qtbot, runner):
    gate = threading.Event()
    shown = []

    def slow():
        gate.wait(5)
        return "old"

    runner.run(slow, on_success=shown.append, kind="refresh")
    runner.run(lambda: "queued", on_success=shown.append, kind="refresh")
    runner.run(lambda: "new", on_success=shown.append, kind="refresh")
    runner.run(lambda: "other kind", on_success=shown.append, kind="save")
    gate.set()
    assert runner.wait()
    assert shown == ["new", "other kind"]
    assert not runner.busy


def test_busy_is_signalled_once_for_overlapping_ops(qtbot, runner):
    states = []
    runner.busy_changed.connect(states.append)
    gate = threading.Event()
    runner.run(lambda: gate.wait(5))
    runner.run(lambda: None)
    assert runner.busy
    gate.set()
    assert runner.wait()
    assert states == [True, False]


def test_closing_drops_what_is_still_to_come_and_gives_back_the_collector(qtbot, runner):
    gate = threading.Event()
    shown = []
    runner.run(lambda: gate.wait(5), on_success=shown.append)
    runner.run(lambda: "never", on_success=shown.append)
    gate.set()
    runner.close()
    qtbot.wait(50)
    assert shown == []
    assert GcPause.holds == 0
    assert runner.run(lambda: "after close", on_success=shown.append) == 0
