"""The tracking log's hash chain (benchapp.domain.audit_chain) and the bench role's grants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from benchapp.db import grants
from benchapp.db.models import Base
from benchapp.domain import audit_chain
from benchapp.domain.audit_chain import check_chain, entry_hash
from benchapp.services.audit import current_log_head, verify_audit_trail
from tests.fakes import FakeUnitOfWork
from tests.workflow_helpers import Bench

T0 = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def chain(n: int) -> list[dict]:
    rows, prev = [], None
    for i in range(1, n + 1):
        row = {"id": i, "at": T0 + timedelta(seconds=i), "occurred_at": None,
               "rma_no": "RMA-000001", "serial": f"SN{i}", "action": "unit_received",
               "actor_id": 2, "actor_name": "wang.fang", "from_state": None,
               "to_state": "received", "detail": f'{{"n": {i}}}', "db_role": "bench",
               "prev_hash": prev}
        row["entry_hash"] = prev = entry_hash(prev, row)
        rows.append(row)
    return rows


def test_an_intact_chain_holds_and_ends_at_its_head():
    rows = chain(5)
    result = check_chain(rows, head=(5, rows[-1]["entry_hash"]))
    assert result.ok and result.entries == 5 and result.head_hash == rows[-1]["entry_hash"]


def test_every_content_field_is_covered():
    base = chain(1)[0]
    for name in audit_chain.FIELDS:
        changed = dict(base, **{name: T0 if name in audit_chain.TIME_FIELDS else "x"})
        assert entry_hash(None, changed) != base["entry_hash"], name


def test_the_encoding_cannot_be_shifted_between_fields():
    a = dict(chain(1)[0], serial="A|1:B", action="C")
    b = dict(chain(1)[0], serial="A", action="1:B|C")
    assert entry_hash(None, a) != entry_hash(None, b)
    assert entry_hash(None, dict(a, serial=None)) != entry_hash(None, dict(a, serial="~"))
    assert entry_hash(None, dict(a, serial=None)) != entry_hash(None, dict(a, serial=""))


def test_a_time_hashes_the_same_in_any_zone_and_as_sqlite_text():
    row = chain(1)[0]
    shanghai = dict(row, at=row["at"].astimezone(timezone(timedelta(hours=8))))
    as_text = dict(row, at=row["at"].strftime("%Y-%m-%d %H:%M:%S.%f"))
    assert entry_hash(None, shanghai) == entry_hash(None, as_text) == row["entry_hash"]


def test_a_changed_entry_is_named():
    rows = chain(5)
    rows[2]["actor_name"] = "mallory"
    result = check_chain(rows)
    assert result.broken.entry_id == 3 and "changed" in result.broken.reason
    assert result.entries == 2


def test_a_deleted_entry_breaks_the_next_link():
    rows = chain(5)
    del rows[2]
    assert check_chain(rows).broken.entry_id == 4


def test_a_deleted_first_entry_is_found():
    assert check_chain(chain(3)[1:]).broken.entry_id == 2


def test_an_inserted_entry_is_found_even_with_a_good_own_hash():
    rows = chain(4)
    forged = dict(rows[1], id=25, serial="FORGED", prev_hash=rows[1]["entry_hash"])
    forged["entry_hash"] = entry_hash(rows[1]["entry_hash"], forged)
    rows.insert(2, forged)
    assert check_chain(rows).broken.entry_id == rows[3]["id"]


def test_entries_cut_off_the_end_are_found_against_the_head():
    rows = chain(5)
    result = check_chain(rows[:3], head=(5, rows[-1]["entry_hash"]))
    assert result.broken.entry_id == 5 and "removed" in result.broken.reason


def test_a_rewritten_history_is_found_by_a_slip_anchor():
    """Whoever re-hashes every entry after their change still misses the slip's anchor."""
    rows = chain(6)
    anchor = rows[3]["entry_hash"]  # the head when a slip was signed
    rows[1]["actor_name"] = "mallory"
    prev = rows[0]["entry_hash"]
    for row in rows[1:]:
        row["prev_hash"] = prev
        row["entry_hash"] = prev = entry_hash(prev, row)
    assert check_chain(rows).ok  # the chain alone cannot tell
    result = check_chain(rows, anchors={anchor: "slip SLP-000009"})
    assert not result.ok and "SLP-000009" in result.broken.reason


def test_the_service_verifies_the_fake_log_and_gives_the_head():
    uow = FakeUnitOfWork()
    Bench(uow).receive(2)
    head = current_log_head(uow)
    result = verify_audit_trail(uow, anchors={head: "slip SLP-000001"})
    assert result.ok and result.head_hash == head and result.entries >= 3
    assert result.summary().startswith("tracking log intact:")


def test_the_service_finds_a_rewrite_before_a_slip_by_the_head_it_carries():
    """The fake log re-hashes itself on every read: a changed entry is exactly the forger's
    re-hash to the end. The chain holds; the head the slip was signed at is gone."""
    from tests.fakes import FakeSlipPort

    uow = FakeUnitOfWork()
    bench = Bench(uow)
    rma_no, serials = bench.receive(2)
    slip_no = bench.to_qc(rma_no, serials)
    port = FakeSlipPort()
    result = verify_audit_trail(uow, slip_port=port)
    assert result.ok and result.slips.slips == 1 and result.anchors == 1, result.summary()
    uow.committed.log[1].actor_name = "mallory"
    assert verify_audit_trail(uow).ok  # the chain alone cannot tell
    result = verify_audit_trail(uow, slip_port=port)
    assert not result.ok and f"slip {slip_no} carries log head" in result.summary()


# -- grants ----------------------------------------------------------------------------------


def test_every_table_has_a_decided_grant():
    """A new table is closed to the bench role until someone decides what it needs here."""
    decided = {g.table for g in grants.GRANTS}
    assert set(Base.metadata.tables) <= decided, set(Base.metadata.tables) - decided


def test_records_are_never_updated_or_deleted_by_the_bench_role():
    by_table = {g.table: g for g in grants.GRANTS}
    for table in ("tracking_log", "handover_units", "screenings", "repair_records",
                  "shipping_notes", "log_head"):
        g = by_table[table]
        assert not g.update and "DELETE" not in g.privileges, table
    # The CA's key may be re-wrapped (argon2id upgrade); its certificate, by trigger, never.
    assert by_table["shop_ca"].update == ("encrypted_key_pem",)
    assert "DELETE" not in by_table["shop_ca"].privileges
    assert "content_sha256" not in by_table["slips"].update
    assert "previous_sha256" not in by_table["slips"].update
    assert "content_hash" not in by_table["handovers"].update
    sql = " ".join(grants.statements("bench", set(by_table), {"tracking_log": "s.log_seq",
                                                                 "units": "s.units_seq"}))
    for forbidden in ("TRUNCATE", "TRIGGER", "REFERENCES", "ALL ON", "CREATE ON"):
        assert f"GRANT {forbidden}" not in sql and f", {forbidden}" not in sql
    assert "GRANT USAGE ON SEQUENCE s.units_seq" in sql
    assert "GRANT USAGE ON SEQUENCE s.log_seq" not in sql


@pytest.mark.parametrize("table", [g.table for g in grants.GRANTS])
def test_each_grant_says_why(table):
    (g,) = [g for g in grants.GRANTS if g.table == table]
    assert g.why.strip()
