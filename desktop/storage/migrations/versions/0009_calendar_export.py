"""The events the calendar export wrote, with a digest of each, so that re-exports number their changes

Revision ID: 0009_calendar_export
Revises: 0008_capture_sources
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_calendar_export"
down_revision = "0008_capture_sources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("calendar_event",
                    sa.Column("uid", sa.String(200), nullable=False),
                    sa.Column("fingerprint", sa.String(64), nullable=False),
                    sa.Column("sequence", sa.Integer(), nullable=False),
                    sa.Column("modified_at", sa.DateTime(), nullable=False),
                    sa.PrimaryKeyConstraint("uid", name=op.f("pk_calendar_event")))
    # Like every table (0002). An export writes here only when an event is new or changed, so exporting the same
    # calendar again leaves the generation (and the Today list's start-up cache) as it was.
    for event in ("INSERT", "UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER bump_generation_calendar_event_{event.lower()} AFTER {event} ON calendar_event "
                   "BEGIN UPDATE data_generation SET generation = generation + 1 WHERE id = 1; END")


def downgrade() -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS bump_generation_calendar_event_{event}")
    op.drop_table("calendar_event")
