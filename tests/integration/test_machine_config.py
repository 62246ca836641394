"""Issue 15, items 3-6, as a bench's IT person meets them: the machine file and `config where`,
URLs with awkward passwords, a mistyped database path, the log file, a GBK console, a pipe to
`head`, `--version`. Real CLI processes on real database files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import benchapp
from benchapp.db.engine import make_engine
from benchapp.db.migrate import alembic_config, upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.services import users

ROOT = Path(__file__).resolve().parents[2]
RAW_PASSWORD = "p@ss:w/o#rd%"
ENCODED_PASSWORD = "p%40ss%3Aw%2Fo%23rd%25"


def run(*args: str, env: dict[str, str] | None = None, stdin: str = ""
        ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "benchapp", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, **(env or {})})


def shop_db(url: str, *, display_name: str = "管理员") -> None:
    engine = make_engine(url)
    upgrade(engine)
    users.add_user(SqlAlchemyUnitOfWork(engine), None, username="admin",
                   display_name=display_name, roles=["admin"], password="admin-pass-1")
    engine.dispose()


# -- --version -----------------------------------------------------------------------------

def test_version_prints_the_version_and_exits_0():
    r = run("--version")
    assert (r.returncode, r.stdout, r.stderr) == (0, f"benchapp {benchapp.__version__}\n", "")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == benchapp.__version__


# -- item 4: a database that is not there --------------------------------------------------

@pytest.mark.parametrize("command", [["user", "list"], ["rma", "show", "RMA-000001"],
                                     ["slip", "list"], ["report", "overdue"]])
def test_a_read_command_on_a_mistyped_path_says_so_and_creates_nothing(tmp_path, command):
    typo = tmp_path / "shpo" / "bench.db"
    r = run(*command, "--db", f"sqlite:///{typo}")
    assert r.returncode == 1
    assert r.stderr == (f"benchapp: no database at {typo}: check the path, or create it with "
                        "`benchapp db upgrade`\n")
    assert list(tmp_path.iterdir()) == []  # neither the file nor its folder


def test_db_upgrade_creates_the_database_a_read_command_then_opens(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'bench.db'}"
    assert run("db", "upgrade", "--db", url).returncode == 0
    r = run("user", "list", "--db", url)
    assert (r.returncode, r.stdout) == (0, "")


def test_the_default_database_is_not_created_by_a_read_command(tmp_path):
    # HOME and XDG_DATA_HOME point the user data directory at an empty folder.
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "BENCHAPP_DB": ""}
    r = run("user", "list", env=env)
    assert r.returncode == 1 and "no database at" in r.stderr
    assert not (tmp_path / "data").exists()


# -- item 3: the machine file and `config where` -------------------------------------------

def test_config_where_names_the_source_of_every_machine_setting(tmp_path):
    db = tmp_path / "shop.db"
    machine = tmp_path / "benchapp.toml"
    machine.write_text(f'[database]\nurl = "sqlite:///{db}"\n\n[printers]\na4 = "Office A4"\n'
                       'label_size = "62x29"\n', encoding="utf-8")
    env = {"BENCHAPP_MACHINE_CONFIG": str(machine), "BENCHAPP_DB": ""}
    r = run("config", "where", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"machine file: {machine}",
        f"database_url = sqlite:///{db}  [{machine}]",
        f"a4_printer = Office A4  [{machine}]",
        "label_printer = -  [default]",
        f"label_size = 62x29  [{machine}]",
        "shop_ca_fingerprint = -  [default]",
        "shop_time_zone = -  [default]",
    ]
    # The machine file's database is the one the commands use.
    assert run("db", "upgrade", env=env).returncode == 0 and db.is_file()

    r = run("config", "where", "--json", env={**env, "BENCHAPP_DB": "sqlite:///env.db"})
    doc = json.loads(r.stdout)
    assert doc["machine_file"] == {"path": str(machine), "exists": True, "error": None,
                                   "unknown_keys": []}
    first = doc["settings"][0]
    assert first == {"name": "database_url", "value": "sqlite:///env.db", "source": "env",
                     "origin": "$BENCHAPP_DB"}
    r = run("config", "where", "--json", "--db", "sqlite:///flag.db", env=env)
    assert json.loads(r.stdout)["settings"][0]["origin"] == "--db"


def test_config_where_hides_the_password_and_reports_a_broken_file(tmp_path):
    machine = tmp_path / "benchapp.toml"
    machine.write_text(f'[database]\nurl = "postgresql+psycopg://bench:{ENCODED_PASSWORD}'
                       '@shop-db/benchapp"\n[databse]\nurl = "typo"\n', encoding="utf-8")
    env = {"BENCHAPP_MACHINE_CONFIG": str(machine), "BENCHAPP_DB": ""}
    r = run("config", "where", env=env)
    assert r.returncode == 0
    assert "database_url = postgresql+psycopg://bench:***@shop-db/benchapp" in r.stdout
    assert "unknown key ignored: databse.url" in r.stdout
    assert "p%40ss" not in r.stdout + r.stderr

    machine.write_text('[database]\nurl = sqlite:///unquoted.db\n', encoding="utf-8")
    r = run("config", "where", env=env)
    assert r.returncode == 1 and "(cannot be read)" in r.stdout
    r = run("user", "list", env=env)  # never the user's own database instead
    assert r.returncode == 1
    assert r.stderr.startswith(f"benchapp: machine configuration {machine} cannot be read: ")
    assert len(r.stderr.splitlines()) == 1


def test_the_machine_file_sets_the_label_size(tmp_path):
    from tests.workflow_helpers import Bench

    db = f"sqlite:///{tmp_path / 'shop.db'}"
    engine = make_engine(db)
    upgrade(engine)
    rma_no, _ = Bench(SqlAlchemyUnitOfWork(engine)).receive(1)
    engine.dispose()
    machine = tmp_path / "benchapp.toml"
    machine.write_text('[printers]\nlabel_size = "62x29"\n', encoding="utf-8")
    out = tmp_path / "labels.pdf"
    r = run("labels", rma_no, "--out", str(out), "--db", db,
            env={"BENCHAPP_MACHINE_CONFIG": str(machine)})
    assert r.returncode == 0, r.stderr
    assert "(62 x 29 mm)" in r.stdout
    # --force: --out never overwrites an existing file without it (cli.common.write_output)
    r = run("labels", rma_no, "--out", str(out), "--db", db, "--size", "40x20", "--force",
            env={"BENCHAPP_MACHINE_CONFIG": str(machine)})
    assert r.returncode == 0, r.stderr
    assert "(40 x 20 mm)" in r.stdout  # the option wins over the file


# -- item 3: the shop time zone in the machine file -----------------------------------------

def _shop_rows(url: str) -> dict[str, str]:
    engine = make_engine(url)
    try:
        with SqlAlchemyUnitOfWork(engine) as uow:
            return uow.shop_settings()
    finally:
        engine.dispose()


def test_a_new_database_takes_the_machine_files_time_zone_and_keeps_it(tmp_path):
    db = tmp_path / "shop.db"
    url = f"sqlite:///{db}"
    machine = tmp_path / "benchapp.toml"
    machine.write_text(f'[database]\nurl = "{url}"\n\n[shop]\ntime_zone = "Asia/Urumqi"\n',
                       encoding="utf-8")
    env = {"BENCHAPP_MACHINE_CONFIG": str(machine), "BENCHAPP_DB": ""}
    r = run("config", "where", env=env)
    assert f"shop_time_zone = Asia/Urumqi  [{machine}]" in r.stdout.splitlines()

    r = run("db", "upgrade", env=env)
    assert r.returncode == 0, r.stderr
    assert f"shop time zone set to Asia/Urumqi from {machine}" in r.stdout
    rows = _shop_rows(url)
    assert rows["shop.time_zone"] == "Asia/Urumqi"
    assert rows["supervision.utc_offset_minutes"] == "360"  # the older key, one clock
    # The change is in the tracking log like every shop setting, and the chain still holds.
    shop_db_admin = make_engine(url)
    users.add_user(SqlAlchemyUnitOfWork(shop_db_admin), None, username="admin",
                   display_name="管理员", roles=["admin"], password="admin-pass-1")
    shop_db_admin.dispose()
    out = tmp_path / "log.csv"
    r = run("audit", "export", "--csv", str(out), "--as", "admin",
            env={**env, "BENCHAPP_PASSWORD": "admin-pass-1"})
    assert r.returncode == 0, r.stderr
    exported = out.read_text(encoding="utf-8-sig")
    assert "from the machine configuration" in exported and "Asia/Urumqi" in exported
    assert run("audit", "verify", env=env).returncode == 0

    # Another PC (or a later edit) with another zone: the database keeps the shop's zone and
    # the upgrade says so on stderr, without failing.
    machine.write_text(f'[database]\nurl = "{url}"\n\n[shop]\ntime_zone = "+09:00"\n',
                       encoding="utf-8")
    r = run("db", "upgrade", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stderr == (f"benchapp: shop time zone: {machine} says +09:00 but the shop database "
                        "says Asia/Urumqi; the database's zone is used (change it with "
                        "`benchapp config set time_zone ZONE --as ADMIN`, or correct the machine "
                        "file)\n")
    assert _shop_rows(url)["shop.time_zone"] == "Asia/Urumqi"


def test_a_database_without_a_machine_zone_stays_on_the_default(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    r = run("db", "upgrade", "--db", url)
    assert r.returncode == 0 and "time zone" not in r.stdout + r.stderr
    assert "shop.time_zone" not in _shop_rows(url)


def test_a_mistyped_machine_zone_is_skipped_and_a_mistyped_variable_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    machine = tmp_path / "benchapp.toml"
    machine.write_text('[shop]\ntime_zone = "Asia/Shang hai"\n', encoding="utf-8")
    r = run("db", "upgrade", "--db", url, env={"BENCHAPP_MACHINE_CONFIG": str(machine)})
    assert r.returncode == 0, r.stderr
    assert "shop.time_zone" not in _shop_rows(url)  # never a zone nobody meant
    r = run("db", "upgrade", "--db", url, env={"BENCHAPP_TIME_ZONE": "Mars/Olympus"})
    assert r.returncode == 1
    assert len(r.stderr.splitlines()) == 1 and "Mars/Olympus" in r.stderr


def test_the_gui_start_gives_a_new_database_the_machine_zone(tmp_path, monkeypatch):
    from benchapp.app import prepare_database
    from benchapp.db.migrate import upgrade_if_needed

    machine = tmp_path / "benchapp.toml"
    machine.write_text('[shop]\ntime_zone = "+05:30"\n', encoding="utf-8")
    monkeypatch.setenv("BENCHAPP_MACHINE_CONFIG", str(machine))
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    engine = make_engine(url)
    prepare_database(engine, upgrade_if_needed)
    engine.dispose()
    assert _shop_rows(url)["shop.time_zone"] == "+05:30"
    monkeypatch.setenv("BENCHAPP_TIME_ZONE", "not a zone")  # logged, the bench still starts
    engine = make_engine(url)
    prepare_database(engine, upgrade_if_needed)
    engine.dispose()


# -- item 3: URLs --------------------------------------------------------------------------

def test_a_percent_encoded_password_reaches_alembic_intact():
    # Alembic's Config is a configparser: unescaped, '%40' raised "invalid interpolation
    # syntax" in every command.
    engine = make_engine(f"postgresql+psycopg://bench:{ENCODED_PASSWORD}@shop-db/benchapp")
    try:
        url = alembic_config(engine).get_main_option("sqlalchemy.url")
    finally:
        engine.dispose()
    from sqlalchemy.engine import make_url

    assert make_url(url).password == RAW_PASSWORD


def test_a_raw_password_with_special_characters_gets_one_line_not_a_traceback():
    for url in (f"postgresql+psycopg://bench:{RAW_PASSWORD}@shop-db/benchapp",
                "postgresql+psycopg://bench:p@ss@shop-db/benchapp"):
        r = run("user", "list", "--db", url)
        assert r.returncode == 1
        assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr
        assert "percent-encoded (@ as %40" in r.stderr
        assert "p@ss" not in r.stderr


def test_the_keyring_gives_the_password_a_url_leaves_out(monkeypatch):
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        stored = {("benchapp", "bench@shop-db"): RAW_PASSWORD}

        def get_password(self, service, username):
            return self.stored.get((service, username))

        def set_password(self, service, username, password):
            self.stored[(service, username)] = password

        def delete_password(self, service, username):
            self.stored.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        engine = make_engine("postgresql+psycopg://bench@shop-db/benchapp")
        assert engine.url.password == RAW_PASSWORD
        engine.dispose()
        engine = make_engine("postgresql+psycopg://bench:given@shop-db/benchapp")
        assert engine.url.password == "given"  # a password in the URL is used as it is
        engine.dispose()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.postgres
def test_percent_encoding_and_pgpass_on_a_server_that_checks_passwords(pg_server, pg_url,
                                                                      tmp_path):
    """The same role on real PostgreSQL with scram-sha-256: a percent-encoded password in the
    URL, and a URL without one that takes it from $PGPASSFILE; without it, refused."""
    role = "pwbench"
    hba = pg_server.datadir / "pg_hba.conf"
    rules = hba.read_text()
    if role not in rules:
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + rules)
        pg_server._run("pg_ctl", "-D", str(pg_server.datadir), "reload")
    quoted = RAW_PASSWORD.replace("'", "''")
    pg_server.admin(f"DROP ROLE IF EXISTS {role}")
    pg_server.admin(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{quoted}'")
    dbname = pg_url.rsplit("/", 1)[1]
    host = f"127.0.0.1:{pg_server.port}/{dbname}"

    r = run("db", "upgrade", "--db", f"postgresql+psycopg://{role}:{ENCODED_PASSWORD}@{host}")
    assert r.returncode == 0, r.stderr

    bare = f"postgresql+psycopg://{role}@{host}"
    r = run("user", "list", "--db", bare, env={"PGPASSFILE": str(tmp_path / "none")})
    assert r.returncode == 1 and "password" in r.stderr.lower()
    pgpass = tmp_path / "pgpass"
    escaped = RAW_PASSWORD.replace("\\", "\\\\").replace(":", "\\:")
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{dbname}:{role}:{escaped}\n")
    pgpass.chmod(0o600)
    r = run("user", "list", "--db", bare, env={"PGPASSFILE": str(pgpass)})
    assert (r.returncode, r.stderr) == (0, "")


# -- item 5: the log file and faulthandler --------------------------------------------------

def test_the_cli_logs_to_a_rotating_file_and_faulthandler_writes_next_to_it(tmp_path):
    logs = tmp_path / "logs"
    env = {"BENCHAPP_LOG_DIR": str(logs)}
    r = run("user", "list", "--db", f"sqlite:///{tmp_path / 'missing.db'}", env=env)
    assert r.returncode == 1
    text = (logs / "benchapp-cli.log").read_text(encoding="utf-8")
    assert f"benchapp {benchapp.__version__}: user" in text

    code = ("import logging; from benchapp import logs; logs.setup('cli')\n"
            "for i in range(2600): logging.getLogger('x').info('%05d %s', i, 'y' * 480)\n"
            "import faulthandler; faulthandler._sigsegv()")
    crashed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                             text=True, timeout=120, env={**os.environ, **env})
    assert crashed.returncode != 0
    files = sorted(p.name for p in logs.iterdir())
    assert files == ["benchapp-cli.log", "benchapp-cli.log.1", "faulthandler.log"]
    assert all((logs / f).stat().st_size <= 1_000_000 for f in files)
    fault = (logs / "faulthandler.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in fault and "<string>" in fault


# -- item 6: a GBK console, a pipe that closes ------------------------------------------------

def test_a_gbk_console_gets_what_it_can_show_and_json_stays_utf8(tmp_path):
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    shop_db(db, display_name="张𠀀伟")  # U+20000 has no GBK code
    env = {"PYTHONIOENCODING": "gbk"}
    r = subprocess.run([sys.executable, "-m", "benchapp", "user", "list", "--db", db],
                       capture_output=True, timeout=120, cwd=ROOT, env={**os.environ, **env})
    assert r.returncode == 0 and r.stderr == b""
    assert r.stdout.decode("gbk").rstrip().endswith("张?伟")
    r = subprocess.run([sys.executable, "-m", "benchapp", "user", "list", "--json", "--db", db],
                       capture_output=True, timeout=120, cwd=ROOT, env={**os.environ, **env})
    assert r.returncode == 0 and r.stderr == b""
    assert json.loads(r.stdout.decode("utf-8"))["name"] == "张𠀀伟"


def test_a_reader_that_leaves_early_is_not_an_error(tmp_path):
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    shop_db(db)
    proc = subprocess.Popen([sys.executable, "-m", "benchapp", "user", "list", "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()  # `| head -0`: gone before the first line is written
    _, err = proc.communicate(timeout=120)
    assert (proc.returncode, err) == (0, b"")
