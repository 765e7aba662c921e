"""vCard import and export: the formats real clients write, broken files, and a lossless round trip."""

import base64
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.vcard import read_vcards, write_vcards

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vcf"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(64)) + b"\xff\xd9"


def read_fixture(name: str):
    return read_vcards((FIXTURES / name).read_bytes(), name)


def labelled(card: ContactCard, kind: str) -> list[tuple[str, str]]:
    return [(item.value, item.label) for item in getattr(card, kind)]


def test_outlook_21_quoted_printable_card():
    result = read_fixture("outlook-21-qp.vcf")
    assert result.problems == []
    [card] = result.cards
    assert (card.full_name, card.given_name, card.family_name) == ("Dr. Jürgen Müller", "Jürgen", "Müller")
    assert (card.company, card.title) == ("Grün AG", "Head of Sales")
    assert card.notes == "Met at the on-site interview.\nAsked about the team’s roadmap."
    assert labelled(card, "phones") == [("+49 30 1234567", "work"), ("+49 170 7654321", "mobile"),
                                        ("+49 30 1234568", "fax")]
    assert labelled(card, "emails") == [("j.mueller@gruen.example", "work")]
    assert (card.street, card.locality, card.postal_code, card.country) == ("Hauptstraße 1", "Berlin", "10115",
                                                                            "Germany")
    assert card.website == "http://www.gruen.example"
    assert (card.photo, card.photo_type) == (JPEG, "image/jpeg")


def test_apple_card_with_item_labels_phonetics_and_photo():
    [card] = read_fixture("apple-30-labels-photo.vcf").cards
    assert card.display_name == "Adaeze Okafor"
    assert card.pronunciation == "ah-DAH-eh-zeh oh-KAH-for"
    assert card.company == "Northwind Traders"
    assert labelled(card, "emails") == [("adaeze@northwind.example", "work"), ("ada@home.example", "home")]
    assert labelled(card, "phones") == [("+1 415 555 0100", "mobile"), ("+1 415 555 0199", "Recruiter desk"),
                                        ("+1 415 555 0101", "mobile")]
    assert card.street == "1 Market St\nSuite 300"
    assert (card.locality, card.region, card.postal_code) == ("San Francisco", "CA", "94105")
    assert card.website == "https://northwind.example"  # Apple's escaped "https\://"
    assert card.linkedin == "https://www.linkedin.com/in/adaeze-okafor"
    assert card.notes == "Panel interview, 2nd round; liked the question about on-call."
    assert card.uid == "8A1C6E4B-3F6D-4C57-9E7D-0F5C1B2A3D4E"
    assert (card.photo, card.photo_type) == (JPEG, "image/jpeg")


def test_vcard_40_with_tel_uris_sort_as_and_data_uri_photo():
    [card] = read_fixture("rfc-40.vcf").cards
    assert (card.full_name, card.family_name, card.given_name) == ("Nguyễn Minh", "Nguyễn", "Minh")
    assert card.pronunciation == "Minh Nguyen"
    assert card.company == "Contoso, Ltd."
    assert labelled(card, "phones") == [("+84-28-3822-1234 ext. 55", "work"), ("+84-90-123-4567", "mobile")]
    assert (card.photo, card.photo_type) == (PNG, "image/png")
    assert card.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"


def test_google_export_with_several_cards():
    result = read_fixture("google-export.vcf")
    assert [c.display_name for c in result.cards] == ["Priya Raman", "Tom O'Neill", "hiring@fabrikam.example",
                                                      "Lena Fischer"]
    priya, tom, _, lena = result.cards
    assert priya.linkedin == "https://www.linkedin.com/in/priyaraman"
    assert priya.website == ""
    assert tom.notes == "Second interviewer.\nAsked about Kubernetes."
    assert labelled(lena, "phones") == [("+49 89 555 0100", "work"), ("+49 89 555 0199", "Assistant")]
    assert result.problems == []


def test_one_broken_card_does_not_lose_the_others():
    result = read_fixture("one-broken-card.vcf")
    assert [c.display_name for c in result.cards] == ["First Good", "Second Good", "Third Good", "Bad Bytes"]
    broken, unfinished, bad_bytes = result.problems
    assert broken.startswith("one-broken-card.vcf, card 2 (line 7): not imported: it has no name")
    assert "line 9 (not a vCard property: 'this line is not a property')" in broken
    assert unfinished.startswith("one-broken-card.vcf, card 3 (line 12), Second Good: imported, but it has no END")
    assert "card 5" in bad_bytes and "line 23" in bad_bytes and "quoted-printable" in bad_bytes
    assert labelled(result.cards[3], "phones") == [("+1 555 0105", "home")]


def test_a_photo_over_10_mb_is_refused_but_the_card_is_kept():
    huge = base64.b64encode(b"\xff\xd8\xff" + bytes(11 * 1024 * 1024)).decode()
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{huge}\r\nEND:VCARD\r\n"
    result = read_vcards(text.encode(), "big.vcf")
    [card] = result.cards
    assert (card.full_name, card.photo) == ("Big Photo", None)
    [problem] = result.problems
    assert problem.startswith("big.vcf, card 1 (line 1), Big Photo: imported, but the photo was left out: it is 11.0")
    assert "more than the 10 MB allowed" in problem


def test_an_undecodable_photo_is_left_out_with_a_message():
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Odd Photo\nPHOTO;ENCODING=b:not*base64\nEND:VCARD\n"
    result = read_vcards(text.encode(), "odd.vcf")
    assert result.cards[0].photo is None
    assert "the photo was left out: it is not valid base64" in result.problems[0]


@pytest.mark.parametrize("content", [bytes(range(256)) * 64, b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"])
def test_a_photo_that_is_no_picture_is_left_out_with_a_message(content):
    encoded = base64.b64encode(content).decode()
    text = f"BEGIN:VCARD\nVERSION:3.0\nFN:Not A Photo\nPHOTO;ENCODING=b;TYPE=JPEG:{encoded}\nEND:VCARD\n"
    result = read_vcards(text.encode(), "junk.vcf")
    assert result.cards[0].photo is None
    assert result.problems == ["junk.vcf, card 1 (line 1), Not A Photo: imported, but the photo was left out: it is "
                               "not a picture (no JPEG, PNG, GIF, BMP, TIFF, WebP or HEIC)"]


def test_a_photo_link_is_not_fetched():
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Linked\nPHOTO;VALUE=uri:https://example.com/me.jpg\nEND:VCARD\n"
    result = read_vcards(text.encode(), "linked.vcf")
    assert (result.cards[0].photo, result.problems) == (None, [])


@pytest.mark.parametrize(("name", "message"), [
    ("truncated.vcf", "truncated.vcf: the file ends inside card 2 (begun on line 6) with no END:VCARD"),
    ("not-a-vcard.vcf", "not-a-vcard.vcf: is not a vCard file (no BEGIN:VCARD line)"),
])
def test_files_that_are_refused_whole(name, message):
    with pytest.raises(ImportProblem, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        read_fixture(name)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty.vcf: the file is empty"),
    (b"  \r\n\r\n", "empty.vcf: the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "empty.vcf: is a binary file, not a vCard"),
    (b"\xff\xfeB\x00\x00\xd8", "empty.vcf: cannot be read as UTF-16 text"),
    (b"BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n",
     "empty.vcf: no card in the file could be read. empty.vcf, card 1 (line 1): not imported: it has no name"),
])
def test_unreadable_files_name_the_file_and_the_reason(data, message):
    with pytest.raises(ImportProblem) as raised:
        read_vcards(data, "empty.vcf")
    assert str(raised.value).startswith(message)


def test_a_few_nul_bytes_in_a_text_card_are_removed_and_the_card_read():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\x00 Adams\r\nEMAIL:eve@example.org\x00\r\nEND:VCARD\r\n"
    result = read_vcards(data, "nul.vcf")
    [card] = result.cards
    assert (card.full_name, labelled(card, "emails")) == ("Eve Adams", [("eve@example.org", "work")])
    assert result.problems == ["nul.vcf: 2 control characters such as NUL, the first on line 3, were removed; the "
                               "rest of the file was read"]


def test_direction_overrides_in_a_name_are_removed_and_the_marks_mixed_text_needs_kept():
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve \u202eAdams\u202c\r\nTITLE:\u2067مديرة\u2069 Sales\r\n"
            "ORG:\u200fشركة\u200f ACME\r\nEND:VCARD\r\n")
    result = read_vcards(text.encode(), "bidi.vcf")
    [card] = result.cards
    assert (card.full_name, card.title, card.company) == ("Eve Adams", "مديرة Sales", "\u200fشركة\u200f ACME")
    assert result.problems == ["bidi.vcf: 4 control characters such as NUL, the first on line 3, were removed; the "
                               "rest of the file was read"]


def test_utf16_with_bom():
    [card] = read_fixture("utf16.vcf").cards
    assert (card.full_name, card.family_name) == ("Zoë Ångström", "Ångström")


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_a_fold_that_cuts_a_character_in_two_keeps_the_name(cut):
    # Writers that fold at 75 octets cut a character where the 75th falls: neither line is UTF-8 alone.
    name = "Jürgen Müller-Lüdenscheidt 𝔖€"
    line = f"FN:{name}".encode()
    where = {1: line.index("ü".encode()) + 1, 2: line.index("€".encode()) + 2, 3: line.index("𝔖".encode()) + 3}[cut]
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + line[:where] + b"\r\n " + line[where:]
            + b"\r\nN:M\xc3\xbcller;J\xc3\xbcrgen;;;\r\nEND:VCARD\r\n")
    result = read_vcards(data, "cut.vcf")
    assert result.problems == []
    [card] = result.cards
    assert (card.full_name, card.given_name) == (name, "Jürgen")


def test_a_card_held_inside_another_keeps_the_outer_cards_lines_after_it():
    # vCard 2.1's AGENT holds the assistant's card inside the person's; the person's phone and email come after it.
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;Big\r\nFN:Big Boss\r\nAGENT:\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann Assistant\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n"
            b"TEL;WORK:+1 555 0199\r\nEMAIL:big@boss.example\r\nEND:VCARD\r\n")
    result = read_vcards(data, "agent.vcf")
    cards = {card.full_name: card for card in result.cards}
    assert labelled(cards["Big Boss"], "emails") == [("big@boss.example", "work")]
    assert [phone.value for phone in cards["Big Boss"].phones] == ["+1 555 0199"]
    assert [phone.value for phone in cards["Ann Assistant"].phones] == ["+1 555 0100"]
    assert result.problems == ["agent.vcf, card 2 (line 1), Big Boss: imported, but it holds another card (line 6), "
                               "imported as a card of its own"]


def test_a_card_without_its_end_before_the_next_card_is_still_read_first():
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nEMAIL:cut@example.org\r\n\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Whole One\r\nEND:VCARD\r\n\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Last One\r\nEND:VCARD\r\n")
    result = read_vcards(data, "cut.vcf")
    assert [card.full_name for card in result.cards] == ["Cut Short", "Whole One", "Last One"]
    assert result.problems == ["cut.vcf, card 1 (line 1), Cut Short: imported, but it has no END:VCARD line, so some "
                               "of its fields may be missing"]


def test_utf16_without_bom_and_utf8_with_bom():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nEND:VCARD\r\n"
    for data in (text.encode("utf-16-le"), text.encode("utf-16-be"), text.encode("utf-8-sig")):
        assert read_vcards(data, "x.vcf").cards[0].full_name == "Zoë Ångström"


def test_legacy_windows_1252_file():
    [card] = read_fixture("latin1.vcf").cards
    assert (card.full_name, card.company) == ("José Muñoz", "Café Société")
    assert card.notes == "Prefers “email” – not calls"


def test_a_card_with_only_an_email_is_named_by_it_and_one_with_only_a_company_is_refused():
    text = ("BEGIN:VCARD\nVERSION:3.0\nEMAIL:ann@acme.example\nORG:ACME\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nORG:ACME\nTITLE:Recruiter\nEND:VCARD\n")
    result = read_vcards(text.encode(), "x.vcf")
    assert [(c.full_name, c.company) for c in result.cards] == [("ann@acme.example", "ACME")]
    assert result.problems == ["x.vcf, card 2 (line 6): not imported: it has no name, email address or phone number"]


def rich_card(**changes) -> ContactCard:
    card = ContactCard(
        full_name="Dr. Jürgen Müller, PhD", given_name="Jürgen", family_name="Müller",
        pronunciation="YUR-gen MUE-ler",
        title="Head of Sales; EMEA", company="Grün, Blau & Co. AG",
        emails=[LabelledValue("j@gruen.example"), LabelledValue("jm@home.example", "home"),
                LabelledValue("x@y.example", "other"), LabelledValue("desk@gruen.example", "Front desk")],
        phones=[LabelledValue("+49 30 1", "work"), LabelledValue("+49 170 2", "mobile"),
                LabelledValue("+49 30 3", "fax"),
                LabelledValue("+49 30 4", "home fax"), LabelledValue("+49 30 5", "pager"),
                LabelledValue("+49 30 6", "main"), LabelledValue("+49 30 7", "home"),
                LabelledValue("+49 30 8", "other"),
                LabelledValue("+49 30 9", "assistant (Anna)")],
        street="Hauptstraße 1\nHinterhaus, 3. OG", locality="Berlin", region="BE", postal_code="10115",
        country="Germany", website="https://gruen.example/a,b;c", linkedin="https://www.linkedin.com/in/jm",
        notes="Line one: a \\ backslash, a; semicolon\nLine two – “quoted”", photo=JPEG, photo_type="image/jpeg",
        uid="4fbe8971-0bc3-424c-9c26-36c3e1eff6b1")
    for name, value in changes.items():
        setattr(card, name, value)
    return card


def test_write_is_vcard_30_with_crlf_and_the_lines_google_and_apple_import():
    text = write_vcards([rich_card()])
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    for expected in ("FN:Dr. Jürgen Müller\\, PhD", "N:Müller;Jürgen;;;", "ORG:Grün\\, Blau & Co. AG",
                     "TITLE:Head of Sales\\; EMEA", "EMAIL;TYPE=INTERNET,WORK:j@gruen.example",
                     "TEL;TYPE=CELL,VOICE:+49 170 2", "TEL;TYPE=WORK,FAX:+49 30 3",
                     "UID:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1", "X-PHONETIC-FIRST-NAME:YUR-gen"):
        assert expected in lines
    assert any(line.startswith("ADR;TYPE=WORK:;;Hauptstraße 1\\nHinterhaus\\, 3. OG;Berlin") for line in lines)
    assert f"PHOTO;ENCODING=b;TYPE=JPEG:{base64.b64encode(JPEG).decode()}" in lines


def test_round_trip_preserves_every_field():
    cards = [rich_card(), rich_card(photo=PNG, photo_type="image/png", uid="2"), ContactCard(full_name="Solo")]
    result = read_vcards(write_vcards(cards).encode(), "out.vcf")
    assert (result.cards, result.problems) == (cards, [])


@pytest.mark.parametrize("name", ["outlook-21-qp.vcf", "apple-30-labels-photo.vcf", "rfc-40.vcf", "google-export.vcf",
                                  "latin1.vcf", "utf16.vcf"])
def test_reading_then_writing_a_real_file_keeps_every_card(name):
    cards = read_fixture(name).cards
    assert read_vcards(write_vcards(cards).encode(), name).cards == cards


# Text a person could type into a field: any printable character and inner line breaks, no outer blanks.
field_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.just("\n"),
                     max_size=40).map(str.strip)
label_text = st.sampled_from(["work", "home", "mobile", "fax", "other"]) | field_text.filter(bool)


@settings(max_examples=60, deadline=None)
@given(name=field_text, title=field_text, company=field_text, notes=field_text, street=field_text,
       phone=field_text.filter(bool), label=label_text)
def test_round_trip_of_any_text(name, title, company, notes, street, phone, label):
    card = ContactCard(full_name=name or "X", title=title, company=company, notes=notes, street=street,
                       phones=[LabelledValue(phone, label)])
    assert read_vcards(write_vcards([card]).encode(), "any.vcf").cards == [card]


def test_the_greeting_travels_as_nickname_and_family_first_as_the_order_of_fn():
    cards = [ContactCard(full_name="Robert Smith", given_name="Robert", family_name="Smith", greet_as="Bob"),
             ContactCard(full_name="Tanaka Hiroshi", given_name="Hiroshi", family_name="Tanaka", family_first=True)]
    text = write_vcards(cards)
    assert "NICKNAME:Bob\r\n" in text
    assert [(c.greet_as, c.family_first) for c in read_vcards(text.encode(), "x.vcf").cards] == [("Bob", False),
                                                                                                ("", True)]


def test_a_list_of_nicknames_greets_with_the_first():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robert Smith\r\nN:Smith;Robert;;;\r\nNICKNAME:Bob,Bobby\r\nEND:VCARD\r\n"
    [card] = read_vcards(text.encode(), "x.vcf").cards
    assert card.greet_as == "Bob"
