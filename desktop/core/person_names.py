"""Names as people use them: a printed name split into given and family names, and the form a note greets.

A small rule set rather than a general name parser: the cases that matter here (Irish Ní and Mac, Dutch van der,
Arabic bin, compound Spanish names, family-name-first names) each need a rule of their own, and a parser's
first/middle/last model puts "José García" or "bin Salman" in a middle name that a card has no field for.
Some names cannot be told apart from their words alone ("María José García" may be María + José García);
the card dialog shows the split so the user can correct it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Honorifics printed before a name; those in _ACADEMIC are kept in the greeting ("Dr. Tanaka").
_HONORIFICS = {"dr", "dra", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "herr", "frau",
               "m", "mme", "mlle", "sr", "sra", "srta", "ing", "rev", "fr", "lord", "lady", "hon"}
_ACADEMIC = {"dr", "dra", "prof", "professor"}
# Letters after a name, left out wherever they stand; not those that are also names ("Vincent Ma", "Anna Pe").
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "mba", "msc", "bsc", "md", "esq", "cpa", "obe", "mbe", "cbe",
             "mphil", "dphil", "llm", "llb", "meng", "beng", "cfa"}
# What follows a name after a comma in a signature or a LinkedIn profile: degrees and certifications
# ("Anna Weber, MBA, CSPO", "Dr. Anna Weber, M.Sc."), short words in capitals or with full stops.
_CREDENTIAL = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\.){1,4}(?:[A-Za-z]{0,3}\.?)?"  # M.Sc., Ph.D., B.A.
                         r"|[A-Z][A-Z0-9&+]{1,6}|[A-Z][a-z]?[A-Z]{1,5}")  # MBA, CSPO, PhD, MSc
# A headline after the name, as LinkedIn and signatures add it: "Anna Weber | Talent Acquisition", "Anna Weber –
# Hiring!"; and a maiden name in brackets: "Anna Weber (née Schmidt)", "(geb. Schmidt)".
_HEADLINE = re.compile(r"\s+[|–—-]\s.*$|\s*\|.*$")
_MAIDEN_NAME = re.compile(r"\s*\((?:née|nee|geb\.?|geborene|born|formerly)\s[^)]*\)", re.IGNORECASE)
# Words that open a family name when they follow the given name: Irish (Ní Bhriain, Mac Gearailt, Ó Súilleabháin),
# Dutch and German (van der Berg, von der Leyen, zu Guttenberg), French, Italian, Spanish and Portuguese
# (de la Fuente, du Pont, di Stefano, da Silva, dos Santos), Arabic and Malay (bin Salman, binti Abdullah,
# Abu Khalil, Al Saud).
_PARTICLES = {
    "ní", "nic", "mac", "mc", "mhic", "ó", "o", "ua", "uí",
    "van", "von", "der", "den", "ten", "ter", "te", "zu", "zum", "zur", "vom",
    "de", "del", "los", "las", "della", "delle", "dello", "degli", "di", "da", "das", "do", "dos", "du", "des",
    "la", "le", "lo",
    "bin", "binti", "bint", "ibn", "abu", "al", "el",
}  # fmt: skip
# Particles written in lower case whatever the card's capitals ("Anna VAN DER BERG" is Anna van der Berg).
_LOWER_PARTICLES = _PARTICLES - {"ní", "nic", "mac", "mc", "mhic", "ó", "o", "ua", "uí", "abu", "al", "el"}
# Spanish "y", Portuguese "e" and Catalan "i" join a double family name: José Ortega y Gasset.
_JOINTS = {"y", "e", "i"}
# Given names that usually open a compound given name, greeted whole: María José, José Luis, Jean Paul, Mary Ann.
_COMPOUND_GIVEN = {"maría", "maria", "josé", "jose", "juan", "ana", "luis", "luiz", "joão", "miguel", "francisco",
                   "jean", "marie", "anne", "mary", "gian", "pier", "josep", "joan"}
# The commonest Vietnamese family names, which open a name printed in Vietnamese order (Nguyễn Văn An). Only forms
# that are no one's given name: "Lê", "Hồ" and "Lý" with their marks, but not "Le", "Ho", "Ly" or "Mai".
_VIETNAMESE_FAMILY = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
                      "dương", "lý", "đinh", "trương", "đoàn", "trịnh",
                      "nguyen", "tran", "pham", "hoang", "huynh", "truong", "trinh", "duong"}
# A name printed in quotes or brackets between the others: Robert "Bob" Smith, Robert (Bob) Smith.
_NICKNAME = re.compile(r"""(?:^|\s)["“‘(']([^"”’)']+)["”’)'](?=\s|$)""")
# Pronouns shown after a name, as LinkedIn and email signatures do: "Anna Weber (she/her)", "Sam Lee [they/them]",
# "Lena Vogt (sie/ihr)". Not a nickname, nor part of any name.
_PRONOUN = r"(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|hir|xe|xem|ey|em|fae|faer|any|all|sie|ihr|er|ihm|" \
           r"il|lui|elle|iel|ella|él|elle)"
_PRONOUNS = re.compile(rf"\s*[(\[]\s*{_PRONOUN}(?:\s*/\s*{_PRONOUN})+\s*[)\]]", re.IGNORECASE)


# A card for a team or a role rather than a person ("The Hiring Team", "hiring manager", "Talent Acquisition"),
# greeted whole: "Dear Hiring Team,", not "Dear The,".
_GROUP_WORDS = {"hiring", "team", "manager", "managers", "recruiting", "recruitment", "recruiter", "recruiters",
                "talent", "acquisition", "people", "hr", "committee", "panel", "search", "selection", "human",
                "resources", "department", "careers", "admissions", "office", "staff", "sir", "madam", "or", "and",
                "interview", "interviewers", "of", "the", "all", "&"}
# A card that holds an email address instead of a name: "ana.ruiz@acme.com" is Ana Ruiz.
_EMAIL = re.compile(r"^\s*<?([^\s@<>]+)@[\w.-]+\.\w+>?\s*$")


def group_name(full_name: str) -> str:
    """How a note greets a card that names a team or a role ("the hiring team" is "Hiring Team"); "" for a person."""
    words = full_name.split()
    if not words or not all(word.lower() in _GROUP_WORDS for word in words):
        return ""
    words = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
    return " ".join(w.upper() if w.lower() == "hr" else w.lower() if w.lower() in ("of", "or", "and") else
                    w[:1].upper() + w[1:].lower() if w.islower() or w.isupper() else w for w in words)


@dataclass(frozen=True)
class NameParts:
    """A printed name read into its parts; `title` and `nickname` are empty when the card prints none."""

    given: str
    family: str
    title: str = ""  # the first honorific, as printed: "Dr.", "Prof.", "Ms."
    nickname: str = ""
    family_first: bool = False  # the family name comes first: said by the user, or by the card in capitals

    @property
    def academic_title(self) -> str:
        return self.title if _bare(self.title) in _ACADEMIC else ""


def _bare(word: str) -> str:
    return word.strip(".,").casefold()


def _is_suffix(word: str) -> bool:
    """A letter after the name: "Jr.", "PhD", "Ph.D.", "M.Sc."."""
    return _bare(word).replace(".", "") in _SUFFIXES


def _credentials_only(part: str) -> bool:
    """A comma's part that holds only degrees and certifications: "MBA", "CSPO", "M.Sc.", "PhD"."""
    words = part.split()
    return bool(words) and all(_is_suffix(w) or _CREDENTIAL.fullmatch(w.strip(",")) for w in words)


def _symbols_left_out(text: str) -> str:
    """Emoji, flags and other symbols that profiles put around a name ("✨ Anna Weber 🇩🇪") left out."""
    kept = "".join(c for c in text if not unicodedata.category(c).startswith("S") and c not in "\u200d\ufe0f")
    return " ".join(kept.split())


def _is_initial(word: str) -> bool:
    return len(word.strip(".")) == 1


_LETTERS = re.compile(r"[^\W\d_]+")


def _letters(word: str) -> int:
    return sum(len(run) for run in _LETTERS.findall(word))


def _shouts(word: str) -> bool:
    """A word of two letters or more in capitals; an initial ("J.") is not shouting."""
    return _letters(word) > 1 and word.isupper()


def _vietnamese_order(words: list[str]) -> bool:
    """A Vietnamese family name first and not last: "Nguyễn Văn An", "Tran Thi Mai", but not "Linh Nguyen"."""
    return len(words) > 1 and _bare(words[0]) in _VIETNAMESE_FAMILY and _bare(words[-1]) not in _VIETNAMESE_FAMILY


def _unshout(words: list[str]) -> list[str]:
    """A family name printed in capitals among other words ("TANAKA Hiroshi") in the case of the rest."""
    if all(_shouts(w) for w in words):
        return words
    return in_usual_case(words)


def in_usual_case(words: list[str]) -> list[str]:
    """Words printed in capitals as a name is usually written ("JEAN-PIERRE" -> "Jean-Pierre", "O'NEILL" ->
    "O'Neill", "VAN" -> "van"); the other words as they are."""
    def usual(run: re.Match[str]) -> str:
        return run.group()[:1] + run.group()[1:].lower()

    return [w if not _shouts(w) else w.lower() if _bare(w) in _LOWER_PARTICLES else _LETTERS.sub(usual, w)
            for w in words]


def parse_name(full_name: str, family_first: bool | None = None) -> NameParts:
    """Read a printed name; `family_first` says whether the family name comes first (Tanaka Hiroshi).

    When it is None the card decides: the family name comes first when it alone is in capitals
    ("TANAKA Hiroshi") or is a Vietnamese one printed first ("Nguyễn Văn An"). A comma after the family name
    ("García Márquez, Gabriel") says so whatever the flag.
    Honorifics (Dr., Ms., ...) and suffixes (Jr., PhD, ...) are left out of the
    parts, a name in quotes or brackets is read as the nickname.
    """
    nickname = ""
    if email := _EMAIL.match(full_name):  # its local part, without digits: "ana.ruiz91" is "ana ruiz"
        full_name = " ".join(re.sub(r"\d+", "", email.group(1)).replace("_", ".").replace("-", ".").split("."))
    full_name = _symbols_left_out(_MAIDEN_NAME.sub("", _PRONOUNS.sub("", _HEADLINE.sub("", full_name))))
    if match := _NICKNAME.search(full_name):
        nickname = match.group(1).strip()
        full_name = full_name[:match.start()] + full_name[match.end():]
    parts = [p for p in full_name.split(",") if p.strip()]
    # Degrees after a comma are left out, but a comma's second part is a given name when the first is one word
    # ("Weber, Anna"; "WEBER, ANNA" too), however it is printed.
    parts = parts[:1] + [p for p in parts[1:] if not (_credentials_only(p) and
                                                      (len(parts[0].split()) > 1 or all(map(_is_suffix, p.split()))))]
    if len(parts) >= 2:
        given, title = _without_honorifics(parts[1].split())
        family = " ".join(_unshout(parts[0].split()))
        return NameParts(" ".join(_unshout(given)), family, title, nickname)
    words, title = _without_honorifics(parts[0].split() if parts else [])
    while len(words) > 1 and _is_suffix(words[-1]):
        words.pop()
    if family_first is None:
        family_first = (len(words) > 1 and _shouts(words[0]) and not _shouts(words[-1])) or _vietnamese_order(words)
    words = _unshout(words)
    if len(words) < 2:
        if title:  # "Prof. Weber", "Ms. Okafor": a title comes before a family name
            return NameParts("", " ".join(words), title, nickname, family_first)
        return NameParts(" ".join(words), "", title, nickname, family_first)
    if family_first:
        return NameParts(" ".join(words[1:]), words[0], title, nickname, True)
    start = _family_start(words)
    return NameParts(" ".join(words[:start]), " ".join(words[start:]), title, nickname)


def _without_honorifics(words: list[str]) -> tuple[list[str], str]:
    """The words after any leading honorifics ("Prof. Dr."), and the first academic one of them ("Herr Dr." is
    Dr.), else the first."""
    words = list(words)
    titles = []
    while len(words) > 1 and _bare(words[0]) in _HONORIFICS:
        titles.append(words.pop(0))
    academic = [title for title in titles if _bare(title) in _ACADEMIC]
    return words, (academic or titles or [""])[0]


def _family_start(words: list[str]) -> int:
    """Where the family name begins in a given-first name of two or more words."""
    last = len(words) - 1
    for i in range(1, last):
        if words[i] in _JOINTS and i >= 2:
            return i - 1  # Ortega y Gasset
        if _bare(words[i]) in _PARTICLES:
            return i
    if len(words) >= 4 and not any(_is_initial(w) for w in words):
        return len(words) - 2  # two given names and two family names: María José García Márquez
    return last


def split_name(full_name: str, family_first: bool | None = None) -> tuple[str, str]:
    """Split a printed name into (given, family); see parse_name."""
    parts = parse_name(full_name, family_first)
    return parts.given, parts.family


def reads_family_first(full_name: str) -> bool:
    """Whether the card itself prints the family name first: in capitals ("TANAKA Hiroshi"), or a Vietnamese one."""
    return parse_name(full_name).family_first


def _greeted_given(given: str) -> str:
    """The given name people use: the first one, or the first two of a compound name (María José)."""
    words = given.split()
    if len(words) >= 2 and _bare(words[0]) in _COMPOUND_GIVEN and not _is_initial(words[1]):
        return " ".join(words[:2])
    return words[0] if words else ""


def _calm(name: str) -> str:
    """A name's words of three letters or more printed in capitals, in the usual case; the rest as printed."""
    return " ".join(in_usual_case([word])[0] if _letters(word) > 2 else word for word in name.split())


def _capitalised(name: str) -> str:
    """A name typed in small letters with the capitals a name usually has ("jean-pierre" -> "Jean-Pierre", "o'neill"
    -> "O'Neill"); its particles stay small ("van", "de")."""
    return " ".join(word if _bare(word) in _LOWER_PARTICLES
                    else _LETTERS.sub(lambda run: run.group()[:1].upper() + run.group()[1:], word)
                    for word in name.split())


def propose_greeting(full_name: str, given: str, family: str, family_first: bool = False,
                     honorific: str = "") -> str:
    """The form a note greets the person by, from their name: "Siobhán", "Dr. Tanaka", "Bob".

    `given` and `family` are the card's split (as the user corrected it); `honorific` is one the user chose
    ("Ms."), which greets by the family name. A nickname printed on the card is used as it is; a Dr. or Prof.
    on the card greets by title and family name. A family-first name is greeted with the card's honorific and
    the family name, or else in full as printed (Tanaka Hiroshi), since no honorific can be guessed.
    """
    if group := group_name(full_name):
        return group
    parts = parse_name(full_name, family_first)
    given, family = _as_greeted(full_name, given.strip() or parts.given, family.strip() or parts.family)
    if honorific.strip() and family:
        return f"{honorific.strip()} {family}"
    if parts.nickname:
        return parts.nickname
    title = _title_as_written(parts.title)
    if (parts.academic_title or (title and not given)) and family:
        return f"{title} {family}"  # "Dr. Tanaka"; "Ms. Okafor" when the card gives no given name
    if family_first:
        if title and family:
            return f"{title} {family}"
        return " ".join(p for p in (family, given) if p)
    if given and all(_is_initial(w) for w in given.split()):
        return " ".join(p for p in (given, family) if p)  # "Dear J.," greets no one: "Dear J. R. R. Tolkien,"
    return _greeted_given(given) or family


def addressed_name(full_name: str, given: str, family: str, family_first: bool = False) -> str:
    """The name in full as a letter's salutation writes it ("Dear Dr. Anna Weber,"): the title, the given and
    the family names in the card's order, with capitals as a name has them, and without a nickname, pronouns or
    letters after the name ("Weber, Anna (she/her)" and "anna weber, PhD" are both "Anna Weber")."""
    if group := group_name(full_name):
        return group
    parts = parse_name(full_name, family_first)
    given, family = _as_greeted(full_name, given.strip() or parts.given, family.strip() or parts.family)
    names = (family, given) if family_first or parts.family_first else (given, family)
    return " ".join(p for p in (_title_as_written(parts.title), *names) if p)


def _as_greeted(full_name: str, given: str, family: str) -> tuple[str, str]:
    """Given and family names as a note writes them. A card printed all in capitals ("OLIVIA WILSON") greets
    "Dear Olivia,", not "Dear OLIVIA,"; two letters ("AJ", "BO") may be initials, so they stay as printed. A name
    typed in a hurry, all in small letters ("jane doe"), greets "Dear Jane,". The card keeps what it has."""
    given, family = _calm(given), _calm(family)
    if full_name == full_name.lower():
        given, family = _capitalised(given), _capitalised(family)
    return given, family


def _title_as_written(title: str) -> str:
    """"DR." and "dr." as "Dr."; any other form as printed."""
    return title.capitalize() if title.isupper() or title.islower() else title


def greeting(greet_as: str, full_name: str, given: str, family: str, family_first: bool = False) -> str:
    """The form a note greets the person by: the one the user set, else the proposal (an empty one means that)."""
    return greet_as.strip() or propose_greeting(full_name, given, family, family_first)
