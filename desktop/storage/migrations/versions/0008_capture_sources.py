"""Contacts can now be captured from LinkedIn's connections export and from an email's signature

Revision ID: 0008_capture_sources
Revises: 0007_zone_guess

The column is unchanged (a 32-character string, no constraint), but an older Afterview cannot read the two new
values of contact.captured_by: the new revision makes it refuse this database instead of failing on a contact.
"""

from alembic import op

revision = "0008_capture_sources"
down_revision = "0007_zone_guess"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change in the schema; the revision itself is the point."""


def downgrade() -> None:
    """Contacts captured the new ways would be unreadable to the older app: they are counted as typed in."""
    op.execute("UPDATE contact SET captured_by = 'typed' WHERE captured_by IN ('linkedin', 'email')")
