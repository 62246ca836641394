"""The supervisor's charts: the report's figures drawn, bars listing their units, the week
picker, an empty week, an unreachable database, and several charts in one process."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.calendar import IsoWeek
from benchapp.domain.roles import Role, Station
from benchapp.services import reports, supervision
from benchapp.services.reports import current_week, weekly_report, weekly_trend
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import fonts
from benchapp.ui.charts import SupervisorCharts
from tests.gui.station_helpers import station_shop

pytestmark = pytest.mark.gui

HEADER = ("rma_no,customer,model,serial,received_on,repaired_on,shipped_on,due_on,"
          "cause_category,root_cause,responsible_process,repair_minutes,rework_loops\r\n")
WEEK = IsoWeek(2025, 47)  # Monday 2025-11-17
BEFORE = IsoWeek(2025, 46)
EMPTY = IsoWeek(2025, 40)
# 2025-W47: six units. Causes: production 3, material 1, customer 1, nff 1.
CRAFTED = HEADER + (
    "H-1,深圳华讯,M-A,A1,2025-11-10,2025-11-17,2025-11-20,2025-11-21,production,U12 虚焊,"
    "SMT贴片,30,0\r\n"
    "H-1,深圳华讯,M-A,A2,2025-11-10,2025-11-18,2025-11-20,2025-11-21,production,U12 虚焊,"
    "SMT贴片,45,1\r\n"
    "H-1,深圳华讯,M-A,A3,2025-11-10,2025-11-19,2025-11-20,2025-11-21,material,来料电容,"
    "来料检验,20,0\r\n"
    "H-2,东莞力拓,M-B,B1,2025-11-12,2025-11-19,2025-11-25,2025-11-22,production,连锡,"
    "波峰焊,15,0\r\n"
    "H-2,东莞力拓,M-B,B2,2025-11-12,2025-11-20,,2025-11-22,nff,三次复测正常,未复现,60,0\r\n"
    "H-2,东莞力拓,M-B,B3,2025-11-12,2025-11-21,2025-11-25,2025-11-22,customer,进水,"
    "客户使用,25,0\r\n"
    "H-3,苏州瑞博,M-C,C1,2025-11-03,2025-11-12,2025-11-14,2025-11-14,design,降额不足,"
    "电路设计,50,0\r\n"
)


def demo_csv(end: IsoWeek, weeks: int = 52) -> str:
    """A year of plausible repairs ending with ``end`` (deterministic: no random numbers)."""
    models = ["PCBA-MB-2210", "CTRL-BD-07", "PWR-12V-A3", "LED-DRV-350", "GW-IOT-5G-R2"]
    causes = [("production", "U12 虚焊", "SMT贴片")] * 5 + [
        ("production", "连锡", "波峰焊"), ("production", "连锡", "波峰焊"),
        ("inspection", "AOI 漏检锡桥", "AOI检测"), ("inspection", "AOI 漏检锡桥", "AOI检测"),
        ("material", "来料电容失效", "来料检验"), ("material", "来料电容失效", "来料检验"),
        ("material", "来料电容失效", "来料检验"), ("design", "降额不足", "电路设计"),
        ("customer", "进水腐蚀", "客户使用"), ("customer", "进水腐蚀", "客户使用"),
        ("nff", "三次复测正常", "未复现")]
    lines, n = [HEADER], 0
    for back in range(weeks):
        week = end.shift(-back)
        for i in range(14 + ((back + 3) * 7) % 11 + ((back + 2) % 5) * 2):
            n += 1
            repaired = week.monday + timedelta(days=i % 5)
            received = repaired - timedelta(days=3 + i % 4)
            due = received + timedelta(days=7 + (n % 5))
            shipped = repaired + timedelta(days=1 + (n % 6))
            cause, root, process = causes[(n * 7 + back) % len(causes)]
            lines.append(
                f"D-{n:05d},深圳市华讯通信,{models[(n * 3 + back) % 7 % 5]},SN{n:06d},"
                f"{received},{repaired},{shipped if shipped < date.today() else ''},{due},"
                f"{cause},{root},{process},{15 + (n * 13) % 90},{1 if n % 9 == 0 else 0}\r\n")
    return "".join(lines)


def import_csv(shop, text: str) -> None:
    supervision.import_repairs(SqlAlchemyUnitOfWork(shop.engine),
                               shop.bench.people[Role.ADMIN], text.encode("utf-8"),
                               source="history.csv")


@pytest.fixture
def shop(tmp_path):
    with station_shop(tmp_path) as shop:
        import_csv(shop, CRAFTED)
        yield shop


@pytest.fixture
def opened():
    """Records what a double-click/Enter on a unit asks the main window to open."""
    calls: list[tuple[str, str | None]] = []
    return calls


def make_charts(qtbot, shop, opened=None) -> SupervisorCharts:
    session = shop.session(Role.TECH_SUPERVISOR, Station.SUPERVISOR)
    if opened is not None:
        session.open_history = lambda rma_no, serial: opened.append((rma_no, serial))
    charts = SupervisorCharts(session)
    qtbot.addWidget(charts)
    charts.resize(1280, 800)
    return charts


def load(qtbot, charts: SupervisorCharts, week: IsoWeek | None) -> None:
    with qtbot.waitSignal(charts.loaded, timeout=20000) as blocker:
        if week is None:
            charts.show()  # the first show loads this week
        else:
            charts.set_week(week)
            charts.show()
    if week is not None:
        assert blocker.args == [str(week)]
    assert not charts.loading


def list_units(qtbot, charts: SupervisorCharts, chart: str, key: str) -> list[tuple[str, str]]:
    with qtbot.waitSignal(charts.units_listed, timeout=10000):
        assert charts.select_bar(chart, key)
    return shown_units(charts)


def shown_units(charts: SupervisorCharts) -> list[tuple[str, str]]:
    return sorted((u.rma_no, u.serial) for u in charts.units_model.records())


# -- the figures -------------------------------------------------------------------------------


def test_bars_are_the_weekly_reports_figures(qtbot, shop):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, WEEK)
    report = weekly_report(SqlAlchemyUnitOfWork(shop.engine), WEEK)

    pareto = charts.bar_values("pareto")
    assert pareto == report.figures.by_cause  # all six causes, the report's counts
    assert list(pareto) == ["production", "material", "customer", "nff", "inspection",
                            "design"]  # largest first; ties and zeros in the fixed order
    assert list(pareto.values()) == sorted(pareto.values(), reverse=True)
    assert sum(pareto.values()) == report.figures.units == 6
    assert charts.pareto.percent == [50.0, 66.67, 83.33, 100.0, 100.0, 100.0]
    assert charts.pareto.percent[-1] == 100.0
    assert charts.bar_values("model") == report.by_model == {"M-A": 3, "M-B": 3}
    assert charts.bar_values("responsibility") == report.by_process
    charts.ui.responsibilityCombo.setCurrentIndex(
        charts.ui.responsibilityCombo.findData("department"))
    assert charts.bar_values("responsibility") == report.by_department

    trend = weekly_trend(SqlAlchemyUnitOfWork(shop.engine), end=WEEK, weeks=52)
    assert charts.trend.weeks == [r.week for r in trend]
    assert charts.trend.units == [r.units for r in trend]
    assert charts.trend.units[-2:] == [1, 6]
    assert charts.trend.rates == [r.nff_rate for r in trend]
    charts.ui.trendLineCombo.setCurrentIndex(charts.ui.trendLineCombo.findData("on_time_rate"))
    assert charts.trend.rates == [r.on_time_rate for r in trend]
    assert "2025-W47" in charts.ui.statusLabel.text()
    assert not charts.pareto.note.isVisible()


def test_every_bar_lists_as_many_units_as_it_is_high(shop):
    report = weekly_report(SqlAlchemyUnitOfWork(shop.engine), WEEK)
    bars = {"cause": report.figures.by_cause, "model": report.by_model,
            "process": report.by_process, "department": report.by_department}
    for dimension, counts in bars.items():
        for key, count in counts.items():
            units = reports.bar_units(SqlAlchemyUnitOfWork(shop.engine), WEEK, dimension, key)
            assert len(units) == count, (dimension, key)
    (a2,) = [u for u in reports.bar_units(SqlAlchemyUnitOfWork(shop.engine), WEEK, "cause", "production")
             if u.serial == "A2"]
    assert (a2.rma_no, a2.model, a2.root_cause, a2.repair_minutes, a2.rework_loops) == \
        ("H-1", "M-A", "U12 虚焊", 45, 1)
    assert a2.repaired_at is not None and a2.repaired_at.date() == date(2025, 11, 18)


# -- clicking bars ------------------------------------------------------------------------------


def test_choosing_a_cause_lists_its_units_and_opens_a_history(qtbot, shop, opened,
                                                             qtmodeltester):
    charts = make_charts(qtbot, shop, opened)
    load(qtbot, charts, WEEK)

    assert list_units(qtbot, charts, "pareto", "production") == [
        ("H-1", "A1"), ("H-1", "A2"), ("H-2", "B1")]
    qtmodeltester.check(charts.units_model)
    assert charts.pareto.selected == "production"
    assert "3" in charts.ui.unitsCountLabel.text()
    assert list_units(qtbot, charts, "model", "M-B") == [("H-2", "B1"), ("H-2", "B2"),
                                                         ("H-2", "B3")]
    assert charts.pareto.selected is None and charts.model_chart.selected == "M-B"
    assert list_units(qtbot, charts, "department", "品质部") == [("H-1", "A3")]
    assert not charts.select_bar("model", "NO-SUCH-MODEL")

    # The keyboard's way: the "Bar" list holds every bar of the week.
    combo = charts.ui.barCombo
    index = combo.findData("pareto\x1fnff")
    assert index > 0
    with qtbot.waitSignal(charts.units_listed, timeout=10000):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
    assert shown_units(charts) == [("H-2", "B2")]

    # Enter on a row, then a double-click, open the unit's history.
    table = charts.ui.unitsTable
    table.setFocus()
    table.setCurrentIndex(charts.units_proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [("H-2", "B2")]
    rect = table.visualRect(charts.units_proxy.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("H-2", "B2"), ("H-2", "B2")]


def test_a_mouse_click_on_a_bar_lists_its_units(qtbot, shop):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, WEEK)
    qtbot.waitExposed(charts)
    QApplication.processEvents()

    for chart, key, expected in (
            (charts.pareto, "material", [("H-1", "A3")]),
            (charts.model_chart, "M-A", [("H-1", "A1"), ("H-1", "A2"), ("H-1", "A3")]),
            (charts.responsibility, "波峰焊", [("H-2", "B1")])):
        point = chart.bar_point(key)
        assert chart.widget.viewport().rect().contains(point)
        with qtbot.waitSignal(charts.units_listed, timeout=10000):
            qtbot.mouseClick(chart.widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert chart.selected == key
        assert shown_units(charts) == expected

    # A click beside the bars lists nothing new (not at 0,0: QTest takes that as "middle").
    before = shown_units(charts)
    corner = charts.pareto.widget.viewport().rect().topLeft() + QPoint(3, 3)
    qtbot.mouseClick(charts.pareto.widget.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    QApplication.processEvents()
    assert shown_units(charts) == before


def test_clicking_a_week_of_the_trend_picks_it(qtbot, shop):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, WEEK)
    qtbot.waitExposed(charts)
    view = charts.trend.plot.getViewBox()
    point = charts.trend.widget.mapFromScene(view.mapViewToScene(QPointF(50, 0.5)))
    with qtbot.waitSignal(charts.loaded, timeout=20000) as blocker:
        qtbot.mouseClick(charts.trend.widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [str(BEFORE)]


# -- the week picker -----------------------------------------------------------------------------


def test_the_week_picker_redraws(qtbot, shop):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, WEEK)
    with qtbot.waitSignal(charts.units_listed, timeout=10000):
        charts.select_bar("pareto", "production")

    with qtbot.waitSignal(charts.loaded, timeout=20000) as blocker:
        qtbot.mouseClick(charts.ui.previousButton, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(BEFORE)]
    assert (charts.ui.yearSpin.value(), charts.ui.weekSpin.value()) == (2025, 46)
    assert charts.bar_values("pareto")["design"] == 1
    assert sum(charts.bar_values("pareto").values()) == 1
    # The chosen bar stays chosen from week to week: production has no units this week.
    assert charts.pareto.selected == "production"
    assert charts.units_model.rowCount() == 0
    assert "2025-W46: 0" in charts.ui.unitsBox.title()

    with qtbot.waitSignal(charts.loaded, timeout=20000) as blocker:
        qtbot.keyClick(charts, Qt.Key.Key_PageDown)
    assert blocker.args == [str(WEEK)]

    # Typing a week number and Enter (keyboard tracking is off: one redraw, not two).
    spin = charts.ui.weekSpin
    spin.setFocus()
    spin.lineEdit().selectAll()
    with qtbot.waitSignal(charts.loaded, timeout=20000) as blocker:
        qtbot.keyClicks(spin, "40")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert blocker.args == [str(EMPTY)]


def test_an_empty_week_shows_empty_charts_with_a_note(qtbot, shop):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, EMPTY)
    assert charts.bar_values("pareto") == dict.fromkeys(
        ["production", "inspection", "material", "design", "customer", "nff"], 0)
    assert charts.pareto.note.isVisible()
    assert charts.pareto.note.toPlainText() == "No repairs this week"
    assert charts.pareto.percent == []
    assert charts.bar_values("model") == {} and charts.model_chart.note.isVisible()
    assert charts.bar_values("responsibility") == {}
    assert charts.ui.barCombo.count() == 1  # only the "choose a bar" line
    assert not charts.select_bar("model", "M-A")
    charts.grab()  # draws without errors


def test_the_first_show_loads_this_week(qtbot, shop):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, None)
    assert charts.data is not None
    assert charts.data.week == current_week(SqlAlchemyUnitOfWork(shop.engine))
    assert (charts.ui.yearSpin.value(), charts.ui.weekSpin.value()) == (
        charts.data.week.year, charts.data.week.week)


# -- trouble -------------------------------------------------------------------------------------


def test_an_unreachable_database_says_so_and_retries(qtbot, shop, monkeypatch):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, WEEK)
    working = charts.session.uow_factory

    def unreachable():
        raise DatabaseUnavailable("The database test.sqlite is unreachable or busy.")

    monkeypatch.setattr(charts.session, "uow_factory", unreachable)
    with qtbot.waitSignal(charts.load_failed, timeout=10000):
        qtbot.mouseClick(charts.ui.nextButton, Qt.MouseButton.LeftButton)
    bar = charts.message_bar
    assert bar.kind == "error"
    assert "cannot be reached" in bar.text()
    assert bar.action_button.isVisible() and "Retry" in bar.action_button.text()
    assert "could not be read" in charts.ui.statusLabel.text()
    assert not charts.loading

    # A bar's units fail the same way, and the charts drawn before stay.
    with qtbot.waitSignal(charts.load_failed, timeout=10000):
        charts.select_bar("pareto", "production")
    assert charts.bar_values("pareto")["production"] == 3

    monkeypatch.setattr(charts.session, "uow_factory", working)
    with qtbot.waitSignal(charts.units_listed, timeout=10000):
        qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert len(shown_units(charts)) == 3

    monkeypatch.setattr(charts.session, "uow_factory", unreachable)
    with qtbot.waitSignal(charts.load_failed, timeout=10000):
        charts.refresh()
    monkeypatch.setattr(charts.session, "uow_factory", working)
    with qtbot.waitSignal(charts.loaded, timeout=20000) as blocker:
        qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(IsoWeek(2025, 48))]
    assert bar.isHidden()


def test_unreachable_on_the_first_load_notes_it_on_the_charts(qtbot, shop, monkeypatch):
    charts = make_charts(qtbot, shop)

    def unreachable():
        raise DatabaseUnavailable("The database test.sqlite is unreachable or busy.")

    monkeypatch.setattr(charts.session, "uow_factory", unreachable)
    with qtbot.waitSignal(charts.load_failed, timeout=10000):
        charts.show()
    assert charts.pareto.note.toPlainText() == "The figures could not be read."
    assert charts.message_bar.kind == "error"


# -- language and lifetime --------------------------------------------------------------------------


class _Chinese(QTranslator):
    """Stands in for the zh_CN catalogue (not translated yet) for a few chart strings."""

    TEXTS: ClassVar[dict[str, str]] = {
        "Production": "生产/焊接", "Units": "数量", "Cumulative %": "累计 %",
        "No fault found": "未发现故障"}

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "SupervisorCharts" and source in self.TEXTS:
            return self.TEXTS[source]
        return None

    def isEmpty(self) -> bool:
        return False


def pareto_ticks(charts: SupervisorCharts) -> dict[float, str]:
    return dict(charts.pareto.plot.getAxis("bottom")._tickLevels[0])


def test_labels_follow_the_language(qtbot, shop):
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        charts = make_charts(qtbot, shop)
        load(qtbot, charts, WEEK)
        assert pareto_ticks(charts)[0.0] == "生产/焊接"
        assert "数量" in charts.pareto.plot.getAxis("left").labelText
        assert "累计 %" in charts.pareto.plot.getAxis("right").labelText
        assert fonts.ensure_cjk_font() is not None  # a font that draws them
        charts.grab()
    finally:
        QCoreApplication.removeTranslator(translator)
    # Switching the language while the charts are open redraws them.
    QApplication.processEvents()
    assert pareto_ticks(charts)[0.0] == "Production"
    assert "Units" in charts.pareto.plot.getAxis("left").labelText
    with qtbot.waitSignal(charts.units_listed, timeout=10000):
        charts.select_bar("pareto", "nff")
    assert charts.units_model.headerData(0, Qt.Orientation.Horizontal) == "RMA"
    assert charts.units_proxy.rowCount() == 1


def test_charts_can_be_created_and_closed_three_times(qtbot, shop):
    for _ in range(3):
        charts = make_charts(qtbot, shop)
        load(qtbot, charts, WEEK)
        with qtbot.waitSignal(charts.units_listed, timeout=10000):
            charts.select_bar("pareto", "production")
        charts.ui.responsibilityCombo.setCurrentIndex(1)
        charts.grab()
        # Close while a reload is still running: the close waits for the worker.
        charts.set_week(BEFORE)
        charts.close()
        charts.deleteLater()
        QApplication.processEvents()
        gc.collect()
    assert gc.isenabled()  # the collector, paused while workers run, is back
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, BEFORE)
    assert charts.bar_values("pareto")["design"] == 1
    assert gc.isenabled()


def test_quick_week_changes_show_the_last_week_asked_for(qtbot, shop):
    charts = make_charts(qtbot, shop)
    load(qtbot, charts, WEEK)
    with qtbot.waitSignal(charts.loaded, timeout=20000) as blocker:
        for _ in range(5):
            qtbot.mouseClick(charts.ui.previousButton, Qt.MouseButton.LeftButton)
    charts.wait_for_workers()
    QApplication.processEvents()
    assert blocker.args == [str(WEEK.shift(-5))]
    assert charts.data.week == WEEK.shift(-5) and not charts.loading
    assert gc.isenabled()


def test_a_year_of_data_draws(qtbot, tmp_path):
    """Demo-like data: 52 weeks, every chart filled (and the screenshot's data)."""
    end = IsoWeek(2025, 47)
    with station_shop(tmp_path) as shop:
        import_csv(shop, demo_csv(end))
        charts = make_charts(qtbot, shop)
        load(qtbot, charts, end)
        report = weekly_report(SqlAlchemyUnitOfWork(shop.engine), end)
        assert charts.bar_values("pareto") == report.figures.by_cause
        assert all(u > 0 for u in charts.trend.units)
        assert len(charts.bar_values("model")) == 5
        with qtbot.waitSignal(charts.units_listed, timeout=10000):
            charts.select_bar("pareto", report.pareto[0].key)
        assert charts.units_model.rowCount() == report.pareto[0].count
        assert not charts.grab().isNull()
        charts.close()


def test_units_released_as_no_fault_found_are_listed_with_their_release(tmp_path):
    """The crafted history of the report tests: T1 is released as NFF without a repair
    record on Sunday 2027-01-03 23:30 shop time (2026-W53), and so are listed."""
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade
    from tests.integration.reports.crafted import build

    engine = make_engine(f"sqlite:///{tmp_path / 'crafted.db'}")
    try:
        upgrade(engine)
        crafted = build(engine)
        week = IsoWeek(2026, 53)
        report = weekly_report(SqlAlchemyUnitOfWork(engine), week, today=date(2027, 1, 8))
        for dimension, counts in (("cause", report.figures.by_cause),
                                  ("model", report.by_model),
                                  ("process", report.by_process),
                                  ("department", report.by_department)):
            for key, count in counts.items():
                assert len(reports.bar_units(SqlAlchemyUnitOfWork(engine), week, dimension, key)) == count
        (t1,) = reports.bar_units(SqlAlchemyUnitOfWork(engine), week, "cause", "nff")
        assert (t1.rma_no, t1.serial, t1.repair_minutes) == (crafted.rma_b, "T1", 0)
        assert t1.repaired_at is not None
        assert (t1.repaired_at.date(), t1.repaired_at.hour, t1.repaired_at.minute) == (
            date(2027, 1, 3), 23, 30)
        # S2: repaired twice in the week, listed once under its first failure (production),
        # not under its rework loop's cause (material).
        production = reports.bar_units(SqlAlchemyUnitOfWork(engine), week, "cause", "production")
        assert [(u.serial, u.repair_minutes, u.rework_loops) for u in production] == [
            ("S2", 70, 1), ("S1", 30, 0)]
        assert reports.bar_units(SqlAlchemyUnitOfWork(engine), week, "cause", "material") == []
    finally:
        engine.dispose()
