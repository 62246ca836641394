"""Small things seen at the bench in Chinese (issue 16 item 5): the QC tabs read one count
and one mnemonic, the status bar names the role once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from benchapp.demo import DEMO_USERS
from benchapp.domain.roles import Role, Station
from benchapp.ui import labels
from benchapp.ui.main_window import MainWindow
from benchapp.ui.stations.qc import QcView
from tests.gui.helpers import language, settle
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        yield shop


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_qc_tab_titles_show_one_count_and_one_mnemonic(qtbot, shop, tmp_path, lang):
    rma_no, serials = shop.bench.receive(1)
    shop.bench.to_qc(rma_no, serials)
    with language(lang, tmp_path):
        view = QcView(shop.session(Role.QC_LEAD, Station.QC))
        qtbot.addWidget(view)
        view.refresh()
        settle()
        for index in range(view.ui.tabs.count()):
            title = view.ui.tabs.tabText(index)
            assert title.count("&") == 1, title
            mnemonic = title[title.index("&") + 1]
            assert mnemonic == str(index + 1), title
            # What the person reads: the mnemonic underlined in place, one count.
            shown = title.replace("&", "")
            counts = re.findall(r"[(（]\s*\d+\s*[)）]", shown)
            assert len(counts) == 1, shown


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_status_bar_names_the_role_once(qtbot, shop, tmp_path, lang):
    with language(lang, tmp_path):
        for role in (Role.BUSINESS_CLERK, Role.QC_LEAD):
            window = MainWindow(shop.uow, shop.user(role), database_text="test",
                                session=shop.session(role, Station.RECEIVING
                                                     if role is Role.BUSINESS_CLERK
                                                     else Station.QC))
            qtbot.addWidget(window)
            text = window.user_label.text()
            assert text.count(labels.role(role.value)) == 1, text
            window.close()
        # The demo's people carry their name alone: the app adds the role.
        for _username, name, roles in DEMO_USERS:
            for code in roles:
                assert labels.role(code) not in name, name
                assert not re.search(r"[(（]", name), name


def test_one_name_for_the_rma_in_chinese(qtbot, shop, tmp_path):
    """售后单 in Chinese (the shop's documents said 售后服务表 and 售后单), RMA in English."""
    from pathlib import Path
    from xml.etree import ElementTree

    catalogue = Path(__file__).resolve().parents[2] / "resources/i18n/benchapp_zh_CN.ts"
    other_names = [t.text for t in ElementTree.parse(catalogue).iter("translation")
                   if t.text and (re.search(r"RMA(?![-_A-Za-z0-9])", t.text)
                                  or "售后服务表" in t.text)]
    assert not other_names, other_names
    for lang, name in (("zh_CN", "售后单"), ("en", "RMA")):
        with language(lang, tmp_path):
            view = QcView(shop.session(Role.QC_LEAD, Station.QC))
            qtbot.addWidget(view)
            model = view.ui.screeningTable.model()
            assert model.headerData(0, Qt.Orientation.Horizontal) == name


def test_times_on_screen_are_on_the_shop_clock(qtbot, shop):
    from datetime import UTC, datetime

    from benchapp.ui.models.rma_table import format_time

    window = MainWindow(shop.uow, shop.user(Role.QC_LEAD), database_text="test",
                        session=shop.session(Role.QC_LEAD, Station.QC))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "UTC+08:00" in window.zone_label.text())  # the shop's setting
    assert format_time(datetime(2026, 3, 1, 23, 30, tzinfo=UTC)) == "2026-03-02 07:30"
