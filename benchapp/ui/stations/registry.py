"""Which view class serves which station (imported when first opened: faster start-up)."""

from __future__ import annotations

import importlib

from benchapp.domain.roles import Station

VIEWS: dict[Station, tuple[str, str]] = {
    Station.RECEIVING: ("benchapp.ui.stations.receiving", "ReceivingView"),
    Station.QC: ("benchapp.ui.stations.qc", "QcView"),
    Station.REPAIR: ("benchapp.ui.stations.repair", "RepairView"),
    Station.PACKING: ("benchapp.ui.stations.packing", "PackingView"),
    Station.SUPERVISOR: ("benchapp.ui.stations.supervisor", "SupervisorView"),
}


def view_class(station: Station) -> type:
    module, name = VIEWS[station]
    return getattr(importlib.import_module(module), name)
