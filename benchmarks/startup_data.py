"""A large, realistic data folder for the start-up benchmark, written through the app's own storage models.

10,000 contacts (each with an email, most with a phone), 700 opportunities, 2,000 interviews from 90 days
ago to 30 days ahead, two people met per interview (4,000 meeting notes) and a thank-you note to each
(4,000 notes: old ones mostly sent, recent ones drafts or ready), plus status changes and follow-up calls.
Bulk inserts with explicit ids keep generation to a few seconds.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from desktop.core.domain import (
    CallOutcome,
    CaptureMethod,
    InterviewKind,
    NoteChannel,
    NoteState,
    OpportunityStatus,
)
from desktop.storage.database import open_database
from desktop.storage.models import (
    CallAttempt,
    Contact,
    ContactEmail,
    ContactPhone,
    FollowUpCall,
    Interview,
    MeetingNote,
    Opportunity,
    StatusChange,
    ThankYouNote,
)
from desktop.storage.paths import resolve

CONTACTS = 10_000
OPPORTUNITIES = 700
INTERVIEWS = 2_000
PEOPLE_PER_INTERVIEW = 2  # 4,000 meeting notes and 4,000 thank-you notes
GIVEN = ("Priya", "Dana", "Tomás", "Zoë", "Aisha", "Marcus", "Samuel", "Henrik", "Keiko", "Li", "Ana", "Jon",
         "Fatima", "Olu", "Maren", "Sven", "Chloé", "Rahul", "Ines", "Noah")
FAMILY = ("Raman", "Whitfield", "Ortega", "Lindqvist", "Khan", "Bell", "Adeyemi", "Sørensen", "Tanaka", "Wei",
          "Costa", "Smith", "Haddad", "Okafor", "Berg", "Nilsen", "Dubois", "Iyer", "Moreau", "Fischer")
TITLES = ("Recruiter", "Talent Partner", "Engineering Manager", "Staff Engineer", "Head of Design",
          "Product Manager", "Director of Research", "VP Engineering", "Team Lead", "Data Scientist")
CLOSED = (OpportunityStatus.REJECTED, OpportunityStatus.WITHDRAWN, OpportunityStatus.NO_RESPONSE,
          OpportunityStatus.ACCEPTED)


def _contacts(rng: random.Random, now: datetime) -> tuple[list[dict[str, Any]], ...]:
    contacts, emails, phones = [], [], []
    for cid in range(1, CONTACTS + 1):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        company = f"Company {cid % 900:03d}"
        contacts.append({
            "id": cid, "full_name": f"{given} {family}", "given_name": given, "family_name": family,
            "title": rng.choice(TITLES), "company": company, "name_checked": rng.random() < 0.7,
            "captured_by": rng.choice((CaptureMethod.TYPED, CaptureMethod.VCARD, CaptureMethod.QR)),
            "notes": "", "created_at": now - timedelta(days=rng.randint(0, 400)), "updated_at": now})
        emails.append({"id": cid, "contact_id": cid, "address": f"{given.lower()}.{family.lower()}.{cid}@example.com",
                       "label": "work", "position": 0})
        if rng.random() < 0.8:
            phones.append({"id": len(phones) + 1, "contact_id": cid, "number": f"+1206555{cid:04d}",
                           "label": "work", "position": 0})
    return contacts, emails, phones


def _interview_counts(rng: random.Random) -> list[int]:
    """How many interviews each opportunity has: at least two, 2,000 in all."""
    counts = [2] * OPPORTUNITIES
    for _ in range(INTERVIEWS - 2 * OPPORTUNITIES):
        counts[rng.randrange(OPPORTUNITIES)] += 1
    return counts


def _note_state(rng: random.Random, age: timedelta) -> NoteState:
    """Old interviews' notes are mostly sent; the last few days' are drafts or ready to send."""
    if age < timedelta(0):
        return NoteState.DRAFT
    sent_share = 0.95 if age > timedelta(days=7) else 0.4
    return NoteState.SENT if rng.random() < sent_share else rng.choice((NoteState.DRAFT, NoteState.READY))


def _past_status(rng: random.Random, since_last: timedelta) -> OpportunityStatus:
    """After the last interview: open for a few weeks, then mostly decided or moved on from."""
    open_weight = 70 if since_last < timedelta(days=30) else 15
    return rng.choices((OpportunityStatus.INTERVIEWING, OpportunityStatus.OFFER, *CLOSED),
                       weights=(open_weight, 5, 40, 10, 35, 5))[0]


def build(data_dir: Path, now: datetime | None = None, seed: int = 7) -> dict[str, int]:
    """Create the data folder's database and fill it; returns the row count of each table written."""
    now = now or datetime.now(UTC)
    rng = random.Random(seed)
    contacts, emails, phones = _contacts(rng, now)
    opportunities, changes, interviews, met, notes, calls, attempts = [], [], [], [], [], [], []
    staff: dict[int, list[int]] = {}
    for contact in contacts:
        staff.setdefault(contact["id"] % 900, []).append(contact["id"])
    interview_id = 0
    for oid, count in enumerate(_interview_counts(rng), start=1):
        first_day = rng.uniform(-90, 20)
        company_number = rng.randrange(900)
        company = f"Company {company_number:03d}"
        people_pool = staff[company_number]
        starts = [now + timedelta(days=min(first_day + 6 * k, 30), hours=rng.uniform(-3, 3)) for k in range(count)]
        last_past = max((s for s in starts if s < now), default=None)
        upcoming = max(starts) > now
        status = OpportunityStatus.INTERVIEWING if upcoming else _past_status(rng, now - max(starts))
        opportunities.append({"id": oid, "company": company, "role": rng.choice(TITLES).replace("Recruiter", "Analyst"),
                              "status": status, "why_fit": "Relevant experience in a similar team.", "notes": "",
                              "created_at": now + timedelta(days=first_day - 14)})
        changes.append({"opportunity_id": oid, "status": OpportunityStatus.APPLIED,
                        "changed_at": now + timedelta(days=first_day - 14)})
        if status is not OpportunityStatus.APPLIED:
            changes.append({"opportunity_id": oid, "status": status, "changed_at": now + timedelta(days=first_day)})
        for start in starts:
            interview_id += 1
            owner = rng.choice(people_pool)
            interviews.append({
                "id": interview_id, "opportunity_id": oid, "starts_at": start,
                "ends_at": start + timedelta(minutes=rng.choice((30, 45, 60, 90))), "time_zone": "UTC",
                "kind": rng.choice(list(InterviewKind)), "location": "", "next_steps": "Decision within two weeks",
                "decision_date": (start + timedelta(days=14)).date(), "process_owner_id": owner,
                "cancelled": rng.random() < 0.02})
            for position, contact_id in enumerate(rng.sample(people_pool, PEOPLE_PER_INTERVIEW)):
                met.append({"interview_id": interview_id, "contact_id": contact_id, "position": position,
                            "memorable": "We talked about how the team plans its releases.", "promised": ""})
                state = _note_state(rng, now - start)
                channel = NoteChannel.HANDWRITTEN if rng.random() < 0.1 else NoteChannel.EMAIL
                body = "" if state is NoteState.DRAFT else "Thank you for your time."
                notes.append({
                    "interview_id": interview_id, "contact_id": contact_id, "channel": channel, "state": state,
                    "template": "warm", "subject": "Thank you", "body": body,
                    "sent_at": start + timedelta(hours=20) if state is NoteState.SENT else None,
                    "posted": channel is NoteChannel.HANDWRITTEN and state is NoteState.SENT, "updated_at": now})
        if last_past is not None and rng.random() < 0.3:
            calls.append({"id": len(calls) + 1, "opportunity_id": oid, "interview_id": interview_id,
                          "contact_id": None, "planned_on": (last_past + timedelta(days=15)).date()})
            attempts.append({"call_id": len(calls), "called_at": last_past + timedelta(days=15, hours=2),
                             "outcome": rng.choice(list(CallOutcome)), "notes": "", "feedback": "",
                             "next_date": None})
    sessions = open_database(resolve(data_dir).database)
    tables = ((Contact, contacts), (ContactEmail, emails), (ContactPhone, phones), (Opportunity, opportunities),
              (StatusChange, changes), (Interview, interviews), (MeetingNote, met), (ThankYouNote, notes),
              (FollowUpCall, calls), (CallAttempt, attempts))
    with sessions() as session, session.begin():
        for model, rows in tables:
            session.execute(insert(model), rows)
    sessions.kw["bind"].dispose()
    return {model.__tablename__: len(rows) for model, rows in tables}

