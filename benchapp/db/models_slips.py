"""Tables of the signed transfer slips: the shop CA, users' signing credentials, slip PDFs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from benchapp.db.engine import utcnow
from benchapp.db.models import Base, Timestamp


class ShopCaRow(Base):
    """The shop certificate authority; its key is encrypted under the CA passphrase."""

    __tablename__ = "shop_ca"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shop_name: Mapped[str] = mapped_column(String(200))
    cert_pem: Mapped[str] = mapped_column(Text)
    encrypted_key_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class UserCredentialRow(Base):
    """A user's signing certificate and key (encrypted under the user's password).

    A password reset adds a row and supersedes the old one: slips signed before stay valid,
    since every slip carries its signer's certificate and the CA vouches for both.
    """

    __tablename__ = "user_credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    cert_pem: Mapped[str] = mapped_column(Text)
    encrypted_key_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    superseded_at: Mapped[datetime | None] = mapped_column(Timestamp)


class PendingSigningKeyRow(Base):
    """A key a user created under their own password after a reset, awaiting the CA's
    certificate (an administrator issues it with the CA passphrase)."""

    __tablename__ = "pending_signing_keys"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    public_key_pem: Mapped[str] = mapped_column(Text)
    encrypted_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())


class SlipRow(Base):
    """The signed PDF of one handover, as given, then as countersigned or refused."""

    __tablename__ = "slips"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slip_no: Mapped[str] = mapped_column(ForeignKey("handovers.slip_no"), unique=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    previous_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(20))  # given | received | refused
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class IssuedCertificateRow(Base):
    """Every signing certificate benchapp issued: the record a signature is checked against.

    A certificate minted outside the app with the CA passphrase is not here, so its signatures
    do not verify. Rows are never changed except to set ``superseded_at`` once (a re-issue or
    the user's disabling); triggers of migration 0007 refuse anything else.
    """

    __tablename__ = "issued_certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)  # lower-case hex
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(Timestamp, server_default=utcnow())
    superseded_at: Mapped[datetime | None] = mapped_column(Timestamp)
