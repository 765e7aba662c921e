"""Two-way sync with a CalDAV/CardDAV server: the account, each object as last synced, and conflicts waiting

Revision ID: 0010_sync_state
Revises: 0009_calendar_export
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_sync_state"
down_revision = "0009_calendar_export"
branch_labels = None
depends_on = None

TABLES = ("sync_account", "sync_item", "sync_conflict")


def upgrade() -> None:
    op.create_table("sync_account",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("url", sa.String(1000), nullable=False),
                    sa.Column("user", sa.String(300), nullable=False),
                    sa.Column("password_command", sa.String(1000), nullable=False),
                    sa.Column("calendar_url", sa.String(1000), nullable=False),
                    sa.Column("addressbook_url", sa.String(1000), nullable=False),
                    sa.Column("calendar_token", sa.String(1000), nullable=False),
                    sa.Column("addressbook_token", sa.String(1000), nullable=False),
                    sa.Column("last_sync_at", sa.DateTime(), nullable=True),
                    sa.Column("last_summary", sa.Text(), nullable=False),
                    sa.Column("generation", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_account")))
    op.create_table("sync_item",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("collection", sa.String(20), nullable=False),
                    sa.Column("uid", sa.String(500), nullable=False),
                    sa.Column("href", sa.String(1000), nullable=False),
                    sa.Column("etag", sa.String(300), nullable=False),
                    sa.Column("base", sa.Text(), nullable=False),
                    sa.Column("contact_id", sa.Integer(), nullable=True),
                    sa.Column("state", sa.String(20), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_item")),
                    sa.UniqueConstraint("href", name=op.f("uq_sync_item_href")))
    op.create_index(op.f("ix_sync_item_uid"), "sync_item", ["uid"])
    op.create_index(op.f("ix_sync_item_contact_id"), "sync_item", ["contact_id"])
    op.create_table("sync_conflict",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("item_id", sa.Integer(), nullable=False),
                    sa.Column("field", sa.String(50), nullable=False),
                    sa.Column("local", sa.Text(), nullable=False),
                    sa.Column("remote", sa.Text(), nullable=False),
                    sa.Column("found_at", sa.DateTime(), nullable=False),
                    sa.ForeignKeyConstraint(["item_id"], ["sync_item.id"], name=op.f("fk_sync_conflict_item_id_sync_item"),
                                            ondelete="CASCADE"),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")))
    op.create_index(op.f("ix_sync_conflict_item_id"), "sync_conflict", ["item_id"])
    # Like every table (0002): a write bumps the data generation the Today list's cache is keyed by.
    for table in TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER bump_generation_{table}_{event.lower()} AFTER {event} ON {table} "
                       "BEGIN UPDATE data_generation SET generation = generation + 1 WHERE id = 1; END")


def downgrade() -> None:
    for table in TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS bump_generation_{table}_{event}")
    op.drop_table("sync_conflict")
    op.drop_table("sync_item")
    op.drop_table("sync_account")
