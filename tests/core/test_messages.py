"""The markers for texts below the faces read as the English the command line prints, and remember what a face needs
to say them in another language: the template and its values, a count's plural forms, a date or a moment."""

from __future__ import annotations

import errno
import xml.etree.ElementTree as ElementTree
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.core.messages import (
    LongDate,
    Lowered,
    Message,
    Plural,
    RelativeTime,
    os_reason,
    plural,
    together,
)

ROOT = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")


def test_a_count_reads_in_the_singular_or_the_plural() -> None:
    assert plural("%n contact(s)", "", 1) == "1 contact"
    assert plural("%n contact(s)", "", 5) == "5 contacts"
    assert plural("%n opportunit(y/ies)", "", 1) == "1 opportunity"
    assert plural("%n opportunit(y/ies)", "", 3) == "3 opportunities"
    assert plural("%n decision(s) after your own date(s)", "", 2) == "2 decisions after your own dates"
    made = plural("%n item(s) in {file}", "", 0, file="cards.vcf")
    assert made == "0 items in cards.vcf"
    assert isinstance(made, Plural) and (made.template, made.number, made.values) == (
        "%n item(s) in {file}", 0, {"file": "cards.vcf"})


def test_the_english_catalogue_s_plural_forms_are_the_ones_the_core_writes() -> None:
    catalogue = ElementTree.parse(ROOT / "resources" / "translations" / "afterview_en.ts")
    checked = 0
    core = next(c for c in catalogue.iter("context") if not c.findtext("name"))  # the markers' texts, not tr()'s
    for message in core.iter("message"):
        source = message.findtext("source") or ""
        forms = [form.text for form in message.iter("numerusform")]
        if message.get("numerus") == "yes" and ("(s)" in source or "/" in source):
            template = source.replace("{", "{{").replace("}", "}}")  # its placeholders stay as they are
            assert forms == [str(Plural(template, "", 1)).replace("1", "%n", 1),
                             str(Plural(template, "", 2)).replace("2", "%n", 1)], source
            checked += 1
    assert checked > 20


def test_texts_in_a_row_keep_their_own_markers() -> None:
    parts = [Message("{file}: not imported", file="a.vcf"), "b.vcf: 1 added"]
    joined = together(parts, "; ")
    assert joined == "a.vcf: not imported; b.vcf: 1 added"
    assert isinstance(joined, Message) and list(joined.values.values()) == parts
    assert together([]) == ""


def test_dates_and_moments_read_in_english_whatever_the_machine_s_locale() -> None:
    assert str(LongDate.of(date(2026, 3, 26))) == "Thursday 26 March 2026"
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert str(RelativeTime.of(datetime(2026, 11, 25, 17, 0, tzinfo=UTC), now, BERLIN)) == "today at 18:00"
    assert str(RelativeTime.of(datetime(2026, 11, 26, 7, 30, tzinfo=UTC), now, BERLIN, capital=True)) == \
        "Tomorrow at 08:30"
    assert str(RelativeTime.of(datetime(2026, 11, 30, 7, 30, tzinfo=UTC), now, BERLIN)) == "Monday at 08:30"
    assert str(RelativeTime.of(datetime(2026, 12, 3, 7, 30, tzinfo=UTC), now, BERLIN)) == "Thu 3 Dec at 08:30"
    assert Message("Due {when}", when=LongDate.of(date(2026, 3, 26))) == "Due Thursday 26 March 2026"



def test_a_date_in_a_message_the_command_line_and_the_english_printout_has_no_leading_zero() -> None:
    from desktop.printing.checklist import ENGLISH

    moment = datetime(2026, 12, 4, 9, 5, tzinfo=BERLIN)
    assert Message("The call time {when} is in the future.", when=moment) == \
        "The call time Fri 4 Dec 2026, 09:05 is in the future."
    assert Message("The next date {day} is before the call.", day=date(2026, 12, 4)) == \
        "The next date Fri 4 Dec 2026 is before the call."
    assert ENGLISH.moment(moment) == "Fri 4 Dec 2026, 09:05"  # the printed checklist's deadline, as the window's
    assert ENGLISH.day(date(2026, 12, 4)) == "Friday 4 December 2026" == str(LongDate.of(date(2026, 12, 4)))


def test_a_label_said_mid_sentence_and_a_file_s_failure_in_words_a_face_can_translate() -> None:
    said = Message("{company} is already closed as {status}.", company="Lumen", status=Lowered("No response"))
    assert said == "Lumen is already closed as no response."
    assert said.values["status"].source == "No response"
    missing = os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory"))
    assert missing == "No such file or directory" and missing.source == "it does not exist"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")).source == "the disk is full"
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"
