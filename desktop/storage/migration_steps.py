"""Steps more than one Alembic migration takes: run inside a migration, with Alembic's `op` bound."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def rebuild_with_autoincrement(table: str, autoincrement: bool) -> None:
    """The table copied into one declared with (or without) AUTOINCREMENT; the copy loses the table's triggers, so
    its data-generation triggers (0002) are made again."""
    with op.batch_alter_table(table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}):
        pass
    for event in ("INSERT", "UPDATE", "DELETE"):
        op.execute(f"DROP TRIGGER IF EXISTS bump_generation_{table}_{event.lower()}")
        op.execute(f"CREATE TRIGGER bump_generation_{table}_{event.lower()} AFTER {event} ON {table} "
                   "BEGIN UPDATE data_generation SET generation = generation + 1 WHERE id = 1; END")


def start_counter_above(table: str, highest: int) -> None:
    """The table's AUTOINCREMENT counter at least `highest`, so that no id up to it is given again."""
    connection = op.get_bind()
    current = connection.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table}).scalar()
    if current is None:  # an empty table has no entry until its first row
        connection.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :n)"),
                           {"t": table, "n": highest})
    elif current < highest:
        connection.execute(sa.text("UPDATE sqlite_sequence SET seq = :n WHERE name = :t"), {"t": table, "n": highest})
