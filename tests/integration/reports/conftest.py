"""The crafted shop history, built once per backend for the report tests of this package."""

from __future__ import annotations

import itertools
import os

import pytest

from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from tests.integration.reports.crafted import build

_names = itertools.count(1)


@pytest.fixture(scope="module", params=["sqlite",
                                        pytest.param("postgres", marks=pytest.mark.postgres)])
def crafted(request, tmp_path_factory):
    """Read-only for the tests that use it: they share one database per backend."""
    name = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('crafted') / 'crafted.db'}"
    else:
        server = request.getfixturevalue("pg_server")
        name = f"crafted_{os.getpid()}_{next(_names)}"
        server.admin(f"CREATE DATABASE {name}")
        url = server.url(name)
    engine = make_engine(url)
    upgrade(engine)
    yield build(engine)
    engine.dispose()
    if name is not None:
        server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
