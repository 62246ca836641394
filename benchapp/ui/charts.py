"""The supervisor's weekly charts: cause Pareto, 52-week trend, units by model, responsibility;
and the yield chart of the Yields tab (first-pass yield, mean time to repair, return rates).

The figures are the weekly report's (``benchapp.reports.weekly`` through
``benchapp.services.reports.chart_data``): nothing is counted here. The report and the trend
are read on a worker thread (ui.ops.OpRunner) and come back as plain data through a queued
signal; only the drawing happens on the GUI thread, so the view stays responsive while a big
database answers. Clicking a bar (or choosing it in the "Bar" list, for the keyboard) lists
the units behind it (``services.reports.bar_units``); double-click or Enter on a unit opens its
history.

pyqtgraph notes (0.14.0 with PySide6 6.11.3): ``clipToView`` is never used (it raises from
inside ``QGraphicsScene.addItem`` on PlotWidget); the plot widgets are children of this
widget and die with it, after the runner (a child created first) has finished; the
cumulative-% and rate axes are the plot's own right axis with a scale, not a second ViewBox
added to the scene.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from benchapp.domain.calendar import IsoWeek, weeks_in_year
from benchapp.domain.errors import DomainError
from benchapp.domain.stats import CAUSE_KEYS
from benchapp.reports.drilldown import BarUnit, ChartData
from benchapp.services import reports
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import fonts, messages
from benchapp.ui.forms.ui_supervisor_charts import Ui_SupervisorCharts
from benchapp.ui.models.records import Column, RecordFilterProxy, RecordTableModel
from benchapp.ui.ops import OpRunner
from benchapp.ui.session import Session
from benchapp.ui.stations.base import MessageBar, fit_columns, setup_table

log = logging.getLogger(__name__)

CONTEXT = "SupervisorCharts"
# Short cause names for the Pareto axis (the report's keys, domain.stats.CAUSE_KEYS).
CAUSE_NAMES: dict[str, str] = {
    "production": QT_TRANSLATE_NOOP("SupervisorCharts", "Production"),
    "inspection": QT_TRANSLATE_NOOP("SupervisorCharts", "Inspection"),
    "material": QT_TRANSLATE_NOOP("SupervisorCharts", "Material"),
    "design": QT_TRANSLATE_NOOP("SupervisorCharts", "Design"),
    "customer": QT_TRANSLATE_NOOP("SupervisorCharts", "Customer"),
    "nff": QT_TRANSLATE_NOOP("SupervisorCharts", "No fault found"),
}
BAR_CHARTS = ("pareto", "model", "responsibility")
UNITS_LISTED = 2000  # a bar may hold thousands of units at a big shop; the table shows these
LABEL_CHARS = 22  # longer model/process names are shortened on the axis (full in the list)

BAR_COLOUR = QColor("#4e79a7")
SELECTED_COLOUR = QColor("#f28e2b")
LINE_COLOUR = QColor("#e15759")
TREND_BAR_COLOUR = QColor("#9dbad6")
TEXT_COLOUR = QColor("#333333")
AXIS_COLOUR = QColor("#555555")


def cause_name(key: str) -> str:
    source = CAUSE_NAMES.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def _short(text: str) -> str:
    if not text:
        return QCoreApplication.translate(CONTEXT, "(none)")
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _count_ticks(axis: pg.AxisItem, top: float) -> None:
    """Whole-number ticks (1, 2, 5, 10, 20, 50... apart) on an axis of unit counts."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    axis.setTickSpacing(step, step)


# -- one chart -----------------------------------------------------------------------------------


def _plot_widget(parent: QWidget, name: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(parent=parent, background="w")
    widget.setObjectName(name)
    widget.setMinimumHeight(80)  # four charts and the list under them fit 1366x728
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    for side in ("left", "bottom", "right"):
        axis = plot.getAxis(side)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(TEXT_COLOUR))
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the "Bar" list is the keyboard's way in
    return widget


class BarChart(QObject):
    """Bars keyed by strings in one PlotWidget; vertical (Pareto) or horizontal (long names).

    ``bar_clicked(key)`` is emitted when a non-empty bar is clicked anywhere in its column.
    """

    bar_clicked = Signal(str)

    def __init__(self, parent: QWidget, name: str, *, horizontal: bool) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.widget = _plot_widget(parent, name)
        self.plot = self.widget.getPlotItem()
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=BAR_COLOUR,
                                    pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.note = pg.TextItem(color=TEXT_COLOUR, anchor=(0.5, 0.5))
        self.note.setZValue(10)
        self.plot.addItem(self.note, ignoreBounds=True)
        self.note.hide()
        self._value_labels: list[pg.TextItem] = []
        self.keys: list[str] = []
        self.values: list[int] = []
        self.selected: str | None = None
        self.widget.scene().sigMouseClicked.connect(self._clicked)
        self.plot.getAxis("bottom" if not horizontal else "left").setStyle(tickLength=0)

    # -- drawing ------------------------------------------------------------------------

    def position(self, index: int) -> float:
        """Where bar ``index`` sits on the category axis (horizontal: the first on top)."""
        return float(len(self.keys) - 1 - index) if self.horizontal else float(index)

    def set_bars(self, keys: Sequence[str], labels: Sequence[str], values: Sequence[int],
                 *, empty_note: str, top: float | None = None) -> None:
        self.keys, self.values = list(keys), [int(v) for v in values]
        if self.selected not in self.keys:
            self.selected = None
        n = len(self.keys)
        positions = [self.position(i) for i in range(n)]
        if self.horizontal:
            self.bars.setOpts(x0=[0] * n, x=None, y=positions, width=self.values, height=0.6,
                              x1=None, y0=None, y1=None)
        else:
            self.bars.setOpts(x=positions, height=self.values, width=0.6, x0=None, x1=None,
                              y=None, y0=None, y1=None)
        self._paint_selection()
        ticks = [(p, lab) for p, lab in zip(positions, labels, strict=True)]
        category_axis = self.plot.getAxis("left" if self.horizontal else "bottom")
        category_axis.setTicks([ticks, []])
        highest = max(self.values, default=0)
        top = max(top if top is not None else highest * 1.15, highest * 1.15, 1.0)
        span = (-0.6, max(n, 1) - 0.4)
        _count_ticks(self.plot.getAxis("bottom" if self.horizontal else "left"), top)
        if self.horizontal:
            self.plot.setXRange(0, top, padding=0)
            self.plot.setYRange(*span, padding=0)
        else:
            self.plot.setXRange(*span, padding=0)
            self.plot.setYRange(0, top, padding=0)
        for label in self._value_labels:
            self.plot.removeItem(label)
        self._value_labels = []
        for pos, value in zip(positions, self.values, strict=True):
            if value <= 0:
                continue
            text = pg.TextItem(str(value), color=TEXT_COLOUR,
                               anchor=(0, 0.5) if self.horizontal else (0.5, 1))
            text.setPos(value, pos) if self.horizontal else text.setPos(pos, value)
            self.plot.addItem(text, ignoreBounds=True)
            self._value_labels.append(text)
        self.show_note(empty_note if highest == 0 else "", top=top)

    def show_note(self, text: str, *, top: float = 1.0) -> None:
        if not text:
            self.note.hide()
            return
        self.note.setText(text)
        middle = (max(len(self.keys), 1) - 1) / 2
        self.note.setPos(top / 2, middle) if self.horizontal else self.note.setPos(middle, top / 2)
        self.note.show()

    def select(self, key: str | None) -> None:
        self.selected = key if key in self.keys else None
        self._paint_selection()

    def _paint_selection(self) -> None:
        brushes = [pg.mkBrush(SELECTED_COLOUR if k == self.selected else BAR_COLOUR)
                   for k in self.keys]
        self.bars.setOpts(brushes=brushes or None)

    # -- clicks -------------------------------------------------------------------------

    def index_at(self, along: float) -> int | None:
        i = round(along)
        if abs(along - i) > 0.4 or not 0 <= i < len(self.keys):
            return None
        index = len(self.keys) - 1 - i if self.horizontal else i
        return index if self.values[index] > 0 else None

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        view = self.plot.getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        point = view.mapSceneToView(event.scenePos())
        index = self.index_at(point.y() if self.horizontal else point.x())
        if index is not None:
            self.bar_clicked.emit(self.keys[index])

    def bar_point(self, key: str) -> QPoint:
        """The middle of ``key``'s bar in the plot widget's viewport (for tests and tips)."""
        index = self.keys.index(key)
        pos, value = self.position(index), self.values[index]
        point = QPointF(value / 2, pos) if self.horizontal else QPointF(pos, value / 2)
        scene = self.plot.getViewBox().mapViewToScene(point)
        return self.widget.mapFromScene(scene)


class ParetoChart(BarChart):
    """Cause bars, largest first, and the cumulative share as a line on a 0-100 % axis."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, name, horizontal=False)
        self.cumulative = pg.PlotDataItem(
            pen=pg.mkPen(LINE_COLOUR, width=2), symbol="o", symbolSize=7,
            symbolBrush=pg.mkBrush(LINE_COLOUR), symbolPen=pg.mkPen(LINE_COLOUR),
            antialias=True)
        self.plot.addItem(self.cumulative)
        self.plot.showAxis("right")
        self.percent: list[float] = []

    def set_pareto(self, keys: Sequence[str], counts: Sequence[int],
                   cumulative: Sequence[float], total: int, *, empty_note: str) -> None:
        """``cumulative``: fractions 0..1 from the report, one per bar."""
        # The left axis runs to the week's total, so 100 % sits where the total does.
        self.set_bars(keys, [cause_name(k) for k in keys], counts, empty_note=empty_note,
                      top=max(total, 1) * 1.12)
        self.plot.getAxis("right").setScale(100.0 / max(total, 1))
        self.percent = [round(c * 100, 2) for c in cumulative] if total else []
        if total:
            self.cumulative.setData(x=[float(i) for i in range(len(keys))],
                                    y=[c * total for c in cumulative])
        else:
            self.cumulative.setData(x=[], y=[])


class TrendChart(QObject):
    """Units per week as bars and one rate as a line on a 0-100 % right axis."""

    week_clicked = Signal(object)  # IsoWeek

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.widget = _plot_widget(parent, name)
        self.plot = self.widget.getPlotItem()
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=TREND_BAR_COLOUR,
                                    pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.line = pg.PlotDataItem(pen=pg.mkPen(LINE_COLOUR, width=2), connect="finite",
                                    antialias=True)
        self.plot.addItem(self.line)
        self.plot.showAxis("right")
        self.weeks: list[IsoWeek] = []
        self.units: list[int] = []
        self.rates: list[float | None] = []
        self.widget.scene().sigMouseClicked.connect(self._clicked)

    def set_trend(self, weeks: Sequence[IsoWeek], units: Sequence[int],
                  rates: Sequence[float | None], *, units_title: str, rate_title: str,
                  weeks_title: str) -> None:
        self.weeks, self.units, self.rates = list(weeks), list(units), list(rates)
        n = len(self.weeks)
        top = max(max(self.units, default=0) * 1.15, 1.0)
        brushes = [pg.mkBrush(SELECTED_COLOUR if i == n - 1 else TREND_BAR_COLOUR)
                   for i in range(n)]
        self.bars.setOpts(x=list(range(n)), height=self.units, brushes=brushes or None)
        self.line.setData(x=[float(i) for i in range(n)],
                          y=[math.nan if r is None else r * top for r in self.rates])
        self.plot.setXRange(-0.8, max(n, 1) - 0.2, padding=0)
        self.plot.setYRange(0, top, padding=0)
        _count_ticks(self.plot.getAxis("left"), top)
        self.plot.getAxis("right").setScale(100.0 / top)
        # Every fourth week counted back from the chosen one (labelled); the years are in
        # the axis title, so the labels stay short enough not to collide.
        ticks = [(i, f"W{week.week:02d}") for i, week in enumerate(self.weeks)
                 if (n - 1 - i) % 4 == 0]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        self.plot.setLabel("left", units_title, color=TREND_BAR_COLOUR.darker(150).name())
        self.plot.setLabel("right", rate_title, color=LINE_COLOUR.name())
        self.plot.setLabel("bottom", weeks_title, color=TEXT_COLOUR.name())

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double() or not self.weeks:
            return
        view = self.plot.getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        i = round(view.mapSceneToView(event.scenePos()).x())
        if 0 <= i < len(self.weeks):
            self.week_clicked.emit(self.weeks[i])


# -- the widget ----------------------------------------------------------------------------------


class SupervisorCharts(QWidget):
    """The four weekly charts with a week picker and the units behind a chosen bar.

    Signals:
        loaded(str): the charts show this week (``YYYY-Www``) now.
        load_failed(str): reading the figures failed; the message bar says why.
        units_listed(int): the units of the chosen bar are in the table.
    """

    loaded = Signal(str)
    load_failed = Signal(str)
    units_listed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Created first: children die in creation order, so the runner (which waits for its
        # running read) goes before the plots. Two threads: the week's figures and a bar's
        # units load side by side; a newer read of either kind replaces an older one.
        self._runner = OpRunner(self, threads=2)

        self.session = session
        self.data: ChartData | None = None
        self.week: IsoWeek = IsoWeek.of(date.today())
        self.chosen: tuple[str, str] | None = None  # (chart, key) of the listed bar
        self.loading = False
        self._asked_once = False

        fonts.ensure_cjk_font()
        self.ui = Ui_SupervisorCharts()
        self.ui.setupUi(self)
        self.message_bar = MessageBar(self)
        self.ui.mainLayout.insertWidget(0, self.message_bar)

        self.pareto = ParetoChart(self.ui.paretoBox, "paretoPlot")
        self.ui.paretoLayout.addWidget(self.pareto.widget)
        self.trend = TrendChart(self.ui.trendBox, "trendPlot")
        self.ui.trendLayout.addWidget(self.trend.widget)
        self.model_chart = BarChart(self.ui.modelBox, "modelPlot", horizontal=True)
        self.ui.modelLayout.addWidget(self.model_chart.widget)
        self.responsibility = BarChart(self.ui.responsibilityBox, "responsibilityPlot",
                                       horizontal=True)
        self.ui.responsibilityLayout.addWidget(self.responsibility.widget)
        self.charts: dict[str, BarChart] = {"pareto": self.pareto, "model": self.model_chart,
                                            "responsibility": self.responsibility}
        for name, chart in self.charts.items():
            chart.bar_clicked.connect(lambda key, name=name: self.select_bar(name, key))
        self.trend.week_clicked.connect(self.set_week)

        self.units_model: RecordTableModel[BarUnit] = RecordTableModel(
            self._unit_columns(), key=lambda u: f"{u.rma_no}/{u.serial}", parent=self)
        self.units_proxy = RecordFilterProxy(self)
        self.units_proxy.setSourceModel(self.units_model)
        table = self.ui.unitsTable
        table.setModel(self.units_proxy)
        setup_table(table)
        # Latest repair first.
        table.sortByColumn(self.units_model.columnCount() - 1, Qt.SortOrder.DescendingOrder)
        table.doubleClicked.connect(self._open_unit)
        # Enter, not "activated": that one also fires on the double-click on most styles.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open_unit(table.currentIndex()))
        self.ui.searchEdit.textChanged.connect(self.units_proxy.set_search)
        # Charts over the list, about 2:1 (setSizes takes weights before the first show).
        self.ui.splitter.setSizes([520, 250])

        self._fill_combos()
        self._show_week(self.week)
        self.ui.yearSpin.valueChanged.connect(self._picked)
        self.ui.weekSpin.valueChanged.connect(self._picked)
        self.ui.previousButton.clicked.connect(lambda: self.set_week(self.week.shift(-1)))
        self.ui.nextButton.clicked.connect(lambda: self.set_week(self.week.shift(1)))
        self.ui.thisWeekButton.clicked.connect(lambda: self._load(None))
        self.ui.refreshButton.clicked.connect(self.refresh)
        # The monthly report and the quarterly complaint summary (001 七, 002) as files.
        self.period_reports_button = QPushButton(self.tr("&Monthly / quarterly reports…"), self)
        self.period_reports_button.setObjectName("periodReportsButton")
        self.period_reports_button.setAutoDefault(False)
        self.ui.weekLayout.insertWidget(self.ui.weekLayout.indexOf(self.ui.refreshButton) + 1,
                                        self.period_reports_button)
        self.period_reports_button.clicked.connect(self.open_period_reports)
        self.ui.trendLineCombo.currentIndexChanged.connect(self._draw_trend)
        self.ui.responsibilityCombo.currentIndexChanged.connect(self._responsibility_changed)
        self.ui.barCombo.activated.connect(self._bar_chosen)
        # F5 is the main window's Refresh, which reloads the supervisor view and these charts.
        for keys, slot in ((QKeySequence(Qt.Key.Key_PageUp),
                            lambda: self.set_week(self.week.shift(-1))),
                           (QKeySequence(Qt.Key.Key_PageDown),
                            lambda: self.set_week(self.week.shift(1)))):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._draw_empty()

    # -- public ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the chosen week's figures again (the first call picks the current week)."""
        self._load(self.week if self._asked_once else None)

    def set_week(self, week: IsoWeek) -> None:
        self._show_week(week)
        self._load(week)

    def select_bar(self, chart: str, key: str) -> bool:
        """What a click on a bar does: highlight it and list its units below.

        ``chart``: "pareto", "model", "responsibility" (or "process"/"department", which
        also switch the responsibility chart). False if there is no such bar this week.
        """
        if chart in ("process", "department"):
            combo = self.ui.responsibilityCombo
            if combo.currentData() != chart:
                combo.setCurrentIndex(combo.findData(chart))
            chart = "responsibility"
        target = self.charts.get(chart)
        if target is None:
            raise ValueError(f"no chart {chart!r}; one of {', '.join(BAR_CHARTS)}")
        if self.data is None or key not in target.keys:
            return False
        for name, other in self.charts.items():
            other.select(key if name == chart else None)
        self.chosen = (chart, key)
        index = self.ui.barCombo.findData(f"{chart}\x1f{key}")
        self.ui.barCombo.setCurrentIndex(max(index, 0))
        dimension = self._dimension(chart)
        week, count = self.data.week, target.values[target.keys.index(key)]
        self.ui.unitsBox.setTitle(self.tr("Units behind {bar} in {week}: {count}").format(
            bar=self._bar_text(chart, key), week=str(week), count=count))
        self.ui.unitsCountLabel.setText(self.tr("Loading…"))
        session = self.session

        def work() -> list[BarUnit]:
            return reports.bar_units(session.uow(), week, dimension, key, limit=UNITS_LISTED)

        self._start("units", work, lambda units: self._show_units(units, count))
        return True

    def open_period_reports(self) -> None:
        from benchapp.ui import period_report_dialog

        period_report_dialog.open_dialog(self, self.session)

    def bar_values(self, chart: str) -> dict[str, int]:
        """What a bar chart shows: key -> bar height."""
        target = self.charts[chart]
        return dict(zip(target.keys, target.values, strict=True))

    def wait_for_workers(self) -> None:
        """Block until every read under way has finished and its outcome is shown."""
        self._runner.wait()

    # -- loading ------------------------------------------------------------------------------

    def _load(self, week: IsoWeek | None) -> None:
        self._asked_once = True
        self.loading = True
        self.ui.statusLabel.setText(
            self.tr("Loading {week}…").format(week=str(week)) if week is not None
            else self.tr("Loading this week…"))
        session = self.session

        def work() -> ChartData:
            return reports.chart_data(session.uow(), week)

        self._start("report", work, self._loaded)

    def _start(self, kind: str, work: Callable[[], Any],
               on_success: Callable[[Any], None]) -> None:
        """Read on a worker; ``kind`` "report" or "units": a newer read of the same kind
        replaces this one (its outcome is dropped)."""

        def succeeded(result: Any) -> None:
            if kind == "report":
                self.loading = False
            on_success(result)

        self._runner.run(work, kind=kind, on_success=succeeded,
                         on_failure=lambda error: self._read_failed(kind, error))

    def _read_failed(self, kind: str, error: BaseException) -> None:
        if kind == "report":
            self.loading = False
        if isinstance(error, DatabaseUnavailable):
            log.warning("database unreachable: %s", error)
            text = self.tr("The database cannot be reached, so the figures cannot be read. "
                           "Check the network, then choose Retry. ({detail})").format(
                detail=error)
        elif isinstance(error, DomainError):
            text = messages.error_text(error)
        else:
            self._failed_status(kind)
            raise error  # a bug: the crash handler (or pytest-qt) sees it
        retry = self.refresh if kind == "report" else self._retry_units
        self.message_bar.show_message("error", text, action_text=self.tr("&Retry"),
                                      action=retry)
        self._failed_status(kind)
        self.load_failed.emit(text)

    def _failed_status(self, kind: str) -> None:
        if kind == "report":
            self.loading = False
            text = self.tr("The figures could not be read.")
            self.ui.statusLabel.setText(text)
            if self.data is None:  # nothing drawn yet: say so instead of "Loading…"
                for chart in self.charts.values():
                    chart.show_note(text)
        else:
            self.ui.unitsCountLabel.setText("")

    def _retry_units(self) -> None:
        if self.chosen is not None:
            self.select_bar(*self.chosen)

    def _loaded(self, data: ChartData) -> None:
        if self.message_bar.kind == "error":
            self.message_bar.clear()
        self.data = data
        self._show_week(data.week)
        self._draw()
        figures = data.report.figures
        self.ui.statusLabel.setText(self.tr(
            "{week} ({monday} to {sunday}): {units} units, no fault found {nff}, "
            "on time {on_time}").format(
            week=str(data.week), monday=data.week.monday.isoformat(),
            sunday=data.week.sunday.isoformat(), units=figures.units,
            nff=self._percent(figures.nff_rate), on_time=self._percent(figures.on_time_rate)))
        chosen = self.chosen
        self._clear_units()
        if chosen is not None and not self.select_bar(*chosen):
            self.chosen = None
        self.loaded.emit(str(data.week))

    # -- drawing --------------------------------------------------------------------------------

    def _draw_empty(self) -> None:
        note = self.tr("Loading…")
        self.pareto.set_pareto(list(CAUSE_KEYS), [0] * len(CAUSE_KEYS), [0.0] * len(CAUSE_KEYS),
                               0, empty_note=note)
        self.model_chart.set_bars([], [], [], empty_note=note)
        self.responsibility.set_bars([], [], [], empty_note=note)
        self._label_axes()

    def _draw(self) -> None:
        data = self.data
        if data is None:
            return
        report = data.report
        empty = self.tr("No repairs this week")
        # The report's Pareto lists the causes with units, largest first; the others follow
        # at zero in the fixed order, so the six causes are always on the axis.
        ranked = [bar.key for bar in report.pareto]
        keys = ranked + [k for k in CAUSE_KEYS if k not in ranked]
        cumulative = {bar.key: bar.cumulative for bar in report.pareto}
        counts = [report.figures.by_cause.get(k, 0) for k in keys]
        self.pareto.set_pareto(keys, counts, [cumulative.get(k, 1.0) for k in keys],
                               report.figures.units, empty_note=empty)
        self.model_chart.set_bars(list(report.by_model), [_short(k) for k in report.by_model],
                                  list(report.by_model.values()), empty_note=empty)
        self._draw_responsibility()
        self._draw_trend()
        self._label_axes()
        self._fill_bar_combo()

    def _draw_responsibility(self) -> None:
        if self.data is None:
            return
        split = (self.data.report.by_department
                 if self.ui.responsibilityCombo.currentData() == "department"
                 else self.data.report.by_process)
        self.responsibility.set_bars(list(split), [_short(k) for k in split],
                                     list(split.values()),
                                     empty_note=self.tr("No repairs this week"))

    def _draw_trend(self) -> None:
        if self.data is None:
            return
        which = self.ui.trendLineCombo.currentData() or "nff_rate"
        rows = self.data.trend
        self.trend.set_trend([r.week for r in rows], [r.units for r in rows],
                             [getattr(r, which) for r in rows], units_title=self.tr("Units"),
                             rate_title=self.ui.trendLineCombo.currentText() + " %",
                             weeks_title=self.tr("ISO week, {first} to {last}").format(
                                 first=str(rows[0].week), last=str(rows[-1].week)))

    def _label_axes(self) -> None:
        self.pareto.plot.setLabel("left", self.tr("Units"))
        self.pareto.plot.setLabel("right", self.tr("Cumulative %"), color=LINE_COLOUR.name())
        self.model_chart.plot.setLabel("bottom", self.tr("Units"))
        self.responsibility.plot.setLabel("bottom", self.tr("Units repaired"))

    def _fill_combos(self) -> None:
        lines = self.ui.trendLineCombo
        lines.blockSignals(True)
        current = lines.currentData()
        lines.clear()
        lines.addItem(self.tr("No-fault-found rate"), "nff_rate")
        lines.addItem(self.tr("On-time rate"), "on_time_rate")
        lines.addItem(self.tr("Repeat-repair rate"), "repeat_repair_rate")
        lines.setCurrentIndex(max(lines.findData(current), 0))
        lines.blockSignals(False)
        split = self.ui.responsibilityCombo
        split.blockSignals(True)
        current = split.currentData()
        split.clear()
        split.addItem(self.tr("Process"), "process")
        split.addItem(self.tr("Department"), "department")
        split.setCurrentIndex(max(split.findData(current), 0))
        split.blockSignals(False)

    def _fill_bar_combo(self) -> None:
        combo = self.ui.barCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(click a bar or choose one)"), None)
        for name in BAR_CHARTS:
            chart = self.charts[name]
            for key, value in zip(chart.keys, chart.values, strict=True):
                if value > 0:
                    combo.addItem(self.tr("{bar}: {count}").format(
                        bar=self._bar_text(name, key), count=value), f"{name}\x1f{key}")
        if self.chosen is not None:
            combo.setCurrentIndex(max(combo.findData("\x1f".join(self.chosen)), 0))
        combo.blockSignals(False)

    def _bar_text(self, chart: str, key: str) -> str:
        if chart == "pareto":
            return self.tr("cause {name}").format(name=cause_name(key))
        if chart == "model":
            return self.tr("model {name}").format(name=key)
        if self._dimension(chart) == "department":
            return self.tr("department {name}").format(name=key or self.tr("(none)"))
        return self.tr("process {name}").format(name=key or self.tr("(none)"))

    def _dimension(self, chart: str) -> str:
        if chart == "pareto":
            return "cause"
        if chart == "model":
            return "model"
        return self.ui.responsibilityCombo.currentData() or "process"

    @staticmethod
    def _percent(value: float | None) -> str:
        return "–" if value is None else f"{value * 100:.1f} %"

    # -- the units table ----------------------------------------------------------------------

    def _unit_columns(self) -> list[Column[BarUnit]]:
        return [
            Column(self.tr("RMA"), lambda u: u.rma_no),
            Column(self.tr("Serial"), lambda u: u.serial),
            Column(self.tr("Model"), lambda u: u.model),
            Column(self.tr("Cause"), lambda u: cause_name(u.cause)),
            Column(self.tr("Root cause"), lambda u: u.root_cause),
            Column(self.tr("Process"), lambda u: u.responsible_process),
            Column(self.tr("Repair minutes"), lambda u: u.repair_minutes, align_right=True),
            Column(self.tr("Repaired at"),
                   lambda u: u.repaired_at.strftime("%Y-%m-%d %H:%M") if u.repaired_at else "",
                   sort_key=lambda u: u.repaired_at.isoformat() if u.repaired_at else ""),
        ]

    def _show_units(self, units: list[BarUnit], count: int) -> None:
        self.units_model.set_records(units)
        fit_columns(self.ui.unitsTable)
        self.ui.unitsCountLabel.setText(
            self.tr("{shown} of {count} units").format(shown=len(units), count=count)
            if len(units) < count else self.tr("{count} units").format(count=len(units)))
        self.units_listed.emit(len(units))

    def _clear_units(self) -> None:
        self.units_model.set_records([])
        self.ui.unitsCountLabel.setText("")
        self.ui.unitsBox.setTitle(self.tr("Units behind a bar"))

    def _open_unit(self, index: QModelIndex) -> None:
        if not index.isValid() or self.session.open_history is None:
            return
        unit = self.units_model.record(self.units_proxy.mapToSource(index).row())
        self.session.open_history(unit.rma_no, unit.serial)

    # -- the week picker ------------------------------------------------------------------------

    def _show_week(self, week: IsoWeek) -> None:
        self.week = week
        for spin in (self.ui.yearSpin, self.ui.weekSpin):
            spin.blockSignals(True)
        self.ui.yearSpin.setValue(week.year)
        self.ui.weekSpin.setMaximum(weeks_in_year(week.year))
        self.ui.weekSpin.setValue(week.week)
        for spin in (self.ui.yearSpin, self.ui.weekSpin):
            spin.blockSignals(False)

    def _picked(self) -> None:
        year = self.ui.yearSpin.value()
        self.ui.weekSpin.setMaximum(weeks_in_year(year))  # 52 or 53 weeks
        week = IsoWeek(year, min(self.ui.weekSpin.value(), weeks_in_year(year)))
        if week != self.week:
            self.set_week(week)

    def _responsibility_changed(self) -> None:
        if self.chosen is not None and self.chosen[0] == "responsibility":
            self.chosen = None
            self._clear_units()
        self._draw_responsibility()
        self._fill_bar_combo()

    def _bar_chosen(self, index: int) -> None:
        data = self.ui.barCombo.itemData(index)
        if not data:
            return
        chart, key = str(data).split("\x1f", 1)
        self.select_bar(chart, key)

    # -- Qt events --------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._asked_once:
            self.refresh()

    def closeEvent(self, event: Any) -> None:
        self._runner.close()  # what is still to come is dropped
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.period_reports_button.setText(self.tr("&Monthly / quarterly reports…"))
            self._fill_combos()
            self.units_model = self._retranslated_units_model()
            self._draw() if self.data is not None else self._draw_empty()
        super().changeEvent(event)

    def _retranslated_units_model(self) -> RecordTableModel[BarUnit]:
        model: RecordTableModel[BarUnit] = RecordTableModel(
            self._unit_columns(), key=lambda u: f"{u.rma_no}/{u.serial}", parent=self)
        model.set_records(self.units_model.records())
        self.units_proxy.setSourceModel(model)
        self.units_model.deleteLater()
        return model


# -- the yield figures (issue 17.5) --------------------------------------------------------------


class YieldCharts(QWidget):
    """First-pass yield of re-inspection (line, right axis %) and mean time to repair (bars,
    minutes) over the last weeks or months, and the return rate per delivery and per model.

    Read on a worker (``services.yields.recent_yields``); the figures are the report's
    (``benchapp report yields``), nothing is counted here.

    Signals:
        loaded(object): the YieldReport now shown.
        load_failed(str): reading failed; the message bar says why.
    """

    loaded = Signal(object)
    load_failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import (
            QComboBox,
            QGroupBox,
            QHBoxLayout,
            QLabel,
            QSpinBox,
            QSplitter,
            QTableView,
            QVBoxLayout,
        )

        super().__init__(parent)
        self._runner = OpRunner(self)  # first: it goes before the plot (see the module notes)
        self.session = session
        self.report: Any = None
        self._asked_once = False
        self._periods: list[str] = []
        self._top = 1.0  # the MTTR axis' top: the FPY line's 100 %
        fonts.ensure_cjk_font()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)
        row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("yieldCountSpin")
        self.count_spin.setRange(1, 104)
        self.count_spin.setValue(12)
        self.count_label.setBuddy(self.count_spin)
        self.per_combo = QComboBox(self)
        self.per_combo.setObjectName("yieldPerCombo")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("yieldRefreshButton")
        self.refresh_button.setAutoDefault(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("yieldStatusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.count_label, self.count_spin, self.per_combo, self.refresh_button):
            row.addWidget(w)
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.plot_box = QGroupBox(splitter)
        box_layout = QVBoxLayout(self.plot_box)
        self.widget = _plot_widget(self.plot_box, "yieldPlot")
        box_layout.addWidget(self.widget)
        self.plot = self.widget.getPlotItem()
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=TREND_BAR_COLOUR,
                                    pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.line = pg.PlotDataItem(pen=pg.mkPen(LINE_COLOUR, width=2), connect="finite",
                                    symbol="o", symbolSize=6, symbolBrush=LINE_COLOUR,
                                    antialias=True)
        self.plot.addItem(self.line)
        self.plot.showAxis("right")
        tables = QWidget(splitter)
        tables_layout = QHBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        self.deliveries_box = QGroupBox(tables)
        self.models_box = QGroupBox(tables)
        self.deliveries_table = QTableView(self.deliveries_box)
        self.deliveries_table.setObjectName("yieldDeliveriesTable")
        self.models_table = QTableView(self.models_box)
        self.models_table.setObjectName("yieldModelsTable")
        for box, table in ((self.deliveries_box, self.deliveries_table),
                           (self.models_box, self.models_table)):
            QVBoxLayout(box).addWidget(table)
            tables_layout.addWidget(box)
        tables_layout.setStretch(0, 3)
        tables_layout.setStretch(1, 2)
        layout.addWidget(splitter, 1)
        splitter.setSizes([400, 250])
        self.deliveries_model: RecordTableModel[Any] | None = None
        self.models_model: RecordTableModel[Any] | None = None
        self._set_models([], [])
        setup_table(self.deliveries_table)
        setup_table(self.models_table)
        self._retranslate()
        self.per_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_spin.editingFinished.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)

    # -- public ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._asked_once = True
        self.status_label.setText(self.tr("Loading…"))
        session, count = self.session, self.count_spin.value()
        by = self.per_combo.currentData() or "week"

        def work() -> Any:
            from benchapp.services.yields import recent_yields

            return recent_yields(session.uow(), count=count, by=by)

        self._runner.run(work, kind="yields", on_success=self._loaded,
                         on_failure=self._failed)

    def wait_for_workers(self) -> None:
        self._runner.wait()

    def drawn(self) -> dict[str, list[Any]]:
        """What the chart shows: the periods, MTTR bar heights, first-pass yield in %."""
        _x, y = self.line.getData()
        top = self._top
        return {"periods": list(self._periods),
                "mttr_minutes": [float(h) for h in self.bars.opts.get("height", [])],
                "first_pass_yield_percent": [None if math.isnan(v) else round(v / top * 100, 2)
                                             for v in (y if y is not None else [])]}

    # -- loading -----------------------------------------------------------------------------

    def _loaded(self, report: Any) -> None:
        if self.message_bar.kind == "error":
            self.message_bar.clear()
        self.report = report
        self._draw()
        self._set_models(list(report.deliveries), list(report.models))
        fit_columns(self.deliveries_table)
        fit_columns(self.models_table)
        self.loaded.emit(report)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseUnavailable):
            text = self.tr("The database cannot be reached, so the figures cannot be read. "
                           "Check the network, then choose Retry. ({detail})").format(
                detail=error)
        elif isinstance(error, DomainError):
            text = messages.error_text(error)
        else:
            self.status_label.setText("")
            raise error  # a bug: the crash handler (or pytest-qt) sees it
        self.message_bar.show_message("error", text, action_text=self.tr("&Retry"),
                                      action=self.refresh)
        self.status_label.setText(self.tr("The figures could not be read."))
        self.load_failed.emit(text)

    def _draw(self) -> None:
        report = self.report
        if report is None:
            return
        buckets = list(report.buckets)
        self._periods = [b.period for b in buckets]
        n = len(buckets)
        minutes = [b.mttr_minutes or 0.0 for b in buckets]
        top = self._top = max(max(minutes, default=0.0) * 1.15, 1.0)
        self.bars.setOpts(x=list(range(n)), height=minutes, width=0.6)
        ys = [math.nan if b.first_pass_yield is None else b.first_pass_yield * top
              for b in buckets]
        if all(math.isnan(y) for y in ys):
            ys = []  # nothing re-inspected: no line (pyqtgraph's symbols warn on all-NaN)
        self.line.setData(x=[float(i) for i in range(len(ys))], y=ys)
        self.plot.setXRange(-0.8, max(n, 1) - 0.2, padding=0)
        self.plot.setYRange(0, top, padding=0)
        self.plot.getAxis("right").setScale(100.0 / top)
        step = max(1, math.ceil(n / 12))  # labels far enough apart not to collide
        ticks = [(i, b.period.replace(f"{b.period[:4]}-", "") if report.range.by == "week"
                  else b.period) for i, b in enumerate(buckets) if (n - 1 - i) % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        self.plot.setLabel("left", self.tr("Mean time to repair (min)"),
                           color=TREND_BAR_COLOUR.darker(150).name())
        self.plot.setLabel("right", self.tr("First-pass yield %"), color=LINE_COLOUR.name())
        total = report.total
        self.status_label.setText(self.tr(
            "{first} to {last}: first-pass yield {fpy} ({passed} of {units} units "
            "re-inspected), mean time to repair {mttr} ({repairs} repairs)").format(
            first=str(report.range.weeks[0]), last=str(report.range.weeks[-1]),
            fpy=SupervisorCharts._percent(total.first_pass_yield), passed=total.first_pass,
            units=total.reinspected,
            mttr="–" if total.mttr_minutes is None
            else self.tr("{minutes} min").format(minutes=f"{total.mttr_minutes:.1f}"),
            repairs=total.repairs))

    # -- texts -------------------------------------------------------------------------------

    def _delivery_columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Delivery"), lambda d: d.delivery_no),
            Column(self.tr("Customer"), lambda d: d.customer),
            Column(self.tr("Models"), lambda d: ", ".join(d.models)),
            Column(self.tr("Returned"), lambda d: d.returned_units, align_right=True),
            Column(self.tr("Delivered"),
                   lambda d: self.tr("unknown") if d.delivered_qty is None else d.delivered_qty,
                   align_right=True, sort_key=lambda d: d.delivered_qty or 0),
            Column(self.tr("Return rate"), lambda d: SupervisorCharts._percent(d.return_rate),
                   align_right=True, sort_key=lambda d: d.return_rate or 0.0),
        ]

    def _model_columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Model"), lambda m: m.model),
            Column(self.tr("Deliveries"), lambda m: m.deliveries, align_right=True),
            Column(self.tr("Returned"), lambda m: m.returned_units, align_right=True),
            Column(self.tr("Delivered"), lambda m: m.delivered_qty, align_right=True),
            Column(self.tr("Return rate"), lambda m: SupervisorCharts._percent(m.return_rate),
                   align_right=True, sort_key=lambda m: m.return_rate or 0.0),
            Column(self.tr("Without quantity"), lambda m: m.without_qty, align_right=True),
        ]

    def _set_models(self, deliveries: list[Any], models: list[Any]) -> None:
        """New table models (column titles in the current language) with these rows."""
        for old in (self.deliveries_model, self.models_model):
            if old is not None:
                old.deleteLater()
        self.deliveries_model = RecordTableModel(
            self._delivery_columns(), key=lambda d: f"{d.customer}\x1f{d.delivery_no}",
            parent=self)
        self.models_model = RecordTableModel(self._model_columns(), key=lambda m: m.model,
                                             parent=self)
        self.deliveries_model.set_records(deliveries)
        self.models_model.set_records(models)
        self.deliveries_table.setModel(self.deliveries_model)
        self.models_table.setModel(self.models_model)

    def _retranslate(self) -> None:
        self.count_label.setText(self.tr("&Last:"))
        per = self.per_combo.currentData()
        self.per_combo.blockSignals(True)
        self.per_combo.clear()
        self.per_combo.addItem(self.tr("weeks"), "week")
        self.per_combo.addItem(self.tr("months"), "month")
        self.per_combo.setCurrentIndex(max(self.per_combo.findData(per), 0))
        self.per_combo.blockSignals(False)
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.plot_box.setTitle(self.tr("First-pass yield of re-inspection and mean time to "
                                       "repair (the repair records' minutes)"))
        self.deliveries_box.setTitle(self.tr("Return rate per delivery (deliveries with an "
                                             "RMA received in the period)"))
        self.models_box.setTitle(self.tr("Return rate per model"))

    # -- Qt events --------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._asked_once:
            self.refresh()

    def closeEvent(self, event: Any) -> None:
        self._runner.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._set_models(self.deliveries_model.records(), self.models_model.records())
            self._draw()
        super().changeEvent(event)
