"""A deleted row's id is never given to another row: AUTOINCREMENT on the tables sync records, kept rows and
reminders name by id, started above every id they still name

Without it SQLite gives the highest id out again once its row is deleted: a new interview took a deleted one's
number, and with it the deleted one's event on the server, its reminders' state, its kept rows.

Revision ID: 0013_ids_never_reused
Revises: 0012_sync_deleted_here
"""

import re
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from desktop.storage.migration_steps import rebuild_with_autoincrement, start_counter_above

revision = "0013_ids_never_reused"
down_revision = "0012_sync_deleted_here"
branch_labels = None
depends_on = None

# The tables whose ids are named elsewhere: in event UIDs and sync records (contacts, interviews, opportunities, own
# dates), in reminder keys, and in the rows kept of a deleted contact or interview (with their own rows and calls).
TABLES = ("contact", "contact_email", "contact_phone", "opportunity", "interview", "meeting_note", "thank_you_note",
          "follow_up_call", "personal_date")
# What an event UID's kind names ('interview-12@…', 'call-3@…'), and a reminder key's ('note:12:4': interview, contact).
UID_KINDS = {"interview": "interview", "notes": "interview", "call": "opportunity", "move_on": "opportunity",
             "conflict": "opportunity", "personal": "personal_date"}
KEY_KINDS = {"interview": ("interview",), "note": ("interview", "contact"), "scheduled": ("interview", "contact"),
             "call": ("opportunity", "interview"), "move_on": ("opportunity", "interview")}


def upgrade() -> None:
    for table in TABLES:
        rebuild_with_autoincrement(table, autoincrement=True)
    named = _ids_named_elsewhere()
    for table in TABLES:
        start_counter_above(table, max(named[table], default=0))


def _ids_named_elsewhere() -> dict[str, set[int]]:
    """Every id a sync record, a calendar export record, a reminder or a kept row still names, by table: the rows
    may be gone, and their ids must not come back."""
    connection = op.get_bind()
    named: dict[str, set[int]] = defaultdict(set)
    for table in TABLES:  # the rows there now, so that a table's counter never starts below them
        named[table].update(connection.execute(sa.text(f"SELECT id FROM {table}")).scalars())  # noqa: S608
    uids = [*connection.execute(sa.text("SELECT uid FROM sync_item")).scalars(),
            *connection.execute(sa.text("SELECT uid FROM calendar_event")).scalars()]
    for uid in uids:
        found = re.match(r"(\w+?)-(\d+)@", uid)
        if found and found[1] in UID_KINDS:
            named[UID_KINDS[found[1]]].add(int(found[2]))
    named["contact"].update(connection.execute(sa.text(
        "SELECT contact_id FROM sync_item WHERE contact_id IS NOT NULL")).scalars())
    for key in connection.execute(sa.text("SELECT key FROM reminder_state")).scalars():
        kind, *numbers = key.split(":")
        for table, number in zip(KEY_KINDS.get(kind, ()), numbers, strict=False):
            if number.isdigit():
                named[table].add(int(number))
    for kind, row_id in connection.execute(sa.text("SELECT kind, row_id FROM kept_row")):
        named[kind].add(row_id)
    return named


def downgrade() -> None:
    for table in reversed(TABLES):
        rebuild_with_autoincrement(table, autoincrement=False)
