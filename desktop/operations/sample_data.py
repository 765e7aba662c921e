"""A small, realistic data set so a first-time user can explore the app at once."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.deadlines import add_working_days, at_local
from desktop.core.domain import (
    CaptureMethod,
    InterviewKind,
    NoteChannel,
    NoteState,
    OpportunityStatus,
)
from desktop.core.person_names import split_name
from desktop.operations.changes import ChangeSet
from desktop.operations.workspace import Workspace
from desktop.storage.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Interview,
    MeetingNote,
    Opportunity,
    StatusChange,
    ThankYouNote,
)


class NotEmptyError(Exception):
    """Sample data is only loaded into an empty data folder, never mixed with the user's own."""


def is_empty(workspace: Workspace) -> bool:
    with workspace.session() as session:
        return _empty(session)


def _empty(session: Session) -> bool:
    return not any(session.scalar(select(func.count()).select_from(t)) for t in (Contact, Opportunity))


PEOPLE = {
    "priya": ("Priya Raman", "Talent Acquisition Partner", "Northwind Analytics", "priya.raman@northwind.example",
              "+12065550142"),
    "dana": ("Dana Whitfield", "Head of Product Design", "Northwind Analytics", "dana.whitfield@northwind.example",
             "+12065550187"),
    "tomas": ("Tomás Ortega", "Staff Engineer", "Northwind Analytics", "tomas.ortega@northwind.example", ""),
    "zoe": ("Zoë Lindqvist", "Design Researcher", "Northwind Analytics", "zoe.lindqvist@northwind.example", ""),
    "aisha": ("Aisha Khan", "Recruiter", "Lumen Health", "aisha.khan@lumenhealth.example", "+16175550119"),
    "marcus": ("Marcus Bell", "Director of UX Research", "Lumen Health", "marcus.bell@lumenhealth.example",
               "+16175550164"),
    # Long, accented titles: the lists and the card must show them whole somewhere, at every scale.
    "samuel": ("Samuel Adeyemi", "Responsable de Producto Clínico y Experiencia del Paciente", "Lumen Health",
               "samuel.adeyemi@lumenhealth.example", ""),
    "henrik": ("Henrik Sørensen", "Vice-President, Design & Brand Experience (Nordics)", "Fjord & Finch",
               "henrik@fjordfinch.example", "+4532145678"),
    "siobhan": ("Siobhán Ní Bhriain", "Product Manager", "Fjord & Finch", "siobhan.nibhriain@fjordfinch.example",
                ""),
}

# Written as the phrase a template continues ("I especially valued our discussion of ..."), since that is
# how the candidate jots it down after the interview.
MEMORABLE = {
    "priya": "the Thursday design reviews your team opens to customers",
    "dana": "how the analytics onboarding lost half its users on step three",
    "tomas": "sampling events early in the pipeline, which we sketched together",
    "zoe": "your field notes from the diary study with night-shift nurses",
    "aisha": "the research team growing from four to eleven people this year",
    "marcus": "the accessibility audit behind the patient portal redesign",
    "samuel": "the clinic in Leeds that still prints every form",
    "henrik": "",
    "siobhan": "",
}

# The notes already written, as a careful candidate writes them; each is signed with the user's name at load.
NOTES = {
    "priya": ("Thank you for the call about the Senior Product Designer role",
              "Hi Priya,\n\nThank you for speaking with me this morning about the Senior Product Designer role at "
              "Northwind Analytics. I especially liked hearing about the Thursday design reviews your team opens to "
              "customers; it is rare to see research and design share a room so openly.\n\nI have redesigned "
              "onboarding for two analytics products and measured the result, and I would welcome the chance to "
              "meet the panel.\n\nThanks again for your time.\n\nBest wishes,\n"),
    "tomas": ("Thank you for Tuesday's panel – Senior Product Designer",
              "Dear Tomás,\n\nThank you for your part in the panel for the Senior Product Designer role at "
              "Northwind Analytics. Sketching with you how to sample events early in the pipeline was the most "
              "useful half hour of my week, and it showed me how closely design and engineering work together "
              "at Northwind.\n\nI have redesigned onboarding for two analytics products and measured the "
              "result, so I know how much depends on data that arrives on time. I would be glad to keep working "
              "on problems like that one with you.\n\nKind regards,\n"),
    "aisha": ("Thank you for the call about the UX Researcher role",
              "Hi Aisha,\n\nThank you for the call about the UX Researcher role at Lumen Health. Hearing that "
              "the research team has grown from four to eleven people this year told me a lot about how much "
              "Lumen Health values the work.\n\nI have spent five years doing research with clinicians, and I "
              "know what a busy ward looks like. I would be glad to move on to the next stage.\n\nBest wishes,"
              "\n"),
    "marcus": ("Thank you for yesterday's interview – UX Researcher",
               "Dear Marcus,\n\nThank you for taking the time to talk with me about the UX Researcher role at "
               "Lumen Health. Your account of the accessibility audit behind the patient portal redesign stayed "
               "with me: it is exactly the kind of careful work I want to be part of.\n\nMy five years of "
               "research with clinicians would let me contribute from the first weeks. I look forward to hearing "
               "about the next steps.\n\nKind regards,\n"),
    "samuel": ("Thank you – UX Researcher interview",
               "Dear Samuel,\n\nThank you for our conversation about the UX Researcher role at Lumen Health. "
               "Your story about the clinic in Leeds that still prints every form made the case for the role "
               "better than any slide could.\n\nI have spent five years researching with clinicians, and I "
               "would love to help Lumen Health make those forms unnecessary.\n\nWith thanks,\n"),
}

# A handwritten card is the premium option: the sample has two to print, this one drafted in full.
ZOE_CARD = ("Dear Zoë,\n\nThank you for the time you gave me on the panel yesterday. I keep thinking about your "
            "field notes from the night shift, and how much a diary study can show that a survey never will.\n\n"
            "I have redesigned onboarding for two analytics products and measured the result, and I would love "
            "to bring that care to Northwind's research.\n\nWith thanks,\n")  # signed with your name when loaded


def _contact(key: str) -> Contact:
    name, title, company, email, phone = PEOPLE[key]
    given, family = split_name(name)
    contact = Contact(full_name=name, given_name=given, family_name=family, title=title, company=company,
                      name_checked=True, captured_by=CaptureMethod.SAMPLE)
    contact.emails = [ContactEmail(address=email, label="work", position=0)]
    if phone:
        contact.phones = [ContactPhone(number=phone, label="work", position=0)]
    return contact


def load_sample_data(workspace: Workspace) -> ChangeSet:
    """Three opportunities, five interviews, nine contacts and notes in several states, dated around today."""
    zone = workspace.zone
    today = workspace.now().astimezone(zone).date()
    working = workspace.settings.working_days

    def back(days: int) -> date:
        """The working day `days` working days before today."""
        day = today
        while days:
            day -= timedelta(days=1)
            if day.weekday() in working:
                days -= 1
        return day

    def slot(day: date, hour: int, minutes: int = 60) -> tuple[datetime, datetime]:
        start = at_local(day, time(hour, 0), zone)
        return start, start + timedelta(minutes=minutes)

    people = {key: _contact(key) for key in PEOPLE}
    people["henrik"].street, people["henrik"].locality, people["henrik"].country = (
        "Bredgade 21", "Copenhagen", "Denmark")
    people["zoe"].street, people["zoe"].locality, people["zoe"].region, people["zoe"].postal_code = (
        "400 Pine Street", "Seattle", "WA", "98101")
    people["samuel"].street, people["samuel"].locality, people["samuel"].region, people["samuel"].postal_code = (
        "1 Kendall Square, Suite 300", "Cambridge", "MA", "02139")

    def interview(opp: Opportunity, kind: InterviewKind, when: tuple[datetime, datetime], met: list[str],
                  **extra: object) -> Interview:
        item = Interview(opportunity=opp, kind=kind, starts_at=when[0], ends_at=when[1], time_zone=zone.key,
                         **extra)
        item.people = [MeetingNote(contact=people[k], memorable=MEMORABLE[k], position=i) for i, k in enumerate(met)]
        return item

    signature = workspace.settings.your_name.strip() or "[your_name]"  # filled in once the name is set

    def after_end(item: Interview, hours: int) -> datetime:
        assert item.ends_at is not None  # every sample interview has its end
        return item.ends_at + timedelta(hours=hours)

    def note(item: Interview, key: str, state: NoteState, written: bool = True,
             channel: NoteChannel = NoteChannel.EMAIL, sent: datetime | None = None) -> None:
        subject, body = NOTES[key] if written else ("", "")
        item.notes.append(ThankYouNote(contact=people[key], state=state, channel=channel,
                                       body=body + signature if body else "", subject=subject, sent_at=sent,
                                       template="warm", hand_edited=written))

    northwind = Opportunity(company="Northwind Analytics", role="Senior Product Designer",
                            posting_url="https://careers.northwind.example/jobs/412",
                            status=OpportunityStatus.INTERVIEWING,
                            why_fit="I have redesigned onboarding for two analytics products and measured the result.")
    lumen = Opportunity(company="Lumen Health", role="UX Researcher",
                        posting_url="https://lumenhealth.example/careers/ux-researcher",
                        status=OpportunityStatus.INTERVIEWING,
                        why_fit="Five years of research with clinicians, and I know what a busy ward looks like.")
    fjord = Opportunity(company="Fjord & Finch", role="Design Lead", status=OpportunityStatus.INTERVIEWING,
                        posting_url="https://fjordfinch.example/jobs/design-lead",
                        why_fit="I have led small design teams through a rebrand and a platform migration.")

    screen = interview(northwind, InterviewKind.PHONE_SCREEN, slot(back(9), 11, 30), ["priya"],
                       next_steps="Priya will set up the panel.")
    panel = interview(northwind, InterviewKind.PANEL, slot(back(1), 14, 90), ["dana", "tomas", "zoe"],
                      location="Northwind Analytics, 400 Pine Street, Seattle", next_steps="Decision within two weeks",
                      decision_date=back(1) + timedelta(days=14))
    panel.process_owner = people["dana"]
    note(screen, "priya", NoteState.SENT, sent=after_end(screen, 3))
    note(panel, "dana", NoteState.DRAFT, written=False)
    note(panel, "tomas", NoteState.READY)
    panel.notes.append(ThankYouNote(contact=people["zoe"], state=NoteState.DRAFT, channel=NoteChannel.HANDWRITTEN,
                                    body=ZOE_CARD + signature, subject="", template="warm", hand_edited=True))

    lumen_screen = interview(lumen, InterviewKind.PHONE_SCREEN, slot(back(16), 10, 30), ["aisha"])
    lumen_video = interview(lumen, InterviewKind.VIDEO, slot(back(8), 15), ["marcus", "samuel"],
                            video_link="https://meet.example/lumen-ux", next_steps="By the end of last week",
                            decision_date=back(3))
    lumen_video.process_owner = people["marcus"]
    note(lumen_screen, "aisha", NoteState.SENT, sent=after_end(lumen_screen, 2))
    note(lumen_video, "marcus", NoteState.SENT, sent=after_end(lumen_video, 20))
    note(lumen_video, "samuel", NoteState.READY, channel=NoteChannel.HANDWRITTEN)

    upcoming = add_working_days(today, 3, working)
    interview(fjord, InterviewKind.ON_SITE, slot(upcoming, 10, 120), ["henrik", "siobhan"],
              location="Fjord & Finch studio, Bredgade 21, Copenhagen")

    # Checked under the write lock: a second `sample-data` at the same moment waits, then finds the data there.
    with workspace.write_session() as session:
        if not _empty(session):
            raise NotEmptyError("This data folder already holds contacts or opportunities; sample data is only "
                                "loaded into an empty one.")
        for opportunity in (northwind, lumen, fjord):
            opportunity.status_changes.append(StatusChange(status=OpportunityStatus.APPLIED,
                                                           changed_at=workspace.now() - timedelta(days=30)))
            if opportunity.status is not OpportunityStatus.APPLIED:
                opportunity.status_changes.append(StatusChange(status=opportunity.status,
                                                               changed_at=workspace.now() - timedelta(days=20)))
            session.add(opportunity)
    return ChangeSet.everything()  # an empty folder filled: every screen reads afresh
