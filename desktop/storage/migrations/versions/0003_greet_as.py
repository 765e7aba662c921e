"""How a note greets each contact, and whether their name is written family name first

Revision ID: 0003_greet_as
Revises: 0002_data_generation

An empty greet_as means "the greeting proposed from the name", so existing contacts need no data: their notes
greet them as before or better (the proposal reads particles such as Ní and van der). family_first is false
for every existing contact, which is how their names were split until now.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_greet_as"
down_revision = "0002_data_generation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch table copy, which would drop the contact table's generation triggers.
    op.add_column("contact", sa.Column("greet_as", sa.String(length=100), nullable=False, server_default=""))
    op.add_column("contact", sa.Column("family_first", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("contact", "family_first")
    op.drop_column("contact", "greet_as")
