"""The text side of card reading on cards it was not tuned on: 18 European cards rendered with Pillow, then read.

Run from the repository root: python benchmarks/card_fields_rendered.py [--out DIR]

Each card (German, French, Spanish, Italian, Turkish, Irish, Dutch, Polish, Swedish, Danish, Greek, American,
British, Emirati names and firms; three layouts; light and dark; sharp and blurred) is drawn with DejaVu Sans,
read by the OCR engine on its pixels, and turned into fields by desktop/core/card_text.py; each field is scored
as the corpus README scores it (tests/core/cards/scoring.py). The baseline, measured in the same run, is the
naive reader: the same engine lines, emails and phones by regular expressions alone, no title or company.
What the engine loses (accents, spaces) is lost to both.
"""
# ruff: noqa: E402 - the import path is fixed before the project's modules are imported

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])  # not benchmarks/, whose calendar.py hides the module

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from desktop.core.card_reading import TextLine
from desktop.core.card_text import read_card_text
from tests.core.cards.scoring import FIELDS, score

FONTS = Path("/usr/share/fonts/truetype/dejavu")
# name, title, company, email, phones (fax last when printed), website, address, printed before the name
CARDS = [
    ("Jürgen Müller", "Leiter Vertrieb", "Müller & Söhne GmbH", "juergen.mueller@mueller-soehne.de",
     ["Tel. +49 89 2180 3345", "Mobil 0171 3456789", "Fax +49 89 2180 3346"], "www.mueller-soehne.de",
     "Leopoldstraße 12, 80802 München", "Dr."),
    ("Amélie Durand", "Directrice marketing", "Lumière Éditions SAS", "a.durand@lumiere-editions.fr",
     ["Tél. 01 42 68 53 00", "Port. 06 12 34 56 78"], "www.lumiere-editions.fr", "12 rue de Rivoli, 75004 Paris", ""),
    ("José Ramón García", "Director Comercial", "Grupo Alvarado S.L.", "jrgarcia@grupoalvarado.es",
     ["Tel. +34 915 123 456", "Móvil +34 612 345 678"], "www.grupoalvarado.es", "Calle de Alcalá 45, 28014 Madrid", ""),
    ("Giulia Bianchi", "Responsabile Acquisti", "Bianchi Forniture S.r.l.", "giulia.bianchi@bianchiforniture.it",
     ["Tel. +39 02 8901 2345", "Cell. +39 347 123 4567"], "www.bianchiforniture.it", "Via Torino 21, 20123 Milano", ""),
    ("İsmail Yıldırım", "Genel Müdür", "Yıldırım Lojistik A.Ş.", "ismail.yildirim@yildirimlojistik.com.tr",
     ["Tel: +90 212 555 12 34", "Cep: +90 532 123 45 67"], "www.yildirimlojistik.com.tr",
     "Büyükdere Cad. No: 12, 34394 Şişli İstanbul", ""),
    ("Siobhán Ní Bhriain", "Head of Talent", "Atlantic Labs Ltd", "siobhan@atlanticlabs.ie",
     ["T: +353 1 234 5678", "M: +353 87 123 4567"], "atlanticlabs.ie", "4 Grand Canal Quay, Dublin 2, Ireland", ""),
    ("Pieter van der Berg", "Senior Consultant", "Van der Berg Advies B.V.", "p.vanderberg@vdbadvies.nl",
     ["T +31 20 123 4567", "M +31 6 12345678"], "www.vdbadvies.nl", "Herengracht 100, 1015 BS Amsterdam", ""),
    ("Agnieszka Kowalska", "Kierownik Projektu", "Kowalski Systemy sp. z o.o.", "agnieszka.kowalska@kowalskisystemy.pl",
     ["tel. +48 22 123 45 67", "kom. +48 601 234 567"], "www.kowalskisystemy.pl",
     "ul. Marszałkowska 10, 00-590 Warszawa", ""),
    ("Björn Lindqvist", "Försäljningschef", "Lindqvist Design AB", "bjorn@lindqvistdesign.se",
     ["Tel +46 8 123 456 78", "Mobil +46 70 123 45 67"], "lindqvistdesign.se", "Sveavägen 20, 111 57 Stockholm", ""),
    ("Sarah O'Connell", "Chief Financial Officer", "Harbour Analytics Inc.", "soconnell@harbouranalytics.com",
     ["Office (617) 555-0182", "Cell (617) 555-0199", "Fax (617) 555-0183"], "www.harbouranalytics.com",
     "200 Berkeley Street, Boston, MA 02116", ""),
    ("Eleanor Whitfield", "Talent Acquisition Partner", "Northwind Foods plc", "eleanor.whitfield@northwindfoods.co.uk",
     ["+44 20 7946 0321", "+44 7700 123456"], "northwindfoods.co.uk", "1 Canada Square, London E14 5AB", ""),
    ("François Lefèvre", "Ingénieur d'affaires", "Ateliers Lefèvre", "francois.lefevre@ateliers-lefevre.fr",
     ["+33 4 72 10 20 30", "+33 6 98 76 54 32"], "www.ateliers-lefevre.fr", "8 quai Saint-Antoine, 69002 Lyon", ""),
    ("Dimitra Papadopoulou", "Marketing Manager", "Aegean Tours S.A.", "d.papadopoulou@aegeantours.gr",
     ["T. +30 210 123 4567", "M. +30 694 123 4567"], "www.aegeantours.gr", "Ermou 25, 105 63 Athens, Greece", "Ms."),
    ("Łukasz Nowak", "Software Engineer", "Nowak Labs", "lukasz@nowaklabs.pl", ["+48 512 345 678"], "nowaklabs.pl",
     "ul. Długa 5, 31-147 Kraków", ""),
    ("Mette Sørensen", "Projektleder", "Sørensen Arkitekter ApS", "mette@sorensen-ark.dk",
     ["Tlf. +45 33 12 34 56", "Mobil +45 20 12 34 56"], "www.sorensen-ark.dk", "Nyhavn 17, 1051 København", ""),
    ("Ahmed Al-Khatib", "Sales Director", "Khatib Trading LLC", "ahmed@khatibtrading.ae",
     ["Tel +971 4 123 4567", "Mob +971 50 123 4567"], "www.khatibtrading.ae", "Sheikh Zayed Road, Dubai, UAE", ""),
    ("Hannah Schäfer", "Personalreferentin", "Brückner Maschinenbau AG", "hannah.schaefer@brueckner.de",
     ["Telefon +49 30 1234 5678", "Telefax +49 30 1234 5679"], "www.brueckner.de", "Friedrichstraße 50, 10117 Berlin",
     "Dipl.-Kffr."),
    ("Tomás Ó Briain", "Managing Director", "Ó Briain Engineering Ltd", "tomas@obriain-eng.ie",
     ["Tel: 021 456 7890", "Mob: 087 765 4321"], "obriain-eng.ie", "Unit 4, Cork Business Park, Cork", ""),
]  # fmt: skip


def render(i: int, card: tuple, rng: random.Random) -> Image.Image:
    name, title, company, email, phones, web, address, prefix = card
    background = rng.choice([(255, 255, 255), (245, 242, 235), (30, 35, 45)])
    ink = (20, 20, 20) if background[0] > 100 else (235, 235, 235)
    image = Image.new("RGB", (1050, 600), background)
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), rng.choice([44, 50, 56]))
    mid, small = (ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), size) for size in (28, 24))
    printed = f"{prefix} {name}".strip()
    x, y = 60, 290
    if i % 3 == 0:  # company on top
        for text, font, top in ((company, mid, 40), (printed, big, 130), (title, mid, 200)):
            draw.text((x, top), text, font=font, fill=ink)
    elif i % 3 == 1:  # name on top, company under the title
        for text, font, top in ((printed, big, 50), (title, mid, 120), (company, mid, 200)):
            draw.text((x, top), text, font=font, fill=ink)
    else:  # name left, details in a right column, company and address at the foot
        for text, font, top in ((printed, big, 60), (title, mid, 130), (company, mid, 480), (address, small, 540)):
            draw.text((x, top), text, font=font, fill=ink)
        x, y = 560, 230
    for text in [*phones, email, web] + ([address] if i % 3 != 2 else []):
        draw.text((x, y), text, font=small, fill=ink)
        y += 40
    return image.filter(ImageFilter.GaussianBlur(rng.choice([0, 0.6, 1.0])))


def naive(lines: list[TextLine]) -> dict[str, object]:
    """The baseline: emails and phone-like runs by regular expression, the first line as the name."""
    text = "\n".join(line.text for line in lines)
    return {"name": lines[0].text if lines else "", "other_name": "", "title": "", "company": "",
            "emails": re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text),
            "phones": re.findall(r"\+?\d[\d ()./-]{6,}\d", text),
            "website": next(iter(re.findall(r"(?:https?://|www\.)\S+", text)), "")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also save the rendered cards here")
    args = parser.parse_args()
    from desktop.core.ocr_engine import default_engine  # type: ignore[import-not-found,unused-ignore]

    engine = default_engine()
    rng = random.Random(7)
    right = {"card_text": dict.fromkeys(FIELDS, 0), "naive": dict.fromkeys(FIELDS, 0)}
    seconds = []
    for i, card in enumerate(CARDS):
        image = render(i, card, rng)
        if args.out:
            image.save(args.out / f"rendered{i:02d}.png")
        lines = engine.read(image)
        start = time.perf_counter()
        got = read_card_text(lines, region="US").as_json()
        seconds.append(time.perf_counter() - start)
        got["phones"] = got["phones"] + got["faxes"]
        name, title, company, email, phones, web, _, _ = card
        truth = {"name": name, "title": title, "company": company, "emails": email, "phones": " | ".join(phones),
                 "website": web}
        for reader, proposed in (("card_text", got), ("naive", naive(lines))):
            for field in FIELDS:
                right[reader][field] += bool(score(field, truth[field], proposed))
    for reader, counts in right.items():
        print(f"{reader:<10}", "  ".join(f"{field} {n}/{len(CARDS)}" for field, n in counts.items()))
    print(f"card_text: {statistics.median(seconds) * 1000:.1f} ms a card at the median, {max(seconds) * 1000:.1f} max "
          "(the engine's time not counted)")


if __name__ == "__main__":
    main()
