"""Shipping 发货: the units packing handed back go to the customer under a signed shipping
note; a shipment can raise a complaint notice to QC (QP-TPZ-002 steps 7 and 8)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchapp.domain.delivery import RuleOutcome, RuleVerdict
from benchapp.services import forms, workflow
from benchapp.services.queries import StationUnit
from benchapp.ui import form_printing, labels
from benchapp.ui.models.records import Column
from benchapp.ui.stations.base import StationView
from benchapp.ui.stations.box_scan import BoxScan

log = logging.getLogger(__name__)

# Offered in the carrier field; any other carrier can be typed.
CARRIERS = ("顺丰速运", "京东物流", "德邦快递", "中通快递", "圆通速递", "EMS")


@dataclass(frozen=True)
class Shipped:
    """A shipment's outcome: the note, with the step-8 rule's verdict over the delivery
    (``note.rule``: raised, joined, below, or why it cannot be evaluated)."""

    note: Any  # domain.rma.ShippingNote
    customer: str


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
        # The RMA whose customer's address the address field was filled for.
        self._address_for: str | None = None
        self.count_changed.connect(self._update_package_label)
        ui.tickAllButton.clicked.connect(self.tick_all)
        ui.shipButton.clicked.connect(self.ship)
        ui.carrierCombo.addItems(list(CARRIERS))
        ui.carrierCombo.setCurrentIndex(-1)
        ui.carrierCombo.lineEdit().setPlaceholderText(self.tr("Carrier"))
        ui.trackingEdit.returnPressed.connect(self.ship)
        self._update_package_label()

    def _group_changed(self, *args: Any) -> None:
        super()._group_changed(*args)
        group = self.current_group()
        rma_no = group.rma_no if group else None
        if rma_no == self._address_for:
            return  # a refresh of the same RMA keeps what the clerk typed
        self._address_for = rma_no
        self.ui.addressEdit.clear()
        if group is None:
            return
        customer, uow = group.customer, self.session.uow

        def offer(address: str) -> None:
            # Still this RMA, and nothing typed meanwhile: the customer's last address.
            if self._address_for == rma_no and not self.ui.addressEdit.text():
                self.ui.addressEdit.setText(address)

        self.view.attempt(lambda: forms.customer_address(uow(), customer), on_success=offer,
                          kind="ship_address")

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
        address = ui.addressEdit.text().strip()
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
                                       password=password, port=self.session.slips,
                                       address=address)
            return Shipped(note, group.customer)

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
        self._address_for = None  # the next RMA's address is looked up again
        self.view.show_done(text)
        for key in (forms.SHIPPING_NOTE, forms.BOX_LABEL):  # they go with the goods
            form_printing.print_after_save(self.view, key, note.note_no,
                                           self.view.status_message.emit)
        rule: RuleVerdict | None = note.rule
        rule_text, kind = self._rule_text(rule, note.rma_no)
        styles = {
            "raised": "QLabel { background: #fde7e9; color: #1b1b1b; border: 1px solid #a4262c; "
                      "padding: 6px; font-weight: bold; }",
            "warn": "QLabel { background: #fff4ce; color: #1b1b1b; border: 1px solid #8a5a00; "
                    "padding: 6px; }",
            "ok": "QLabel { background: #dff6dd; color: #1b1b1b; border: 1px solid #107c10; "
                  "padding: 6px; }"}
        ui.shipResultLabel.setStyleSheet(styles[kind])
        ui.shipResultLabel.setText(text + ("\n" + rule_text if rule_text else ""))
        if kind != "ok":
            self.view.message_bar.show_message("warn", rule_text)
        self._shipped_box = shipped
        self.view.changed.emit()
        self.view.refresh(then=lambda: self._select_shipped(note.rma_no))
        ui.shipScanEdit.setFocus()

    def _rule_text(self, rule: RuleVerdict | None, rma_no: str) -> tuple[str, str]:
        """The step-8 line under the shipping note, and how loud: raised | warn | ok."""
        if rule is None:
            return "", "ok"
        counts = {"bad": rule.non_customer_units, "delivered": rule.delivered_qty,
                  "delivery_no": rule.delivery_no, "notice_no": rule.notice_no,
                  "rate": f"{rule.rate:.2%}" if rule.rate is not None else "",
                  "rma_no": rma_no}
        if rule.outcome is RuleOutcome.RAISED:
            return self.tr(
                "Customer complaint notice {notice_no} raised to QC: {bad} of {delivered} "
                "unit(s) delivered in {delivery_no} failed for production, inspection, material "
                "or design causes ({rate}; rule: 0.5 % or more).").format(**counts), "raised"
        if rule.outcome is RuleOutcome.JOINED:
            return self.tr(
                "Counted in the open complaint notice {notice_no} of delivery {delivery_no}: "
                "now {bad} of {delivered} unit(s) ({rate}).").format(**counts), "raised"
        if rule.outcome is RuleOutcome.ALREADY:
            return self.tr(
                "Delivery {delivery_no}: {bad} of {delivered} unit(s) with a non-customer "
                "cause ({rate}), already in a complaint notice.").format(**counts), "ok"
        if rule.outcome is RuleOutcome.BELOW:
            return self.tr(
                "Delivery {delivery_no}: {bad} of {delivered} unit(s) with a non-customer "
                "cause ({rate}), below the 0.5 % of the complaint-notice rule.").format(
                    **counts), "ok"
        # The rule cannot be evaluated: said every time; loud when faulty units are at stake.
        loud = "warn" if rule.non_customer_units else "ok"
        if rule.outcome is RuleOutcome.NO_DELIVERED_QTY:
            return self.tr(
                "Complaint-notice rule not evaluated: delivery {delivery_no} has no delivered "
                "quantity on record ({bad} unit(s) with a non-customer cause so far). Record "
                "the quantity the customer received (benchapp delivery correct).").format(
                    **counts), loud
        return self.tr(
            "Complaint-notice rule not evaluated: {rma_no} names no delivery, so there is no "
            "delivered quantity to count {bad} unit(s) with a non-customer cause against."
        ).format(**counts), loud

    def _select_shipped(self, rma_no: str) -> None:
        """After a shipment: its RMA stays selected while units of it wait (a partial
        shipment); else nothing is selected and the box label shows what was shipped."""
        if self.rma_model.row_of(rma_no) is not None:
            self.select_group(rma_no)
        else:
            self.ui.shipRmaTable.selectionModel().clear()
            self.unit_model.set_records([])
        self._update_package_label()
