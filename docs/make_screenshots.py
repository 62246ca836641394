"""Render every station and the main dialogs in Chinese and English to docs/screenshots/*.png.

Run from a checkout: `python docs/make_screenshots.py` (offscreen; needs a CJK font such as
fonts-wqy-zenhei, or the Chinese shots show boxes). The data is the demo shop
(`benchapp.demo.load_demo`) in a throwaway SQLite database; loading it signs real slips and
takes about half a minute. `--demo-db FILE` keeps a loaded copy in FILE and starts from a
fresh copy of it on the next run (the demo's dates follow the day it was loaded).

Written per language (`zh_CN`, `en`):
  station_<station>_<lang>.png  each station's view (receiving, qc, repair, packing, supervisor)
  station_receiving_shipping_<lang>.png  the shipping tab of Receiving & Shipping
  supervisor_charts_<lang>.png  the supervisor's Statistics tab
  handover_give_<lang>.png, handover_receive_<lang>.png  the transfer slip dialogs
  history_<lang>.png            an RMA's history, slips tab with verified signatures
  login_<lang>.png, rmas_<lang>.png  the sign-in window and the All RMAs tab
  station_chooser_<lang>.png, lock_<lang>.png
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `python docs/make_screenshots.py` from an uninstalled checkout

OUT = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1366, 768)
DIALOG_WAIT_S = 60.0
# The shots show a bench's own database, not the temporary directory.
SHOWN_DATABASE = "sqlite:///C:/benchapp/benchapp.db"
# Who works at each station in the shots: the demo person whose lists are fullest there.
STATION_USERS = {
    "receiving": "clerk",
    "qc": "tester",
    "repair": "repair",
    "packing": "packer",
    "supervisor": "qcsup",
}

# A repair record half typed in (the demo shop's own words: the shop works in Chinese).
REPAIR_DRAFT = {
    "symptom": "输出电压纹波大，带载后反复重启",
    "root_cause": "C45 电解电容 (470µF/35V) 顶部轻微鼓起，ESR 实测 0.9 Ω (规格 ≤0.12 Ω)",
    "cause": "material",
    "process": "来料检验",
    "department": "品质部",
    "actions": "更换 C45 为合格批次；同批库存隔离退供应商，IQC 增加 ESR 抽检项目",
    "parts": [{"ref_des": "C45", "part_no": "EEU-FR1V471", "qty": 1, "lot": "L2409-118",
               "date_code": "2438"}],
    "minutes": 25,
}
NEW_RETURN = {
    "customer": "深圳市鼎信智控科技有限公司",
    "model": "PCBA-MC200-V3",
    "quantity": 3,
    "complaint": "上电后电机不转，RS485 无通讯响应",
    "storage": "A-03-2",
    "serials": ["MC2V3-2609-01187", "MC2V3-2609-01192"],
}


# -- Qt helpers --------------------------------------------------------------------------------


def settle(rounds: int = 3) -> None:
    """Let queued signals, layouts and deferred deletes run."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(done: Callable[[], bool], what: str, timeout: float = DIALOG_WAIT_S) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.02)


def grab(widget: Any, out: Path, name: str) -> Path:
    widget.show()
    settle()
    path = out / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)
    return path


def dispose(*widgets: Any) -> None:
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    settle()


def scan(text: str) -> Any:
    from benchapp.devices.scan import parse_scan

    result = parse_scan(text)
    if not hasattr(result, "kind"):
        raise SystemExit(f"{text!r} does not scan: {result}")
    return result


# -- the shop ----------------------------------------------------------------------------------


class Shop:
    """The demo database and the people in it."""

    def __init__(self, engine: Any) -> None:
        from benchapp.db.engine import describe
        from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork

        self.engine = engine
        self.uow_factory = lambda: SqlAlchemyUnitOfWork(engine)
        self.database_text = describe(SHOWN_DATABASE)
        self._users: dict[str, Any] = {}

    def user(self, username: str) -> Any:
        from benchapp.demo import DEMO_PASSWORD
        from benchapp.services import users

        if username not in self._users:
            self._users[username] = users.login(self.uow_factory(), username, DEMO_PASSWORD)
        return self._users[username]

    def session(self, station: Any, username: str | None = None) -> Any:
        from benchapp.slips.port import PdfSlips
        from benchapp.ui.session import Session

        user = self.user(username or STATION_USERS[station.value])
        return Session(user=user, station=station, uow_factory=self.uow_factory,
                       slips=PdfSlips(), database_text=self.database_text)

    def window(self, station: Any, username: str | None = None) -> Any:
        from benchapp.ui.main_window import MainWindow

        session = self.session(station, username)
        window = MainWindow(self.uow_factory, session.user, database_text=self.database_text,
                            session=session)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle()
        return window


@contextmanager
def demo_database(keep: Path | None) -> Iterator[Any]:
    """A migrated SQLite database holding the demo shop, deleted afterwards."""
    from benchapp.db.engine import make_engine
    from benchapp.db.migrate import upgrade
    from benchapp.demo import load_demo

    def load(path: Path) -> None:
        started = time.monotonic()
        print(f"loading the demo shop into {path} (signs real slips, about 30 s)…", flush=True)
        engine = make_engine(f"sqlite:///{path}")
        try:
            upgrade(engine)
            summary = load_demo(engine)
        finally:
            engine.dispose()
        print(f"  {summary.rmas} RMAs, {summary.units} units, {summary.handovers} handovers "
              f"in {time.monotonic() - started:.0f} s", flush=True)

    with tempfile.TemporaryDirectory(prefix="benchapp-shots-") as tmp:
        path = Path(tmp) / "bench.db"
        if keep is None:
            load(path)
        else:
            if not keep.is_file():
                keep.parent.mkdir(parents=True, exist_ok=True)
                load(keep)
            shutil.copyfile(keep, path)  # the shots never change the kept copy
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)
        try:
            yield engine
        finally:
            engine.dispose()


def stage(shop: Shop) -> None:
    """One more step on the demo's timeline, through the services like every other one.

    QC signs a slip handing the units waiting for rework to the repair station, so the repair
    station has a slip to receive and the receive dialog has more than one unit to count.
    """
    from benchapp.demo import DEMO_PASSWORD
    from benchapp.domain.rma import UnitState
    from benchapp.domain.roles import Station
    from benchapp.services import queries
    from benchapp.services import slips as slip_service
    from benchapp.slips.port import PdfSlips

    if queries.incoming_handovers(shop.uow_factory(), Station.REPAIR.value):
        return
    waiting: dict[str, list[str]] = {}
    for unit in queries.station_units(shop.uow_factory(), custody=Station.QC.value):
        if unit.state == UnitState.TO_REWORK.value and not unit.on_open_slip:
            waiting.setdefault(unit.rma_no, []).append(unit.serial)
    if not waiting:
        return
    rma_no, serials = max(waiting.items(), key=lambda kv: len(kv[1]))
    slip_service.hand_over(shop.uow_factory(), shop.user(STATION_USERS["qc"]).actor(),
                           rma_no=rma_no, from_station=Station.QC, to_station=Station.REPAIR,
                           serials=serials, declared_count=len(serials), password=DEMO_PASSWORD,
                           port=PdfSlips())


# -- the shots ---------------------------------------------------------------------------------


def shoot_login(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.ui.login import LoginWindow

    login = LoginWindow(shop.uow_factory, database_text=shop.database_text)
    login.resize(login.sizeHint().expandedTo(login.minimumSize()))
    grab(login, out, f"login_{lang}.png")
    dispose(login)


def shoot_receiving(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import Station

    window = shop.window(Station.RECEIVING)
    view = window.view
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.newTab)
    ui.customerCombo.setEditText(NEW_RETURN["customer"])
    ui.modelEdit.setText(NEW_RETURN["model"])
    ui.declaredSpin.setValue(NEW_RETURN["quantity"])
    ui.countedSpin.setValue(NEW_RETURN["quantity"])
    ui.complaintEdit.setPlainText(NEW_RETURN["complaint"])
    ui.storageEdit.setText(NEW_RETURN["storage"])
    for serial in NEW_RETURN["serials"]:
        view.new_rma.add_serial(serial)
    ui.serialScanEdit.setFocus()
    grab(window, out, f"station_receiving_{lang}.png")

    # Shipping: the packed units back from packing, one ticked into the box.
    ready = [u for group in view.ship_rma_model.records() for u in group.units]
    if ready:
        view.handle_scan(scan(ready[0].serial))
        grab(window, out, f"station_receiving_shipping_{lang}.png")
    else:
        print("  (no unit is ready to ship: no shipping shot)", file=sys.stderr)
    dispose(window)


def shoot_qc(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.rma import UnitState
    from benchapp.domain.roles import Station

    window = shop.window(Station.QC)
    view = window.view
    # Screening: the unit the fixture tested, waiting for the visual check.
    units = view.screening_model.records()
    order = (UnitState.SCREENING_TESTED, UnitState.AWAITING_SCREENING)
    unit = next((u for state in order for u in units if u.state == state), None)
    if unit is None:
        print("  (no unit waits for screening at QC)", file=sys.stderr)
    else:
        view.handle_scan(scan(unit.serial))
        settle()
    grab(window, out, f"station_qc_{lang}.png")
    dispose(window)


def shoot_repair(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.rma import UnitState
    from benchapp.domain.roles import Station

    window = shop.window(Station.REPAIR)
    view = window.view
    units = view.queue_model.records()
    unit = next((u for u in units if u.state == UnitState.IN_REPAIR.value and u.due_confirmed),
                None)
    if unit is None:
        print("  (no confirmed unit in repair: the form stays empty)", file=sys.stderr)
    else:
        view.handle_scan(scan(unit.serial))
        ui = view.ui
        draft = REPAIR_DRAFT
        ui.symptomEdit.setPlainText(draft["symptom"])
        ui.rootCauseEdit.setPlainText(draft["root_cause"])
        ui.causeCombo.setCurrentIndex(ui.causeCombo.findData(draft["cause"]))
        ui.processCombo.setEditText(draft["process"])
        ui.departmentCombo.setEditText(draft["department"])
        ui.actionsEdit.setPlainText(draft["actions"])
        view.parts_model.set_parts(draft["parts"])
        ui.minutesSpin.setValue(draft["minutes"])
        ui.actionsEdit.setFocus()
    grab(window, out, f"station_repair_{lang}.png")
    dispose(window)


def shoot_packing(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import Station

    window = shop.window(Station.PACKING)
    view = window.view
    units = view.unit_model.records()
    for unit in units[:2]:  # two of the RMA's units counted into the box
        view.handle_scan(scan(unit.serial))
    grab(window, out, f"station_packing_{lang}.png")
    dispose(window)


def shoot_supervisor(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import Station

    window = shop.window(Station.SUPERVISOR)
    view = window.view
    items = view.queue_model.records()
    mine = [i for i in items if i.may_decide] or items
    if mine:
        view.select_escalation(mine[0].id)
        view.ui.decisionCombo.setFocus()
    else:
        print("  (no open escalation for the supervisor)", file=sys.stderr)
    grab(window, out, f"station_supervisor_{lang}.png")

    # Statistics: the charts read the week's figures on a worker thread.
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.statisticsTab)
    charts = view.ensure_charts()
    if charts is None:
        print("  (the supervisor charts are not available)", file=sys.stderr)
    else:
        wait_until(lambda: charts.data is not None and not charts.loading, "the charts")
        # The biggest cause bar chosen: its units listed below the charts.
        values = charts.bar_values("pareto")
        if values:
            listed: list[int] = []
            charts.units_listed.connect(listed.append)
            charts.select_bar("pareto", max(values, key=values.__getitem__))
            wait_until(lambda: bool(listed), "the units behind a bar")
        settle()
        grab(window, out, f"supervisor_charts_{lang}.png")
        charts.close()
    dispose(window)


def shoot_all_rmas(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import Station

    window = shop.window(Station.RECEIVING)
    window.ui.tabs.setCurrentIndex(1)  # reads the first page
    window.wait_loaded()
    model = window.rma_model
    rmas = [model.rma(row) for row in range(model.rowCount())]
    if rmas:
        # The RMA with the most units that is still under way, so the unit list is full.
        open_rmas = [r for r in rmas if set(r.states) - {"shipped"}] or rmas
        window.select_rma(max(open_rmas, key=lambda r: sum(r.states.values())).rma_no)
        window.wait_loaded()
    grab(window, out, f"rmas_{lang}.png")
    dispose(window)


def shoot_give(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import Station
    from benchapp.services import queries
    from benchapp.ui.handover_dialog import GiveDialog
    from benchapp.ui.stations.repair import READY_FOR_QC

    # Repaired units of one RMA going back to QC: two of them ticked.
    session = shop.session(Station.REPAIR)
    units = [u for u in queries.station_units(session.uow(), custody=Station.REPAIR.value)
             if u.state in READY_FOR_QC]
    by_rma: dict[str, list[Any]] = {}
    for unit in units:
        by_rma.setdefault(unit.rma_no, []).append(unit)
    if not by_rma:
        print("  (no repaired unit at repair: no give dialog)", file=sys.stderr)
        return
    rma_no, ready = max(by_rma.items(), key=lambda kv: len([u for u in kv[1]
                                                             if not u.on_open_slip]))
    dialog = GiveDialog(session, rma_no=rma_no, to_station=Station.QC, units=ready)
    ticked = [u for u in ready if not u.on_open_slip][:2]
    for unit in ticked:
        dialog.handle_scan(scan(unit.serial))
    dialog.ui.declaredSpin.setValue(len(ticked))  # counted into the box
    grab(dialog, out, f"handover_give_{lang}.png")
    dispose(dialog)


def shoot_receive(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import Station
    from benchapp.services import queries
    from benchapp.ui.handover_dialog import ReceiveDialog, load_incoming

    slips = [(station, h) for station in Station if station is not Station.SUPERVISOR
             for h in queries.incoming_handovers(shop.uow_factory(), station.value)]
    if not slips:
        print("  (no open slip: no receive dialog)", file=sys.stderr)
        return
    station, slip = max(slips, key=lambda sh: sh[1].declared_count)
    session = shop.session(station)
    dialog = ReceiveDialog(session, load_incoming(session, slip.slip_no))
    dialog.handle_scan(scan(slip.serials[0]))  # the first unit counted in
    grab(dialog, out, f"handover_receive_{lang}.png")
    dispose(dialog)


def shoot_history(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import Station
    from benchapp.services import history as history_service
    from benchapp.services import queries
    from benchapp.ui.history import HistoryDialog

    # The RMA with the most repair records (and then slips): the fullest history.
    best: tuple[int, int, str] | None = None
    for rma in queries.rma_overview(shop.uow_factory()):
        h = history_service.rma_history(shop.uow_factory(), rma.rma_no)
        if h.repairs and h.slips:
            key = (len(h.repairs), len(h.slips), h.rma_no)
            best = key if best is None or key > best else best
    if best is None:
        print("  (no RMA with repairs and slips: no history shot)", file=sys.stderr)
        return
    session = shop.session(Station.QC)
    dialog = HistoryDialog(session, best[2])
    dialog.resize(1280, 800)
    dialog.show()
    dialog.refresh()
    ui = dialog.ui
    ui.tabWidget.setCurrentWidget(ui.slipsTab)  # selects the first slip and checks it
    first = dialog.selected_slip_no()
    for slip in dialog.slips_model.records():  # every slip's signatures checked
        if slip.stored and slip.slip_no not in dialog.verdicts:
            dialog.verify_slip(slip.slip_no)
    if first is not None:
        dialog.select_slip(first)
    wait_until(lambda: first is None or first in dialog.verdicts, "the slip check")
    grab(dialog, out, f"history_{lang}.png")
    dispose(dialog)


def shoot_chooser_and_lock(shop: Shop, out: Path, lang: str) -> None:
    from benchapp.domain.roles import stations_for
    from benchapp.ui.lock import LockDialog
    from benchapp.ui.station_chooser import StationChooserDialog

    user = shop.user(STATION_USERS["supervisor"])  # QC and Supervisor: a real choice
    chooser = StationChooserDialog(user, stations_for(user.roles))
    grab(chooser, out, f"station_chooser_{lang}.png")
    dispose(chooser)

    lock = LockDialog(user, shop.uow_factory)
    grab(lock, out, f"lock_{lang}.png")
    dispose(lock)


SHOTS = (shoot_login, shoot_receiving, shoot_qc, shoot_repair, shoot_packing, shoot_supervisor,
         shoot_all_rmas, shoot_give, shoot_receive, shoot_history, shoot_chooser_and_lock)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where the PNGs go")
    parser.add_argument("--lang", action="append", choices=("zh_CN", "en"),
                        help="only this language (repeatable; default: both)")
    parser.add_argument("--demo-db", type=Path, metavar="FILE",
                        help="keep the loaded demo in FILE and reuse it on later runs")
    args = parser.parse_args(argv)
    started = time.monotonic()

    # Before the QApplication exists: no display needed, and every machine renders alike.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The bench's QSettings (station, idle lock, language) of whoever runs this stay untouched.
    config = tempfile.TemporaryDirectory(prefix="benchapp-shots-config-")
    os.environ["XDG_CONFIG_HOME"] = config.name

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from benchapp.ui import fonts, i18n

    def quiet(_mode: Any, _context: Any, message: str) -> None:
        # The offscreen platform cannot raise windows or pass size hints: it says so each time.
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if fonts.ensure_cjk_font() is None:
        print("warning: no CJK font; install fonts-wqy-zenhei", file=sys.stderr)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    languages = args.lang or [i18n.CHINESE, i18n.ENGLISH]
    with demo_database(args.demo_db) as engine:
        shop = Shop(engine)
        stage(shop)
        for lang in languages:
            translation = i18n.install(lang)
            if translation.language != lang:
                print(f"warning: no {lang} catalogue; its shots are in English",
                      file=sys.stderr)
            try:
                for shot in SHOTS:
                    shot(shop, out, lang)
            finally:
                translation.remove()
    settle()
    app.processEvents()
    config.cleanup()
    print(f"done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
