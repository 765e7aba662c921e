"""Import batches: what each import created and the values it replaced, so that it can be undone

Revision ID: 0005_import_batches
Revises: 0004_send_later
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_import_batches"
down_revision = "0004_send_later"
branch_labels = None
depends_on = None

TABLES = ("import_batch", "import_change")


def upgrade() -> None:
    op.create_table("import_batch",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("file_name", sa.String(300), nullable=False),
                    sa.Column("imported_at", sa.DateTime(), nullable=False),
                    sa.Column("summary", sa.String(300), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")))
    op.create_table("import_change",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("batch_id", sa.Integer(), nullable=False),
                    sa.Column("table_name", sa.String(64), nullable=False),
                    sa.Column("row_id", sa.Integer(), nullable=False),
                    sa.Column("created", sa.Boolean(), nullable=False),
                    sa.Column("before", sa.Text(), nullable=False),
                    sa.Column("after", sa.Text(), nullable=False),
                    sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE",
                                            name=op.f("fk_import_change_batch_id_import_batch")),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")))
    op.create_index(op.f("ix_import_change_batch_id"), "import_change", ["batch_id"])
    # Like every table (0002): a reader of the data generation learns that the undo list changed.
    for table in TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER bump_generation_{table}_{event.lower()} AFTER {event} ON {table} "
                       "BEGIN UPDATE data_generation SET generation = generation + 1 WHERE id = 1; END")


def downgrade() -> None:
    for table in TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS bump_generation_{table}_{event}")
    op.drop_index(op.f("ix_import_change_batch_id"), table_name="import_change")
    op.drop_table("import_change")
    op.drop_table("import_batch")
