"""The tables. Times are stored in UTC and come back time-zone aware."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.core.domain import (
    CallOutcome,
    CaptureMethod,
    InterviewKind,
    NoteChannel,
    NoteState,
    OpportunityStatus,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC; a naive value is refused rather than guessed."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("refusing to store a time without a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _enum(cls: type) -> Enum:
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False,
                validate_strings=True, length=32)


def utcnow() -> datetime:
    return datetime.now(UTC)


# A deleted row's id is never given to another (migration 0013): sync records, kept rows and reminders name rows by
# id, and SQLite would otherwise hand the highest id out again once its row is deleted.
NEVER_REUSED = {"sqlite_autoincrement": True}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every model here is mapped to a Table (never a join or a select), which the operations query as such.
    __table__: ClassVar[Table]


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    greet_as: Mapped[str] = mapped_column(String(100), default="")  # empty: the greeting proposed from the name
    family_first: Mapped[bool] = mapped_column(Boolean, default=False)  # Tanaka Hiroshi, Nguyễn Văn An
    pronunciation: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="", index=True)
    street: Mapped[str] = mapped_column(String(300), default="")
    locality: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(30), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    linkedin: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    name_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    captured_by: Mapped[CaptureMethod] = mapped_column(_enum(CaptureMethod), default=CaptureMethod.TYPED)
    card_photo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    card_photo_type: Mapped[str] = mapped_column(String(50), default="")
    vcard_uid: Mapped[str] = mapped_column(String(300), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactEmail.position")
    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPhone.position")


class ContactEmail(Base):
    __tablename__ = "contact_email"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320), index=True)
    label: Mapped[str] = mapped_column(String(50), default="work")
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")


class ContactPhone(Base):
    __tablename__ = "contact_phone"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(50), index=True)  # E.164 when it could be read
    label: Mapped[str] = mapped_column(String(50), default="work")
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


class Opportunity(Base):
    __tablename__ = "opportunity"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    posting_url: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[OpportunityStatus] = mapped_column(
        _enum(OpportunityStatus), default=OpportunityStatus.APPLIED)
    why_fit: Mapped[str] = mapped_column(Text, default="")  # the one line on why the candidate fits
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    interviews: Mapped[list[Interview]] = relationship(
        back_populates="opportunity", cascade="all, delete-orphan", order_by="Interview.starts_at")
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="opportunity", cascade="all, delete-orphan", order_by="StatusChange.changed_at")
    personal_dates: Mapped[list[PersonalDate]] = relationship(
        back_populates="opportunity", cascade="all, delete-orphan", order_by="PersonalDate.on_date")


class StatusChange(Base):
    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    status: Mapped[OpportunityStatus] = mapped_column(_enum(OpportunityStatus))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    opportunity: Mapped[Opportunity] = relationship(back_populates="status_changes")


class Interview(Base):
    __tablename__ = "interview"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")  # the zone it was set in
    # The invitation did not say which zone its times are in: time_zone is a guess for the user to confirm.
    zone_guessed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[InterviewKind] = mapped_column(_enum(InterviewKind), default=InterviewKind.VIDEO)
    location: Mapped[str] = mapped_column(String(500), default="")
    video_link: Mapped[str] = mapped_column(String(1000), default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")  # what was said, in their words
    decision_date: Mapped[date | None] = mapped_column(Date, default=None)
    process_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), default=None)
    ical_uid: Mapped[str] = mapped_column(String(500), default="", index=True)
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    debriefed: Mapped[bool] = mapped_column(Boolean, default=False)

    opportunity: Mapped[Opportunity] = relationship(back_populates="interviews")
    process_owner: Mapped[Contact | None] = relationship()
    people: Mapped[list[MeetingNote]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="MeetingNote.position")
    notes: Mapped[list[ThankYouNote]] = relationship(back_populates="interview", cascade="all, delete-orphan")


class MeetingNote(Base):
    """One person met in one interview, and what the candidate remembers of them."""

    __tablename__ = "meeting_note"
    __table_args__ = (UniqueConstraint("interview_id", "contact_id"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    memorable: Mapped[str] = mapped_column(Text, default="")
    promised: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    interview: Mapped[Interview] = relationship(back_populates="people")
    contact: Mapped[Contact] = relationship()


class ThankYouNote(Base):
    __tablename__ = "thank_you_note"
    __table_args__ = (UniqueConstraint("interview_id", "contact_id"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    channel: Mapped[NoteChannel] = mapped_column(_enum(NoteChannel), default=NoteChannel.EMAIL)
    state: Mapped[NoteState] = mapped_column(_enum(NoteState), default=NoteState.DRAFT)
    template: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    written: Mapped[bool] = mapped_column(Boolean, default=False)
    addressed: Mapped[bool] = mapped_column(Boolean, default=False)
    stamped: Mapped[bool] = mapped_column(Boolean, default=False)
    posted: Mapped[bool] = mapped_column(Boolean, default=False)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # send later, at this time
    send_error: Mapped[str] = mapped_column(Text, default="", server_default="")  # why the scheduled send failed
    # False while the text is as the template wrote it: it then follows edits of the memorable moment.
    hand_edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    interview: Mapped[Interview] = relationship(back_populates="notes")
    contact: Mapped[Contact] = relationship()


class FollowUpCall(Base):
    __tablename__ = "follow_up_call"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interview.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    planned_on: Mapped[date] = mapped_column(Date)

    attempts: Mapped[list[CallAttempt]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="CallAttempt.called_at")
    contact: Mapped[Contact | None] = relationship()


class CallAttempt(Base):
    __tablename__ = "call_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("follow_up_call.id", ondelete="CASCADE"), index=True)
    called_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[CallOutcome] = mapped_column(_enum(CallOutcome))
    notes: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[date | None] = mapped_column(Date, default=None)

    call: Mapped[FollowUpCall] = relationship(back_populates="attempts")


class PersonalDate(Base):
    """A date of the candidate's own: an offer expiring, a notice period, 'need a decision by'."""

    __tablename__ = "personal_date"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), default=None, index=True)
    label: Mapped[str] = mapped_column(String(200))
    on_date: Mapped[date] = mapped_column(Date)

    opportunity: Mapped[Opportunity | None] = relationship(back_populates="personal_dates")


class ReminderState(Base):
    """What the candidate did with one derived reminder, keyed by a stable string like 'note:12'."""

    __tablename__ = "reminder_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    fired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class DataGeneration(Base):
    """One row whose counter triggers bump on every write to any table (migration 0002)."""

    __tablename__ = "data_generation"

    id: Mapped[int] = mapped_column(primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)


class ImportBatch(Base):
    """One import, kept so that it can be undone as a whole (migration 0005): the last few are kept."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    summary: Mapped[str] = mapped_column(String(300), default="")

    changes: Mapped[list[ImportChange]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="ImportChange.id")


class ImportChange(Base):
    """A row an import created, or the values of a row it replaced, as the raw column values stored (JSON)."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(Integer)
    created: Mapped[bool] = mapped_column(Boolean, default=False)  # else updated
    before: Mapped[str] = mapped_column(Text, default="")  # an update: the values it replaced
    after: Mapped[str] = mapped_column(Text, default="")  # an update: the values it left; a new row: their digest

    batch: Mapped[ImportBatch] = relationship(back_populates="changes")


class CalendarEvent(Base):
    """An event the calendar export has written (migration 0009), so that the next export raises its SEQUENCE and
    LAST-MODIFIED only when its content changed: a phone then updates the event it has instead of adding a copy."""

    __tablename__ = "calendar_event"

    uid: Mapped[str] = mapped_column(String(200), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))  # a digest of what was written
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncAccount(Base):
    """The CalDAV/CardDAV account sync uses (migration 0010): where, who, and the two collections written to.
    The password is not here: it is in the system keyring, or fetched by the user's command each time."""

    __tablename__ = "sync_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1000))
    user: Mapped[str] = mapped_column(String(300))
    password_command: Mapped[str] = mapped_column(String(1000), default="")
    calendar_url: Mapped[str] = mapped_column(String(1000))
    addressbook_url: Mapped[str] = mapped_column(String(1000))
    calendar_token: Mapped[str] = mapped_column(String(1000), default="")  # the sync token (or ctag) last seen
    addressbook_token: Mapped[str] = mapped_column(String(1000), default="")
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # What moved each way: its counts as JSON ({"kind": "sync", ...}), or, before session 10, the English text.
    last_summary: Mapped[str] = mapped_column(Text, default="")
    # The data generation (migration 0002) as the last sync left it: unchanged, nothing here needs sending.
    generation: Mapped[int] = mapped_column(Integer, default=-1)
    # What this data folder's event UIDs end in on the server (migration 0011), such as "3f9c1a7e2b04.afterview.local":
    # two folders on one account number their interviews alike, and must not write over each other's events.
    # Empty for an account set up before: the calendar export's own domain.
    uid_domain: Mapped[str] = mapped_column(String(200), default="")


class SyncItem(Base):
    """One object on the server as last synced: where it is, its ETag, and its fields then (the merge's base)."""

    __tablename__ = "sync_item"
    __table_args__ = NEVER_REUSED  # its id is the handle `afterview sync resolve d<id>` answers (migration 0014)

    id: Mapped[int] = mapped_column(primary_key=True)
    collection: Mapped[str] = mapped_column(String(20))  # "calendar" or "addressbook"
    uid: Mapped[str] = mapped_column(String(500), index=True)
    href: Mapped[str] = mapped_column(String(1000), unique=True)
    etag: Mapped[str] = mapped_column(String(300), default="")
    base: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the fields as both sides last agreed
    contact_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)  # no key: a deletion is seen
    # synced; deleted (on the server, waiting for the user); deleted_here (here, while changed on the server:
    # waiting too); foreign (another data folder's event)
    state: Mapped[str] = mapped_column(String(20), default="synced")
    # JSON: the server's fields while it waits as deleted here (migration 0012); `base` keeps what both last agreed
    theirs: Mapped[str] = mapped_column(Text, default="", server_default="")

    conflicts: Mapped[list[SyncConflict]] = relationship(back_populates="item", cascade="all, delete-orphan",
                                                         order_by="SyncConflict.id")


class KeptRow(Base):
    """A synced contact or interview deleted here, with its own rows (migration 0012): what it needs to be brought
    back when the server changed it meanwhile. Kept until the server's copy is deleted too (desktop/storage/
    kept_rows.py)."""

    __tablename__ = "kept_row"
    __table_args__ = (UniqueConstraint("kind", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "contact" or "interview"
    row_id: Mapped[int] = mapped_column(Integer)  # its id, which it gets back
    rows: Mapped[str] = mapped_column(Text)  # JSON: [[table, {column: value}], ...], the row itself first
    pointers: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [[table, column, row id], ...] cleared with it
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncConflict(Base):
    """A field changed here and on the server to different values: the local value is kept, the server's here."""

    __tablename__ = "sync_conflict"
    __table_args__ = NEVER_REUSED  # its id is the handle `afterview sync resolve c<id>` answers (migration 0014)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("sync_item.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(50))
    local: Mapped[str] = mapped_column(Text, default="")
    remote: Mapped[str] = mapped_column(Text, default="")
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    item: Mapped[SyncItem] = relationship(back_populates="conflicts")
