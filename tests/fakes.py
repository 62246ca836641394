"""In-memory fakes for unit tests: a unit of work with the same contract as the SQL one."""

from __future__ import annotations

import copy
import dataclasses
import itertools
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from benchapp import settings
from benchapp.domain.errors import NotFound, Reason
from benchapp.domain.handover import Handover, HandoverStatus
from benchapp.domain.rma import TERMINAL_STATES, AnomalyForm, Escalation, LogEntry, Rma
from benchapp.domain.rules import EarlierReturn, Policy
from benchapp.domain.users import User
from benchapp.services import unit_of_work as api


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 2, 8, 0, tzinfo=UTC)

    def tick(self, **delta: float) -> datetime:
        self.now += timedelta(**delta) if delta else timedelta(seconds=1)
        return self.now


class _State:
    """Everything the fake database holds; copied on enter so rollback is real."""

    def __init__(self) -> None:
        self.rmas: dict[str, Rma] = {}
        self.handovers: dict[str, Handover] = {}
        self.escalations: dict[int, Escalation] = {}
        self.users: dict[int, User] = {}
        self.log: list[LogEntry] = []
        self.counters: dict[str, int] = {}
        self.settings: dict[str, str] = {}
        self.ids = itertools.count(1)


class FakeRmas(api.RmaRepository):
    def __init__(self, st: _State) -> None:
        self.st = st

    def add(self, rma: Rma) -> None:
        self.st.rmas[rma.rma_no] = rma

    def get(self, rma_no: str, *, expected_version: int | None = None) -> Rma:
        if rma_no not in self.st.rmas:
            raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
        return self.st.rmas[rma_no]

    def list(self, *, status: str | None = None) -> list[Rma]:
        return [r for r in reversed(self.st.rmas.values()) if not status or r.status == status]

    def open_serials(self, serials: Iterable[str]) -> dict[str, str]:
        wanted = set(serials)
        return {u.serial: r.rma_no for r in self.st.rmas.values() for u in r.units
                if u.serial in wanted and u.state not in TERMINAL_STATES}

    def customers_and_models(self) -> tuple[list[str], list[str]]:
        newest_first = list(reversed(self.st.rmas.values()))
        return (list(dict.fromkeys(r.customer for r in newest_first)),
                list(dict.fromkeys(r.model for r in newest_first)))

    def earlier_returns(self, serials: Iterable[str]) -> dict[str, list[EarlierReturn]]:
        wanted = set(serials)
        out: dict[str, list[EarlierReturn]] = {}
        for r in self.st.rmas.values():
            for u in r.units:
                if u.serial in wanted:
                    out.setdefault(u.serial, []).append(
                        EarlierReturn(r.rma_no, r.received_at or datetime.now(UTC)))
        return out


class FakeHandovers(api.HandoverRepository):
    def __init__(self, st: _State) -> None:
        self.st = st

    def add(self, handover: Handover) -> None:
        self.st.handovers[handover.slip_no] = handover

    def get(self, slip_no: str) -> Handover:
        if slip_no not in self.st.handovers:
            raise NotFound(Reason.NOT_FOUND, what="slip", key=slip_no)
        return self.st.handovers[slip_no]

    def open_slips(self, serials: Iterable[str]) -> dict[str, str]:
        wanted = set(serials)
        return {s: h.slip_no for h in self.st.handovers.values()
                if h.status is HandoverStatus.OPEN for s in h.serials if s in wanted}

    def list(self, *, rma_no: str | None = None, status: str | None = None,
             to_station: str | None = None, from_station: str | None = None
             ) -> list[Handover]:
        return [h for h in self.st.handovers.values()
                if (not rma_no or h.rma_no == rma_no) and (not status or h.status == status)
                and (not to_station or h.to_station.value == to_station)
                and (not from_station or h.from_station.value == from_station)]


class FakeEscalations(api.EscalationRepository):
    def __init__(self, st: _State) -> None:
        self.st = st

    def get(self, escalation_id: int) -> Escalation:
        if escalation_id not in self.st.escalations:
            raise NotFound(Reason.NOT_FOUND, what="escalation", key=escalation_id)
        return self.st.escalations[escalation_id]

    def list(self, *, status: str | None = "open", rma_no: str | None = None,
             kind: str | None = None, slip_nos: Iterable[str] | None = None
             ) -> list[Escalation]:
        slips = set(slip_nos) if slip_nos is not None else None
        return [e for e in self.st.escalations.values()
                if (not status or e.status == status) and (not rma_no or e.rma_no == rma_no)
                and (not kind or e.kind.value == kind)
                and (slips is None or e.slip_no in slips)]


class FakeReadViews(api.ReadViews):
    """The read models over the fake state: what the SQL views select, in Python."""

    SORTS = {"rma_no": "rma_no", "customer": "customer", "model": "model",
             "qty": "counted_qty", "status": "status", "due": "due_date",
             "received": "received_at"}

    def __init__(self, st: _State) -> None:
        self.st = st

    def station_units(self, *, custody: str, states: Iterable[str] | None = None
                      ) -> list[dict[str, Any]]:
        wanted = set(states) if states else None
        rows = [{"rma_no": r.rma_no, "rma_version": r.version, "serial": u.serial,
                 "state": u.state.value, "custody": u.custody.value, "customer": r.customer,
                 "model": r.model, "due_date": r.due_date, "batch": r.batch,
                 "billing": r.billing.value, "rework_loops": u.rework_loops,
                 "repeat_count": u.repeat_count, "due_confirmed": u.due_confirmed,
                 "work_kind": u.work_kind.value if u.work_kind else None}
                for r in self.st.rmas.values() if r.status.value == "open" for u in r.units
                if u.custody.value == custody and (wanted is None or u.state.value in wanted)]
        return sorted(rows, key=lambda row: (row["rma_no"], row["serial"]))

    def anomaly_forms(self, *, unsigned_only: bool, limit: int) -> list[AnomalyForm]:
        forms = [f for r in self.st.rmas.values() for f in r.anomaly_forms]
        signed = sorted((f for f in forms if f.signed), key=lambda f: f.form_no)[-limit:]
        shown = [f for f in forms if not f.signed] + ([] if unsigned_only else signed)
        return sorted(shown, key=lambda f: f.form_no)

    def last_receivers(self, serials: Iterable[str], *, station: str) -> dict[str, int | None]:
        wanted = set(serials)
        out: dict[str, int | None] = {}
        for h in sorted(self.st.handovers.values(), key=lambda h: h.id or 0):
            if h.to_station.value == station and h.status is HandoverStatus.ACCEPTED:
                out.update({s: h.receiver_id for s in h.serials if s in wanted})
        return out

    def complaints(self, rma_nos: Iterable[str]) -> dict[str, str]:
        return {n: self.st.rmas[n].complaint for n in rma_nos if n in self.st.rmas}

    def _matching(self, search: str, status: str | None) -> list[Rma]:
        text = search.strip().lower()
        return [r for r in self.st.rmas.values()
                if (not status or r.status.value == status)
                and (not text or text in r.rma_no.lower() or text in r.customer.lower()
                     or text in r.model.lower()
                     or any(u.serial.lower() == text for u in r.units))]

    def rma_page(self, *, search: str, status: str | None, sort: str, descending: bool,
                 after: tuple[Any, int] | None, limit: int) -> list[dict[str, Any]]:
        rows = []
        matching = {id(r) for r in self._matching(search, status)}
        for number, r in enumerate(self.st.rmas.values(), start=1):
            if id(r) not in matching:
                continue
            row = {"id": r.id or number, "rma_no": r.rma_no, "customer": r.customer,
                   "model": r.model, "counted_qty": r.counted_qty, "status": r.status.value,
                   "batch": r.batch, "due_date": r.due_date, "received_at": r.received_at}
            row["sort_key"] = (row[self.SORTS[sort]], row["id"])
            rows.append(row)
        rows.sort(key=lambda row: row["sort_key"], reverse=descending)
        if after is not None:
            rows = rows[[row["sort_key"] for row in rows].index(after) + 1:]
        return rows[:limit]

    def rma_count(self, *, search: str, status: str | None) -> int:
        return len(self._matching(search, status))

    def unit_states(self, rma_ids: Iterable[int]) -> dict[int, dict[str, int]]:
        wanted = set(rma_ids)
        out: dict[int, dict[str, int]] = {}
        for number, r in enumerate(self.st.rmas.values(), start=1):
            if (r.id or number) in wanted:
                for u in r.units:
                    counts = out.setdefault(r.id or number, {})
                    counts[u.state.value] = counts.get(u.state.value, 0) + 1
        return out


class FakeUsers(api.UserRepository):
    def __init__(self, st: _State) -> None:
        self.st = st

    def add(self, user: User) -> None:
        user.id = next(self.st.ids)
        self.st.users[user.id] = user

    def get(self, user_id: int) -> User:
        if user_id not in self.st.users:
            raise NotFound(Reason.NOT_FOUND, what="user", key=user_id)
        return self.st.users[user_id]

    def by_username(self, username: str) -> User | None:
        return next((u for u in self.st.users.values() if u.username == username), None)

    def by_badge(self, badge: str) -> User | None:
        return next((u for u in self.st.users.values() if u.badge == badge), None)

    def list(self) -> list[User]:
        return list(self.st.users.values())

    def count_failure(self, user_id: int, limit: int) -> tuple[int, bool]:
        user = self.st.users[user_id]
        user.failed_logins += 1
        locked_now = user.failed_logins == limit
        user.locked = user.locked or user.failed_logins >= limit
        return user.failed_logins, locked_now


class FakeLog(api.LogRepository):
    def __init__(self, st: _State, clock: FakeClock) -> None:
        self.st = st
        self.clock = clock

    def add(self, entry: LogEntry) -> None:
        entry.at = self.clock.now
        self.st.log.append(entry)

    def for_rma(self, rma_no: str) -> list[LogEntry]:
        return [e for e in self.st.log if e.rma_no == rma_no]

    def all(self) -> list[LogEntry]:
        return list(self.st.log)


class FakeUnitOfWork(api.AbstractUnitOfWork):
    def __init__(self, clock: FakeClock | None = None, policy: Policy | None = None) -> None:
        self.clock = clock or FakeClock()
        self._policy = policy or Policy()
        self.committed = _State()
        self.commits = 0

    def __enter__(self) -> FakeUnitOfWork:
        self.work = copy.deepcopy(self.committed)
        self.rmas = FakeRmas(self.work)
        self.handovers = FakeHandovers(self.work)
        self.escalations = FakeEscalations(self.work)
        self.users = FakeUsers(self.work)
        self.log = FakeLog(self.work, self.clock)
        self.views = FakeReadViews(self.work)
        return self

    def commit(self) -> None:
        # What the SQL unit of work does with ``pending``: store records, stamp the log.
        for rma in self.work.rmas.values():
            if rma.received_at is None:
                rma.received_at = self.clock.now
            for record in rma.pending:
                if isinstance(record, LogEntry):
                    self.log.add(record)
                elif isinstance(record, Escalation):
                    record.id = next(self.work.ids)
                    self.work.escalations[record.id] = record
            rma.pending.clear()
        self.committed = copy.deepcopy(self.work)
        self.commits += 1

    def rollback(self) -> None:
        self.work = copy.deepcopy(self.committed)

    def now(self) -> datetime:
        return self.clock.now

    def next_number(self, kind: str) -> int:
        self.work.counters[kind] = self.work.counters.get(kind, 0) + 1
        return self.work.counters[kind]

    def shop_settings(self) -> dict[str, str]:
        return dict(self.work.settings)

    def policy(self) -> Policy:
        # Stored values over the policy this fake was made with, read as the real one reads.
        stored = [f.name for f in dataclasses.fields(Policy) if f.name in self.work.settings]
        return dataclasses.replace(self._policy, **settings.shop_values(self.work.settings, stored))

    def set_setting(self, key: str, value: str) -> None:
        self.work.settings[key] = value


class FakeSettingsStore(dict):
    """A bench or machine settings store in memory: what benchapp.settings needs of QSettings."""

    def value(self, key: str, defaultValue: object = None) -> object:
        return self.get(key, defaultValue)

    def setValue(self, key: str, value: object) -> None:
        self[key] = value

    def remove(self, key: str) -> None:
        self.pop(key, None)

    def contains(self, key: str) -> bool:
        return key in self

    def allKeys(self) -> list[str]:
        return list(self)
