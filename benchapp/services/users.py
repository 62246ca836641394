"""User administration and login: argon2id hashes, five failures lock the account."""

from __future__ import annotations

from collections.abc import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from benchapp.domain.errors import AuthError, InvalidInput, NotFound, Reason
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor, Role, parse_roles
from benchapp.domain.users import (
    User,
    check_badge,
    check_display_name,
    check_password,
    check_pin,
    check_username,
)
from benchapp.services.actors import current_actor
from benchapp.services.unit_of_work import AbstractUnitOfWork

# argon2id with the library's RFC 9106 low-memory profile; verification cost ~50 ms here.
_hasher = PasswordHasher()

# Audit entries that belong to no RMA carry this marker in rma_no.
ADMIN_LOG = "-"

ADMIN_ROLES = frozenset({Role.ADMIN})
UNLOCK_ROLES = frozenset({Role.ADMIN, Role.QC_SUPERVISOR, Role.PRODUCTION_SUPERVISOR,
                          Role.TECH_SUPERVISOR})


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(hashed: str | None, secret: str) -> bool:
    if not hashed:
        return False
    try:
        return _hasher.verify(hashed, secret)
    except (VerificationError, InvalidHashError):
        return False


def _audit(uow: AbstractUnitOfWork, actor: Actor, action: str, **detail: object) -> None:
    uow.log.add(LogEntry(rma_no=ADMIN_LOG, action=action, actor_id=actor.user_id,
                         actor_name=actor.username, detail=dict(detail)))


def add_user(uow: AbstractUnitOfWork, actor: Actor | None, *, username: str, display_name: str,
             roles: Iterable[str], password: str, badge: str | None = None,
             pin: str | None = None) -> User:
    """Create a user. ``actor`` None is the bootstrap case: only when no user exists yet."""
    username = check_username(username)
    role_set = parse_roles(roles)
    if not role_set:
        raise InvalidInput(Reason.FIELD_REQUIRED, field="roles")
    check_password(password)
    badge = check_badge(badge)
    pin = check_pin(pin)
    if badge and not pin:
        raise InvalidInput(Reason.FIELD_REQUIRED, field="PIN (a badge needs one)")
    with uow:
        if actor is None:
            if uow.users.list():
                raise AuthError(Reason.ROLE_REQUIRED, user="(nobody)", action="add users",
                                roles="admin")
            actor = Actor(None, "bootstrap", ADMIN_ROLES)
        else:
            actor = current_actor(uow, actor)
        actor.require(ADMIN_ROLES, "add users")
        if uow.users.by_username(username) is not None:
            raise InvalidInput(Reason.USERNAME_TAKEN, user=username)
        if badge and uow.users.by_badge(badge) is not None:
            raise InvalidInput(Reason.BADGE_TAKEN, badge=badge)
        user = User(username=username, display_name=check_display_name(display_name),
                    roles=role_set, password_hash=hash_secret(password), badge=badge,
                    pin_hash=hash_secret(pin) if pin else None)
        uow.users.add(user)
        _audit(uow, actor, "user_added", username=username,
               roles=sorted(r.value for r in role_set))
        uow.commit()
        return user


def disable_user(uow: AbstractUnitOfWork, actor: Actor, username: str, *,
                 reason: str = "") -> User:
    """Disable an account: it signs in to nothing, and its signing certificate is superseded
    from now on (slips it signed before stay valid; nothing it signs after verifies)."""
    with uow:
        actor = current_actor(uow, actor, allowed=ADMIN_ROLES, action="disable users")
        user = _get(uow, username)
        was_disabled = user.disabled
        user.disabled = True
        superseded = uow.slips.supersede_credentials(user.id, uow.now()) if user.id else 0
        _audit(uow, actor, "user_disabled", username=username,
               old="disabled" if was_disabled else "enabled", new="disabled",
               reason=reason.strip(), certificates_superseded=superseded)
        uow.commit()
        return user


def unlock_user(uow: AbstractUnitOfWork, actor: Actor, username: str) -> User:
    with uow:
        actor = current_actor(uow, actor, allowed=UNLOCK_ROLES, action="unlock accounts")
        user = _get(uow, username)
        user.locked = False
        user.failed_logins = 0
        _audit(uow, actor, "user_unlocked", username=username)
        uow.commit()
        return user


def list_users(uow: AbstractUnitOfWork) -> list[User]:
    with uow:
        return uow.users.list()


def login(uow: AbstractUnitOfWork, username: str, password: str) -> User:
    return _login(uow, lambda: uow.users.by_username(username.strip()), password, username)


def login_badge(uow: AbstractUnitOfWork, badge: str, pin: str) -> User:
    return _login(uow, lambda: uow.users.by_badge(badge.strip().upper()), pin, badge,
                  use_pin=True)


def _login(uow: AbstractUnitOfWork, find, secret: str, who: str, *, use_pin: bool = False) -> User:
    with uow:
        user = find()
        if user is None:
            # Same message as a wrong password: do not tell which user names exist.
            raise AuthError(Reason.LOGIN_FAILED)
        user.check_can_log_in()
        ok = verify_secret(user.pin_hash if use_pin else user.password_hash, secret)
        actor = Actor(user.id, user.username, user.roles)
        if ok:
            user.login_succeeded()
            _audit(uow, actor, "login", method="badge" if use_pin else "password")
            uow.commit()
            return user
        locked_now = user.login_failed()
        _audit(uow, actor, "login_failed", attempts=user.failed_logins)
        if locked_now:
            _audit(uow, actor, "account_locked", attempts=user.failed_logins)
        uow.commit()
    if locked_now:
        raise AuthError(Reason.ACCOUNT_LOCKED, user=user.username)
    raise AuthError(Reason.LOGIN_FAILED)


def reset_password(uow: AbstractUnitOfWork, actor: Actor, username: str, password: str) -> User:
    """An administrator sets a new password; it also lifts a lock-out."""
    check_password(password)
    with uow:
        actor = current_actor(uow, actor, allowed=ADMIN_ROLES, action="reset passwords")
        user = _get(uow, username)
        user.password_hash = hash_secret(password)
        user.locked = False
        user.failed_logins = 0
        _audit(uow, actor, "password_reset", username=username)
        uow.commit()
        return user


def logout(uow: AbstractUnitOfWork, actor: Actor) -> None:
    """Sessions end in the audit trail too: who was at the bench, from when to when."""
    with uow:
        _audit(uow, actor, "logout")
        uow.commit()


def _get(uow: AbstractUnitOfWork, username: str) -> User:
    user = uow.users.by_username(username)
    if user is None:
        raise NotFound(Reason.NOT_FOUND, what="user", key=username)
    return user
