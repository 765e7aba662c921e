"""Offline spelling for the notes: pyspellchecker's word lists, British and American English both accepted.

pyspellchecker's English list is American ("program", "color"); a British writer's "programme", "colour",
"organisation", "defence" or "cheque" is not a mistake. Rather than ship a second list, a British spelling is
accepted when one of the regular British-to-American changes turns it into a known word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from spellchecker import SpellChecker

from desktop.core.settings import SPELLING_LANGUAGES

DEFAULT_LANGUAGE = "en"  # English in either spelling, until the locale or the user says which

# Words of working life that the frequency lists lack; names of products and companies are caught by case.
ALLOW_LIST = frozenset({
    "linkedin", "onboarding", "offboarding", "api", "apis", "saas", "fintech", "github", "gitlab", "devops",
    "backend", "frontend", "fullstack", "roadmap", "roadmaps", "upskilling", "cybersecurity", "gmail", "ux", "ui",
    "workflow", "workflows", "dataset", "datasets", "startup", "startups", "teammate", "teammates", "stakeholder",
    "stakeholders", "hackathon", "hackathons", "kubernetes", "microservices", "analytics", "email", "emails",
    "onsite", "on-site", "mentee", "mentees", "reskilling", "dashboarding", "runbook", "runbooks", "standup",
    "standups", "offsite", "rebrand", "rebranding", "rebranded", "webinar", "webinars", "chatbot", "chatbots",
    "username",
    "pipeline", "pipelines", "codebase", "codebases", "rollout", "rollouts", "codec", "codecs", "crypto",
    "chargeback", "chargebacks", "rebalancing", "rebalance", "upsell", "upskill", "reskill", "offboard",
    "timeline", "timelines", "walkthrough", "walkthroughs", "toolchain", "toolchains", "dataflow", "fintechs",
})
# Regular British -> American changes, tried one at a time and in pairs ("organisations", "travelled").
_BRITISH = (("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"), ("yse", "yze"),
            ("yses", "yzes"), ("ysing", "yzing"), ("ysed", "yzed"), ("ellery", "elry"), ("scep", "skep"),
            ("our", "or"), ("tre", "ter"), ("ogue", "og"), ("lled", "led"), ("lling", "ling"),
            ("llor", "lor"), ("mme", "m"), ("ence", "ense"), ("que", "ck"), ("ae", "e"), ("oe", "e"),
            ("eable", "able"), ("gement", "gment"), ("ll", "l"), ("vre", "ver"))
_SPELL_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NOT_PROSE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_POSSESSIVE = re.compile(r"['’]s\Z", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)\Z")
# A capitalised word the dictionary lacks is taken as a name or a product ("Figma", "Zalando") unless it opens
# a sentence and a very common word is one letter away ("Thnak" -> "thank").
_COMMON = 1e-4
COMMON_WORD_FREQUENCY = 1e-5
_PREFIXES = frozenset(["pre", "co", "re", "non", "multi", "cross", "sub", "inter", "post", "anti", "semi", "mid",
                       "self", "ex", "bi", "tri", "de", "un", "over", "under", "micro", "macro", "meta", "mis"])


def dictionary_code(language: str) -> str:
    """pyspellchecker's code for a setting: en-GB and en-US both read the English list."""
    base = language.split("-")[0].lower()
    return base if base in SPELLING_LANGUAGES else "en"


@lru_cache(maxsize=4)
def checker(language: str = DEFAULT_LANGUAGE) -> SpellChecker:
    # Loading a frequency list takes a few hundred milliseconds; once per language and process.
    return SpellChecker(language=dictionary_code(language))


def frequency(word: str, language: str = DEFAULT_LANGUAGE) -> float:
    """How often the word occurs in ordinary text (0 for an unknown word)."""
    return float(checker(language).word_usage_frequency(word.lower()))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Zoë' and 'zoe' fold to the same."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")


@lru_cache(maxsize=16384)
def known(word: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """The word (lower case) is in the dictionary, or is the British spelling of a word that is."""
    spell = checker(language)
    if word in spell or word in ALLOW_LIST:
        return True
    if dictionary_code(language) != "en":
        return False
    variants = {word}
    for _ in range(2):
        variants |= {v.replace(british, american) for v in variants for british, american in _BRITISH
                     if british in v}
    return any(v in spell for v in variants)


@lru_cache(maxsize=8)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    """The folded words of many texts (the names on every card), worked out once while they stay the same."""
    return frozenset(fold(w) for text in texts for w in _SPELL_WORD.findall(text))


def misspelled(draft: str, allowed: Iterable[str] = (), language: str = DEFAULT_LANGUAGE) -> list[tuple[str, int, int]]:
    """Words not in the dictionary, with their spans; names, acronyms, numbers and addresses are skipped.

    `allowed` holds texts whose words are never mistakes: the names on every card, the user's own name,
    the company. A capitalised word inside a sentence is a name or a product and is not checked.
    """
    allow = _words_of(tuple(allowed))
    skipped = [m.span() for m in _NOT_PROSE.finditer(draft)]
    found = []
    for match in _SPELL_WORD.finditer(draft):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) < 2 or any(s <= start < e for s, e in skipped):
            continue
        if word[1:] != word[1:].lower():  # an acronym (SQL) or a product name (GitHub)
            continue
        if (start and draft[start - 1].isdigit()) or (end < len(draft) and draft[end].isdigit()):
            continue  # "3rd", "2nd"
        if word.lower() in _PREFIXES and draft[end:end + 1] == "-":
            continue  # "pre-specified", "co-founder": the prefix is not a word of its own
        base = _POSSESSIVE.sub("", word)
        folded = fold(base)
        if folded in allow or known(base.lower().replace("’", "'"), language):
            continue
        if word[:1].isupper() and not _typo_at_sentence_start(draft, start, base.lower(), language):
            continue
        found.append((word, start, end))
    return found


def _typo_at_sentence_start(draft: str, start: int, lower: str, language: str) -> bool:
    return bool(_SENTENCE_START.search(draft[:start])) and _has_common_correction(lower, language)


@lru_cache(maxsize=4096)
def _has_common_correction(lower: str, language: str) -> bool:
    """Whether a common word is one edit away (a slip such as "Thnak"). One edit, not pyspellchecker's two:
    every word two edits from a long accented word takes it over a second, while the composer waits."""
    spell = checker(language)
    near = spell.known(spell.edit_distance_1(lower))
    return any(word != lower and frequency(word, language) >= _COMMON for word in near)


def suggestions(word: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Up to five likely corrections, most common first, capitalised like the word."""
    spell = checker(language)
    lower = word.lower()
    candidates = (spell.candidates(lower) or set()) - {lower}
    ranked = sorted(candidates, key=lambda w: (-spell.word_usage_frequency(w), w))[:5]
    if word[:1].isupper():
        ranked = [w[:1].upper() + w[1:] for w in ranked]
    return ranked
