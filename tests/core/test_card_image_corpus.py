"""The real cards of the shared corpus: each comes out upright, and every printed email and phone is in its text."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

from desktop.core import card_image
from desktop.core.ocr_engine import RapidOcrEngine

CARDS = Path(os.environ.get("AFTERVIEW_CORPUS") or Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
CARDS = CARDS / "cards"
TSV = CARDS / "cards.tsv"
TRUTH = {row["file"]: row for row in csv.DictReader(TSV.read_text(encoding="utf-8").splitlines(), delimiter="\t")} \
    if TSV.exists() else {}
# bc04 is an upscaled, blurred template whose emails no careful reader makes out letter by letter either
BLURRED_EMAILS = {"bc04.png"}

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def engine() -> RapidOcrEngine:
    return RapidOcrEngine()


def _values(field: str) -> list[str]:
    return [value.strip() for value in field.split("|") if value.strip() and "?" not in value]


@pytest.mark.parametrize("name", sorted(TRUTH) or [pytest.param("", marks=pytest.mark.skip(reason=f"no {CARDS}"))])
def test_a_real_card_is_read_upright_with_its_emails_and_phones(engine: RapidOcrEngine, name: str) -> None:
    truth = TRUTH[name]
    card, lines = card_image.read_lines(CARDS / name, engine)
    assert card.width > card.height  # every card of the corpus is a landscape card, bc10's wrong EXIF tag included
    words = [line for line in lines if len(line.text) >= 6]  # a label ("Fax:") or a kanji name may be square
    across = [line for line in words if line.box[1][0] - line.box[0][0] > 2 * (line.box[3][1] - line.box[0][1])]
    assert len(across) >= 0.9 * len(words)
    text = "\n".join(line.text for line in lines)
    squeezed = re.sub(r"\s", "", text).casefold()  # bc09 prints its email with spaces: "s. takeuchi @ yamatakei. com"
    digits = re.sub(r"\D", "", text)
    if name not in BLURRED_EMAILS:
        assert [e for e in _values(truth["emails"]) if e.casefold() not in squeezed] == []
    assert [p for p in _values(truth["phones"]) if re.sub(r"\D", "", p)[-8:] not in digits] == []
