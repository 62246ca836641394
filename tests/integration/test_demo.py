"""The demo loader on both backends: the whole workflow is there, and it loads only once."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc
from benchapp.demo import DEMO_PASSWORD, DEMO_PIN, DEMO_USERS, DemoRefused, load_demo
from benchapp.domain.rma import EscalationKind, RmaStatus, UnitState
from benchapp.domain.roles import Role
from benchapp.services import users


def _rows(uow_factory, stmt):
    uow = uow_factory()
    with uow:
        assert uow.session is not None
        return list(uow.session.execute(stmt).all())


def _snapshot(engine) -> dict[str, object]:
    """Row counts of every table, plus the document-number counters themselves."""
    with engine.connect() as conn:
        snap: dict[str, object] = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in m.Base.metadata.sorted_tables}
        snap["counter values"] = conn.execute(
            select(m.CounterRow.kind, m.CounterRow.value).order_by(m.CounterRow.kind)).all()
    return snap


def test_demo_covers_the_workflow_and_loads_only_once(engine, uow_factory):
    # One load per backend serves every check: a load takes several seconds.
    uow = uow_factory()
    with uow:
        started = uow.now()
    calls: list[tuple[int, int, str]] = []
    summary = load_demo(engine, progress=lambda done, total, text: calls.append(
        (done, total, text)))
    with uow:
        finished = uow.now()

    _check_content(uow_factory, summary, calls, started, finished)
    _check_slips(uow_factory, summary)
    _check_photos(uow_factory, started)
    _check_clusters(uow_factory)

    # The documented accounts sign in, by password and by badge.
    clerk = users.login(uow_factory(), "clerk", DEMO_PASSWORD)
    assert Role.BUSINESS_CLERK in clerk.roles
    assert users.login_badge(uow_factory(), "BADGE-0002", DEMO_PIN).username == "clerk"
    assert users.login_badge(uow_factory(), "badge-0012", DEMO_PIN).username == "manager"

    # A second load is refused and writes nothing, not even a document number.
    before = _snapshot(engine)
    with pytest.raises(DemoRefused):
        load_demo(engine)
    assert _snapshot(engine) == before


def _check_warranty(uow_factory, rmas) -> None:
    """Issue 17.2: the demo's terms put some units in warranty, some out, some unknown, and
    the clerk's overrides carry their reasons."""
    statuses, overrides = Counter(), []
    with uow_factory() as uow:
        for rma in rmas:
            for e in uow.log.for_rma(rma.rma_no):
                if e.action == "unit_received":
                    statuses[e.detail.get("warranty")] += 1
                elif e.action == "billing_overridden":
                    overrides.append((rma.billing.value, e.detail))
    assert statuses["in_warranty"] and statuses["out_of_warranty"] and statuses["unknown"]
    assert len(overrides) == 3 and all(d["reason"] and d["billing"] == billing
                                       for billing, d in overrides)


def _check_content(uow_factory, summary, calls, started, finished) -> None:
    uow = uow_factory()
    with uow:
        people = uow.users.list()
        rmas = uow.rmas.list()
        escalations = uow.escalations.list(status=None)
        handovers = uow.handovers.list()

    # One person per role, with the documented accounts and badges in order.
    assert {r for u in people for r in u.roles} == set(Role)
    assert [(u.username, u.badge) for u in people] == [
        (name, f"BADGE-{i:04d}") for i, (name, _, _) in enumerate(DEMO_USERS, start=1)]

    assert len(rmas) >= 30
    _check_warranty(uow_factory, rmas)
    units = [(rma, u) for rma in rmas for u in rma.units]
    states = Counter(u.state for _, u in units)
    # Every stage of the flow, terminal or not, has at least one unit to show.
    assert set(states) == set(UnitState), set(UnitState) - set(states)

    # Quantities are conserved in every RMA: received = in process + the three exits.
    for rma in rmas:
        c = rma.counts()
        assert c["received"] == rma.counted_qty == (
            c["in_process"] + c["shipped"] + c["scrapped"] + c["returned_as_is"]), rma.rma_no
        assert (rma.status is RmaStatus.CLOSED) == (c["in_process"] == 0), rma.rma_no

    # A refused handover (count mismatch), re-offered and accepted with the same units.
    refused = [h for h in handovers if h.status.value == "refused"]
    assert any(h.refusal is not None and h.refusal.value == "count_mismatch" for h in refused)
    for h in refused:
        assert any(o.status.value == "accepted" and o.rma_no == h.rma_no
                   and set(o.serials) == set(h.serials) and o.slip_no > h.slip_no
                   and (o.from_station, o.to_station) == (h.from_station, h.to_station)
                   for o in handovers), h.slip_no
    disputes = [e for e in escalations if e.kind is EscalationKind.DISPUTED_HANDOVER]
    assert len(disputes) == len(refused)

    # No fault found: one decided by the QC supervisor, one still waiting.
    nff = [e for e in escalations if e.kind is EscalationKind.NFF]
    assert {e.status for e in nff} == {"open", "decided"}
    qcsup = next(u.id for u in people if Role.QC_SUPERVISOR in u.roles)
    assert all(e.decided_by == qcsup and e.decision_reason for e in nff if e.status == "decided")
    assert {e.kind for e in escalations if e.status == "open"} >= {
        EscalationKind.NFF, EscalationKind.CANNOT_FIND_FAULT, EscalationKind.DUE_DATE}

    # The batch RMA skipped screening and the line reworked the whole lot.
    batch = [rma for rma in rmas if rma.batch]
    assert batch
    batch_unit_ids = [u.id for rma in batch for u in rma.units]
    assert not _rows(uow_factory, select(m.ScreeningRow.id).where(
        m.ScreeningRow.unit_id.in_(batch_unit_ids)))
    shipped_batch = [rma for rma in batch if rma.status is RmaStatus.CLOSED]
    assert shipped_batch
    for rma in shipped_batch:
        kinds = _rows(uow_factory, select(m.RepairRecordRow.unit_id, m.RepairRecordRow.kind)
                      .where(m.RepairRecordRow.unit_id.in_([u.id for u in rma.units])))
        assert {uid for uid, _ in kinds} == {u.id for u in rma.units}
        assert {kind for _, kind in kinds} == {"rework"}

    # Rework loops, and one unit past the limit escalated to the production supervisor.
    assert max(u.rework_loops for _, u in units) > 0
    limit = [e for e in escalations if e.kind is EscalationKind.REWORK_LIMIT]
    assert limit
    prodsup = next(u.id for u in people if Role.PRODUCTION_SUPERVISOR in u.roles)
    assert all(e.decided_by == prodsup for e in limit if e.status == "decided")

    # Scrap and replace: the replacement board shipped with the RMA's other units.
    replaced = [(rma, u) for rma, u in units if u.disposition is not None
                and u.disposition.value == "replaced"]
    assert replaced
    for rma, u in replaced:
        assert u.state is UnitState.SCRAPPED and u.replacement_serial
        notes = _rows(uow_factory, select(m.ShippingNoteRow.replacements)
                      .join(m.RmaRow).where(m.RmaRow.rma_no == rma.rma_no))
        assert any(u.replacement_serial in r for (r,) in notes)

    # A customer-paid unit went back as-is.
    assert any(rma.billing.value == "paid" and u.state is UnitState.RETURNED_AS_IS
               for rma, u in units)

    # A repeat return: a serial back in a later RMA, flagged on receipt.
    by_serial: dict[str, list] = {}
    for rma, u in units:
        by_serial.setdefault(u.serial, []).append((rma.rma_no, u.repeat_count))
    repeats = [v for v in by_serial.values() if len(v) > 1]
    assert repeats
    for seen in repeats:
        assert sorted(count for _, count in seen) == list(range(len(seen)))

    # Step 8 fired for a few deliveries (not for most returns: deliveries are hundreds to
    # thousands of boards), each notice against its delivery, only for non-customer causes.
    notices = _rows(uow_factory, select(m.ComplaintNoticeRow.causes,
                                        m.ComplaintNoticeRow.delivery_no,
                                        m.ComplaintNoticeRow.delivered_qty,
                                        m.ComplaintNoticeRow.non_customer_units))
    assert 3 <= len(notices) <= 5 < summary.rmas
    assert all(set(c) <= {"production", "inspection", "material", "design"} and c
               for c, *_ in notices)
    assert all(no and units / qty >= 0.005 for _, no, qty, units in notices)
    # One notice per delivery at a time: a delivery gets a second one only for units that
    # came back after its first was closed (the demo's repeat return of DX-SO-2607-0412).
    spans = _rows(uow_factory, select(m.ComplaintNoticeRow.delivery_no,
                                      m.ComplaintNoticeRow.raised_at,
                                      ms.ComplaintWorkRow.closed_at)
                  .outerjoin(ms.ComplaintWorkRow,
                             ms.ComplaintWorkRow.notice_id == m.ComplaintNoticeRow.id)
                  .order_by(m.ComplaintNoticeRow.id))
    last: dict[str, object] = {}
    for no, raised, closed in spans:
        if no in last:
            assert last[no] is not None and last[no] <= raised, (no, raised)
        last[no] = closed
    assert len(last) >= 3
    quantities = _rows(uow_factory, select(m.DeliveryRow.delivered_qty))
    assert all(q is None or 100 <= q <= 10_000 for (q,) in quantities)
    assert any(q is None for (q,) in quantities)  # and a delivery whose rule cannot be evaluated
    assert all(lot for (lot,) in _rows(uow_factory, select(m.UnitRow.production_lot)
                                       .join(m.RmaRow)
                                       .where(m.UnitRow.serial_generated.is_(False))))

    # Shipped RMAs carry repair records from at least 10 of the last 12 weeks, and in each
    # RMA the receipt comes before its repairs and the repairs before shipping.
    shipped = _rows(uow_factory, select(m.RmaRow.id, m.RmaRow.received_at,
                                        func.min(m.ShippingNoteRow.shipped_at))
                    .join(m.ShippingNoteRow).group_by(m.RmaRow.id, m.RmaRow.received_at))
    assert len(shipped) == summary.shipped_rmas >= 12
    weeks = set()
    for rma_id, received_at, shipped_at in shipped:
        done = [as_utc(t) for (t,) in _rows(uow_factory, select(m.RepairRecordRow.completed_at)
                                           .join(m.UnitRow).where(m.UnitRow.rma_id == rma_id))]
        for t in done:
            assert as_utc(received_at) < t < as_utc(shipped_at)
            if t >= started - timedelta(weeks=12):
                weeks.add(t.isocalendar()[:2])
    assert len(weeks) >= 10, sorted(weeks)

    # Repair records look like the shop's: categories, responsibility, parts with lots.
    records = _rows(uow_factory, select(m.RepairRecordRow.cause_category,
                                        m.RepairRecordRow.responsible_department))
    assert {c for c, _ in records} == {"production", "inspection", "material", "design",
                                       "customer", "nff"}
    parts = _rows(uow_factory, select(m.RepairPartRow.ref_des, m.RepairPartRow.lot,
                                      m.RepairPartRow.date_code))
    assert parts and all(ref and lot and len(dc) == 4 for ref, lot, dc in parts)

    # The history reads in calendar order: log ids follow time, none lies in the future.
    log = _rows(uow_factory, select(m.TrackingLogRow.occurred_at).order_by(m.TrackingLogRow.id))
    times = [as_utc(t) for (t,) in log]
    assert times == sorted(times)
    # The stories still under way end at the load's own present (after `started`, before
    # `finished`): a step that working hours would push later waits at the present.
    assert started - timedelta(weeks=14) < times[0] and times[-1] <= finished

    # The quality loop (steps 8-10): notices and corrective actions in every state, and the
    # Overdue tab holds only what is really late: no return waits for its first call and no
    # shipment for its follow-up; only the notices nobody finished are late.
    from benchapp.services import supervision as sv

    cases = sv.complaint_cases(uow_factory())
    assert {c.status.value for c in cases} == {"open", "in_progress", "reported", "closed"}
    assert {a.status.value for a in sv.corrective_actions(uow_factory())} == {
        "open", "implemented", "closed"}
    assert any(c.severity.value == "major" and c.status.value == "closed" for c in cases)
    unfinished = {c.notice_no for c in cases if c.status.value != "closed"}
    late = sv.overdue_items(uow_factory())
    assert late and all(i.kind.value in ("complaint_contact", "complaint_report",
                                         "complaint_closure") and i.ref in unfinished
                        for i in late), [(i.kind.value, i.ref) for i in late]

    # The summary tells the truth.
    assert summary.users == len(people) == len(DEMO_USERS)
    assert summary.rmas == len(rmas)
    assert summary.units == len(units)
    assert summary.handovers == len(handovers)
    assert summary.refusals == len(refused)
    assert summary.escalations == len(escalations)
    assert summary.repair_records == len(records)

    # Progress counts up to its total, one call per user and per RMA.
    assert [done for done, _, _ in calls] == list(range(1, len(calls) + 1))
    assert {total for _, total, _ in calls} == {len(calls)} == {len(DEMO_USERS) + len(rmas)}
    assert all(text for _, _, text in calls)


def _check_clusters(uow_factory) -> None:
    """Issue 17.1: the supervisor's cluster signal has something to show. The reflow oven ran
    cold one month: three models' boards of that date code come back from three customers
    with the same cause within days."""
    from benchapp.services import trace

    found = trace.clusters(uow_factory())
    assert found, "the demo shows no cluster"
    # (Other boards' build months are drawn at random: another may join, or form its own.)
    [reflow] = [c for c in found if c.by == "date_code" and c.cause.code == "C-REFLOW"]
    assert reflow.units >= 3 and len(reflow.serials) == reflow.units
    assert reflow.cause.category == "production"
    models = {serial.split("-")[0] for serial in reflow.serials}
    assert len(models) >= 3  # CHG60, GW10, BMS16: not one customer's batch
    customers = {v.customer for s in reflow.serials
                 for v in trace.trace_unit(uow_factory(), s).visits}
    assert len(customers) >= 3


def _check_slips(uow_factory, summary) -> None:
    """Every demo handover left a signed slip a new user can open and verify at once."""
    from benchapp.services import slips as ss
    from benchapp.slips.port import PdfSlips

    records = ss.list_slips(uow_factory())
    assert len(records) == summary.handovers
    assert {r.state for r in records} == {"given", "received", "refused"}
    refused = [r for r in records if r.state == "refused"]
    assert len(refused) == summary.refusals
    port = PdfSlips()
    # A listing carries no PDFs: the stored document is read by its number.
    verdict = ss.verify_file(uow_factory(), ss.slip_pdf(uow_factory(), refused[0].slip_no), port)
    assert verdict.ok and [s.meaning for s in verdict.signers] == ["handed_over", "refused"]
    received = next(r for r in records if r.state == "received")
    verdict = ss.verify_file(uow_factory(), ss.slip_pdf(uow_factory(), received.slip_no), port)
    assert verdict.ok and [s.meaning for s in verdict.signers] == ["handed_over", "received"]
    assert ss.verify_rma(uow_factory(), received.rma_no, port) == []


def _check_photos(uow_factory, started) -> None:
    """A few photos (issue 17.3): the QC lead's of each visible defect, the clerk's of burnt
    boards as received; re-encoded with thumbnails, dated in the demo's past."""
    from benchapp.db.models_attachments import AttachmentRow as a
    from benchapp.services import attachments

    rows = _rows(uow_factory, select(m.RmaRow.rma_no, m.UnitRow.serial, m.UserRow.username,
                                     a.content_type, a.thumbnail.is_not(None), a.added_at)
                 .join(m.RmaRow, m.RmaRow.id == a.rma_id)
                 .outerjoin(m.UnitRow, m.UnitRow.id == a.unit_id)
                 .join(m.UserRow, m.UserRow.id == a.added_by))
    assert 3 <= len(rows) <= 20
    assert all(r[3] == "image/jpeg" and r[4] for r in rows)
    assert all(as_utc(r[5]) < started for r in rows)
    on_units = [r for r in rows if r[1] is not None]
    assert on_units and {r[2] for r in on_units} == {"qclead"}
    [box] = [r for r in rows if r[1] is None]
    assert box[2] == "clerk"
    # Some are of units still in the shop: the stations show them, not only the history.
    states = dict(_rows(uow_factory, select(m.UnitRow.serial, m.UnitRow.state)))
    assert any(states[r[1]] != UnitState.SHIPPED.value for r in on_units)
    listed = attachments.attachments(uow_factory(), rma_no=box[0])
    assert [f.file_name for f in listed] == ["as-received.jpg"]


def test_demo_refuses_a_database_that_has_a_user(engine, uow_factory):
    users.add_user(uow_factory(), None, username="boss", display_name="老板", roles=["admin"],
                   password="correct horse")
    before = _snapshot(engine)
    with pytest.raises(DemoRefused):
        load_demo(engine, progress=lambda *a: pytest.fail("progress on a refused load"))
    assert _snapshot(engine) == before
    assert before["rmas"] == 0 and before["users"] == 1

