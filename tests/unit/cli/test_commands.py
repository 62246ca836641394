"""The command line is a contract: commands and options are extended, never renamed."""

from __future__ import annotations

import argparse

import pytest

from benchapp.cli import build_parser

# Every command with its options and positional arguments (by metavar) as of issue 11.
COMMANDS = {
    "db upgrade": ["--db"],
    "demo": ["--db"],
    "user add": ["--db", "--as", "username", "--name", "--role", "--badge", "--pin",
                 "--password-stdin"],
    "user reset-password": ["--db", "--as", "username"],
    "user passwd": ["--db", "username", "--password-stdin"],
    "user issue": ["--db", "--as", "username"],
    "user disable": ["--db", "--as", "username"],
    "user unlock": ["--db", "--as", "username"],
    "user list": ["--db", "--json"],
    "rma show": ["--db", "--as", "RMA-NO", "--json"],
    "rma list": ["--db", "--status"],
    "audit export": ["--db", "--as", "--csv", "--force"],
    "config show": ["--db"],
    "config set": ["--db", "--as", "key", "value"],
    "sim scanner": ["--file", "--delay", "--interval", "--terminator", "--aim", "--escapes",
                    "--link", "--babble", "--silent", "--gbk", "--drop-after", "--replug-after"],
    "sim fixture": ["--script", "--fail", "--error", "--idn", "--line-delay", "--ignore-stdin",
                    "--link", "--babble", "--silent", "--gbk", "--drop-after", "--replug-after"],
    "device list": ["--json"],
    "device scan": ["PORT", "--baud", "--count", "--timeout", "--expect", "--max-len",
                    "--duplicate-ms"],
    "device fixture": ["PORT", "--serial", "--baud", "--timeout", "--line-timeout"],
    "report weekly": ["--db", "--week", "--format", "--out"],
    "report trend": ["--db", "--weeks", "--end", "--format", "--out"],
    "report overdue": ["--db", "--at", "--format"],
    "report costs": ["--db", "--from", "--to", "--by", "--csv"],
    "import repairs": ["--db", "--as", "FILE.csv"],
    "calendar holiday add": ["--db", "--as", "YYYY-MM-DD", "--name"],
    "calendar workday add": ["--db", "--as", "YYYY-MM-DD", "--name"],
    "calendar remove": ["--db", "--as", "YYYY-MM-DD"],
    "calendar list": ["--db", "--year"],
    "limits show": ["--db"],
    "limits set": ["--db", "--as", "key", "value"],
    "cost add": ["--db", "--as", "RMA-NO", "kind", "CNY", "--payer", "--on", "--note"],
    "cost price": ["--db", "--as", "PART-NO", "CNY"],
    "cost show": ["--db", "RMA-NO"],
    "ca init": ["--db", "--as", "--shop"],
    "ca export": ["--db", "--out"],
    "ca issue": ["--db", "--as", "username", "--password-stdin"],
    "slip verify": ["--db", "FILE.pdf", "--rma"],
    "slip list": ["--db", "--rma"],
    "slip export": ["--db", "SLIP-NO", "--out"],
    "slip print": ["--db", "--as", "SLIP-NO", "--printer", "--to-pdf"],
    "labels": ["--db", "RMA-NO", "--out", "--size", "--dpi"],
}


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
             ) -> dict[str, argparse.ArgumentParser]:
    found = {" ".join(path): parser} if "func" in parser._defaults else {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(commands(sub, (*path, name)))
    return found


def arguments(parser: argparse.ArgumentParser) -> tuple[set[str], list[str]]:
    options, positionals = set(), []
    for action in parser._actions:
        if action.option_strings:
            options.update(action.option_strings)
        elif not isinstance(action, argparse._SubParsersAction):
            positionals.append(action.metavar or action.dest)
    return options, positionals


ALL = commands(build_parser())


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_and_option_is_still_there(command):
    assert command in ALL, f"`benchapp {command}` is gone"
    options, positionals = arguments(ALL[command])
    wanted = COMMANDS[command]
    assert {w for w in wanted if w.startswith("-")} <= options
    assert [w for w in wanted if not w.startswith("-")] == positionals


def test_every_database_command_reports_trouble_the_same_way():
    # Device and simulator commands have their own contract: exit 2 with a [reason].
    for command, parser in ALL.items():
        if command.split()[0] in ("sim", "device"):
            continue
        assert "--db" in arguments(parser)[0], command
        func = parser._defaults["func"]
        assert getattr(func, "__wrapped__", None) is not None, f"{command} is not @guarded"


def test_as_defaults_to_the_environment(monkeypatch):
    monkeypatch.setenv("BENCHAPP_USER", "zhang")
    parsed = build_parser().parse_args(["cost", "price", "P-1", "2.50"])
    assert parsed.as_user == "zhang"
