"""What reading a business card from its photo produces: text lines from the OCR engine, then proposed fields.

Plain values shared by the image side (finding and straightening the card, the OCR engine), the text side
(turning lines into a name, a title, phones ...), the operations that combine them and the review screen.
Every position is in pixels of the straightened card image that the reading carries, so the review screen
can draw where a field was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.messages import english

if TYPE_CHECKING:
    from PIL import Image

# What the shipped recogniser reads, and the scripts it does not: no wheel on the package index ships PP-OCR's
# Korean, Arabic or Cyrillic recognisers (README, "Reading a card's photo"), and none is downloaded at run time.
UNREAD_SCRIPTS = english("it reads Latin, Chinese and Japanese writing, not Korean, Arabic, Cyrillic, Greek, Hebrew "
                         "or Thai")

Point = tuple[float, float]
Box = tuple[Point, Point, Point, Point]  # corners clockwise from the top left, in straightened-image pixels


class CardImageProblem(Exception):
    """The picture cannot be read as a card; the message names the file and what is wrong, for the user."""


@dataclass(frozen=True)
class TextLine:
    """One line of text the engine recognised, where it was and how sure the engine is (0 to 1).

    An empty `text` is a line the engine found but could not read: printed in a script its recogniser does not
    know (Korean, Arabic, Cyrillic ...). It is never a field, but the reading says that it is there.
    """

    text: str
    box: Box
    confidence: float


class OcrEngine(Protocol):
    """An offline text recogniser; the one interface the rest of the app knows, so the engine can be replaced."""

    name: str

    def read(self, image: Image.Image) -> list[TextLine]:
        """The text lines of an upright image, in reading order."""
        ...


@dataclass(frozen=True)
class ReadField:
    """A proposed value, how sure the reader is (0 to 1) and where on the card it was read."""

    value: str
    confidence: float
    boxes: tuple[Box, ...] = ()
    kind: str = ""  # phones: "mobile", "office", "fax" or ""; otherwise unused


@dataclass
class CardReading:
    """Everything proposed for one card (front and, when given, back); nothing here is saved yet."""

    file: str
    image: Image.Image | None = None  # the straightened front, as the review screen shows it
    back_image: Image.Image | None = None
    name: ReadField | None = None
    other_name: ReadField | None = None  # the name in a second script (Japanese, Korean, Arabic ...)
    title: ReadField | None = None
    company: ReadField | None = None
    emails: list[ReadField] = field(default_factory=list)
    phones: list[ReadField] = field(default_factory=list)  # faxes are phones of kind "fax", kept apart in JSON
    website: ReadField | None = None
    address: ReadField | None = None
    qr_text: str = ""
    lines: list[TextLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def single_fields(self) -> dict[str, ReadField | None]:
        return {"name": self.name, "other_name": self.other_name, "title": self.title, "company": self.company,
                "website": self.website, "address": self.address}

    @property
    def confidence(self) -> float:
        """The weakest of the fields read; 0 when nothing was read."""
        found = [f.confidence for f in self.single_fields().values() if f is not None]
        found += [f.confidence for f in self.emails + self.phones]
        return min(found, default=0.0)

    def as_json(self) -> dict[str, Any]:
        """The object `afterview card read --json` prints for this card."""

        def value(read: ReadField | None) -> str:
            return read.value if read is not None else ""

        return {
            "file": self.file,
            "name": value(self.name),
            "other_name": value(self.other_name),
            "title": value(self.title),
            "company": value(self.company),
            "emails": [e.value for e in self.emails],
            "phones": [p.value for p in self.phones if p.kind != "fax"],
            "phone_kinds": [p.kind for p in self.phones if p.kind != "fax"],
            "faxes": [p.value for p in self.phones if p.kind == "fax"],
            "website": value(self.website),
            "address": value(self.address),
            "confidence": round(self.confidence, 2),
            "problems": list(self.problems),
        }
