"""The unit-of-work interface the services depend on; db/ and tests/fakes.py implement it."""

from __future__ import annotations

import abc
from collections.abc import Iterable
from datetime import datetime

from benchapp.domain.handover import Handover
from benchapp.domain.rma import Escalation, LogEntry, Rma
from benchapp.domain.rules import EarlierReturn, Policy
from benchapp.domain.users import User


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
        """Distinct customer and model names of every RMA, most recently received first."""


class HandoverRepository(abc.ABC):
    @abc.abstractmethod
    def add(self, handover: Handover) -> None: ...

    @abc.abstractmethod
    def get(self, slip_no: str) -> Handover: ...

    @abc.abstractmethod
    def open_slips(self, serials: Iterable[str]) -> dict[str, str]:
        """Serials among these on an open slip -> that slip's number."""

    @abc.abstractmethod
    def list(self, *, rma_no: str | None = None, status: str | None = None) -> list[Handover]: ...


class EscalationRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, escalation_id: int) -> Escalation: ...

    @abc.abstractmethod
    def list(self, *, status: str | None = "open") -> list[Escalation]: ...


class UserRepository(abc.ABC):
    @abc.abstractmethod
    def add(self, user: User) -> None: ...

    @abc.abstractmethod
    def get(self, user_id: int) -> User: ...

    @abc.abstractmethod
    def by_username(self, username: str) -> User | None: ...

    @abc.abstractmethod
    def by_badge(self, badge: str) -> User | None: ...

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


class AbstractUnitOfWork(abc.ABC):
    rmas: RmaRepository
    handovers: HandoverRepository
    escalations: EscalationRepository
    users: UserRepository
    log: LogRepository

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

    @abc.abstractmethod
    def shop_settings(self) -> dict[str, str]:
        """The stored shop settings, key -> text; benchapp.settings reads them."""

    @abc.abstractmethod
    def policy(self) -> Policy: ...

    @abc.abstractmethod
    def set_setting(self, key: str, value: str) -> None: ...
