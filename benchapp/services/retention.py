"""Retention periods per customer (seed 001 八, IATF 16949 7.5.3.2.1).

benchapp has no way to delete an RMA, a slip or a tracking-log line (the log is append-only in
the database itself): records therefore outlive their retention period unless someone removes
them outside benchapp. The archive (services/archive.py) only writes bundles, and each bundle
says until when each RMA must be kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from benchapp import settings
from benchapp.domain import retention as rules
from benchapp.domain.retention import CustomerRetention
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_text
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.services.unit_of_work import AbstractUnitOfWork

# Who sets how long records are kept: the administrator, as for every shop setting.
RETENTION_ROLES = frozenset({Role.ADMIN})


class RetentionRepository(Protocol):
    def overrides(self) -> list[CustomerRetention]: ...

    def years_of(self, customers: Iterable[str]) -> dict[str, int]: ...

    def set(self, rule: CustomerRetention, at: datetime) -> None: ...

    def closed_rmas(self, *, before: datetime, after_id: int, limit: int
                    ) -> list[dict[str, Any]]: ...

    def rma_numbers(self, *, after_id: int, limit: int) -> list[tuple[int, str]]: ...

    def log_rows(self, rma_no: str) -> list[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...


@dataclass(frozen=True)
class RetentionOverview:
    default_years: int
    customers: list[CustomerRetention]


def default_years(uow: AbstractUnitOfWork) -> int:
    """The shop setting `retention_years` (read inside the caller's unit of work)."""
    return settings.shop_values(uow.shop_settings(), ["retention_years"])["retention_years"]


def set_retention(uow: AbstractUnitOfWork, actor: Actor, *, customer: str,
                  years: object, reason: str = "") -> CustomerRetention:
    """Give a customer its own retention period; the tracking log keeps the old period, the
    new one and the reason, as for every setting."""
    actor.require(RETENTION_ROLES, "set retention periods")
    name = rules.check_customer(customer)
    count = rules.check_years(years)
    why = clean_text(reason, "reason", limit=400)
    with uow:
        now = uow.now()
        before = uow.retention.years_of([name]).get(name)  # None: the shop default applied
        rule = CustomerRetention(name, count, actor.username, now)
        uow.retention.set(rule, now)
        uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="retention_set", actor_id=actor.user_id,
                             actor_name=actor.username,
                             detail={"customer": name, "years": count, "old": before,
                                     "new": count, "reason": why}))
        uow.commit()
    return rule


def retention_overview(uow: AbstractUnitOfWork) -> RetentionOverview:
    with uow:
        return RetentionOverview(default_years(uow), uow.retention.overrides())
