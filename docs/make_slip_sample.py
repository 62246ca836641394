"""Render the sample transfer slip, sign it as giver and receiver, save it as a PNG for the docs.

Run: python docs/make_slip_sample.py  (needs pdftoppm from poppler-utils)
Writes docs/images/slip_sample.png; pass --pdf PATH to keep the signed PDF too.
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

from benchapp.slips import (
    create_ca,
    giver_stamp_lines,
    issue_user_certificate,
    receiver_stamp_lines,
    render_slip,
    sign_slip,
    verify_slip,
    write_atomically,
)
from benchapp.slips.samples import sample_content, sample_receipt

OUTPUT = ROOT / "docs" / "images" / "slip_sample.png"


def signed_sample() -> tuple[bytes, bytes]:
    """The sample slip with both signatures, and the demo CA certificate it validates against."""
    ca = create_ca("华强精密电子", "demo-ca")
    giver = issue_user_certificate(ca, "demo-ca", user_id=2, username="clerk",
                                   display_name="张伟", roles=["business_clerk"],
                                   password="demo1234")
    receiver = issue_user_certificate(ca, "demo-ca", user_id=3, username="packer",
                                      display_name="李娜", roles=["packer"],
                                      password="demo1234")
    content = sample_content(units=36)
    pdf = render_slip(content, deterministic=True).pdf
    pdf = sign_slip(pdf, giver, "demo1234", field="giver",
                    stamp_lines=giver_stamp_lines(content), ca_cert_pem=ca.cert_pem)
    pdf = sign_slip(pdf, receiver, "demo1234", field="receiver",
                    stamp_lines=receiver_stamp_lines(sample_receipt(content)),
                    ca_cert_pem=ca.cert_pem)
    result = verify_slip(pdf, trust_pem=ca.cert_pem)
    if not result.ok:
        raise SystemExit(f"the sample slip does not verify: {result.reason}: {result.detail}")
    return pdf, ca.cert_pem


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, help="also write the signed PDF here")
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 1
    pdf, _ = signed_sample()
    if args.pdf:
        write_atomically(args.pdf, pdf)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "slip.pdf"
        source.write_bytes(pdf)
        subprocess.run([pdftoppm, "-png", "-r", str(args.dpi), "-f", "1", "-l", "1",
                        "-singlefile", str(source), str(Path(tmp) / "page")], check=True)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(OUTPUT, (Path(tmp) / "page.png").read_bytes())
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
