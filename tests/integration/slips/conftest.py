"""Slips rendered, signed and read back: shop CA and users, poppler's command-line tools."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess

import pytest

from benchapp.slips import (
    create_ca,
    giver_stamp_lines,
    issue_user_certificate,
    receiver_stamp_lines,
    render_slip,
    sign_slip,
)
from benchapp.slips.samples import sample_content, sample_receipt

CA_PASS = "ca-secret"
GIVER_PASS = "giver-pw"
RECEIVER_PASS = "receiver-pw"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} not found: install poppler-utils"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must install it (see .ci/run)")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def poppler(tmp_path_factory):
    """Run a poppler tool on PDF bytes (written to a file: poppler seeks) and return stdout."""
    tools = {name: _tool(name) for name in ("pdftotext", "pdffonts", "pdfinfo",
                                                  "pdfimages")}
    folder = tmp_path_factory.mktemp("poppler")

    def run(tool: str, pdf: bytes, *args: str) -> str:
        path = folder / f"{hashlib.sha256(pdf).hexdigest()[:16]}.pdf"
        path.write_bytes(pdf)
        command = [tools[tool], *args, str(path)] + (["-"] if tool == "pdftotext" else [])
        out = subprocess.run(command, capture_output=True, check=True, timeout=60)
        return out.stdout.decode("utf-8")

    return run


@pytest.fixture(scope="session")
def shop():
    """The shop CA with a giver (business clerk) and a receiver (QC packer)."""
    ca = create_ca("华强精密电子", CA_PASS)
    giver = issue_user_certificate(ca, CA_PASS, user_id=2, username="clerk",
                                   display_name="张伟", roles=["business_clerk"],
                                   password=GIVER_PASS)
    receiver = issue_user_certificate(ca, CA_PASS, user_id=3, username="packer",
                                      display_name="李娜", roles=["packer"],
                                      password=RECEIVER_PASS)
    return ca, giver, receiver


@pytest.fixture(scope="session")
def content():
    return sample_content(units=50)


@pytest.fixture(scope="session")
def rendered(content):
    return render_slip(content, deterministic=True)


@pytest.fixture(scope="session")
def giver_signed(shop, content, rendered):
    ca, giver, _ = shop
    return sign_slip(rendered.pdf, giver, GIVER_PASS, field="giver",
                     stamp_lines=giver_stamp_lines(content), ca_cert_pem=ca.cert_pem)


@pytest.fixture(scope="session")
def both_signed(shop, content, giver_signed):
    ca, _, receiver = shop
    return sign_slip(giver_signed, receiver, RECEIVER_PASS, field="receiver",
                     stamp_lines=receiver_stamp_lines(sample_receipt(content)),
                     ca_cert_pem=ca.cert_pem)
