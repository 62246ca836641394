"""GUI tests run on Qt's offscreen platform: no display needed.

QSettings (the bench's station, idle lock, ports, language) go to a throwaway directory, so
the tests neither read nor change the settings of whoever runs them.

Every GUI test also proves that the views read and write off the GUI thread: a unit of work
opened through the GUI's session (or the main window's factory) on the GUI thread fails it.
"""

import os
import sys
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="benchapp-test-config-")

# Calls that still open a unit of work on the GUI thread, each with the reason it may.
GUI_THREAD_EXEMPT: dict[str, str] = {}


def _caller(depth: int) -> str:
    code = sys._getframe(depth).f_code
    return getattr(code, "co_qualname", code.co_name)


@pytest.fixture(autouse=True)
def pc_clock_between_tests():
    """A main window sets the shop's time zone for every time on screen; the next test
    starts from the PC's clock again."""
    from benchapp.ui import shop_time

    yield
    shop_time.set_zone(None)


@pytest.fixture(autouse=True)
def no_unit_of_work_on_the_gui_thread(monkeypatch):
    """Fails the test when the GUI opens a unit of work on the GUI thread.

    Set-up code that calls services with its own unit of work (not through the session)
    is not concerned.
    """
    from benchapp.ui.main_window import MainWindow
    from benchapp.ui.ops import on_gui_thread
    from benchapp.ui.session import Session

    opened: list[str] = []

    def check(caller: str) -> None:
        if on_gui_thread() and caller not in GUI_THREAD_EXEMPT:
            opened.append(caller)
            raise AssertionError(f"{caller} opened a unit of work on the GUI thread")

    session_uow = Session.uow

    def uow(self):
        check(_caller(2))
        return session_uow(self)

    monkeypatch.setattr(Session, "uow", uow)
    window_init = MainWindow.__init__

    def init(self, uow_factory, *args, **kwargs):
        def guarded():
            caller = _caller(2)
            if caller != uow.__qualname__:  # through a Session: checked there
                check(caller)
            return uow_factory()

        window_init(self, guarded, *args, **kwargs)

    monkeypatch.setattr(MainWindow, "__init__", init)
    yield opened
    assert not opened, f"units of work opened on the GUI thread by {sorted(set(opened))}"
