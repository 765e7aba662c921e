"""Reading an interview out of a calendar invitation: which company, which role, what kind of meeting."""

from __future__ import annotations

import re

from desktop.core.contact_rules import fold
from desktop.core.domain import InterviewKind

WEBMAIL = {"gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "aol", "gmx", "proton",
           "protonmail", "mail", "web", "zoho", "yandex", "fastmail", "calendar", "google", "microsoft", "zoom"}
_ROLE = re.compile(r"\bfor (?:the |a |an )?(?P<role>.+?)(?: (?:position|role|opening|job))?\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[-–—|:]\s+|\s*:\s+")
# The words before the company in a summary that names it no other way: "Interview with Société Générale", "Phone
# screen at Acme GmbH", "Entretien chez Société Générale", "Vorstellungsgespräch bei Grün AG". Kept, they made the
# opportunity's company "Interview with Société Générale".
_LEAD_IN = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:interview|call|chat|meeting|screen(?:ing)?|round|entretien|"
                      r"\w*gespräch|entrevista|colloquio)\s+(?:with|at|@|chez|avec|bei|mit|con)\s+(?=\S)",
                      re.IGNORECASE)
_INTERVIEW_WORDS = re.compile(r"\b(?:interview|interviews|call|chat|meeting|screen|screening|round|invitation|"
                              r"phone|video|on-?site|panel|with|\d+(?:st|nd|rd|th)?)\b", re.IGNORECASE)


def organisation_domain(email: str) -> str:
    """'dana@eu.mail.acme.co.uk' -> 'acme.co.uk': the organisation's own domain; '' for webmail and calendar
    services (a Google room resource, a Teams address), whose users belong to no one organisation."""
    labels = [p for p in email.rpartition("@")[2].lower().strip().split(".") if p]
    if len(labels) < 2:
        return ""
    size = 3 if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "ac") else 2
    return "" if labels[-size] in WEBMAIL else ".".join(labels[-size:])


def company_from_email(email: str) -> str:
    """'talent@northwind-analytics.com' -> 'Northwind Analytics'; '' for webmail and calendar services."""
    name = organisation_domain(email).partition(".")[0]
    return " ".join(part.capitalize() for part in re.split(r"[-_]", name) if part)


def guess_company(summary: str, emails: list[str], known_companies: list[str]) -> str:
    """A company named in the summary that the user already tracks, else one read off the invitees' domains."""
    folded = fold(summary)
    for company in sorted(known_companies, key=len, reverse=True):
        if company and fold(company) in folded:
            return company
    by_domain = [c for c in (company_from_email(e) for e in emails) if c]
    for candidate in by_domain:
        for company in known_companies:
            if fold(company).replace(" ", "") == fold(candidate).replace(" ", ""):
                return company
    if by_domain:
        return by_domain[0]
    parts = [p for p in _SEPARATOR.split(summary) if _INTERVIEW_WORDS.sub("", p).strip(" -–,")]
    return _LEAD_IN.sub("", parts[0].strip()) if parts else ""


def guess_role(summary: str, company: str) -> str:
    """'Interview for Senior Designer at Acme' -> 'Senior Designer'; '' when the summary does not say."""
    text = re.sub(re.escape(company), "", summary, flags=re.IGNORECASE) if company else summary
    text = re.sub(r"\s+at\s*$|\s+at\s+(?=[-–|:])", "", text.strip(), flags=re.IGNORECASE)
    match = _ROLE.search(text)
    if match:
        return match.group("role").strip(" -–|:,")
    for part in _SEPARATOR.split(text):
        cleaned = _INTERVIEW_WORDS.sub("", part).strip(" -–|:,")
        if cleaned and part.strip() != text.strip():
            return part.strip(" -–|:,")
    return ""


def guess_kind(summary: str, location: str, video_link: str, attendee_count: int) -> InterviewKind:
    words = fold(summary)
    if "panel" in words or attendee_count >= 3:
        return InterviewKind.PANEL
    if "phone" in words or "screen" in words:
        return InterviewKind.PHONE_SCREEN
    if video_link:
        return InterviewKind.VIDEO
    if location:
        return InterviewKind.ON_SITE
    return InterviewKind.VIDEO


def name_from_email(email: str) -> str:
    """'dana.whitfield@x.com' -> 'Dana Whitfield': a placeholder until the card is corrected."""
    local = email.partition("@")[0]
    return " ".join(p.capitalize() for p in re.split(r"[._-]+", local) if p) or email
