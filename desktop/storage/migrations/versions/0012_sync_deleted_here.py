"""Deletions made here while the server changed the object wait for the user: the rows kept to bring a contact or
an interview back, the server's fields while it waits; and one sync record per object where older code wrote two

Revision ID: 0012_sync_deleted_here
Revises: 0011_sync_uid_domain
"""

from urllib.parse import quote, unquote, urlsplit, urlunsplit

import sqlalchemy as sa
from alembic import op

import desktop.storage.models

revision = "0012_sync_deleted_here"
down_revision = "0011_sync_uid_domain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("kept_row",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("kind", sa.String(20), nullable=False),
                    sa.Column("row_id", sa.Integer(), nullable=False),
                    sa.Column("rows", sa.Text(), nullable=False),
                    sa.Column("pointers", sa.Text(), nullable=False),
                    sa.Column("kept_at", desktop.storage.models.UTCDateTime(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_row")),
                    sa.UniqueConstraint("kind", "row_id", name=op.f("uq_kept_row_kind")))
    # Like every table (0002): a write bumps the data generation the Today list's cache is keyed by.
    for event in ("INSERT", "UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER bump_generation_kept_row_{event.lower()} AFTER {event} ON kept_row "
                   "BEGIN UPDATE data_generation SET generation = generation + 1 WHERE id = 1; END")
    # Plain ALTER TABLE, not a batch copy: copying the table would drop its data-generation triggers.
    op.add_column("sync_item", sa.Column("theirs", sa.Text(), nullable=False, server_default=""))
    _one_record_per_object()


def _spelt(href: str) -> str:
    """An href in the one spelling desktop/delivery/dav.py uses since session 6 ('%40', never '@')."""
    parts = urlsplit(href)
    return urlunsplit(parts._replace(path="/".join(quote(unquote(part), safe="") for part in parts.path.split("/"))))


def _one_record_per_object() -> None:
    """Older code recorded an object twice when the server listed '%40' where Afterview wrote '@' (Radicale does):
    the two records of one object become one, the newer, which keeps the conflicts waiting on either."""
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, href FROM sync_item ORDER BY id")).all()
    newest: dict[str, int] = {}
    for row_id, href in rows:
        newest[_spelt(href)] = row_id
    for row_id, href in rows:
        kept = newest[_spelt(href)]
        if kept != row_id:
            connection.execute(sa.text("UPDATE sync_conflict SET item_id = :kept WHERE item_id = :old"),
                               {"kept": kept, "old": row_id})
            connection.execute(sa.text("DELETE FROM sync_item WHERE id = :old"), {"old": row_id})
    for row_id, href in rows:
        if newest[_spelt(href)] == row_id and _spelt(href) != href:
            connection.execute(sa.text("UPDATE sync_item SET href = :href WHERE id = :id"),
                               {"href": _spelt(href), "id": row_id})


def downgrade() -> None:
    op.drop_column("sync_item", "theirs")
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS bump_generation_kept_row_{event}")
    op.drop_table("kept_row")
