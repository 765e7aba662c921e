import io

import pytest
import zxingcpp
from PIL import Image, ImageFilter

from desktop.core.cards import ContactCard, ImportProblem, LabelledValue
from desktop.core.qr import card_from_qr_payload, decode_qr

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ødegaard\r\nN:Ødegaard;Zoë;;;\r\nORG:Nordlys AS;Recruiting\r\n"
    "TITLE:Talent Partner\r\nTEL;TYPE=CELL:+47 912 34 567\r\nTEL;TYPE=WORK,VOICE:+47 22 33 44 55\r\n"
    "EMAIL;TYPE=INTERNET:zoe@nordlys.no\r\nURL:https://nordlys.no\r\nURL:https://www.linkedin.com/in/zoe-odegaard\r\n"
    "ADR;TYPE=WORK:;;Karl Johans gate 1;Oslo;;0154;Norway\r\nEND:VCARD\r\n"
)
MECARD = (
    r"MECARD:N:Doe,John;SOUND:dough\;jon;TEL:+12125550123;EMAIL:john.doe@acme.com;ORG:Acme\, Inc.;"
    r"TITLE:Head of Talent;URL:https\://acme.com;ADR:,,1 Main St,Springfield,IL,62701,USA;NOTE:Met at\: fair;;"
)


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def qr_image(text: str, scale: int = 4) -> Image.Image:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    return Image.fromarray(barcode.to_image(scale=scale))


@pytest.mark.parametrize("payload", [VCARD, MECARD])
def test_generated_qr_png_is_read_back(payload):
    assert decode_qr(png(qr_image(payload))) == [payload]


def test_qr_codes_in_a_noisy_rotated_photo():
    width, height = 1400, 1000
    photo = Image.blend(Image.effect_noise((width, height), 60), Image.new("L", (width, height), 255), 0.5)
    tilted = qr_image(VCARD, 6).rotate(17, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    photo.paste(tilted, (150, 200))
    photo.paste(qr_image("https://www.linkedin.com/in/zoe").rotate(-80, expand=True, fillcolor=255), (900, 300))
    buffer = io.BytesIO()
    photo.filter(ImageFilter.GaussianBlur(1.2)).convert("RGB").save(buffer, "JPEG", quality=70)
    assert sorted(decode_qr(buffer.getvalue())) == sorted([VCARD, "https://www.linkedin.com/in/zoe"])


def test_a_photo_without_a_code_gives_nothing():
    assert decode_qr(png(Image.effect_noise((300, 200), 40))) == []


@pytest.mark.parametrize("data", [b"", b"not an image at all", png(qr_image("x"))[:60]])
def test_bad_image_bytes_raise_a_clear_problem(data):
    with pytest.raises(ImportProblem, match=r"^card\.jpg: cannot be read as a picture"):
        decode_qr(data, "card.jpg")


def test_vcard_payload():
    card = card_from_qr_payload(VCARD)
    assert card == ContactCard(
        full_name="Zoë Ødegaard",
        given_name="Zoë",
        family_name="Ødegaard",
        title="Talent Partner",
        company="Nordlys AS",
        emails=[LabelledValue("zoe@nordlys.no")],
        phones=[LabelledValue("+47 912 34 567", "mobile"), LabelledValue("+47 22 33 44 55", "work")],
        street="Karl Johans gate 1",
        locality="Oslo",
        postal_code="0154",
        country="Norway",
        website="https://nordlys.no",
        linkedin="https://www.linkedin.com/in/zoe-odegaard",
    )


def test_vcard_21_bare_type_parameter():
    card = card_from_qr_payload("BEGIN:VCARD\nVERSION:2.1\nN:Smith;Ann\nTEL;CELL:+15551234567\nEND:VCARD")
    assert card is not None
    assert (card.given_name, card.family_name, card.display_name) == ("Ann", "Smith", "Ann Smith")
    assert card.phones == [LabelledValue("+15551234567", "mobile")]


def test_broken_vcard_payload_raises():
    with pytest.raises(ImportProblem, match="vCard in it cannot be read"):
        card_from_qr_payload("BEGIN:VCARD\nVERSION:3.0\nFN:No end")


def test_mecard_payload_with_escapes():
    card = card_from_qr_payload(MECARD)
    assert card == ContactCard(
        full_name="John Doe",
        given_name="John",
        family_name="Doe",
        pronunciation="dough;jon",
        title="Head of Talent",
        company="Acme, Inc.",
        emails=[LabelledValue("john.doe@acme.com")],
        phones=[LabelledValue("+12125550123")],
        street="1 Main St",
        locality="Springfield",
        region="IL",
        postal_code="62701",
        country="USA",
        website="https://acme.com",
        notes="Met at: fair",
    )


def test_mecard_with_a_one_line_address_and_a_backslash_at_the_end():
    card = card_from_qr_payload("mecard:N:Ødegaard,Zoë;ADR:Karl Johans gate 1, Oslo;EMAIL:zoe@nordlys.no\\")
    assert card is not None
    assert (card.full_name, card.street) == ("Zoë Ødegaard", "Karl Johans gate 1, Oslo")
    assert card.emails == [LabelledValue("zoe@nordlys.no")]


@pytest.mark.parametrize(
    ("payload", "card"),
    [
        ("https://www.linkedin.com/in/jane-doe", ContactCard(linkedin="https://www.linkedin.com/in/jane-doe")),
        ("  www.acme.com/careers \n", ContactCard(website="https://www.acme.com/careers")),
        ("HTTP://ACME.COM", ContactCard(website="HTTP://ACME.COM")),
    ],
)
def test_bare_url_payload(payload, card):
    assert card_from_qr_payload(payload) == card


@pytest.mark.parametrize("payload", ["", "WIFI:S:guest;T:WPA;P:secret;;", "hello world", "https://a b"])
def test_other_payloads_are_not_cards(payload):
    assert card_from_qr_payload(payload) is None


@pytest.mark.parametrize("payload", [
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robert Smith\r\nN:Smith;Robert;;;\r\nNICKNAME:Bob\r\nEND:VCARD\r\n",
    "MECARD:N:Smith,Robert;NICKNAME:Bob;;",
])
def test_a_nickname_in_the_qr_code_is_read_as_the_greeting(payload):
    card = card_from_qr_payload(payload)
    assert (card.given_name, card.family_name, card.greet_as) == ("Robert", "Smith", "Bob")
