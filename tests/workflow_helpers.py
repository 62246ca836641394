"""A small bench of people and shortcuts that walk units through the flow (tests only).

Every handover and every signed act goes the one way the app has: signed slips
(services.slips) and signed acts with the person's password. The shop CA and each person's
signing certificate are made once per test run and installed in each new database (making
keys for a dozen people in every test would cost more than the tests)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from dataclasses import dataclass, field
from typing import Any

# Who took part in a no-fault-found decision (step 3a: QC with repair, production, tech and
# business); typed names, as for people outside the system.
NFF_PANEL = [("repair", "王工"), ("production", "赵组长"), ("tech", "孙工"), ("business", "张伟")]

from benchapp.domain.handover import Handover
from benchapp.domain.rma import NewRma, PartReplaced
from benchapp.domain.roles import Actor, Role, Station
from benchapp.domain.users import User
from benchapp.services import slips as slip_service
from benchapp.services import users as user_service
from benchapp.services import workflow as wf
from benchapp.services.unit_of_work import AbstractUnitOfWork

PASSWORD = "bench-pass-1"
CERTIFIED_SINCE = datetime(2000, 1, 1, tzinfo=UTC)
CA_PASS = "shop-ca-pass-1"
SHOP_NAME = "华强精密电子 售后维修部"

_port: Any = None
_cas: dict[type, Any] = {}
_credentials: dict[tuple[type, int, str, str, tuple[str, ...]], Any] = {}


def slip_port() -> Any:
    """One PdfSlips for the test run (it caches its fonts)."""
    global _port
    if _port is None:
        from benchapp.slips.port import PdfSlips

        _port = PdfSlips()
    return _port


def port_for(uow: AbstractUnitOfWork) -> Any:
    """Real PDF slips on a real database; the PDF-less FakeSlipPort with the fake unit of
    work (workflow unit tests walk hundreds of handovers; pyHanko is tested on its own)."""
    from tests.fakes import FakeSlipPort, FakeUnitOfWork

    return FakeSlipPort() if isinstance(uow, FakeUnitOfWork) else slip_port()


def enable_signing(uow: AbstractUnitOfWork, users: list[User], port: Any = None) -> None:
    """Install the run's shop CA (passphrase CA_PASS) and a signing certificate for each of
    ``users`` (unlocked by PASSWORD) in ``uow``'s database, made once per user per run."""
    port = port or port_for(uow)
    if type(port) not in _cas:
        _cas[type(port)] = port.create_ca(SHOP_NAME, CA_PASS)
    _ca = _cas[type(port)]
    from tests.fakes import FakeSlips, FakeUnitOfWork

    def install(slips: Any) -> None:
        if slips.ca() is None:
            slips.add_ca(SHOP_NAME, _ca, port.fingerprint(_ca.cert_pem))
        for user in users:
            assert user.id is not None
            if slips.credential(user.id) is not None:
                continue
            roles = tuple(sorted(r.value for r in user.roles))
            key = (type(port), user.id, user.username, user.display_name, roles)
            if key not in _credentials:
                _credentials[key] = port.issue(
                    _ca, CA_PASS, user_id=user.id, username=user.username,
                    display_name=user.display_name, roles=list(roles), password=PASSWORD)
            cred = _credentials[key]
            # The port reads the serial: a FakeSlipPort certificate (benchmarks on a real
            # database) is no X.509 for the repository to parse.
            slips.add_credential(user.id, cred, port.fingerprint(cred.cert_pem),
                                 serial=port.serial(cred.cert_pem))

    if isinstance(uow, FakeUnitOfWork):
        install(FakeSlips(uow.committed))  # set up, not a commit the tests count
        return
    # Issued "long ago": tests that write back-dated history (imports, the demo's way) hand
    # over at times before today, and a certificate must be current when it signs.
    before, uow.backdate = getattr(uow, "backdate", None), CERTIFIED_SINCE
    try:
        with uow:
            install(uow.slips)
            uow.commit()
    finally:
        uow.backdate = before


def hand_over(uow: AbstractUnitOfWork, giver: Actor, receiver: Actor | None, *, rma_no: str,
              serials: list[str], frm: Station, to: Station, port: Any = None) -> Handover:
    """A signed handover: the giver signs the slip; the receiver (if any) verifies, counts
    ``serials`` by scanning and countersigns."""
    port = port or port_for(uow)
    h = slip_service.hand_over(uow, giver, rma_no=rma_no, from_station=frm, to_station=to,
                               serials=list(serials), declared_count=len(serials),
                               password=PASSWORD, port=port)
    if receiver is not None:
        slip_service.receive(uow, receiver, slip_no=h.slip_no, station=to,
                             scanned=list(serials), password=PASSWORD, port=port)
    return h


def make_people(uow: AbstractUnitOfWork) -> dict[Role, Actor]:
    """Real users in a real database, one per role (the first is the bootstrap admin)."""
    admin = user_service.add_user(uow, None, username="admin", display_name="管理员",
                                  roles=["admin"], password=PASSWORD).actor()
    people = {Role.ADMIN: admin}
    for role in Role:
        if role is not Role.ADMIN:
            people[role] = user_service.add_user(
                uow, admin, username=role.value.replace("_", "")[:32], display_name=role.value,
                roles=[role.value], password=PASSWORD).actor()
    return people


@dataclass
class Bench:
    """One actor per role, with ids the way the database would hand them out."""

    uow: AbstractUnitOfWork
    people: dict[Role, Actor] = field(default_factory=dict)

    signing: bool = True  # install the shop CA and everyone's signing certificate
    # receive() without delivery arguments: each return is its own delivery of the units
    # returned (step 8 then rates an RMA's faulty units against its own size, as tests of
    # other areas expect a notice from a faulty return). delivery_no="" names none.
    delivery_numbers: Any = field(default_factory=lambda: itertools.count(1), repr=False)

    def __post_init__(self) -> None:
        from tests.fakes import FakeUnitOfWork

        if self.people:
            return
        if isinstance(self.uow, FakeUnitOfWork):
            # The fake needs the users to exist (an anomaly form names its inspector).
            users = []
            for i, role in enumerate(Role, start=1):
                user = User(username=role.value, display_name=role.value,
                            roles=frozenset({role}), password_hash="", id=i)
                self.uow.committed.users[i] = user
                self.people[role] = user.actor()
                users.append(user)
            self.uow.committed.ids = itertools.count(len(Role) + 1)
        else:
            self.people = make_people(self.uow)
            with self.uow:
                users = [self.uow.users.get(a.user_id) for a in self.people.values()]
        if self.signing:
            enable_signing(self.uow, users)

    @property
    def port(self) -> Any:
        return port_for(self.uow)

    def __getattr__(self, name: str) -> Actor:
        try:
            return self.people[Role(name)]
        except ValueError:
            raise AttributeError(name) from None

    # -- shortcuts ---------------------------------------------------------------------------

    def receive(self, n: int = 2, *, serials: list[str] | None = None, batch: bool = False,
                billing: str = "warranty", **delivery: Any) -> tuple[str, list[str]]:
        """``delivery``: NewRma's delivery_no, delivered_qty, ship_date, production_lot...;
        without a delivery_no, a delivery of its own of ``n`` units (see delivery_numbers)."""
        if "delivery_no" not in delivery:
            delivery = {"delivery_no": f"DN-T{next(self.delivery_numbers):05d}",
                        "delivered_qty": n, **delivery}
        form = NewRma(customer="深圳市华强电子有限公司", model="PCBA-MC200-V3",
                      declared_qty=n, counted_qty=n, complaint="上电无显示", batch=batch,
                      billing=billing, serials=list(serials or []), **delivery)
        r = wf.receive_rma(self.uow, self.business_clerk, form)
        return r.rma_no, r.serials

    def move(self, rma_no: str, serials: list[str], frm: Station, to: Station,
             giver: Actor, receiver: Actor) -> str:
        return hand_over(self.uow, giver, receiver, rma_no=rma_no, serials=serials, frm=frm,
                         to=to, port=self.port).slip_no

    def to_qc(self, rma_no: str, serials: list[str]) -> str:
        return self.move(rma_no, serials, Station.RECEIVING, Station.QC, self.business_clerk,
                         self.packer)

    def screen(self, rma_no: str, serial: str, test: str, visual: str) -> str:
        wf.record_screening_test(self.uow, self.tester, rma_no=rma_no, serial=serial,
                                 verdict=test)
        return wf.record_visual_inspection(
            self.uow, self.qc_lead, rma_no=rma_no, serial=serial, verdict=visual,
            defect="U12 虚焊" if visual == "FAIL" else "",
            responsible_inspector_id=self.oqc_inspector.user_id if visual == "FAIL" else None)

    def to_repair(self, rma_no: str, serials: list[str]) -> str:
        return self.move(rma_no, serials, Station.QC, Station.REPAIR, self.qc_lead,
                         self.repair_engineer)

    def repair(self, rma_no: str, serial: str, cause: str = "production") -> None:
        wf.confirm_due_date(self.uow, self.repair_engineer, rma_no=rma_no, serial=serial,
                            can_meet=True)
        wf.record_repair(self.uow, self.repair_engineer, rma_no=rma_no, serial=serial,
                         symptom="上电无显示", root_cause="U12 虚焊", cause_category=cause,
                         responsible_process="SMT贴片", responsible_department="生产部",
                         actions="补焊 U12", repair_minutes=35,
                         parts=[PartReplaced("U12", "STM32F103C8T6", 1, "L2406", "2424")])

    def back_to_qc(self, rma_no: str, serials: list[str]) -> str:
        return self.move(rma_no, serials, Station.REPAIR, Station.QC, self.repair_engineer,
                         self.tester)

    def reinspect(self, rma_no: str, serial: str, test: str = "PASS",
                  oqc: str | None = "PASS") -> None:
        wf.record_reinspection_test(self.uow, self.tester, rma_no=rma_no, serial=serial,
                                    verdict=test, password=PASSWORD, port=self.port)
        if test == "PASS" and oqc is not None:
            wf.record_oqc(self.uow, self.oqc_inspector, rma_no=rma_no, serial=serial,
                          verdict=oqc, notes="" if oqc == "PASS" else "外观划伤",
                          password=PASSWORD, port=self.port)

    def to_packing(self, rma_no: str, serials: list[str]) -> str:
        return self.move(rma_no, serials, Station.QC, Station.PACKING, self.oqc_inspector,
                         self.packer)

    def pack_and_return(self, rma_no: str, serials: list[str]) -> str:
        wf.pack_units(self.uow, self.packer, rma_no=rma_no, serials=serials,
                      counted=len(serials))
        return self.move(rma_no, serials, Station.PACKING, Station.RECEIVING, self.packer,
                         self.business_clerk)

    def ship(self, rma_no: str, serials: list[str]):  # noqa: ANN201
        return wf.ship_units(self.uow, self.business_clerk, rma_no=rma_no, serials=serials,
                             carrier="顺丰速运", tracking_no="SF1234567890", password=PASSWORD,
                             port=self.port)

    def sign_form(self, rma_no: str, form_no: str, signer: Actor | None = None) -> Any:
        return wf.sign_anomaly_form(self.uow, signer or self.oqc_inspector, rma_no=rma_no,
                                    form_no=form_no, password=PASSWORD, port=self.port)

    def decide(self, actor: Actor, escalation_id: int, decision: str, reason: str,
               **kwargs: Any) -> Any:
        kwargs.setdefault("participants", NFF_PANEL)  # required for NFF, kept for the others
        return wf.decide_escalation(self.uow, actor, escalation_id=escalation_id,
                                    decision=decision, reason=reason, password=PASSWORD,
                                    port=self.port, **kwargs)

    def full_repair(self, rma_no: str, serials: list[str], cause: str = "production") -> None:
        """Receive -> QC -> screening c -> repair -> re-inspection -> pack -> ship."""
        self.to_qc(rma_no, serials)
        for s in serials:
            self.screen(rma_no, s, "FAIL", "PASS")
        self.to_repair(rma_no, serials)
        for s in serials:
            self.repair(rma_no, s, cause)
        self.back_to_qc(rma_no, serials)
        for s in serials:
            self.reinspect(rma_no, s)
        self.to_packing(rma_no, serials)
        self.pack_and_return(rma_no, serials)
        self.ship(rma_no, serials)

    def state(self, rma_no: str, serial: str) -> str:
        with self.uow:
            return self.uow.rmas.get(rma_no).unit(serial).state.value

    def rma(self, rma_no: str):  # noqa: ANN201
        with self.uow:
            return self.uow.rmas.get(rma_no)
