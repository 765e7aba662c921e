"""Conformance over the real-world .vcf files in ../shared/corpus: each imports or is refused by name."""

import os
from pathlib import Path

import pytest

from desktop.core.cards import ImportProblem
from desktop.core.vcard import read_vcards

CORPUS = Path(os.environ.get("AFTERVIEW_CORPUS") or Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
FILES = sorted((CORPUS / "vcf").glob("*.vcf")) if (CORPUS / "vcf").is_dir() else []

# What a careful user would expect to see after importing these files (display names, in file order).
EXPECTED_NAMES = {
    "ezvcard__gmail-list.vcf": ["Arnold Smith", "Chris Beatle", "Doug White"],
    "ezvcard__gmail-single.vcf": ["Greg Dartmouth"],
    "ezvcard__John_Doe_ANDROID.vcf": ["john.doe@company.com", "jane.doe@company.com", "Ñ Ñ Ñ Ñ Ñ",
                                      "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "ÑÑÑÑ"],
    "ezvcard__John_Doe_IPHONE.vcf": ["Mr. John Richter James Doe Sr."],
    "ezvcard__John_Doe_EVOLUTION.vcf": ["Mr. John Richter, James Doe Sr."],
    "ezvcard__John_Doe_LOTUS_NOTES.vcf": ["Mr. Doe John I Johny"],
    "ezvcard__John_Doe_MS_OUTLOOK.vcf": ["Mr. John Richter James Doe Sr."],
    "ezvcard__outlook-2003.vcf": ["John Doe III"],
    "ezvcard__rfc6350-example.vcf": ["Simon Perreault"],
    "icaljs__escape_semicolon.vcf": ["First Last NextCloud"],
    "thunderbird__dos_vcard_addressbook.vcf": ["Name Surname"],
    "thunderbird__emptylines_vcard_addressbook.vcf": ["John Doe", "Jane Doe"],
    "thunderbird__export.vcf": ["contact number one", "contact number two"],
    "thunderbird__v4-uri-png.vcf": ["URI PNG, version 4.0"],
}


def _params():
    if not FILES:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no corpus at {CORPUS}"), id="no-corpus")]
    return [pytest.param(path, id=path.name) for path in FILES]


@pytest.mark.corpus
@pytest.mark.parametrize("path", _params())
def test_every_corpus_file_imports_or_is_refused_by_name(path: Path):
    try:
        result = read_vcards(path.read_bytes(), path.name)
    except ImportProblem as problem:
        assert path.name in str(problem)
        assert path.name not in EXPECTED_NAMES, f"{path.name} was expected to import: {problem}"
        print(f"{path.name}: refused: {problem}")
        return
    print(f"{path.name}: {len(result.cards)} card(s), {len(result.problems)} problem(s)")
    assert result.cards
    assert all(card.display_name.strip() for card in result.cards)
    assert all(problem.startswith(f"{path.name}, card ") for problem in result.problems)
    if path.name in EXPECTED_NAMES:
        assert [card.display_name for card in result.cards] == EXPECTED_NAMES[path.name]


@pytest.mark.corpus
def test_the_corpus_cards_keep_their_fields():
    """A few fields a careful user checks first, from files whose quirks the importer must absorb."""
    if not FILES:
        pytest.skip(f"no corpus at {CORPUS}")
    vcf = CORPUS / "vcf"
    [iphone] = read_vcards((vcf / "ezvcard__John_Doe_IPHONE.vcf").read_bytes(), "iphone.vcf").cards
    assert (iphone.company, iphone.title, iphone.website) == ("IBM", "Money Counter", "http://www.ibm.com")
    assert iphone.photo is not None and iphone.photo_type == "image/jpeg"
    assert ("905-222-1234", "assistant") in [(p.value, p.label) for p in iphone.phones]
    [mac] = read_vcards((vcf / "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf").read_bytes(), "mac.vcf").cards
    assert mac.pronunciation == "Jon Dow"
    [outlook] = read_vcards((vcf / "ezvcard__outlook-2003.vcf").read_bytes(), "o.vcf").cards
    assert outlook.company == "Company, The"
    assert outlook.notes == "This is the note field!!\nSecond line\n\nThird line is empty"
    [png] = read_vcards((vcf / "thunderbird__v4-uri-png.vcf").read_bytes(), "png.vcf").cards
    assert png.photo_type == "image/png" and png.photo.startswith(b"\x89PNG")
    android = read_vcards((vcf / "ezvcard__John_Doe_ANDROID.vcf").read_bytes(), "android.vcf")
    assert [p.split(":")[0] for p in android.problems] == ["android.vcf, card 5 (line 36), Ñ Ñ Ñ Ñ",
                                                           "android.vcf, card 6 (line 71), ÑÑÑÑ"]
