"""Two-way sync with the user's own CalDAV/CardDAV server: one calendar and one address book named Afterview.

What goes up: every contact (or only those met at interviews: Settings → Sync) as a vCard, and everything the
Calendar page shows as events, written by the calendar export. What comes down: changes made elsewhere to those
contacts, and an interview's event moved or given another place; they are applied through the same operations
as the app's own edits. The other events are Afterview's own reckoning (a deadline follows from the interview):
a change to one elsewhere is reported and Afterview's event is put back.

How, as careful clients do it: a collection whose sync token (or ctag) has not moved costs one request; else
sync-collection (RFC 6578) lists what changed, or all ETags where the server has no sync-collection. Writes are
conditional: If-None-Match: * to create, If-Match to update or delete. A 412 means someone changed the object
meanwhile: it is fetched, merged field by field against the last synced copy (the base), and written again.
A field changed on both sides to different values is a conflict: the value here is kept and the server's is kept
beside it for the user to choose (`resolve_conflict`). A deletion on the server is listed, never applied, until
the user confirms it (`confirm_deletion`); nor is a deletion here of what the server changed meanwhile (a phone moved
the interview, added a number): the user keeps it deleted or brings it back with the change (`confirm_deletion`,
with the rows desktop/storage/kept_rows.py kept at the deletion). Each object's state is saved as soon as it is
written, and an object is created at a name made from its UID, so a sync cut off anywhere leaves no duplicate and
the next one resumes.
"""

from __future__ import annotations

import contextlib
import json
import re
import shlex
import subprocess
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import delete, select, union, update
from sqlalchemy.orm import Session

from desktop.core.calendar_export import ExportEvent
from desktop.core.cards import ContactCard
from desktop.core.domain import CaptureMethod
from desktop.core.messages import Message, english, plural, together
from desktop.core.sync_items import (
    CARD_FIELDS,
    FIELD_LABELS,
    Conflict,
    Fields,
    UnreadableItem,
    card_fields,
    card_text,
    card_with_fields,
    event_fields,
    event_text,
    merge_fields,
    read_card,
    read_event,
    resource_name,
)
from desktop.delivery import secrets
from desktop.delivery.dav import (
    ADDRESS_BOOK,
    CALENDAR,
    Changed,
    Collection,
    Dav,
    DavError,
    Listing,
    Offline,  # raised to the window too, which reaches the network only through this module
    Resource,
    TokenExpired,
    object_href,
)
from desktop.operations.calendar_export import UID_DOMAIN, calendar_events
from desktop.operations.changes import NOTHING, ChangeSet, RecordKind
from desktop.operations.contacts import (
    DeletedContact,
    add_contact,
    contact_details,
    delete_contact,
    list_contacts,
    restore_contact,
    update_contact,
)
from desktop.operations.opportunities import (
    InterviewInput,
    delete_interview,
    get_interview,
    restore_interview,
    update_interview,
)
from desktop.operations.progress import NO_PROGRESS, Progress
from desktop.operations.workspace import Workspace
from desktop.storage import kept_rows
from desktop.storage.models import (
    Contact,
    DataGeneration,
    FollowUpCall,
    MeetingNote,
    SyncAccount,
    SyncConflict,
    SyncItem,
    ThankYouNote,
)

COLLECTION_NAME = "Afterview"
PATHS = {CALENDAR: "afterview-calendar", ADDRESS_BOOK: "afterview-contacts"}
SUFFIX = {CALENDAR: ".ics", ADDRESS_BOOK: ".vcf"}
WRITE_TRIES = 3  # a 412 is fetched, merged and written again at most this often
MOVABLE = ("start", "end", "location")  # what a phone may change of an interview: the rest Afterview works out
# Objects sent whose state is saved in one transaction: a commit each cost more than building the object. A sync
# killed before the save loses no object and makes no duplicate: each one is at its UID's name, so the next sync
# finds it on the server (listed as changed since the saved token) and takes it as agreed when the fields match.
STATE_BATCH = 100
PASSWORD_COMMAND_SECONDS = 30
# An object's sync record: agreed; deleted on the server (waiting for the user); deleted here while the server
# changed it (waiting too); another data folder's event (left as it is).
SYNCED, DELETED, DELETED_HERE, FOREIGN = "synced", "deleted", "deleted_here", "foreign"


class SyncProblem(Exception):
    """Sync cannot run, or could not set up; the message says why and what to do."""


@dataclass(frozen=True)
class AccountSetup:
    """What setting up an account found and chose."""

    calendar: Collection
    addressbook: Collection
    created: tuple[str, ...]  # "calendar", "address book": what had to be made


@dataclass
class SyncResult:
    """What one sync did: counts each way, what waits for the user, the problems met, and the change set."""

    sent: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("new", "changed", "deleted"), 0))
    received: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("new", "changed"), 0))
    conflicts: int = 0
    deletions: int = 0  # removed on the server, waiting for the user's confirmation
    deleted_here: int = 0  # deleted here but changed on the server: keep it deleted, or bring it back?
    problems: list[str] = field(default_factory=list)
    # Titles of events changed elsewhere that Afterview works out itself (a deadline, a call): its own version went
    # back up. Not problems: nothing was unreadable.
    put_back: list[str] = field(default_factory=list)
    requests: int = 0
    changes: ChangeSet = NOTHING

    @property
    def summary(self) -> str:
        """'Sent 3 (1 new, 2 changed), received 1 changed; waiting for you: 1 conflict'."""
        return self._said(waiting_summary(self.conflicts, self.deletions, self.deleted_here))

    @property
    def report(self) -> str:
        """The summary without what waits for the user, which changes as the user answers (the last sync's report
        is kept; SyncStatus.waiting_summary says what waits now)."""
        return self._said("")

    @property
    def stored_report(self) -> str:
        """The report as the account keeps it: its counts, so that it is said in the language of whoever reads
        it (see `said_report`)."""
        return json.dumps({"kind": _REPORT_KIND, "sent": self.sent, "received": self.received,
                           "problems": len(self.problems), "put_back": len(self.put_back)})

    def _said(self, waiting: str) -> str:
        return _report(self.sent, self.received, waiting, len(self.problems), len(self.put_back))


_REPORT_KIND = "sync"


def _report(sent: dict[str, int], received: dict[str, int], waiting: str, problems: int, put_back: int) -> str:
    def side(counts: dict[str, int]) -> str:
        total = sum(counts.values())
        parts: list[str] = [
            Message("{count} new", count=n) if what == "new" else Message("{count} changed", count=n)
            if what == "changed" else Message("{count} deleted", count=n) for what, n in counts.items() if n]
        return Message("{total} ({parts})", total=total, parts=together(parts, ", ")) if total \
            else english("nothing")
    said: list[str] = [Message("Sent {sent}, received {received}", sent=side(sent), received=side(received))]
    if waiting:
        said.append(waiting)
    if problems:
        said.append(plural("%n item(s) could not be read", "", problems))
    if put_back:
        said.append(plural("%n event(s) changed elsewhere put back", "", put_back))
    return together(said, "; ")


def said_report(stored: str) -> str:
    """The last sync's report from what the account keeps: worded from its counts (English, which a face says in
    its language), or a text kept before the counts were, as it is."""
    try:
        counts = json.loads(stored) if stored.startswith("{") else None
    except ValueError:
        counts = None
    if not isinstance(counts, dict) or counts.get("kind") != _REPORT_KIND:
        return _WAITING_SAID.sub("", stored)
    try:
        return _report(_counts(counts["sent"]), _counts(counts["received"]), "", int(counts["problems"]),
                       int(counts["put_back"]))
    except (KeyError, TypeError, ValueError):
        return ""  # counts of another shape (a newer version's): better nothing than a wrong report


def _counts(said: object) -> dict[str, int]:
    if not isinstance(said, dict):
        raise TypeError("counts are a mapping")
    return {str(what): int(n) for what, n in said.items()}


def waiting_summary(conflicts: int, deletions: int, deleted_here: int) -> str:
    """'waiting for you: 1 conflict, 2 deletions on the server'; empty when nothing waits."""
    waiting: list[str] = [text for n, text in ((conflicts, plural("%n conflict(s)", "", conflicts)),
                                               (deletions, plural("%n deletion(s) on the server", "", deletions)),
                                               (deleted_here, plural("%n item(s) deleted here but changed on the "
                                                                     "server", "", deleted_here)))
                          if n]
    return Message("waiting for you: {waiting}", waiting=together(waiting, ", ")) if waiting else ""


# --- the account --------------------------------------------------------------------------------------------------


def password_for(workspace: Workspace, account: SyncAccount | None = None) -> str:
    """The account's password: from the user's command when one is set, else from the system keyring."""
    account = account or _account(workspace)
    if account.password_command:
        return run_password_command(account.password_command)
    try:
        password = secrets.load_password(account.user, _host(account.url), service=secrets.SYNC_SERVICE)
    except secrets.SecretsError as error:
        raise SyncProblem(Message("{problem} Set the account up again with a password command instead.",
                                  problem=error.args[0])) from None
    if password is None:
        raise SyncProblem(Message("No password is kept for {user} on {host}: set the account up again",
                                  user=account.user, host=_host(account.url)))
    return password


def run_password_command(command: str) -> str:
    """The first line the user's command prints (a password manager's `pass show ...`); its failure is named."""
    try:
        done = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=PASSWORD_COMMAND_SECONDS,
                              check=False)
    except (OSError, ValueError, subprocess.TimeoutExpired) as error:
        raise SyncProblem(Message("The password command could not be run ({error})", error=str(error))) from None
    password = done.stdout.splitlines()[0] if done.stdout else ""
    if done.returncode != 0 or not password:
        raise SyncProblem(Message("The password command gave no password (exit status {status})",
                                  status=done.returncode))
    return password


def set_up_account(workspace: Workspace, url: str, user: str, password: str, password_command: str = "",
                   progress: Progress = NO_PROGRESS) -> AccountSetup:
    """Find the user's calendar and address-book homes from `url`, use (or create) one calendar and one address
    book named Afterview there, and keep the account; the password goes to the keyring unless a command gives it.
    Nothing is written into any other collection."""
    url = url.strip()
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise SyncProblem(Message("'{url}' is not a server address: it starts with https:// (or http://)", url=url))
    if not user.strip():
        raise SyncProblem(english("The user name is empty"))
    dav = Dav(url, user.strip(), password)
    try:
        progress.update(0, 3, english("finding the calendar and the address book"))
        homes = dav.discover()
        chosen: dict[str, Collection] = {}
        created = []
        wanted = ((CALENDAR, homes.calendar_home), (ADDRESS_BOOK, homes.addressbook_home))
        for number, (kind, home) in enumerate(wanted):
            progress.update(number + 1, 3, _kind_name(kind))
            if not home:
                raise SyncProblem(Message("{host} offers no calendars for {user}", host=_host(url), user=user)
                                  if kind == CALENDAR else
                                  Message("{host} offers no address books for {user}", host=_host(url), user=user))
            mine = [c for c in dav.collections(home) if c.kind == kind and
                    (c.name == COLLECTION_NAME or c.url.rstrip("/").endswith(PATHS[kind]))]
            if mine:
                chosen[kind] = mine[0]
            else:
                chosen[kind] = dav.create(home, kind, COLLECTION_NAME, PATHS[kind])
                created.append(_kind_name(kind))
    except DavError as error:
        raise SyncProblem(error.args[0]) from None
    finally:
        dav.close()
    if not password_command:
        try:
            secrets.store_password(user.strip(), _host(url), password, service=secrets.SYNC_SERVICE)
        except secrets.SecretsError:
            raise SyncProblem(english("No system keyring is available to keep the password: set the account up with "
                                      "a password command (such as `pass show dav`) instead")) from None
    with workspace.session() as session:
        before = session.get(SyncAccount, 1)
        same = before is not None and (before.calendar_url, before.addressbook_url) == (
            chosen[CALENDAR].url, chosen[ADDRESS_BOOK].url)
        if same:  # the same collections (a new password, a command instead of the keyring): what was synced stays
            assert before is not None
            before.url, before.user, before.password_command = url, user.strip(), password_command
        else:
            session.execute(delete(SyncItem))  # another account's objects are not this one's
            kept_rows.forget_all(session)
            session.execute(delete(SyncAccount))
            session.add(SyncAccount(id=1, url=url, user=user.strip(), password_command=password_command,
                                    calendar_url=chosen[CALENDAR].url, addressbook_url=chosen[ADDRESS_BOOK].url,
                                    calendar_token="", addressbook_token="", last_summary="", generation=-1,
                                    uid_domain=f"{uuid.uuid4().hex[:12]}.{UID_DOMAIN}"))
    return AccountSetup(chosen[CALENDAR], chosen[ADDRESS_BOOK], tuple(created))


def _account(workspace: Workspace) -> SyncAccount:
    with workspace.session() as session:
        account = session.get(SyncAccount, 1)
    if account is None:
        raise SyncProblem(english("No sync account is set up: `afterview sync setup URL --user NAME`, or Settings → "
                                  "Sync"))
    return account


@dataclass(frozen=True)
class WaitingConflict:
    id: int
    what: str  # the contact's name or the event's title
    label: str  # the field, as the user reads it
    local: str
    remote: str


@dataclass(frozen=True)
class WaitingDeletion:
    item_id: int
    what: str
    kind: str  # CALENDAR or ADDRESS_BOOK
    here: bool = False  # deleted here while the server changed it; else deleted on the server
    changed: tuple[str, ...] = ()  # deleted here: the fields the server changed, as the user reads them
    starts: datetime | None = None  # deleted here, an interview the server moved: when it starts there now


@dataclass(frozen=True)
class SyncStatus:
    """What the status line and `afterview sync status` show."""

    url: str
    user: str
    password_command: str  # empty: the password is in the keyring
    calendar_url: str
    addressbook_url: str
    last_sync_at: datetime | None
    last_summary: str
    conflicts: list[WaitingConflict]
    deletions: list[WaitingDeletion]

    @property
    def waiting_summary(self) -> str:
        """What waits for the user now, as a sync's summary says it ('waiting for you: 1 conflict'); empty when
        nothing does."""
        return waiting_summary(len(self.conflicts), sum(not d.here for d in self.deletions),
                               sum(d.here for d in self.deletions))


def sync_status(workspace: Workspace) -> SyncStatus | None:
    """The account, its last sync, and what waits for the user; None when no account is set up."""
    with workspace.session() as session:
        account = session.get(SyncAccount, 1)
        if account is None:
            return None
        conflicts = [WaitingConflict(c.id, _item_name(c.item), Conflict(c.field, c.local, c.remote).label,
                                     c.local, c.remote)
                     for c in session.scalars(select(SyncConflict).order_by(SyncConflict.id))]
        deletions = [WaitingDeletion(i.id, _item_name(i), i.collection, i.state == DELETED_HERE, _changed_there(i),
                                     _starts_there(i, workspace))
                     for i in session.scalars(select(SyncItem).where(SyncItem.state.in_((DELETED, DELETED_HERE)))
                                              .order_by(SyncItem.id))]
        return SyncStatus(account.url, account.user, account.password_command, account.calendar_url,
                          account.addressbook_url, account.last_sync_at, said_report(account.last_summary),
                          conflicts, deletions)


# What waited at a sync, in a summary kept before session 9: it is said live now (SyncStatus.waiting_summary).
_WAITING_SAID = re.compile(r"; waiting for you: [^;]*")


def _item_name(item: SyncItem) -> str:
    base = {**json.loads(item.base), **json.loads(item.theirs or "{}")}  # a name changed there is the one it has now
    return base.get("full_name") or base.get("summary") or item.uid


def _starts_there(item: SyncItem, workspace: Workspace) -> datetime | None:
    """When an interview deleted here starts on the server, in the candidate's zone, if the server moved it."""
    theirs = json.loads(item.theirs or "{}").get("start", "")
    if item.state != DELETED_HERE or "T" not in theirs or theirs == json.loads(item.base).get("start"):
        return None
    return _instant(theirs, None).astimezone(workspace.zone)


def _changed_there(item: SyncItem) -> tuple[str, ...]:
    """The labels of the fields the server changed of an object deleted here ('Start', 'Place')."""
    if item.state != DELETED_HERE:
        return ()
    base, theirs = json.loads(item.base), json.loads(item.theirs or "{}")
    names = MOVABLE if item.collection == CALENDAR else CARD_FIELDS
    return tuple(FIELD_LABELS[name] for name in names if theirs.get(name, "") != base.get(name, ""))


# --- the user's answers ---------------------------------------------------------------------------------------------


def resolve_conflict(workspace: Workspace, conflict_id: int, take_server: bool) -> ChangeSet:
    """Keep this computer's value (the next sync sends it) or take the server's (applied here now)."""
    with workspace.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise LookupError(Message("conflict {id} is no longer waiting", id=conflict_id))
        item, name, theirs = conflict.item, conflict.field, conflict.remote
        collection, contact_id, uid = item.collection, item.contact_id, item.uid
        domain = _uid_domain(session.get(SyncAccount, 1))
        session.delete(conflict)
    if not take_server:
        return NOTHING
    if collection == ADDRESS_BOOK and contact_id is not None:
        details = contact_details(workspace, contact_id)
        fields = {**card_fields(details.card), name: theirs}
        card = card_with_fields(details.card, fields)
        update_contact(workspace, contact_id, card, details.name_checked and card.display_name ==
                       details.card.display_name)
        return ChangeSet.of(RecordKind.CONTACT, [contact_id])
    interview_id = _interview_id(uid, domain)
    if interview_id is not None:
        return _move_interview(workspace, interview_id, {name: theirs})
    return NOTHING


def confirm_deletion(workspace: Workspace, item_id: int, delete_here: bool) -> ChangeSet:
    """A deletion waiting, answered: `delete_here` ends it deleted on both sides, else on both sides it stays.

    Deleted on the server: delete the contact or interview here too, or keep it (the next sync sends it back).
    Deleted here while the server changed it: keep it deleted (the next sync deletes the server's copy, as it is
    now), or bring it back as it was, with the server's change taken in as a sync would (a true conflict waits).
    """
    with workspace.session() as session:
        item = session.get(SyncItem, item_id)
        if item is None or item.state not in (DELETED, DELETED_HERE):
            raise LookupError(english("that deletion is no longer waiting"))
        state, collection, contact_id, uid = item.state, item.collection, item.contact_id, item.uid
        domain = _uid_domain(session.get(SyncAccount, 1))
        if state == DELETED:
            session.delete(item)  # either way the server's object is gone; one kept is created again
        elif delete_here:  # the deletion goes up at the next sync, against the server's copy as it is now
            item.state, item.base, item.theirs = SYNCED, item.theirs, ""
    if state == DELETED_HERE:
        return NOTHING if delete_here else _bring_back(workspace, item_id, domain)
    if not delete_here:
        return NOTHING
    try:
        if collection == ADDRESS_BOOK and contact_id is not None:
            return delete_contact(workspace, contact_id).changes
        interview_id = _interview_id(uid, domain)
        return delete_interview(workspace, interview_id) if interview_id is not None else NOTHING
    except LookupError:  # deleted here meanwhile too
        return NOTHING


def _bring_back(workspace: Workspace, item_id: int, domain: str) -> ChangeSet:
    """A contact or an interview deleted here put back as it was kept, then given the server's change."""
    with workspace.session() as session:
        item = session.get(SyncItem, item_id)
        assert item is not None
        uid, contact_id, base = item.uid, item.contact_id, json.loads(item.base)
        kind = kept_rows.CONTACT if item.collection == ADDRESS_BOOK else kept_rows.INTERVIEW
        row_id = contact_id if kind == kept_rows.CONTACT else _interview_id(uid, domain)
        kept = kept_rows.kept(session, kind, row_id) if row_id is not None else None
    if kind == kept_rows.INTERVIEW:
        if kept is None or row_id is None:
            raise LookupError(english("Nothing was kept of this interview to bring it back"))
        changes = restore_interview(workspace, row_id)
    elif kept is not None:
        changes = restore_contact(workspace, DeletedContact(kept))
    else:  # deleted before Afterview kept what it needs: the card comes back as the server had it
        contact_id = add_contact(workspace, card_with_fields(ContactCard(uid=uid), base), CaptureMethod.VCARD).id
        with workspace.session() as session:
            session.execute(update(SyncItem).where(SyncItem.id == item_id).values(contact_id=contact_id))
        changes = ChangeSet.of(RecordKind.CONTACT, [contact_id])
    return changes | _taken_back(workspace, item_id, domain)


def _taken_back(workspace: Workspace, item_id: int, domain: str) -> ChangeSet:
    """An object deleted here that is here again (brought back, or its deletion undone) takes the server's change,
    merged field by field with what it holds here; a true conflict waits for the user, as in a sync."""
    with workspace.session() as session:
        item = session.get(SyncItem, item_id)
        assert item is not None
        uid, collection, contact_id = item.uid, item.collection, item.contact_id
        base, theirs = json.loads(item.base), json.loads(item.theirs or item.base)
    changes, conflicts = NOTHING, tuple[Conflict, ...]()
    if collection == ADDRESS_BOOK and contact_id is not None:
        details = contact_details(workspace, contact_id)
        merge = merge_fields(base, card_fields(details.card), theirs)
        card = card_with_fields(details.card, merge.fields)
        update_contact(workspace, contact_id, card, details.name_checked and card.display_name ==
                       details.card.display_name)
        changes, conflicts = ChangeSet.of(RecordKind.CONTACT, [contact_id]), merge.conflicts
    interview_id = _interview_id(uid, domain) if collection == CALENDAR else None
    moved = {name: theirs[name] for name in MOVABLE if theirs.get(name, "") != base.get(name, "")}
    if interview_id is not None and moved:
        changes = _move_interview(workspace, interview_id, moved)
    with workspace.session() as session:
        item = session.get(SyncItem, item_id)
        assert item is not None
        item.state, item.base, item.theirs = SYNCED, json.dumps(theirs), ""
        for conflict in conflicts:
            session.add(SyncConflict(item_id=item_id, field=conflict.field, local=conflict.local,
                                     remote=conflict.remote, found_at=workspace.now()))
    return changes


# --- sync -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stored:
    """One object's state to save: where it is on the server, its ETag, and the fields both sides now agree on."""

    uid: str
    href: str
    etag: str
    fields: Fields
    contact_id: int | None
    state: str


@dataclass
class _Local:
    """One contact or event as it is here now, and how to write it for the server."""

    fields: Fields
    write: Callable[[], str]
    contact_id: int | None = None


def sync(workspace: Workspace, progress: Progress = NO_PROGRESS, password: str | None = None) -> SyncResult:
    """Bring the account's calendar and address book and this data folder into step (see the module's doc).

    Offline when the server cannot be reached; SyncProblem when it refuses (password, certificate). What was
    synced before the problem stays synced.
    """
    account = _account(workspace)
    dav = Dav(account.url, account.user, password if password is not None else password_for(workspace, account))
    result = SyncResult()
    # Nothing written here since the last sync, on the same day (the calendar's deadlines follow the clock too):
    # nothing to send, so an unchanged server costs its requests and no more.
    quiet = account.generation == _generation(workspace) and account.last_sync_at is not None and \
        _day(workspace, account.last_sync_at) == _day(workspace, workspace.now())
    try:
        for kind in (ADDRESS_BOOK, CALENDAR):
            _CollectionSync(workspace, dav, account, kind, result, progress).run(quiet)
    except Offline:
        raise
    except DavError as error:
        raise SyncProblem(error.args[0]) from None
    finally:
        result.requests = dav.requests
        dav.close()
    with workspace.session() as session:
        result.conflicts = len(session.scalars(select(SyncConflict.id)).all())
        result.deletions = len(session.scalars(select(SyncItem.id).where(SyncItem.state == DELETED)).all())
        result.deleted_here = len(session.scalars(select(SyncItem.id).where(SyncItem.state == DELETED_HERE)).all())
        _forget_kept_rows(session, _uid_domain(account))
        stored = session.get(SyncAccount, 1)
        if stored is not None:
            stored.last_sync_at, stored.last_summary = workspace.now(), result.stored_report
            session.flush()
            # Storing the generation bumps it once more (every table has the trigger): store what it will be.
            stored.generation = _generation(workspace, session) + 1
    return result


class _CollectionSync:
    """One collection's sync: what came from the server first, then what goes up."""

    def __init__(self, workspace: Workspace, dav: Dav, account: SyncAccount, kind: str, result: SyncResult,
                 progress: Progress) -> None:
        self.workspace, self.dav, self.kind, self.result, self.progress = workspace, dav, kind, result, progress
        self.url = account.calendar_url if kind == CALENDAR else account.addressbook_url
        self.token_column = "calendar_token" if kind == CALENDAR else "addressbook_token"
        self.token = getattr(account, self.token_column)
        self.stamp = workspace.now()
        self.domain = _uid_domain(account)

    def run(self, quiet: bool) -> None:
        """Pull, then push what changed here, until a push writes nothing; `quiet`: nothing changed here."""
        for _round in range(WRITE_TRIES):
            if not self._pull() and quiet:
                return
            quiet = False
            if not self._push():
                return

    # what came from the server
    def _pull(self) -> bool:
        """Apply what changed on the server; False when the collection had not changed."""
        collection = self.dav.collection(self.url)
        state = f"sync:{collection.sync_token}" if collection.sync_collection else f"ctag:{collection.ctag}"
        if self.token == state and collection.sync_token + collection.ctag:
            return False  # unchanged: this one request was all
        if collection.sync_collection:
            previous = self.token[len("sync:"):] if self.token.startswith("sync:") else ""
            try:
                listing = self.dav.changes(collection, previous)
            except TokenExpired:
                listing = self.dav.changes(collection, "")  # the server forgot the token: list everything
            state = f"sync:{listing.token}"
        else:
            listing = self.dav.etags(collection)
        self._apply_listing(collection, listing)
        self._save_token(state)
        return True

    def _apply_listing(self, collection: Collection, listing: Listing) -> None:
        items = self._items()
        by_href = {item.href: item for item in items}
        removed = set(listing.removed)
        if listing.complete:
            removed |= {item.href for item in items if item.href not in listing.changed}
        wanted = [href for href, etag in listing.changed.items()
                  if href not in by_href or by_href[href].etag != etag]
        locals_ = self._locals() if wanted or removed else {}
        for number, got in enumerate(self.dav.fetch(collection, wanted) if wanted else ()):
            self.progress.update(number, len(wanted), english("receiving the calendar") if self.kind == CALENDAR
                                 else english("receiving the address book"))
            if isinstance(got, tuple):
                self.result.problems.append(Message("{where}: {problem}", where=got[0], problem=got[1]))
                continue
            self._receive(got, by_href.get(got.href), locals_)
        for href in removed:
            item = by_href.get(href)
            if item is not None and item.state == SYNCED:
                self._removed_remotely(item, locals_)
            elif item is not None and item.state in (FOREIGN, DELETED_HERE):  # gone there too: nothing to ask
                with self.workspace.session() as session:
                    session.execute(delete(SyncItem).where(SyncItem.id == item.id))

    def _receive(self, resource: Resource, item: SyncItem | None, locals_: dict[str, _Local]) -> None:
        try:
            uid, remote = self._read(resource)
        except UnreadableItem as error:
            self.result.problems.append(error.args[0])
            return
        if item is None:
            with self.workspace.session() as session:
                item = session.scalars(select(SyncItem).where(SyncItem.collection == self.kind,
                                                              SyncItem.uid == uid)).first()
        local = locals_.get(uid)
        if local is None and (item is None or item.state == FOREIGN):  # another folder's event stays theirs
            self._new_from_server(uid, resource, remote)
            return
        base = json.loads(item.base) if item is not None and item.state != FOREIGN else None
        self._merge_in(uid, resource, base, local, remote, item)

    def _read(self, resource: Resource) -> tuple[str, Fields]:
        where = resource.href.rsplit("/", 1)[-1]
        if self.kind == ADDRESS_BOOK:
            card = read_card(resource.text, where)
            if not card.uid:
                raise UnreadableItem(Message("{where}: the card has no UID", where=where))
            return card.uid, card_fields(card)
        event = read_event(resource.text, where)
        return event.uid, event.fields

    def _new_from_server(self, uid: str, resource: Resource, remote: Fields) -> None:
        contact_id = None
        if self.kind == ADDRESS_BOOK:
            card = card_with_fields(ContactCard(uid=uid), remote)
            if not card.display_name.strip():
                self.result.problems.append(Message("{where}: the card has no name",
                                                    where=resource.href.rsplit("/", 1)[-1]))
                return
            contact_id = add_contact(self.workspace, card, CaptureMethod.VCARD).id
            self.result.received["new"] += 1
            self.result.changes |= ChangeSet.of(RecordKind.CONTACT, [contact_id])
            state = SYNCED
        else:
            state = FOREIGN  # an event made elsewhere in Afterview's calendar: left as it is
        self._store(uid, resource.href, resource.etag, remote, contact_id, state)

    def _merge_in(self, uid: str, resource: Resource, base: Fields | None, local: _Local | None, remote: Fields,
                  item: SyncItem | None) -> None:
        if local is None:
            # Deleted here since the last sync. Changed there too (a new number, the interview moved): the user keeps
            # it deleted or brings it back with the change. Else the deletion goes up.
            if item is not None and base is not None and self._changed_there(uid, base, remote):
                with self.workspace.session() as session:
                    session.execute(update(SyncItem).where(SyncItem.id == item.id).values(
                        etag=resource.etag, theirs=json.dumps(remote), state=DELETED_HERE))
            else:  # still the deleted contact's record: its kept rows stay while the deletion has not gone up
                self._store(uid, resource.href, resource.etag, remote, item.contact_id if item else None, SYNCED)
            return
        merge = merge_fields(base, local.fields, remote)
        if merge.fields != local.fields and self._apply_here(uid, local, merge.fields, remote):
            self.result.received["changed"] += 1
        item_id = self._store(uid, resource.href, resource.etag, remote, local.contact_id, SYNCED)
        # Only a value the user could take waits as a conflict: one of an event Afterview works out itself (a
        # deadline, a call, an interview's title) is put back, as a change made there alone would be.
        choosable = [conflict for conflict in merge.conflicts if self._can_take(uid, conflict.field)]
        if len(choosable) < len(merge.conflicts) and local.fields["summary"] not in self.result.put_back:
            self.result.put_back.append(local.fields["summary"])
        if choosable:
            self._record_conflicts(item_id, choosable)

    def _changed_there(self, uid: str, base: Fields, remote: Fields) -> bool:
        """Whether the server changed what it could bring back here of an object deleted here: a contact's fields,
        an interview's time or place (when its rows were kept to bring it back)."""
        if self.kind == ADDRESS_BOOK:
            return remote != base
        interview_id = _interview_id(uid, self.domain)
        if interview_id is None or all(remote[name] == base.get(name, "") for name in MOVABLE):
            return False
        with self.workspace.session() as session:
            return kept_rows.kept(session, kept_rows.INTERVIEW, interview_id) is not None

    def _can_take(self, uid: str, name: str) -> bool:
        """Whether the server's value of this field can be applied here (a contact's, an interview's time or place)."""
        return self.kind == ADDRESS_BOOK or (_interview_id(uid, self.domain) is not None and name in MOVABLE)

    def _apply_here(self, uid: str, local: _Local, fields: Fields, remote: Fields) -> bool:
        """The merged fields made local, through the operations the app's own edits use; False when nothing here
        changed (an event Afterview works out itself is put back instead)."""
        if self.kind == ADDRESS_BOOK and local.contact_id is not None:
            details = contact_details(self.workspace, local.contact_id)
            card = card_with_fields(details.card, fields)
            update_contact(self.workspace, local.contact_id, card,
                           details.name_checked and card.display_name == details.card.display_name)
            self.result.changes |= ChangeSet.of(RecordKind.CONTACT, [local.contact_id])
            local.fields = card_fields(card)
            return True
        interview_id = _interview_id(uid, self.domain)
        moved = {name: fields[name] for name in MOVABLE if fields[name] != local.fields[name]}
        if interview_id is not None and moved:
            try:
                self.result.changes |= _move_interview(self.workspace, interview_id, moved)
            except (ValueError, LookupError) as error:
                self.result.problems.append(Message("{what}: not applied here ({error})",
                                                    what=remote.get("summary", uid), error=error.args[0]))
                return False
            return True
        self.result.put_back.append(local.fields["summary"])
        return False

    def _removed_remotely(self, item: SyncItem, locals_: dict[str, _Local]) -> None:
        with self.workspace.session() as session:
            stored = session.get(SyncItem, item.id)
            if stored is None:
                return
            if item.uid not in locals_:  # gone on both sides
                session.delete(stored)
            elif self.kind == CALENDAR and _interview_id(item.uid, self.domain) is None:
                # An event Afterview works out itself (a deadline, a call): sent again while it still applies.
                session.delete(stored)
                self.result.put_back.append(locals_[item.uid].fields["summary"])
            else:  # a contact, or an interview: the user confirms it
                stored.state = DELETED

    # what goes up
    def _push(self) -> bool:
        """Write what changed here since the last sync; True when anything was written."""
        locals_ = self._locals()
        items = {item.uid: item for item in self._items()}
        back = [item for uid, item in items.items() if item.state == DELETED_HERE and uid in locals_]
        if back:  # deleted here, and here again (the deletion undone): the server's change is taken in
            for item in back:
                self.result.changes |= _taken_back(self.workspace, item.id, self.domain)
            locals_ = self._locals()
            items = {item.uid: item for item in self._items()}
        wrote = False
        todo = [(uid, local) for uid, local in locals_.items()
                if uid not in items or (items[uid].state == SYNCED and json.loads(items[uid].base) != local.fields)]
        gone = [item for uid, item in items.items() if uid not in locals_ and item.state == SYNCED]
        written: list[_Stored] = []
        try:
            for number, (uid, local) in enumerate(todo):
                self.progress.update(number, len(todo) + len(gone),
                                     english("sending the calendar") if self.kind == CALENDAR
                                     else english("sending the address book"))
                wrote = self._write(uid, local, items.get(uid), written) or wrote
                if len(written) >= STATE_BATCH:
                    self._save(written)
        finally:  # what the server took is recorded even when the connection drops halfway
            self._save(written)
        for item in gone:
            try:
                self.dav.delete(item.href, item.etag)
            except Changed:
                continue  # changed there meanwhile: the next pull brings it back
            with self.workspace.session() as session:
                session.execute(delete(SyncItem).where(SyncItem.id == item.id))  # its kept rows go at the end
            self.result.sent["deleted"] += 1
            wrote = True
        return wrote

    def _write(self, uid: str, local: _Local, item: SyncItem | None, written: list[_Stored]) -> bool:
        """Send one object (merging and trying again on a 412); a success joins `written`, saved by the caller."""
        href = item.href if item is not None else object_href(self.url, resource_name(uid, SUFFIX[self.kind]))
        etag = item.etag if item is not None else None
        base = json.loads(item.base) if item is not None else None
        for _try in range(WRITE_TRIES):
            try:
                new_etag = self.dav.put(href, local.write(), self.kind, etag)
            except Changed:
                current = self.dav.get(href)
                if current is None:
                    if etag is None:
                        continue
                    with self.workspace.session() as session:  # deleted there meanwhile: the user is asked
                        session.execute(update(SyncItem).where(SyncItem.href == href).values(state=DELETED))
                    return False
                try:
                    _uid, remote = self._read(current)
                except UnreadableItem as error:
                    self.result.problems.append(error.args[0])
                    return False
                self._merge_in(uid, current, base, local, remote, item)
                etag, base = current.etag, remote
                if local.fields == remote:
                    return False
                continue
            self.result.sent["changed" if etag else "new"] += 1
            written.append(_Stored(uid, href, new_etag, local.fields, local.contact_id, SYNCED))
            return True
        self.result.problems.append(Message("{where}: changed on the server at every try; left for the next sync",
                                            where=href.rsplit("/", 1)[-1]))
        return False

    # local state
    def _locals(self) -> dict[str, _Local]:
        if self.kind == ADDRESS_BOOK:
            return _local_contacts(self.workspace)
        _markers, events = calendar_events(self.workspace)
        mine = [replace(event, uid=event.uid.removesuffix(f"@{UID_DOMAIN}") + f"@{self.domain}") for event in events]
        return {event.uid: _Local(event_fields(event), _writer(event, self.stamp)) for event in mine}

    def _items(self) -> list[SyncItem]:
        with self.workspace.session() as session:
            return list(session.scalars(select(SyncItem).where(SyncItem.collection == self.kind)))

    def _store(self, uid: str, href: str, etag: str, fields: Fields, contact_id: int | None, state: str) -> int:
        """One object's state saved now; its row's id."""
        stored = [_Stored(uid, href, etag, fields, contact_id, state)]
        return self._save(stored)[0]

    def _save(self, stored: list[_Stored]) -> list[int]:
        """These objects' states saved in one transaction, and the list emptied; their rows' ids."""
        if not stored:
            return []
        with self.workspace.session() as session:
            rows = {item.href: item for item in session.scalars(
                select(SyncItem).where(SyncItem.href.in_({one.href for one in stored})))}
            for one in stored:
                item = rows.get(one.href)
                if item is None:
                    item = rows[one.href] = SyncItem(collection=self.kind, href=one.href)
                    session.add(item)
                item.uid, item.etag, item.base, item.state = one.uid, one.etag, json.dumps(one.fields), one.state
                item.contact_id = one.contact_id
            session.flush()
            ids = [rows[one.href].id for one in stored]
        stored.clear()
        return ids

    def _record_conflicts(self, item_id: int, conflicts: Iterable[Conflict]) -> None:
        with self.workspace.session() as session:
            for conflict in conflicts:
                session.execute(delete(SyncConflict).where(SyncConflict.item_id == item_id,
                                                           SyncConflict.field == conflict.field))
                session.add(SyncConflict(item_id=item_id, field=conflict.field, local=conflict.local,
                                         remote=conflict.remote, found_at=self.workspace.now()))

    def _save_token(self, state: str) -> None:
        self.token = state
        with self.workspace.session() as session:
            session.execute(update(SyncAccount).where(SyncAccount.id == 1).values({self.token_column: state}))


def _writer(event: ExportEvent, stamp: datetime) -> Callable[[], str]:
    return lambda: event_text(event, stamp)


def _card_writer(card: ContactCard) -> Callable[[], str]:
    return lambda: card_text(card)


def _local_contacts(workspace: Workspace) -> dict[str, _Local]:
    """The contacts sent to the server, by UID; a contact without a UID is given one (kept, so it stays)."""
    contacts = list_contacts(workspace)
    if workspace.settings.sync_contacts == "met":
        with workspace.session() as session:
            met = set(session.scalars(union(select(MeetingNote.contact_id), select(ThankYouNote.contact_id),
                                            select(FollowUpCall.contact_id))))
        contacts = [(cid, card) for cid, card in contacts if cid in met]
    missing = [(cid, card) for cid, card in contacts if not card.uid]
    if missing:
        with workspace.session() as session:
            for cid, card in missing:
                card.uid = str(uuid.uuid4())
                session.execute(update(Contact).where(Contact.id == cid).values(vcard_uid=card.uid))
    found: dict[str, _Local] = {}
    for cid, card in contacts:
        found.setdefault(card.uid, _Local(card_fields(card), _card_writer(card), cid))
    return found


def _uid_domain(account: SyncAccount | None) -> str:
    """What this data folder's event UIDs end in on the server."""
    return account.uid_domain if account is not None and account.uid_domain else UID_DOMAIN


def _interview_id(uid: str, domain: str) -> int | None:
    """The interview of this folder an event's UID is of ('interview-12@3f9c….afterview.local'), or None for another
    event (another folder's included)."""
    name = uid.removesuffix(f"@{domain}")
    kind, _, number = name.partition("-")
    return int(number) if kind == "interview" and number.isdigit() and name != uid else None


def _move_interview(workspace: Workspace, interview_id: int, fields: Fields) -> ChangeSet:
    """An interview moved or given another place on the server, saved as the interview editor saves it."""
    row = get_interview(workspace, interview_id)
    starts, ends = row.starts_at, row.ends_at
    if "start" in fields:
        starts = _instant(fields["start"], starts)
    if "end" in fields:
        ends = _instant(fields["end"], ends) if fields["end"] else None
    if "start" in fields and "end" not in fields and row.ends_at is not None:
        ends = starts + (row.ends_at - row.starts_at)  # moved whole, as the editor moves the end with the start
    update_interview(workspace, interview_id, InterviewInput(
        starts_at=starts, ends_at=ends, time_zone=row.time_zone, kind=row.kind,
        location=fields.get("location", row.location), video_link=row.video_link, next_steps=row.next_steps,
        decision_date=row.decision_date, process_owner_id=row.process_owner_id))
    return ChangeSet.of(RecordKind.INTERVIEW, [interview_id])


def _instant(text: str, before: datetime | None) -> datetime:
    """A synced time ('2026-12-03T09:30:00Z') as an aware datetime; a day moves an all-day interview."""
    if "T" in text:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    if before is None:
        raise ValueError(f"'{text}' is a day, not a time")
    day = datetime.fromisoformat(text).date()
    return before + timedelta(days=(day - before.date()).days)


def _generation(workspace: Workspace, session: Session | None = None) -> int:
    """The data generation counter: it moves on every write to any table."""
    if session is not None:
        return session.scalar(select(DataGeneration.generation).where(DataGeneration.id == 1)) or 0
    with workspace.session() as own:
        return _generation(workspace, own)


def _day(workspace: Workspace, moment: datetime) -> date:
    return moment.astimezone(workspace.zone).date()


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _kind_name(kind: str) -> str:
    return english("calendar") if kind == CALENDAR else english("address book")


def _forget_kept_rows(session: Session, domain: str) -> None:
    """Drop the rows kept of deleted objects whose deletion is on the server now (their record is gone)."""
    pending = set()
    for collection, uid, contact_id in session.execute(select(SyncItem.collection, SyncItem.uid, SyncItem.contact_id)
                                                       .where(SyncItem.state.in_(kept_rows.PENDING_STATES))):
        if collection == ADDRESS_BOOK and contact_id is not None:
            pending.add((kept_rows.CONTACT, contact_id))
        elif (interview_id := _interview_id(uid, domain)) is not None:
            pending.add((kept_rows.INTERVIEW, interview_id))
    for kind, row_id in kept_rows.kept_ids(session):
        if (kind, row_id) not in pending:
            kept_rows.forget(session, kind, row_id)


def forget_account(workspace: Workspace) -> bool:
    """Stop syncing: the account, its sync state and its kept password go; the server's objects stay."""
    with workspace.session() as session:
        account = session.get(SyncAccount, 1)
        if account is None:
            return False
        user, host = account.user, _host(account.url)
        session.execute(delete(SyncItem))
        kept_rows.forget_all(session)
        session.delete(account)
    with contextlib.suppress(secrets.SecretsError):  # nothing was kept where there is no keyring
        secrets.forget_password(user, host, service=secrets.SYNC_SERVICE)
    return True

