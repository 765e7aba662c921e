"""The text of a business card, as the OCR engine read it, turned into proposed fields.

Layout and the card's own cross-checks do the work, since OCR text alone is noisy: the engine's lines are first
joined into rows (a label and its number, a name split in two), then emails, web addresses and phone numbers are
taken out with their labels; what remains is weighed for the name (large type, a person's words, confirmed by
the email's local part), the title (role words, next to the name) and the company (a legal suffix, or the words
of the email or web domain). OCR confusions are only corrected where another part of the card confirms them.
Every proposal carries a confidence (0 to 1) and the boxes it was read from.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from desktop.core.card_reading import UNREAD_SCRIPTS, Box, CardReading, ReadField, TextLine
from desktop.core.cards import ImportProblem
from desktop.core.contact_rules import check_email, fold
from desktop.core.messages import Message, english
from desktop.core.qr import card_from_qr_payload


@dataclass
class _Row:
    """Engine lines that sit side by side on one baseline, read as one line of the card."""

    parts: list[TextLine]
    text: str
    offsets: list[tuple[int, int]]  # where each part's text sits in `text`
    size: float  # the font size: the narrow side of the boxes
    top: float
    left: float
    bottom: float
    right: float
    confidence: float
    rest: str = ""  # the text once emails, links and phone numbers are taken out
    role: str = ""  # "address", "name", "title", "company", "other_name" once assigned

    def boxes(self, start: int = 0, end: int | None = None) -> tuple[Box, ...]:
        """The boxes of the parts that hold text[start:end]."""
        end = len(self.text) if end is None else end
        return tuple(p.box for p, (s, e) in zip(self.parts, self.offsets, strict=True) if s < end and e > start)


def _size_of(box: Box) -> tuple[float, float]:
    (x0, y0), (x1, y1), _, (x3, y3) = box
    return math.dist((x0, y0), (x1, y1)), math.dist((x0, y0), (x3, y3))


def _is_vertical(line: TextLine) -> bool:
    width, height = _size_of(line.box)
    return len(line.text) >= 2 and height > 1.5 * width


def _row_of(parts: list[TextLine]) -> _Row:
    text, offsets = "", []
    for part in parts:
        if text:
            text += " "
        offsets.append((len(text), len(text) + len(part.text)))
        text += part.text
    xs = [x for p in parts for x, _ in p.box]
    ys = [y for p in parts for _, y in p.box]
    sizes = sorted(min(_size_of(p.box)) for p in parts)
    return _Row(parts, text, offsets, sizes[len(sizes) // 2], min(ys), min(xs), max(ys), max(xs),
                min(p.confidence for p in parts), rest=text)


def _script(text: str) -> set[str]:
    """{"latin"}, {"other"} or both for the letters of a text; a bilingual card's two name forms stay apart."""
    return {"latin" if unicodedata.name(c, "").startswith("LATIN") else "other" for c in text if c.isalpha()}


def _without_overlap(before: str, line: TextLine) -> TextLine:
    """A line whose box overlaps the one before it, without the characters both read ("SALES" + "S MANAGER")."""
    shared = next((k for k in range(min(len(before), len(line.text)), 0, -1) if before.endswith(line.text[:k])), 0)
    return TextLine(line.text[shared:].lstrip(), line.box, line.confidence) if shared else line


def _ends_in_legal_form(text: str) -> bool:
    """A firm's name ends in its legal form ("Aslan Tarhan San. Ltd. Şti.", "Domingues S.A."): what the engine
    read beside it is the next column of the card (its address, a label), not more of the name."""
    text = text.rstrip()
    ends = [match.end() for match in _COMPANY_WORDS.finditer(text)]
    return bool(ends) and ends[-1] >= len(text) - 1 and _has_suffix(text)


def _rows(lines: Iterable[TextLine]) -> list[_Row]:
    """Join lines on one baseline, of one size and close together ("TEL" + "+81 3 ...", "RYO" + "IMAI")."""
    groups: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda line: min(x for x, _ in line.box)):
        height = _size_of(line.box)[1]
        middle = sum(y for _, y in line.box) / 4
        left = min(x for x, _ in line.box)
        for group in groups:
            last = group[-1]
            if _is_vertical(line) or _is_vertical(last):
                continue
            last_height = _size_of(last.box)[1]
            last_middle = sum(y for _, y in last.box) / 4
            gap = left - max(x for x, _ in last.box)
            if (abs(middle - last_middle) < 0.5 * min(height, last_height)
                    and max(height, last_height) <= 1.5 * min(height, last_height)
                    and -0.8 * height <= gap <= 3 * max(height, last_height)
                    and _script(line.text) | _script(last.text) != {"latin", "other"}
                    and not _ends_in_legal_form(last.text)):
                group.append(_without_overlap(last.text, line) if gap < 0 else line)
                break
        else:
            groups.append([line])
    rows = [_row_of(group) for group in groups]
    rows.sort(key=lambda row: (row.top, row.left))
    return rows


# ----- emails -----------------------------------------------------------------------------------------------------

# A local part and a domain; a space after a dot is allowed where the engine split "s. takeuchi @ yamatakei. com".
_EMAIL = re.compile(r"(?<![\w+'%.-])[\w+'%-]{1,64}(?:\.\s?[\w+'%-]{1,64}){0,8}"
                    r"@[\w-]{1,63}(?:\.[\w-]{1,63}|\.\s[a-z0-9-]{1,63}){1,8}")
_AT_READ_AS = re.compile(r"(?<=[\w.])\s*[@©®]\s*(?=\w)")  # "©" and "®" are how engines misread a small "@"
# A phone number glued to the address before it ("M010-9416-5072Edogdrip@...") and the label glued to it.
_GLUED_NUMBER = re.compile(r"^.*\d[\d.()-]{5,}\d")
_GLUED_LABEL = re.compile(r"^(?:E-?mail|E)(?=[a-z])")
# The card's own "E-mail" label read into the address ("E-mailyamanaka@..."): a label in capitals before a
# lower-case address, which no one's address starts with.
_LEADING_LABEL = re.compile(r"^(?:E-?[Mm]ail|EMAIL|Mail)[:.]?(?=[a-z0-9])")
_ROLE_MAILBOXES = {"info", "contact", "hello", "office", "mail", "sales", "support", "admin", "kontakt", "service",
                   "team", "enquiries", "inquiries", "bonjour", "hallo", "hola", "ciao", "post", "reception"}
_FREE_MAIL = {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "icloud", "me", "aol", "gmx", "web",
              "proton", "protonmail", "t-online", "orange", "free", "mail", "yandex", "zoho", "posteo", "laposte",
              "btinternet", "naver", "daum", "hanmail", "qq", "163", "126", "sina", "rediffmail", "yahoo-co",
              "mail-ru", "seznam", "wp", "o2", "libero", "virgilio", "aliceadsl", "sfr", "wanadoo", "bluewin"}


# An "@" the engine read as a quote or a bracket where the card's own label says an address follows:
# "Email: kontakt"firma.com", "E: anna(firma.de"; without the label no such text is taken for an address.
_LABELLED_AT = re.compile(r"((?:^|\s)(?:e-?mail|mail|e-?posta|correo|courriel|e)\s*[:：]\s*[\w.+'-]{1,64})[\"'(*%&]\s?"
                          r"(?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w@]))", re.IGNORECASE)


def _at_before_host(text: str, hosts: Iterable[str]) -> str:
    """The "@" put back where the engine read it as another sign right before the domain of the card's own web
    address ("officeßmitschke.de" on a card printing www.mitschke.de)."""
    for host in hosts:
        misread = rf"(?<![\w.@-])([\w.+'-]{{1,64}}?)[^a-zA-Z0-9.\-/:\s@](?={re.escape(host)}(?![\w.-]))"
        text = re.sub(misread, r"\1@", text, flags=re.IGNORECASE)
    return text


def _emails(rows: list[_Row], hosts: Iterable[str] = ()) -> list[ReadField]:
    found: dict[str, ReadField] = {}
    for row in rows:
        text = _at_before_host(_LABELLED_AT.sub(r"\1@", _AT_READ_AS.sub("@", row.rest)), hosts)
        if "@" not in text:
            continue
        kept = []
        for match in _EMAIL.finditer(text):
            start = match.start()
            # The local part may hold a space ("s. takeuchi @"), but never one between two of the engine's lines:
            # "s.c." ending the firm's line beside "lszramka@..." is no part of the address.
            at = text.index("@", start)
            start = max([start, *(s for s, _ in row.offsets if start < s < at and text == row.text)])
            local, _, domain = "".join(text[start:match.end()].split()).partition("@")
            glued = _GLUED_NUMBER.match(local)
            if glued:
                unglued = _GLUED_LABEL.sub("", local[glued.end():])
                start += len(local) - len(unglued)  # the number stays in the row for the phone reader
                local = unglued
            labelled = _LEADING_LABEL.match(local)
            if labelled:
                start += labelled.end()
                local = local[labelled.end():]
            mailbox = _role_mailbox_misread(local)
            checked = check_email(f"{mailbox or local}@{domain.rstrip('.')}")
            if not checked.ok or "." not in checked.normalized.rpartition("@")[2]:
                continue
            repaired = text != row.rest or glued is not None or labelled is not None or bool(mailbox)
            email = ReadField(checked.normalized, row.confidence * (0.85 if repaired else 1.0),
                              row.boxes(start, match.end()))
            found.setdefault(email.value.casefold(), email)
            kept.append((start, match.end()))
        if kept:
            row.rest = _blank(text, kept)
    return list(found.values())


# Letters an engine reads one for the other in small print: "contoct@" for contact@, "supp0rt@" for support@.
_LOOKALIKES = {frozenset(pair) for pair in ("ao", "ec", "oc", "il", "o0", "uv")}


def _role_mailbox_misread(local: str) -> str:
    """The shared mailbox a local part is one look-alike letter away from ("contoct" is contact), else "".

    Only the long mailbox words, which no one's name is a letter away from; a short one (info, mail, team) stays
    as read, since "maik" or "tean" may be the person's own.
    """
    folded = local.casefold()
    if folded in _ROLE_MAILBOXES:
        return ""
    for word in _ROLE_MAILBOXES:
        if len(word) >= 6 and len(word) == len(folded):
            differ = [(a, b) for a, b in zip(folded, word, strict=True) if a != b]
            if len(differ) == 1 and frozenset(differ[0]) in _LOOKALIKES:
                return word
    return ""


# A letter and what an engine reads for it at the start of an address: "I.thomas@" is l.thomas@ on Laure Thomas.
_MISREAD_LETTERS = {"I": "l", "1": "l", "|": "l", "0": "o"}


def _spelt_by_name(email: ReadField, name: str) -> ReadField:
    """The address with one misread letter put right where the card's name spells it ("I.thomas@" on Laure
    Thomas's card is l.thomas@); an address the name does not explain whole is left as read."""
    local, at, domain = email.value.partition("@")
    # The name's evidence counts letters only: "1.buresova" is explained as well as "l.buresova" by it.
    explained = _mail_evidence(name, [local]) == 1.0
    for i, char in enumerate(local):
        letter = _MISREAD_LETTERS.get(char)
        if letter is None or (explained and char.isalpha()):
            continue
        repaired = local[:i] + letter + local[i + 1:]
        if _mail_evidence(name, [repaired]) == 1.0 and check_email(repaired + at + domain).ok:
            return dataclasses.replace(email, value=repaired + at + domain, confidence=email.confidence * 0.85)
    return email


def _spelt_by_company(found: ReadField, company: str) -> ReadField:
    """An email's or web address's domain put right where a word of the firm's printed name spells it: "itd" is the
    "Ltd." on the card, its l read as i; else left as read.

    Only an i (or 1) in the domain becomes the firm's l: a firm's word that itself starts with a small l
    ("lannotti") is the engine's misread capital I, and a letter more or less says nothing (engines add and drop
    letters in names as often as in addresses).
    """
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", company)  # Ergül as a domain spells it: ergul
             if len(w) >= 3 and not (w[0] == "l" and w[1:].islower())}
    head, at, host = found.value.rpartition("@")

    def spelt(token: str) -> str:
        folded = token.lower()
        for word in words:
            if len(word) == len(folded) and word != folded:
                differ = [(a, b) for a, b in zip(folded, word, strict=True) if a != b]
                if len(differ) == 1 and differ[0][0] in "i1" and differ[0][1] == "l":
                    return word
        return token

    repaired = re.sub(r"[^\W_]+", lambda token: spelt(token.group()), host)
    if repaired == host or (at and not check_email(f"{head}@{repaired}").ok):
        return found
    return dataclasses.replace(found, value=f"{head}{at}{repaired}", confidence=found.confidence * 0.85)


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with these spans replaced by a separator, so the words on either side stay apart."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " | " + text[end:]
    return text


# ----- web addresses ----------------------------------------------------------------------------------------------

_GENERIC_TLDS = "com|org|net|edu|gov|info|biz|io|co|ai|app|dev|me|tv|shop|online|site|tech|store|agency|studio"
_URL = re.compile(
    r"(?:https?://|www\.|(?<![^\W\d_])[a-z]ww\.|(?<![^\W\d_])w[a-z]w\.)[^\s,;|<>()\"'@]+"
    rf"|(?<![\w@.-])(?:[a-z0-9-]{{1,63}}\.)+(?:{_GENERIC_TLDS}|[a-z]{{2}})(?:/[^\s,;|<>()\"']*)?(?![\w@-])",
    re.IGNORECASE,
)
_BARE_DOMAIN_CASE = re.compile(r"[a-z0-9.-]+(?:/.*)?")  # a bare domain counts only in lower case ("TP.HCM" is not)
_MISREAD_WWW = re.compile(r"^(?:https?://)?(?:[a-z]ww|w[a-z]w)\.", re.IGNORECASE)


def host_of(url: str) -> str:
    """The host without scheme and "www.", lower case: "http://www.TPJ.co.jp/" is "tpj.co.jp"."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip(), flags=re.IGNORECASE).split("/")[0]
    return host.lower().rstrip(".")


def _websites(rows: list[_Row], email_domains: set[str]) -> list[ReadField]:
    found: list[ReadField] = []
    for row in rows:
        kept = []
        for match in _URL.finditer(row.rest):
            url = match.group().rstrip(".,:;")
            explicit = re.match(r"(?:https?://|www\.)", url, re.IGNORECASE)
            misread = not explicit and _MISREAD_WWW.match(url)
            if not explicit and not misread and not _BARE_DOMAIN_CASE.fullmatch(url):
                continue
            confidence = row.confidence
            if misread:
                # "aww.sleepdays.vn": the engine's "www", when the same domain is printed elsewhere on the card
                confirmed = host_of(url[4:]) in email_domains | {host_of(f.value) for f in found}
                url = "www." + url[4:] if confirmed else url
                confidence *= 0.9 if confirmed else 0.5
            if len(host_of(url).rpartition(".")[2]) < 2:
                confidence *= 0.4  # cut short at the card's edge: "www.sleepdays.n"
            kept.append(match.span())
            if host_of(url) not in {host_of(f.value) for f in found}:
                found.append(ReadField(url, confidence, row.boxes(*match.span())))
        if kept:
            row.rest = _blank(row.rest, kept)
    # A misread "aww." kept unconfirmed gives way to the same domain read cleanly.
    return sorted(found, key=lambda f: (f.confidence < 0.6, "linkedin." in f.value.lower(),
                                        host_of(f.value) not in email_domains))


# ----- region -----------------------------------------------------------------------------------------------------

_COUNTRIES = {
    "japan": "JP", "日本": "JP", "vietnam": "VN", "viet nam": "VN", "việt nam": "VN", "india": "IN",
    "usa": "US", "u.s.a.": "US", "united states": "US", "united kingdom": "GB", "uk": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "germany": "DE", "deutschland": "DE", "france": "FR", "italy": "IT",
    "italia": "IT", "spain": "ES", "españa": "ES", "espana": "ES", "netherlands": "NL", "nederland": "NL",
    "belgium": "BE", "belgique": "BE", "belgië": "BE", "switzerland": "CH", "schweiz": "CH", "suisse": "CH",
    "austria": "AT", "österreich": "AT", "turkey": "TR", "türkiye": "TR", "turkiye": "TR", "korea": "KR",
    "south korea": "KR", "대한민국": "KR", "한국": "KR", "china": "CN", "中国": "CN", "australia": "AU",
    "canada": "CA", "ireland": "IE", "éire": "IE", "portugal": "PT", "poland": "PL", "polska": "PL",
    "sweden": "SE", "sverige": "SE", "norway": "NO", "norge": "NO", "denmark": "DK", "danmark": "DK",
    "finland": "FI", "suomi": "FI", "united arab emirates": "AE", "uae": "AE", "saudi arabia": "SA",
    "egypt": "EG", "singapore": "SG", "hong kong": "HK", "taiwan": "TW", "brazil": "BR", "brasil": "BR",
    "mexico": "MX", "méxico": "MX", "czech republic": "CZ", "česko": "CZ", "greece": "GR", "israel": "IL",
    "morocco": "MA", "maroc": "MA", "luxembourg": "LU", "new zealand": "NZ", "south africa": "ZA",
    "الإمارات": "AE", "السعودية": "SA", "مصر": "EG", "المغرب": "MA", "الأردن": "JO", "قطر": "QA",
}  # fmt: skip
_COUNTRY = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, _COUNTRIES), key=len, reverse=True))
                      + r")(?![^\W\d_])", re.IGNORECASE)
_COUNTRY_KEYS = {fold(name): region for name, region in _COUNTRIES.items()}
_US_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC"
              "|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC")
_US_STATE = re.compile(r",\s*(?:" + _US_STATES + r")\b(?:\s+\d{5}(?:-\d{4})?)?\s*$")
_NOT_COUNTRY_TLDS = {"co", "io", "ai", "me", "tv", "cc", "ws", "fm", "ly", "to", "gg", "eu", "su"}


def _script_region(text: str) -> str:
    if re.search(r"[\u3040-\u30ff〒]|株式会社|有限会社|合同会社", text):
        return "JP"
    if re.search(r"[\uac00-\ud7a3]", text):
        return "KR"
    if re.search(r"[ơưđăƠƯĐĂ]", text):
        return "VN"
    if form := _LEGAL_FORM_REGION.search(text):
        return _LEGAL_FORM_REGIONS[re.sub(r"[\s.]", "", form.group()).casefold()]
    letters = next((region for pattern, region in _LETTER_REGIONS if re.search(pattern, text)), "")
    return letters


# The legal forms, and the letters, that only one country's firms and language use: a card that prints no country,
# no + prefix and no country domain still says where its numbers are dialled ("Tel. 21 206 0533 ... Lda.").
_LEGAL_FORM_REGIONS = {"gmbh": "DE", "aş": "TR", "şti": "TR", "spzoo": "PL", "sro": "CZ", "lda": "PT", "srl": "IT",
                       "spa": "IT", "sarl": "FR", "sas": "FR", "sl": "ES", "slu": "ES", "bv": "NL", "oy": "FI",
                       "oyj": "FI", "ab": "SE", "aps": "DK", "kft": "HU", "zrt": "HU", "bvba": "BE"}
_LEGAL_FORM_REGION = re.compile(
    r"(?<![^\W\d_])(?:GmbH|A\.\s?Ş|AŞ|Şti|Sp\.\s?z\s?o\.\s?o|s\.\s?r\.\s?o|Lda|S\.\s?r\.\s?l|S\.\s?p\.\s?A|SARL|SAS"
    r"|S\.\s?L\.?U?|B\.\s?V|Oyj?|AB|ApS|Kft|Zrt|BVBA)\.?(?![^\W\d_])")
_LETTER_REGIONS = ((r"[şğıİŞĞ]", "TR"), (r"[łąężźśŁŻŹŚ]", "PL"), (r"[řěůŘĚŮ]", "CZ"), (r"ß", "DE"),
                   (r"[ãõÃÕ]", "PT"))


def card_region(texts: Sequence[str], hosts: Iterable[str], default: str) -> str:
    """The region the card's numbers are most likely dialled in: its address, its + prefixes, its domain, script."""
    countries = Counter(_COUNTRY_KEYS[fold(m.group())] for text in texts for m in _COUNTRY.finditer(text))
    if countries:
        return countries.most_common(1)[0][0]
    if any(_US_STATE.search(text) for text in texts):
        return "US"
    prefixes = Counter(phonenumbers.region_code_for_country_code(int(m.group(1)))
                       for text in texts for m in re.finditer(r"\+\s?(\d{1,3})[\s.()-]", text))
    prefixes.pop("ZZ", None)
    if prefixes:
        return prefixes.most_common(1)[0][0]
    for host in hosts:
        tld = host.rpartition(".")[2]
        if len(tld) == 2 and tld not in _NOT_COUNTRY_TLDS:
            region = "GB" if tld == "uk" else tld.upper()
            if phonenumbers.country_code_for_region(region):
                return region
    return next((r for text in texts if (r := _script_region(text))), "") or default.upper()


# ----- phone numbers ----------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?:\+\s?|\(\+?)?\d(?:[\d\s().\-–—/]*\d)?\)?")
_FAX_WORDS = ("fax", "telefax", "telecopie", "ファックス", "ファクス", "팩스", "传真", "傳真", "فاكس", "faks")
_MOBILE_WORDS = ("mobile", "mobil", "mob", "cell", "handy", "portable", "gsm", "cep", "movil", "celular", "telem",
                 "movel", "kom", "komorka", "cellulare", "携帯", "휴대", "핸드폰", "모바일", "手机", "手機", "جوال",
                 "موبايل", "dd", "hp")
_OFFICE_WORDS = ("tel", "phone", "office", "direct", "dir", "work", "telefon", "telephone", "telefono", "fon",
                 "電話", "电话", "전화", "직통", "사무실", "vp", "dt", "dien thoai", "is", "hat", "bureau", "hatti",
                 "هاتف", "tlf", "puh", "tfn")
_SHORT_LABELS = {"m": "mobile", "c": "mobile", "h": "mobile", "t": "office", "p": "office", "o": "office",
                 "d": "office", "w": "office", "f": "fax"}
_NOT_PHONE_WORDS = ("abn", "acn", "vat", "tax", "tin", "gst", "mst", "ust", "siret", "siren", "cif", "nif", "kvk",
                    "iban", "bic", "swift", "hrb", "reg", "registration", "ein", "pan", "cin", "iso", "ext", "extn",
                    "postal", "zip", "plz", "code", "〒", "box", "vergi", "mersis", "account", "license", "licence",
                    "no", "nr", "number", "steuer", "handelsregister", "amtsgericht", "rcs", "partita", "kdv")


def _label_kind(label: str) -> str:
    """"mobile", "office", "fax" for a phone label, "not" for a tax or registration number, "" for none."""
    words = re.findall(r"[^\W\d_]+", fold(label))
    joined = " ".join(words)

    def said(vocabulary: tuple[str, ...]) -> bool:
        return any((w in words) if len(w) <= 3 else (w in joined) for w in vocabulary)

    if said(_FAX_WORDS):
        return "office" if said(_OFFICE_WORDS) else "fax"  # "Tel/Fax:" is a line that answers calls too
    if said(_MOBILE_WORDS):
        return "mobile"
    if said(_OFFICE_WORDS):
        return "office"
    if said(_NOT_PHONE_WORDS):
        return "not"
    # "M: 0151 ..." but not the F of "18F 430-7718" (a floor): a one-letter label stands apart from what precedes it
    single = re.search(r"(?:^|[\s|,;/])([^\W\d_])\s*[:.]?\s*$", label)
    return _SHORT_LABELS.get(fold(single.group(1)), "") if single else ""


# "TEL (VN mobile):", "UK office", "Mobile (DE)": a two-letter country code beside the kind of line, in capitals.
_LABEL_COUNTRY_CODE = re.compile(r"(?:\(|\b)([A-Z]{2})\s+(?:mobile|mob|cell|office|tel|phone)\b|\(([A-Z]{2})\)")


def _label_region(label: str) -> str:
    """The country a phone label names ("TEL (VN mobile):", "Japan office:"), whose plan its number is read in."""
    if named := _COUNTRY.search(label):
        return _COUNTRY_KEYS[fold(named.group())]
    for match in _LABEL_COUNTRY_CODE.finditer(label):
        code = "GB" if (match.group(1) or match.group(2)) == "UK" else match.group(1) or match.group(2)
        if phonenumbers.country_code_for_region(code):
            return code
    return ""


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _looks_dialled(text: str) -> bool:
    """Printed the way phone numbers are: with + or a trunk 0, in brackets, or in groups."""
    return text[:1] in "+(0" or len(re.findall(r"\d+", text)) >= 3


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    digits = ("+" if text.lstrip("( ").startswith("+") else "") + _digits(text)
    try:
        return phonenumbers.parse(digits, region or None)
    except NumberParseException:
        return None


def _numbers_in(candidate: str, region: str) -> list[tuple[str, phonenumbers.PhoneNumber | None]]:
    """The phone numbers in a run of digits: one, or two printed side by side that only read apart."""
    number = _parse(candidate, region)
    if number is not None and phonenumbers.is_valid_number(number):
        return [(candidate, number)]
    for separator in re.finditer(r"\s+|/", candidate):
        left, right = candidate[: separator.start()], candidate[separator.end():]
        first, second = _parse(left, region), _parse(right, region)
        if (first and second and phonenumbers.is_valid_number(first) and phonenumbers.is_valid_number(second)):
            return [(left, first), (right, second)]
    return [(candidate, number)]


def _phones(rows: list[_Row], region: str) -> list[ReadField]:
    found: dict[str, ReadField] = {}
    for row in rows:
        # Engines glue labels to numbers ("TEL03-...") and read "or" as "0r", "0" as "O" inside a number.
        text = re.sub(r"(?<=\d)\s+[0O]r\s+(?=[+\d])", " or ", row.rest)
        text = re.sub(r"(?<=\d)[Oo](?=\d)", "0", text)
        text = re.sub(r"(?<=[^\W\d_])(?=[+(]?\d)", " ", text)
        previous_end = 0
        spans = []
        for match in _NUMBER.finditer(text):
            printed = match.group().strip(" -–—/.")
            if len(_digits(printed)) < 7 or len(_digits(printed)) > 17:
                continue
            label = text[previous_end : match.start()]
            kind = _label_kind(label)
            previous_end = match.end()
            if kind == "not":
                continue
            alone = len(_digits(printed)) >= 0.6 * len(re.sub(r"\W", "", row.text))
            for part, number in _numbers_in(printed, _label_region(label) or region):
                valid = number is not None and phonenumbers.is_valid_number(number)
                # A number inside an address line, without a label, is a postal code or a reference unless valid.
                # One alone on its line and printed as numbers are dialled is kept as printed even where the
                # region's plan does not know it (a British card's 0121 ... read with the user's US region).
                if not (valid or kind or part.startswith("+") or (alone and _looks_dialled(part))):
                    continue
                part_kind = kind or (_kind_by_type(number) if valid else "")
                value = phonenumbers.format_number(number, PhoneNumberFormat.E164) if valid and number else part
                key = _digits(value)[-8:]
                spans.append(match.span())
                if key in found:  # printed twice (front and back, or two lines): proposed once
                    continue
                confidence = row.confidence * (1.0 if valid else 0.5)
                found[key] = ReadField(value, confidence, row.boxes(*match.span()), part_kind)
        if spans:
            row.rest = _blank(text, spans)
    return list(found.values())


def _kind_by_type(number: phonenumbers.PhoneNumber | None) -> str:
    if number is None:
        return ""
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.MOBILE:
        return "mobile"
    if kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE, PhoneNumberType.UAN):
        return "office"
    return ""


# ----- addresses --------------------------------------------------------------------------------------------------

_STREET = re.compile(
    r"(?<![^\W\d_])(?:street|st\.|road|rd\.?|avenue|ave\.?|blvd|boulevard|lane|drive|dr\.|floor|fl\.|suite|ste\."
    r"|bldg\.?|building|tower|p\.?\s?o\.?\s?box|po box|postfach|stra(?:ss|ß)e|str\.|weg|platz|allee|gasse|ring"
    r"|rue|chemin|place|via|viale|piazza|piazzale|corso|largo|vicolo|strada|calle|camino|paseo|carretera|ctra\."
    r"|ronda|travesía|avda\.?|avenida|carrer|plaza|rua|travessa|praça|estrada|alameda|quai|impasse|allée|cours|bd"
    r"|laan|straat|gracht|plein|steeg|kade|singel|dijk"
    r"|ulica|ul\.|aleja|al\.|cad(?:desi|\.)|cd\.|sok(?:ak|ağı|\.)|sk\.|bulvarı|blv\.|mah(?:allesi|\.)|no:|quận"
    r"|phường|đường|thành phố|ward|district"
    r"|nagar|marg"
    r"|sector|block|plot|sh\.|شارع|طريق|ص\.ب)(?![^\W\d_])"
    r"|(?<![^\W\d_])TP\.\s?(?=[^\W\d_])"  # Vietnamese for city: "TP.HCM", "Tp. Hà Nội"
    r"|(?<![^\W\d_])C/\s?(?=[^\W\d_])"  # Spanish for calle: "C/ Mayor 14"
    r"|[都道府県市区町村]\S*?\d|丁目|番地|〒|\d+(?:-\d+){1,3}|[로길동]\s?\d|시\s|구\s",
    re.IGNORECASE,
)
_POSTAL = re.compile(r"\b\d{5}\b|\b\d{3}-\d{4}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b"
                     r"|\b\d{4}\s+[A-Z][a-z]|\b\d{3}\s\d{3}\b")
_ADDRESS_LABEL = re.compile(r"^(?:(?:a|add|addr|address|adresse|adres|anschrift|dirección|direccion|indirizzo"
                            r"|住所|주소|địa chỉ|dia chi|đc|vp|văn phòng|trụ sở|العنوان)\s*[:：]"
                            r"|(?:head office|本\s?社|営業所|支社)\s*[:：]?)\s*", re.IGNORECASE)


# A house number before its street, the street named without a street word and ended by a comma, as in Vietnam, the
# UK or Ireland: "38B Trieu Viet Vuong, Bui Thi Xuan", "12-14 Ormond Quay Upper, Dublin".
_HOUSE_FIRST = re.compile(r"^\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,?\s+[^\W\d_]{2,}(?:\s+[^\W\d_]+)+\s*,")
# A street named in one word with its street word at the end, then its house number, as Dutch, German and the
# Nordic languages write them: "Floorsteeg 68", "Keizersgracht 123-A", "Leopoldstraße 12", "Sveavägen 20".
_COMPOUND_STREET = re.compile(
    r"(?<![^\W\d_])[^\W\d_]{2,}-?(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|straat|steeg|gracht|plein"
    r"|laan|kade|singel|dijk|dreef|boulevard|vägen|gatan|gata|veien|vej)\s+\d{1,4}(?:\s?[a-zA-Z](?![^\W\d_]))?(?:[-/]\d{1,4}[a-zA-Z]?)?",
    re.IGNORECASE,
)
# A postal code and its town, the last line of an address in most of Europe: "1012 DL Amsterdam", "75002 Paris",
# "1100-053 Lisboa", "00-590 Warszawa", "06680 Çankaya/Ankara", "D-80331 München", "111 57 Stockholm".
_POSTAL_TOWN = re.compile(r"(?:[A-Z]{1,2}\s?[-–]\s?)?(?:\d{4}\s?[A-Z]{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,5})"
                          r"\s+[^\W\d_'][^\d@|]*")
# Places and nothing else, comma after comma ("Hai Ba Trung, Ha Noi"): an address's last line when right under one.
_PLACES = re.compile(r"[^\W\d_]+(?:[ .'-]+[^\W\d_]+)*(?:\s*,\s*[^\W\d_]+(?:[ .'-]+[^\W\d_]+)*)+\.?")


def _is_address(row: _Row) -> bool:
    text = row.rest.strip(" |")
    if not text or "@" in text:
        return False
    digits = bool(re.search(r"\d", text))
    if not digits and _COMPANY_WORDS.search(text):
        return False  # "Techno Project Japan Co." names a country, and is a company
    hits = len(_STREET.findall(text)) + len(_POSTAL.findall(text)) + (1 + digits) * bool(_COUNTRY.search(text))
    hits += 2 * bool(_US_STATE.search(text)) + bool(re.match(r"(?:A|Add|Address)\s*[:：]", text))
    hits += bool(_HOUSE_FIRST.match(_ADDRESS_LABEL.sub("", text))) + 2 * bool(_COMPOUND_STREET.search(text))
    long_enough = len(text.split()) >= 3 or (not is_latin(text) and len(text) >= 8)
    return hits >= 2 or (hits == 1 and digits and long_enough)


def _starts_another_address(row: _Row, above: _Row) -> bool:
    """A row that begins with words of its own out in the margin, left of the address above it ("CTP Branch
    767-63, ...", "Vietnam Office QTSC ..."), is the next office's address, not the next line of this one."""
    label = re.match(r"([^\W\d_][^\d,]*?)\s+(?=\S*\d)", row.rest.strip(" |"))
    return label is not None and row.left < above.left - row.size and len(label.group(1).split()) <= 3


def _address(rows: list[_Row]) -> ReadField | None:
    """The first address block: its first row and the rows right under it that also read as an address."""
    marked = [row for row in rows if _is_address(row)]
    for row in marked:
        row.role = "address"
    if not marked:
        return None
    block = [marked[0]]
    for row in rows[rows.index(marked[0]) + 1:]:
        last = block[-1]
        under = row.top - last.bottom < 1.2 * last.size and abs(row.size - last.size) < 0.3 * last.size
        if row in marked:
            if not under or _starts_another_address(row, last):
                break
            block.append(row)
        elif under and not row.role and row.left < last.right and row.right > last.left \
                and (_PLACES.fullmatch(row.rest.strip(" |")) or _POSTAL_TOWN.fullmatch(row.rest.strip(" |,"))):
            # "Hai Ba Trung, Ha Noi" under "38B Trieu Viet Vuong, Bui Thi Xuan,"; "1012 DL Amsterdam" under its street
            row.role = "address"
            block.append(row)
    text = ", ".join(_ADDRESS_LABEL.sub("", r.rest.strip(" |,")).strip(" ,") for r in block)
    text = re.sub(r"\s*\|\s*", " ", text)
    return ReadField(re.sub(r",\s*,", ",", text), min(r.confidence for r in block) * 0.8,
                     tuple(b for r in block for b in r.boxes()))


# ----- name, title, company ---------------------------------------------------------------------------------------

_PREFIXES = re.compile(
    r"^(?:(?:univ\.-)?prof\.|dr\.(?:-ing\.|\s?med\.|\s?h\.\s?c\.|\s?rer\.\s?nat\.)?|dipl\.\s?-?\s?[\w.]+?\.(?:\s?\(fh\))?"
    r"|mag\.(?:\s?\w+\.)?|ing\.|ir\.|drs\.|mr\.?|mrs\.?|ms\.?|mme\.?|mlle\.?|herr|frau|sr\.|sra\.|srta\.|av\.|op\.|doç\."
    r"|ts\.|ths\.|pgs\.|gs\.|ks\.|bs\.|eng\.|arch\.|dott\.(?:ssa)?|avv\.|prof(?=\s))\s*",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r"(?:,?\s+(?:ph\.?\s?d\.?|mba|m\.?\s?sc\.?|b\.?\s?sc\.?|m\.?\s?a\.|cpa|pmp|jr\.?|sr\.?"
                     r"|ii|iii|m\.?\s?eng\.?|ll\.?\s?m\.?|esq\.?))+\s*$", re.IGNORECASE)
_COMPANY_WORDS = re.compile(
    r"(?<![^\W\d_])(?:inc|incorporated|corp|corporation|company|limited|ltd|llc|l\.l\.c|llp|plc|gmbh|mbh|ohg"
    r"|e\.\s?v|s\.\s?a|s\.\s?a\.\s?s|sarl|s\.\s?à\s?r\.\s?l|s\.\s?p\.\s?a|spa|s\.\s?r\.\s?l|srl|s\.\s?l\.\s?u|s\.\s?l|b\.\s?v"
    r"|n\.\s?v|pty|oy|oyj|a/s|aps|asa|k\.\s?k|sdn\.?\s?bhd|bhd|pte|tbk|a\.\s?ş|şti|sp\.\s?z\s?o\.\s?o|s\.\s?r\.\s?o"
    r"|a\.\s?s|kft|zrt|lda|sp\.\s?[kj]|s\.\s?c\.|v\.\s?o\.\s?f|v\.\s?o\.\s?s|kgaa|s\.\s?n\.\s?c|s\.\s?coop|unipessoal"
    r"|jsc|joint stock company|tnhh|cổ phần|co\.|group|holdings?|ltda|eireli|university"
    r"|universität|université|universidad|università|college|institute|institut|hospital|bank|foundation"
    r"|stiftung|association|agency|studio|partners|consulting|solutions|technologies|systems)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:&|and|und|e|et|y|ve|i|a|en)\s(?:sons?|s[öo]hne|figli|figlio|fils|hijos?|o[ğg]ullar[ıi]"
    r"|synowie|synov[ée]|zonen)(?![^\W\d_])"  # a family firm: "& Sons", "e figli", "et Fils", "ve Oğulları"
    r"|株式会社|有限会社|合同会社|[(（]株[)）]|주식회사|[(（]주[)）]|有限公司|股份|公司|شركة|ش\.م\.م"
    r"|(?<![^\W\d_])(?:AG|KG|SE|SA|AS|AB|NV|BV|KK|UG|SL|SAS)\.?$",
    re.IGNORECASE,
)
_CASE_SENSITIVE_SUFFIX = re.compile(r"^(?:AG|KG|SE|SA|AS|AB|NV|BV|KK|UG|SL|SAS)\.?$", re.IGNORECASE)
_ROLE = re.compile(
    r"(?<![^\W\d_])(?:ceo|cto|cfo|coo|cio|cmo|cso|vp|evp|svp|hr|it|md|gm|head|lead|chief|chair|chairman|chairwoman"
    r"|chairperson|president|vice|founder|co-founder|owner|partner|principal|director|manager|officer|executive"
    r"|engineer|developer|designer|architect|consultant|specialist|analyst|coordinator|associate|assistant"
    r"|administrator|advisor|adviser|scientist|researcher|professor|lecturer|teacher|attorney|lawyer|counsel"
    r"|accountant|realtor|agent|broker|representative|rep|sales|marketing|recruiter|intern|captain|editor"
    r"|producer|journalist|secretary|treasurer|doctor|physician|nurse|pharmacist|technician|supervisor|team"
    r"|senior|junior|geschäftsführer(?:in)?|leiter(?:in)?|referent(?:in)?|berater(?:in)?|vorstand|inhaber(?:in)?"
    r"|prokurist(?:in)?|directeur|directrice|responsable|gérant(?:e)?|chargé(?:e)?|ingénieur(?:e)?|président(?:e)?"
    r"|direttore|direttrice|responsabile|amministratore|gerente|director(?:a)?|jefe|jefa|presidente|diretor(?:a)?"
    r"|müdür(?:ü)?|uzman|mühendis(?:i)?|yönetici(?:si)?|başkan(?:ı)?|genel|kurucu|giám\s?đốc|trưởng|phó"
    r"|nhân viên|kỹ sư|chuyên viên|مدير|رئيس|مهندس|مستشار"
    # the professions and roles of Dutch, French, Spanish, Italian, Polish, Turkish and German cards, whole words
    r"|hoofd|eigenaar|verkoper|boekhouder|advocaat|comptable|vendeur|vendeuse|contable|abogad[oa]|secretari[oa]"
    r"|arquitect[oa]|notari[oa]|contabile|segretari[oa]|avvocat(?:o|essa)|architett[oa]|notaio|ragioniere"
    r"|właściciel(?:ka)?|handlowiec|muhasebeci|avukat|mimar|rechtsanw(?:alt|ältin))(?![^\W\d_])"
    r"|社長|取締役|部長|課長|係長|主任|代表|会長|専務|常務|執行役員|室長|所長|店長|理事|顧問|担当|支配人|マネージャー|エンジニア"
    r"|대표|이사|사장|부장|과장|차장|팀장|실장|본부장|주임|대리|사원|연구원|매니저|총경리|经理|總經理|董事|主管",
    re.IGNORECASE,
)
# Role words that end a compound (Abteilungsleiter, Personalreferentin, Försäljningschef, Projektleder).
_ROLE_ENDING = re.compile(r"(?:leiter(?:in)?|referent(?:in)?|berater(?:in)?|chef|leder|ledare|sjef|direktor|direktør"
                          r"|leider|ontwikkelaar|beheerder|eigenaar|verkoper"
                          r"|manager|engineer|ingenieur(?:in)?|entwickler(?:in)?|assistent(?:in)?|johtaja|paallikko"
                          r"|kierownik|dyrektor|specjalista|prezes|adviseur|medewerker|reditel|igazgato|vezeto)$")
_CAMEL = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z])")


def _spaced(text: str) -> str:
    """Words the engine ran together put apart at their capitals: "SoftwareEngineer", "KierownikProjektu"."""
    return _CAMEL.sub(" ", text)


# The stems of job words in the European languages cards are printed in, with whatever ending a language adds
# (Direktörü, Kierowniczka, Ingeniera, Gérante, Sachbearbeiterin): a word that starts with one names a job.
_ROLE_STEM = re.compile(
    r"(?<![^\W\d_])(?:direkt[oö]r|dyrektor|ředitel|jednatel|vedouc|manaž|menedżer|kierowni|specjalist|programist"
    r"|księgow|konsultant|konzultant|inżynier|koordyn|koordinat|coordinat|coordinad|coordenad|przedstawiciel"
    r"|asystent|asistan|prezes|sorumlu|temsilci|danışman|uzman|müdür|mühendis|yönetici|başkan|şef|koordinatör"
    r"|ingenier|ingenieur|ingegner|engenheir|técnic|tecnic|consultor|consulente|consultant|asesor|assessor"
    r"|gestor|gerent|responsab|fondat|fundador|associé|sóci[oa]s?(?![^\W\d_])|dirett|diretor|directeur|directric"
    r"|direct[oa]r|commercial|comercial|desarroll|développ|sviluppat|entwickl|sachbearbeit|mitarbeit|vertriebs"
    r"|analyst|analist|administrat|amministrat|vorsitz|titolare|impiegat|dirigent|délégu|attaché"
    r"|conseill|chargé|technicien|représentant|rappresentant|representant|jefe|jefa|chef)[^\W\d_]*",
    re.IGNORECASE,
)


def _is_role(text: str) -> bool:
    """Whether the text names a job: a role word or stem, in any case, or ending a compound word."""
    spaced = _spaced(text)
    return bool(_ROLE.search(spaced) or _ROLE_STEM.search(spaced)
                or any(_ROLE_ENDING.search(fold(word)) for word in re.findall(r"\w+", spaced)))


_DEPARTMENT = re.compile(r"(?<![^\W\d_])(?:department|dept\.?|division|abteilung|département|departamento"
                         r"|dipartimento|bộ phận|phòng)(?![^\W\d_])|[^\s]部$|[^\s]部門$|[^\s]課$|[^\s]室$|本部$",
                         re.IGNORECASE)
_PLACEHOLDER = re.compile(r"business\s?card|your\s?logo|logo\s?here|company\s?name|your\s?company|lorem|ipsum"
                          r"|social|profile|since\s\d|present|slogan|tagline", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_'’-]|[-'’](?=[^\W\d_]))*\.?")
_NAME_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das",
                   "do", "zu", "ten", "ter", "bin", "binti", "ibn", "al", "el", "y", "e", "ní", "nic", "mac", "ó"}
_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヶ]{2,6}$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]{2,5}$")
_ARABIC_WORDS = re.compile(r"^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,4}$")
# Characters the engine's Chinese model writes in their simplified form where a Japanese card prints its own.
_JAPANESE_FORMS = str.maketrans("长缔东营业处务经统报术门铁选济驿广实应证价边战图团总馆乐传转对爱壳",
                                "長締東営業処務経統報術門鉄選済駅広実応証価辺戦図団総館楽伝転対愛殻")


def is_latin(text: str) -> bool:
    """Whether the text's letters are all Latin ones (accents allowed); text without letters is not."""
    letters = [c for c in text if c.isalpha() and c not in "ªº"]  # "2º B", "1ª planta": Latin ordinals
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _clean_name(text: str) -> str:
    """The printed name without honorific or academic prefixes and suffixes; "H.Gates" spaced as "H. Gates"."""
    text = " ".join(text.replace("|", " ").split()).strip(" ,.;:")
    for _ in range(3):
        text = _PREFIXES.sub("", text, count=1)
    text = _SUFFIX.sub("", text).strip(" ,")
    text = re.sub(r"(?<![^\W\d_])([^\W\d_])\.(?=[^\W\d_]{2})", r"\1. ", text)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        # A name in capitals with one letter read small ("CHi"): the card prints it in capitals.
        text = "".join(c.upper() if c.islower() and c not in "ıi" else ("I" if c == "i" else c) for c in text)
    return text


def _joined_spaced_letters(text: str) -> str:
    """Text printed letter-spaced comes back in fragments ("SA L ES", "전 현 승"): put the words back together.

    Only a run of short capital fragments holding a single letter is joined: "HEAD OF PEOPLE", "VP OF SALES"
    and "JOHN F KENNEDY" stay as they are.
    """
    words = text.split()
    if len(words) >= 2 and all(not is_latin(w) and len(w) == 1 for w in words):
        return "".join(words)
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word and len(word) <= 2 and word.isalpha() and word.isupper():
            run.append(word)
            continue
        if len(run) >= 2 and any(len(w) == 1 for w in run):
            out.append("".join(run))
        else:
            out += run
        run = []
        if word:
            out.append(word)
    return " ".join(out)


_NICKNAME = re.compile(r"""(?<!\S)["“‘'(][^"”’)'(]{1,30}["”’')](?!\S)""")


def _name_shape(text: str, spelt_by_mail: bool = False) -> str:
    """"latin", "cjk", "hangul", "arabic" when the text reads as a person's name in that script, else "".

    A name the card's email spells whole (`spelt_by_mail`) is a name even where a word of it ends like a job word
    (Rohleder, Kaufmann, Schulleiter as a family name).
    """
    if not text or any(c.isdigit() for c in text) or "@" in text or _COMPANY_WORDS.search(text) \
            or _PLACEHOLDER.search(text) or (_is_role(text) and not spelt_by_mail) or _DEPARTMENT.search(text):
        return ""
    compact = text.replace(" ", "")
    if _CJK.match(compact):
        return "cjk"
    if _HANGUL.match(compact):
        return "hangul"
    if _ARABIC_WORDS.match(text):
        return "arabic"
    words = _NICKNAME.sub(" ", text).split()  # Robert "Bob" Smith: the name kept whole, its words checked
    named = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if is_latin(text) and 1 <= len(named) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) \
            and all(w[0].isupper() for w in named):
        return "latin"
    return ""


def _letters(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalpha())


# How German, Danish and Norwegian names are spelt in an address: Jürgen Müller is juergen.mueller@.
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "å": "aa", "Ä": "Ae", "Ö": "Oe",
                            "Ü": "Ue", "Ø": "Oe", "Å": "Aa"})


def _mail_evidence(name: str, locals_: Sequence[str]) -> float:
    """How much of an email's local part the name explains: 1 for jane.doe@ or jdoe@ on Jane Doe, 0 for none."""
    spelt_out = name.translate(_SPELT_OUT)
    if spelt_out != name:
        return max(_mail_evidence(spelt_out, locals_), _mail_evidence(fold(name), locals_))
    words = [_letters(w) for w in name.split()]
    words = [w for w in words if w]
    best = 0.0
    for local in locals_:
        letters = _letters(local)
        if not letters or letters in _ROLE_MAILBOXES or not words:
            continue
        if letters == "".join(words) or letters in {"".join(w[0] for w in words[:-1]) + words[-1],
                                                      words[0] + words[-1][0], words[0][0] + words[-1]}:
            return 1.0
        covered = sum(len(w) for w in words if len(w) >= 3 and w in letters)
        best = max(best, min(1.0, covered / len(letters)))
    return best


_CONFUSED = {")": "s", "(": "c", "5": "s", "0": "o", "1": "l", "|": "l", "$": "s", "8": "b", "6": "g"}


def _repaired_by_mail(name: str, locals_: Sequence[str]) -> str:
    """Fix what the engine did to a name where the email spells it: one character misread (")ophie" for sophie@),
    the spaces lost ("SHALEENKHETARPAUL"), a capital read small."""
    parts = [[t for t in re.split(r"[._\-+\d]+", fold(local)) if t] for local in locals_]
    tokens = {t for local in parts for t in local if len(t) >= 3}
    words = name.split()
    for i, word in enumerate(words):
        folded = fold(word)
        if len(folded) == len(word) and len(words) == 1:
            # "SHALEENKHETARPAUL" for shaleen.khetarpaul@, "IKUTASHINYA" for ikuta@: the spaces the engine lost
            cuts = next((list(itertools.accumulate(len(t) for t in local))[:-1] for local in parts
                         if len(local) >= 2 and "".join(local) == folded), None)
            if cuts is None:
                cuts = [len(t) for t in tokens if folded.startswith(t) and len(folded) - len(t) >= 3][:1]
            if not cuts:  # "SANDYCARSTEN" for scarsten@: the initial, then the family name ending the word
                cuts = [len(folded) - len(t) + 1 for t in tokens if len(t) >= 5 and folded[0] == t[0]
                        and folded.endswith(t[1:]) and len(folded) - len(t) >= 2][:1]
            if cuts:
                return " ".join(word[a:b] for a, b in itertools.pairwise([0, *cuts, len(word)]))
        if folded in tokens and word[:1].islower() and any(w[:1].isupper() for w in words):
            words[i] = word[:1].upper() + word[1:]  # "ismail Yildirim" where the engine lost a capital's dot
            continue
        for token in tokens:
            if len(token) != len(folded) or token == folded:
                continue
            differ = [j for j, (a, b) in enumerate(zip(folded, token, strict=True)) if a != b]
            if len(differ) == 1 and (not folded[differ[0]].isalpha() or _CONFUSED.get(folded[differ[0]]) == token[
                    differ[0]]):
                j = differ[0]
                letter = token[j].upper() if j == 0 or word.isupper() else token[j]
                words[i] = word[:j] + letter + word[j + 1:]
    return " ".join(words)


def _domain_words(hosts: Iterable[str]) -> list[str]:
    """The distinctive label of each company domain: "bostonlobsterfishing", "micron-inc", "tpj"."""
    words = []
    for host in hosts:
        labels = host.split(".")[:-1]
        if len(labels) > 1 and labels[-1] in {"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"}:
            labels.pop()
        if labels and labels[-1] not in _FREE_MAIL and _letters(labels[-1]) not in {"company", "companyname",
                                                                                     "yourcompany", "mywebsite",
                                                                                     "website", "example"}:
            words.append(labels[-1])
    return words


def _abbreviates(label: str, words: Sequence[str]) -> bool:
    """Whether the label is the words shortened in order, each one starting a part ("swmaestro", "tpj")."""
    joined = "".join(words)
    position = 0
    for char in label:
        position = joined.find(char, position) + 1
        if position == 0:
            return False
    initials = iter(label)
    return label[0] == words[0][0] and all(any(c == w[0] for c in initials) for w in words)


def _domain_evidence(text: str, domains: Sequence[str]) -> float:
    """How well the text names a company domain: its words run together, its initials, or a long word of it."""
    words = [_letters(w) for w in re.split(r"[\s&,.+-]+", text)]
    words = [w for w in words if w and not _COMPANY_WORDS.fullmatch(w)]
    if not words:
        return 0.0
    best = 0.0
    for domain in domains:
        label = _letters(domain)
        if not label:
            continue
        if label == "".join(words) or label == "".join(w[0] for w in words):
            return 1.0
        if len(words) >= 2 and (_abbreviates(label, words) or any(
                label == "".join(w[0] for w in words[:n]) for n in range(2, len(words)))):
            best = max(best, 0.9)  # swmaestro for SOFTWARE MAESTRO, jic for JINNO INTERNATIONAL COOPERATION ...
        if any(len(w) >= 4 and w in label for w in words):
            best = max(best, 0.7)
    return best


@dataclass
class _People:
    """What the rows say about the person and the company."""

    name: ReadField | None = None
    other_name: ReadField | None = None
    title: ReadField | None = None
    company: ReadField | None = None


_GLUED_SUFFIXES = ("joint stock company", "corporation", "company", "limited", "incorporated", "holdings", "group",
                   "gmbh", "technologies", "solutions", "consulting", "university", "college", "institute")


_GLUED_FORMS = re.compile(r"(?<=[a-zß-ÿ])(GmbH|AG|KG|B\.V\.|N\.V\.|S\.r\.l\.|S\.p\.A\.|S\.L\.|S\.A\.|SAS|AB|ApS|A/S"
                          r"|Ltd\.?|Inc\.?|LLC|plc|PLC|Co\.|Oy|AS)$")


def _unglued(text: str) -> str:
    """Put back the spaces the engine dropped before a legal form: "MicrosoftCorporation", "JOINTSTOCKCOMPANY".

    A company name run together whole ("BrucknerMaschinenbauAG") is also put apart at its capitals; one with a
    space somewhere keeps its capitals as printed (PayPal, LinkedIn Ireland).
    """
    if glued := _GLUED_FORMS.search(text):
        body = text[:glued.start()]
        text = f"{_spaced(body) if ' ' not in body.strip() and len(body) >= 8 else body} {glued.group()}"
    for suffix in _GLUED_SUFFIXES:
        compact = suffix.replace(" ", "")
        if fold(text).endswith(compact) and (len(text) == len(compact) or text[-len(compact) - 1].isalpha()):
            start = len(text) - len(compact)
            words, position = [], start
            for word in suffix.split():
                words.append(text[position:position + len(word)])
                position += len(word)
            return f"{text[:start]} {' '.join(words)}".strip()
    return text


# "S.r.I." or "Sr.I.": the l of an Italian S.r.l. read as I (or 1), a dot lost on the way; no other firm ends so.
_MISREAD_SRL = re.compile(r"(?<![^\W\d_])([Ss])\.?\s?r\.\s?[I1](?=\.?$)")
# A Turkish firm's "A.Ş." read as "A..", "A.$." or "A.S.": the engine's alphabet loses the Ş more than any letter.
_MISREAD_AS = re.compile(r"(?<![^\W\d_])A\.\s?[$S5]?\.$")
# Turkish letters, or the "San." (Sanayi) and "Tic." (Ticaret) of a Turkish firm's name; and "A.$.", which no firm
# anywhere ends in but a Turkish A.Ş. read with its Ş as a dollar sign.
_TURKISH_LETTERS = re.compile(r"[şğıİŞĞ]|(?<![^\W\d_])(?:San|Tic)\.(?=\s)|(?<![^\W\d_])A\.\s?\$\.$")
# Turkish writes ü and ö, never ū or ō, ş with a cedilla, never Romanian's ș with a comma, and its dotted İ, never
# an Í: on a line with Turkish letters these are the engine's misreadings ("Müdūrū", "İnșaat", "Ínsan Kaynakları").
_TURKISH_UMLAUTS = str.maketrans("ūŪōŌșȘÍí", "üÜöÖşŞİi")
# The small words a Turkish firm's or person's name leaves in lower case ("San. ve Tic."); every other word has a
# capital, so a word starting with a small i among them is a dotted capital İ the engine read small ("iç" is İç).
_TURKISH_SMALL_WORDS = {"ve", "ile", "veya", "ya", "da", "de", "ki"}
# Vietnamese stacks a circumflex and an acute on its o (ố), which the engine reads as Hungarian's double acute (ő):
# on a line with Vietnamese letters, whose alphabet has no ő, it is the ố ("Giám Đőc" is Giám Đốc).
_VIETNAMESE_LETTERS = re.compile(r"[ơưđăƠƯĐĂ\u1ea0-\u1ef9]")
_VIETNAMESE_O = str.maketrans("őŐ", "ốỐ")
# A British "plc" read as "ple" or "pIc" at the end of the firm's name: no word of a name is printed so.
_MISREAD_PLC = re.compile(r"(?<=\s)(?:p[l1I]e|pIc|p1c)$|(?<=\s)P[1I][CE]$|(?<=\s)PLE$")


def _turkish_capital_i(text: str) -> str:
    """"Teknosa iç ve Dış Ticaret A.Ş." is Teknosa İç ...: on a Turkish line whose words all start with a capital but
    for the small joining words, a word that starts with a small i had a dotted capital İ."""
    words = text.split()
    named = [w for w in words if w[0].isalpha() and w.lower() not in _TURKISH_SMALL_WORDS]
    small = [w for w in named if not w[0].isupper()]
    if len(named) < 2 or not small or any(not re.fullmatch(r"i[^\W\d_]+\.?", w) for w in small):
        return text
    return " ".join("İ" + w[1:] if w in small else w for w in words)


def _candidates(rows: list[_Row]) -> list[tuple[_Row, str]]:
    """Rows left for the name, title and company, with their text cleaned of labels and separators."""
    out = []
    for row in rows:
        if row.role == "address":
            continue
        text = _LABELS.sub(" ", row.rest)
        text = " ".join(re.sub(r"\s*\|\s*", " ", text).split()).strip(" ,;:/|")
        text = _MISREAD_SRL.sub(r"\1.r.l", _unglued(_joined_spaced_letters(text)))
        if _TURKISH_LETTERS.search(text):
            text = _turkish_capital_i(_MISREAD_AS.sub("A.Ş.", text).translate(_TURKISH_UMLAUTS))
        if _VIETNAMESE_LETTERS.search(text):
            text = text.translate(_VIETNAMESE_O)
        if plc := _MISREAD_PLC.search(text):
            text = text[:plc.start()] + ("PLC" if plc.group().isupper() else "plc")
        # Labels left alone ("M E" once the number and the address after them are out) are no field.
        meaningful = re.search(r"[^\W\d_]{3}", text) if is_latin(text) else len(_letters(text)) >= 2
        if meaningful and not _PLACEHOLDER.fullmatch(text) and not _is_phone_label(text):
            out.append((row, text))
    return out


_PHONE_LABEL_WORDS = {*_FAX_WORDS, *_MOBILE_WORDS, *_OFFICE_WORDS, "telefone", "telefoon", "telephone", "mov",
                      "tfno", "telf", "cel", "fijo", "movil", "portable", "numero"}


def _is_phone_label(text: str) -> bool:
    """A phone label in any language left alone once its number is out ("Teléfono:", "Móv.", "Portable")."""
    return " ".join(re.findall(r"[^\W\d_]+", fold(text))) in _PHONE_LABEL_WORDS


# The labels left behind once the values after them are taken out: "TEL", "E-mail:", "(VN mobile):", "M:".
_LABEL_WORDS = (r"(?:tel|fax|mobile|mob|phone|cell|e-?ma[il1]l|url|web|website|direct|dir|office|ph|tél|telefon"
                r"|handy|mobil|e-?posta|correo|courriel|teléfono|telefono|telefone|téléphone|telephone|móvil|movil|móv"
                r"|móvel|movel|telemóvel|portable|cep|gsm|tlf|puh)(?![^\W\d_])")
# A label word with its dot or colon anywhere ("Tel.", "E-mail:"); without either only where a label stands, at the
# start of the line or after a value taken out ("Tel | Fax |"), so "architecte web" keeps its last word.
_LABELS = re.compile(
    r"(?<![^\W\d_])" + _LABEL_WORDS + r"(?:\.\s*(?:\([^)]*\))?\s*[:：]?|\s*(?:\([^)]*\))?\s*[:：])"
    r"|(?:^|(?<=[|/,;]))\s*" + _LABEL_WORDS + r"\s*(?:\([^)]*\))?"
    r"|\([^)]*mobile[^)]*\)\s*[:：]?|(?<![^\W\d_])[A-Za-z]\s*[:：]",
    re.IGNORECASE,
)


_NAME_PREFIXES = {"mc", "mac", "de", "le", "la", "di", "da", "van", "von", "fitz", "o'", "d'", "al", "el", "ben"}


def _unglued_name(text: str) -> str:
    """A name the engine ran together ("HyunseungJeon") put apart at its inner capital; McDonald, MacKenzie,
    DeShawn and LeBlanc stay whole."""
    if " " in text or not is_latin(text):
        return text
    match = re.fullmatch(r"([^\W\d_][^\W\d_A-Z]{2,})([A-Z][^\W\d_A-Z]{2,})", text)
    if match is None or match.group(1).lower() in _NAME_PREFIXES:
        return text
    return f"{match.group(1)} {match.group(2)}"


# "Saeed AI Falasi", "AI-Hashimi": the Arabic article Al (or El) with its l read as a capital I.
_ARTICLE_READ_AS_AI = re.compile(r"(?<![^\W\d_])([AE])I(?=[\s-][A-Z][^\W\d_A-Z])")


def _capital_i_read(text: str) -> str:
    """"lan Wright" is Ian Wright: a name's first word never starts with a small l while the others have capitals,
    and a capital I is the letter engines most often read as one ("AI Falasi" for Al Falasi, the other way)."""
    text = _ARTICLE_READ_AS_AI.sub(r"\1l", text)
    words = text.split()
    if (len(words) >= 2 and re.fullmatch(r"l[^\W\d_A-Z]+", words[0]) and words[0] not in _NAME_PARTICLES
            and all(w[0].isupper() for w in words[1:] if w.lower() not in _NAME_PARTICLES)):
        return "I" + text[1:]
    return text


def _pick_name(candidates: list[tuple[_Row, str]], locals_: Sequence[str]) -> tuple[_Row, str, float] | None:
    largest = max((row.size for row, _ in candidates), default=1.0)
    scored = []
    for row, text in candidates:
        cleaned = _capital_i_read(_unglued_name(_repaired_by_mail(_clean_name(text), locals_)))
        shape = _name_shape(cleaned, spelt_by_mail=_mail_evidence(cleaned, locals_) == 1.0)
        if not shape:
            continue
        evidence = _mail_evidence(cleaned, locals_) if shape == "latin" else 0.0
        one_word = shape == "latin" and len(cleaned.split()) == 1
        if one_word and evidence < 1.0:
            continue
        score = 2 * row.size / largest + 3 * evidence + row.confidence + (0.5 if _PLACEHOLDER.search(text) else 0)
        scored.append((score, evidence, row, cleaned))
    if not scored:
        return None
    score, evidence, row, cleaned = max(scored, key=lambda s: s[0])
    # The recogniser drops a letter its alphabet lacks (Vietnamese Ỗ, a Romanian Ș) and still says it is sure:
    # a name the email spells with a letter or two more is shown as one to check, never as sure.
    lost = 0.75 if _letters_lost(cleaned, locals_) else 1.0
    return row, cleaned, row.confidence * (0.95 if evidence >= 0.5 else 0.7) * lost


def _letters_lost(name: str, locals_: Sequence[str]) -> bool:
    """Whether an email spells the whole name with one or two letters more inside it ("D Chí Phi", dochiphi@)."""
    forms = {_letters(name), _letters(name.translate(_SPELT_OUT))}  # Müller is mueller@ as well as muller@
    for local in locals_:
        spelt = _letters(local)
        if not spelt or spelt in forms:
            continue
        for read in forms:
            if read and spelt[0] == read[0] and spelt[-1] == read[-1] and 1 <= len(spelt) - len(read) <= 2:
                rest = iter(spelt)
                if all(letter in rest for letter in read):  # the name's letters, in order, within the address's
                    return True
    return False


def _near(row: _Row, anchor: _Row) -> float:
    """Distance between two rows in units of the anchor's font size."""
    dy = max(row.top - anchor.bottom, anchor.top - row.bottom, 0)
    dx = max(row.left - anchor.right, anchor.left - row.right, 0)
    return math.hypot(dx, dy) / max(anchor.size, 1.0)


def _split_of(text: str) -> tuple[str, str]:
    """"Chairman of Microsoft Corporation" as (title, company) when the part after of/at names a company."""
    for joint in (" of ", " at ", " bei ", " chez ", " de ", ", ", " - ", " | "):
        left, found, right = text.partition(joint)
        if found and _is_role(left) and _COMPANY_WORDS.search(right):
            return left.strip(), right.strip()
    return text, ""


def _looks_like_name(text: str) -> bool:
    """A person's name as far as words tell: one word alone ("Projektleder") is not enough."""
    shape = _name_shape(_clean_name(text))
    return bool(shape) and (shape != "latin" or len(text.split()) >= 2)


def _pick_title(candidates: list[tuple[_Row, str]], name_row: _Row | None) -> tuple[list[_Row], str] | None:
    scored = []
    for row, text in candidates:
        # A second line shaped like a name, in smaller type right by the name, is its title ("Pazarlama
        # Sorumlusu", "Chemikant"): words no vocabulary holds, placed where titles are printed.
        beside_name = name_row is not None and row.size < 0.85 * name_row.size and _near(row, name_row) < 1.0
        if row.role or (_looks_like_name(text) and not _is_role(text) and not beside_name) \
                or _PLACEHOLDER.search(text) \
                or re.match(r"[^\W\d_]{1,4}\.?\s*[:：]\s*\d", text):
            continue  # "VP: 65 Huỳnh Thúc Kháng": a label and its value, not a vice-president
        if _DEPARTMENT.search(text) and not _is_role(text.replace("Department", "")):
            continue
        role = bool(_is_role(text))
        distance = _near(row, name_row) if name_row else 5.0
        company_like = bool(_COMPANY_WORDS.search(text)) and not _split_of(text)[1]
        # An occupation spelt out ("Operario de la elaboración de productos lácteos") runs long, but only right
        # by the name, in smaller type; elsewhere a long line without a role word is a slogan or an address.
        loose = (distance > 1.5 or len(text.split()) > (10 if beside_name else 6)
                 or re.search(r"\d|^\w{1,3}\s*[:：]", text))
        if company_like or (not role and loose):
            continue  # without a role word only a short line right by the name, no number, no "VP:" label
        scored.append((2 * role - distance / 3 + row.confidence, row, text))
    if not scored:
        return None
    _, row, text = max(scored, key=lambda s: s[0])
    rows, texts = [row], [text]
    # A title printed on two lines (取締役 / 副社長, "Head of Sales &" / "Marketing"): the next row continues it.
    following = [(r, t) for r, t in candidates if _continues(row, r)]
    if following and (_is_role(following[0][1]) or re.search(r"[&,\-–]$", text)):
        rows.append(following[0][0])
        texts.append(following[0][1])
    elif len(rows) == 1:
        # The lower line picked (副社長 under 取締役, "Marketing Director" under "Sales &"): the role line right
        # above it, in the same type and column, is the title's first line.
        above = [(r, t) for r, t in candidates if not r.role and _continues(r, row)]
        if above and not _looks_like_name(above[-1][1]) and (_is_role(above[-1][1])
                                                              or re.search(r"[&,\-–]$", above[-1][1])):
            rows.insert(0, above[-1][0])
            texts.insert(0, above[-1][1])
    return rows, _spaced(" ".join(texts))


def _continues(upper: _Row, lower: _Row) -> bool:
    """Whether the lower row is the next line of the upper one: right under it, in the same type and column."""
    return (not lower.role and lower is not upper and lower.top > upper.top
            and lower.top - upper.bottom < 0.8 * upper.size and abs(lower.size - upper.size) < 0.25 * upper.size
            and abs(lower.left - upper.left) < 2 * upper.size)


def _has_suffix(text: str) -> bool:
    """A legal form or an institution's word; the two-letter forms (AG, SA, AS ...) only in capitals, at the end."""
    match = _COMPANY_WORDS.search(text)
    if match is None or _CASE_SENSITIVE_SUFFIX.fullmatch(text.strip()):
        return False
    short = _CASE_SENSITIVE_SUFFIX.fullmatch(match.group())
    return not short or match.group().isupper()


# "Studio 56", "Unit 4", "Suite 210": an institution's word before a number is where a firm sits, not its name.
_NUMBERED_PLACE = re.compile(r"(?:studio|unit|suite|building|block|tower|office|house|flat)\s+\d+[a-z]?", re.IGNORECASE)


# A firm's initials alone, as its logo prints them ("TPJ", "BSES", "IBM").
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _pick_company(candidates: list[tuple[_Row, str]], domains: Sequence[str],
                  locals_: Sequence[str]) -> tuple[list[_Row], str, float] | None:
    scored = []
    for row, text in candidates:
        if row.role or _NUMBERED_PLACE.fullmatch(text):
            continue
        if _split_of(text)[1]:
            continue  # "Chairman of Microsoft Corporation": the title's row, split when the title is read
        options = [([row], text)]
        # a company printed over two lines: JINNO INTERNATIONAL / JOINT STOCK COMPANY, SOFTWARE / MAESTRO
        below = [(r, t) for r, t in candidates if not r.role and r is not row
                 and -0.3 * row.size <= r.top - row.bottom < 0.8 * row.size
                 and abs(r.size - row.size) < 0.3 * row.size and abs(r.left - row.left) < 2 * row.size]
        if below and not _has_suffix(text) and not _is_role(text):
            options.append(([row, below[0][0]], f"{text} {below[0][1]}"))
        for rows, joined in options:
            suffix = _has_suffix(joined)
            evidence = _domain_evidence(joined, domains)
            if (_is_role(joined) and not suffix) or _PLACEHOLDER.search(joined):
                continue
            if not (suffix or evidence):
                continue
            as_name = _repaired_by_mail(_clean_name(joined), locals_)
            if not suffix and _looks_like_name(as_name) and _mail_evidence(as_name, locals_) >= 0.5:
                continue  # İsmail Yıldırım of yildirimlojistik.com.tr: the person, whose name the firm bears
            if not suffix and _ACRONYM.fullmatch(joined.strip()):
                evidence *= 0.5  # "TPJ" for tpj.co.jp is the firm's short form: its name with a legal form wins
            score = 2 * suffix + 2.5 * evidence - 0.3 * (len(rows) - 1) * (not suffix) + rows[0].confidence
            scored.append((score, rows, joined, min(0.95, 0.55 + 0.2 * suffix + 0.3 * evidence)))
    if not scored:
        return None
    _, rows, text, certainty = max(scored, key=lambda s: s[0])
    return rows, text.strip(" ,"), min(r.confidence for r in rows) * certainty


def _logo_word(candidates: list[tuple[_Row, str]], name_row: _Row) -> tuple[_Row, str] | None:
    """The firm shown only as its logo ("KarweiVaro", "VILLANUEVA"): a word or three in type as large as the name's,
    left once the name and title are read, with no number, role or legal form to say what else it could be."""
    logos = [(row, text) for row, text in candidates
             if not row.role and row.size >= 0.95 * name_row.size and 1 <= len(text.split()) <= 3
             and len(_letters(text)) >= 3 and not re.search(r"[\d@:]", text) and not _is_role(text)
             and not _PLACEHOLDER.search(text) and not _is_phone_label(text)]
    return max(logos, key=lambda logo: logo[0].size, default=None)


_JOINING_WORDS = {"&", "+", "and", "und", "en", "et", "y", "e", "i", "ve"}
# What a firm's departments are called: "Research & Development" is a department, not a partnership.
_FUNCTION_WORDS = {"research", "development", "operations", "finance", "engineering", "production", "logistics",
                   "services", "service", "quality", "management", "design", "communications", "administration",
                   "accounting", "purchasing", "procurement", "human", "resources", "legal", "compliance", "planning",
                   "strategy", "innovation", "technology", "support", "training", "events", "media", "press", "safety",
                   "health", "environment", "security", "maintenance", "infrastructure", "risk", "audit", "tax"}


def _is_partnership(text: str) -> bool:
    """A firm named after its partners, "Leguit & van Leuven", "Sharp, Fletcher and Clarke": family names joined by
    "&" (or by commas and a last "and"), each with a capital; a person's name is never printed so."""
    words = text.replace(",", " , ").split()
    joined = "&" in words or ("," in words and any(w in _JOINING_WORDS for w in words))
    named = [w for w in words if w not in _JOINING_WORDS and w != "," and w.lower() not in _NAME_PARTICLES]
    return (joined and 2 <= len(named) <= 5 and all(re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*", w)
                                                  and w[0].isupper() for w in named)
            and not _is_role(text) and not _DEPARTMENT.search(text) and not _PLACEHOLDER.search(text)
            and not any(w.lower() in _FUNCTION_WORDS for w in named))


def _people(rows: list[_Row], emails: list[ReadField], hosts: Sequence[str], japanese: bool) -> _People:
    locals_ = [e.value.partition("@")[0] for e in emails]
    candidates = _candidates(rows)
    if japanese:
        candidates = [(row, text.translate(_JAPANESE_FORMS)) for row, text in candidates]
    people = _People()
    domains = _domain_words(hosts)
    company = _pick_company(candidates, domains, locals_)
    if company:
        for row in company[0]:
            row.role = "company"
        people.company = ReadField(company[1], company[2], tuple(b for r in company[0] for b in r.boxes()))
    unassigned = [(r, t) for r, t in candidates if not r.role]
    picked = _pick_name(unassigned, locals_)
    name_row = None
    if picked:
        name_row, name, confidence = picked
        name_row.role = "name"
        people.name = ReadField(name, confidence, name_row.boxes())
        other = _pick_name([(r, t) for r, t in unassigned if not r.role
                            and (_name_shape(_clean_name(t)) == "latin") != (is_latin(name))], locals_)
        if other and _near(other[0], name_row) < 4:
            other[0].role = "other_name"
            people.other_name = ReadField(other[1], other[2], other[0].boxes())
            if not is_latin(name) and is_latin(other[1]):  # the Latin form first, the other script beside it
                people.name, people.other_name = people.other_name, people.name
    title = _pick_title(candidates, name_row)
    if title:
        title_rows, title_text = title
        title_text, company_text = _split_of(title_text)
        for row in title_rows:
            row.role = "title"
        confidence = min(r.confidence for r in title_rows) * (0.85 if _is_role(title_text) else 0.5)
        people.title = ReadField(title_text, confidence, tuple(b for r in title_rows for b in r.boxes()))
        if company_text and people.company is None:
            people.company = ReadField(company_text, confidence * 0.9, people.title.boxes)
    if people.company is None and (firm := next(((r, t) for r, t in candidates
                                                   if not r.role and _is_partnership(t)), None)):
        firm[0].role = "company"
        people.company = ReadField(firm[1], firm[0].confidence * 0.5, firm[0].boxes())  # shown as one to check
    if people.company is None and name_row is not None and (logo := _logo_word(candidates, name_row)):
        logo[0].role = "company"
        people.company = ReadField(logo[1], logo[0].confidence * 0.45, logo[0].boxes())  # shown as one to check
    return people


# ----- QR codes and the whole card --------------------------------------------------------------------------------


def _with_qr(reading: CardReading, payloads: Sequence[str]) -> None:
    """Add what a QR code says: it was typed by the card's owner, so it fills gaps and confirms the printed text."""
    for payload in payloads:
        try:
            card = card_from_qr_payload(payload)
        except ImportProblem as error:
            reading.problems.append(error.args[0])
            continue
        if card is None:
            continue
        if card.display_name and (reading.name is None or (reading.name.confidence < 0.9
                                  and fold(reading.name.value) != fold(card.display_name))):
            reading.name = ReadField(card.display_name, 0.95)
        if card.title and reading.title is None:
            reading.title = ReadField(card.title, 0.95)
        if card.company and reading.company is None:
            reading.company = ReadField(card.company, 0.95)
        known = {e.value.casefold() for e in reading.emails}
        reading.emails += [ReadField(e.value, 0.99) for e in card.emails if e.value.casefold() not in known]
        numbers = {_digits(p.value)[-8:] for p in reading.phones}
        reading.phones += [ReadField(p.value, 0.95, kind={"work": "office"}.get(p.label, p.label))
                           for p in card.phones if _digits(p.value)[-8:] not in numbers]
        if card.website and reading.website is None:
            reading.website = ReadField(card.website, 0.95)
        reading.qr_text = reading.qr_text or payload


# Where Arabic is the language, so that a firm's "Al" and "El" are the article.
_ARABIC_REGIONS = {"AE", "SA", "QA", "KW", "BH", "OM", "EG", "JO", "LB", "MA", "DZ", "TN", "IQ", "SY", "YE", "LY", "PS",
                   "SD"}

_CZECH_RING = re.compile("[ûÛ]")
_CZECH_U = str.maketrans("ûÛ", "ůŮ")

# A business card holds a few dozen lines; a page of text photographed by mistake is not read whole.
MAX_LINES = 150
MAX_LINE_CHARS = 300


def read_card_text(lines: Sequence[TextLine], region: str = "", qr_texts: Sequence[str] = (),
                   file: str = "") -> CardReading:
    """Propose a card's fields from its text lines (and the text of its QR codes, when it has any).

    `region` (ISO 3166, e.g. "DE") is the user's phone region, used for numbers printed without a country code
    when neither the card's address, its + prefixes nor its domain suggests another.
    """
    problems: list[str] = []
    if len(lines) > MAX_LINES:
        problems.append(Message("The picture holds {count} lines of text, more than a business card; only the first "
                                "{read} were read.", count=len(lines), read=MAX_LINES))
    unread = sum(not line.text.strip() for line in lines[:MAX_LINES])
    if unread:
        problems.append(Message("1 line of this card could not be read: printed in a script Afterview cannot read yet "
                                "({scripts}). Type what they say yourself.", scripts=UNREAD_SCRIPTS) if unread == 1
                        else Message("{count} lines of this card could not be read: printed in a script Afterview "
                                     "cannot read yet ({scripts}). Type what they say yourself.", count=unread,
                                     scripts=UNREAD_SCRIPTS))
    lines = [TextLine(unicodedata.normalize("NFC", line.text[:MAX_LINE_CHARS]).strip(), line.box, line.confidence)
             for line in lines[:MAX_LINES] if line.text.strip()]
    rows = _rows(lines)
    reading = CardReading(file=file, lines=list(lines), problems=problems)
    printed_hosts = {host_of(m.group()) for row in rows for m in _URL.finditer(row.rest)
                     if re.match(r"(?:https?://|www\.)", m.group(), re.IGNORECASE)}
    reading.emails = _emails(rows, sorted(printed_hosts))
    email_domains = {e.value.rpartition("@")[2].lower() for e in reading.emails}
    websites = _websites(rows, email_domains)
    reading.website = websites[0] if websites else None
    hosts = [*(host_of(w.value) for w in websites), *email_domains]
    texts = [row.text for row in rows]
    phone_region = card_region(texts, hosts, region)
    reading.phones = _phones(rows, phone_region)
    reading.address = _address(rows)
    japanese = phone_region == "JP" or any(_script_region(t) == "JP" for t in texts)
    if japanese and reading.address is not None:
        # The postal mark 〒 before a code read as the katakana テ it looks like ("社:テ690-0826 島根県...")
        value = re.sub(r"テ(?=\s?\d{3}-\d{4})", "〒", reading.address.value.translate(_JAPANESE_FORMS))
        reading.address = dataclasses.replace(reading.address, value=value)
    people = _people(rows, reading.emails, hosts, japanese)
    reading.name, reading.other_name = people.name, people.other_name
    reading.title, reading.company = people.title, people.company
    if reading.name is not None:
        reading.emails = [_spelt_by_name(email, reading.name.value) for email in reading.emails]
    if phone_region == "CZ":
        # Czech writes ů, never û: on a Czech card the circumflex is the engine's misread ring ("TÛMOVÁ" is TŮMOVÁ).
        for name in ("name", "title", "company", "address"):
            if (found := getattr(reading, name)) is not None and _CZECH_RING.search(found.value):
                setattr(reading, name, dataclasses.replace(found, value=found.value.translate(_CZECH_U)))
    if reading.company is not None and phone_region in _ARABIC_REGIONS:
        # "AI Waha Group" on a Gulf card is Al Waha; elsewhere "AI Solutions" may well mean what it says.
        reading.company = dataclasses.replace(reading.company,
                                              value=_ARTICLE_READ_AS_AI.sub(r"\1l", reading.company.value))
    if reading.company is not None:
        reading.emails = [_spelt_by_company(email, reading.company.value) for email in reading.emails]
        if reading.website is not None:
            reading.website = _spelt_by_company(reading.website, reading.company.value)
    _with_qr(reading, qr_texts)
    if not (reading.name or reading.emails or reading.phones):
        reading.problems.append(english("No name, email address or phone number could be read on this card."))
    return reading


@dataclass(frozen=True)
class AddressParts:
    """A printed address read into the card's fields; what cannot be placed stays in the street."""

    street: str = ""
    postal_code: str = ""
    locality: str = ""
    region: str = ""
    country: str = ""


# "80802 München", "D-80802 München", "1015 BS Amsterdam", "00-590 Warszawa", "111 57 Stockholm"
_POSTAL_FIRST = re.compile(r"^(?:[A-Z]{1,2}-)?(\d{4}\s?[A-Z]{2}(?=\s)|\d{4}-\d{3}|\d{4,5}|\d{2}-\d{3}|\d{3}\s\d{2})"
                           r"\s+([^\d,]{2,})$")
# "Tokyo 160-0022", "New Delhi - 110 019", "London E14 5AB", "Medina Washington 98039"
_POSTAL_LAST = re.compile(r"^([^\d,]{2,}?)\s*[- ]\s*(\d{3}-\d{4}|\d{3}\s?\d{3}|\d{4,6}"
                          r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")
_STATE_AND_ZIP = re.compile(r"^(" + _US_STATES + r")\s+(\d{5}(?:-\d{4})?)$")
_HOUSE_NUMBER = re.compile(r"(?:n[º°o]\.?\s?)?\d{1,4}(?:\s?[a-zA-Z]|\s?bis|\s?ter)?|s/n", re.IGNORECASE)
_JAPANESE_POSTAL = re.compile(r"〒?\s?(\d{3}-\d{4})")


def split_address(text: str) -> AddressParts:
    """"Leopoldstraße 12, 80802 München" as street, postal code and city; "..., Boston, MA 02116" with its
    state; a country named last as the country. An address it cannot read stays whole in the street."""
    parts = [p.strip(" .") for p in text.split(",") if p.strip(" .")]
    # A house number set off by its comma belongs to its street: "12, rue de la Paix", "Rua das Flores, 27".
    for i in range(len(parts) - 1, -1, -1):
        if i >= len(parts) or not _HOUSE_NUMBER.fullmatch(parts[i]):
            continue
        if i > 0 and not re.search(r"\d", parts[i - 1]):
            parts[i - 1 : i + 1] = [f"{parts[i - 1]}, {parts[i]}"]
        elif i + 1 < len(parts) and not re.search(r"\d", parts[i + 1]):
            parts[i : i + 2] = [f"{parts[i]}, {parts[i + 1]}"]
    country = postal = locality = region = ""
    if parts and (found := _COUNTRY.fullmatch(parts[-1])):
        country = found.group()
        parts.pop()
    if not is_latin("".join(parts)):
        japanese = _JAPANESE_POSTAL.search(text)
        street = ", ".join(parts)
        if japanese:
            street = " ".join(_JAPANESE_POSTAL.sub(" ", street).split())
        return AddressParts(street, japanese.group(1) if japanese else "", country=country)
    for i in range(len(parts) - 1, max(len(parts) - 3, -1), -1):
        if (state := _STATE_AND_ZIP.match(parts[i])) and i > 0:
            region, postal, locality = state.group(1), state.group(2), parts[i - 1]
            del parts[i - 1 : i + 1]
            break
        if first := _POSTAL_FIRST.match(parts[i]):
            postal, locality = first.group(1), first.group(2).strip()
            del parts[i]
            break
        if (last := _POSTAL_LAST.match(parts[i])) and i > 0:
            locality, postal = last.group(1).strip(), last.group(2)
            del parts[i]
            break
    else:
        if len(parts) >= 2 and re.fullmatch(r"[^\W\d_][^\d]*(?:\s\d{1,2})?", parts[-1]):
            locality = parts.pop()  # "..., Dublin 2, Ireland", "..., Dubai, UAE": the town last, without a code
    return AddressParts(", ".join(parts), postal, locality, region, country)
