"""initial schema

Revision ID: 0001_initial
Revises: 
"""

import sqlalchemy as sa
from alembic import op

import desktop.storage.models

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('pronunciation', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('company', sa.String(length=200), nullable=False),
    sa.Column('street', sa.String(length=300), nullable=False),
    sa.Column('locality', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('postal_code', sa.String(length=30), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('website', sa.String(length=500), nullable=False),
    sa.Column('linkedin', sa.String(length=500), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('name_checked', sa.Boolean(), nullable=False),
    sa.Column('captured_by', sa.Enum('typed', 'signature', 'vcard', 'qr', 'calendar', 'sample', name='capturemethod', native_enum=False, length=32), nullable=False),
    sa.Column('card_photo', sa.LargeBinary(), nullable=True),
    sa.Column('card_photo_type', sa.String(length=50), nullable=False),
    sa.Column('vcard_uid', sa.String(length=300), nullable=False),
    sa.Column('created_at', desktop.storage.models.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.storage.models.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_company'), ['company'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_vcard_uid'), ['vcard_uid'], unique=False)

    op.create_table('opportunity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('posting_url', sa.String(length=1000), nullable=False),
    sa.Column('status', sa.Enum('applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no_response', name='opportunitystatus', native_enum=False, length=32), nullable=False),
    sa.Column('why_fit', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', desktop.storage.models.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity'))
    )
    op.create_table('reminder_state',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('snoozed_until', desktop.storage.models.UTCDateTime(), nullable=True),
    sa.Column('dismissed_at', desktop.storage.models.UTCDateTime(), nullable=True),
    sa.Column('fired_at', desktop.storage.models.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_reminder_state'))
    )
    op.create_table('contact_email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_email_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_email'))
    )
    with op.batch_alter_table('contact_email', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_email_address'), ['address'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_email_contact_id'), ['contact_id'], unique=False)

    op.create_table('contact_phone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=50), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_phone_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_phone'))
    )
    with op.batch_alter_table('contact_phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_phone_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_phone_number'), ['number'], unique=False)

    op.create_table('interview',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', desktop.storage.models.UTCDateTime(), nullable=False),
    sa.Column('ends_at', desktop.storage.models.UTCDateTime(), nullable=True),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.Enum('phone_screen', 'video', 'on_site', 'panel', name='interviewkind', native_enum=False, length=32), nullable=False),
    sa.Column('location', sa.String(length=500), nullable=False),
    sa.Column('video_link', sa.String(length=1000), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('process_owner_id', sa.Integer(), nullable=True),
    sa.Column('ical_uid', sa.String(length=500), nullable=False),
    sa.Column('ical_sequence', sa.Integer(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('debriefed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_interview_opportunity_id_opportunity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['process_owner_id'], ['contact.id'], name=op.f('fk_interview_process_owner_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview'))
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_ical_uid'), ['ical_uid'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_starts_at'), ['starts_at'], unique=False)

    op.create_table('personal_date',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_personal_date_opportunity_id_opportunity'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_date'))
    )
    with op.batch_alter_table('personal_date', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_personal_date_opportunity_id'), ['opportunity_id'], unique=False)

    op.create_table('status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no_response', name='opportunitystatus', native_enum=False, length=32), nullable=False),
    sa.Column('changed_at', desktop.storage.models.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_status_change_opportunity_id_opportunity'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_change'))
    )
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_change_opportunity_id'), ['opportunity_id'], unique=False)

    op.create_table('follow_up_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_follow_up_call_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_follow_up_call_interview_id_interview'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunity.id'], name=op.f('fk_follow_up_call_opportunity_id_opportunity'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_call'))
    )
    with op.batch_alter_table('follow_up_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_call_opportunity_id'), ['opportunity_id'], unique=False)

    op.create_table('meeting_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('memorable', sa.Text(), nullable=False),
    sa.Column('promised', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_meeting_note_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_meeting_note_interview_id_interview'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_note')),
    sa.UniqueConstraint('interview_id', 'contact_id', name=op.f('uq_meeting_note_interview_id'))
    )
    with op.batch_alter_table('meeting_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_note_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_note_interview_id'), ['interview_id'], unique=False)

    op.create_table('thank_you_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.Enum('email', 'handwritten', 'other', name='notechannel', native_enum=False, length=32), nullable=False),
    sa.Column('state', sa.Enum('draft', 'ready', 'sent', name='notestate', native_enum=False, length=32), nullable=False),
    sa.Column('template', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('sent_at', desktop.storage.models.UTCDateTime(), nullable=True),
    sa.Column('written', sa.Boolean(), nullable=False),
    sa.Column('addressed', sa.Boolean(), nullable=False),
    sa.Column('stamped', sa.Boolean(), nullable=False),
    sa.Column('posted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', desktop.storage.models.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_thank_you_note_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_thank_you_note_interview_id_interview'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thank_you_note')),
    sa.UniqueConstraint('interview_id', 'contact_id', name=op.f('uq_thank_you_note_interview_id'))
    )
    with op.batch_alter_table('thank_you_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_thank_you_note_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_thank_you_note_interview_id'), ['interview_id'], unique=False)

    op.create_table('call_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=False),
    sa.Column('called_at', desktop.storage.models.UTCDateTime(), nullable=False),
    sa.Column('outcome', sa.Enum('no_answer', 'voicemail', 'still_deciding', 'moving_forward', 'another_direction', 'offer', name='calloutcome', native_enum=False, length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('next_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['call_id'], ['follow_up_call.id'], name=op.f('fk_call_attempt_call_id_follow_up_call'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_attempt'))
    )
    with op.batch_alter_table('call_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_attempt_call_id'), ['call_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('call_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_attempt_call_id'))

    op.drop_table('call_attempt')
    with op.batch_alter_table('thank_you_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_thank_you_note_interview_id'))
        batch_op.drop_index(batch_op.f('ix_thank_you_note_contact_id'))

    op.drop_table('thank_you_note')
    with op.batch_alter_table('meeting_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_note_interview_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_note_contact_id'))

    op.drop_table('meeting_note')
    with op.batch_alter_table('follow_up_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_call_opportunity_id'))

    op.drop_table('follow_up_call')
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_change_opportunity_id'))

    op.drop_table('status_change')
    with op.batch_alter_table('personal_date', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_personal_date_opportunity_id'))

    op.drop_table('personal_date')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_starts_at'))
        batch_op.drop_index(batch_op.f('ix_interview_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_interview_ical_uid'))

    op.drop_table('interview')
    with op.batch_alter_table('contact_phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_phone_number'))
        batch_op.drop_index(batch_op.f('ix_contact_phone_contact_id'))

    op.drop_table('contact_phone')
    with op.batch_alter_table('contact_email', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_email_contact_id'))
        batch_op.drop_index(batch_op.f('ix_contact_email_address'))

    op.drop_table('contact_email')
    op.drop_table('reminder_state')
    op.drop_table('opportunity')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_vcard_uid'))
        batch_op.drop_index(batch_op.f('ix_contact_company'))

    op.drop_table('contact')
