
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.signature import parse_signature

US = """Best regards,

Jennifer Walsh
Senior Technical Recruiter
Northwind Traders, Inc.
(415) 555-0132 | jennifer.walsh@northwind.com
www.northwind.com
"""

UK = """Kind regards,
--
Oliver Bennett
Head of Engineering
Brightwater Ltd
Office: +44 20 7946 0958
Mobile: +44 7911 123456
oliver.bennett@brightwater.co.uk
"""

GERMAN = """Mit freundlichen Grüßen

Dr. Anna-Lena van der Berg
Personalleiterin
Müller & Söhne GmbH
Friedrichstraße 123, 10117 Berlin
Tel. +49 (0)30 1234567-0
Fax +49 30 1234567-99
anna-lena.vanderberg@mueller-soehne.de
"""

FRENCH = """Bien cordialement,

Hélène Lefèvre-Côté
Chargée de recrutement
Société Générale Énergie SA
Tél : 01 42 68 53 00
Portable : 06 12 34 56 78
helene.lefevre@sge-energie.fr
"""

LABELLED = """Thanks,
Marcus Chen | VP of Product | Lumen Labs
M: +1 (646) 555-0143  T: +1 212-555-0178
marcus@lumenlabs.io
"""

LINKEDIN = """Cheers,

Priya Raman
Talent Acquisition Partner at Fabrikam
priya.raman@fabrikam.com
https://www.linkedin.com/in/priyaraman/
"""

ONLY_NAME = """Zoë Ødegaard"""

DOMAIN_ONLY = """--
Samuel O'Neill
Engineering Manager
sam@contoso-games.com
"""


def test_us_signature():
    card = parse_signature(US, "US")
    assert (card.full_name, card.given_name, card.family_name) == ("Jennifer Walsh", "Jennifer", "Walsh")
    assert card.title == "Senior Technical Recruiter"
    assert card.company == "Northwind Traders, Inc."
    assert card.emails == [LabelledValue("jennifer.walsh@northwind.com", "work")]
    assert card.phones == [LabelledValue("+14155550132", "work")]
    assert card.website == "https://www.northwind.com"


def test_uk_signature_with_plus_44_numbers_read_from_another_region():
    card = parse_signature(UK, "US")
    assert card.full_name == "Oliver Bennett"
    assert card.title == "Head of Engineering"
    assert card.company == "Brightwater Ltd"
    assert card.phones == [LabelledValue("+442079460958", "work"), LabelledValue("+447911123456", "mobile")]
    assert card.emails == [LabelledValue("oliver.bennett@brightwater.co.uk")]


def test_german_signature():
    card = parse_signature(GERMAN, "DE")
    assert card.full_name == "Dr. Anna-Lena van der Berg"
    assert (card.given_name, card.family_name) == ("Anna-Lena", "van der Berg")
    assert card.title == "Personalleiterin"
    assert card.company == "Müller & Söhne GmbH"
    assert card.phones == [LabelledValue("+493012345670", "work"), LabelledValue("+4930123456799", "fax")]
    assert card.emails == [LabelledValue("anna-lena.vanderberg@mueller-soehne.de")]


def test_french_signature_with_accents_and_national_numbers():
    card = parse_signature(FRENCH, "FR")
    assert card.full_name == "Hélène Lefèvre-Côté"
    assert (card.given_name, card.family_name) == ("Hélène", "Lefèvre-Côté")
    assert card.title == "Chargée de recrutement"
    assert card.company == "Société Générale Énergie SA"
    assert card.phones == [LabelledValue("+33142685300", "work"), LabelledValue("+33612345678", "mobile")]


def test_m_and_t_labels_on_one_line_and_fields_split_by_bars():
    card = parse_signature(LABELLED, "US")
    assert card.full_name == "Marcus Chen"
    assert card.title == "VP of Product"
    assert card.company == "Lumen Labs"
    assert card.phones == [LabelledValue("+16465550143", "mobile"), LabelledValue("+12125550178", "work")]


def test_linkedin_url_and_title_at_company():
    card = parse_signature(LINKEDIN, "US")
    assert card.full_name == "Priya Raman"
    assert card.title == "Talent Acquisition Partner"
    assert card.company == "Fabrikam"
    assert card.linkedin == "https://www.linkedin.com/in/priyaraman/"
    assert card.website == ""


def test_only_a_name():
    card = parse_signature(ONLY_NAME, "NO")
    assert (card.full_name, card.given_name, card.family_name) == ("Zoë Ødegaard", "Zoë", "Ødegaard")
    assert (card.title, card.company, card.emails, card.phones) == ("", "", [], [])


def test_company_falls_back_to_the_email_domain():
    card = parse_signature(DOMAIN_ONLY, "US")
    assert card.full_name == "Samuel O'Neill"
    assert card.title == "Engineering Manager"
    assert card.company == "Contoso-Games"


def test_free_mail_domain_is_no_company():
    assert parse_signature("Jane Doe\njane.doe@gmail.com", "US").company == ""


def test_invalid_email_is_not_proposed():
    assert parse_signature("Jane Doe\njane..doe@example.com", "US").emails == []


def test_garbage_gives_an_empty_card():
    assert parse_signature("", "US") == ContactCard()
    assert parse_signature("--\n\n   \n!!! 12 ###", "") == ContactCard()


@given(st.text(max_size=400), st.sampled_from(["US", "de", "", "ZZ", "xx"]))
def test_never_raises(text, region):
    assert isinstance(parse_signature(text, region), ContactCard)


SIGNATURE_ALPHABET = "AaBbZzÖéß -–|.,:;@+()/\n0123456789MTFaxTel"


@given(st.text(alphabet=SIGNATURE_ALPHABET, max_size=300), st.sampled_from(["US", "GB", "DE"]))
def test_never_raises_on_signature_like_text(text, region):
    assert isinstance(parse_signature(text, region), ContactCard)


def test_long_pastes_are_read():
    for text in ("x." * 100_000, "1" * 100_000, "a" * 100_000 + "@", "Jane Doe\n" * 20_000):
        assert isinstance(parse_signature(text, "US"), ContactCard)
