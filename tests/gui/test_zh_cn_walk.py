"""Chinese everywhere (issue 16 item 4): every view and dialog of the demo shop in zh_CN shows
no English word and no internal key.

The demo is loaded once for the module (it signs real slips: minutes on a busy machine). Each
station is opened as the demo person who works there, every tab shown and the first rows of
every list selected (their detail panels filled); then the history window of the RMA with the
fullest history, the handover dialogs and the other dialogs the views open. All visible text is
collected: labels, buttons, group boxes, tab texts, window titles, placeholders, read-only
text boxes, combo items, tooltips, and the headers and cells (display and tooltip) of every item
view.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.domain import notes
from benchapp.domain.handover import Refusal
from benchapp.domain.roles import Station
from tests.gui.helpers import language, settle

pytestmark = [pytest.mark.gui, pytest.mark.timeout(900)]

# Who works at each station: the demo person whose lists are fullest there (as the
# screenshots, docs/make_screenshots.py).
STATION_USERS = {
    Station.RECEIVING: "clerk",
    Station.QC: "tester",
    Station.REPAIR: "repair",
    Station.PACKING: "packer",
    Station.SUPERVISOR: "qcsup",
}
# What the window says of the database: a bench's own, not the test's temporary directory.
DATABASE_TEXT = "SQLite C:/benchapp/benchapp.db"
ROWS_SELECTED = 4  # the first rows of every list are selected, to fill the detail panels
CELLS_READ = 200   # rows read per item view (the demo's lists are shorter)

# Latin words the shop's own Chinese documents and screens use as they are; each with why.
ALLOWED_WORDS = {
    # The shop's document and process names (QP-TPZ-002 writes them in Latin letters).
    "QP", "TPZ", "QC", "IQC", "OQC", "NFF", "CAPA", "8D", "SMT", "PCBA", "ESR", "AOI",
    # Verdicts printed on the fixture reports and the slips as they are.
    "PASS", "FAIL",
    # File formats and codes the person handles by these names (the report format list names
    # Excel by the program's name and its extension).
    "PDF", "CSV", "QR", "PIN", "USB", "COM", "ID", "CA", "SHA", "JSON", "Excel", "xlsx",
    "VID", "PID",
    # The carriers' own brand names in the carrier list (中国邮政 EMS).
    "EMS",
    # The language list names each language in itself, so a person who reads it finds it.
    "English",
    # Units of measurement.
    "mm", "ms", "mA", "mV", "kg", "Hz", "kHz", "MHz", "dB", "dBm", "Ω",
    # Keys as printed on the keyboard (shortcut hints: "按 Ctrl+Enter 签名").
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Delete", "Insert", "PgUp", "PgDown",
    "Home", "End", "Space", "Backspace",
    # Sizes and the photo metadata the attachment hint names (GPS).
    "KB", "MB", "GB", "GPS",
    # ISO week numbers (the statistics' week picker; the standard's name).
    "ISO",
    # Database products named where the window says which database it uses.
    "SQLite", "PostgreSQL",
    # Ports and device names of the bench settings (the operating system's names).
    "tty", "ttyUSB", "ttyACM",
    # Time zone label the issue asks for next to shop times.
    "UTC",
    # The product's own name.
    "benchapp",
}
# The separator lines of a choice (a combo's "—") and the "×" of a part count are not words.
# A shortcut written out ("Ctrl+H"): its letter is a key, not a word.
SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt)\+(?:(?:Ctrl|Shift|Alt)\+)*\w+")
# The form of a document number in a hint ("RMA-…", "ESC-n", "BADGE-…"): its prefix, not a word.
NUMBER_FORM = re.compile(r"\b[A-Z]{2,}-(?:…|n\b|\.\.\.)")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_\-./]*|[0-9][A-Za-z0-9_\-./]*")
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def foreign(text: str, data: frozenset[str] = frozenset()) -> list[str]:
    """The English words and internal keys in one visible text ([] if none).

    A token holding a digit is a code (serial, model, slip, RMA, part or lot number, a
    reference designator): data, not prose. ``data`` holds the demo's own free texts and
    names, shown as entered.
    """
    found = []
    for token in WORD.findall(NUMBER_FORM.sub(" ", SHORTCUT.sub(" ", text))):
        token = token.strip("-./")
        if not token or token in data:
            continue
        if SNAKE.fullmatch(token):
            found.append(token)  # an internal key, never a word of the shop
            continue
        if any(c.isdigit() for c in token):
            continue
        for word in re.findall(r"[A-Za-z]+", token):
            if word in ALLOWED_WORDS or word in data:
                continue
            if len(word) >= 2 or re.fullmatch(r"[A-Za-z]", token):
                found.append(word)  # a single letter standing alone is a unit ("1 d 6 h")
    return found


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text) if "<" in text and ">" in text else text
    text = re.sub(r"&(?:nbsp|amp|lt|gt|quot);", " ", text)
    # A Chinese text's mnemonic is a Latin letter in brackets, "检验责任人(&P)": not a word.
    # (A tool button drops the "&": a single letter in brackets is a mnemonic either way.)
    text = re.sub(r"[(（]&?[A-Za-z0-9][)）]", "", text)
    return text.replace("&", "")


def _item_view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader() if isinstance(view, QTableView) else (
        view.header() if isinstance(view, QTreeView) else None)
    try:
        count = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, its columnCount is not Python's to call
        count = 1
    columns = [c for c in range(count)
               if header is None or not header.isSectionHidden(c)]
    if header is not None and not header.isHidden():
        for c in columns:
            value = model.headerData(c, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)

    def rows(parent: QModelIndex, depth: int) -> Iterator[str]:
        for r in range(min(model.rowCount(parent), CELLS_READ)):
            if isinstance(view, QTableView) and view.isRowHidden(r):
                continue
            for c in columns:
                index = model.index(r, c, parent)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if value is not None and not isinstance(value, (int, float)):
                    yield str(value)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    yield _plain(str(tip))
            first = model.index(r, 0, parent)
            if isinstance(view, QTreeView) and depth < 3 and model.rowCount(first):
                yield from rows(first, depth + 1)

    yield from rows(QModelIndex(), 0)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees in ``root`` now."""
    if root.windowTitle():
        yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield name + " tooltip", _plain(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, _plain(widget.text())
        elif isinstance(widget, QGroupBox):
            yield name, _plain(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    yield name, _plain(widget.tabText(i))
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
            if widget.isReadOnly():
                yield name, widget.text()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield name, widget.placeholderText()
            if widget.isReadOnly():
                yield name, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        elif isinstance(widget, QAbstractSpinBox):
            yield name, widget.text() if widget.specialValueText() else ""
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for text in _item_view_texts(widget):
                yield name, text


class Collector:
    """Gathers what a walk shows; ``problems`` lists the foreign texts with where they were."""

    def __init__(self, data: frozenset[str]) -> None:
        self.data = data
        self.problems: dict[str, str] = {}
        self.texts = 0

    def collect(self, root: QWidget, where: str) -> None:
        settle()
        QApplication.processEvents()
        for widget_name, text in visible_texts(root):
            if not text:
                continue
            self.texts += 1
            words = foreign(text, self.data)
            if words:
                self.problems.setdefault(text, f"{where}: {widget_name}: {words}")

    def walk(self, root: QWidget, where: str) -> None:
        """Every tab of every tab widget shown (nested ones too), the first rows of every
        list selected, and what is visible collected at each step."""
        self.collect(root, where)
        seen: set[int] = set()
        while True:
            bars = [b for b in root.findChildren(QTabBar) if b.isVisible() and id(b) not in seen]
            if not bars:
                break
            for bar in bars:
                seen.add(id(bar))
                current = bar.currentIndex()
                for i in range(bar.count()):
                    if bar.isTabVisible(i) and bar.isTabEnabled(i):
                        bar.setCurrentIndex(i)
                        self.select_rows(root, f"{where} / {_plain(bar.tabText(i))}")
                bar.setCurrentIndex(current)

    def select_rows(self, root: QWidget, where: str) -> None:
        self.collect(root, where)
        for view in [v for v in root.findChildren(QAbstractItemView)
                     if v.isVisible() and not isinstance(v, QHeaderView)
                     and v.selectionMode() != QAbstractItemView.SelectionMode.NoSelection]:
            model = view.model()
            if model is None:
                continue
            for row in range(min(model.rowCount(QModelIndex()), ROWS_SELECTED)):
                if not view.isVisible():
                    break
                view.setCurrentIndex(model.index(row, 0))
                self.collect(root, f"{where} / row {row + 1}")

    def report(self) -> str:
        return "\n".join(f"{where}: {text!r}" for text, where in sorted(
            self.problems.items(), key=lambda kv: kv[1]))


# -- the demo shop -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The demo shop in SQLite, loaded once for the module.

    BENCHAPP_TEST_DEMO_DB=FILE keeps a loaded copy in FILE and starts from a copy of it (as
    docs/make_screenshots.py --demo-db does), for working on this test; unset, it loads anew.
    """
    from benchapp.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "bench.db"
    kept = os.environ.get("BENCHAPP_TEST_DEMO_DB")
    if kept and Path(kept).is_file():
        shutil.copyfile(kept, path)
    else:
        engine = make_engine(f"sqlite:///{path}")
        try:
            upgrade(engine)
            load_demo(engine)
        finally:
            engine.dispose()
        if kept:
            shutil.copyfile(path, kept)
    return path


class DemoShop:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        upgrade(self.engine)
        self._users: dict[str, Any] = {}

    def uow(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.engine)

    def user(self, username: str) -> Any:
        from benchapp.demo import DEMO_PASSWORD
        from benchapp.services import users

        if username not in self._users:
            self._users[username] = users.login(self.uow(), username, DEMO_PASSWORD)
        return self._users[username]

    def session(self, station: Station, username: str | None = None) -> Any:
        from benchapp.slips.port import PdfSlips
        from benchapp.ui.session import Session

        return Session(user=self.user(username or STATION_USERS[station]), station=station,
                       uow_factory=self.uow, slips=PdfSlips(), database_text=DATABASE_TEXT)

    def free_texts(self) -> frozenset[str]:
        """What people typed into the demo (customer names, complaints, notes, repair texts):
        shown as entered, so not the UI's words. Only the demo's own texts in Latin letters
        are listed, token by token."""
        from sqlalchemy import text

        queries = [
            "SELECT customer, model, complaint, contact FROM rmas",
            # The addresses the clerk confirmed at shipping ("B 栋": a building's letter).
            "SELECT address FROM shipping_notes",
            ("SELECT symptom, root_cause, actions, responsible_process, "
             "responsible_department FROM repair_records"),
            # Login names, shown beside a person's name where people are picked.
            "SELECT username FROM users",
            # The shop's defect code list (codes such as D-BRIDGE, C-AOI-ESCAPE).
            "SELECT symptom_code, defect_code, cause_code FROM defect_codes",
        ]
        # The database's location, as the administrator set it up.
        words: set[str] = {*WORD.findall(DATABASE_TEXT), *re.findall(r"[A-Za-z]+", DATABASE_TEXT)}
        with self.engine.connect() as connection:
            for query in queries:
                for row in connection.execute(text(query)):
                    for value in row:
                        words.update(WORD.findall(str(value or "")))
                        words.update(re.findall(r"[A-Za-z]+", str(value or "")))
            # What people wrote into escalations, decisions and refusals; not the notes the app
            # writes itself (domain.notes tells them apart: those must be translated).
            refusals = frozenset(r.value for r in Refusal)
            for kind, note, reason in connection.execute(
                    text("SELECT kind, note, decision_reason FROM escalations")):
                read = notes.read_note(kind, note, refusals)
                typed = [reason or ""]
                if read.kind is notes.NoteKind.WRITTEN:
                    typed.append(read.fields["text"])
                elif read.kind is notes.NoteKind.REFUSED \
                        and notes.read_refusal_note(read.fields["note"]) is None:
                    typed.append(read.fields["note"])
                for value in typed:
                    words.update(re.findall(r"[A-Za-z]+", value))
            for (note,) in connection.execute(text("SELECT refusal_note FROM handovers")):
                if notes.read_refusal_note(note) is None:
                    words.update(re.findall(r"[A-Za-z]+", note or ""))
            # The fixtures' measurement names and units (I_RUN, RSSI, dBm), as they report them.
            for (stored,) in connection.execute(text("SELECT measurements FROM screenings")):
                for m in json.loads(stored or "[]"):
                    words.update(re.findall(r"[A-Za-z]+", f"{m.get('name')} {m.get('unit')}"))
                    words.add(str(m.get("name")))
        return frozenset(words)


@pytest.fixture(scope="module")
def demo(demo_db) -> Iterator[DemoShop]:
    shop = DemoShop(f"sqlite:///{demo_db}")
    try:
        yield shop
    finally:
        shop.engine.dispose()


@pytest.fixture
def chinese(qapp, tmp_path):
    with language("zh_CN", tmp_path) as translation:
        assert translation.language == "zh_CN"
        yield translation


def _assert_chinese(collector: Collector) -> None:
    assert collector.texts > 0
    assert not collector.problems, (
        f"{len(collector.problems)} visible text(s) in English or internal keys:\n"
        + collector.report())


def _window(qtbot, demo: DemoShop, station: Station) -> Any:
    from benchapp.ui.main_window import MainWindow

    session = demo.session(station)
    window = MainWindow(demo.uow, session.user, database_text=DATABASE_TEXT, session=session)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    settle()
    return window


@pytest.mark.parametrize("station", list(STATION_USERS), ids=lambda s: s.value)
def test_every_station_view_is_chinese(qtbot, demo, chinese, station):
    collector = Collector(demo.free_texts())
    window = _window(qtbot, demo, station)
    window.ui.tabs.setCurrentIndex(0)
    settle()
    collector.walk(window, station.value)
    window.ui.tabs.setCurrentIndex(1)  # All RMAs
    window.wait_loaded()
    collector.select_rows(window, f"{station.value} / all RMAs")
    window.close()
    _assert_chinese(collector)


def _richest_rma(demo: DemoShop) -> str:
    from benchapp.services import history as history_service
    from benchapp.services import queries

    best: tuple[int, str] | None = None
    for rma in queries.rma_overview(demo.uow()):
        h = history_service.rma_history(demo.uow(), rma.rma_no)
        key = (len(h.log) + 3 * len(h.repairs) + 3 * len(h.slips) + 3 * len(h.escalations),
               h.rma_no)
        best = key if best is None or key > best else best
    assert best is not None
    return best[1]


def test_the_history_window_is_chinese(qtbot, demo, chinese):
    from benchapp.services import history as history_service
    from benchapp.services import queries
    from benchapp.ui.history import HistoryDialog

    collector = Collector(demo.free_texts())
    # The richest history, and every RMA with an escalation or a refused slip (their notes).
    wanted = {_richest_rma(demo)}
    for rma in queries.rma_overview(demo.uow()):
        h = history_service.rma_history(demo.uow(), rma.rma_no)
        if h.escalations or any(s.refusal for s in h.slips):
            wanted.add(rma.rma_no)
    for rma_no in sorted(wanted):
        dialog = HistoryDialog(demo.session(Station.QC), rma_no)
        qtbot.addWidget(dialog)
        dialog.resize(1280, 800)
        dialog.show()
        dialog.refresh()
        settle()
        for slip in dialog.slips_model.records():
            if slip.stored:
                dialog.select_slip(slip.slip_no)
                qtbot.waitUntil(lambda s=slip.slip_no, d=dialog: s in d.verdicts
                                and not d._verifying, timeout=60_000)
                collector.collect(dialog, f"history {rma_no} / slip {slip.slip_no}")
        collector.walk(dialog, f"history {rma_no}")
        dialog.close()
    _assert_chinese(collector)


def _dialogs(demo: DemoShop) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Every dialog the views open, built as the view builds it, with the demo's data."""
    from benchapp.domain.roles import stations_for
    from benchapp.services import queries
    from benchapp.ui import labels
    from benchapp.ui import quality_dialogs as quality
    from benchapp.ui.bench_settings import BenchSettings
    from benchapp.ui.correct_rma_dialog import CorrectRmaDialog
    from benchapp.ui.duty_dialog import DutyDialog
    from benchapp.ui.first_run import FirstRunDialog
    from benchapp.ui.followup_dialog import FollowUpDialog
    from benchapp.ui.handover_dialog import GiveDialog, ReceiveDialog, load_incoming
    from benchapp.ui.lock import LockDialog
    from benchapp.ui.login import LoginWindow
    from benchapp.ui.password_dialog import ChangePasswordDialog
    from benchapp.ui.period_report_dialog import PeriodReportDialog
    from benchapp.ui.settings_dialog import SettingsDialog
    from benchapp.ui.signature import SignatureDialog
    from benchapp.ui.station_chooser import StationChooserDialog
    from benchapp.ui.stations.repair import READY_FOR_QC
    from benchapp.ui.stations.repair import NoteDialog as RepairNoteDialog
    from benchapp.ui.warranty_terms_dialog import WarrantyTermsDialog

    yield "login", lambda: LoginWindow(demo.uow, database_text=DATABASE_TEXT)
    supervisor = demo.user(STATION_USERS[Station.SUPERVISOR])
    yield "station chooser", lambda: StationChooserDialog(supervisor,
                                                          stations_for(supervisor.roles))
    yield "lock", lambda: LockDialog(supervisor, demo.uow)
    yield "settings", lambda: SettingsDialog(BenchSettings())
    yield "password", lambda: ChangePasswordDialog(STATION_USERS[Station.QC])
    # What is signed, as the views say it (translated).
    yield "signature", lambda: SignatureDialog(demo.session(Station.QC),
                                               labels.log_action("handover_offered"))
    yield "duty", lambda: DutyDialog(demo.session(Station.QC))
    yield "period report", lambda: PeriodReportDialog(demo.session(Station.SUPERVISOR))
    # The demo's terms listed (read on the dialog's worker); the supervisor may not change them.
    yield "warranty terms", lambda: WarrantyTermsDialog(demo.session(Station.SUPERVISOR))
    yield "correct RMA", lambda: CorrectRmaDialog("RMA-0001", {"customer": "客户",
                                                                 "model": "MC200"})
    yield "follow-up", lambda: FollowUpDialog("RMA-0001", "客户")
    yield "repair note", lambda: RepairNoteDialog("标题", "说明")
    yield "assign", lambda: quality.AssignDialog("CCN-1")
    yield "classify", lambda: quality.ClassifyDialog("CCN-1", "general")
    yield "contact", lambda: quality.ContactDialog("CCN-1")
    yield "attach", lambda: quality.AttachDialog("CCN-1")
    yield "corrective action", lambda: quality.CapaDialog("ESC-1")
    # Its title and label come translated from the view that opens it.
    yield "quality note", lambda: quality.NoteDialog(labels.log_action("corrective_action_closed"),
                                                     labels.log_action("customer_contacted"))
    yield "first run", lambda: FirstRunDialog(demo.uow)

    session = demo.session(Station.REPAIR)
    ready = [u for u in queries.station_units(demo.uow(), custody=Station.REPAIR.value)
             if u.state in READY_FOR_QC]
    if ready:
        rma_no = ready[0].rma_no
        yield "give", lambda: GiveDialog(session, rma_no=rma_no, to_station=Station.QC,
                                         units=[u for u in ready if u.rma_no == rma_no])
    for station in (Station.QC, Station.REPAIR, Station.PACKING, Station.RECEIVING):
        for slip in queries.incoming_handovers(demo.uow(), station.value)[:1]:
            receiving = demo.session(station)
            # Read off the GUI thread, as the view reads it on its worker.
            with ThreadPoolExecutor(1) as pool:
                incoming = pool.submit(load_incoming, receiving, slip.slip_no).result()
            yield f"receive at {station.value}", lambda r=receiving, i=incoming: \
                ReceiveDialog(r, i)


def test_every_dialog_is_chinese(qtbot, demo, chinese):
    collector = Collector(demo.free_texts())
    walked = []
    for name, make in _dialogs(demo):
        walked.append(name)
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        collector.walk(dialog, name)
        dialog.close()
    # The demo has units to give and slips to receive: the handover dialogs were shown.
    assert "give" in walked and any(n.startswith("receive at") for n in walked), walked
    _assert_chinese(collector)


@pytest.mark.parametrize(("text", "found"), [
    ("测试通过，目视通过：未发现故障", []),
    ("test PASS and visual PASS: no fault found", ["test", "and", "visual", "no", "fault",
                                                   "found"]),
    ("count_mismatch: 少一台", ["count_mismatch"]),
    ("copy: ✗; print_count: 1", ["copy", "print_count"]),
    ("1 d 6 h", ["d", "h"]),
    ("1 天 6 小时", []),
    ("PCBA-MC200-V3 序列号 MC2V3-2609-01187，RMA-0001，C45 EEU-FR1V471", []),
    ("OQC 检验 PASS，12 mm", []),
    ("打开完整履历（Ctrl+H）", []),
    ("CCN-…、ESC-n 或 RMA-…", []),
    ("The slip is valid.", ["The", "slip", "is", "valid"]),
    ("售后单 RMA", ["RMA"]),
])
def test_the_check_finds_english_words_and_keys(text, found):
    assert foreign(text) == found


def test_refusals_name_fields_and_actions_in_chinese(qapp, chinese):
    """A refusal names the field or the step in the person's language, not the domain's."""
    from benchapp.domain.errors import InvalidInput, OutOfOrder, Reason
    from benchapp.domain.rules import clean_text
    from benchapp.ui.messages import error_text

    with pytest.raises(InvalidInput) as missing:
        clean_text("", "defect", required=True)
    refusals = [missing.value,
                OutOfOrder(Reason.OUT_OF_ORDER, serial="MC2V3-2609-01187", state="in_repair",
                           action="visual check"),
                InvalidInput(Reason.FIELD_REQUIRED, field="responsible inspector")]
    for refusal in refusals:
        text = error_text(refusal)
        assert foreign(text) == [], text
