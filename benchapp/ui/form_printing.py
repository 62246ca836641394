"""Print the paper forms (issue 14) from a station: A4 forms on the bench's A4 printer, labels
on its label printer at the label size, a reprint marked 副本 / COPY and every print logged.

The form is read and drawn on a worker (ServiceCalls.attempt), printed on the GUI thread (Qt's
printing is GUI-side), and the print counted on a worker again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from benchapp.services import forms
from benchapp.ui import printing
from benchapp.ui.stations.base import ServiceCalls

# The station's own "print this record's form" key; the main window uses Ctrl+L, Ctrl+H, F2...
PRINT_FORM_KEY = "Ctrl+Shift+P"


def form_title(key: str) -> str:
    titles = {
        forms.SERVICE_FORM: QCoreApplication.translate("form_printing", "service form"),
        forms.REPAIR_RECORD: QCoreApplication.translate("form_printing", "repair record"),
        forms.ANOMALY_FORM: QCoreApplication.translate("form_printing", "anomaly form"),
        forms.INSPECTION_RECORD: QCoreApplication.translate("form_printing", "inspection record"),
        forms.SHIPPING_NOTE: QCoreApplication.translate("form_printing", "shipping note"),
        forms.BOX_LABEL: QCoreApplication.translate("form_printing", "box label"),
        forms.COMPLAINT_NOTICE: QCoreApplication.translate("form_printing", "complaint notice"),
        forms.ANALYSIS_REPORT: QCoreApplication.translate("form_printing", "analysis report"),
        forms.CAPA_REPORT: QCoreApplication.translate("form_printing", "CAPA / 8D report"),
    }
    return titles[key]


def printer_for(key: str) -> printing.QPrinter | None:
    """The bench's printer for this form: the label printer for a label, else the A4 one.
    None when it is missing (never the default printer instead of a named one)."""
    if key in forms.LABEL_FORMS:
        return printing.label_printer()
    return printing.slip_printer()


def printer_configured(key: str) -> bool:
    """Whether this PC's machine file names the printer for this form ([printers] a4/label)."""
    from benchapp import settings

    name = "label_printer" if key in forms.LABEL_FORMS else "a4_printer"
    return bool(settings.resolve(settings.REGISTRY[name], machine=settings.MachineFile()).value)


def print_after_save(calls: ServiceCalls, key: str, record_no: str,
                     report: Callable[[str], None]) -> bool:
    """The print that follows a save (receiving, shipping), on a bench whose machine file
    names the printer: a bench without one prints from the menu, never unasked on whatever
    the system's default printer is."""
    if not printer_configured(key):
        return False
    return print_form(calls, key, record_no, quiet_report=report)


def print_form(calls: ServiceCalls, key: str, record_no: str, *,
               quiet_report: Callable[[str], None] | None = None) -> bool:
    """Print form ``key`` of ``record_no``; True when a printer is there and the job started.

    The outcome (done, no printer, the printer refused) is told in the message bar, or through
    ``quiet_report`` (the status bar) when the print came on its own after a save: the save's
    own message then stays in view.
    """
    report = quiet_report or calls.show_warning
    done = quiet_report or calls.show_done
    printer = printer_for(key)
    what = form_title(key)
    if printer is None:
        report(QCoreApplication.translate("form_printing", "The {form} of {record} was not printed: its printer is not set up on "
                   "this computer.").format(form=what, record=record_no))
        return False
    label = key in forms.LABEL_FORMS
    dpi = printer.resolution()
    size = printing.label_size_mm()
    session = calls.session

    def render() -> tuple[bytes, forms.FormHeader, bool]:
        from benchapp.slips.forms import render_form

        data = forms.form_data(session.uow(), key, record_no)
        copy = forms.is_reprint(session.uow(), data.header)
        pdf = render_form(data, label_mm=size, printer_dpi=dpi if 100 <= dpi <= 1200 else 300)
        return pdf, data.header, copy

    def print_rendered(result: tuple[bytes, forms.FormHeader, bool]) -> None:
        pdf, header, copy = result
        try:
            printing.print_pdf(pdf, printer, copy_mark=copy, match_page_size=label)
        except printing.PrintError as err:
            report(QCoreApplication.translate("form_printing", "The {form} of {record} was not printed: {reason}").format(
                form=what, record=record_no, reason=err.message))
            return
        calls.attempt(lambda: forms.record_form_printed(session.uow(), session.actor, header),
                      on_success=lambda printed: done(
                          (QCoreApplication.translate("form_printing", "The {form} of {record} was printed as a copy (副本 / COPY).")
                           if printed.copy else
                           QCoreApplication.translate("form_printing", "The {form} of {record} was printed.")).format(
                              form=what, record=record_no)))

    calls.attempt(render, on_success=print_rendered)
    return True


def add_print_actions(view: QWidget, entries: Sequence[tuple[str, Callable[[], str | None]]]
                      ) -> list[QAction]:
    """Print actions in ``view``'s context menu; the first also on PRINT_FORM_KEY. Each entry
    is a form key and the getter of the record it prints (None: nothing selected)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    actions = []
    for index, (key, record) in enumerate(entries):
        action = QAction(QCoreApplication.translate("form_printing", "Print {form}").format(form=form_title(key)), view)
        action.setObjectName(f"print_{key.replace('-', '_')}")
        if index == 0:
            action.setShortcut(QKeySequence(PRINT_FORM_KEY))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        def triggered(_checked: bool = False, key: str = key,
                      record: Callable[[], str | None] = record) -> None:
            number = record()
            if not number:
                view.show_warning(QCoreApplication.translate("form_printing", "Select a record first, then print its {form}.").format(
                    form=form_title(key)))
                return
            print_form(view, key, number)

        action.triggered.connect(triggered)
        view.addAction(action)
        actions.append(action)
    return actions
