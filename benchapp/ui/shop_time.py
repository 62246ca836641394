"""The shop's clock on screen: times are shown in the shop's time zone (the database's shop
setting, the zone the slips are printed in), not the zone of the PC the bench runs on."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

# Set once the database said which zone the shop keeps (at sign-in); until then, and for
# tests without a database, the PC's own zone.
_zone: list[tzinfo | None] = [None]


def set_zone(zone: tzinfo | None) -> None:
    _zone[0] = zone


def zone() -> tzinfo | None:
    return _zone[0]


def local(value: datetime) -> datetime:
    """``value`` (stored in UTC) on the shop's clock."""
    return value.astimezone(_zone[0])


def now() -> datetime:
    return datetime.now(_zone[0]) if _zone[0] is not None else datetime.now().astimezone()


def zone_text() -> str:
    """The shop's zone as an offset, "UTC+08:00": a label where a time could be mistaken."""
    offset = now().utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
