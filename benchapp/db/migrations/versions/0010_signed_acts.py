"""the signature of each signed act: the signer's certificate and what unlocked it

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-07 14:30:00

Every act the procedure calls signed stores the SHA-256 fingerprint of the certificate whose
key the signer unlocked, and what they presented to unlock it (``signed_with``: "password";
a badge and PIN later): anomaly forms, re-test and OQC records, escalation decisions,
corrective-action verifications and shipping notes. Rows from before stay NULL (unsigned in
the service layer then).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0007'
branch_labels = None
depends_on = None

SIGNED_TABLES = ("anomaly_forms", "reinspections", "escalations", "corrective_actions",
                 "shipping_notes")


def upgrade() -> None:
    for table in SIGNED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("certificate_fingerprint", sa.String(64), nullable=True))
            batch.add_column(sa.Column("signed_with", sa.String(20), nullable=True))


def downgrade() -> None:
    for table in reversed(SIGNED_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("signed_with")
            batch.drop_column("certificate_fingerprint")
