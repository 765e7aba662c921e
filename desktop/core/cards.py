"""A business card as plain values: what every importer produces and every exporter reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.messages import english

# The card's single-value fields as the user reads them, in the order dialogs list them.
CARD_FIELD_LABELS = {
    "full_name": english("Name"), "given_name": english("Given name"), "family_name": english("Family name"),
    "greet_as": english("Greet as"), "pronunciation": english("Pronunciation"), "title": english("Title"),
    "company": english("Company"), "street": english("Street"), "postal_code": english("Postal code"),
    "locality": english("City"), "region": english("Region"), "country": english("Country"),
    "website": english("Website"), "linkedin": english("LinkedIn"), "notes": english("Notes"),
}  # fmt: skip


@dataclass
class LabelledValue:
    """One email address or phone number with its label ('work', 'mobile', 'home', ...)."""

    value: str
    label: str = "work"


@dataclass
class ContactCard:
    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    greet_as: str = ""  # how notes greet the person ("Bob", "Dr. Tanaka"); empty means the proposed greeting
    family_first: bool = False  # the name is written family name first
    pronunciation: str = ""
    title: str = ""
    company: str = ""
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    website: str = ""
    linkedin: str = ""
    notes: str = ""
    photo: bytes | None = None
    photo_type: str = ""  # a MIME type such as image/jpeg
    uid: str = ""  # the vCard UID, so that re-importing a file updates instead of duplicating

    @property
    def display_name(self) -> str:
        """The name as printed on the card, built from its parts when only those are known."""
        return self.full_name or " ".join(p for p in (self.given_name, self.family_name) if p)


class ImportProblem(Exception):
    """A file or a record in it that cannot be imported; the message names the file, place and reason."""
