"""Shipping 发货: the units packing handed back go to the customer under a signed shipping
note; a shipment can raise a complaint notice to QC (QP-TPZ-002 steps 7 and 8)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchapp.services import queries, workflow
from benchapp.services.queries import StationUnit
from benchapp.services.unit_of_work import DatabaseUnavailable
from benchapp.ui import labels
from benchapp.ui.models.records import Column
from benchapp.ui.stations.base import StationView
from benchapp.ui.stations.box_scan import BoxScan

log = logging.getLogger(__name__)

# Offered in the carrier field; any other carrier can be typed.
CARRIERS = ("顺丰速运", "京东物流", "德邦快递", "中通快递", "圆通速递", "EMS")


@dataclass(frozen=True)
class Shipped:
    """A shipment's outcome: the note, and the complaint notice it raised (if any).

    ``notice_checked`` is False when the shipment went through but reading back the
    complaint-notice rule's result failed (the database dropped right after).
    """

    note: Any  # domain.rma.ShippingNote
    customer: str
    notice: dict[str, Any] | None
    notice_checked: bool = True


def raised_notice(rma_no: str, note_no: str, uow: Any) -> dict[str, Any] | None:
    """The complaint notice (step 8) logged right after shipping note ``note_no``, if any."""
    detail = queries.rma_detail(uow, rma_no)
    after_note = False
    for entry in detail.log:
        if entry.action == "shipping_note":
            after_note = entry.detail.get("note_no") == note_no
        elif after_note and entry.action == "complaint_notice_raised":
            return dict(entry.detail)
    return None


class ShippingTab(BoxScan):
    """The Shipping tab page (promoted in forms/station_receiving.ui): the RMAs ready to ship,
    their units ticked into the parcel by scanning, and the signed shipping note."""

    def setup(self, view: StationView) -> None:
        ui = view.ui  # type: ignore[attr-defined]
        self.ui = ui
        self.session = view.session
        repeat = self.tr("Repeat return")

        def repeat_text(u: StationUnit) -> str:
            return self.tr("return #{n}").format(n=u.repeat_count + 1) if u.repeat_count else ""

        self.bind(
            view, tabs=ui.tabs, rma_table=ui.shipRmaTable, unit_table=ui.shipUnitsTable,
            scan_edit=ui.shipScanEdit, search_edit=ui.shipSearchEdit,
            rma_columns=[
                Column(self.tr("RMA"), lambda g: g.rma_no),
                Column(self.tr("Customer"), lambda g: g.customer),
                Column(self.tr("Model"), lambda g: g.model),
                Column(self.tr("Ready"), lambda g: g.count, align_right=True),
                Column(self.tr("Billing"), lambda g: labels.billing(g.billing)),
            ],
            unit_columns=[
                Column(self.tr("Serial"), lambda u: u.serial),
                Column(repeat, repeat_text, lambda u: u.repeat_count),
                Column(self.tr("State"), lambda u: labels.unit_state(u.state)),
            ],
            highlight=lambda u: "warn" if u.repeat_count else None,
            already_text=lambda serial: self.tr("{serial} is already ticked.").format(
                serial=serial),
            ticked_text=lambda serial, n, ready: self.tr(
                "{serial} ticked: {n} of {ready} in the box.").format(serial=serial, n=n,
                                                                      ready=ready))
        # The last box shipped: the box label shows it while no RMA is selected.
        self._shipped_box: Shipped | None = None
        self.count_changed.connect(self._update_package_label)
        ui.tickAllButton.clicked.connect(self.tick_all)
        ui.shipButton.clicked.connect(self.ship)
        ui.carrierCombo.addItems(list(CARRIERS))
        ui.carrierCombo.setCurrentIndex(-1)
        ui.carrierCombo.lineEdit().setPlaceholderText(self.tr("Carrier"))
        ui.trackingEdit.returnPressed.connect(self.ship)
        self._update_package_label()

    def _update_package_label(self, *_args: Any) -> None:
        group = self.current_group()
        ui = self.ui
        if group is None:
            box = self._shipped_box
            if box is not None:
                # The box just shipped, never another RMA's next to its result.
                ui.packageLabel.setText(self.tr(
                    "Shipped: {rma_no}\nCustomer: {customer}\nQuantity: {n}\n"
                    "Serials: {serials}").format(
                        rma_no=box.note.rma_no, customer=box.customer,
                        n=len(box.note.serials), serials=", ".join(box.note.serials)))
            else:
                ui.packageLabel.setText(self.tr("No units are ready to ship."))
            ui.shipButton.setEnabled(False)
            ui.tickAllButton.setEnabled(False)
            return
        ticked = self.ticked()
        ui.shipButton.setEnabled(True)
        ui.tickAllButton.setEnabled(True)
        ui.packageLabel.setText(self.tr(
            "RMA: {rma_no}\nCustomer: {customer}\nModel: {model}\nQuantity: {n} of {ready} "
            "ready\nShip date: {date}\nSerials: {serials}").format(
                rma_no=group.rma_no, customer=group.customer, model=group.model,
                n=len(ticked), ready=group.count, date=date.today().isoformat(),
                serials=", ".join(ticked) if ticked else self.tr("(none ticked yet)")))

    def ship(self) -> bool:
        """Issue the signed shipping note for the ticked units of the selected RMA."""
        ui = self.ui
        group = self.current_group()
        if group is None:
            self.view.show_warning(self.tr("No units are ready to ship."))
            return False
        serials = self.ticked()
        if not serials:
            self.view.show_error(self.tr("Tick or scan the units going into the box."))
            ui.shipScanEdit.setFocus()
            return False
        carrier = ui.carrierCombo.currentText().strip()
        tracking = ui.trackingEdit.text().strip()
        if not carrier:
            self.view.show_error(self.tr("Enter the carrier."))
            ui.carrierCombo.setFocus()
            return False
        if not tracking:
            self.view.show_error(self.tr("Enter the tracking number."))
            ui.trackingEdit.setFocus()
            return False
        actor = self.session.actor
        rma_no = group.rma_no

        def work(password: str) -> Shipped:
            note = workflow.ship_units(self.session.uow(), actor, rma_no=rma_no,
                                       serials=serials, carrier=carrier, tracking_no=tracking,
                                       password=password, port=self.session.slips)
            try:
                notice = raised_notice(rma_no, note.note_no, self.session.uow())
            except DatabaseUnavailable:
                log.warning("shipped %s; complaint notice not read back", note.note_no)
                return Shipped(note, group.customer, None, notice_checked=False)
            return Shipped(note, group.customer, notice)

        meaning = self.tr("Ship %n unit(s) of {rma_no} to {customer} by {carrier}, tracking "
                          "no. {tracking}: I issue this shipping note.", "", len(serials)
                          ).format(rma_no=rma_no, customer=group.customer, carrier=carrier,
                                   tracking=tracking)
        return self.view.sign_and_attempt(meaning, work, on_success=self._shipped,
                                          wait=self.tr("Signing the shipping note…"))

    def _shipped(self, shipped: Shipped) -> None:
        note = shipped.note
        ui = self.ui
        text = self.tr("Shipping note {note_no}: %n unit(s) of {rma_no} to {customer}, "
                       "{carrier} {tracking}.", "", len(note.serials)).format(
                           note_no=note.note_no, rma_no=note.rma_no,
                           customer=shipped.customer, carrier=note.carrier,
                           tracking=note.tracking_no)
        if note.replacements:
            text += " " + self.tr("Replacement units: {serials}.").format(
                serials=", ".join(note.replacements))
        ui.trackingEdit.clear()
        self.view.show_done(text)
        if shipped.notice is not None:
            notice_text = self.tr(
                "Customer complaint notice {notice_no} raised to QC: {bad} of {shipped} "
                "shipped unit(s) of {rma_no} failed for production, inspection, material or "
                "design causes (rule: 0.5 % or more).").format(
                    notice_no=shipped.notice.get("notice_no", "?"),
                    bad=shipped.notice.get("non_customer_units", "?"),
                    shipped=shipped.notice.get("shipped_qty", "?"), rma_no=note.rma_no)
            ui.shipResultLabel.setStyleSheet(
                "QLabel { background: #fde7e9; color: #1b1b1b; border: 1px solid #a4262c; "
                "padding: 6px; font-weight: bold; }")
            ui.shipResultLabel.setText(text + "\n" + notice_text)
            self.view.message_bar.show_message("warn", notice_text)
        else:
            ui.shipResultLabel.setStyleSheet(
                "QLabel { background: #dff6dd; color: #1b1b1b; border: 1px solid #107c10; "
                "padding: 6px; }")
            extra = "" if shipped.notice_checked else "\n" + self.tr(
                "Whether a complaint notice was raised could not be read back; see the RMA's "
                "history.")
            ui.shipResultLabel.setText(text + extra)
        self._shipped_box = shipped
        self.view.changed.emit()
        self.view.refresh(then=lambda: self._select_shipped(note.rma_no))
        ui.shipScanEdit.setFocus()

    def _select_shipped(self, rma_no: str) -> None:
        """After a shipment: its RMA stays selected while units of it wait (a partial
        shipment); else nothing is selected and the box label shows what was shipped."""
        if self.rma_model.row_of(rma_no) is not None:
            self.select_group(rma_no)
        else:
            self.ui.shipRmaTable.selectionModel().clear()
            self.unit_model.set_records([])
        self._update_package_label()
