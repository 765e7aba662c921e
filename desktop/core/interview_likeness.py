"""Whether an event of a whole calendar looks like a job interview, and why, in words a user can check.

A calendar export holds birthdays, stand-ups and dentist appointments beside the few interviews. Each event
is weighed on what a person would look at:

* words in the title: "interview" in many languages weighs most, then hiring words (screen, panel, onsite,
  recruiter); everyday words (birthday, stand-up, lunch, holiday) weigh against, and preparation words
  (interview prep, mock interview) weigh against even an interview word: the candidate is alone there;
* an interview word in the description;
* people from another organisation: not the user's own, not webmail, and not the calendar's home
  organisation (the one most of a shared team calendar's events are with);
* a video-call link;
* all-day events and repeating series, which interviews rarely are, and cancellations.

An event that looks like an interview but ended long ago (a job search of years past) is not chosen by
default: imported, it would fill Today with thank-you notes years overdue.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.contact_rules import fold
from desktop.core.invitation_rules import organisation_domain
from desktop.core.invites import InviteEvent
from desktop.core.messages import Message, english

THRESHOLD = 3  # an interview word alone, or another organisation with a video link
LONG_PAST = timedelta(days=183)  # half a year: a thank-you note or a follow-up call is long moot by then
# A domain met in this share of a calendar's events (and in enough of them) is the calendar's own organisation.
HOME_SHARE = 0.4
HOME_MINIMUM = 20
DESCRIPTION_READ = 4000  # characters: an invitation says what it is near the top; Teams boilerplate follows

# Each list: the words as shown in a reason, matched with case and accents ignored.
_INTERVIEW = (
    "interview", "interviews", "interviewing", "entretien", "entretiens", "entrevue", "entrevista", "entrevistas",
    "Vorstellungsgespräch", "Bewerbungsgespräch", "Kennenlerngespräch", "Auswahlgespräch", "colloquio", "colloqui",
    "sollicitatiegesprek", "sollicitatie", "kennismakingsgesprek", "selectiegesprek", "rozmowa kwalifikacyjna",
    "rozmowa rekrutacyjna", "intervju", "jobsamtale", "ansættelsessamtale", "haastattelu", "pohovor", "mülakat",
    "iş görüşmesi", "interviu", "interjú", "συνέντευξη", "agallamh",
    "собеседование", "интервью", "співбесіда", "ראיון", "مقابلة", "साक्षात्कार", "面接", "面试", "面試",
    "면접", "phỏng vấn", "wawancara", "temuduga",
)
_HIRING = (
    "screen", "screening", "phone screen", "panel", "onsite", "on-site", "on site", "hiring", "hiring manager",
    "recruiter", "recruiting", "recruitment", "technical round", "tech round", "final round", "first round",
    "second round", "coding challenge", "take-home", "case study", "assessment", "assessment centre",
    "assessment center", "candidate", "culture fit", "meet the team", "job offer", "offer call", "recrutement",
    "recruteur", "recruteuse", "candidature", "candidat", "Bewerbung", "Bewerber", "Bewerberin",
    "Assessment-Center", "Probearbeiten", "reclutador", "reclutadora", "reclutamiento", "proceso de selección",
    "candidato", "candidata", "processo di selezione", "processo seletivo", "面談", "recrutador",
    "recrutadora", "recrutamento", "werving", "rekrutacja", "rekrytointi", "rekrytering",
)
_EVERYDAY = (
    "birthday", "bday", "anniversary", "dentist", "doctor", "physio", "therapy", "haircut", "hairdresser", "vet",
    "gym", "yoga", "workout", "standup", "stand-up", "stand up", "daily scrum", "daily sync", "scrum", "retro",
    "retrospective", "sprint planning", "sprint review", "refinement", "grooming", "1:1", "1-1", "1on1",
    "one-on-one", "one on one", "lunch", "dinner", "breakfast", "brunch", "drinks", "party", "wedding", "holiday",
    "holidays", "public holiday", "vacation", "pto", "ooo", "out of office", "annual leave", "day off", "sick",
    "school run", "pickup", "pick-up", "flight", "all hands", "all-hands", "town hall", "team meeting",
    "Geburtstag", "Jahrestag", "Zahnarzt", "Arzt", "Urlaub", "Ferien", "Feiertag", "Mittagessen", "Abendessen",
    "anniversaire", "dentiste", "médecin", "entretien annuel", "chaudière", "vacances", "congés", "congé",
    "jour férié", "déjeuner", "dîner", "cumpleaños", "vacaciones", "festivo", "almuerzo", "cena", "compleanno",
    "ferie", "pranzo", "verjaardag", "tandarts", "huisarts", "vakantie", "feestdag", "aniversário", "férias",
    "feriado", "almoço", "jantar", "urodziny", "urlop", "födelsedag", "semester", "syntymäpäivä", "loma",
)
# The candidate alone, getting ready: an interview word does not make these interviews.
_PREPARATION = (
    "prep", "preparation", "prepare", "mock", "rehearsal", "webinar", "Vorbereitung", "préparation", "préparer",
    "preparación", "preparar", "preparazione", "voorbereiding", "preparação",
)
# Words written without spaces in their language (German compounds, CJK scripts): found inside longer words.
_INSIDE = {"interview", "intervju", "interjú", "Vorstellungsgespräch", "Bewerbungsgespräch", "Kennenlerngespräch",
           "Auswahlgespräch", "sollicitatiegesprek", "haastattelu", "Geburtstag", "面接", "面談", "面试", "面試",
           "면접"}
_SPACES = re.compile(r"[\s_/|]+")

WEIGHTS = {"interview": 4, "hiring": 3, "description": 2, "organisation": 2, "video": 1, "known": 10,
           "everyday": -3, "preparation": -5, "all_day": -2, "repeats": -2, "cancelled": -3}


class _Words:
    """A list of words, found in folded text as whole words (or anywhere, for those in _INSIDE)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.shown = {_SPACES.sub(" ", fold(word)): word for word in words}
        by_length = sorted(self.shown, key=len, reverse=True)  # "phone screen" before "screen"
        whole = "|".join(re.escape(w) for w in by_length if self.shown[w] not in _INSIDE)
        inside = "|".join(re.escape(w) for w in by_length if self.shown[w] in _INSIDE)
        self.pattern = re.compile(rf"(?<!\w)(?:{whole})(?!\w)" + (f"|{inside}" if inside else ""))

    def find(self, folded: str) -> str:
        """The first word of the list in `folded`, as the list writes it; '' when none is there."""
        found = self.pattern.search(folded)
        return self.shown[found.group()] if found else ""


INTERVIEW_WORDS, HIRING_WORDS = _Words(_INTERVIEW), _Words(_HIRING)
EVERYDAY_WORDS, PREPARATION_WORDS = _Words(_EVERYDAY), _Words(_PREPARATION)


@dataclass(frozen=True)
class Likeness:
    """How much an event looks like an interview (`score`), and the reasons for and against, as shown."""

    score: int
    for_it: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    long_past: bool = False
    known: bool = False  # already an interview in Afterview: this copy updates it

    @property
    def interview(self) -> bool:
        return self.score >= THRESHOLD

    @property
    def chosen(self) -> bool:
        """Ticked by default: an interview that is current, or one Afterview already holds."""
        return self.known or (self.interview and not self.long_past)

    def describe(self) -> str:
        """One line: "A; B — but C, D"; "A only" when A is not enough; what speaks against when nothing is for."""
        said, against = list(self.for_it), list(self.against)
        if not said:  # the words looked for, not "interview": a filter for that word is not to find these
            return Message("{against}", against=against) if against else english(
                "no hiring word, other organisation or video link")
        if against:
            return Message("{said} — but {against}", said=said, against=against)
        return Message("{said}", said=said) if self.interview else Message("{said} only", said=said)


def people_domains(event: InviteEvent) -> list[str]:
    """The organisations of the event's organizer and attendees (the user is already left out), in order."""
    people = ([event.organizer] if event.organizer else []) + event.attendees
    domains = (organisation_domain(person.email) for person in people)
    return list(dict.fromkeys(domain for domain in domains if domain))


def home_domains(events: list[InviteEvent], own_email: str = "") -> frozenset[str]:
    """The user's own organisation, and that of a shared team calendar: the domain most of its events are with."""
    home = {organisation_domain(own_email)} - {""}
    counts = Counter(domain for event in events for domain in people_domains(event))
    needed = max(HOME_MINIMUM, HOME_SHARE * len(events))
    return frozenset(home | {domain for domain, count in counts.items() if count >= needed})


def likeness(event: InviteEvent, home: frozenset[str] = frozenset(), now: datetime | None = None,
             known: bool = False) -> Likeness:
    """Weigh one event; `home` holds the organisations that are not "another organisation" (home_domains)."""
    found: list[tuple[str, str]] = []  # (the weight's name, the reason shown)
    if known:
        found.append(("known", english("already in Afterview")))
    title = _SPACES.sub(" ", fold(event.summary))
    word = INTERVIEW_WORDS.find(title)
    if word:
        found.append(("interview", Message("“{word}” in the title", word=word)))
    elif word := HIRING_WORDS.find(title):
        found.append(("hiring", Message("“{word}” in the title", word=word)))
    elif word := INTERVIEW_WORDS.find(_SPACES.sub(" ", fold(event.description[:DESCRIPTION_READ]))):
        found.append(("description", Message("“{word}” in the description", word=word)))
    others = [domain for domain in people_domains(event) if domain not in home]
    if others:
        domains = ", ".join(others[:3])
        found.append(("organisation", Message("another organisation: {domains}", domains=domains) if len(others) == 1
                      else Message("other organisations: {domains}", domains=domains) if len(others) <= 3
                      else Message("other organisations: {domains} and {count} more", domains=domains,
                                   count=len(others) - 3)))
    if event.video_link:
        found.append(("video", english("video link")))
    if word := PREPARATION_WORDS.find(title):
        found.append(("preparation", Message("“{word}” in the title", word=word)))
    elif word := EVERYDAY_WORDS.find(title):
        found.append(("everyday", Message("“{word}” in the title", word=word)))
    for kind, reason, present in (("all_day", english("all day"), event.all_day),
                                  ("repeats", english("it repeats"), event.recurrence),
                                  ("cancelled", english("cancelled"), event.cancelled)):
        if present:
            found.append((kind, reason))
    score = sum(WEIGHTS[kind] for kind, _ in found)
    for_it = tuple(reason for kind, reason in found if WEIGHTS[kind] > 0)
    against = [reason for kind, reason in found if WEIGHTS[kind] < 0]
    ended = event.end or event.start
    long_past = now is not None and ended < now - LONG_PAST
    if long_past:
        against.append(Message("long past ({day})", day=ended.date()))
    return Likeness(score, for_it, tuple(against), long_past, known)


def rate(events: list[InviteEvent], own_email: str = "", now: datetime | None = None,
         known_uids: frozenset[str] = frozenset()) -> list[Likeness]:
    """Each event of a file weighed against the file's home organisations; `known_uids` are already imported."""
    home = home_domains(events, own_email)
    return [likeness(event, home, now, bool(event.uid) and event.uid in known_uids) for event in events]
