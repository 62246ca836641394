"""Render every paper form from the demo shop and save each first page as a PNG for docs/forms.md.

Run: python docs/make_form_samples.py [--db URL]  (needs pdftoppm from poppler-utils). Without
--db it loads the demo into a temporary SQLite database (a minute or two); --db takes a database
the demo was loaded into. Writes docs/images/form_<key>.png.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select

from benchapp.db import models as m
from benchapp.db import models_supervision as ms
from benchapp.db.engine import make_engine
from benchapp.db.migrate import upgrade
from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.demo import load_demo
from benchapp.services import forms
from benchapp.slips.forms import render_form

IMAGES = ROOT / "docs" / "images"


def demo_records(engine) -> dict[str, str]:
    """A telling record of the demo for each form (the RMA with the most repairs...)."""
    rr, units, rmas = m.RepairRecordRow, m.UnitRow, m.RmaRow
    with engine.connect() as conn:
        rma_no = conn.execute(select(rmas.rma_no).join(units, units.rma_id == rmas.id)
                              .join(rr, rr.unit_id == units.id).group_by(rmas.rma_no)
                              .order_by(func.count().desc(), rmas.rma_no)).scalar()
        serial = conn.execute(select(units.serial).join(
            m.ReinspectionRow, m.ReinspectionRow.unit_id == units.id)
            .order_by(units.id)).scalar()
        note_no = conn.execute(select(m.ShippingNoteRow.note_no)
                               .order_by(m.ShippingNoteRow.id)).scalar()
        form_no = conn.execute(select(m.AnomalyFormRow.form_no)
                               .order_by(m.AnomalyFormRow.id)).scalar()
        # A notice with corrective actions (its RMA for the analysis report: units measured at
        # receipt); a corrective action that was implemented.
        ca, ccn = ms.CorrectiveActionRow, m.ComplaintNoticeRow
        notice_no, notice_rma = conn.execute(
            select(ccn.notice_no, rmas.rma_no).join(ca, ca.notice_id == ccn.id)
            .join(rmas, rmas.id == ccn.rma_id).order_by(ca.id)).first()
        ca_no = conn.execute(select(ca.ca_no).order_by(ca.implemented_at.is_(None),
                                                       ca.id)).scalar()
    return {forms.SERVICE_FORM: rma_no, forms.REPAIR_RECORD: rma_no,
            forms.ANOMALY_FORM: form_no, forms.INSPECTION_RECORD: serial,
            forms.SHIPPING_NOTE: note_no, forms.BOX_LABEL: note_no,
            forms.COMPLAINT_NOTICE: notice_no, forms.ANALYSIS_REPORT: notice_rma,
            forms.CAPA_REPORT: ca_no}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL", help="a database holding the demo shop")
    args = parser.parse_args()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(args.db or f"sqlite:///{Path(tmp) / 'demo.db'}")
        upgrade(engine)
        if not args.db:
            load_demo(engine)
        for key, record_no in demo_records(engine).items():
            data = forms.form_data(SqlAlchemyUnitOfWork(engine), key, record_no)
            pdf = Path(tmp) / f"{key}.pdf"
            pdf.write_bytes(render_form(data, deterministic=True))
            # A label at print resolution; an A4 page at a size that reads on screen.
            dpi = "200" if key in forms.LABEL_FORMS else "80"
            target = IMAGES / f"form_{key.replace('-', '_')}"
            subprocess.run([pdftoppm, "-r", dpi, "-f", "1", "-l", "1", "-singlefile", "-png",
                            str(pdf), str(target)], check=True, timeout=120)
            print(f"{key} {record_no}: {target}.png")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
