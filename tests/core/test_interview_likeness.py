"""Which events of a whole calendar look like interviews, in many languages, and the reasons shown for each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.interview_likeness import home_domains, likeness, rate
from desktop.core.invitation_rules import company_from_email, organisation_domain
from desktop.core.invites import InviteEvent, Person

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
ZOOM = "https://zoom.us/j/9876543210"


def event(summary: str, *emails: str, link: str = "", description: str = "", all_day: bool = False,
          recurrence: str = "", cancelled: bool = False, start: datetime = NOW + timedelta(days=3),
          uid: str = "") -> InviteEvent:
    people = [Person("", email) for email in emails]
    return InviteEvent(uid=uid, sequence=0, method="PUBLISH", cancelled=cancelled, summary=summary,
                       description=description, start=start, end=start + timedelta(hours=1), all_day=all_day,
                       time_zone="UTC", location="", video_link=link, organizer=people[0] if people else None,
                       attendees=people[1:], recurrence=recurrence)


@pytest.mark.parametrize("title", [
    "Interview with Northwind Analytics", "INTERVIEW – Senior Designer", "Second interviews (panel)",
    "Entretien – Société Générale", "Entrevue avec Desjardins", "Vorstellungsgespräch bei Müller & Söhne",
    "Telefoninterview Bosch", "Zweites Bewerbungsgespräch", "Entrevista de trabajo – Telefónica",
    "Entrevista com a Natura", "Colloquio conoscitivo con Luxottica", "Sollicitatiegesprek Philips",
    "Rozmowa kwalifikacyjna – Allegro", "Jobbintervju med Spotify", "Anställningsintervju",
    "Työhaastattelu: Wolt", "Állásinterjú", "Pohovor Avast",
    "Mülakat – Trendyol", "Собеседование в Яндекс", "Співбесіда", "一次面接（オンライン）", "面试：字节跳动",
    "면접 안내 – 네이버", "Agallamh le Glantus", "Συνέντευξη εργασίας",
])
def test_an_interview_word_in_any_language_is_enough(title):
    weighed = likeness(event(title), now=NOW)
    assert weighed.interview and weighed.chosen, weighed.describe()
    assert weighed.describe().endswith("in the title")


@pytest.mark.parametrize("title", [
    "Phone screen", "Technical round 2", "Panel: design critique", "Onsite at Hooli", "On-site visit",
    "Call with the hiring manager", "Recruiter call", "Assessment centre", "Échange avec la recruteuse",
    "Proceso de selección – BBVA", "カジュアル面談",
])
def test_hiring_words_are_enough_on_their_own(title):
    assert likeness(event(title), now=NOW).chosen


@pytest.mark.parametrize("title", [
    "Mum's birthday", "Dentist", "Daily stand-up", "Sprint retro", "1:1 Anna / Ben", "Lunch with Sam",
    "Holiday in Lisbon", "Out of office", "Geburtstag Oma", "Zahnarzt", "Urlaub", "Déjeuner d'équipe",
    "Cumpleaños de Ana", "Vacaciones", "Pranzo", "Verjaardag Lotte", "Férias", "Entretien annuel avec mon manager",
])
def test_everyday_events_are_not_chosen_even_with_a_video_link(title):
    weighed = likeness(event(title, link=ZOOM), now=NOW)
    assert not weighed.interview and not weighed.chosen
    assert "but" in weighed.describe() and "in the title" in weighed.describe()


@pytest.mark.parametrize("title", ["Interview prep with my coach", "Mock interview",
                                   "Vorbereitung Vorstellungsgespräch", "Préparation entretien"])
def test_getting_ready_for_an_interview_is_not_one(title):
    assert not likeness(event(title, "coach@gmail.com", link=ZOOM), now=NOW).interview


def test_another_organisation_with_a_video_link_is_an_interview_each_alone_is_not():
    both = likeness(event("Chat with Dana", "dana.whitfield@northwind-analytics.com", link=ZOOM), now=NOW)
    assert both.chosen
    assert both.describe() == "another organisation: northwind-analytics.com; video link"
    assert not likeness(event("Chat with Dana", "dana.whitfield@northwind-analytics.com"), now=NOW).interview
    alone = likeness(event("Catch-up", link=ZOOM), now=NOW)
    assert not alone.interview and alone.describe() == "video link only"


def test_webmail_and_the_users_own_organisation_are_not_another_one():
    friends = event("Catch-up", "sam@gmail.com", "jo@web.de", "room@resource.calendar.google.com", link=ZOOM)
    assert not likeness(friends, home_domains([friends]), NOW).interview
    colleague = event("Catch-up", "anna@bigcorp.com", link=ZOOM)
    assert not likeness(colleague, home_domains([colleague], "me@bigcorp.com"), NOW).interview
    assert likeness(colleague, home_domains([colleague], "me@gmail.com"), NOW).interview


def test_a_team_calendar_has_a_home_organisation_whose_meetings_are_not_interviews():
    team = [event(f"Project sync {n}", "lead@bigcorp.com", f"dev{n}@bigcorp.com", link=ZOOM) for n in range(30)]
    interview = event("Chat with Dana", "dana@northwind-analytics.com", "lead@bigcorp.com", link=ZOOM)
    weighed = rate([*team, interview], now=NOW)
    assert [w.chosen for w in weighed] == [False] * 30 + [True]
    assert weighed[-1].describe() == "another organisation: northwind-analytics.com; video link"


def test_a_handful_of_meetings_with_one_company_does_not_make_it_home():
    loop = [event(f"Round {n}", "talent@hooli.example", link=ZOOM) for n in range(5)]
    assert all(w.chosen for w in rate(loop, now=NOW))


def test_an_interview_word_in_the_description_counts_less_than_in_the_title():
    described = event("Next steps", description="Your second interview will be with the data team.")
    assert likeness(described, now=NOW).describe() == "\u201cinterview\u201d in the description only"
    assert likeness(event("Next steps", "talent@hooli.example", description="Interview with the team"),
                    now=NOW).chosen


def test_all_day_repeating_and_cancelled_events_weigh_against():
    birthday = likeness(event("Priya", all_day=True, recurrence="FREQ=YEARLY"), now=NOW)
    assert birthday.describe() == "all day; it repeats"
    assert likeness(event("Catch-up"), now=NOW).describe() == "no hiring word, other organisation or video link"
    assert not likeness(event("Chat with Dana", "dana@hooli.example", link=ZOOM, cancelled=True), now=NOW).chosen


def test_an_interview_long_past_is_an_interview_but_not_chosen():
    old = likeness(event("Interview at Initech", start=datetime(2019, 3, 12, 9, tzinfo=UTC)), now=NOW)
    assert old.interview and old.long_past and not old.chosen
    assert old.describe() == "\u201cinterview\u201d in the title \u2014 but long past (Tue 12 Mar 2019)"
    assert likeness(event("Interview at Initech", start=NOW - timedelta(days=30)), now=NOW).chosen


def test_an_event_afterview_already_holds_is_always_chosen():
    (weighed,) = rate([event("Lunch", uid="lunch-1", start=datetime(2019, 3, 12, tzinfo=UTC))], now=NOW,
                      known_uids=frozenset({"lunch-1"}))
    assert weighed.chosen and weighed.describe().startswith("already in Afterview")


@pytest.mark.parametrize(("email", "domain", "company"), [
    ("talent@northwind-analytics.com", "northwind-analytics.com", "Northwind Analytics"),
    ("dana@eu.mail.acme.co.uk", "acme.co.uk", "Acme"),
    ("someone@gmail.com", "", ""), ("c_1889@resource.calendar.google.com", "", ""), ("no-at-sign", "", ""),
])
def test_organisation_domains(email, domain, company):
    assert organisation_domain(email) == domain
    assert company_from_email(email) == company
