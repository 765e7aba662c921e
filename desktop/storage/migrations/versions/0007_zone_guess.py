"""Whether an interview's time zone was guessed on import, so the user is asked to confirm it

Revision ID: 0007_zone_guess
Revises: 0006_note_hand_edited

An invitation whose TZID names no zone anyone can tell, or whose times float, is imported in a likely zone
instead of being refused; the mark stays until the user saves the interview with the zone they choose.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_zone_guess"
down_revision = "0006_note_hand_edited"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch copy: copying the table would drop its data-generation triggers.
def upgrade() -> None:
    op.add_column("interview", sa.Column("zone_guessed", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("interview", "zone_guessed")
