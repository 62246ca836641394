"""Shared set-up for the GUI tests: a migrated SQLite database, people and RMAs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine

from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.rma import NewRma
from benchapp.domain.roles import Actor
from benchapp.domain.users import User
from benchapp.services import users, workflow
from benchapp.ui import i18n

PASSWORD = "bench-pass-1"
PIN = "4321"
BADGE = "BADGE-0042"


@contextmanager
def sqlite_engine(url: str) -> Iterator[Engine]:
    """SQLite only: the GUI does not depend on the backend, the database suite covers both."""
    engine = make_engine(url)
    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()


@dataclass
class Shop:
    engine: Engine
    admin: Actor
    clerk: User

    def uow(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.engine)

    def receive(self, *, customer: str, model: str, serials: list[str] | None = None,
                count: int | None = None, due_date: date | None = None,
                batch: bool = False) -> str:
        """Receive an RMA; without serials the app generates ``count`` of them."""
        serials = list(serials or [])
        qty = len(serials) if serials else count or 1
        form = NewRma(customer=customer, model=model, declared_qty=qty, counted_qty=qty,
                      complaint="dead on arrival", serials=serials, due_date=due_date,
                      batch=batch)
        return workflow.receive_rma(self.uow(), self.clerk.actor(), form).rma_no


def open_shop(engine: Engine) -> Shop:
    """The bootstrap administrator and a business clerk with a badge."""
    admin = users.add_user(SqlAlchemyUnitOfWork(engine), None, username="admin",
                           display_name="Administrator", roles=["admin"],
                           password=PASSWORD).actor()
    clerk = users.add_user(SqlAlchemyUnitOfWork(engine), admin, username="wang.fang",
                           display_name="Wang Fang", roles=["business_clerk"],
                           password=PASSWORD, badge=BADGE, pin=PIN)
    return Shop(engine=engine, admin=admin, clerk=clerk)


@contextmanager
def language(lang: str, tmp_path) -> Iterator[i18n.Translation]:
    """Install a language for one test (catalogue built into tmp_path), then back to English."""
    translation = i18n.install(lang, directory=tmp_path / "i18n-cache")
    try:
        yield translation
    finally:
        translation.remove()


def settle(timeout_ms: int = 30_000) -> None:
    """Wait until every widget's OpRunner has run its work and delivered the outcome
    (including work that outcomes started: a reload after a save)."""
    from PySide6.QtWidgets import QApplication

    from benchapp.ui.ops import OpRunner

    while True:
        busy = [runner for widget in QApplication.topLevelWidgets()
                for runner in widget.findChildren(OpRunner) if runner.busy]
        if not busy:
            return
        for runner in busy:
            assert runner.wait(timeout_ms), "the view's work did not finish in time"
