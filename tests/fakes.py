"""In-memory fakes for unit tests: a unit of work with the same contract as the SQL one."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from benchapp import settings
from benchapp.domain import audit_chain
from benchapp.domain.delivery import Delivery, DeliveryTally, OpenNotice, add_causes
from benchapp.domain.errors import NotFound, Reason
from benchapp.domain.handover import Handover, HandoverStatus
from benchapp.domain.rma import (
    TERMINAL_STATES,
    AnomalyForm,
    ComplaintNotice,
    ComplaintNoticeJoined,
    Escalation,
    LogEntry,
    Reinspection,
    Rma,
    Screening,
)
from benchapp.domain.rules import EarlierReturn, Policy
from benchapp.domain.users import User
from benchapp.domain.warranty import Terms
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
        # services.slips: the shop CA, each user's current credential, the slip records.
        self.ca: tuple[str, Any] | None = None
        self.credentials: dict[int, Any] = {}
        self.issued: dict[str, Any] = {}  # fingerprint -> IssuedCertificate
        self.slips: dict[str, Any] = {}
        self.deliveries: dict[int, Delivery] = {}
        self.notices: dict[str, ComplaintNotice] = {}  # raised by step 8, in order
        self.warranty_terms: dict[tuple[str, str], Terms] = {}  # (customer, model) -> terms


class FakeRmas(api.RmaRepository):
    def __init__(self, st: _State) -> None:
        self.st = st

    def add(self, rma: Rma) -> None:
        if rma.id is None:
            rma.id = next(self.st.ids)  # as the database gives one (a delivery's tally uses it)
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


class FakeDeliveries(api.DeliveryRepository):
    def __init__(self, st: _State) -> None:
        self.st = st

    def find(self, customer: str, delivery_no: str) -> Delivery | None:
        for d in self.st.deliveries.values():
            if (d.customer, d.delivery_no) == (customer, delivery_no):
                return d
        return None

    def get(self, delivery_id: int) -> Delivery:
        return self.st.deliveries[delivery_id]

    def save(self, delivery: Delivery, changed: tuple[str, ...] = ()) -> None:
        if delivery.id is None:
            delivery.id = next(self.st.ids)
            self.st.deliveries[delivery.id] = delivery
        if changed or delivery.version == 0:
            delivery.version += 1

    def tally(self, delivery_id: int, *, apart_from_rma: int | None) -> DeliveryTally:
        d = self.st.deliveries[delivery_id]
        others = [r for r in self.st.rmas.values()
                  if r.delivery_id == delivery_id and r.id != apart_from_rma]
        causes: dict[str, int] = {}
        for r in others:
            causes = add_causes(causes, r.non_customer_causes())
        open_notice = None
        for n in self.st.notices.values():
            if n.delivery_id == delivery_id and n.status != "closed":
                open_notice = OpenNotice(n.notice_no, n.non_customer_units, dict(n.causes))
        return DeliveryTally(delivery_id=d.id or 0, customer=d.customer,
                             delivery_no=d.delivery_no, delivered_qty=d.delivered_qty,
                             other_causes=causes, other_rmas=len(others),
                             open_notice=open_notice)

    def unevaluated(self, *, limit: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for d in sorted(self.st.deliveries.values(), key=lambda d: -(d.id or 0)):
            if d.delivered_qty is not None:
                continue
            rmas = [r for r in self.st.rmas.values() if r.delivery_id == d.id]
            units = sum(sum(r.non_customer_causes().values()) for r in rmas)
            if units:
                out.append({"reason": "no_delivered_qty", "customer": d.customer,
                            "delivery_no": d.delivery_no,
                            "rma_nos": [r.rma_no for r in rmas], "non_customer_units": units})
        for r in sorted(self.st.rmas.values(), key=lambda r: r.rma_no, reverse=True):
            units = sum(r.non_customer_causes().values())
            if r.delivery_id is None and units:
                out.append({"reason": "no_delivery", "customer": r.customer,
                            "delivery_no": None, "rma_nos": [r.rma_no],
                            "non_customer_units": units})
        return out[:limit]

    def numbers(self, delivery_ids: list[int]) -> dict[int, str]:
        return {i: self.st.deliveries[i].delivery_no for i in delivery_ids}


class FakeHandovers(api.HandoverRepository):
    def __init__(self, st: _State) -> None:
        self.st = st

    def add(self, handover: Handover) -> None:
        self.st.handovers[handover.slip_no] = handover

    def get(self, slip_no: str, *, lock: bool = False) -> Handover:
        if slip_no not in self.st.handovers:
            raise NotFound(Reason.NOT_FOUND, what="slip", key=slip_no)
        return self.st.handovers[slip_no]

    def open_slips(self, serials: Iterable[str]) -> dict[str, str]:
        wanted = set(serials)
        return {s: h.slip_no for h in self.st.handovers.values()
                if h.status is HandoverStatus.OPEN for s in h.serials if s in wanted}

    def list(self, *, rma_no: str | None = None, status: str | None = None,
             to_station: str | None = None, from_station: str | None = None,
             slip_nos: Iterable[str] | None = None) -> list[Handover]:
        wanted = None if slip_nos is None else set(slip_nos)
        return [h for h in self.st.handovers.values()
                if (wanted is None or h.slip_no in wanted)
                and (not rma_no or h.rma_no == rma_no) and (not status or h.status == status)
                and (not to_station or h.to_station.value == to_station)
                and (not from_station or h.from_station.value == from_station)]

    def open_or_named(self, slip_nos: Iterable[str]) -> list[Handover]:
        named = set(slip_nos)
        return [h for h in self.st.handovers.values()
                if h.status is HandoverStatus.OPEN or h.slip_no in named]


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

    def __init__(self, st: _State, acts: list[tuple[str, Any]]) -> None:
        self.st = st
        self.acts = acts  # committed screenings and re-inspections, with their RMA's model

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

    def model_defects(self, model: str, *, limit: int) -> list[str]:
        uses = Counter(act.defect for m, act in self.acts
                       if m == model and isinstance(act, Screening) and act.defect)
        return sorted(uses, key=lambda d: (-uses[d], d))[:limit]

    def fixture_readings(self, units: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        out: dict[tuple[str, str], dict] = {}
        wanted = set(units)
        for _m, act in self.acts:  # in the order recorded: the last one stays
            if isinstance(act, Screening):
                stage, verdict = "screening", act.test_verdict
            elif isinstance(act, Reinspection) and act.stage == "test":
                stage, verdict = "test", act.verdict
            else:
                continue
            if (act.rma_no, act.serial) in wanted and act.measurements:
                out[(act.rma_no, act.serial)] = {"stage": stage, "verdict": str(verdict),
                                                 "at": None,
                                                 "measurements": list(act.measurements)}
        return out

    def last_release(self, serial: str) -> int | None:
        released = [act.inspector_id for _m, act in self.acts
                    if isinstance(act, Reinspection) and act.serial == serial
                    and act.stage == "oqc" and act.verdict == "PASS"]
        return released[-1] if released else None

    def _matching(self, search: str, status: str | None) -> list[Rma]:
        text = search.strip().lower()
        return [r for r in self.st.rmas.values()
                if (not status or r.status.value == status)
                and (not text or text in r.rma_no.lower() or text in r.customer.lower()
                     or text in r.model.lower()
                     or any(u.serial.lower() == text for u in r.units))]

    def _rows(self, rmas: list[Any], sort: str, descending: bool) -> list[dict[str, Any]]:
        wanted = {id(r) for r in rmas}
        rows = []
        for number, r in enumerate(self.st.rmas.values(), start=1):
            if id(r) not in wanted:
                continue
            row = {"id": r.id or number, "rma_no": r.rma_no, "customer": r.customer,
                   "model": r.model, "counted_qty": r.counted_qty, "status": r.status.value,
                   "batch": r.batch, "due_date": r.due_date, "received_at": r.received_at}
            row["sort_key"] = (row[self.SORTS[sort]], row["id"])
            rows.append(row)
        rows.sort(key=lambda row: row["sort_key"], reverse=descending)
        return rows

    def rma_page(self, *, search: str, status: str | None, sort: str, descending: bool,
                 after: tuple[Any, int] | None, limit: int,
                 until: tuple[Any, int] | None = None) -> list[dict[str, Any]]:
        every = self._rows(self._matching("", status), sort, descending)
        keys = [row["sort_key"] for row in every]
        start = keys.index(after) + 1 if after is not None else 0
        end = keys.index(until) + 1 if until is not None else len(keys)
        window = {row["sort_key"] for row in every[start:end]}
        rows = [row for row in self._rows(self._matching(search, status), sort, descending)
                if row["sort_key"] in window]
        return rows[:limit]

    def rma_key_after(self, *, status: str | None, sort: str, descending: bool,
                      after: tuple[Any, int] | None, skip: int) -> tuple[Any, int] | None:
        keys = [row["sort_key"] for row in self._rows(self._matching("", status), sort,
                                                      descending)]
        start = keys.index(after) + 1 if after is not None else 0
        return keys[start + skip - 1] if start + skip - 1 < len(keys) else None

    def rma_exact(self, *, search: str, status: str | None) -> list[dict[str, Any]]:
        text = search.strip().upper()
        found = [r for r in self._matching("", status) if r.rma_no.upper() == text
                 or any(u.serial.upper() == text for u in r.units)]
        return self._rows(found, "received", True)

    def rma_count(self, *, search: str, status: str | None) -> int:
        return len(self._matching(search, status))

    def rma_headers(self, rma_nos: Iterable[str]) -> dict[str, dict[str, Any]]:
        return {r.rma_no: {"customer": r.customer, "model": r.model,
                           "states": {u.serial: u.state.value for u in r.units}}
                for r in self.st.rmas.values() if r.rma_no in set(rma_nos)}

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


class FakeWarrantyTerms:
    """services.warranty.WarrantyTermsRepository in memory."""

    def __init__(self, st: _State) -> None:
        self.st = st

    def list(self) -> list[Terms]:
        return [self.st.warranty_terms[k] for k in sorted(self.st.warranty_terms)]

    def candidates(self, customer: str, model: str) -> list[Terms]:
        return [t for (c, m), t in self.st.warranty_terms.items()
                if c in (customer, "") and m in (model, "")]

    def put(self, terms: Terms) -> Terms | None:
        key = (terms.customer, terms.model)
        old = self.st.warranty_terms.get(key)
        self.st.warranty_terms[key] = terms
        return old

    def remove(self, customer: str, model: str) -> Terms | None:
        return self.st.warranty_terms.pop((customer, model), None)


class FakeSlips:
    """The slip store of services.slips (SlipRepository) over the fake state."""

    def __init__(self, st: _State) -> None:
        self.st = st

    def ca(self) -> tuple[str, Any] | None:
        return self.st.ca

    def cas(self) -> list[tuple[str, Any]]:
        return [self.st.ca] if self.st.ca is not None else []

    def add_ca(self, shop_name: str, ca: Any, fingerprint: str) -> None:
        self.st.ca = (shop_name, ca)

    def credential(self, user_id: int) -> Any:
        return self.st.credentials.get(user_id)

    def issued(self, fingerprints: Iterable[str]) -> dict[str, Any]:
        return {fp: self.st.issued[fp] for fp in fingerprints if fp in self.st.issued}

    def supersede_credentials(self, user_id: int, at: datetime | None = None) -> int:
        from benchapp.services.slips import IssuedCertificate

        at = at or datetime.now(UTC)
        current = [fp for fp, c in self.st.issued.items()
                   if c.user_id == user_id and c.superseded_at is None]
        for fp in current:
            old = self.st.issued[fp]
            self.st.issued[fp] = IssuedCertificate(old.serial, fp, user_id, old.issued_at, at)
        return len(current)

    def add_credential(self, user_id: int, credential: Any, fingerprint: str, *,
                       serial: str | None = None) -> None:
        from benchapp.services.slips import IssuedCertificate

        self.supersede_credentials(user_id)
        self.st.credentials[user_id] = credential
        serial = serial or _fake_cert_text(credential.cert_pem).split("|")[1]
        self.st.issued[fingerprint] = IssuedCertificate(
            serial, fingerprint, user_id, datetime(2000, 1, 1, tzinfo=UTC), None)

    def get(self, slip_no: str) -> Any:
        return self.st.slips.get(slip_no)

    def for_rma(self, rma_no: str) -> list[Any]:
        return [r for r in self.st.slips.values() if r.rma_no == rma_no]

    def list(self, rma_no: str | None = None) -> list[Any]:
        return [dataclasses.replace(r, pdf=b"") for r in self.st.slips.values()
                if rma_no is None or r.rma_no == rma_no]

    def save(self, record: Any) -> None:
        self.st.slips[record.slip_no] = record

    def each(self) -> Iterator[tuple[str, str, bytes]]:
        for r in list(self.st.slips.values()):
            yield r.slip_no, r.content_sha256, r.pdf


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

    def chain_rows(self) -> list[dict[str, Any]]:
        """The entries chained as the database trigger chains them (ids from 1)."""
        rows, prev = [], None
        for i, e in enumerate(self.st.log, start=1):
            row = {"id": i, "at": e.at, "occurred_at": None, "rma_no": e.rma_no,
                   "serial": e.serial, "action": e.action, "actor_id": e.actor_id,
                   "actor_name": e.actor_name, "from_state": e.from_state,
                   "to_state": e.to_state, "detail": json.dumps(e.detail, default=str),
                   "db_role": None, "prev_hash": prev}
            row["entry_hash"] = prev = audit_chain.entry_hash(prev, row)
            rows.append(row)
        return rows

    def head(self) -> tuple[int | None, str | None]:
        rows = self.chain_rows()
        return (rows[-1]["id"], rows[-1]["entry_hash"]) if rows else (None, None)

    def head_hash(self) -> str | None:
        return self.head()[1]


class FakeUnitOfWork(api.AbstractUnitOfWork):
    def __init__(self, clock: FakeClock | None = None, policy: Policy | None = None) -> None:
        self.clock = clock or FakeClock()
        self._policy = policy or Policy()
        self.committed = _State()
        self.commits = 0
        # Committed screenings and re-inspections (model, record): only appended at commit,
        # so kept out of the state that every unit of work deep-copies.
        self.acts: list[tuple[str, Any]] = []

    def __enter__(self) -> FakeUnitOfWork:
        self.work = copy.deepcopy(self.committed)
        self.rmas = FakeRmas(self.work)
        self.deliveries = FakeDeliveries(self.work)
        self.handovers = FakeHandovers(self.work)
        self.escalations = FakeEscalations(self.work)
        self.users = FakeUsers(self.work)
        self.log = FakeLog(self.work, self.clock)
        self.views = FakeReadViews(self.work, self.acts)
        self.slips = FakeSlips(self.work)
        self.warranty = FakeWarrantyTerms(self.work)
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
                elif isinstance(record, ComplaintNotice):
                    self.work.notices[record.notice_no] = record
                elif isinstance(record, ComplaintNoticeJoined):
                    notice = self.work.notices[record.notice_no]
                    notice.non_customer_units = record.non_customer_units
                    notice.causes = dict(record.causes)
                elif isinstance(record, (Screening, Reinspection)):
                    self.acts.append((rma.model, record))
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


def _fake_cert(text: str) -> bytes:
    """A fake certificate in PEM armour (services.slips reads PEM bodies as base64)."""
    import base64

    body = base64.b64encode(text.encode()).decode()
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n".encode()


def _fake_cert_text(pem: bytes) -> str:
    import base64

    lines = [ln for ln in pem.strip().splitlines() if not ln.startswith(b"-----")]
    return base64.b64decode(b"".join(lines)).decode()


class FakeSlipPort:
    """services.slips.SlipPort without PDFs, for unit tests of the workflow: a "slip" is JSON
    of the header plus signatures, each a SHA-256 over the content and the signer's key, so a
    wrong password, an unsigned slip, a changed byte or another hash are still detected. The
    PDF adapter itself (reportlab + pyHanko) is tested against the same port in
    tests/integration (signed handovers, decisions, slips)."""

    ca_pin: str | None = None

    def trusted_ca(self, cas: list[Any]) -> Any:
        from benchapp.slips.errors import CredentialError, SlipErrorReason

        if len(cas) != 1:
            raise CredentialError(SlipErrorReason.WRONG_CA_PASSPHRASE)
        return cas[0]

    def serial(self, cert_pem: bytes) -> str:
        return format(int(_fake_cert_text(cert_pem).split("|")[1]), "x")

    def create_ca(self, shop_name: str, passphrase: str) -> Any:
        from benchapp.services.slips import Credential

        return Credential(_fake_cert(f"FAKE-CA|0|{shop_name}"), _secret(passphrase))

    def issue(self, ca: Any, ca_passphrase: str, *, user_id: int, username: str,
              display_name: str, roles: list[str], password: str) -> Any:
        from benchapp.services.slips import Credential

        self.check_ca_passphrase(ca, ca_passphrase)
        serial = next(_fake_serials)
        cert = _fake_cert(f"FAKE-CERT|{serial}|{user_id}|{username}|{display_name}")
        return Credential(cert, _secret(password))

    def check_ca_passphrase(self, ca: Any, passphrase: str) -> None:
        from benchapp.slips.errors import CredentialError, SlipErrorReason

        if ca.encrypted_key_pem != _secret(passphrase):
            raise CredentialError(SlipErrorReason.WRONG_CA_PASSPHRASE)

    def needs_rewrap(self, encrypted_key: bytes) -> bool:
        return False  # fake keys have no older format to upgrade from

    def session_copy(self, encrypted_key: bytes, password: str, secret: str) -> bytes:
        from benchapp.slips.errors import CredentialError, SlipErrorReason

        if encrypted_key != _secret(password):
            raise CredentialError(SlipErrorReason.WRONG_PASSWORD, user="this")
        return _secret(secret)

    def check_password(self, credential: Any, password: str) -> None:
        from benchapp.slips.errors import CredentialError, SlipErrorReason

        if credential.encrypted_key_pem != _secret(password):
            user = _fake_cert_text(credential.cert_pem).split("|")[3]
            raise CredentialError(SlipErrorReason.WRONG_PASSWORD, user=user)

    def fingerprint(self, cert_pem: bytes) -> str:
        # As the real port: SHA-256 of the certificate's DER bytes (the PEM body).
        from benchapp.services.slips import _der

        return hashlib.sha256(_der(cert_pem)).hexdigest()

    def give(self, header: Any, credential: Any, password: str,
             ca_cert_pem: bytes) -> tuple[bytes, str]:
        self.check_password(credential, password)
        content = json.dumps(dataclasses.asdict(header), default=str, sort_keys=True)
        sha = hashlib.sha256(content.encode()).hexdigest()
        doc = {"slip_no": header.slip_no, "content": content, "sha256": sha,
               "signatures": [_fake_signature("giver", sha, credential, header.giver_name,
                                              header.giver_username, "handed_over")]}
        return json.dumps(doc, sort_keys=True).encode(), sha

    def receive(self, pdf: bytes, block: Any, credential: Any, password: str,
                ca_cert_pem: bytes) -> bytes:
        self.check_password(credential, password)
        doc = json.loads(pdf)
        meaning = "refused" if block.refusal else "received"
        doc["signatures"].append(_fake_signature("receiver", doc["sha256"], credential,
                                                 block.receiver_name, None, meaning))
        return json.dumps(doc, sort_keys=True).encode()

    def signed_content(self, pdf: bytes) -> tuple[str, dict[str, Any]] | None:
        try:
            doc = json.loads(pdf)
            content = doc["content"]
        except (ValueError, KeyError, TypeError):
            return None
        sha = hashlib.sha256(content.encode()).hexdigest()
        return (sha, json.loads(content)) if sha == doc.get("sha256") else None

    def check(self, pdf: bytes, ca_cert_pem: bytes, expected_sha256: str | None) -> Any:
        from benchapp.services.slips import SignerInfo, SlipCheck

        try:
            doc = json.loads(pdf)
            content = doc["content"]
        except (ValueError, KeyError, TypeError):
            return SlipCheck(False, "tampered", "The slip was changed after it was signed.")
        sha = hashlib.sha256(content.encode()).hexdigest()
        if sha != doc.get("sha256"):
            return SlipCheck(False, "tampered", "The slip was changed after it was signed.",
                             doc.get("slip_no"))
        if not doc.get("signatures"):
            return SlipCheck(False, "unsigned", "The slip carries no signature.",
                             doc.get("slip_no"), sha)
        for sig in doc["signatures"]:
            if sig["digest"] != _digest(sig["field"], sha, sig["cert"], sig["key"]):
                return SlipCheck(False, "tampered", "The slip was changed after it was signed.",
                                 doc.get("slip_no"), sha)
        if expected_sha256 is not None and sha != expected_sha256:
            return SlipCheck(False, "hash_mismatch", "Not the slip the database holds.",
                             doc.get("slip_no"), sha)
        header = json.loads(content)
        # What the real port reads back from the signed content: who gave, when, which CA.
        signed = {"giver": {"id": header.get("giver_id"), "username": header.get("giver_username"),
                            "name": header.get("giver_name")},
                  "handed_over_at": header.get("handed_over_at"),
                  "previous_sha256": header.get("previous_sha256")}
        for name in ("ca_sha256", "log_head"):
            if header.get(name):
                signed[name] = header[name]
        signers = []
        for sig in doc["signatures"]:
            cert_text = _fake_cert_text(sig["cert"].encode()).split("|")
            signers.append(SignerInfo(
                sig["field"], sig["name"], sig["username"], sig["meaning"],
                certificate_sha256=self.fingerprint(sig["cert"].encode()),
                certificate_serial=format(int(cert_text[1]), "x"), user_id=int(cert_text[2])))
        return SlipCheck(True, None, "valid", doc.get("slip_no"), sha, signers, content=signed)


_fake_serials = itertools.count(1)


def _secret(text: str) -> bytes:
    return hashlib.sha256(("fake-key|" + text).encode()).hexdigest().encode()


def _digest(field_name: str, sha: str, cert: str, key: str) -> str:
    return hashlib.sha256(f"{field_name}|{sha}|{cert}|{key}".encode()).hexdigest()


def _fake_signature(field_name: str, sha: str, credential: Any, name: str,
                    username: str | None, meaning: str) -> dict[str, Any]:
    cert, key = credential.cert_pem.decode(), credential.encrypted_key_pem.decode()
    return {"field": field_name, "cert": cert, "key": key, "name": name,
            "username": username, "meaning": meaning,
            "digest": _digest(field_name, sha, cert, key)}
