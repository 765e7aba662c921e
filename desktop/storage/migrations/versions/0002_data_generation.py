"""A data generation counter, bumped by triggers on every write to any table

Revision ID: 0002_data_generation
Revises: 0001_initial

Any writer (the window, the command line, a future sync tool) bumps it, so a reader can tell in one
cheap query whether anything changed since it last looked; the Today list's start-up cache relies on it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_data_generation"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

TABLES = ("contact", "contact_email", "contact_phone", "opportunity", "status_change", "interview", "meeting_note",
          "thank_you_note", "follow_up_call", "call_attempt", "personal_date", "reminder_state")


def upgrade() -> None:
    op.create_table("data_generation",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("generation", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_data_generation")))
    op.execute("INSERT INTO data_generation (id, generation) VALUES (1, 0)")
    for table in TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER bump_generation_{table}_{event.lower()} AFTER {event} ON {table} "
                       "BEGIN UPDATE data_generation SET generation = generation + 1 WHERE id = 1; END")


def downgrade() -> None:
    for table in TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS bump_generation_{table}_{event}")
    op.drop_table("data_generation")
