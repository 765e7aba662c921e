"""The vocabulary of the practice: the states and kinds every layer shares."""

from enum import StrEnum

from desktop.core.messages import english


class OpportunityStatus(StrEnum):
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NO_RESPONSE = "no_response"

    @property
    def label(self) -> str:
        return {"applied": english("Applied"), "interviewing": english("Interviewing"), "offer": english("Offer"),
                "accepted": english("Accepted"), "rejected": english("Rejected"), "withdrawn": english("Withdrawn"),
                "no_response": english("No response")}[self.value]

    @property
    def is_open(self) -> bool:
        """An open opportunity still expects something from the candidate."""
        return self in (OpportunityStatus.APPLIED, OpportunityStatus.INTERVIEWING, OpportunityStatus.OFFER)

    def with_interview(self) -> "OpportunityStatus":
        """The status once an interview is planned: an application becomes interviewing; an offer or a closed
        opportunity keeps its status (a last chat before signing is not a step back)."""
        return OpportunityStatus.INTERVIEWING if self is OpportunityStatus.APPLIED else self


class InterviewKind(StrEnum):
    PHONE_SCREEN = "phone_screen"
    VIDEO = "video"
    ON_SITE = "on_site"
    PANEL = "panel"

    @property
    def label(self) -> str:
        return {"phone_screen": english("Phone screen"), "video": english("Video"), "on_site": english("On-site"),
                "panel": english("Panel")}[self.value]


class NoteChannel(StrEnum):
    EMAIL = "email"
    HANDWRITTEN = "handwritten"
    OTHER = "other"


class NoteState(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SENT = "sent"

    @property
    def is_done(self) -> bool:
        return self is NoteState.SENT


class CallOutcome(StrEnum):
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    STILL_DECIDING = "still_deciding"
    MOVING_FORWARD = "moving_forward"
    ANOTHER_DIRECTION = "another_direction"
    OFFER = "offer"

    @property
    def reached_someone(self) -> bool:
        return self not in (CallOutcome.NO_ANSWER, CallOutcome.VOICEMAIL)

    @property
    def label(self) -> str:
        return {
            "no_answer": english("No answer"),
            "voicemail": english("Left a voicemail"),
            "still_deciding": english("Spoke: still deciding"),
            "moving_forward": english("Spoke: moving forward"),
            "another_direction": english("Spoke: went another direction"),
            "offer": english("Spoke: offer"),
        }[self.value]


class CaptureMethod(StrEnum):
    TYPED = "typed"
    SIGNATURE = "signature"
    VCARD = "vcard"
    QR = "qr"
    PHOTO = "photo"  # read from a photo of the card by OCR
    CALENDAR = "calendar"
    SAMPLE = "sample"
    LINKEDIN = "linkedin"  # LinkedIn's Connections.csv
    EMAIL = "email"  # the signature of an imported email
