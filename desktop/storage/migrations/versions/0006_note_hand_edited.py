"""Whether a thank-you note's text was edited by hand, so a draft still as the template wrote it follows its fields

Revision ID: 0006_note_hand_edited
Revises: 0005_import_batches

Notes written before this revision are taken as edited by hand when they have any text: nothing the user may
have typed is ever replaced by a template again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_note_hand_edited"
down_revision = "0005_import_batches"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch copy: copying the table would drop its data-generation triggers.
def upgrade() -> None:
    op.add_column("thank_you_note",
                  sa.Column("hand_edited", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE thank_you_note SET hand_edited = 1 WHERE trim(body) != ''")


def downgrade() -> None:
    op.drop_column("thank_you_note", "hand_edited")
