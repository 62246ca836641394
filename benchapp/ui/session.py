"""What a station view needs to know about the person at the bench and where they work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from benchapp.domain.roles import Actor, Station
from benchapp.domain.users import User
from benchapp.services.slips import SlipPort
from benchapp.services.unit_of_work import AbstractUnitOfWork

UowFactory = Callable[[], AbstractUnitOfWork]


@dataclass
class Session:
    """One signed-in person at one station of this bench.

    ``signed_once``: the first electronic signature of a session asks for user name *and*
    password; later ones in the same unbroken session ask for the password only (the slips
    issue's rule, as in 21 CFR 11.200). A lock or a change of user starts a new session.
    """

    user: User
    station: Station
    uow_factory: UowFactory
    slips: SlipPort
    database_text: str = ""
    signed_once: bool = False
    # The bench's test fixture (ui.device_bridge.FixtureBridge), None if none is configured.
    fixture: Any = field(default=None, repr=False)
    # Set by the main window: open an RMA's or unit's full history (rma_no, serial or None).
    open_history: Callable[[str, str | None], None] | None = field(default=None, repr=False)

    @property
    def actor(self) -> Actor:
        return self.user.actor()

    def uow(self) -> AbstractUnitOfWork:
        return self.uow_factory()
