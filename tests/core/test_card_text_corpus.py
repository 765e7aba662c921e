"""The 15 shared real cards, scored as the corpus README scores them, from their recorded OCR lines.

The lines were recorded once with the engine (tests/core/cards/record_lines.py): as the app reads a card
(found, straightened, upright) and, in raw/, from the photo's pixels as they are. The totals are what the text
side reaches today; a change that reads fewer right fails here. The naive reader the README describes (the
engine plus regular expressions) scores emails 11/14, phones 6/13, names 11/15, companies 0/14, titles 0/14.
"""

from __future__ import annotations

import pytest

from desktop.core.card_text import read_card_text
from tests.core.cards.scoring import FIELDS, HERE, recorded_lines, score, truth

# Right answers per field over the cards the README scores (a field whose truth holds "?" is not scored).
REACHED = {
    "straightened": {"name": 13, "title": 13, "company": 12, "emails": 15, "phones": 14, "website": 14},
    "raw": {"name": 13, "title": 13, "company": 12, "emails": 14, "phones": 14, "website": 14},
}


@pytest.mark.parametrize(("recording", "folder"), [("straightened", HERE), ("raw", HERE / "raw")])
def test_the_shared_cards_read_at_least_as_well_as_before(recording, folder):
    right = dict.fromkeys(FIELDS, 0)
    wrong: dict[str, list[str]] = {field: [] for field in FIELDS}
    for stem, expected in truth().items():
        got = read_card_text(recorded_lines(stem, folder), region="").as_json()
        for field in FIELDS:
            verdict = score(field, expected[field], got)
            if verdict:
                right[field] += 1
            elif verdict is False:
                wrong[field].append(f"{stem}: {got[field]!r}")
    for field, least in REACHED[recording].items():
        assert right[field] >= least, f"{field}: {right[field]} right, {least} before; wrong: {wrong[field]}"


def test_every_card_proposes_its_email_or_phone_with_a_box_on_the_card():
    for stem in truth():
        reading = read_card_text(recorded_lines(stem), region="")
        for found in reading.emails + reading.phones:
            assert found.boxes and 0 < found.confidence <= 1, (stem, found)
