"""The company an invitation names when no attendee's domain and no tracked company tells it."""

import pytest

from desktop.core.invitation_rules import guess_company


@pytest.mark.parametrize(("summary", "company"), [
    ("Interview with Société Générale Île-de-France", "Société Générale Île-de-France"),
    ("Phone screen at Acme GmbH", "Acme GmbH"),
    ("Entretien chez Société Générale", "Société Générale"),
    ("Vorstellungsgespräch bei Grün AG", "Grün AG"),
    ("Final round interview @ Northwind", "Northwind"),
    # summaries already read well stay as they were
    ("Acme — Interview", "Acme"),
    ("Interview: Lumen Health", "Lumen Health"),
    ("Lumen Health interview", "Lumen Health interview"),
    ("Interview", ""),
])
def test_the_company_named_in_the_summary_without_the_words_before_it(summary, company):
    assert guess_company(summary, [], []) == company


def test_a_tracked_company_and_an_attendees_domain_come_first():
    assert guess_company("Interview with the team", ["dana@northwind-analytics.com"], []) == "Northwind Analytics"
    assert guess_company("Interview with Acme Corp", [], ["Acme"]) == "Acme"
