"""What a station view needs to know about the person at the bench and where they work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from benchapp.domain.roles import Actor, Station
from benchapp.domain.users import User
from benchapp.services.signing_session import SigningSession
from benchapp.services.slips import SlipPort
from benchapp.services.unit_of_work import AbstractUnitOfWork

UowFactory = Callable[[], AbstractUnitOfWork]


@dataclass
class Session:
    """One signed-in person at one station of this bench.

    ``signed_once``: the first electronic signature of a session asks for user name *and*
    password; later ones in the same unbroken session ask for the password, or the badge scan
    and PIN once ``signing`` is armed by that full signature (21 CFR 11.200(a)(1);
    services.signing_session). A lock, a sign-out or a change of user ends it
    (``end_signing``).
    """

    user: User
    station: Station
    uow_factory: UowFactory
    slips: SlipPort
    database_text: str = ""
    signed_once: bool = False
    # The bench's test fixture (ui.device_bridge.FixtureBridge), None if none is configured.
    fixture: Any = field(default=None, repr=False)
    # The signing key copy a full signature arms for badge + PIN signatures; memory only.
    signing: SigningSession = field(default_factory=SigningSession, repr=False, compare=False)
    # Set by the main window: open an RMA's or unit's full history (rma_no, serial or None).
    open_history: Callable[[str, str | None], None] | None = field(default=None, repr=False)

    @property
    def actor(self) -> Actor:
        return self.user.actor()

    def uow(self) -> AbstractUnitOfWork:
        return self.uow_factory()

    @property
    def pin_signing(self) -> bool:
        """Whether the next signature may be badge + PIN: armed by this person's full
        signature in this session, and the person has a badge."""
        return bool(self.user.badge) and self.signing.armed_for(self.user.id)

    def end_signing(self) -> None:
        """The session of signing ends (idle lock, sign-out, user switch): the next signature
        is a full one again, and the key copy is wiped."""
        self.signed_once = False
        self.signing.wipe()
