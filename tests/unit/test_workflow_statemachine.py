"""Random legal and illegal operations; the workflow's invariants hold after every step."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from benchapp.domain.errors import DomainError, HandoverRefused
from benchapp.domain.handover import ROUTES, Refusal
from benchapp.domain.rma import NewRma, UnitState
from benchapp.domain.roles import Custody, Role, Station
from benchapp.domain.rules import Policy
from benchapp.services import slips as ss
from benchapp.services import workflow as wf
from tests.fakes import FakeUnitOfWork
from tests.workflow_helpers import PASSWORD, Bench
from tests.workflow_helpers import NFF_PANEL

# Where a unit in each state may physically be: exactly one custody, the right one.
CUSTODY_OF: dict[UnitState, set[Custody]] = {
    UnitState.RECEIVED: {Custody.RECEIVING},
    UnitState.AWAITING_SCREENING: {Custody.QC},
    UnitState.SCREENING_TESTED: {Custody.QC},
    UnitState.NFF_REVIEW: {Custody.QC},
    UnitState.TO_REWORK: {Custody.QC},
    UnitState.TO_REPAIR: {Custody.QC},
    UnitState.IN_REPAIR: {Custody.REPAIR},
    UnitState.ESCALATED: {Custody.QC, Custody.REPAIR},
    UnitState.REPAIRED: {Custody.REPAIR},
    UnitState.RETURNING: {Custody.REPAIR},
    UnitState.AWAITING_REINSPECTION: {Custody.QC},
    UnitState.OQC_PENDING: {Custody.QC},
    UnitState.READY_TO_PACK: {Custody.QC},
    UnitState.AT_PACKING: {Custody.PACKING},
    UnitState.PACKED: {Custody.PACKING},
    UnitState.READY_TO_SHIP: {Custody.RECEIVING},
    UnitState.SHIPPED: {Custody.CUSTOMER},
    UnitState.RETURNED_AS_IS: {Custody.CUSTOMER},
    UnitState.SCRAPPED: {Custody.SCRAP},
}

OPERATIONS = ["offer", "accept", "accept_short", "accept_wrong_station", "refuse", "test",
              "visual", "sign_form", "confirm", "no_confirm", "cff", "repair", "retest",
              "oqc", "pack", "ship", "return_as_is", "decide", "overdue"]

# The operation that moves a unit on from each state (what a bench would do next).
NEXT_OP = {
    UnitState.RECEIVED: "offer", UnitState.AWAITING_SCREENING: "test",
    UnitState.SCREENING_TESTED: "visual", UnitState.NFF_REVIEW: "decide",
    UnitState.TO_REWORK: "offer", UnitState.TO_REPAIR: "offer",
    UnitState.IN_REPAIR: "repair", UnitState.ESCALATED: "decide",
    UnitState.REPAIRED: "offer", UnitState.RETURNING: "offer",
    UnitState.AWAITING_REINSPECTION: "retest", UnitState.OQC_PENDING: "oqc",
    UnitState.READY_TO_PACK: "offer", UnitState.AT_PACKING: "pack", UnitState.PACKED: "offer",
    UnitState.READY_TO_SHIP: "ship",
}


class NothingToDo(Exception):
    """The drawn operation has nothing to act on (no open slip, no escalation)."""


class WorkflowMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.bench = Bench(FakeUnitOfWork(policy=Policy(max_rework_loops=2)))
        self.uow = self.bench.uow
        self.rma_nos: list[str] = []

    # -- helpers ---------------------------------------------------------------------------

    def _units(self):
        with self.uow:
            return [(r.rma_no, u) for r in self.uow.rmas.list() for u in r.units]

    def _snapshot(self):
        with self.uow:
            return [(r.rma_no, [(u.serial, u.state, u.custody, u.rework_loops) for u in r.units])
                    for r in self.uow.rmas.list()]

    def _run(self, fn) -> None:  # noqa: ANN001
        before = self._snapshot()
        commits = self.uow.commits
        try:
            fn()
        except NothingToDo:
            pass
        except HandoverRefused:
            assert self._snapshot() == before, "a refusal moved units"
        except DomainError:
            # A refused operation writes nothing at all.
            assert self.uow.commits == commits
            assert self._snapshot() == before

    # -- rules -----------------------------------------------------------------------------

    @precondition(lambda self: len(self.rma_nos) < 4)
    @rule(n=st.integers(1, 3), batch=st.booleans(), paid=st.booleans(),
          scanned=st.booleans())
    def receive(self, n: int, batch: bool, paid: bool, scanned: bool) -> None:
        serials = [f"SN{len(self.rma_nos)}-{i}" for i in range(n)] if scanned else []
        r = wf.receive_rma(self.uow, self.bench.business_clerk, NewRma(
            customer="客户", model="PCBA-X", declared_qty=n, counted_qty=n, complaint="故障",
            batch=batch, billing="paid" if paid else "warranty", serials=serials))
        self.rma_nos.append(r.rma_no)

    @rule(n=st.integers(-1, 2), dup=st.booleans())
    def receive_bad(self, n: int, dup: bool) -> None:
        serials = ["DUP", "DUP"] if dup else ["X\x00Y"]
        self._run(lambda: wf.receive_rma(self.uow, self.bench.business_clerk, NewRma(
            customer="c", model="m", declared_qty=n, counted_qty=max(n, 1) if dup else 1,
            complaint="x", serials=serials)))

    @precondition(lambda self: self.rma_nos)
    @rule(data=st.data())
    def act(self, data: st.DataObject) -> None:
        units = [(r, u) for r, u in self._units() if u.in_process] or self._units()
        rma_no, unit = data.draw(st.sampled_from(units))
        with self.uow:
            on_slip = bool(self.uow.handovers.open_slips([unit.serial]))
        legal = "accept" if on_slip else NEXT_OP.get(unit.state)
        op = data.draw(st.sampled_from(OPERATIONS)) if legal is None or data.draw(
            st.integers(0, 9)) < 2 else legal
        verdict = data.draw(st.sampled_from(["PASS", "FAIL"]))
        b, s = self.bench, unit.serial
        who = data.draw(st.sampled_from(list(Role)))
        anyone = b.people[who]

        def routes_from():
            return [(f, t) for (f, t), states in ROUTES.items()
                    if unit.state in states and f.value == unit.custody.value]

        def offer():
            options = routes_from() or list(ROUTES)
            frm, to = data.draw(st.sampled_from(options))
            right = {Station.RECEIVING: b.business_clerk, Station.QC: b.qc_lead,
                     Station.REPAIR: b.repair_engineer, Station.PACKING: b.packer}[frm]
            giver = right if data.draw(st.integers(0, 9)) else anyone
            peers = [u.serial for r, u in self._units() if r == rma_no and u.state == unit.state
                     and u.custody == unit.custody]
            chosen = data.draw(st.lists(st.sampled_from(peers), min_size=1, unique=True)) \
                if peers else [s]
            ss.hand_over(self.uow, giver, rma_no=rma_no, from_station=frm, to_station=to,
                         serials=chosen, declared_count=len(chosen), password=PASSWORD,
                         port=b.port)

        def open_slip():
            with self.uow:
                slips = self.uow.handovers.list(status="open")
            mine = [h for h in slips if s in h.serials]
            if mine:
                return mine[0]
            if not slips:
                raise NothingToDo
            return data.draw(st.sampled_from(slips))

        def receiver_for(station: Station):
            return {Station.QC: b.packer, Station.REPAIR: b.repair_engineer,
                    Station.PACKING: b.packer, Station.RECEIVING: b.business_clerk}[station]

        def accept(short=False, wrong=False):
            h = open_slip()
            station = Station.SUPERVISOR if wrong else h.to_station
            scanned = list(h.serials)[:-1] if short else list(h.serials)
            ss.receive(self.uow, receiver_for(h.to_station), slip_no=h.slip_no,
                       station=station, scanned=scanned, password=PASSWORD, port=b.port)

        def refuse():
            h = open_slip()
            ss.refuse(self.uow, receiver_for(h.to_station), slip_no=h.slip_no,
                      station=h.to_station, refusal=data.draw(st.sampled_from(list(Refusal))),
                      note="", counted=0, password=PASSWORD, port=b.port)

        def decide():
            with self.uow:
                escs = self.uow.escalations.list()
            if not escs:
                raise NothingToDo
            esc = data.draw(st.sampled_from(escs))
            from benchapp.domain.escalation import UNIT_DECIDERS, decisions_for

            decider = b.people[next(iter(UNIT_DECIDERS.get(esc.kind, {Role.QC_SUPERVISOR})))]
            decision = data.draw(st.sampled_from(decisions_for(esc.kind)))
            if esc.slip_no:
                with self.uow:
                    to = self.uow.handovers.get(esc.slip_no).to_station
                decider = {Station.REPAIR: b.production_supervisor,
                           Station.RECEIVING: b.tech_supervisor}.get(to, b.qc_supervisor)
            from datetime import date

            wf.decide_escalation(self.uow, decider, escalation_id=esc.id,
                                 participants=NFF_PANEL, decision=decision,
                                 reason="评审决定", replacement_serial="NEW-" + s,
                                 new_due_date=date(2027, 1, 1), password=PASSWORD, port=b.port)

        def sign_form():
            with self.uow:
                forms = [f for f in self.uow.rmas.get(rma_no).anomaly_forms if not f.signed]
            if not forms:
                raise NothingToDo
            wf.sign_anomaly_form(self.uow, b.oqc_inspector, rma_no=rma_no,
                                 form_no=forms[0].form_no, password=PASSWORD, port=b.port)

        ops = {
            "offer": offer,
            "accept": accept,
            "accept_short": lambda: accept(short=True),
            "accept_wrong_station": lambda: accept(wrong=True),
            "refuse": refuse,
            "test": lambda: wf.record_screening_test(self.uow, b.tester, rma_no=rma_no,
                                                     serial=s, verdict=verdict),
            "visual": lambda: wf.record_visual_inspection(
                self.uow, b.qc_lead, rma_no=rma_no, serial=s, verdict=verdict, defect="缺件",
                responsible_inspector_id=b.oqc_inspector.user_id),
            "sign_form": sign_form,
            "confirm": lambda: wf.confirm_due_date(self.uow, anyone, rma_no=rma_no, serial=s,
                                                   can_meet=True),
            "no_confirm": lambda: wf.confirm_due_date(self.uow, b.repair_engineer,
                                                      rma_no=rma_no, serial=s, can_meet=False),
            "cff": lambda: wf.cannot_find_fault(self.uow, b.repair_engineer, rma_no=rma_no,
                                                serial=s, note="无法复现"),
            "repair": lambda: b.repair(rma_no, s, data.draw(st.sampled_from(
                ["production", "inspection", "material", "design", "customer"]))),
            "retest": lambda: wf.record_reinspection_test(self.uow, b.tester, rma_no=rma_no,
                                                          serial=s, verdict=verdict,
                                                          password=PASSWORD, port=b.port),
            "oqc": lambda: wf.record_oqc(self.uow, b.oqc_inspector, rma_no=rma_no, serial=s,
                                         verdict=verdict, notes="划伤",
                                         password=PASSWORD, port=b.port),
            "pack": lambda: wf.pack_units(self.uow, anyone if who is Role.ADMIN else b.packer,
                                          rma_no=rma_no, serials=[s], counted=1),
            "ship": lambda: b.ship(rma_no, [s]),
            "return_as_is": lambda: wf.return_as_is(self.uow, b.business_clerk, rma_no=rma_no,
                                                    serial=s, reason="客户拒付"),
            "decide": decide,
            "overdue": lambda: (self.uow.clock.tick(hours=5),
                                wf.escalate_overdue_handovers(self.uow, b.qc_supervisor)),
        }
        self._run(ops[op])
        self.uow.clock.tick(seconds=30)

    # -- invariants ------------------------------------------------------------------------

    @invariant()
    def one_custody_each(self) -> None:
        if not hasattr(self, "uow"):
            return
        with self.uow:
            on_slips: dict[str, str] = {}
            for h in self.uow.handovers.list(status="open"):
                for s in h.serials:
                    assert s not in on_slips, f"{s} on two open slips"
                    on_slips[s] = h.slip_no
            for rma in self.uow.rmas.list():
                for u in rma.units:
                    assert u.custody in CUSTODY_OF[u.state], (u.serial, u.state, u.custody)

    @invariant()
    def quantities_conserved(self) -> None:
        if not hasattr(self, "uow"):
            return
        with self.uow:
            for rma in self.uow.rmas.list():
                c = rma.counts()
                assert c["received"] == rma.counted_qty
                assert c["received"] == (c["in_process"] + c["shipped"] + c["scrapped"]
                                         + c["returned_as_is"])
                assert (rma.status.value == "closed") == (c["in_process"] == 0)

    @invariant()
    def every_state_change_logged(self) -> None:
        if not hasattr(self, "uow"):
            return
        with self.uow:
            for rma in self.uow.rmas.list():
                log = self.uow.log.for_rma(rma.rma_no)
                assert all(e.actor_name and e.at and e.action for e in log)
                for u in rma.units:
                    chain = [e for e in log if e.serial == u.serial and e.to_state]
                    assert chain[0].from_state is None and chain[0].to_state == "received"
                    for a, b in zip(chain, chain[1:], strict=False):
                        assert a.to_state == b.from_state, (u.serial, a, b)
                    assert chain[-1].to_state == u.state.value


WorkflowMachine.TestCase.settings = settings(
    max_examples=60, stateful_step_count=60, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestWorkflow = WorkflowMachine.TestCase
