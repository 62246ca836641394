"""A throwaway PostgreSQL for the benchmarks, with the durability the product runs with.

tests/pg.py starts its server with ``fsync=off`` and ``full_page_writes=off``: right for tests
(speed, nothing to keep), wrong for a benchmark of commits, which would then never wait for the
disk. This server keeps PostgreSQL's defaults (fsync, synchronous_commit and full_page_writes
on), as docs/postgresql.md asks of the shop's server.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.pg import PgServer, find_bindir


class DurablePgServer(PgServer):
    def start(self) -> None:
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                f"-c max_connections=60")
        self._run("pg_ctl", "-D", str(self.datadir), "-o", opts, "-l", str(self.logfile),
                  "-w", "-t", "60", "start")

    def setting(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as conn:
            return str(conn.execute(f"SHOW {name}").fetchone()[0])


def start_durable_server() -> DurablePgServer | None:
    """A started server with fsync on (checked), or None when no PostgreSQL is installed."""
    bindir = find_bindir()
    if bindir is None:
        return None
    server = DurablePgServer(bindir)
    try:
        server.init()
        server.start()
        for name in ("fsync", "synchronous_commit", "full_page_writes"):
            if server.setting(name) != "on":
                raise RuntimeError(f"benchmark server runs with {name}=off")
    except BaseException:
        server.cleanup()
        raise
    return server
