"""Display names: every code of every enum has one."""

from __future__ import annotations

import pytest

from benchapp.ui import labels

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("name", list(labels.TABLES))
def test_every_code_has_a_label(name):
    enum, table = labels.TABLES[name]
    assert set(table) == set(enum), name
    assert all(text.strip() for text in table.values())


def test_states_summary_in_workflow_order(qapp):
    assert labels.states_summary({"shipped": 1, "in_repair": 2}) == "2 in repair, 1 shipped"
    assert labels.states_summary({}) == ""
    assert labels.states_summary({"received": 0, "packed": 1}) == "1 packed"


def test_roles_in_workflow_order(qapp):
    assert labels.roles(["admin", "business_clerk"]) == "Business clerk, Administrator"
    assert labels.roles(["auditor"]) == "auditor"


def test_status_with_batch_flag(qapp):
    assert labels.rma_status("open") == "Open"
    assert labels.rma_status("open", batch=True) == "Open, batch problem"


def test_a_word_with_two_meanings_gets_both_translations(qapp, tmp_path):
    # "Repair" is a station (生产部维修) and also what a customer asks for, or a kind of work.
    from tests.gui.helpers import language

    with language("zh_CN", tmp_path):
        assert labels.station("repair") != labels.requirement("repair")
        assert labels.requirement("repair") == labels.work_kind("repair") == "维修"
