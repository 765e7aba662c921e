"""Business cards rendered from Faker's people and firms, photographed in software, with what is printed on each.

    python benchmarks/card_synth.py OUT_DIR [--count 48] [--seed 15] [--arabic 0]

Writes OUT_DIR/cNN.jpg (or .png) and OUT_DIR/cards.tsv in the shared corpus's format (the columns the scoring
reads: file, name, title, company, emails, phones, website, language, kind, notes), so benchmarks/cards.py scores
these cards exactly as it scores the real ones. The reader is developed against them, never tuned to the real 15.

Each card draws independently: a locale (English, German, French, Spanish, Turkish, Polish, Czech, Portuguese,
Italian, Dutch: Faker's names keep their accents), a layout (name left or centred, a coloured panel with the firm, a
portrait card, the firm's name at the top or the bottom), the firm as its name with a legal form (GmbH, SARL, S.L.,
S.p.A., B.V., sp. z o.o., A.Ş.) or, on some cards, only as one large logo-like word (which is then the company a
careful reader writes down), light or dark, fonts from the system's URW and DejaVu
families, a title from Faker's own job list half the time (occupations no card-reading rule was written from) or a
business title in the card's language, the number labels of the card's language, phone numbers that
libphonenumber accepts for the locale's country, and a domain made from the firm's name. Then a third are left as
designed images, the rest photographed: laid on a desk, seen at an angle, blurred, in a shadow, saved as JPEG.
The same seed gives the same cards.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import phonenumbers
from faker import Faker
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/opentype/urw-base35"), Path("/usr/share/fonts/truetype/dejavu"))
# (regular, bold) pairs that cover Latin Extended-A (Turkish ı ş ğ, Polish ł ż, Czech ř)
FONT_PAIRS = (("NimbusSans-Regular.otf", "NimbusSans-Bold.otf"), ("NimbusRoman-Regular.otf", "NimbusRoman-Bold.otf"),
              ("URWGothic-Book.otf", "URWGothic-Demi.otf"), ("P052-Roman.otf", "P052-Bold.otf"),
              ("C059-Roman.otf", "C059-Bold.otf"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
              ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"), ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
              ("NimbusSansNarrow-Regular.otf", "NimbusSansNarrow-Bold.otf"))


@dataclass(frozen=True)
class Locale:
    """What a card printed in one country looks like: its language's labels, titles and legal forms."""

    faker: str
    region: str
    language: str
    labels: dict[str, tuple[str, ...]]  # "office", "mobile", "email", "web": the words printed before a value
    titles: tuple[str, ...]  # business titles as printed on cards in this language
    forms: tuple[str, ...]  # legal forms added to a Faker firm that has none
    tax: str = "VAT No."  # the label of the registration number some cards print (never a phone)
    fax: str = "Fax"


LOCALES = (
    Locale("en_GB", "GB", "en", {"office": ("T", "Tel", "Phone", "Office"), "mobile": ("M", "Mobile", "Mob"),
                                 "email": ("E", "Email", "E-mail"), "web": ("W", "Web", "")},
           ("Head of Partnerships", "Senior Software Engineer", "Finance Director", "Talent Acquisition Lead",
            "Operations Manager", "Chief Technology Officer", "Principal Consultant", "Account Executive"),
           ("Ltd", "Limited", "plc", "LLP")),
    Locale("de_DE", "DE", "de", {"office": ("Tel.", "Telefon", "T"), "mobile": ("Mobil", "Handy", "M"),
                                 "email": ("E-Mail", "Mail", "E"), "web": ("Web", "Internet", "")},
           ("Geschäftsführerin", "Leiter Vertrieb", "Personalreferentin", "Softwareentwickler", "Prokurist",
            "Teamleiterin Controlling", "Vertriebsingenieur", "Bereichsleiter Einkauf"),
           ("GmbH", "AG", "GmbH & Co. KG", "KG", "SE"), "USt-IdNr."),
    Locale("fr_FR", "FR", "fr", {"office": ("Tél.", "Tél :", "T"), "mobile": ("Mob.", "Portable", "Port."),
                                 "email": ("Courriel", "E-mail", "Email"), "web": ("Site", "Web", "")},
           ("Directrice commerciale", "Responsable des ressources humaines", "Chargé d'affaires",
            "Ingénieur d'études", "Directeur général", "Chef de projet", "Gérante", "Consultante senior"),
           ("SARL", "SAS", "S.A.", "SA"), "SIRET"),
    Locale("es_ES", "ES", "es", {"office": ("Tel.", "Teléfono", "T"), "mobile": ("Móvil", "Móv.", "M"),
                                 "email": ("Email", "Correo", "E"), "web": ("Web", "")},
           ("Directora de Marketing", "Jefe de Proyecto", "Gerente General", "Responsable de Compras",
            "Ingeniera de Software", "Consultor Senior", "Director Financiero", "Técnica de Selección"),
           ("S.L.", "S.A.", "S.L.U."), "CIF"),
    Locale("tr_TR", "TR", "tr", {"office": ("Tel", "T", "Telefon"), "mobile": ("Cep", "GSM", "Mobil"),
                                 "email": ("E-posta", "E-mail", "E"), "web": ("Web", "")},
           ("Genel Müdür", "Satış Müdürü", "İnsan Kaynakları Uzmanı", "Yazılım Mühendisi", "Proje Yöneticisi",
            "Finans Direktörü", "Kurucu Ortak", "Pazarlama Sorumlusu"),
           ("A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş."), "Vergi No", "Faks"),
    Locale("pl_PL", "PL", "pl", {"office": ("tel.", "Tel.", "T"), "mobile": ("kom.", "tel. kom.", "Mobile"),
                                 "email": ("e-mail", "E-mail", "E"), "web": ("www", "")},
           ("Kierownik Projektu", "Dyrektor Handlowy", "Specjalista ds. Rekrutacji", "Prezes Zarządu",
            "Starszy Programista", "Główna Księgowa", "Kierowniczka Działu Sprzedaży", "Konsultant"),
           ("Sp. z o.o.", "sp. z o.o.", "S.A.", "Sp. j."), "NIP", "faks"),
    Locale("cs_CZ", "CZ", "cs", {"office": ("Tel.", "T"), "mobile": ("Mobil", "M"), "email": ("E-mail", "E"),
                                 "web": ("Web", "")},
           ("Obchodní ředitel", "Vedoucí oddělení", "Projektová manažerka", "Jednatel", "Vývojář software"),
           ("s.r.o.", "a.s."), "IČO"),
    Locale("pt_PT", "PT", "pt", {"office": ("Tel.", "Telefone", "T"), "mobile": ("Telem.", "Móvel", "M"),
                                 "email": ("Email", "E"), "web": ("Web", "")},
           ("Diretora Comercial", "Gestor de Projeto", "Engenheiro de Software", "Diretor-Geral",
            "Técnica de Recursos Humanos"),
           ("Lda.", "S.A.", "Unipessoal Lda."), "NIF"),
    Locale("it_IT", "IT", "it", {"office": ("Tel.", "T"), "mobile": ("Cell.", "Cellulare", "Mobile", "M"),
                                 "email": ("Email", "E-mail", "E"), "web": ("Web", "")},
           ("Direttore Commerciale", "Responsabile Acquisti", "Amministratore Delegato", "Ingegnere del Software",
            "Project Manager"),
           ("S.r.l.", "S.p.A."), "P.IVA"),
    Locale("nl_NL", "NL", "nl", {"office": ("Tel.", "T", "Telefoon"), "mobile": ("Mobiel", "Mob.", "M"),
                                 "email": ("E-mail", "E"), "web": ("Web", "Website", "")},
           ("Directeur", "Accountmanager", "Projectleider", "Bedrijfsleider", "Hoofd Inkoop",
            "Adviseur Personeelszaken", "Medewerker Klantenservice", "Senior Consultant"),
           ("B.V.", "N.V.", "V.O.F."), "KvK"),
)

FREE_MAIL = ("gmail.com", "outlook.com", "gmx.de", "wp.pl", "yahoo.fr")
# Gulf cards print every line twice, in English and Arabic: (Latin name, Arabic name) as such cards spell them.
ARABIC_NAMES = (("Ahmed Al Mansoori", "أحمد المنصوري"), ("Fatima Al Zaabi", "فاطمة الزعابي"),
                ("Omar Haddad", "عمر حداد"), ("Layla Nasser", "ليلى ناصر"), ("Khalid Al Hashimi", "خالد الهاشمي"),
                ("Mariam Saeed", "مريم سعيد"),
                ("Yousef Khoury", "يوسف خوري"), ("Noura Al Suwaidi", "نورة السويدي"), ("Hassan Farouk", "حسن فاروق"),
                ("Rania Aziz", "رانيا عزيز"), ("Saeed Al Falasi", "سعيد الفلاسي"), ("Huda Khalil", "هدى خليل"))
ARABIC_TITLES = (("Sales Director", "مدير المبيعات"), ("General Manager", "المدير العام"),
                 ("Senior Engineer", "مهندس أول"), ("Marketing Manager", "مدير التسويق"),
                 ("Human Resources Manager", "مدير الموارد البشرية"), ("Legal Counsel", "مستشار قانوني"))
ARABIC_FIRMS = (("Al Noor", "النور"), ("Gulf Horizon", "أفق الخليج"), ("Desert Rose", "وردة الصحراء"),
                ("Al Waha", "الواحة"), ("Emirates Falcon", "صقر الإمارات"), ("Bayt Al Khibra", "بيت الخبرة"))
ARABIC_FORMS = (("Trading LLC", "للتجارة ذ.م.م"), ("Consulting FZ-LLC", "للاستشارات م.م.ح"),
                ("Group", "مجموعة"), ("Contracting L.L.C.", "للمقاولات ش.ذ.م.م"))
ARABIC_LOCALE = Locale("en_US", "AE", "ar", {"office": ("Tel", "T", "Office"), "mobile": ("Mob", "Mobile", "M"),
                                             "email": ("Email", "E"), "web": ("Web", "")},
                       (), (), "TRN")

LAYOUTS = ("left", "centre", "panel", "portrait", "right")


@dataclass
class Card:
    """What is printed on one card, its look, and how it was photographed."""

    name: str
    printed_name: str  # with a prefix ("Dr.") the truth leaves out, or in capitals
    title: str
    company: str
    emails: list[str]
    phones: list[tuple[str, str]]  # (label, number as printed)
    website: str
    address: list[str]
    extras: list[str]  # what a careful reader leaves out: a fax, a tax number, a slogan, a certificate
    title_first: bool  # the title printed above the name
    logo: bool  # the firm printed only as a large logo word, which the truth then holds
    locale: Locale
    layout: str
    dark: bool
    fonts: tuple[str, str]
    notes: list[str] = field(default_factory=list)
    arabic: tuple[str, ...] = ()  # the name, title and firm again, in Arabic


def _ascii(text: str) -> str:
    """A name as it appears in an address: accents dropped, Turkish ı and Polish ł as i and l."""
    text = text.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "æ": "ae"}))
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _ascii(text).lower()).strip("-")


def _phone(rng: random.Random, region: str, mobile: bool) -> str:
    """A number libphonenumber accepts for the region, printed nationally or internationally."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    national = str(example.national_number)
    for _ in range(50):
        keep = max(2, len(national) - 6)
        digits = national[:keep] + "".join(rng.choice("0123456789") for _ in national[keep:])
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        if phonenumbers.is_valid_number(number):
            style = rng.choice((phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL))
            return phonenumbers.format_number(number, style)
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def make_card(rng: random.Random, index: int) -> Card:
    """One card's printed content and look, drawn from the seed."""
    locale = LOCALES[index % len(LOCALES)]
    fake = Faker(locale.faker)
    fake.seed_instance(rng.randrange(1 << 30))
    first, last = fake.first_name(), fake.last_name()
    if rng.random() < 0.15:
        first = f"{first} {fake.first_name()}"  # María José, Jean-Luc's cousins
    name = f"{first} {last}"
    printed = name
    notes = []
    if rng.random() < 0.1:
        printed = f"Dr. {name}"
        notes.append("printed with Dr.")
    elif rng.random() < 0.2:
        printed = name.upper()
        name = printed
    title = fake.job() if rng.random() < 0.5 else rng.choice(locale.titles)
    title = re.sub(r"\s+", " ", title.split(",")[0]).strip()
    company = fake.company()
    if not any(form.rstrip(".").lower() in company.lower() for form in locale.forms) and rng.random() < 0.7:
        company = f"{company} {rng.choice(locale.forms)}"
    words = re.sub(r"\b(?:" + "|".join(map(re.escape, locale.forms)) + r")", "", company).split()
    domain_word = _slug(re.sub(r"\b(?:" + "|".join(map(re.escape, locale.forms)) + r")", "", company))[:24].strip("-")
    if len(words) >= 2 and rng.random() < 0.3:  # the firm's initials as its domain: "bcw.co.uk"
        domain_word = "".join(_ascii(w[0]).lower() for w in words if w[0].isalpha()) or domain_word
    tld = {"GB": "co.uk"}.get(locale.region, locale.region.lower())
    domain = f"{domain_word or 'firma'}.{tld if rng.random() < 0.6 else 'com'}"
    first_word, last_word = _ascii(first.split()[0]).lower(), _ascii(last.split()[-1]).lower()
    local = rng.choice((f"{first_word}.{last_word}", f"{first_word[0]}{last_word}", first_word,
                        f"{first_word}_{last_word}", f"{first_word[0]}.{last_word}"))
    mailbox = rng.random()
    if mailbox < 0.12:  # only the firm's shared address
        emails = [f"{rng.choice(('info', 'kontakt', 'office', 'contact', 'biuro', 'bilgi'))}@{domain}"]
    elif mailbox < 0.24:  # the person's own free-mail address: the domain says nothing about the firm
        emails = [f"{local}@{rng.choice(FREE_MAIL)}"]
    else:
        emails = [f"{local}@{domain}"]
    if rng.random() < 0.12:
        emails.append(f"{rng.choice(('info', 'kontakt', 'office', 'contact'))}@{domain}")
    phones = []
    if rng.random() < 0.85:
        phones.append(("office", _phone(rng, locale.region, mobile=False)))
    if rng.random() < 0.7 or not phones:
        phones.append(("mobile", _phone(rng, locale.region, mobile=True)))
    extras = []
    if rng.random() < 0.25:
        extras.append(f"{locale.fax}: {_phone(rng, locale.region, mobile=False)}")
    if rng.random() < 0.2:
        extras.append(f"{locale.tax} {''.join(rng.choice('0123456789') for _ in range(10))}")
    if rng.random() < 0.2:
        extras.append(fake.catch_phrase())
    if rng.random() < 0.1:
        extras.append(rng.choice(("ISO 9001:2015", "ISO/IEC 27001", "Since 1987", "Member of the Chamber of Commerce")))
    logo = rng.random() < 0.15 and any(len(word) >= 4 for word in words)
    if logo:  # only the firm's distinctive word, large: "SIERING" over the card, its legal form nowhere
        word = max(words, key=len).strip(",.")
        company = word.upper() if rng.random() < 0.5 else word
        if rng.random() < 0.7:
            domain = f"{_slug(word)}.{tld if rng.random() < 0.6 else 'com'}"
            emails = [email.replace(email.partition("@")[2], domain) if email.partition("@")[2] not in FREE_MAIL
                      else email for email in emails]
    website = f"www.{domain}" if rng.random() < 0.8 else ""
    address = [line.strip() for line in fake.address().split("\n") if line.strip()]
    pair = rng.choice(FONT_PAIRS)
    if logo:
        notes.append("company only as a logo word")
    return Card(name, printed, title, company, emails, phones, website, address, extras, rng.random() < 0.2, logo,
                locale, rng.choice(LAYOUTS), rng.random() < 0.25, pair, notes)


def bilingual_card(rng: random.Random, card: Card) -> Card:
    """A Gulf card in English and Arabic with this card's look: the truth is both name forms, Latin first."""
    (latin, arabic), (title, arabic_title) = rng.choice(ARABIC_NAMES), rng.choice(ARABIC_TITLES)
    (firm, arabic_firm), (form, arabic_form) = rng.choice(ARABIC_FIRMS), rng.choice(ARABIC_FORMS)
    domain = f"{_slug(firm).replace('-', '')}.{rng.choice(('ae', 'com'))}"
    first, last = latin.lower().split()[0], latin.lower().split()[-1]
    local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", first))
    emails = [f"{local}@{domain}", *(f"info@{domain}" for _ in card.emails[1:])]
    phones = [(kind, _phone(rng, "AE", mobile=kind == "mobile")) for kind, _ in card.phones]
    address = [rng.choice(("Office 1204, Al Moosa Tower", "Level 9, Gate Building", "P.O. Box 52144")),
               rng.choice(("Sheikh Zayed Road, Dubai", "Al Maryah Island, Abu Dhabi", "Al Majaz, Sharjah"))]
    return Card(f"{latin} / {arabic}", latin, title, f"{firm} {form}", emails, phones,
                f"www.{domain}" if card.website else "", address, [], card.title_first, False, ARABIC_LOCALE,
                card.layout if card.layout != "panel" else "left", card.dark, card.fonts, ["English and Arabic"],
                (arabic, arabic_title, f"{arabic_firm} {arabic_form}"))


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    raise SystemExit(f"font {name} is missing: apt-get install fonts-urw-base35 fonts-dejavu-core")


def _contact_lines(rng: random.Random, card: Card) -> list[str]:
    labels = card.locale.labels
    labelled = rng.random() < 0.75
    lines = []

    def put(kind: str, value: str) -> None:
        label = rng.choice(labels[kind]) if labelled else ""
        lines.append(f"{label}{'' if label.endswith(':') else ':'} {value}" if label else value)

    for kind, number in card.phones:
        put(kind, number)
    for email in card.emails:
        put("email", email)
    if card.website:
        put("web", card.website)
    return lines


def render(rng: random.Random, card: Card) -> Image.Image:
    """The card as designed: white or dark stock, the layout's blocks, in the card's fonts."""
    portrait = card.layout == "portrait"
    width, height = (600, 1000) if portrait else (1000, 580)
    paper = (28, 32, 40) if card.dark else tuple(rng.randint(238, 255) for _ in range(3))
    ink = (236, 236, 230) if card.dark else (rng.randint(10, 50),) * 3
    accent = rng.choice(((150, 30, 40), (20, 70, 140), (30, 110, 70), (200, 120, 20)))
    image = Image.new("RGB", (width, height), paper)
    draw = ImageDraw.Draw(image)
    regular, bold = card.fonts
    name_size = rng.randint(46, 60) if not portrait else rng.randint(40, 50)
    name_font, title_font = _font(bold, name_size), _font(regular, int(name_size * rng.uniform(0.5, 0.62)))
    company_font = _font(bold, int(name_size * (rng.uniform(1.1, 1.5) if card.logo else rng.uniform(0.6, 0.85))))
    small = _font(regular, rng.randint(22, 27))
    contacts = _contact_lines(rng, card)
    address = card.address[: rng.choice((1, 2))] if rng.random() < 0.7 else []

    def fitted(text: str, font: ImageFont.FreeTypeFont, room: int) -> ImageFont.FreeTypeFont:
        while draw.textlength(text, font=font) > room and font.size > 14:
            font = font.font_variant(size=font.size - 2)
        return font

    def block(lines: list[tuple[str, ImageFont.FreeTypeFont, tuple[int, ...]]], x: int, y: int, room: int,
              align: str = "left", gap: float = 0.35) -> int:
        for text, font, colour in lines:
            font = fitted(text, font, room)
            length = draw.textlength(text, font=font)
            left = {"left": x, "centre": x + (room - length) / 2, "right": x + room - length}[align]
            draw.text((left, y), text, font=font, fill=colour)
            y += int(font.size * (1 + gap))
        return y

    person = [(card.printed_name, name_font, ink), (card.title, title_font, accent if not card.dark else ink)]
    if card.title_first:
        person.reverse()
    details = [(line, small, ink) for line in contacts + address + card.extras]
    firm = [(card.company, company_font, accent)]
    if card.arabic:  # each line again in Arabic, under its English one, in a font that has the script
        arabic_name, arabic_title, arabic_firm = card.arabic
        person.insert(1, (arabic_name, _font("DejaVuSans-Bold.ttf", int(name_font.size * 0.8)), ink))
        person.append((arabic_title, _font("DejaVuSans.ttf", title_font.size), person[-1][2]))
        firm.append((arabic_firm, _font("DejaVuSans-Bold.ttf", int(company_font.size * 0.8)), accent))
    margin = 56
    if card.layout == "left":
        block(firm, margin, margin - 10, width - 2 * margin)
        y = block(person, margin, int(height * 0.3), width - 2 * margin)
        block(details, margin, max(y + 20, height - margin - len(details) * 33), width - 2 * margin, gap=0.28)
    elif card.layout == "right":
        y = block(person, margin, margin, width - 2 * margin)
        block(details, int(width * 0.42), y + 24, int(width * 0.58) - margin, align="right", gap=0.28)
        block(firm, margin, height - margin - company_font.size, int(width * 0.45))
    elif card.layout == "centre":
        y = block(firm, margin, margin - 10, width - 2 * margin, "centre")
        y = block(person, margin, y + 30, width - 2 * margin, "centre")
        block(details, margin, y + 20, width - 2 * margin, "centre", gap=0.25)
    elif card.layout == "panel":
        panel = int(width * 0.36)
        draw.rectangle((0, 0, panel, height), fill=accent)
        block([(card.company, company_font, (250, 250, 250))], 28, height // 2 - 40, panel - 56, "centre")
        y = block(person, panel + 40, margin, width - panel - 40 - margin // 2)
        block(details, panel + 40, y + 24, width - panel - 40 - margin // 2, gap=0.28)
    else:  # portrait
        y = block(firm, margin // 2, margin, width - margin, "centre")
        draw.line((width * 0.3, y + 14, width * 0.7, y + 14), fill=accent, width=3)
        y = block(person, margin // 2, y + 70, width - margin, "centre")
        block(details, margin // 2, y + 50, width - margin, "centre", gap=0.3)
    return image


def photograph(rng: random.Random, card: Image.Image) -> Image.Image:
    """The card laid on a desk and photographed: an angle, a shadow across it, a little blur and noise."""
    import cv2  # OpenCV comes with the app's OCR engine; only this step needs it

    width, height = card.size
    scale = rng.uniform(1.5, 1.9)
    desk_w, desk_h = int(width * scale), int(height * scale * rng.uniform(1.0, 1.3))
    desk_colour = np.array(rng.choice(((92, 84, 76), (150, 120, 90), (60, 62, 66), (180, 178, 170), (40, 36, 34))))
    desk = np.clip(desk_colour + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 9, (desk_h, desk_w, 3)),
                   0, 255).astype(np.uint8)
    cx, cy = desk_w / 2 + rng.uniform(-0.08, 0.08) * desk_w, desk_h / 2 + rng.uniform(-0.08, 0.08) * desk_h
    size = min(desk_w / width, desk_h / height) * rng.uniform(0.5, 0.8)
    w, h = width * size / 2, height * size / 2
    tilt = rng.uniform(-0.12, 0.12)
    corners = np.float32([[-w, -h], [w, -h], [w, h], [-w, h]])
    turn = np.array([[np.cos(tilt), -np.sin(tilt)], [np.sin(tilt), np.cos(tilt)]])
    corners = corners @ turn.T
    squeeze = rng.uniform(0.0, 0.12)  # the far edge looks shorter: the phone held at an angle
    corners[:2, 0] *= 1 - squeeze
    corners += np.float32([cx, cy])
    source = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    warped = cv2.warpPerspective(np.asarray(card), matrix, (desk_w, desk_h))
    mask = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, (desk_w, desk_h))
    photo = np.where(mask[..., None] > 127, warped, desk).astype(np.float32)
    if rng.random() < 0.6:  # a shadow (a hand, the phone) across one side
        ramp = np.linspace(rng.uniform(0.45, 0.75), 1.0, desk_w)[None, :, None]
        photo *= ramp if rng.random() < 0.5 else ramp[:, ::-1]
    photo *= np.array(rng.choice(((1.0, 0.97, 0.9), (0.92, 0.96, 1.0), (1.0, 1.0, 1.0))))  # warm or cold light
    if rng.random() < 0.2:  # the glare of a plastic sleeve: a soft bright patch
        ys, xs = np.mgrid[0:desk_h, 0:desk_w]
        gx, gy, spread = rng.uniform(0.3, 0.7) * desk_w, rng.uniform(0.3, 0.7) * desk_h, 0.12 * desk_w
        photo += 120 * np.exp(-((xs - gx) ** 2 + (ys - gy) ** 2) / (2 * spread**2))[..., None]
    image = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8))
    if rng.random() < 0.3:  # an older phone, or the card far away: fewer pixels on the text
        image = image.resize((int(desk_w * 0.7), int(desk_h * 0.7)), Image.Resampling.BILINEAR)
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.8)))


def generate(folder: Path, count: int, seed: int, arabic: int = 0) -> list[dict[str, str]]:
    """Render `count` cards into the folder with their cards.tsv, then `arabic` cards in English and Arabic (after
    the others, so that the first `count` are the same whatever `arabic` is); returns the rows."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    rows = []
    for index in range(count + arabic):
        card = make_card(rng, index)
        if index >= count:
            card = bilingual_card(rng, card)
        image = render(rng, card)
        photographed = rng.random() < 0.67
        if photographed:
            image = photograph(rng, image)
        file = f"c{index + 1:02d}.{'jpg' if photographed else 'png'}"
        image.save(folder / file, **({"quality": rng.randint(70, 92)} if photographed else {}))
        rows.append({
            "file": file, "name": card.name, "title": card.title, "company": card.company,
            "emails": " | ".join(card.emails), "phones": " | ".join(number for _, number in card.phones),
            "website": card.website, "language": card.locale.language, "kind": "photo" if photographed else "digital",
            "notes": "; ".join([f"layout {card.layout}", "dark" if card.dark else "light", card.fonts[0],
                                *(["title above the name"] if card.title_first else []), *card.notes, *card.extras]),
        })
    with (folder / "cards.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=48)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--arabic", type=int, default=0, help="then this many cards in English and Arabic")
    args = parser.parse_args()
    rows = generate(args.folder, args.count, args.seed, args.arabic)
    print(f"{len(rows)} cards in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
