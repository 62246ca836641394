"""The acting person, re-read in each use case's transaction; wrong signing passwords counted.

An ``Actor`` is what the caller says about who is acting (the GUI's session, the CLI's
``--as``). A use case never trusts its roles as given: ``current_actor`` reads the user again
inside the unit of work, so a user disabled, or a role taken away, since the session began
acts no more, and an Actor made up with roles the user does not have is refused.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from benchapp.domain.errors import AuthError, NotFound, Reason
from benchapp.domain.roles import Actor, Role
from benchapp.services.unit_of_work import AbstractUnitOfWork

# The reason code a SlipPort's error carries for a wrong signing password
# (benchapp.slips.errors.SlipErrorReason.WRONG_PASSWORD: services cannot import benchapp.slips,
# which imports services).
WRONG_PASSWORD = "wrong_password"
# A wrong badge or PIN at a signing prompt (domain.errors.Reason.SIGNATURE_PIN_WRONG).
WRONG_PIN = "signature_pin_wrong"

_F = TypeVar("_F", bound=Callable[..., Any])


def current_actor(uow: AbstractUnitOfWork, actor: Actor, *,
                  allowed: Iterable[Role] | None = None, action: str = "") -> Actor:
    """The acting user as the database has them now, inside the open unit of work.

    Raises NotFound for an actor that is no user, AuthError for a disabled user, and
    NotPermitted when ``allowed`` is given and the user (as stored) has none of those roles.
    The returned Actor carries the stored roles: pass it, not the caller's, to the domain.
    """
    if actor.user_id is None:
        raise NotFound(Reason.NOT_FOUND, what="user", key=actor.username)
    try:
        user = uow.users.get(actor.user_id)
    except NotFound:
        raise NotFound(Reason.NOT_FOUND, what="user", key=actor.username) from None
    if user.username != actor.username:
        # An id borrowed from someone else: no such person.
        raise NotFound(Reason.NOT_FOUND, what="user", key=actor.username)
    if user.disabled:
        raise AuthError(Reason.ACCOUNT_DISABLED, user=user.username)
    fresh = user.actor()
    if allowed is not None:
        fresh.require(allowed, action)
    return fresh


def refuse_locked_signer(uow: AbstractUnitOfWork, actor: Actor) -> None:
    """A locked account signs nothing: the lock-out must stop password guessing at a signing
    prompt (an unlocked screen left behind) as it stops it at login."""
    user = uow.users.get(actor.user_id or 0)
    if user.locked:
        raise AuthError(Reason.ACCOUNT_LOCKED, user=user.username)


def is_wrong_password(exc: BaseException) -> bool:
    """A wrong signing secret: the password, or a badge + PIN (both guesses to count)."""
    return str(getattr(exc, "reason", "")) in (WRONG_PASSWORD, WRONG_PIN)


def count_wrong_password(uow: AbstractUnitOfWork, actor: Actor, *,
                         method: str = "signing") -> None:
    """A wrong signing password counts toward the same lock-out as a wrong login, with the
    one atomic counter (services.users.count_failure: an SQL increment, so concurrent wrong
    passwords each count), and is logged, in its own transaction: the act's own transaction
    has rolled back. Raises AuthError once the account is locked."""
    # services.users imports this module (current_actor): import at call time.
    from benchapp.services.users import count_failure

    if actor.user_id is None:
        return
    with uow:
        try:
            user = uow.users.get(actor.user_id)
        except NotFound:
            return
    if count_failure(uow, user, method=method):
        raise AuthError(Reason.ACCOUNT_LOCKED, user=user.username)


def signed_act(use_case: _F) -> _F:
    """Decorate a use case ``(uow, actor, ...)`` that checks a signing password: a wrong one
    is counted and logged after the act rolled back, then the error goes on to the caller."""

    @functools.wraps(use_case)
    def run(uow: AbstractUnitOfWork, actor: Actor, *args: Any, **kwargs: Any) -> Any:
        try:
            return use_case(uow, actor, *args, **kwargs)
        except Exception as exc:
            if is_wrong_password(exc):
                count_wrong_password(uow, actor, method="signing_pin" if str(
                    getattr(exc, "reason", "")) == WRONG_PIN else "signing")
            raise

    return run  # type: ignore[return-value]
