"""Send later: when a note is to go out, and why its last scheduled send failed

Revision ID: 0004_send_later
Revises: 0003_greet_as
"""

import sqlalchemy as sa
from alembic import op

import desktop.storage.models

revision = "0004_send_later"
down_revision = "0003_greet_as"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table), so the table's data-generation triggers stay in place.
    op.add_column("thank_you_note", sa.Column("scheduled_at", desktop.storage.models.UTCDateTime(), nullable=True))
    op.add_column("thank_you_note", sa.Column("send_error", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, keeping the triggers too.
    op.execute("ALTER TABLE thank_you_note DROP COLUMN send_error")
    op.execute("ALTER TABLE thank_you_note DROP COLUMN scheduled_at")
