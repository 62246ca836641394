"""The shop's time zone between this PC's machine file and the shop database (issue 15 item 3).

IT writes the zone into each bench's machine file (`[shop] time_zone = "Asia/Shanghai"`) when it
installs benchapp. The database keeps the one zone every bench reads deadlines, reports and
slips in: a new database takes the machine file's zone the first time it is prepared
(`db upgrade`, the GUI's first start), before the working calendar is seeded with "this year"
on that clock; afterwards a machine file that says otherwise is reported, never obeyed, since
two benches on two clocks would disagree on what is late. An administrator changes the shop's
zone with `benchapp config set time_zone ZONE` (logged like every shop setting).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchapp import settings
from benchapp.domain.rma import LogEntry
from benchapp.domain.supervision import ADMIN_LOG
from benchapp.services.unit_of_work import AbstractUnitOfWork


@dataclass(frozen=True)
class ZoneCheck:
    machine: str  # the zone the machine file (or $BENCHAPP_TIME_ZONE) gives
    origin: str  # where that came from: the file's path or the variable
    database: str  # the shop database's zone after the check
    adopted: bool  # True: the database had none and now has the machine's

    @property
    def differs(self) -> bool:
        return self.machine != self.database

    def message(self) -> str:
        if self.adopted:
            return f"shop time zone set to {self.database} from {self.origin}"
        if self.differs:
            return (f"shop time zone: {self.origin} says {self.machine} but the shop database "
                    f"says {self.database}; the database's zone is used (change it with "
                    f"`benchapp config set time_zone ZONE --as ADMIN`, or correct the machine "
                    f"file)")
        return f"shop time zone {self.database} (as {self.origin} says)"


def adopt_machine_time_zone(uow: AbstractUnitOfWork, zone: str, *, origin: str) -> ZoneCheck:
    """Give a database without a shop zone the machine's ``zone``; compare with one that has.

    Runs before anyone signs in (the database is being prepared), so the log entry has no
    actor: its detail names the file it came from.
    """
    wanted, rows = settings.shop_setting(settings.TIME_ZONE.name, zone)
    with uow:
        stored = uow.shop_settings()
        current = settings.stored_zone_text(stored)
        if current is not None:
            return ZoneCheck(machine=wanted, origin=origin, database=current, adopted=False)
        for key, value in rows.items():
            uow.set_setting(key, value)
            uow.log.add(LogEntry(rma_no=ADMIN_LOG, action="setting_changed", actor_id=None,
                                 actor_name=None,
                                 detail={"key": key, "value": value, "old": None, "new": value,
                                         "reason": f"from the machine configuration {origin}"}))
        uow.commit()
    return ZoneCheck(machine=wanted, origin=origin, database=wanted, adopted=True)


def check_machine_time_zone(uow: Callable[[], AbstractUnitOfWork],
                            machine: settings.MachineFile | None = None) -> ZoneCheck | None:
    """adopt_machine_time_zone with this PC's zone, or None when the PC names none.

    ``uow`` makes the unit of work only when there is a zone to check: the GUI's start does
    not load the ORM before the sign-in window for PCs whose machine file names none.
    """
    resolved = settings.resolve(settings.MACHINE_TIME_ZONE,
                                machine=machine if machine is not None else settings.MachineFile())
    if not resolved.value:
        return None
    return adopt_machine_time_zone(uow(), resolved.value, origin=resolved.origin)
