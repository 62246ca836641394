"""The unit-of-work interface the services depend on; db/ and tests/fakes.py implement it."""

from __future__ import annotations

import abc
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from benchapp.domain.delivery import Delivery, DeliveryTally
from benchapp.domain.handover import Handover
from benchapp.domain.ids import DocKind
from benchapp.domain.rma import AnomalyForm, Escalation, EscalationStatus, LogEntry, Rma
from benchapp.domain.rules import EarlierReturn, Policy
from benchapp.domain.users import User

if TYPE_CHECKING:
    from benchapp.services.attachments import AttachmentRepository
    from benchapp.services.defect_codes import DefectCodeRepository
    from benchapp.services.period_reports import PeriodQueries
    from benchapp.services.reports import CostQueries, ReportQueries, ReportSummary
    from benchapp.services.retention import RetentionRepository
    from benchapp.services.supervision import SupervisionRepository
    from benchapp.services.warranty import WarrantyTermsRepository


class ServiceError(Exception):
    """Trouble outside the domain rules that the user must hear about (database gone...)."""


class DatabaseUnavailable(ServiceError):
    """The database could not be reached or dropped mid-operation; nothing was written."""


class RmaRepository(abc.ABC):
    @abc.abstractmethod
    def add(self, rma: Rma) -> None: ...

    @abc.abstractmethod
    def get(self, rma_no: str, *, expected_version: int | None = None) -> Rma:
        """Raise NotFound if absent, Conflict if it changed since the caller read it."""

    @abc.abstractmethod
    def list(self, *, status: str | None = None) -> list[Rma]: ...

    @abc.abstractmethod
    def open_serials(self, serials: Iterable[str]) -> dict[str, str]:
        """Serials among these that are in process in an open RMA -> that RMA's number."""

    @abc.abstractmethod
    def earlier_returns(self, serials: Iterable[str]) -> dict[str, list[EarlierReturn]]: ...

    @abc.abstractmethod
    def customers_and_models(self) -> tuple[list[str], list[str]]:
        """Distinct customer and model names of the newest RMAs (a few thousand), most
        recently received first."""


class DeliveryRepository(abc.ABC):
    """Customer deliveries (step 8's denominator); db/deliveries.py, tests/fakes.py."""

    @abc.abstractmethod
    def find(self, customer: str, delivery_no: str) -> Delivery | None:
        """The stored delivery, locked for this transaction where the database can."""

    @abc.abstractmethod
    def get(self, delivery_id: int) -> Delivery: ...

    @abc.abstractmethod
    def save(self, delivery: Delivery, changed: tuple[str, ...] = ()) -> None:
        """Insert a new delivery (sets its id), or write ``changed`` fields, version-checked."""

    @abc.abstractmethod
    def tally(self, delivery_id: int, *, apart_from_rma: int | None) -> DeliveryTally:
        """The delivery's other RMAs' non-customer units and its open notice, locked."""

    @abc.abstractmethod
    def unevaluated(self, *, limit: int) -> list[dict[str, Any]]:
        """Where step 8 cannot be evaluated: deliveries without a delivered quantity and RMAs
        naming no delivery, that hold units with a non-customer cause; newest first. Each:
        reason, customer, delivery_no, rma_nos, non_customer_units."""

    @abc.abstractmethod
    def numbers(self, delivery_ids: list[int]) -> dict[int, str]: ...


class HandoverRepository(abc.ABC):
    @abc.abstractmethod
    def add(self, handover: Handover) -> None: ...

    @abc.abstractmethod
    def get(self, slip_no: str, *, lock: bool = False) -> Handover:
        """The slip. ``lock``: the first thing a use case that resolves it does (accept,
        refuse, cancel). The slip is held until the transaction ends, so benches resolving
        the same slip queue here, and each one after the first reads it resolved and leaves
        before reading anything else. On SQLite the write transaction already holds the whole
        database."""

    @abc.abstractmethod
    def open_slips(self, serials: Iterable[str]) -> dict[str, str]:
        """Serials among these on an open slip -> that slip's number."""

    @abc.abstractmethod
    def list(self, *, rma_no: str | None = None, status: str | None = None,
             to_station: str | None = None, from_station: str | None = None,
             slip_nos: Iterable[str] | None = None) -> list[Handover]: ...

    @abc.abstractmethod
    def open_or_named(self, slip_nos: Iterable[str]) -> list[Handover]:
        """The open slips and the slips named (whatever their status), in one read."""


class EscalationRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, escalation_id: int) -> Escalation: ...

    @abc.abstractmethod
    def list(self, *, status: str | None = EscalationStatus.OPEN, rma_no: str | None = None,
             kind: str | None = None, slip_nos: Iterable[str] | None = None
             ) -> list[Escalation]:
        """Escalations in ``status`` (None: any), narrowed by the database to one RMA, one
        kind or some slips: never every escalation ever raised to pick a few."""


class UserRepository(abc.ABC):
    @abc.abstractmethod
    def add(self, user: User) -> None: ...

    @abc.abstractmethod
    def get(self, user_id: int) -> User: ...

    @abc.abstractmethod
    def by_username(self, username: str) -> User | None: ...

    @abc.abstractmethod
    def by_badge(self, badge: str) -> User | None: ...

    def active_roles(self) -> list[tuple[str, frozenset]]:
        """(display name or user name, roles) of each user not disabled, in id order."""
        return [(u.display_name or u.username, u.roles) for u in self.list()
                if not u.disabled]

    @abc.abstractmethod
    def list(self) -> list[User]: ...


class LogRepository(abc.ABC):
    @abc.abstractmethod
    def for_rma(self, rma_no: str) -> list[LogEntry]: ...

    @abc.abstractmethod
    def all(self) -> Iterable[LogEntry]: ...

    @abc.abstractmethod
    def add(self, entry: LogEntry) -> None:
        """For entries that belong to no aggregate (logins, user administration)."""

    @abc.abstractmethod
    def head_hash(self) -> str | None:
        """The hash of the newest entry of the chain (None while the log is empty)."""

    @abc.abstractmethod
    def head(self) -> tuple[int | None, str | None] | None:
        """(id, hash) of the newest entry as the database records it apart from the entries;
        None if that record is missing."""

    @abc.abstractmethod
    def chain_rows(self) -> Iterable[dict[str, Any]]:
        """Every entry as stored, in id order: the fields of benchapp.domain.audit_chain
        (``detail`` as its stored JSON text) plus ``prev_hash`` and ``entry_hash``."""


class ReadViews(abc.ABC):
    """Read models for the lists on screen and in the CLI: plain rows, filtered, sorted and
    paged by the database (cosmicpython's views.py), so a list costs what it shows, not the
    size of the shop's history."""

    @abc.abstractmethod
    def station_units(self, *, custody: str, states: Iterable[str] | None = None
                      ) -> list[dict[str, Any]]:
        """Units of open RMAs held by ``custody`` (optionally in ``states``), by RMA number
        and serial, each with its RMA's columns the station lists show."""

    @abc.abstractmethod
    def anomaly_forms(self, *, unsigned_only: bool, limit: int) -> list[AnomalyForm]:
        """Unsigned anomaly forms (all of them: open work), or with ``unsigned_only`` False
        also the ``limit`` newest signed ones; by form number."""

    @abc.abstractmethod
    def last_receivers(self, serials: Iterable[str], *, station: str) -> dict[str, int | None]:
        """For each serial: who accepted the latest slip that brought it to ``station``."""

    @abc.abstractmethod
    def complaints(self, rma_nos: Iterable[str]) -> dict[str, str]:
        """RMA number -> the customer's complaint."""

    @abc.abstractmethod
    def model_defects(self, model: str, *, limit: int) -> list[str]:
        """The defects QC recorded at screening for units of ``model``, the most frequent
        first (the model's defect presets), at most ``limit``."""

    @abc.abstractmethod
    def fixture_readings(self, units: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        """The latest fixture run of each (RMA number, serial) that has one: the screening
        test or a re-test, whichever came last, as {"stage": "screening" | "test",
        "verdict", "at", "measurements": [{name, value, unit, low, high, verdict}]}."""

    @abc.abstractmethod
    def last_release(self, serial: str) -> int | None:
        """Who last released ``serial`` (its latest OQC pass, in any RMA), or None."""

    @abc.abstractmethod
    def rma_page(self, *, search: str, status: str | None, sort: str, descending: bool,
                 after: tuple[Any, int] | None, limit: int,
                 until: tuple[Any, int] | None = None) -> list[dict[str, Any]]:
        """One page of the RMA list in keyset order ``(sort column, id)``: rows after the key
        ``after`` (the last row of the previous page), at most ``limit``; with ``until``,
        none beyond that key (the end of a search window)."""

    @abc.abstractmethod
    def rma_key_after(self, *, status: str | None, sort: str, descending: bool,
                      after: tuple[Any, int] | None, skip: int) -> tuple[Any, int] | None:
        """The key of the ``skip``-th RMA after ``after`` in the list's order (searched or
        not); None if fewer are left."""

    @abc.abstractmethod
    def rma_exact(self, *, search: str, status: str | None) -> list[dict[str, Any]]:
        """RMAs whose number is ``search``, or with a unit whose serial is ``search``
        (indexed lookups, whatever their age), newest first; rows as ``rma_page``'s."""

    @abc.abstractmethod
    def rma_count(self, *, search: str, status: str | None) -> int: ...

    @abc.abstractmethod
    def unit_states(self, rma_ids: Iterable[int]) -> dict[int, dict[str, int]]:
        """For each RMA id: unit state -> number of units."""

    @abc.abstractmethod
    def rma_headers(self, rma_nos: Iterable[str]) -> dict[str, dict[str, Any]]:
        """RMA number -> its customer and model, and ``states``: serial -> unit state."""


class AbstractUnitOfWork(abc.ABC):
    rmas: RmaRepository
    deliveries: DeliveryRepository
    handovers: HandoverRepository
    escalations: EscalationRepository
    users: UserRepository
    log: LogRepository
    views: ReadViews
    supervision: SupervisionRepository
    report_summary: ReportSummary
    reports: ReportQueries
    costs: CostQueries
    periods: PeriodQueries  # the monthly and quarterly reports
    retention: RetentionRepository
    defect_codes: DefectCodeRepository
    attachments: AttachmentRepository
    warranty: WarrantyTermsRepository  # issue 17.2

    def __enter__(self) -> AbstractUnitOfWork:
        return self

    def __exit__(self, *exc: object) -> None:
        # Leaving without commit() throws the work away (cosmicpython's rule).
        self.rollback()

    @abc.abstractmethod
    def commit(self) -> None: ...

    @abc.abstractmethod
    def rollback(self) -> None: ...

    @abc.abstractmethod
    def now(self) -> datetime:
        """The database server's clock, timezone-aware UTC."""

    @abc.abstractmethod
    def next_number(self, kind: str) -> int:
        """The next value of a never-reused counter (RMA, slip, note numbers)."""

    def next_no(self, kind: DocKind) -> str:
        """The next number of a kind of document, formatted as printed (RMA-000042)."""
        return kind.format(self.next_number(kind.counter))

    @abc.abstractmethod
    def shop_settings(self) -> dict[str, str]:
        """The stored shop settings, key -> text; benchapp.settings reads them."""

    @abc.abstractmethod
    def policy(self) -> Policy: ...

    @abc.abstractmethod
    def set_setting(self, key: str, value: str) -> None: ...
