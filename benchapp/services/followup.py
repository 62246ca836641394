"""Customer follow-up after shipping (001 五): the business clerk records the customer's answer
(received? satisfied?); a recorded follow-up takes the shipment off the Overdue list."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.followup import (
    FirstContactLine,
    FollowUpLine,
    check_answers,
    first_contact_lines,
    follow_up_lines,
)
from benchapp.domain.roles import Actor
from benchapp.domain.supervision import CONTACT_ROLES, ContactKind, CustomerContact
from benchapp.services.actors import current_actor
from benchapp.services.unit_of_work import AbstractUnitOfWork


def record_follow_up(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str, satisfied: bool,
                     note: str, received: bool = True) -> CustomerContact:
    """Record the follow-up call of a shipped RMA, with who and when, in the tracking log."""
    actor.require(CONTACT_ROLES, "record a customer follow-up")
    check_answers(received=received, satisfied=satisfied)
    with uow:
        actor = current_actor(uow, actor, allowed=CONTACT_ROLES,
                              action="record a customer follow-up")
        rma = uow.rmas.get(rma_no.strip())
        counts = rma.counts()
        if counts["shipped"] + counts["returned_as_is"] == 0:
            # Nothing has gone back to the customer yet: there is nothing to ask about.
            raise InvalidInput(Reason.VALUE_INVALID, value=rma.rma_no,
                               field="RMA to follow up",
                               allowed="an RMA with units shipped to the customer")
        contact = CustomerContact.record(actor, rma.rma_no, ContactKind.FOLLOW_UP, note,
                                         received=received, satisfied=satisfied)
        contact.contacted_at = uow.now()
        uow.supervision.add_contact(contact)
        uow.log.add(contact.log_entry(actor))
        uow.commit()
    return contact


def follow_ups(uow: AbstractUnitOfWork, *, due_only: bool = False,
               now: datetime | None = None) -> list[FollowUpLine]:
    """Shipments no follow-up was recorded for since they left (from the tracking start on),
    each with its deadline; ``due_only``: those past it. ``now``: the server clock."""
    moment, settings, calendar, (waiting,) = _owed(uow, now, "follow_ups_due")
    return follow_up_lines(waiting, now=moment, calendar=calendar, settings=settings,
                           due_only=due_only)


def _owed(uow: AbstractUnitOfWork, now: datetime | None, *reads: str) -> tuple[Any, ...]:
    """In one transaction: the clock, the shop's limits and calendar, and each list of calls
    owed (the supervision repository's ``contacts_due`` / ``follow_ups_due``) from the
    tracking start on."""
    with uow:
        settings = uow.supervision.settings()
        return (now or uow.now(), settings, uow.supervision.calendar(),
                [getattr(uow.supervision, read)(settings.tracking_since) for read in reads])


def record_first_contact(uow: AbstractUnitOfWork, actor: Actor, *, rma_no: str,
                         note: str) -> CustomerContact:
    """Business has called the customer of an accepted return (within the contact hours): the
    return leaves the first-contact list and the Overdue list."""
    actor.require(CONTACT_ROLES, "record a customer contact")
    with uow:
        actor = current_actor(uow, actor, allowed=CONTACT_ROLES,
                              action="record a customer contact")
        rma = uow.rmas.get(rma_no.strip())
        contact = CustomerContact.record(actor, rma.rma_no, ContactKind.INITIAL, note)
        contact.contacted_at = uow.now()
        uow.supervision.add_contact(contact)
        uow.log.add(contact.log_entry(actor))
        uow.commit()
    return contact


def first_contacts(uow: AbstractUnitOfWork, *, due_only: bool = False,
                   now: datetime | None = None) -> list[FirstContactLine]:
    """Accepted returns (from the tracking start on) whose customer nobody has called yet,
    each with its deadline; ``due_only``: those past it. ``now``: the server clock."""
    moment, settings, calendar, (waiting,) = _owed(uow, now, "contacts_due")
    return first_contact_lines(waiting, now=moment, calendar=calendar, settings=settings,
                               due_only=due_only)


def customer_contacts(uow: AbstractUnitOfWork) -> tuple[list[FirstContactLine],
                                                        list[FollowUpLine]]:
    """Both lists the business clerk works, in one transaction (the Receiving view's tabs)."""
    moment, settings, calendar, (first, after) = _owed(uow, None, "contacts_due",
                                                       "follow_ups_due")
    return (first_contact_lines(first, now=moment, calendar=calendar, settings=settings),
            follow_up_lines(after, now=moment, calendar=calendar, settings=settings))


__all__ = ["customer_contacts", "first_contacts", "follow_ups", "record_first_contact",
           "record_follow_up"]
