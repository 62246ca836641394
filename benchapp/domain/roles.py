"""People, roles and stations (WORKFLOW.md "People and stations")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from benchapp.domain.errors import InvalidInput, NotPermitted, Reason


class Role(StrEnum):
    BUSINESS_CLERK = "business_clerk"  # 业务员
    PACKER = "packer"  # 包装员 (QC intake and packing)
    QC_LEAD = "qc_lead"  # 品质组长
    TESTER = "tester"  # 测试员
    OQC_INSPECTOR = "oqc_inspector"
    QC_SUPERVISOR = "qc_supervisor"  # 品质主管
    REPAIR_ENGINEER = "repair_engineer"  # 维修工程师
    PRODUCTION_LEAD = "production_lead"  # 班组长 (rework)
    PRODUCTION_SUPERVISOR = "production_supervisor"  # 生产主管
    TECH_SUPERVISOR = "tech_supervisor"  # 技术主管
    MANAGER = "manager"  # read-only reports
    ADMIN = "admin"  # users and settings; no workflow steps


class Station(StrEnum):
    RECEIVING = "receiving"  # Receiving & Shipping, 业务部
    QC = "qc"  # 品质部
    REPAIR = "repair"  # 生产部
    PACKING = "packing"  # 品质部 packer
    SUPERVISOR = "supervisor"  # 技术部 / 总经办


class Custody(StrEnum):
    """Who holds a unit. Stations plus the two places a unit leaves the shop to."""

    RECEIVING = "receiving"
    QC = "qc"
    REPAIR = "repair"
    PACKING = "packing"
    CUSTOMER = "customer"
    SCRAP = "scrap"


STATION_ROLES: dict[Station, frozenset[Role]] = {
    Station.RECEIVING: frozenset({Role.BUSINESS_CLERK}),
    Station.QC: frozenset(
        {Role.PACKER, Role.QC_LEAD, Role.TESTER, Role.OQC_INSPECTOR, Role.QC_SUPERVISOR}
    ),
    Station.REPAIR: frozenset(
        {Role.REPAIR_ENGINEER, Role.PRODUCTION_LEAD, Role.PRODUCTION_SUPERVISOR}
    ),
    Station.PACKING: frozenset({Role.PACKER}),
    Station.SUPERVISOR: frozenset(
        {Role.TECH_SUPERVISOR, Role.MANAGER, Role.QC_SUPERVISOR, Role.PRODUCTION_SUPERVISOR}
    ),
}


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise InvalidInput(
            Reason.UNKNOWN_ROLE, role=text, known=", ".join(r.value for r in Role)
        ) from None


def parse_roles(texts: Iterable[str]) -> frozenset[Role]:
    return frozenset(parse_role(t) for t in texts)


def stations_for(roles: Iterable[Role]) -> list[Station]:
    """Stations a person may work at, in workflow order."""
    have = set(roles)
    return [s for s in Station if STATION_ROLES[s] & have]


@dataclass(frozen=True)
class Actor:
    """The signed-in person on whose behalf an operation runs. None user_id = the system."""

    user_id: int | None
    username: str
    roles: frozenset[Role]

    def require(self, allowed: Iterable[Role], action: str) -> None:
        # Every operation checks the caller's role itself, not only the GUI.
        allowed = frozenset(allowed)
        if not (self.roles & allowed):
            raise NotPermitted(
                Reason.ROLE_REQUIRED,
                user=self.username,
                action=action,
                roles=", ".join(sorted(r.value for r in allowed)),
            )

    def require_station(self, station: Station, action: str) -> None:
        self.require(STATION_ROLES[station], action)


SYSTEM = Actor(user_id=None, username="system", roles=frozenset())
