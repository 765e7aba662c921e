"""Each data folder's own domain for the event UIDs it syncs, so two folders on one account never share a UID

Revision ID: 0011_sync_uid_domain
Revises: 0010_sync_state
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_sync_uid_domain"
down_revision = "0010_sync_state"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch copy: copying the table would drop its data-generation triggers. An account set up
# before keeps the plain domain (empty here): its events are on the server under those UIDs already.
def upgrade() -> None:
    op.add_column("sync_account", sa.Column("uid_domain", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("sync_account", "uid_domain")
