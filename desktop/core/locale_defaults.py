"""The phone region and spelling language a system locale suggests ("en_IE.UTF-8" -> IE and en-GB).

The spelling checked is that of the notes, which are written in English whatever the system speaks: a German
locale suggests Germany's phone region but leaves the spelling English (either spelling), or its German
dictionary would underline every word of an English note. German is the user's own choice in Settings → Notes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.settings import Settings

# The variables POSIX consults for the language of messages, strongest first.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_LOCALE = re.compile(r"(?P<language>[a-zA-Z]{2,3})(?:[_-](?P<territory>[a-zA-Z]{2}|\d{3}))?(?=$|[.@])")
# English as written in the United States and the places that follow its spelling; elsewhere British.
_AMERICAN_SPELLING = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM", "PH", "LR"})


@dataclass(frozen=True)
class LocaleProposal:
    """What a locale suggests; an empty value means it suggests nothing for that setting."""

    phone_region: str = ""
    spelling_language: str = ""


def propose(locale_name: str) -> LocaleProposal:
    """The phone region and English spelling for a locale name such as 'en_IE.UTF-8', 'de-DE' or 'fr'."""
    match = _LOCALE.match(locale_name.strip())
    if match is None or locale_name.strip().upper() in ("C", "POSIX"):
        return LocaleProposal()
    language = match["language"].lower()
    territory = (match["territory"] or "").upper()
    region = territory if territory.isalpha() else ""  # "es_419" names a continent, not a country
    spelling = "" if language != "en" or not territory else "en-US" if territory in _AMERICAN_SPELLING else "en-GB"
    return LocaleProposal(region, spelling)


def locale_from_environment(environ: Mapping[str, str]) -> str | None:
    """The locale the POSIX variables name, '' when they say C/POSIX, None when none of them is set."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").strip()
        if value:
            return "" if value.split(".")[0].upper() in ("C", "POSIX") else value
    return None


def fill_from_locale(settings: Settings, stored: Iterable[str], locale_name: str) -> Settings:
    """The phone region and spelling language from the locale, for each of the two the settings file lacks."""
    proposal = propose(locale_name)
    kept = set(stored)
    if proposal.phone_region and "default_phone_region" not in kept:
        settings = dataclasses.replace(settings, default_phone_region=proposal.phone_region)
    if proposal.spelling_language and "spelling_language" not in kept:
        settings = dataclasses.replace(settings, spelling_language=proposal.spelling_language)
    return settings
