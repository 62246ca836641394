"""Save the monthly report (001 七) or the quarterly complaint summary (002, 004) as PDF,
Excel, CSV or JSON, from the supervisor's charts: the same files `benchapp report monthly`
and `report quarterly` write."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from benchapp.reports import export, period_export
from benchapp.reports.period import Period
from benchapp.services import period_reports, reports
from benchapp.ui import dialogs
from benchapp.ui.stations.base import MessageBar, ServiceCalls

FORMATS = ("pdf", "xlsx", "csv", "json")


def _report_font() -> Any:
    """The slips' font set (benchapp.slips.fonts), as the CLI prints with; None: the report's
    own WenQuanYi Zen Hei."""
    from benchapp.reports.pdf import ReportFont
    from benchapp.slips.errors import RenderError
    from benchapp.slips.fonts import slip_fonts

    try:
        fonts = slip_fonts()
    except RenderError:
        return None
    return ReportFont(name=fonts.name, markup=fonts.markup)


def produce(uow_factory: Any, kind: str, period: Period, fmt: str) -> bytes:
    """The report file's bytes (runs on a worker: it reads the database)."""
    if kind == "monthly":
        report: Any = period_reports.monthly_report(uow_factory(), period)
    else:
        report = period_reports.quarterly_report(uow_factory(), period)
    if fmt == "json":
        return export.to_json(report.to_json()).encode("utf-8")
    if fmt == "csv":
        text = (period_export.monthly_csv(report) if kind == "monthly"
                else period_export.quarterly_csv(report))
        return text.encode("utf-8-sig")  # Excel reads the Chinese right with the BOM
    if fmt == "xlsx":
        return (period_export.monthly_xlsx(report) if kind == "monthly"
                else period_export.quarterly_xlsx(report))
    from benchapp.reports import period_pdf

    generated = reports.shop_now(uow_factory())
    render = (period_pdf.render_monthly_pdf if kind == "monthly"
              else period_pdf.render_quarterly_pdf)
    return render(report, generated_at=generated, zone=generated.tzinfo, font=_report_font())


def write_file(path: Path, data: bytes) -> None:
    """Complete or not at all: a temporary file beside it, renamed over it when written."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def ask_save_path(parent: QWidget, suggested: str, fmt: str) -> str:
    """The file dialog (its own question before replacing a file); "" if cancelled."""
    filters = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)",
               "json": "JSON (*.json)"}
    title = QCoreApplication.translate("PeriodReportDialog", "Save the report")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters[fmt])
    return path


class PeriodReportDialog(QDialog, ServiceCalls):
    """Choose the report, the period and the format; Save writes the file.

    Signals:
        saved(str): the file was written at this path.
    """

    saved = Signal(str)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Monthly and quarterly reports"))
        layout = QVBoxLayout(self)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("reportKindCombo")
        self.kind_combo.addItem(self.tr("Monthly repair report (售后维修月报)"), "monthly")
        self.kind_combo.addItem(self.tr("Quarterly complaint summary (客户投诉季度汇总)"),
                                "quarterly")
        form.addRow(self.tr("&Report:"), self.kind_combo)
        today = date.today()
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("reportYearSpin")
        self.year_spin.setRange(2000, 9998)
        self.year_spin.setValue(today.year)
        self.part_spin = QSpinBox(self)
        self.part_spin.setObjectName("reportPartSpin")
        period_row = QHBoxLayout()
        period_row.addWidget(self.year_spin)
        period_row.addWidget(self.part_spin)
        period_row.addStretch(1)
        form.addRow(self.tr("&Period (year, month or quarter):"), period_row)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("reportFormatCombo")
        for fmt, text in zip(FORMATS, (self.tr("PDF (printed form)"), self.tr("Excel (.xlsx)"),
                                       self.tr("CSV"), self.tr("JSON")), strict=True):
            self.format_combo.addItem(text, fmt)
        form.addRow(self.tr("&Format:"), self.format_combo)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("reportPathEdit")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("F&ile:"), path_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("reportSaveButton")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.format_combo.currentIndexChanged.connect(self._suggest_path)
        self.year_spin.valueChanged.connect(self._suggest_path)
        self.part_spin.valueChanged.connect(self._suggest_path)
        self._kind_changed()
        self.part_spin.setValue(today.month if self.kind() == "monthly"
                                else (today.month - 1) // 3 + 1)

    def refresh(self) -> None:
        """Nothing is shown from the database until Save (ServiceCalls' Reload)."""

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def period(self) -> Period:
        year, part = self.year_spin.value(), self.part_spin.value()
        if self.kind() == "monthly":
            return Period.month(f"{year}-{part:02d}")
        return Period.quarter(f"{year}Q{part}")

    def _kind_changed(self) -> None:
        monthly = self.kind() == "monthly"
        self.part_spin.setRange(1, 12 if monthly else 4)
        self.part_spin.setPrefix("" if monthly else "Q")
        self._suggest_path()

    def _file_name(self) -> str:
        return f"{self.kind()}-{self.period().label}.{self.fmt()}"

    def _suggest_path(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.path_edit.setText(str(Path(folder) / self._file_name()))

    def _browse(self) -> None:
        path = ask_save_path(self, self.path_edit.text(), self.fmt())
        if path:
            self.path_edit.setText(path)

    def fill(self, *, kind: str, year: int, part: int, fmt: str, path: str) -> None:
        """For tests: choose as a person would."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.year_spin.setValue(year)
        self.part_spin.setValue(part)
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self.path_edit.setText(path)

    def save(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_error(self.tr("Choose the file to save the report in."))
            self.path_edit.setFocus()
            return
        path = Path(text)
        if not path.parent.is_dir():
            self.show_error(self.tr("The folder {folder} does not exist.").format(
                folder=str(path.parent)))
            self.path_edit.setFocus()
            return
        kind, fmt, period = self.kind(), self.fmt(), self.period()
        uow = self.session.uow

        def work() -> int | str:
            data = produce(uow, kind, period, fmt)
            try:
                write_file(path, data)
            except OSError as err:  # a full disk, a read-only folder: said, not a crash
                return str(err)
            return len(data)

        def done(outcome: int | str) -> None:
            if isinstance(outcome, str):
                self.show_error(self.tr("The report could not be saved: {error}").format(
                    error=outcome))
                return
            self.show_done(self.tr("Saved {path} ({size} bytes).").format(path=str(path),
                                                                           size=outcome))
            self.saved.emit(str(path))

        self.attempt(work, on_success=done)

    def show_done(self, text: str) -> None:
        self.message_bar.show_message("ok", text)


def open_dialog(parent: QWidget, session: Any) -> None:
    dialog = PeriodReportDialog(session, parent)
    try:
        dialogs.exec_dialog(dialog)
    finally:
        dialog.deleteLater()
