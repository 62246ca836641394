"""Slip render + giver signature (50 units) and verification, next to raw reportlab and pyHanko.

Run: python benchmarks/bench_slips.py [--rounds N]
Writes benchmarks/results/bench_slips.json. Target: p50 and p95 within 1.5x of raw.

"Raw" is what the libraries cost without benchapp: reportlab building the same tables and
text in the same fonts with a plain SimpleDocTemplate (no header, barcodes, page numbers,
XMP record), pyHanko signing that PDF with a preloaded EC P-256 signer and its default stamp,
and pyHanko validating each signature of the same signed slip against the same trust root.
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import io
import json
import math
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import reportlab
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchapp.slips import (
    content_sha256,
    create_ca,
    giver_stamp_lines,
    issue_user_certificate,
    receiver_stamp_lines,
    render_slip,
    sign_slip,
    verify_slip,
)
from benchapp.slips.ca import unlock_user_key
from benchapp.slips.fonts import slip_fonts
from benchapp.slips.render import GIVER_BOX, _info_table, _serial_table, _Styles
from benchapp.slips.samples import sample_content, sample_receipt

RESULTS = ROOT / "benchmarks" / "results" / "bench_slips.json"
UNITS = 50
TARGET_RATIO = 1.5
WARMUP = 3
PASSWORD = "bench-pw"


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: an observed value, no interpolation."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def summary(values_ms: list[float]) -> dict[str, float]:
    return {"n": len(values_ms), "p50_ms": round(percentile(values_ms, 50), 2),
            "p95_ms": round(percentile(values_ms, 95), 2),
            "mean_ms": round(statistics.fmean(values_ms), 2)}


class Setup:
    def __init__(self) -> None:
        self.ca = create_ca("华强精密电子", "bench-ca")
        self.giver = issue_user_certificate(self.ca, "bench-ca", user_id=2, username="clerk",
                                            display_name="张伟", roles=["business_clerk"],
                                            password=PASSWORD)
        self.receiver = issue_user_certificate(self.ca, "bench-ca", user_id=3,
                                               username="packer", display_name="李娜",
                                               roles=["packer"], password=PASSWORD)
        self.content = sample_content(units=UNITS)
        self.sha256 = content_sha256(self.content)
        self.fonts = slip_fonts()
        self.stamp = giver_stamp_lines(self.content)
        ca_cert = x509.load_pem_x509_certificate(self.ca.cert_pem)
        self.trust = asn1_x509.Certificate.load(ca_cert.public_bytes(serialization.Encoding.DER))
        key = unlock_user_key(self.giver, PASSWORD)
        self.raw_signer = signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(
                self.giver.certificate.public_bytes(serialization.Encoding.DER)),
            signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption())),
            cert_registry=SimpleCertificateStore.from_certs([self.trust]),
        )

    # --- benchapp ---------------------------------------------------------------------

    def ours_render(self) -> bytes:
        return render_slip(self.content).pdf

    def ours_sign(self, pdf: bytes) -> bytes:
        return sign_slip(pdf, self.giver, PASSWORD, field="giver", stamp_lines=self.stamp,
                         ca_cert_pem=self.ca.cert_pem)

    def ours_verify(self, pdf: bytes) -> None:
        result = verify_slip(pdf, trust_pem=self.ca.cert_pem, expected_sha256=self.sha256)
        if not result.ok:
            raise SystemExit(f"benchmark slip does not verify: {result.detail}")

    # --- raw libraries ----------------------------------------------------------------

    def raw_render(self) -> bytes:
        styles = _Styles(self.fonts)
        story = [
            Paragraph(self.fonts.markup(f"{self.content.shop_name} 交接单 Transfer Slip "
                                        f"{self.content.slip_no}"), styles.section),
            _info_table(self.content, self.sha256, self.fonts, styles),
            Paragraph(self.fonts.markup("单元序列号清单 / Unit serial numbers"), styles.section),
            _serial_table(self.content, self.fonts, styles),
            *[Paragraph(self.fonts.markup(line), styles.cell) for line in self.stamp],
        ]
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, initialFontName=self.fonts.name).build(story)
        return out.getvalue()

    def raw_sign(self, pdf: bytes) -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        out = signers.sign_pdf(
            writer, signers.PdfSignatureMetadata(field_name="giver"), signer=self.raw_signer,
            new_field_spec=fields.SigFieldSpec("giver", on_page=-1, box=GIVER_BOX))
        return out.getvalue()

    def raw_verify(self, pdf: bytes) -> None:
        reader = PdfFileReader(io.BytesIO(pdf))
        context = ValidationContext(trust_roots=[self.trust], allow_fetching=False)
        for sig in reader.embedded_signatures:
            if not validate_pdf_signature(sig, signer_validation_context=context).bottom_line:
                raise SystemExit("raw pyHanko validation failed")


def timed(fn, *args) -> tuple[float, object]:
    # Collect the previous step's garbage outside the clock, so a collection it triggered
    # does not land on whichever path happens to run next.
    gc.collect()
    start = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - start) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--output", type=Path, default=RESULTS)
    # benchmarks/run.py passes its arguments to every benchmark; ignore the others' options.
    args, _ = parser.parse_known_args()

    setup = Setup()
    signed_slip = sign_slip(setup.ours_sign(setup.ours_render()), setup.receiver, PASSWORD,
                            field="receiver",
                            stamp_lines=receiver_stamp_lines(sample_receipt(setup.content)),
                            ca_cert_pem=setup.ca.cert_pem)
    series: dict[str, list[float]] = {k: [] for k in (
        "ours_render_sign", "ours_render", "ours_sign", "raw_render_sign", "raw_render",
        "raw_sign", "ours_verify", "raw_verify")}
    for i in range(WARMUP + args.rounds):
        # Alternate which path goes first, so neither always gets the warmer caches.
        order = (0, 1) if i % 2 else (1, 0)
        sample: dict[str, float] = {}
        for which in order:
            if which == 0:
                sample["ours_render"], pdf = timed(setup.ours_render)
                sample["ours_sign"], _ = timed(setup.ours_sign, pdf)
                sample["ours_render_sign"] = sample["ours_render"] + sample["ours_sign"]
                sample["ours_verify"], _ = timed(setup.ours_verify, signed_slip)
            else:
                sample["raw_render"], raw_pdf = timed(setup.raw_render)
                sample["raw_sign"], _ = timed(setup.raw_sign, raw_pdf)
                sample["raw_render_sign"] = sample["raw_render"] + sample["raw_sign"]
                sample["raw_verify"], _ = timed(setup.raw_verify, signed_slip)
        if i >= WARMUP:
            for key, value in sample.items():
                series[key].append(value)

    stats = {key: summary(values) for key, values in series.items()}
    pairs = [("render + giver signature", "ours_render_sign", "raw_render_sign"),
             ("verification (2 signatures)", "ours_verify", "raw_verify")]
    print(f"{UNITS}-unit slip, {args.rounds} rounds (+{WARMUP} warm-up)")
    print(f"{'path':34} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    for name, key in (("benchapp render_slip", "ours_render"),
                      ("benchapp sign_slip (giver)", "ours_sign"),
                      ("benchapp render + sign", "ours_render_sign"),
                      ("raw reportlab render", "raw_render"),
                      ("raw pyHanko sign", "raw_sign"),
                      ("raw render + sign", "raw_render_sign"),
                      ("benchapp verify_slip", "ours_verify"),
                      ("raw pyHanko validate", "raw_verify")):
        row = stats[key]
        print(f"{name:34} {row['p50_ms']:>8.1f} {row['p95_ms']:>8.1f} {row['mean_ms']:>8.1f}")
    ratios = {}
    within = True
    for name, ours, raw in pairs:
        p50 = stats[ours]["p50_ms"] / stats[raw]["p50_ms"]
        p95 = stats[ours]["p95_ms"] / stats[raw]["p95_ms"]
        ok = p50 <= TARGET_RATIO and p95 <= TARGET_RATIO
        within &= ok
        ratios[ours] = {"p50": round(p50, 3), "p95": round(p95, 3), "within_target": ok}
        print(f"ratio {name}: p50 {p50:.2f}x, p95 {p95:.2f}x "
              f"({'within' if ok else 'OVER'} the {TARGET_RATIO:g}x target)")

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({
        "benchmark": "bench_slips",
        "units": UNITS,
        "rounds": args.rounds,
        "warmup": WARMUP,
        "results": stats,
        "ratios": ratios,
        "target_ratio": TARGET_RATIO,
        "within_target": within,
        "python": platform.python_version(),
        "reportlab": reportlab.Version,
        "pyhanko": importlib.metadata.version("pyhanko"),
        "platform": platform.platform(),
    }, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
