"""The note's signature: found at the end only, and signed again when the sender's name changes."""

import pytest

from desktop.core.signoff import resign

BODY = "Hi Siobhán,\n\nThank you, and Ana Souza says hello too.\n\nWarm regards,\n{}\n"


@pytest.mark.parametrize("signed", ["[your_name]", "{your_name}", "Ana Souza", "ana  souza"])
def test_the_placeholder_or_the_old_name_at_the_end_becomes_the_new_name(signed):
    new = resign(BODY.format(signed), "Ana Souza", "Ana Souza-Ó Briain")
    assert new == "Hi Siobhán,\n\nThank you, and Ana Souza says hello too.\n\nWarm regards,\nAna Souza-Ó Briain\n"


def test_a_sign_off_on_the_same_line_keeps_its_words():
    assert resign("Thanks again,\n\nBest, [your_name]  \n", "", "Zoë") == "Thanks again,\n\nBest, Zoë  \n"
    assert resign("Thank you — Ana", "Ana", "Ana Lima") == "Thank you — Ana Lima"


@pytest.mark.parametrize("body", [
    BODY.format("Ana (with thanks from the whole family)"),  # re-signed by hand
    BODY.format("Ana") + "\nP.S. I attach the deck we discussed.",  # the name is not at the end
    "Ana Souza\n\nThank you for your time.",  # the name only elsewhere
    "",
])
def test_a_draft_signed_otherwise_is_left_alone(body):
    assert resign(body, "Ana", "Ana Lima") is None


def test_nothing_changes_without_a_new_name_or_when_it_is_already_signed():
    assert resign(BODY.format("[your_name]"), "", "  ") is None
    assert resign(BODY.format("Ana Lima"), "Ana", "Ana Lima") is None


