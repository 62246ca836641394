"""The CLI's shared parts: the one-line error, the --db/--as/--json options, the secrets."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys

import pytest

from benchapp.cli import build_parser, main
from benchapp.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_json_option,
    auth_parent,
    db_parent,
    guarded,
    read_password,
    secret,
)
from benchapp.domain.errors import InvalidInput, NotFound, Reason
from benchapp.services.unit_of_work import DatabaseUnavailable


def fails_with(exc: BaseException):
    @guarded
    def command(args: argparse.Namespace) -> int:
        raise exc

    return command


@pytest.mark.parametrize(("exc", "line"), [
    (NotFound(Reason.NOT_FOUND, what="RMA", key="RMA-9"), None),
    (InvalidInput(Reason.FIELD_REQUIRED, field="--as USER"), None),
    (DatabaseUnavailable("the database at db.example is unreachable"),
     "benchapp: the database at db.example is unreachable"),
    (FileNotFoundError(2, "No such file or directory", "missing.csv"),
     "benchapp: No such file or directory: missing.csv"),
    (CommandFailed("the two passphrases differ"), "benchapp: the two passphrases differ"),
])
def test_expected_trouble_is_one_line_on_stderr_and_exit_1(capsys, exc, line):
    assert fails_with(exc)(argparse.Namespace()) == EXIT_ERROR
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"{line or 'benchapp: ' + exc.message}\n"


def test_a_database_driver_error_is_one_line(capsys):
    from sqlalchemy.exc import OperationalError

    exc = OperationalError("SELECT 1", {}, Exception("server closed the connection\nDETAIL"))
    assert fails_with(exc)(argparse.Namespace()) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("benchapp: database error: ")
    assert "server closed the connection" in err and err.count("\n") == 1


def test_a_refusal_with_details_and_its_own_exit_code(capsys):
    exc = CommandFailed("file.csv: 2 rows refused", details=["row 3: no serial", "row 9: bad date"],
                        exit_code=EXIT_USAGE)
    assert fails_with(exc)(argparse.Namespace()) == EXIT_USAGE
    assert capsys.readouterr().err == ("benchapp: file.csv: 2 rows refused\n"
                                       "  row 3: no serial\n  row 9: bad date\n")


def test_a_bug_keeps_its_traceback():
    with pytest.raises(ZeroDivisionError):
        fails_with(ZeroDivisionError("division by zero"))(argparse.Namespace())


def test_guarded_passes_the_exit_code_through():
    @guarded
    def command(args: argparse.Namespace) -> int:
        return EXIT_OK

    assert command(argparse.Namespace()) == EXIT_OK
    assert command.__name__ == "command"


def test_db_before_or_after_the_subcommand():
    parser = build_parser()
    assert parser.parse_args(["--db", "sqlite:///a.db", "rma", "list"]).db == "sqlite:///a.db"
    assert parser.parse_args(["rma", "list", "--db", "sqlite:///b.db"]).db == "sqlite:///b.db"
    assert parser.parse_args(["rma", "list"]).db is None


def test_as_defaults_to_benchapp_user(monkeypatch):
    monkeypatch.setenv("BENCHAPP_USER", "wang")
    parser = argparse.ArgumentParser(parents=[db_parent(), auth_parent()])
    add_json_option(parser)
    args = parser.parse_args(["--json"])
    assert (args.as_user, args.json) == ("wang", True)
    assert parser.parse_args(["--as", "li"]).as_user == "li"


def test_secrets_come_from_the_environment_or_stdin(monkeypatch):
    monkeypatch.setenv("BENCHAPP_PASSWORD", "from-env")
    assert secret("BENCHAPP_PASSWORD", "Password: ") == "from-env"
    monkeypatch.setattr(sys, "stdin", io.StringIO("from stdin\r\nnext line\n"))
    args = argparse.Namespace(password_stdin=True)
    assert read_password(args, "Password: ") == "from stdin"


def test_a_group_without_its_action_prints_its_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["user"])
    assert done.value.code == 0
    assert "reset-password" in capsys.readouterr().out


def test_python_m_benchapp_is_the_cli():
    done = subprocess.run([sys.executable, "-m", "benchapp", "config", "--help"],
                          capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0
    assert "show" in done.stdout and "set" in done.stdout


@pytest.mark.parametrize("argv, expected", [
    ([], (None, False)),
    (["--demo"], (None, True)),
    (["--db", "sqlite:///x.db"], ("sqlite:///x.db", False)),
    (["--db=sqlite:///x.db", "--demo"], ("sqlite:///x.db", True)),
])
def test_the_gui_starts_without_loading_the_commands(argv, expected):
    code = ("import sys, benchapp.app as app, benchapp.cli as cli; "
            "app.run_gui = lambda db_url, demo: print(repr((db_url, demo))) or 0; "
            f"rc = cli.main({argv!r}); "
            "print(sorted(m for m in sys.modules if m.startswith('benchapp.cli.') "
            "and m != 'benchapp.cli.common'), rc)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == [repr(expected), "[] 0"]


@pytest.mark.parametrize("argv", [["user", "list"], ["--db"], ["--bogus"]])
def test_anything_else_goes_to_the_full_parser(argv):
    from benchapp import cli

    assert cli._gui_only(argv) is None
