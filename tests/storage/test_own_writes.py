"""The window tells its own writes from another program's by the stretches of the data generation counter each of
its write transactions took: a program that writes without this process's engines is always seen."""

from __future__ import annotations

import sqlite3

from desktop.core.cards import ContactCard
from desktop.operations.contacts import add_contact, list_contacts
from desktop.storage.generation import read_generation
from desktop.storage.own_writes import OWN_WRITES


def _written_elsewhere(path) -> None:
    """A write as another program makes it: its own connection, none of this process's engines."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE contact SET notes = 'from the command line' WHERE id = 1")
    connection.close()


def test_own_writes_are_told_from_another_programs(workspace):
    database = workspace.paths.database
    start = read_generation(database)
    add_contact(workspace, ContactCard(full_name="Zoë Lindqvist"))
    list_contacts(workspace)  # a read moves nothing
    own = read_generation(database)
    assert own > start and not OWN_WRITES.elsewhere(database, start, own)

    _written_elsewhere(database)
    foreign = read_generation(database)
    assert foreign > own and OWN_WRITES.elsewhere(database, own, foreign)

    add_contact(workspace, ContactCard(full_name="Tomás Ortega"))  # own, another program's, own again
    _written_elsewhere(database)
    add_contact(workspace, ContactCard(full_name="Dana Whitfield"))
    mixed = read_generation(database)
    assert OWN_WRITES.elsewhere(database, foreign, mixed)
    assert OWN_WRITES.elsewhere(database, mixed, mixed - 1)  # gone back: a backup restored over it
