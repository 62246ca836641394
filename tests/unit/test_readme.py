"""README's two set-up commands are the ones CI and users run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_COMMAND = ("python3 -m venv .venv && .venv/bin/python -m pip install . "
               "&& .venv/bin/benchapp --demo")
TEST_COMMAND = ("python3 -m venv .venv && .venv/bin/python -m pip install -e '.[test]' "
                "&& .venv/bin/python -m pytest")


def section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]


def setup_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", section())


def test_readme_gives_exactly_two_setup_commands():
    assert setup_commands() == [APP_COMMAND, TEST_COMMAND]


def test_the_setup_commands_work_without_an_activated_venv():
    # Debian 12's Python refuses `pip install` outside a venv (PEP 668), and nobody should
    # have to remember to activate one: every program is called by its path inside .venv.
    for command in setup_commands():
        steps = [step.strip() for step in command.split("&&")]
        assert steps[0] == "python3 -m venv .venv"
        assert all(step.startswith(".venv/bin/") for step in steps[1:]), command


def test_readme_lists_the_system_packages_and_windows_steps():
    text = section()
    for package in ("python3-venv", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0",
                    "libegl1", "libxkbcommon-x11-0"):
        assert package in text, package
    windows = re.findall(r"```bat\n(.+?)\n```", text)
    assert windows == [
        (r"py -3.11 -m venv .venv && .venv\Scripts\python -m pip install . "
         r"&& .venv\Scripts\benchapp --demo"),
        (r'py -3.11 -m venv .venv && .venv\Scripts\python -m pip install -e ".[test]" '
         r"&& .venv\Scripts\python -m pytest")]


def test_readme_names_every_package_the_startup_check_asks_for():
    from benchapp.ui.xcb import XCB_LIBRARIES

    text = " ".join(section().split())
    for package in set(XCB_LIBRARIES.values()):
        assert f" {package} " in text or f" {package}`" in text, package


def test_ci_runs_the_readme_test_command_before_the_bundle():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci.count(TEST_COMMAND) == 1
    build = next(i for i, line in enumerate(ci) if "installer/build.py" in line)
    smoke = next(i for i, line in enumerate(ci) if "installer/smoke.py" in line)
    assert ci.index(TEST_COMMAND) < build < smoke
