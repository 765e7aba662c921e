"""Every user setting, declared once: its type, default, section and a one-line explanation.

Plain values only; reading and writing the settings file is storage's job.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from desktop.core.messages import Message, english

SETTINGS_VERSION = 1

# The spelling dictionaries pyspellchecker ships, English in its two spellings first; stored as the code.
SPELLING_LANGUAGES = {
    "en-GB": english("English (British spelling)"), "en-US": english("English (American spelling)"),
    "en": english("English (either spelling)"), "es": english("Spanish"), "fr": english("French"),
    "pt": english("Portuguese"), "de": english("German"), "it": english("Italian"), "ru": english("Russian"),
    "ar": english("Arabic"), "lv": english("Latvian"), "eu": english("Basque"), "nl": english("Dutch"),
    "fa": english("Persian"),
}

# The points shown on the call screen until the user writes their own: the window shows them in its language.
CALL_GUIDE = english(
    "Be polite and brief: say who you are and the role you interviewed for.\n"
    "Respect their process: you are checking in, not chasing.\n"
    "Show interest: one sentence on why the role still appeals to you.\n"
    "Ask about the timeline: when do they expect to decide?\n"
    "If the answer is no: thank them, stay gracious, and ask for feedback.")

# The languages the window is translated into (resources/translations), besides following the system.
LANGUAGES = ("system", "en", "de")


def _setting(default: Any, section: str, label: str, doc: str, **limits: Any) -> Any:
    meta = {"section": section, "label": label, "doc": doc, **limits}
    if isinstance(default, list | tuple):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Settings:
    """The candidate's preferences; every field has a default so a first run needs nothing."""

    your_name: str = _setting(
        "", english("You"), english("Your name"),
        english("Signs your thank-you notes and heads the printed checklist."))
    your_email: str = _setting(
        "", english("You"), english("Your email"), english("Left out when calendar invitations list their attendees."))
    note_deadline_hours: int = _setting(
        48, english("Deadlines"), english("Thank-you note deadline (hours)"),
        english("How long after an interview ends each thank-you note is due."), minimum=1, maximum=168)
    default_decision_wait_days: int = _setting(
        10, english("Deadlines"), english("Default decision wait (working days)"),
        english("When nobody promised a date, the follow-up call is due this many working days after the interview."),
        minimum=1, maximum=60)
    grace_period_days: int = _setting(
        5, english("Deadlines"), english("Grace period before moving on (working days)"),
        english("After the follow-up call is due, how long to wait before two unanswered calls make the app ask "
                "whether to move on."),
        minimum=1, maximum=60)
    working_days: list[int] = _setting(
        [0, 1, 2, 3, 4], english("Deadlines"), english("Working days"),
        english("Weekdays on which calls are due (0 is Monday); other days are skipped."))
    workday_start: time = _setting(
        time(9, 30), english("Deadlines"), english("Calls are due from"),
        english("The time of day at which a follow-up call or a move-on decision falls due."))
    quiet_start: time = _setting(
        time(22, 0), english("Reminders"), english("Quiet hours start"),
        english("No reminders from this time; a note deadline inside quiet hours moves to just before it."))
    quiet_end: time = _setting(
        time(8, 0), english("Reminders"), english("Quiet hours end"), english("Reminders resume at this time."))
    reminder_lead_hours: list[int] = _setting(
        [12, 2], english("Reminders"), english("Remind before a note is due (hours)"),
        english("Lead times for reminders ahead of each thank-you note deadline."))
    default_phone_region: str = _setting(
        "US", english("Contacts"), english("Default phone region"),
        english("Two-letter country code used to read phone numbers typed without a +country prefix."))
    spelling_language: str = _setting(
        "en", english("Notes"), english("Spelling language"),
        english("The dictionary and spelling (British or American for English) the note checks use."),
        choices=tuple(SPELLING_LANGUAGES), choice_labels=SPELLING_LANGUAGES)
    close_to_tray: bool = _setting(
        True, english("Reminders"), english("Keep running in the tray when the window closes"),
        english("Reminders can only arrive while Afterview runs."))
    start_at_login: bool = _setting(
        False, english("Reminders"), english("Start Afterview when you log in"),
        english("Reminders then arrive even on days you never open Afterview yourself."))
    note_min_words: int = _setting(
        60, english("Notes"), english("Shortest note (words)"), english(
            "A thank-you note shorter than this reads as curt."),
        minimum=10, maximum=500)
    note_max_words: int = _setting(
        180, english("Notes"), english("Longest note (words)"), english(
            "A thank-you note longer than this stops being read."),
        minimum=20, maximum=1000)
    similarity_threshold: float = _setting(
        0.85, english("Notes"), english("Too-similar threshold"),
        english("Two notes for the same interview at least this similar (0 to 1) are flagged as generic."),
        minimum=0.5, maximum=1.0)
    call_guide: str = _setting(
        CALL_GUIDE, english("Calls"), english("Call guide"), english(
            "Shown on the call screen while you make a follow-up call; one point per line."))
    smtp_host: str = _setting("", english("Mail"), english("SMTP server"), english(
        "Host name of your mail provider's outgoing server."))
    smtp_port: int = _setting(587, english("Mail"), english("SMTP port"), english("587 for STARTTLS, 465 for SSL."),
                              minimum=1, maximum=65535)
    smtp_security: str = _setting(
        "starttls", english("Mail"), english("Connection security"), english(
            "starttls, ssl or none (none only for a local relay)."),
        choices=("starttls", "ssl", "none"))
    smtp_user: str = _setting("", english("Mail"), english("SMTP user name"), english(
        "The password is kept in your system's keyring."))
    appearance: str = _setting(
        "system", english("Appearance"), english("Colours"),
        english("Light or dark window; by default it follows your system's setting, also when that changes."),
        choices=("system", "light", "dark"),
        choice_labels={"system": english("Follow the system"), "light": english("Light"), "dark": english("Dark")})
    language: str = _setting(
        "system", english("Appearance"), english("Language"),
        english("The language of the window; by default your system's. A change applies when Afterview next starts."),
        choices=LANGUAGES, choice_labels={"system": english("Follow the system"), "en": english("English"),
                                          "de": english("Deutsch")})
    backup_daily_keep: int = _setting(7, english("Backups"), english("Daily backups kept"), english(
        "Older daily backups are removed."),
                                      minimum=1, maximum=60)
    backup_weekly_keep: int = _setting(4, english("Backups"), english("Weekly backups kept"), english(
        "Older weekly backups are removed."),
                                       minimum=0, maximum=52)
    calendar_folder: str = _setting(
        "", english("Calendar"), english("Keep a calendar file up to date in"),
        english("Afterview.ics in this folder is rewritten after every change, with everything the Calendar page "
                "shows: put it in a synced folder, or subscribe to it from a calendar app. Empty: no file is kept."))
    sync_contacts: str = _setting(
        "all", english("Sync"), english("Contacts sent to the server"),
        english("Every card, or only the people you met at an interview (with a meeting note, a thank-you note or a "
                "call)."),
        choices=("all", "met"), choice_labels={"all": english("All contacts"),
                                               "met": english("Only the people met at interviews")})
    sync_every_minutes: int = _setting(
        15, english("Sync"), english("Sync every (minutes)"),
        english("While Afterview runs, with a sync account set up; 0: only on demand and after your changes."),
        minimum=0, maximum=1440)


@dataclass(frozen=True)
class SettingInfo:
    name: str
    section: str
    label: str
    doc: str
    default: Any
    kind: type
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None
    choice_labels: dict[str, str] | None = None  # how each choice is shown, when not as its code


def describe() -> list[SettingInfo]:
    """The declared settings in declaration order, for the Settings dialog and the docs."""
    infos = []
    defaults = Settings()
    hints = {"str": str, "int": int, "float": float, "bool": bool, "time": time, "list[int]": list}
    for f in dataclasses.fields(Settings):
        m = f.metadata
        infos.append(SettingInfo(
            name=f.name, section=m["section"], label=m["label"], doc=m["doc"],
            default=getattr(defaults, f.name), kind=hints[str(f.type)],
            minimum=m.get("minimum"), maximum=m.get("maximum"), choices=m.get("choices"),
            choice_labels=m.get("choice_labels"),
        ))
    return infos


class SettingsError(ValueError):
    """A settings value that cannot be used, with the setting's name in the message."""


def to_plain(settings: Settings) -> dict[str, Any]:
    """Settings as JSON-ready values."""
    out: dict[str, Any] = {"version": SETTINGS_VERSION}
    for f in dataclasses.fields(Settings):
        value = getattr(settings, f.name)
        out[f.name] = value.strftime("%H:%M") if isinstance(value, time) else value
    return out


def from_plain(data: dict[str, Any]) -> Settings:
    """Settings from JSON values; an unknown key is ignored, a wrong value raises SettingsError."""
    if not isinstance(data, dict):
        raise SettingsError(english("the settings file does not hold a table of settings"))
    values: dict[str, Any] = {}
    for info in describe():
        if info.name not in data:
            continue
        values[info.name] = _coerce(info, data[info.name])
    return Settings(**values)


def _coerce(info: SettingInfo, raw: Any) -> Any:
    problem = Message("setting '{name}' has the value {value}", name=info.name, value=repr(raw))
    if info.kind is time:
        try:
            hours, minutes = str(raw).split(":")
            return time(int(hours), int(minutes))
        except ValueError:
            raise SettingsError(Message("{problem}, which is not a time like 22:00", problem=problem)) from None
    if info.kind is list:
        if not isinstance(raw, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in raw):
            raise SettingsError(Message("{problem}, which is not a list of whole numbers", problem=problem))
        return list(raw)
    if info.kind is bool:
        if not isinstance(raw, bool):
            raise SettingsError(Message("{problem}, which is not true or false", problem=problem))
        return raw
    if info.kind in (int, float):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise SettingsError(Message("{problem}, which is not a number", problem=problem))
        if info.kind is int and raw != int(raw):
            raise SettingsError(Message("{problem}, which is not a whole number", problem=problem))
        if (info.minimum is not None and raw < info.minimum) or (info.maximum is not None and raw > info.maximum):
            raise SettingsError(Message("{problem}, outside {minimum}..{maximum}", problem=problem,
                                        minimum=info.minimum, maximum=info.maximum))
        return info.kind(raw)
    if not isinstance(raw, str):
        raise SettingsError(Message("{problem}, which is not text", problem=problem))
    if info.choices and raw not in info.choices:
        raise SettingsError(Message("{problem}; expected one of {choices}", problem=problem,
                                    choices=", ".join(info.choices)))
    return raw
