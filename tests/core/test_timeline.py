from datetime import date

from desktop.core.timeline import Expectation, OwnDate, conflicts, day_text, expected_on

TODAY = date(2026, 11, 25)


def test_a_promised_date_wins_over_the_follow_up():
    assert expected_on(date(2026, 12, 8), date(2026, 12, 9)) == (date(2026, 12, 8), True)
    assert expected_on(None, date(2026, 12, 9)) == (date(2026, 12, 9), False)
    assert expected_on(None, None) is None


def test_a_decision_after_an_own_date_is_flagged_with_the_reason():
    found = conflicts([Expectation(1, "Northwind", date(2026, 12, 8), True)],
                      [OwnDate("Offer from Lumen expires", date(2026, 12, 4), 2)], TODAY)
    assert found == {1: ["Northwind expects to decide on Tue 8 Dec 2026, after your own date "
                         "“Offer from Lumen expires” on Fri 4 Dec 2026."]}


def test_a_derived_date_says_so():
    own = [OwnDate("Notice starts", date(2026, 12, 1))]
    found = conflicts([Expectation(1, "Fjord", date(2026, 12, 14), False)], own, TODAY)
    assert "would only be followed up" in found[1][0]


def test_dates_on_or_before_the_own_date_are_fine():
    own = [OwnDate("Need a decision by", date(2026, 12, 8))]
    assert conflicts([Expectation(1, "A", date(2026, 12, 8), True), Expectation(2, "B", date(2026, 12, 1), True)],
                     own, TODAY) == {}


def test_an_own_date_does_not_constrain_its_own_opportunity():
    own = [OwnDate("Offer expires", date(2026, 12, 4), opportunity_id=1)]
    assert conflicts([Expectation(1, "A", date(2026, 12, 9), True)], own, TODAY) == {}


def test_past_own_dates_constrain_nothing():
    own = [OwnDate("Old deadline", date(2026, 11, 20))]
    assert conflicts([Expectation(1, "A", date(2026, 12, 9), True)], own, TODAY) == {}


def test_every_own_date_before_the_decision_gives_a_reason():
    own = [OwnDate("Notice", date(2026, 12, 1)), OwnDate("Offer", date(2026, 12, 3))]
    found = conflicts([Expectation(1, "A", date(2026, 12, 9), True)], own, TODAY)
    assert len(found[1]) == 2 and "“Notice”" in found[1][0]


def test_day_text():
    assert day_text(date(2026, 12, 10)) == "Thu 10 Dec 2026"
