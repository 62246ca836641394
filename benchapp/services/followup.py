"""Customer follow-up after shipping (001 五): the business clerk records the customer's answer
(received? satisfied?); a recorded follow-up takes the shipment off the Overdue list."""

from __future__ import annotations

from datetime import datetime

from benchapp.domain.errors import InvalidInput, Reason
from benchapp.domain.followup import FollowUpLine, check_answers, follow_up_lines
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
    with uow:
        moment = now or uow.now()
        settings = uow.supervision.settings()
        calendar = uow.supervision.calendar()
        waiting = uow.supervision.follow_ups_due(settings.tracking_since)
    return follow_up_lines(waiting, now=moment, calendar=calendar, settings=settings,
                           due_only=due_only)


__all__ = ["follow_ups", "record_follow_up"]
