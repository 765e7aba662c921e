"""A sync record's or conflict's id is never given to another: AUTOINCREMENT on sync_item and sync_conflict

`afterview sync resolve c3` names a waiting conflict (or deletion) by its id. Without AUTOINCREMENT SQLite gives the
highest id out again once its row is deleted, so answering a handle twice (a script run again) could answer a new
conflict the user has not seen.

Revision ID: 0014_sync_handles_never_reused
Revises: 0013_ids_never_reused
"""

import sqlalchemy as sa
from alembic import op

from desktop.storage.migration_steps import rebuild_with_autoincrement, start_counter_above

revision = "0014_sync_handles_never_reused"
down_revision = "0013_ids_never_reused"
branch_labels = None
depends_on = None

TABLES = ("sync_item", "sync_conflict")


def upgrade() -> None:
    for table in TABLES:
        rebuild_with_autoincrement(table, autoincrement=True)
        highest = op.get_bind().execute(sa.text(f"SELECT max(id) FROM {table}")).scalar()  # noqa: S608
        start_counter_above(table, highest or 0)


def downgrade() -> None:
    for table in reversed(TABLES):
        rebuild_with_autoincrement(table, autoincrement=False)
