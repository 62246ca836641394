"""A shop for station-view tests: one person per role (signing certificates issued), a shop
CA, real PDF slips, and helpers that answer the signature dialog as the person would."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy.engine import Engine

from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.roles import Role, Station
from benchapp.domain.users import User
from benchapp.services import slips as slip_service
from benchapp.services import users as user_service
from benchapp.slips.content import QR_PREFIX
from benchapp.slips.metadata import read_embedded_slip
from benchapp.ui import dialogs
from benchapp.ui.session import Session
from benchapp.ui.signature import SignatureDialog
from tests.workflow_helpers import CA_PASS, PASSWORD, Bench, slip_port  # noqa: F401

# One port for the whole test run: PdfSlips caches its fonts.
PORT = slip_port()


@dataclass
class StationShop:
    """A migrated SQLite shop with people (Bench) who can sign slips."""

    engine: Engine
    bench: Bench
    port: Any = field(default=PORT)

    def uow(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.engine)

    def user(self, role: Role) -> User:
        actor = self.bench.people[role]
        with self.uow() as uow:
            return uow.users.get(actor.user_id)

    def session(self, role: Role, station: Station, **kwargs) -> Session:
        return Session(user=self.user(role), station=station, uow_factory=self.uow,
                       slips=self.port, database_text="test.sqlite", **kwargs)


@contextmanager
def station_shop(tmp_path) -> Iterator[StationShop]:
    engine = make_engine(f"sqlite:///{tmp_path / 'bench.sqlite'}")
    upgrade(engine)
    try:
        # The shop CA (CA_PASS) and everyone's signing certificate come with the bench.
        bench = Bench(SqlAlchemyUnitOfWork(engine))
        yield StationShop(engine=engine, bench=bench)
    finally:
        engine.dispose()


class Signer:
    """Stands in for ``dialogs.exec_dialog``: answers signature dialogs with ``password``
    (typed into the real dialog, accepted through its own checks); other dialogs go to
    ``others`` (a callable taking the dialog and returning the exec() result)."""

    def __init__(self, password: str = PASSWORD, others=None) -> None:
        self.password = password
        self.others = others
        self.asked: list[SignatureDialog] = []
        self.usernames_asked: list[bool] = []

    def __call__(self, dialog) -> int:
        if isinstance(dialog, SignatureDialog):
            self.asked.append(dialog)
            self.usernames_asked.append(dialog.asks_username)
            if self.password is None:
                dialog.reject()
                return dialog.result()
            dialog.fill(self.password)
            dialog._check_and_accept()
            return dialog.result()
        if self.others is not None:
            return self.others(dialog)
        raise AssertionError(f"unexpected dialog {type(dialog).__name__}")


def answer_signatures(monkeypatch, password: str = PASSWORD, others=None) -> Signer:
    signer = Signer(password, others)
    monkeypatch.setattr(dialogs, "exec_dialog", signer)
    return signer


def sign_in(shop: StationShop, role: Role) -> User:
    """A real login (what the sign-in window does), for tests that need the audit trail."""
    return user_service.login(shop.uow(), shop.bench.people[role].username, PASSWORD)


def slip_qr(shop: StationShop, slip_no: str) -> str:
    """The text of the QR code printed on slip ``slip_no``, read back from its stored PDF:
    ``BENCHSLIP|<slip_no>|<version>|<content sha256>`` (slips.content.qr_payload)."""
    pdf = slip_service.slip_pdf(shop.uow(), slip_no)
    embedded = read_embedded_slip(PdfFileReader(io.BytesIO(pdf)))
    assert embedded is not None, f"slip {slip_no} carries no slip record"
    return f"{QR_PREFIX}|{embedded.slip_no}|{embedded.version}|{embedded.sha256}"
