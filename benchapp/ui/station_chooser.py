"""After sign-in: which station this person works at on this bench (their roles decide which)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from benchapp.domain.roles import Station, stations_for
from benchapp.domain.users import User
from benchapp.ui import dialogs, labels
from benchapp.ui.bench_settings import BenchSettings
from benchapp.ui.forms.ui_station_chooser import Ui_StationChooserDialog

STATION_ROLE = Qt.ItemDataRole.UserRole

DESCRIPTIONS: dict[Station, str] = {
    Station.RECEIVING: QT_TRANSLATE_NOOP(
        "StationChooserDialog", "Receive returns, count and label the units; ship them back."),
    Station.QC: QT_TRANSLATE_NOOP(
        "StationChooserDialog", "Intake count, first screening, re-inspection and OQC."),
    Station.REPAIR: QT_TRANSLATE_NOOP(
        "StationChooserDialog", "Repair and rework with the repair record; escalations."),
    Station.PACKING: QT_TRANSLATE_NOOP(
        "StationChooserDialog", "Pack the inspected units and hand them over for shipping."),
    Station.SUPERVISOR: QT_TRANSLATE_NOOP(
        "StationChooserDialog", "Decide escalations; overdue work, statistics and reports."),
}


def description(station: Station) -> str:
    source = DESCRIPTIONS.get(station)
    return QCoreApplication.translate("StationChooserDialog", source) if source else ""


class StationChooserDialog(QDialog):
    """Lists ``stations`` (name and one line on the work there); Enter or 1-5 chooses."""

    def __init__(self, user: User, stations: Sequence[Station], *,
                 preselected: Station | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.stations = list(stations)
        self.ui = Ui_StationChooserDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.introLabel.setText(self.tr(
            "{name}, which station do you work at on this bench now?").format(
                name=user.display_name))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open station"))
        ui.buttonBox.accepted.connect(self.accept)
        tree = ui.stationTree
        for number, station in enumerate(self.stations, start=1):
            item = QTreeWidgetItem([str(number), labels.station(station), description(station)])
            item.setData(0, STATION_ROLE, station.value)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            tree.addTopLevelItem(item)
            if number <= 9:
                shortcut = QShortcut(QKeySequence(str(number)), self)
                shortcut.activated.connect(lambda n=number - 1: self.choose_index(n))
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # As tall as its rows: five stations at most, no empty list area below them.
        rows = sum(tree.sizeHintForRow(i) for i in range(tree.topLevelItemCount()))
        tree.setFixedHeight(header.sizeHint().height() + rows + 2 * tree.frameWidth() + 4)
        tree.itemActivated.connect(lambda _item, _column: self.accept())
        start = self.stations.index(preselected) if preselected in self.stations else 0
        if self.stations:
            tree.setCurrentItem(tree.topLevelItem(start))
        tree.setFocus()

    def selected_station(self) -> Station | None:
        item = self.ui.stationTree.currentItem()
        if item is None:
            return None
        return Station(item.data(0, STATION_ROLE))

    def choose_index(self, index: int) -> None:
        """Number keys: choose the station with that number and open it."""
        if 0 <= index < len(self.stations):
            self.ui.stationTree.setCurrentItem(self.ui.stationTree.topLevelItem(index))
            self.accept()

    def accept(self) -> None:
        if self.selected_station() is None:
            return
        super().accept()


def _no_station_box(parent: QWidget | None, user: User) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("StationChooserDialog", "No station"))
    box.setText(QCoreApplication.translate(
        "StationChooserDialog", "{name} ({roles}) has no station to work at: no workflow "
                                "step belongs to these roles.").format(
        name=user.display_name, roles=labels.roles(r.value for r in user.roles)))
    box.setInformativeText(QCoreApplication.translate(
        "StationChooserDialog", "Administrators manage users and settings with the command "
                                "line (benchapp user …, benchapp config …). To work at a "
                                "station, sign in with an account that has a station role."))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def preselection(user: User, allowed: Sequence[Station],
                 settings: BenchSettings) -> Station | None:
    """This bench's last station if the person may work there, else their own last one."""
    for remembered in (settings.last_station(), settings.last_station(user.username)):
        if remembered in allowed:
            return remembered
    return None


def choose_station(parent: QWidget | None, user: User,
                   settings: BenchSettings) -> Station | None:
    """The station ``user`` works at now, or None (cancelled, or no station for their roles).

    One allowed station is returned without asking. The choice is remembered for this bench
    and for the person.
    """
    allowed = stations_for(user.roles)
    if not allowed:
        box = _no_station_box(parent, user)
        try:
            dialogs.exec_dialog(box)
        finally:
            box.deleteLater()
        return None
    if len(allowed) == 1:
        chosen: Station | None = allowed[0]
    else:
        dialog = StationChooserDialog(user, allowed,
                                      preselected=preselection(user, allowed, settings),
                                      parent=parent)
        try:
            accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
            chosen = dialog.selected_station() if accepted else None
        finally:
            dialog.deleteLater()
    if chosen is not None:
        settings.remember_station(chosen, user.username)
        settings.sync()
    return chosen
