"""Drafts printed to copy by hand: the signature never stands alone at the top of a page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.printing.checklist import render_checklist
from tests.printing.pdf_text import flat, pdf_pages
from tests.printing.test_checklist_pdf import PRINTED, entry

SENDER = "Ana Lúcia Gonçalves Ó Súilleabháin-Fitzgerald"
RECIPIENT = "María José García Márquez de la Fuente"
PARAGRAPHS = [
    "Thank you so much for the conversation on Tuesday afternoon and for the tour of the studio in Dún Laoghaire. "
    "I left our meeting even more excited about the Senior Product Designer role at Northwind Analytics.",
    "Your account of how the onboarding research changed once the team started sitting in on night shifts has "
    "stayed with me all week. It is exactly the kind of patient, first-hand work I hope to do more of, and it "
    "was a pleasure to hear how carefully you plan each round of interviews with the nurses.",
    "I have redesigned onboarding for two analytics products and measured the result, and I would love the "
    "chance to bring that same care to your research programme. The diary study you described would be a "
    "natural place to start, and I already have a few ideas about how to recruit for it without tiring people.",
    "Please pass my thanks to Tomás and Zoë as well; the whiteboard session was the best half hour of the day, "
    "and I came away with a page of notes on the retention dashboard and on the questions it cannot yet answer.",
    "Thank you again for your time and for making the afternoon so easy. I look forward to hearing about the "
    "next steps, and I am happy to send over any of the work we discussed if it would help your decision.",
]
SIGN_OFF = f"Warm regards,\n{SENDER}"


def draft(words: int) -> str:
    """A note of about `words` words: whole sentences from the paragraphs above, then the signature."""
    kept, count = [], 0
    for paragraph in PARAGRAPHS * 3:
        sentences = []
        for sentence in paragraph.split(". "):
            if count >= words:
                break
            sentences.append(sentence)
            count += len(sentence.split())
        if sentences:
            kept.append(". ".join(sentences).rstrip(".") + ".")
    return f"Dear {RECIPIENT.split()[0]} {RECIPIENT.split()[1]},\n\n" + "\n\n".join(kept) + f"\n\n{SIGN_OFF}"


def draft_pages(tmp_path, text: str, size: str) -> list[str]:
    out = tmp_path / "draft.pdf"
    render_checklist([replace(entry(1, RECIPIENT), draft=text)], SENDER, PRINTED, size, out, include_drafts=True)
    return [flat(page) for page in pdf_pages(out)][1:]  # the checklist itself comes first


def last_words(text: str, paragraph_from_end: int, count: int) -> str:
    paragraph = text.split("\n\n")[-paragraph_from_end]
    return " ".join(paragraph.split()[-count:])


@pytest.mark.parametrize("size", ["A4", "Letter"])
@pytest.mark.parametrize("words", [130, 300])
def test_the_signature_stays_with_the_end_of_the_text(qapp, tmp_path, size, words):
    text = draft(words)
    assert abs(len(text.split()) - words) < 40
    pages = draft_pages(tmp_path, text, size)
    [with_signature] = [page for page in pages if "Warm regards," in page]
    assert f"Warm regards, {SENDER}" in with_signature
    # The closing paragraph's last two lines (well over eight words) are on the signature's page too.
    assert last_words(text, 2, 8) in with_signature
    assert pages[-1] is with_signature and pages[0].startswith(f"DRAFT TO COPY BY HAND To {RECIPIENT}")


def test_at_every_length_the_signature_page_carries_text(qapp, tmp_path):
    """Whatever the length, the page with the signature also holds the end of the last paragraph."""
    for words in range(100, 321, 15):
        text = draft(words)
        pages = draft_pages(tmp_path, text, "A4")
        [with_signature] = [page for page in pages if f"Warm regards, {SENDER}" in page]
        assert last_words(text, 2, 6) in with_signature, (words, len(pages))
        before_signature = with_signature.split("Warm regards,")[0]
        assert len(before_signature.split()) > 12, (words, with_signature)  # not a header and a name alone
