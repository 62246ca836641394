"""The SQLAlchemy unit of work: one transaction per use case, all or nothing."""

from __future__ import annotations

import weakref
from datetime import datetime
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from benchapp.db import models as m
from benchapp.db.attachments import SqlAttachmentRepository
from benchapp.db.costs import SqlCostQueries
from benchapp.db.defect_codes import SqlDefectCodeRepository
from benchapp.db.deliveries import SqlDeliveryRepository
from benchapp.db.engine import server_now
from benchapp.db.form_records import SqlFormRecords
from benchapp.db.period_queries import SqlPeriodQueries
from benchapp.db.repair_records import SqlRepairRecordRepository
from benchapp.db.report_facts import SqlReportSummary
from benchapp.db.report_queries import SqlReportQueries
from benchapp.db.repositories import (
    SqlEscalationRepository,
    SqlHandoverRepository,
    SqlLogRepository,
    SqlRmaRepository,
    SqlSlipRepository,
    SqlUserRepository,
    write_records,
)
from benchapp.db.retention_store import SqlRetentionRepository
from benchapp.db.supervision_store import SqlSupervisionRepository
from benchapp.db.trace import SqlTraceQueries
from benchapp.db.views import SqlReadViews
from benchapp.db.warranty import SqlWarrantyTermsRepository
from benchapp.db.yields import SqlYieldQueries
from benchapp.domain.errors import Conflict, Reason
from benchapp.domain.rma import Billing, Requirement, Rma
from benchapp.domain.rules import Policy
from benchapp.services.unit_of_work import AbstractUnitOfWork, DatabaseUnavailable

TIME_COLUMNS = ("at", "received_at", "completed_at", "shipped_at", "raised_at", "created_at",
                "issued_at")

# Log lines of user administration and logins belong to no RMA.
_NO_RMA = Rma(rma_no="-", customer="", model="", declared_qty=0, counted_qty=0, complaint="",
              requirement=Requirement.REPAIR, billing=Billing.WARRANTY, due_date=None,
              batch=False, storage_location="", received_by=None)

# Errors that mean "the database is not there or not answering", as opposed to a bug.
UNAVAILABLE = (sa_exc.OperationalError, sa_exc.InterfaceError)


# Built once: every refresh that applies the shop's policy reads the settings.
_SHOP_SETTINGS = select(m.ShopSettingRow.__table__.c.key, m.ShopSettingRow.__table__.c.value)


_FACTORIES: weakref.WeakKeyDictionary[Engine, sessionmaker] = weakref.WeakKeyDictionary()


def _session_factory(engine: Engine) -> sessionmaker:
    """One sessionmaker per engine: each makes a Session subclass of its own, whose first
    session pays for setting up its events (0.3-0.5 ms), and the event registry keeps every
    such class. Views make a unit of work per read, so one each would cost that every time."""
    factory = _FACTORIES.get(engine)
    if factory is None:
        factory = _FACTORIES[engine] = sessionmaker(bind=engine, expire_on_commit=False)
    return factory


class SqlAlchemyUnitOfWork(AbstractUnitOfWork):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Set only by the demo loader and imports of past records: rows written in this unit of
        # work then carry this time instead of the server clock's.
        self.backdate: datetime | None = None
        self.session_factory = _session_factory(engine)
        self.session: Session | None = None

    def __enter__(self) -> SqlAlchemyUnitOfWork:
        self.session = self.session_factory()
        self.rmas = SqlRmaRepository(self.session)
        self.deliveries = SqlDeliveryRepository(self.session)
        self.handovers = SqlHandoverRepository(self.session)
        self.escalations = SqlEscalationRepository(self.session)
        self.users = SqlUserRepository(self.session, self.backdate)
        self.log = SqlLogRepository(self.session)
        self.slips = SqlSlipRepository(self.session)
        self.slips.backdate = self.backdate
        self.repair_records = SqlRepairRecordRepository(self.session)
        self.form_records = SqlFormRecords(self.session)
        self.views = SqlReadViews(self.session)
        self.supervision = SqlSupervisionRepository(self.session, self.now)
        self.report_summary = SqlReportSummary(self.session)
        self.reports = SqlReportQueries(self.session)
        self.costs = SqlCostQueries(self.session)
        self.periods = SqlPeriodQueries(self.session)
        self.retention = SqlRetentionRepository(self.session)
        self.defect_codes = SqlDefectCodeRepository(self.session)
        self.attachments = SqlAttachmentRepository(self.session, self.backdate)
        self.trace = SqlTraceQueries(self.session)
        self.warranty = SqlWarrantyTermsRepository(self.session)
        self.yields = SqlYieldQueries(self.session)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            self.rollback()
        except UNAVAILABLE:
            pass  # the connection is gone; the server has dropped the transaction already
        finally:
            assert self.session is not None
            self.session.close()
            self.session = None
        if exc is not None and isinstance(exc, UNAVAILABLE):
            raise DatabaseUnavailable(
                f"The database {self.engine.url.render_as_string(hide_password=True)} is "
                f"unreachable or busy; nothing was saved. ({_first_line(exc)})") from exc
        if isinstance(exc, sa_exc.DBAPIError) and getattr(exc, "connection_invalidated", False):
            raise DatabaseUnavailable(
                "The database connection dropped; nothing was saved.") from exc

    def rollback(self) -> None:
        if self.session is not None:
            self.session.rollback()

    def commit(self) -> None:
        assert self.session is not None
        s = self.session
        try:
            self._write(s)
            s.commit()
        except StaleDataError as err:
            s.rollback()
            raise self._conflict() from err
        except sa_exc.IntegrityError as err:
            s.rollback()
            raise Conflict(Reason.CONFLICT, what="The record", by="") from err
        for loaded in self.rmas.seen.values():
            loaded.rma.pending.clear()
        self.log.new.clear()

    def _write(self, s: Session) -> None:
        stamp = {c: self.backdate for c in TIME_COLUMNS} if self.backdate else {}
        self.users.flush_changes()
        self.escalations.flush_changes()
        if stamp:
            for obj in s.new:
                for column in TIME_COLUMNS:
                    if hasattr(obj, column) and getattr(obj, column) is None:
                        setattr(obj, column, self.backdate)
        s.flush()
        conn = s.connection()
        self.rmas.write(stamp)
        self.handovers.write({
            rma_no: (loaded.rma.id, {u.serial: u.id for u in loaded.rma.units})
            for rma_no, loaded in self.rmas.seen.items()})
        self.slips.write(stamp)
        for loaded in self.rmas.seen.values():
            write_records(conn, loaded.rma.pending, loaded.rma, stamp)
        if self.log.new:
            write_records(conn, self.log.new, _NO_RMA, stamp)

    def _conflict(self) -> Conflict:
        """Say who changed it, from the tracking log (the GUI offers to reload)."""
        by = ""
        rma_nos = list(self.rmas.seen)
        if rma_nos:
            try:
                with self.session_factory() as fresh:
                    name = fresh.scalar(
                        select(m.TrackingLogRow.actor_name)
                        .where(m.TrackingLogRow.rma_no.in_(rma_nos))
                        .order_by(m.TrackingLogRow.id.desc()).limit(1))
                    fresh.rollback()
                if name:
                    by = f" by {name}"
            except UNAVAILABLE:
                pass
        what = rma_nos[0] if rma_nos else "The record"
        return Conflict(Reason.CONFLICT, what=what, by=by)

    # -- small services the use cases need ---------------------------------------------------

    def now(self) -> datetime:
        assert self.session is not None
        if self.backdate is not None:
            return self.backdate
        return server_now(self.session.connection())

    def next_number(self, kind: str) -> int:
        assert self.session is not None
        if kind in NUMBERED_APART and self.engine.dialect.name == "postgresql":
            return _number_in_own_transaction(self.engine, kind)
        # One UPDATE ... RETURNING: atomic on both backends, and a number is never handed out
        # twice even when two benches ask at once (the row lock serialises them).
        value = self.session.execute(
            update(m.CounterRow).where(m.CounterRow.kind == kind)
            .values(value=m.CounterRow.value + 1).returning(m.CounterRow.value)).scalar()
        if value is None:
            self.session.execute(insert(m.CounterRow).values(kind=kind, value=1))
            value = 1
        return int(value)

    def shop_settings(self) -> dict[str, str]:
        assert self.session is not None
        return dict(self.session.connection().execute(_SHOP_SETTINGS).all())

    def policy(self) -> Policy:
        from benchapp import settings  # the declarations load devices' defaults: CLI speed

        return settings.policy(self.shop_settings())

    def set_setting(self, key: str, value: str) -> None:
        assert self.session is not None
        row = self.session.get(m.ShopSettingRow, key)
        if row is None:
            self.session.add(m.ShopSettingRow(key=key, value=value))
        else:
            row.value = value


# Document numbers whose transaction stays open through slow work: a slip is rendered and
# signed (0.1-0.3 s) with its number on it. Taken inside that transaction, the counter's row
# lock would make every bench's handover wait for the others' signing (issue 11: 3.8 tx/s
# with one bench, 6.45 with three). On PostgreSQL such a number is taken in a short
# transaction of its own instead. A number is still never handed out twice (the row lock of
# that short transaction serialises the benches), but a handover that then fails (a wrong
# password, a refusal, a lost connection) leaves a gap: nothing was stored or printed under
# the skipped number, and the tracking log accounts for every slip that exists
# (docs/postgresql.md). SQLite has one writer at a time anyway: it keeps the number in the
# handover's own transaction, without gaps.
NUMBERED_APART = frozenset({"slip"})


def _number_in_own_transaction(engine: Engine, kind: str) -> int:
    with engine.connect() as conn:
        value = conn.execute(
            update(m.CounterRow).where(m.CounterRow.kind == kind)
            .values(value=m.CounterRow.value + 1).returning(m.CounterRow.value)).scalar()
        if value is None:
            conn.execute(insert(m.CounterRow).values(kind=kind, value=1))
            value = 1
        conn.commit()
    return int(value)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
