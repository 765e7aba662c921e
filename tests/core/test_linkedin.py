"""LinkedIn's Connections.csv: the notes above the header, columns by name, empty emails, dates, broken files."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.cards import ImportProblem, LabelledValue
from desktop.core.linkedin import looks_like_connections, read_connections

NOTES = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
         'You will only see email addresses for connections who have allowed their connections to see or download '
         'their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn '
         'more here https://www.linkedin.com/help/linkedin/answer/261"\n\n')
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_the_export_as_linkedin_writes_it():
    data = (NOTES + HEADER
            + "Siobhán,Ní Bhriain,https://www.linkedin.com/in/siobhan-ni-bhriain,,Northwind Analytics,"
              '"Talent Acquisition Partner, EMEA",05 Dec 2024\n'
            + "Jürgen,Weiß-Müller,https://www.linkedin.com/in/jweissmueller,juergen@example.de,"
              '"Brightwater Robotics, GmbH",Head of Engineering,17 Mar 2021\n').encode("utf-8")
    result = read_connections(data, "Connections.csv")
    first, second = result.cards
    assert (first.full_name, first.given_name, first.family_name) == ("Siobhán Ní Bhriain", "Siobhán", "Ní Bhriain")
    assert first.title == "Talent Acquisition Partner, EMEA" and first.emails == []
    assert first.linkedin == "https://www.linkedin.com/in/siobhan-ni-bhriain"
    assert second.company == "Brightwater Robotics, GmbH" and second.emails == [LabelledValue("juergen@example.de",
                                                                                             "home")]
    assert result.connected_on == [date(2024, 12, 5), date(2021, 3, 17)]
    assert result.problems == [] and result.skipped == 0


def test_reordered_columns_without_email_or_date_with_a_bom_and_windows_line_ends():
    data = ("\ufeffCompany,Position,URL,Last Name,First Name\r\n"
            "Quill & Ink Studios,Senior Talent Partner,https://www.linkedin.com/in/zoe-pr,Papadopoulou-Ramírez,"
            "Zoë\r\n").encode("utf-8")
    (card,) = read_connections(data, "Connections.csv").cards
    assert (card.full_name, card.company, card.title) == ("Zoë Papadopoulou-Ramírez", "Quill & Ink Studios",
                                                          "Senior Talent Partner")


def test_a_file_resaved_by_a_spreadsheet_in_the_windows_code_page():
    data = (HEADER + "Seán,Ó Bródaín,https://www.linkedin.com/in/sob,,Harbourline Ltd,Engineering Manager,"
                     "02 Jan 2023\n").encode("cp1252")
    (card,) = read_connections(data, "Connections.csv").cards
    assert card.full_name == "Seán Ó Bródaín"


def test_a_changed_header_names_the_missing_columns_and_what_it_found():
    data = (NOTES + "Vorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position,Verbunden am\n"
                    "Anna,Schmidt,https://www.linkedin.com/in/as,,Acme,CTO,01 Jan 2024\n").encode("utf-8")
    with pytest.raises(ImportProblem) as raised:
        read_connections(data, "Connections.csv")
    message = str(raised.value)
    assert message.startswith("Connections.csv, line 4: not LinkedIn's Connections.csv as Afterview reads it: the "
                              "header row lacks First Name, Last Name, Company (it has Vorname, Nachname")
    assert "LinkedIn's own file has the columns First Name, Last Name, URL" in message


def test_rows_without_a_name_or_with_an_unreadable_date_are_said_by_line():
    data = (NOTES + HEADER + ",,https://www.linkedin.com/in/ghost,,Acme,CTO,01 Jan 2024\n"
            + "Ana,Souza,https://www.linkedin.com/in/ana,,Acme,Recruiter,sometime\n").encode("utf-8")
    result = read_connections(data, "Connections.csv")
    assert [c.full_name for c in result.cards] == ["Ana Souza"] and result.connected_on == [None]
    assert result.skipped == 1
    assert result.problems == ["Connections.csv, line 5: a connection without a name was left out",
                               "Connections.csv, line 6: Connected On 'sometime' is not a date; the connection was "
                               "imported without it"]


@pytest.mark.parametrize("data, reason", [
    (b"", "Connections.csv: the file is empty"),
    (NOTES.encode(), "Connections.csv: no header row was found"),
    ((NOTES + HEADER).encode(), "Connections.csv: no connections in it, only the header row"),
])
def test_files_with_nothing_to_import_are_refused(data, reason):
    with pytest.raises(ImportProblem, match=f"^{reason}"):
        read_connections(data, "Connections.csv")


def test_the_export_is_recognised_by_its_start():
    assert looks_like_connections(NOTES.encode())
    assert looks_like_connections(("\ufeff" + HEADER).encode("utf-8"))
    assert not looks_like_connections(b"Name,Email\nA,b@c.d\n")
