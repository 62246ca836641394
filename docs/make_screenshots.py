"""Render the sign-in and RMA-list windows in Chinese and English to docs/screenshots/*.png.

Run from a checkout: `python docs/make_screenshots.py` (offscreen; needs a CJK font such as
fonts-wqy-zenhei, or the Chinese shots show boxes). Uses a throwaway SQLite database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from benchapp.db.engine import describe, make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain.rma import NewRma
from benchapp.domain.roles import Station
from benchapp.services import users, workflow
from benchapp.ui import fonts, i18n
from benchapp.ui.login import LoginWindow
from benchapp.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"
PASSWORD = "bench-demo-1"


def fill(uow_factory) -> object:
    """A clerk, a packer and a tester; four RMAs at different steps. Returns the clerk."""
    admin = users.add_user(uow_factory(), None, username="admin", display_name="系统管理员",
                           roles=["admin"], password=PASSWORD).actor()
    clerk = users.add_user(uow_factory(), admin, username="wangfang", display_name="王芳",
                           roles=["business_clerk"], password=PASSWORD, badge="BADGE-1001",
                           pin="1234")
    packer = users.add_user(uow_factory(), admin, username="lina", display_name="李娜",
                            roles=["packer"], password=PASSWORD).actor()
    tester = users.add_user(uow_factory(), admin, username="zhaolei", display_name="赵磊",
                            roles=["tester", "qc_lead"], password=PASSWORD).actor()
    forms = [
        NewRma(customer="深圳市华讯通信设备有限公司", model="PCBA-MB-2210", declared_qty=3,
               counted_qty=3, complaint="上电无显示", due_date=date(2025, 7, 18),
               serials=["SN24A0117", "SN24A0118", "SN24A0121"]),
        NewRma(customer="东莞力拓智能科技", model="CTRL-BD-07", declared_qty=2, counted_qty=2,
               complaint="按键失灵", due_date=date(2025, 7, 22),
               serials=["CB07-55812", "CB07-55817"]),
        NewRma(customer="Nordlicht Elektronik GmbH", model="PWR-12V-A3", declared_qty=5,
               counted_qty=5, complaint="Output ripple above spec", batch=True,
               due_date=date(2025, 7, 30)),
        NewRma(customer="苏州瑞博电子", model="LED-DRV-350", declared_qty=1, counted_qty=1,
               complaint="间歇性闪烁", due_date=date(2025, 8, 4), serials=["LD350-9001"]),
    ]
    received = [workflow.receive_rma(uow_factory(), clerk.actor(), f) for f in forms]
    first, second = received[0], received[1]
    for rma in (first, second):
        slip = workflow.offer_handover(
            uow_factory(), clerk.actor(), rma_no=rma.rma_no, from_station=Station.RECEIVING,
            to_station=Station.QC, serials=rma.serials, declared_count=len(rma.serials))
        workflow.accept_handover(uow_factory(), packer, slip_no=slip.slip_no,
                                 station=Station.QC, scanned=rma.serials,
                                 slip=slip.presented())
    for serial in first.serials[:2]:
        workflow.record_screening_test(uow_factory(), tester, rma_no=first.rma_no,
                                       serial=serial, verdict="FAIL")
        workflow.record_visual_inspection(uow_factory(), tester, rma_no=first.rma_no,
                                          serial=serial, verdict="PASS")
    return clerk


def grab(widget: QWidget, name: str) -> Path:
    widget.show()
    QApplication.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


def main() -> int:
    # Before the QApplication exists: no display needed, and every machine renders alike.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv)
    if fonts.ensure_cjk_font() is None:
        print("warning: no CJK font; install fonts-wqy-zenhei", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        engine = make_engine(url)
        upgrade(engine)

        def uow_factory() -> SqlAlchemyUnitOfWork:
            return SqlAlchemyUnitOfWork(engine)

        clerk = fill(uow_factory)
        # The shots show a bench's own database, not the temporary directory.
        database = describe("sqlite:///C:/benchapp/benchapp.db")
        for lang in (i18n.CHINESE, i18n.ENGLISH):
            translation = i18n.install(lang)
            try:
                login = LoginWindow(uow_factory, database_text=database)
                login.resize(login.sizeHint().expandedTo(login.minimumSize()))
                print(grab(login, f"login_{lang}.png"))
                login.close()

                window = MainWindow(uow_factory, clerk, database_text=database)
                window.resize(1180, 640)
                window.refresh()
                window.select_rma(window.rma_model.rma(window.rma_model.rowCount() - 1).rma_no)
                print(grab(window, f"rmas_{lang}.png"))
                window.close()
            finally:
                translation.remove()
        engine.dispose()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
