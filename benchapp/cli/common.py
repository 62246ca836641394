"""What every command shares: the --db, --as and --json options, the one-line error, the
database engine and unit of work, the acting user's sign-in, the secrets asked for, and output
that any console can take (UTF-8 JSON, no traceback for a character or a closed pipe)."""

from __future__ import annotations

import argparse
import codecs
import functools
import getpass
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from benchapp.domain.errors import DomainError, InvalidInput, Reason
from benchapp.domain.roles import Actor

EXIT_OK = 0
EXIT_ERROR = 1  # the command ran and refused (bad input, domain rule, database trouble)
EXIT_USAGE = 2  # argparse's own code for a malformed command line

USER_ENV = "BENCHAPP_USER"
PASSWORD_ENV = "BENCHAPP_PASSWORD"
CA_PASSPHRASE_ENV = "BENCHAPP_CA_PASSPHRASE"

Command = Callable[[argparse.Namespace], int]


# -- options ---------------------------------------------------------------------------------


def db_parent() -> argparse.ArgumentParser:
    """The --db option, for every command that opens the database."""
    # SUPPRESS keeps `benchapp --db X sub` and `benchapp sub --db X` both working:
    # the sub-parser only sets `db` when the option is given after the subcommand.
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="database URL (sqlite:///file.db or postgresql+psycopg://user@host/db; special "
        "characters of a password percent-encoded); default: $BENCHAPP_DB, else [database] url "
        "in this PC's machine file (benchapp config where), else the SQLite file in the user "
        "data directory",
    )
    return parent


def auth_parent() -> argparse.ArgumentParser:
    """The --as option, for every command that changes something in a user's name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--as", dest="as_user", metavar="USER", default=os.environ.get(USER_ENV),
                        help=f"administrator to act as (default ${USER_ENV}); the password is "
                        f"asked, or taken from ${PASSWORD_ENV}")
    return parent


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """--force: an export may replace an existing file (never without it)."""
    parser.add_argument("--force", action="store_true",
                        help="replace the output file if it exists")


def _check_target(path: str, force: bool) -> Path:
    target = Path(path)
    if target.is_symlink():
        raise CommandFailed(f"{path} is a symbolic link: refusing to write through it")
    if target.exists() and not force:
        raise CommandFailed(f"{path} exists: give --force to replace it")
    if target.exists() and not target.is_file():
        raise CommandFailed(f"{path} is not a regular file")
    if not target.parent.is_dir():
        raise CommandFailed(f"no such directory: {target.parent}")
    return target


def write_output(path: str, data: bytes, *, force: bool = False) -> Path:
    """Every --out/--csv of the CLI: never through a symbolic link, never over an existing file
    without --force, and never a half-written or empty file when the export fails (a temporary
    file in the same directory, renamed into place only once complete)."""
    from benchapp.slips.atomic import write_atomically

    return write_atomically(_check_target(path, force), data)


@contextmanager
def output_file(path: str, *, force: bool = False, encoding: str = "utf-8") -> Iterator[Any]:
    """write_output for exports written row by row: a text handle on a temporary file in the
    target's directory, renamed over the target only when the block ends without an error."""
    import tempfile

    target = _check_target(path, force)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def add_json_option(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    """--json: machine-readable output instead of the table meant for a person."""
    parser.add_argument("--json", action="store_true", help=help)


def add_reason_option(parser: argparse.ArgumentParser, what: str) -> None:
    """--reason: why, recorded in the tracking log with the change (issue 12 item 7)."""
    parser.add_argument("--reason", default="", metavar="TEXT",
                        help=f"why {what}; recorded in the tracking log with the old and "
                        "new value")


# -- errors ----------------------------------------------------------------------------------


class CommandFailed(Exception):
    """A command refuses with its own words; `details` follow the message, one per line."""

    def __init__(self, message: str, *, details: Iterable[str] = (),
                 exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details)
        self.exit_code = exit_code


def say(message: str, *, prog: str = "benchapp") -> None:
    """One line on stderr, in the form `prog: message` that shells and logs expect."""
    sys.stderr.write(f"{prog}: {message}\n")
    sys.stderr.flush()


def guarded(func: Command) -> Command:
    """Expected trouble becomes one clear line on stderr and exit code 1, never a traceback;
    anything else is a bug and keeps its traceback."""

    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except Exception as err:
            line = error_line(err)
            if line is None:
                raise
            say(line)
            if isinstance(err, CommandFailed):
                for detail in err.details:
                    print(f"  {detail}", file=sys.stderr)
                return err.exit_code
            return EXIT_ERROR

    return run


def error_line(err: Exception) -> str | None:
    """The message for expected trouble, or None for a bug."""
    from benchapp.services.unit_of_work import ServiceError  # DatabaseUnavailable among them

    if isinstance(err, BrokenPipeError):
        return None  # the reader left (`| head`): cli.main ends quietly
    if isinstance(err, CommandFailed | DomainError):
        return err.message
    if isinstance(err, _loaded("benchapp.db.engine", "DatabaseUrlError", "DatabaseMissing")
                  + _loaded("benchapp.settings", "MachineConfigError")):
        return err.message
    if isinstance(err, ServiceError):
        return str(err)
    if isinstance(err, _loaded("benchapp.slips.errors", "SlipError")):
        return err.message
    if isinstance(err, OSError):
        return f"{err.strerror or err}: {err.filename or ''}".rstrip(": ")
    # A wrong URL or a driver error that the unit of work did not turn into DatabaseUnavailable
    if isinstance(err, _loaded("sqlalchemy.exc", "ArgumentError", "SQLAlchemyError")):
        return f"database error: {str(err).splitlines()[0]}"
    return None


def _loaded(module_name: str, *names: str) -> tuple[type[Exception], ...]:
    # Looked up, not imported: benchapp.slips loads pyHanko (~1 s) and SQLAlchemy takes
    # ~0.3 s, and their errors can only come from code that has loaded them already.
    module = sys.modules.get(module_name)
    return tuple(getattr(module, name) for name in names) if module else ()


# -- database and sign-in --------------------------------------------------------------------


@contextmanager
def open_engine(args: argparse.Namespace, *, migrate: bool = True,
                create: bool = False) -> Iterator[Any]:
    """The engine for --db (or the default database), its schema brought up to date.

    Only ``create`` (db upgrade, demo) may create a SQLite file: for any other command a file
    that is not there is DatabaseMissing, so a typo in a path never becomes a new, empty shop.
    """
    from benchapp.db.engine import make_engine, require_existing, resolve_url
    from benchapp.db.migrate import upgrade

    url = resolve_url(getattr(args, "db", None))
    if not create:
        require_existing(url)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        yield engine
    finally:
        engine.dispose()


def unit_of_work(engine: Any) -> Any:
    """A new unit of work for one service call."""
    from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

    return SqlAlchemyUnitOfWork(engine)


def sign_in(engine: Any, args: argparse.Namespace) -> Actor:
    """The --as user, signed in with the password from $BENCHAPP_PASSWORD or asked."""
    from benchapp.services import users

    if not args.as_user:
        raise InvalidInput(Reason.FIELD_REQUIRED, field=f"--as USER (or ${USER_ENV})")
    password = secret(PASSWORD_ENV, f"Password for {args.as_user}: ")
    user = users.login(unit_of_work(engine), args.as_user, password)
    if users.must_change_password(unit_of_work(engine), user):
        # A one-time password (after a reset) or an aged one only lets the user choose theirs.
        raise CommandFailed(f"{user.username} must choose a new password first: run "
                            f"'benchapp user passwd {user.username}'")
    return user.actor()


def sign_in_to_read(engine: Any, args: argparse.Namespace, what: str,
                    **detail: object) -> Actor:
    """Read commands (rma show, slip export, audit export, reports): the --as user signed in,
    and the read logged with who and what before anything is shown or written."""
    from benchapp.services import users

    actor = sign_in(engine, args)
    out = getattr(args, "out", None) or getattr(args, "csv", None)
    if out:
        detail.setdefault("out", out)
    users.record_archive_read(unit_of_work(engine), actor, what=what, **detail)
    return actor


def sign_in_unless_first(engine: Any, args: argparse.Namespace) -> Actor | None:
    """None while the database has no user (the first one bootstraps the administrator and
    needs no --as), else the --as user signed in."""
    with unit_of_work(engine) as uow:
        if not uow.users.list():
            return None
    return sign_in(engine, args)


# -- secrets ---------------------------------------------------------------------------------


def secret(env: str, prompt: str) -> str:
    """From the environment variable when set (scripts), else asked without echo."""
    value = os.environ.get(env)
    return value if value is not None else getpass.getpass(prompt)


def read_password(args: argparse.Namespace, prompt: str) -> str:
    """One line of stdin with --password-stdin, else asked without echo."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)


def ca_passphrase(prompt: str = "Shop CA passphrase: ") -> str:
    return secret(CA_PASSPHRASE_ENV, prompt)


def slip_port() -> Any:
    """The PDF slip adapter (reportlab and pyHanko), loaded only by commands that sign."""
    from benchapp import settings
    from benchapp.slips.port import PdfSlips

    # The CA this PC trusts is pinned in its machine configuration, not taken from the database.
    return PdfSlips(ca_pin=settings.shop_ca_pin())


def set_shop_setting(args: argparse.Namespace) -> int:
    """`config set` and `limits set`: one shop setting changed by an administrator (logged)."""
    from benchapp.services.supervision import change_setting

    with open_engine(args) as engine:
        value = change_setting(unit_of_work(engine), sign_in(engine, args), args.key, args.value,
                               reason=getattr(args, "reason", None) or "")
    from benchapp.settings import REGISTRY, Scope

    print(f"{args.key} = {REGISTRY.get(args.key, Scope.SHOP).text(value)}")
    return EXIT_OK


# -- output ----------------------------------------------------------------------------------


def console_safe() -> None:
    """stdout and stderr write what their encoding cannot show as '?' instead of raising
    UnicodeEncodeError: a GBK console (Chinese Windows, or output redirected there) and a name
    with 𠀀 (U+20000) must not stop a command halfway. UTF-8 streams are left alone."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not encoding or not hasattr(stream, "reconfigure"):
            continue
        try:
            if codecs.lookup(encoding).name == "utf-8":
                continue
        except LookupError:
            pass
        stream.reconfigure(errors="replace")


def write_utf8(text: str) -> None:
    """Machine-readable output (JSON, CSV) on stdout as UTF-8 bytes, whatever the console's
    code page: the program reading it decodes UTF-8."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream without bytes underneath (some test doubles): text it is
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def utf8_stdout() -> TextIO:
    """stdout as a UTF-8 text stream for a CSV or JSON writer (``release_stdout`` after)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        return sys.stdout
    return io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)


def release_stdout(stream: TextIO) -> None:
    """Done with what ``utf8_stdout`` gave: flushed, and stdout itself left open."""
    stream.flush()
    if stream is not sys.stdout and isinstance(stream, io.TextIOWrapper):
        stream.detach()


@contextmanager
def output_or_stdout(path: str, *, force: bool = False,
                     encoding: str = "utf-8") -> Iterator[TextIO]:
    """``output_file`` for a path, or UTF-8 stdout for ``-`` (whatever the console's code
    page: a program reads it)."""
    if path == "-":
        out = utf8_stdout()
        try:
            yield out
        finally:
            release_stdout(out)
    else:
        with output_file(path, force=force, encoding=encoding) as out:
            yield out


def print_json(obj: Any, *, indent: int | None = None) -> None:
    """One JSON document on stdout, UTF-8, characters as they are (no \\u escapes)."""
    write_utf8(json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


def stdout_gone() -> None:
    """The reader of stdout left (`... | head -1`): point stdout at the null device so that
    the flush at exit does not raise again (the recipe of Python's signal module docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (a test's captured stdout)
        pass
