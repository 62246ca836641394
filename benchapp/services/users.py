"""User administration and login: argon2id hashes, five failures lock the account.

Wrong passwords, at the login or when unlocking a signing key (services.actors.signed_act),
count toward one lock-out with an atomic increment in SQL, each in its own transaction, so
every attempt is counted and logged however many benches try at once.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import RFC_9106_LOW_MEMORY

from benchapp.domain.errors import AuthError, Conflict, InvalidInput, NotFound, Reason
from benchapp.domain.rma import LogEntry
from benchapp.domain.roles import Actor, Role, parse_roles
from benchapp.domain.users import (
    MAX_FAILED_LOGINS,
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
# Signing keys are wrapped at a cost no lower (benchapp.slips.ca.KEY_KDF).
_hasher = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)

# One-time passwords: 12 characters from an alphabet without look-alikes (0/O, 1/l/I), about
# 66 bits, printed once for the administrator to hand over.
_OTP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

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


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The refused common passwords (resources/passwords/*.txt), lower-cased."""
    from benchapp.resources import resource

    folder = resource("passwords")
    words: set[str] = set()
    for path in sorted(folder.glob("*.txt")):
        words.update(line.strip().casefold() for line in
                     path.read_text(encoding="utf-8").splitlines() if line.strip())
    return frozenset(words)


def check_new_password(uow: AbstractUnitOfWork, password: str, username: str) -> str:
    """The shop's password policy (length set by the shop, not common, not the user name)."""
    from benchapp import settings

    with uow:
        min_length = settings.shop_values(uow.shop_settings(), ["password_min_length"])[
            "password_min_length"]
    return check_password(password, username=username, common=common_passwords(),
                          min_length=min_length)


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
    check_new_password(uow, password, username)
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
                    pin_hash=hash_secret(pin) if pin else None,
                    password_changed_at=uow.now())
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
    method = "badge" if use_pin else "password"
    with uow:
        user = find()
        if user is None:
            # Same message as a wrong password: do not tell which user names exist.
            raise AuthError(Reason.LOGIN_FAILED)
        try:
            user.check_can_log_in()
        except AuthError as refused:
            # Attempts on a locked or disabled account are logged too (not counted again).
            _audit(uow, user.actor(), "login_refused", reason=refused.reason.value,
                   method=method)
            uow.commit()
            raise
        if verify_secret(user.pin_hash if use_pin else user.password_hash, secret):
            user.login_succeeded()
            _audit(uow, user.actor(), "login", method=method)
            uow.commit()
            return user
    # The failure is counted in a transaction of its own, with an atomic increment.
    if count_failure(uow, user, method=method):
        raise AuthError(Reason.ACCOUNT_LOCKED, user=user.username)
    raise AuthError(Reason.LOGIN_FAILED)


def count_failure(uow: AbstractUnitOfWork, user: User, *, method: str) -> bool:
    """Count one wrong password (login or signing key) and log it, in its own transaction.

    Returns True when this attempt locked the account."""
    with uow:
        attempts, locked_now = uow.users.count_failure(user.id or 0, MAX_FAILED_LOGINS)
        actor = user.actor()
        _audit(uow, actor, "signature_failed" if method.startswith("signing")
               else "login_failed",
               method=method, attempts=attempts)
        if locked_now:
            _audit(uow, actor, "account_locked", attempts=attempts)
        uow.commit()
    user.failed_logins = attempts
    user.locked = user.locked or attempts >= MAX_FAILED_LOGINS
    return locked_now


def must_change_password(uow: AbstractUnitOfWork, user: User) -> bool:
    """After a reset (one-time password) or when the shop's password ageing says so, the
    user must choose a new password before doing anything else."""
    if user.must_change_password:
        return True
    from benchapp import settings

    with uow:
        max_age = settings.shop_values(uow.shop_settings(), ["password_max_age_days"])[
            "password_max_age_days"]
        return user.password_expired(uow.now(), max_age)


def reset_password(uow: AbstractUnitOfWork, actor: Actor, username: str) -> str:
    """An administrator resets a password: returns a one-time password, shown once.

    It only lets the user sign in and choose their own password (change_password). The
    user's signing certificate is superseded now, so until they have chosen a password and
    an administrator has certified the key they created under it (services.slips
    .issue_pending), they cannot sign: the administrator never knows a password that signs.
    It also lifts a lock-out."""
    one_time = "".join(secrets.choice(_OTP_ALPHABET) for _ in range(12))
    with uow:
        actor = current_actor(uow, actor, allowed=ADMIN_ROLES, action="reset passwords")
        user = _get(uow, username)
        user.password_hash = hash_secret(one_time)
        user.must_change_password = True
        user.password_changed_at = uow.now()
        user.locked = False
        user.failed_logins = 0
        ended = uow.slips.supersede_credentials(user.id or 0, uow.now())
        uow.slips.set_pending_key(user.id or 0, None)
        _audit(uow, actor, "password_reset", username=username, one_time_password=True,
               certificates_superseded=ended)
        uow.commit()
    return one_time


def change_password(uow: AbstractUnitOfWork, username: str, old_password: str,
                    new_password: str, port) -> str:
    """The user chooses their own password (with the current or one-time password).

    After a reset, a new signing key is created under the chosen password and waits for the
    shop CA's certificate; otherwise the existing key is re-wrapped under the new password.
    Returns "pending_certificate", "key_rewrapped" or "no_key"."""
    user = login(uow, username, old_password)  # a wrong old password counts as a failed login
    check_new_password(uow, new_password, user.username)
    if new_password == old_password:
        raise InvalidInput(Reason.VALUE_INVALID, value="(hidden)", field="new password",
                           allowed="a password different from the current one")
    # The key work (argon2id) happens before the transaction that stores it.
    with uow:
        current = uow.slips.credential(user.id or 0)
    if user.must_change_password:
        public_pem, wrapped = port.new_key(new_password)
        outcome = "pending_certificate"
    elif current is not None:
        wrapped = port.rewrap(current.encrypted_key_pem, old_password, new_password)
        outcome = "key_rewrapped"
    else:
        outcome = "no_key"
    with uow:
        stored = _get(uow, user.username)
        if stored.password_hash != user.password_hash:  # reset meanwhile: start again
            raise Conflict(Reason.CONFLICT, what=f"user {username}", by="")
        stored.password_hash = hash_secret(new_password)
        stored.must_change_password = False
        stored.password_changed_at = uow.now()
        if outcome == "pending_certificate":
            uow.slips.set_pending_key(stored.id or 0, public_pem, wrapped)
        elif outcome == "key_rewrapped":
            uow.slips.replace_key(stored.id or 0, port.fingerprint(current.cert_pem), wrapped)
        _audit(uow, stored.actor(), "password_changed", username=stored.username,
               signing_key=outcome)
        uow.commit()
    return outcome


def record_archive_read(uow: AbstractUnitOfWork, actor: Actor, *, what: str,
                        **detail: object) -> None:
    """Reading the archive is controlled (seed 001 八(三)): who read or exported what goes into
    the log before the data leaves. The reader is re-read: a disabled or locked account reads
    nothing."""
    with uow:
        uow.users.get(actor.user_id or 0).check_can_log_in()
        _audit(uow, actor, "archive_read", what=what, **detail)
        uow.commit()


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
