"""vCards from legacy phones and programs: character sets declared per property, raw or quoted-printable, and
values continued on the next line in vCard 2.1 style. Each file is written here byte by byte, as the phone or
program writes it."""

import contextlib

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.core.vcard import read_vcards


def qp(text: str, charset: str) -> str:
    """Text as a vCard 2.1 writer puts it after ENCODING=QUOTED-PRINTABLE: every byte as =XX."""
    return "".join(f"={byte:02X}" for byte in text.encode(charset))


def card(*lines: str, version: str = "2.1") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"


def read_one(data: bytes, source: str = "phone.vcf"):
    result = read_vcards(data, source)
    [read] = result.cards
    return read, result.problems


def test_docomo_export_in_raw_shift_jis_with_the_reading_of_the_name():
    # A docomo phone's microSD backup: raw Shift_JIS bytes, N without FN, the reading in half-width katakana,
    # empty TEL/EMAIL slots and the carrier's own X- lines; the ADR line declares no character set.
    text = card("N;CHARSET=SHIFT_JIS:山田;太郎;;;", "SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾔﾏﾀﾞ;ﾀﾛｳ;;;",
                "TEL;CELL:090-1234-5678", "TEL;HOME:", "EMAIL;INTERNET:taro.yamada@docomo.ne.jp", "EMAIL;HOME:",
                "ADR;WORK:;;丸の内一丁目１番１号;千代田区;東京都;100-0005;",
                "ORG;CHARSET=SHIFT_JIS:ソニー株式会社;営業部",
                "NOTE;CHARSET=SHIFT_JIS:①面接の御礼 髙橋部長にも", "X-CLASS:PUBLIC", "X-REDUCTION:", "X-NO:",
                "X-DCM-HMN-MODE:")
    read, problems = read_one(text.encode("cp932"))
    assert problems == []
    assert (read.full_name, read.family_name, read.given_name, read.family_first) == ("山田太郎", "山田", "太郎", True)
    assert read.pronunciation == "ヤマダ タロウ"
    # ソ is 0x83 0x5C in Shift_JIS: its second byte is a backslash, which must not escape the ';' after it.
    assert read.company == "ソニー株式会社"
    assert read.notes == "①面接の御礼 髙橋部長にも"  # ① and 髙 exist only in Windows' and the phones' Shift_JIS
    assert [(e.value, e.label) for e in read.emails] == [("taro.yamada@docomo.ne.jp", "work")]
    assert [p.value for p in read.phones] == ["090-1234-5678"]
    assert (read.street, read.locality, read.region, read.postal_code) == ("丸の内一丁目１番１号", "千代田区", "東京都",
                                                                           "100-0005")


def test_au_export_in_quoted_printable_shift_jis():
    text = card(f"N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{qp('佐藤', 'cp932')};{qp('花子', 'cp932')};;;",
                f"FN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{qp('佐藤 花子', 'cp932')}",
                f"SOUND;X-IRMC-N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{qp('ｻﾄｳ', 'cp932')};{qp('ﾊﾅｺ', 'cp932')}",
                "X-GNO:3", f"X-GN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{qp('仕事', 'cp932')}",
                "EMAIL;INTERNET;PREF:hanako.sato@ezweb.ne.jp")
    read, problems = read_one(text.encode("ascii"))
    assert problems == []
    assert (read.full_name, read.family_first, read.pronunciation) == ("佐藤 花子", True, "サトウ ハナコ")


def test_softbank_export_with_an_email_continued_on_the_next_line():
    text = card("N;CHARSET=SHIFT_JIS:鈴木;一郎", "EMAIL;INTERNET:ichiro.suzuki.sales-department@",
                "softbank.ne.jp", "TEL;CELL:080-9876-5432", "NOTE;CHARSET=SHIFT_JIS:予定表")
    read, problems = read_one(text.encode("cp932"))
    assert problems == []
    assert [e.value for e in read.emails] == ["ichiro.suzuki.sales-department@softbank.ne.jp"]
    assert [p.value for p in read.phones] == ["080-9876-5432"]
    assert read.notes == "予定表"  # 表 ends in 0x5C too


@pytest.mark.parametrize(("charset", "codec", "family", "given", "company"), [
    ("GB2312", "gb2312", "张", "伟", "北京华为技术有限公司"),
    ("Big5", "big5", "陳", "大文", "台北市信義區商業公司"),
    ("EUC-KR", "euc-kr", "김", "민준", "서울특별시 주식회사"),
    ("KOI8-R", "koi8-r", "Иванов", "Пётр", "ООО Ромашка и партнёры"),
    ("ISO-8859-1", "latin-1", "Müller", "Jürgen", "Grün & Söhne"),
    ("windows-1252", "cp1252", "Œuvrard", "Zoë", "“Café” Société – Paris"),
    ("ISO-8859-2", "iso-8859-2", "Dvořák", "Jiří", "Žluťoučký kůň s.r.o."),
])
def test_each_legacy_charset_raw_and_quoted_printable(charset, codec, family, given, company):
    raw = card(f"N;CHARSET={charset}:{family};{given}", f"ORG;CHARSET={charset}:{company}",
               "TEL;WORK:+1 555 0100").encode(codec)
    encoded = card(f"N;CHARSET={charset};ENCODING=QUOTED-PRINTABLE:{qp(family, codec)};{qp(given, codec)}",
                   f"ORG;ENCODING=QUOTED-PRINTABLE;CHARSET={charset}:{qp(company, codec)}",
                   "TEL;WORK:+1 555 0100").encode("ascii")
    for data in (raw, encoded):
        read, problems = read_one(data)
        assert problems == []
        assert (read.family_name, read.given_name, read.company) == (family, given, company)


def test_a_file_mixing_charsets_card_by_card_and_property_by_property():
    data = b"".join([
        card("FN:Siobhán Ní Bhriain", "EMAIL:siobhan@example.ie", version="3.0").encode("utf-8"),
        card("FN;CHARSET=ISO-8859-1:José Muñoz", "ORG;CHARSET=SHIFT_JIS:").encode("latin-1"),
        card("N;CHARSET=SHIFT_JIS:田中;博", "ORG;CHARSET=UTF-8:Zürich Analytics").encode("utf-8")
        .replace("田中;博".encode(), "田中;博".encode("cp932")),
        card("FN;CHARSET=KOI8-R:Ольга Смирнова", "TEL:+7 495 000 0000").encode("koi8-r"),
        card(f"FN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:{qp('王芳', 'gb2312')}", "TEL:+86 10 0000").encode(),
    ])
    result = read_vcards(data, "merged.vcf")
    assert result.problems == []
    assert [c.display_name for c in result.cards] == ["Siobhán Ní Bhriain", "José Muñoz", "田中博", "Ольга Смирнова",
                                                      "王芳"]
    assert result.cards[2].company == "Zürich Analytics"


def test_a_phone_file_resaved_as_utf8_keeps_its_old_labels_and_still_reads():
    # Opened in an editor and saved as UTF-8: the bytes changed, the CHARSET labels did not.
    text = card("N;CHARSET=SHIFT_JIS:山田;花子", "FN;CHARSET=ISO-8859-1:Müller Hanako",
                "ORG;CHARSET=EUC-KR:한국전자")
    read, problems = read_one(text.encode("utf-8"))
    assert problems == []
    assert (read.family_name, read.given_name, read.full_name, read.company) == ("山田", "花子", "Müller Hanako",
                                                                                 "한국전자")


def test_lines_without_a_charset_follow_the_one_the_file_declares():
    # Only N names the character set; the phone wrote every other line in it too.
    text = card("N;CHARSET=BIG5:林;美玲", "ORG:台灣積體電路", "NOTE:面試後寄感謝信",
                f"TITLE;ENCODING=QUOTED-PRINTABLE:{qp('經理', 'big5')}")
    read, problems = read_one(text.encode("big5"))
    assert problems == []
    assert (read.full_name, read.company) == ("林美玲", "台灣積體電路")
    assert (read.notes, read.title) == ("面試後寄感謝信", "經理")


def test_quoted_printable_without_a_charset_in_windows_text():
    # Old Nokia and Outlook exports: Latin-1 bytes, quoted-printable, no CHARSET.
    text = card("N;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen", "FN;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller",
                "NOTE;ENCODING=QUOTED-PRINTABLE:=93Danke=94 =96 bis bald")
    read, problems = read_one(text.encode("ascii"))
    assert problems == []
    assert (read.full_name, read.notes) == ("Jürgen Müller", "“Danke” – bis bald")


def test_iso_2022_jp_raw_and_quoted_printable():
    name = "岡本 由美".encode("iso2022_jp")
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-2022-JP:" + name + b"\r\n"
            + f"ORG;CHARSET=ISO-2022-JP;ENCODING=QUOTED-PRINTABLE:{qp('富士通', 'iso2022_jp')}\r\n".encode()
            + b"TEL:03-0000-0000\r\nEND:VCARD\r\n")
    read, problems = read_one(data)
    assert problems == []
    assert (read.full_name, read.company) == ("岡本 由美", "富士通")


def test_an_unknown_charset_is_read_as_well_as_can_be_and_named():
    text = card("FN;CHARSET=X-NOKIA-ODD:Ana Pérez", "TEL:+34 600 000 000")
    read, problems = read_one(text.encode("utf-8"), "odd.vcf")
    assert read.full_name == "Ana Pérez"
    assert problems == ["odd.vcf, card 1 (line 1), Ana Pérez: imported, but line 3 names a character set Afterview "
                        "does not know (X-NOKIA-ODD), so its text may read wrongly"]


def test_quoted_printable_bytes_that_fit_no_charset_still_name_the_line():
    text = card("FN:Broken Bytes", "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Acme=FF=FE", "TEL:+1 555 0100")
    read, problems = read_one(text.encode("ascii"), "bad.vcf")
    assert read.company == ""
    assert problems == ["bad.vcf, card 1 (line 1), Broken Bytes: imported, but skipped unreadable line 4 (its "
                        "quoted-printable text does not read as UTF-8 text)"]


def test_a_long_note_wrapped_by_the_writer_reads_as_one_paragraph_and_short_lines_stay_lines():
    wrapped = card("FN:Dana Whitfield", "NOTE:Met at the second interview; she explained how the platform team c",
                   "ut its release time from weeks to days.", "EMAIL:dana@northwind.example")
    read, _ = read_one(wrapped.encode())
    assert read.notes == ("Met at the second interview; she explained how the platform team cut its release time "
                          "from weeks to days.")
    typed = card("FN:Dana Whitfield", "NOTE:Ask about on-call", "Meeting: Tuesday at 10", "Bring the portfolio",
                 "TEL;WORK:+44 20 7946 0000")
    read, problems = read_one(typed.encode())
    assert problems == []
    assert read.notes == "Ask about on-call\nMeeting: Tuesday at 10\nBring the portfolio"
    assert [p.value for p in read.phones] == ["+44 20 7946 0000"]


def test_a_continued_value_never_swallows_a_real_property():
    text = card("FN:Lena Fischer", "NOTE:Short note", "title:Head of Data", "item1.EMAIL;type=INTERNET:lena@example.de",
                "X-CUSTOM-FIELD:kept apart", "CUSTOM;TYPE=foo:an unknown property with parameters",
                "URL:https://example.de/team/", "lena-fischer", "TEL;CELL:+49 170 000 0000")
    read, problems = read_one(text.encode())
    assert problems == []
    assert (read.notes, read.title) == ("Short note", "Head of Data")
    assert [e.value for e in read.emails] == ["lena@example.de"]
    assert read.website == "https://example.de/team/lena-fischer"
    assert [p.value for p in read.phones] == ["+49 170 000 0000"]


def test_rfc_folding_with_a_leading_blank_stays_folding():
    text = card("FN:Priya Raman", "EMAIL:priya.raman@", " fabrikam.example", "NOTE:First part and", "  second part",
                version="3.0")
    read, _ = read_one(text.encode())
    assert [e.value for e in read.emails] == ["priya.raman@fabrikam.example"]
    assert read.notes == "First part and second part"


def test_a_quoted_printable_value_continued_without_its_soft_break():
    text = card(f"NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:{qp('二次面接', 'cp932')}", qp("の日程", "cp932"),
                "FN:Kenji Mori")
    read, problems = read_one(text.encode("ascii"))
    assert problems == []
    assert read.notes == "二次面接の日程"


def test_a_stray_line_after_version_or_a_name_is_still_reported():
    text = card("this is not a property", "FN:Odd Card", "stray words", "TITLE:Recruiter")
    read, problems = read_one(text.encode(), "stray.vcf")
    assert (read.full_name, read.title) == ("Odd Card", "Recruiter")
    assert problems == ["stray.vcf, card 1 (line 1), Odd Card: imported, but skipped unreadable line 3 (not a vCard "
                        "property: 'this is not a property'), line 5 (not a vCard property: 'stray words')"]


def test_a_name_wrapped_at_the_writers_width_is_joined():
    text = card("FN:Ms Siobhán Ní Bhriain-Ó Súilleabháin, Head of Talent Acquisition for Eu", "rope and Africa",
                "TEL:+353 1 000 0000")
    read, problems = read_one(text.encode("cp1252"), "wrapped.vcf")
    assert problems == []
    assert read.full_name == "Ms Siobhán Ní Bhriain-Ó Súilleabháin, Head of Talent Acquisition for Europe and Africa"


def test_endless_stray_lines_are_held_to_the_card_limits():
    text = card("FN:Hostile", "NOTE:start", *(["words of a note"] * 5000))
    result = read_vcards(text.encode(), "stray.vcf")
    [read] = result.cards
    assert read.notes.count("\n") == 100  # a note takes at most 100 continued lines
    assert "only the first 1,000 were read" in result.problems[0]


def test_thousands_of_continued_lines_read_in_runs_as_each_would_read_alone():
    from desktop.core.vcard_text import decode_vcf_bytes

    lines = ["続きの行です"] * 2_500
    lines[1_700] = "Chloé Dupré-Lefèvre"  # in Windows-1252, which Shift_JIS cannot read: its run is read line by line
    raw = [line.encode("cp1252" if line == "Chloé Dupré-Lefèvre" else "cp932") for line in lines]
    data = b"\r\n".join([b"BEGIN:VCARD", b"VERSION:2.1", b"NOTE;CHARSET=SHIFT_JIS:" + raw[0], *raw[1:],
                          b"END:VCARD", b""])
    text, _ = decode_vcf_bytes(data, "stray.vcf")
    assert text.split("\r\n") == ["BEGIN:VCARD", "VERSION:2.1", "NOTE;CHARSET=SHIFT_JIS:" + lines[0], *lines[1:],
                                  "END:VCARD", ""]



def _repertoire(codec: str) -> str:
    """Every printable character one or two bytes of `codec` decode to (the private-use area left out)."""
    found: set[str] = set()
    for first in range(0x80, 0x100):
        for data in (bytes([first]), *(bytes([first, second]) for second in range(0x40, 0x100))):
            try:
                char = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and char.isprintable() and not char.isspace() and not 0xE000 <= ord(char) <= 0xF8FF:
                found.add(char)
    return "".join(sorted(found))


# Each label with the code page phones and PC suites write under it (vendor mappings differ on a few symbols).
_CHARSETS = {"SHIFT_JIS": "cp932", "GB2312": "gbk", "Big5": "cp950", "EUC-KR": "cp949", "KOI8-R": "koi8-r",
             "ISO-8859-1": "latin-1", "windows-1251": "cp1251"}
_ALPHABETS = {label: _repertoire(codec) + "AZaz09 .@-" for label, codec in _CHARSETS.items()}


@settings(max_examples=40, deadline=None)
@given(data=st.data(), label=st.sampled_from(sorted(_CHARSETS)))
def test_any_text_in_a_legacy_charset_reads_back_exactly(data, label):
    codec = _CHARSETS[label]
    text = data.draw(st.text(alphabet=_ALPHABETS[label], min_size=1, max_size=30).map(str.strip).filter(bool))
    encoded = text.encode(codec)
    # Bytes that are valid UTF-8 as well are read as UTF-8 (a file re-saved by an editor): tested above.
    with contextlib.suppress(UnicodeDecodeError):
        assume(encoded.decode("utf-8") == text)
    raw = card("FN:Test Card", f"ORG;CHARSET={label}:{text}",
               f"NOTE;CHARSET={label};ENCODING=QUOTED-PRINTABLE:{qp(text, codec)}").encode(codec)
    read, problems = read_one(raw)
    assert (read.company, read.notes, problems) == (text, text, [])



def test_a_utf8_file_with_a_wrong_single_byte_label_still_reads_as_utf8():
    # Some programs write CHARSET=US-ASCII or ISO-8859-1 on everything; the bytes are UTF-8 all the same.
    text = card("FN;CHARSET=US-ASCII:山田 花子", "ORG;CHARSET=ISO-8859-1:Ærøskøbing Ølbryggeri", "TEL:+81 3 0000 0000")
    read, problems = read_one(text.encode("utf-8"))
    assert (read.full_name, read.company, problems) == ("山田 花子", "Ærøskøbing Ølbryggeri", [])
