"""Merging an imported card into a stored one: new values added, differing values offered, never replaced."""

from __future__ import annotations

from desktop.core.card_merge import ADDRESS, Choice, all_theirs, merge_card, resolve
from desktop.core.cards import ContactCard, LabelledValue


def siobhan_typed() -> ContactCard:
    return ContactCard(full_name="Siobhán Ní Bhriain", given_name="Siobhán", family_name="Ní Bhriain",
                       title="Talent Partner", emails=[LabelledValue("siobhan.nibhriain@example.ie")],
                       phones=[LabelledValue("+35315550100", "work")])


def siobhan_imported() -> ContactCard:
    return ContactCard(full_name="Siobhan Ni Bhriain", given_name="Siobhan", family_name="Ni Bhriain",
                       title="Talent Partner", emails=[LabelledValue("SIOBHAN.NIBHRIAIN@EXAMPLE.IE")],
                       phones=[LabelledValue("+353875550199", "mobile")], company="Aer Lingus")


def test_the_accents_and_the_office_number_stay_the_mobile_is_added_and_the_name_is_offered():
    merge = merge_card(siobhan_typed(), siobhan_imported(), "IE")
    card = merge.card
    assert (card.full_name, card.given_name, card.family_name) == ("Siobhán Ní Bhriain", "Siobhán", "Ní Bhriain")
    assert [e.value for e in card.emails] == ["siobhan.nibhriain@example.ie"]  # a case difference is no new email
    assert [(p.value, p.label) for p in card.phones] == [("+35315550100", "work"), ("+353875550199", "mobile")]
    assert card.company == "Aer Lingus" and merge.added  # an empty field is filled
    assert [(d.field, d.yours, d.theirs) for d in merge.differences] == [
        ("full_name", "Siobhán Ní Bhriain", "Siobhan Ni Bhriain"),
        ("phones", "(01) 555 0100 (work)", "087 555 0199 (mobile)")]  # numbers as the user writes them


def test_the_same_card_again_adds_nothing_and_differs_in_nothing():
    merge = merge_card(siobhan_typed(), siobhan_typed(), "IE")
    assert merge.card == siobhan_typed() and not merge.added and merge.differences == []


def test_a_number_written_another_way_is_the_same_number():
    theirs = ContactCard(full_name="Siobhán Ní Bhriain", phones=[LabelledValue("01 555 0100", "work")])
    merge = merge_card(siobhan_typed(), theirs, "IE")
    assert not merge.added and merge.differences == []


def test_new_numbers_alone_are_added_without_a_difference_when_theirs_include_yours():
    theirs = ContactCard(full_name="Siobhán Ní Bhriain", phones=[LabelledValue("+35315550100"),
                                                                 LabelledValue("+353875550199", "mobile")])
    merge = merge_card(siobhan_typed(), theirs, "IE")
    assert merge.added and merge.differences == [] and len(merge.card.phones) == 2


def test_an_address_is_kept_whole_when_a_part_differs():
    mine = ContactCard(full_name="Ana", street="12 rue de l'Université", locality="Paris")
    theirs = ContactCard(full_name="Ana", street="5 rue Gaston-Gallimard", postal_code="75007", locality="Paris")
    merge = merge_card(mine, theirs, "FR")
    assert merge.card.postal_code == "" and not merge.added  # not half of one address and half of another
    assert [(d.field, d.yours, d.theirs) for d in merge.differences] == [
        (ADDRESS, "12 rue de l'Université, Paris", "5 rue Gaston-Gallimard, 75007, Paris")]
    taken = resolve(merge.card, mine, theirs, {ADDRESS: Choice.THEIRS})
    assert (taken.street, taken.postal_code, taken.locality) == ("5 rue Gaston-Gallimard", "75007", "Paris")


def test_an_address_that_only_adds_parts_fills_them():
    mine = ContactCard(full_name="Ana", locality="Paris")
    merge = merge_card(mine, ContactCard(full_name="Ana", locality="Paris", postal_code="75007"), "FR")
    assert merge.card.postal_code == "75007" and merge.differences == []


def test_taking_their_name_takes_its_parts_split_from_it_when_the_file_has_none():
    mine = ContactCard(full_name="Anna van den Berg", given_name="Anna", family_name="van den Berg")
    theirs = ContactCard(full_name="Dr. Anna van der Berg")
    merge = merge_card(mine, theirs, "NL")
    taken = resolve(merge.card, mine, theirs, {"full_name": Choice.THEIRS})
    assert (taken.full_name, taken.given_name, taken.family_name) == ("Dr. Anna van der Berg", "Anna",
                                                                      "van der Berg")


def test_list_choices_keep_mine_theirs_or_both():
    mine, theirs = siobhan_typed(), siobhan_imported()
    merged = merge_card(mine, theirs, "IE").card
    numbers = {choice: [p.value for p in resolve(merged, mine, theirs, {"phones": choice}).phones]
               for choice in Choice}
    assert numbers == {Choice.MINE: ["+35315550100"], Choice.THEIRS: ["+353875550199"],
                       Choice.BOTH: ["+35315550100", "+353875550199"]}


def test_all_theirs_takes_every_value_but_drops_none_of_your_numbers():
    mine, theirs = siobhan_typed(), siobhan_imported()
    theirs.title = "Head of Talent"
    merge = merge_card(mine, theirs, "IE")
    choices = all_theirs(merge.differences)
    assert choices == {"full_name": Choice.THEIRS, "title": Choice.THEIRS, "phones": Choice.BOTH}
    card = resolve(merge.card, mine, theirs, choices)
    assert (card.full_name, card.title, len(card.phones)) == ("Siobhan Ni Bhriain", "Head of Talent", 2)


def test_mine_for_every_field_is_the_card_as_the_import_left_it():
    mine, theirs = siobhan_typed(), siobhan_imported()
    merge = merge_card(mine, theirs, "IE")
    kept = {d.field: d.kept_as_imported for d in merge.differences}
    assert resolve(merge.card, mine, theirs, kept) == merge.card
