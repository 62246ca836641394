"""Users, their roles and the login lock-out rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from benchapp.domain.errors import AuthError, InvalidInput, Reason
from benchapp.domain.roles import Actor, Role
from benchapp.domain.rules import clean_text

MAX_FAILED_LOGINS = 5
MIN_PASSWORD_LEN = 8
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{2,32}$")
BADGE_RE = re.compile(r"^BADGE-[A-Z0-9]{1,32}$")
PIN_RE = re.compile(r"^[0-9]{4,8}$")


@dataclass
class User:
    username: str
    display_name: str
    roles: frozenset[Role]
    password_hash: str
    badge: str | None = None
    pin_hash: str | None = None
    failed_logins: int = 0
    locked: bool = False
    disabled: bool = False
    # Set by an administrator's reset: the one-time password only lets the user sign in and
    # choose their own; nothing can be signed until then.
    must_change_password: bool = False
    password_changed_at: datetime | None = None
    id: int | None = None
    version: int = 0

    def actor(self) -> Actor:
        return Actor(user_id=self.id, username=self.username, roles=self.roles)

    def check_can_log_in(self) -> None:
        if self.disabled:
            raise AuthError(Reason.ACCOUNT_DISABLED, user=self.username)
        if self.locked:
            raise AuthError(Reason.ACCOUNT_LOCKED, user=self.username)

    def check_can_sign(self) -> None:
        """Who may unlock their signing key: enabled, not locked, not on a one-time password."""
        self.check_can_log_in()
        if self.must_change_password:
            raise AuthError(Reason.PASSWORD_CHANGE_REQUIRED, user=self.username)

    def password_expired(self, now: datetime, max_age_days: int) -> bool:
        """The shop's ageing rule (0 = off): an old password must be changed at sign-in."""
        if max_age_days <= 0 or self.password_changed_at is None:
            return False
        return now - self.password_changed_at > timedelta(days=max_age_days)

    def login_failed(self) -> bool:
        """Count a failed attempt; return True when this attempt locked the account."""
        self.failed_logins += 1
        if self.failed_logins >= MAX_FAILED_LOGINS and not self.locked:
            self.locked = True
            return True
        return False

    def login_succeeded(self) -> None:
        self.failed_logins = 0


def check_username(name: str) -> str:
    name = name.strip()
    if not USERNAME_RE.match(name):
        raise InvalidInput(Reason.VALUE_INVALID, value=name, field="user name",
                           allowed="2-32 letters, digits, '.', '_' or '-'")
    return name


def check_password(password: str, *, username: str = "",
                   common: frozenset[str] = frozenset(),
                   min_length: int = MIN_PASSWORD_LEN) -> str:
    """The password policy: long enough, not a common password, not the user name.

    ``common`` is the lower-cased list of refused passwords (services load it from
    resources/passwords); the comparison ignores case, as guessing tools do.
    """
    if len(password) < min_length:
        raise InvalidInput(Reason.PASSWORD_TOO_SHORT, limit=min_length)
    folded = password.strip().casefold()
    if username and folded == username.strip().casefold():
        raise InvalidInput(Reason.PASSWORD_IS_USERNAME)
    if folded in common:
        raise InvalidInput(Reason.PASSWORD_COMMON)
    return password


def check_badge(badge: str | None) -> str | None:
    if badge is None or not badge.strip():
        return None
    badge = badge.strip().upper()
    if not BADGE_RE.match(badge):
        raise InvalidInput(Reason.VALUE_INVALID, value=badge, field="badge",
                           allowed="BADGE- followed by 1-32 letters or digits")
    return badge


def check_pin(pin: str | None) -> str | None:
    if pin is None or pin == "":
        return None
    if not PIN_RE.match(pin):
        raise InvalidInput(Reason.PIN_INVALID)
    return pin


def check_display_name(name: str) -> str:
    return clean_text(name, "display name", required=True, limit=100)
