"""The cost ledger's SQL: labour and parts priced from the records, booked costs, per RMA.

``SqlCostQueries`` answers ``CostQueries`` (benchapp.services.reports) with the plain lines of
``benchapp.reports.costs``; rule 5.3.1 decides the payer (``benchapp.domain.supervision``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import as_utc
from benchapp.db.supervision_store import chunked, read_settings
from benchapp.domain.calendar import IsoWeek, local_date, weeks_between
from benchapp.domain.errors import NotFound, Reason
from benchapp.domain.supervision import (
    CostKind,
    Payer,
    payer_for_billing,
    payer_for_cause,
    split_by_units,
)
from benchapp.reports.costs import CostItem, CostLine, labour_fen
from benchapp.services.reports import CostQueries

RMAS, UNITS, RECORDS = m.RmaRow.__table__, m.UnitRow.__table__, m.RepairRecordRow.__table__
PARTS, PRICES, COSTS = (m.RepairPartRow.__table__, ms.PartPriceRow.__table__,
                        ms.CostEntryRow.__table__)


class SqlCostQueries(CostQueries):
    def __init__(self, session: Session) -> None:
        self.session = session

    def cost_ledger(self, *, first: IsoWeek, last: IsoWeek) -> list[CostLine]:
        return _cost_ledger(self.session.connection(), first, last)

    def rma_ledger(self, rma_no: str) -> list[CostItem]:
        return _rma_ledger(self.session.connection(), rma_no)


def _cost_ledger(conn: Connection, first: IsoWeek, last: IsoWeek) -> list[CostLine]:
    weeks = weeks_between(first, last)
    settings = read_settings(conn)
    offset = settings.utc_offset_minutes
    rate_fen = int(settings.labour_rate * 100)
    lines: dict[tuple[IsoWeek, int], CostLine] = {}
    shares: list[tuple[IsoWeek, int, CostKind, dict[Payer, int]]] = []
    unpriced: dict[tuple[IsoWeek, int], int] = defaultdict(int)
    manual: list[tuple[IsoWeek, int, CostKind, str | None, int]] = []
    for week in weeks:
        start, end = week.bounds(offset)
        in_week = (RECORDS.c.completed_at >= start, RECORDS.c.completed_at < end)
        for r in conn.execute(
                select(UNITS.c.rma_id, RECORDS.c.cause_category,
                       func.sum(RECORDS.c.repair_minutes).label("minutes"))
                .join(UNITS, UNITS.c.id == RECORDS.c.unit_id).where(*in_week)
                .group_by(UNITS.c.rma_id, RECORDS.c.cause_category)):
            shares.append((week, r.rma_id, CostKind.LABOUR, {
                payer_for_cause(r.cause_category): labour_fen(int(r.minutes), rate_fen)}))
        for r in conn.execute(
                select(UNITS.c.rma_id, RECORDS.c.cause_category,
                       func.sum(PARTS.c.qty * PRICES.c.unit_fen).label("fen"),
                       func.sum(case((PRICES.c.part_no.is_(None), PARTS.c.qty),
                                     else_=0)).label("unpriced"))
                .select_from(PARTS.join(RECORDS, RECORDS.c.id == PARTS.c.repair_record_id)
                             .join(UNITS, UNITS.c.id == RECORDS.c.unit_id)
                             .outerjoin(PRICES, PRICES.c.part_no == PARTS.c.part_no))
                .where(*in_week).group_by(UNITS.c.rma_id, RECORDS.c.cause_category)):
            shares.append((week, r.rma_id, CostKind.PARTS,
                           {payer_for_cause(r.cause_category): int(r.fen or 0)}))
            unpriced[(week, r.rma_id)] += int(r.unpriced or 0)
        for r in conn.execute(
                select(COSTS.c.rma_id, COSTS.c.kind, COSTS.c.payer,
                       func.sum(COSTS.c.amount_fen).label("fen"))
                .where(COSTS.c.incurred_on.between(week.monday, week.sunday))
                .group_by(COSTS.c.rma_id, COSTS.c.kind, COSTS.c.payer)):
            manual.append((week, r.rma_id, CostKind(r.kind), r.payer, int(r.fen)))
    rma_ids = {s[1] for s in shares} | {e[1] for e in manual}
    info = _rma_info(conn, rma_ids)
    causes = _unit_causes(conn, {e[1] for e in manual if e[3] is None})

    def line(week: IsoWeek, rma_id: int) -> CostLine:
        if (week, rma_id) not in lines:
            rma_no, customer, model, _billing = info[rma_id]
            lines[(week, rma_id)] = CostLine(week=week, rma_no=rma_no, customer=customer,
                                             model=model)
        return lines[(week, rma_id)]

    for week, rma_id, kind, split in shares:
        # Issue 17.2: a customer-paid RMA's labour and parts are the customer's, whatever
        # the cause; a warranty RMA's go by rule 5.3.1.
        if payer_for_billing(info[rma_id][3]) is Payer.CUSTOMER:
            split = {Payer.CUSTOMER: sum(split.values())}
        line(week, rma_id).add(kind, split)
    for (week, rma_id), count in unpriced.items():
        line(week, rma_id).unpriced_parts += count
    for week, rma_id, kind, payer, fen in manual:
        by_billing = payer_for_billing(info[rma_id][3])
        if payer is not None:
            split = {Payer(payer): fen}
        elif by_billing is not None:
            split = {by_billing: fen}
        else:
            split = split_by_units(fen, causes.get(rma_id, []))
        line(week, rma_id).add(kind, split)
    return sorted(lines.values(), key=lambda c: (c.week, c.rma_no))


def _rma_info(conn: Connection, rma_ids: Iterable[int]
              ) -> dict[int, tuple[str, str, str, str]]:
    out = {}
    for batch in chunked(sorted(rma_ids)):
        for r in conn.execute(select(RMAS.c.id, RMAS.c.rma_no, RMAS.c.customer, RMAS.c.model,
                                     RMAS.c.billing)
                              .where(RMAS.c.id.in_(batch))):
            out[r.id] = (r.rma_no, r.customer, r.model, r.billing)
    return out


def _unit_causes(conn: Connection, rma_ids: Iterable[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for batch in chunked(sorted(rma_ids)):
        for r in conn.execute(select(UNITS.c.rma_id, UNITS.c.cause_category)
                              .where(UNITS.c.rma_id.in_(batch))):
            out[r.rma_id].append(r.cause_category)
    return out


def _rma_ledger(conn: Connection, rma_no: str) -> list[CostItem]:
    settings = read_settings(conn)
    offset = settings.utc_offset_minutes
    rate_fen = int(settings.labour_rate * 100)
    found = conn.execute(select(RMAS.c.id, RMAS.c.billing)
                         .where(RMAS.c.rma_no == rma_no)).first()
    if found is None:
        raise NotFound(Reason.NOT_FOUND, what="RMA", key=rma_no)
    rma_id, by_billing = found.id, payer_for_billing(found.billing)
    items = []
    records = conn.execute(
        select(RECORDS.c.id, UNITS.c.serial, RECORDS.c.completed_at,
               RECORDS.c.cause_category, RECORDS.c.repair_minutes)
        .join(UNITS, UNITS.c.id == RECORDS.c.unit_id).where(UNITS.c.rma_id == rma_id)
        .order_by(RECORDS.c.completed_at, RECORDS.c.id)).all()
    for r in records:
        day = local_date(as_utc(r.completed_at), offset)  # type: ignore[arg-type]
        payer = (by_billing or payer_for_cause(r.cause_category)).value
        items.append(CostItem(day, CostKind.LABOUR.value, "repair record",
                              labour_fen(r.repair_minutes, rate_fen), payer,
                              f"{r.serial}: {r.repair_minutes} min"))
        for p in conn.execute(
                select(PARTS.c.ref_des, PARTS.c.part_no, PARTS.c.qty, PRICES.c.unit_fen)
                .outerjoin(PRICES, PRICES.c.part_no == PARTS.c.part_no)
                .where(PARTS.c.repair_record_id == r.id).order_by(PARTS.c.id)):
            priced = p.unit_fen is not None
            items.append(CostItem(
                day, CostKind.PARTS.value, "parts list",
                p.qty * p.unit_fen if priced else 0, payer,
                f"{r.serial}: {p.ref_des} {p.part_no} x{p.qty}"
                + ("" if priced else " (no price on the list)")))
    causes = [r.cause_category for r in conn.execute(
        select(UNITS.c.cause_category).where(UNITS.c.rma_id == rma_id))]
    for e in conn.execute(select(COSTS).where(COSTS.c.rma_id == rma_id)
                          .order_by(COSTS.c.incurred_on, COSTS.c.id)):
        if e.payer or by_billing:
            items.append(CostItem(e.incurred_on, e.kind, "booked", e.amount_fen,
                                  e.payer or by_billing.value, e.note))  # type: ignore[union-attr]
            continue
        for payer, fen in split_by_units(e.amount_fen, causes).items():
            if fen:
                items.append(CostItem(e.incurred_on, e.kind, "booked", fen, payer.value,
                                      e.note))
    return sorted(items, key=lambda i: i.day)
