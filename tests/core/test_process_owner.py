"""Whom the follow-up call goes to when the interview names no one: the title most like the hiring manager's."""

import pytest

from desktop.core.process_owner import choose_process_owner


@pytest.mark.parametrize(("met", "owner"), [
    # French, German, Spanish and Polish directors and heads before a manager met after or before them
    ([("Marc-Antoine", "Directeur des risques"), ("Olivia", "Communications Manager")], "Marc-Antoine"),
    ([("Olivia", "Communications Manager"), ("Marc-Antoine", "Directeur des risques")], "Marc-Antoine"),
    ([("Jens", "Projektmanager"), ("Petra", "Abteilungsleiterin Einkauf")], "Petra"),
    ([("Luis", "Gerente de ventas"), ("Marta", "Directora Financiera")], "Marta"),
    ([("Ola", "Specjalista"), ("Jan", "Dyrektor ds. IT")], "Jan"),
    # the hiring manager before anyone; a manager before someone with no such title; else the first met
    ([("Dana", "Head of Design"), ("Bo", "Hiring Manager, Platform")], "Bo"),
    ([("Ana", "Recruiter"), ("Inès", "Responsable RH")], "Inès"),
    ([("Ana", "Recruiter"), ("Kim", "Engineer")], "Ana"),
])
def test_the_owner_is_the_title_most_like_the_hiring_managers(met, owner):
    assert choose_process_owner(None, met) == owner


def test_the_chosen_owner_wins_and_nobody_met_is_nobody():
    assert choose_process_owner("Kim", [("Bo", "Hiring Manager")]) == "Kim"
    assert choose_process_owner(None, []) is None
