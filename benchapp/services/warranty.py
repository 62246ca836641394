"""Use cases of warranty from the record (issue 17.2): the terms kept per customer and model,
each unit's verdict at receipt (and for the service form being filled in), and a check of a
serial or of a customer's model, date code and ship date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from benchapp import settings
from benchapp.domain import warranty as rules
from benchapp.domain.delivery import Delivery, clean_date_code, clean_delivery_no
from benchapp.domain.errors import InvalidInput, NotFound, NotPermitted, Reason
from benchapp.domain.rma import Billing, LogEntry, NewRma
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_serial, clean_text
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.domain.warranty import Terms, Verdict
from benchapp.services.actors import current_actor
from benchapp.services.unit_of_work import AbstractUnitOfWork

# Who keeps the terms: the administrator and the technical supervisor (技术主管), who answer
# for what the shop repairs free. On PostgreSQL only the owner's login can write them at all.
TERMS_ROLES = frozenset({Role.ADMIN, Role.TECH_SUPERVISOR})


class WarrantyTermsRepository(Protocol):
    def list(self) -> list[Terms]: ...

    def candidates(self, customer: str, model: str) -> list[Terms]: ...

    def put(self, terms: Terms) -> Terms | None: ...

    def remove(self, customer: str, model: str) -> Terms | None: ...


def shop_today(uow: AbstractUnitOfWork) -> date:
    """The shop's calendar day now (receipt days are counted on the shop's clock)."""
    return uow.now().astimezone(settings.shop_zone(uow.shop_settings())).date()


# -- the terms -------------------------------------------------------------------------------


def list_terms(uow: AbstractUnitOfWork) -> list[Terms]:
    with uow:
        return uow.warranty.list()


def set_terms(uow: AbstractUnitOfWork, actor: Actor, *, customer: str | None,
              model: str | None, months: object, basis: str) -> tuple[Terms, Terms | None]:
    """Store the terms of a customer's model (blank: any); return (new, the ones replaced).
    Logged with the old and the new terms."""
    actor.require(TERMS_ROLES, "set warranty terms")
    try:
        with uow:
            actor = current_actor(uow, actor, allowed=TERMS_ROLES, action="set warranty terms")
            terms = rules.clean_terms(customer=customer, model=model, months=months,
                                      basis=basis, set_by=actor.username)
            old = uow.warranty.put(terms)
            uow.log.add(LogEntry(
                rma_no=ADMIN_LOG, action="warranty_terms_set", actor_id=actor.user_id,
                actor_name=actor.username,
                detail={"customer": terms.customer, "model": terms.model,
                        "months": terms.months, "basis": terms.basis.value,
                        "old": _terms_text(old) if old else None}))
            uow.commit()
    except Exception as err:
        _refused_by_the_database(err)
        raise
    return terms, old


def remove_terms(uow: AbstractUnitOfWork, actor: Actor, *, customer: str | None,
                 model: str | None) -> Terms:
    """Remove one row of terms (the less specific ones apply again); logged."""
    actor.require(TERMS_ROLES, "remove warranty terms")
    customer = clean_text(customer, "customer", limit=rules.CUSTOMER_MAX)
    model = clean_text(model, "model", limit=rules.MODEL_MAX)
    try:
        with uow:
            actor = current_actor(uow, actor, allowed=TERMS_ROLES,
                                  action="remove warranty terms")
            old = uow.warranty.remove(customer, model)
            if old is None:
                raise NotFound(Reason.NOT_FOUND, what="warranty terms",
                               key=f"customer {customer or '(any)'}, model {model or '(any)'}")
            uow.log.add(LogEntry(
                rma_no=ADMIN_LOG, action="warranty_terms_removed", actor_id=actor.user_id,
                actor_name=actor.username,
                detail={"customer": customer, "model": model, "old": _terms_text(old)}))
            uow.commit()
    except Exception as err:
        _refused_by_the_database(err)
        raise
    return old


def _refused_by_the_database(err: Exception) -> None:
    """PostgreSQL refused the write (SQLSTATE 42501, insufficient privilege): the bench login
    only reads the terms (db/grants.py). Say who writes them, in one line, for the CLI and the
    GUI alike; the unit of work has rolled back, so nothing was written."""
    orig = getattr(err, "orig", err)
    if getattr(orig, "sqlstate", None) == "42501":
        raise NotPermitted(Reason.OWNER_LOGIN_REQUIRED, what="warranty terms") from err


def _terms_text(t: Terms) -> str:
    return f"{t.months} months from {t.basis.value}"


# -- verdicts --------------------------------------------------------------------------------


def _judge_codes(uow: AbstractUnitOfWork, *, customer: str, model: str,
                 ship_date: date | None, codes: Iterable[str], on: date) -> dict[str, Verdict]:
    """One verdict per distinct date code (all else is the same for one form's units)."""
    terms = rules.pick_terms(uow.warranty.candidates(customer, model), customer, model)
    return {code: rules.judge(terms, received_on=on, ship_date=ship_date, date_code=code)
            for code in dict.fromkeys(codes)}


@dataclass(frozen=True)
class ReceiptWarranty:
    """What receiving records: the verdict per date code, the billing it presets and the
    clerk's reason for choosing another."""

    by_code: dict[str, Verdict]
    preset: Billing | None
    reason: str

    def detail(self) -> dict[str, dict[str, object]]:
        return {code: v.as_dict() for code, v in self.by_code.items()}


def for_receipt(uow: AbstractUnitOfWork, form: NewRma, delivery: Delivery | None,
                billing: Billing) -> ReceiptWarranty:
    """Inside receive_rma's unit of work: each unit's verdict today, and the billing check
    (a billing other than the preset needs form.billing_reason)."""
    try:
        codes = rules.form_date_codes(form)
        customer = clean_text(form.customer, "customer", required=True, limit=200)
        model = clean_text(form.model, "model", required=True, limit=100)
    except InvalidInput:
        # Rma.receive refuses the same form with its own reason, in the form's field order.
        return ReceiptWarranty({}, None, "")
    ship_date = delivery.ship_date if delivery is not None else None
    by_code = _judge_codes(uow, customer=customer, model=model, ship_date=ship_date,
                           codes=codes, on=shop_today(uow))
    preset, reason = rules.check_billing(billing, (by_code[c] for c in codes),
                                         form.billing_reason)
    return ReceiptWarranty(by_code, preset, reason)


@dataclass(frozen=True)
class FormWarranty:
    """The service form's units as they are being filled in: (serial or '', verdict) each,
    and the billing the verdicts preset (None: the clerk decides)."""

    units: list[tuple[str, Verdict]]
    preset: Billing | None


def check_form(uow: AbstractUnitOfWork, form: NewRma) -> FormWarranty:
    """For the receiving form before it is saved: the ship date typed on it, else its
    delivery's as stored. Incomplete input gives unknown verdicts, never an error."""
    with uow:
        customer = (form.customer or "").strip()
        model = (form.model or "").strip()
        ship_date = form.ship_date
        try:
            delivery_no = clean_delivery_no(form.delivery_no)
            codes = rules.form_date_codes(form)
        except InvalidInput:
            return FormWarranty([], None)
        if ship_date is None and delivery_no and customer:
            stored = uow.deliveries.find(customer, delivery_no)
            ship_date = stored.ship_date if stored is not None else None
        if not customer or not model:
            verdicts = {c: rules.judge(None, received_on=shop_today(uow), ship_date=None,
                                       date_code=c) for c in codes}
        else:
            verdicts = _judge_codes(uow, customer=customer, model=model, ship_date=ship_date,
                                    codes=codes, on=shop_today(uow))
    serials = list(form.serials) or [""] * len(codes)
    units = [(s, verdicts[c]) for s, c in zip(serials, codes, strict=True)]
    return FormWarranty(units, rules.billing_for(v for _s, v in units))


def check(uow: AbstractUnitOfWork, *, customer: str, model: str, date_code: str = "",
          ship_date: date | None = None, on: date | None = None) -> Verdict:
    """A customer's model with this date code and ship date, as of ``on`` (default: today)."""
    customer = clean_text(customer, "customer", required=True, limit=200)
    model = clean_text(model, "model", required=True, limit=100)
    code = clean_date_code(date_code)
    with uow:
        day = on or shop_today(uow)
        return _judge_codes(uow, customer=customer, model=model, ship_date=ship_date,
                            codes=[code], on=day)[code]


@dataclass(frozen=True)
class SerialWarranty:
    serial: str
    rma_no: str
    customer: str
    model: str
    received_on: date
    verdict: Verdict


def check_serial(uow: AbstractUnitOfWork, serial: str, *, on: date | None = None
                 ) -> SerialWarranty:
    """A serial's warranty from its latest return: the customer, model, delivery and date code
    on record, under today's terms, as of its receipt (or ``on``)."""
    serial = clean_serial(serial)
    with uow:
        returns = uow.rmas.earlier_returns([serial]).get(serial)
        if not returns:
            raise NotFound(Reason.NOT_FOUND, what="returned unit", key=serial)
        latest = max(returns, key=lambda r: r.received_at)
        rma = uow.rmas.get(latest.rma_no)
        unit = rma.unit(serial)
        delivery = uow.deliveries.get(rma.delivery_id) if rma.delivery_id else None
        zone = settings.shop_zone(uow.shop_settings())
        received_on = latest.received_at.astimezone(zone).date()
        verdict = _judge_codes(uow, customer=rma.customer, model=rma.model,
                               ship_date=delivery.ship_date if delivery else None,
                               codes=[unit.date_code], on=on or received_on)[unit.date_code]
    return SerialWarranty(serial, rma.rma_no, rma.customer, rma.model, received_on, verdict)
