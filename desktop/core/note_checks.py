"""Live checks on a thank-you note draft: length, the name as on the card, the memorable moment, spelling,
and whether the note is nearly the same as one written to someone else after the same interview.

Every check returns a Check with character spans into the draft so the composer can underline them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from desktop.core import note_address, note_style, spelling
from desktop.core.check_types import Check, Span, quoted
from desktop.core.messages import Message, english
from desktop.core.person_names import split_name
from desktop.core.spelling import fold as _fold
from desktop.core.spelling import suggestions

__all__ = ["Check", "NoteContext", "check_length", "check_memorable", "check_name", "check_personalisation",
           "check_spelling", "misspelled", "run_all", "similarity", "suggestions", "warm_up"]

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mx|miss)\.?\s+)+", re.IGNORECASE)
_HONORIFICS = ("Ms.", "Mr.", "Mrs.", "Dr.", "Prof.", "Mx.", "Ms", "Mr", "Mrs", "Dr", "Prof", "Professor")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_POSSESSIVE = re.compile(r"['’]s\Z", re.IGNORECASE)

# Share of the memorable moment's content words that must appear for it to count as present.
_MEMORABLE_SHARE = 0.6
# Runs of at least this many shared words are underlined when two notes are too similar.
_SHARED_RUN_WORDS = 6

_STOPWORD_TEXT = """
a about above after again all also am an and any are as at be because been before being below between both but
by can could did do does doing down during each few for from further had has have having he her here hers him his
how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over
own same she should so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours really
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass
class NoteContext:
    """What the checks need to know besides the draft: the card, the meeting note and the other notes."""

    first_name: str = ""  # the form the note greets them by ("Siobhán", "Dr. Tanaka")
    full_name: str = ""
    company: str = ""
    title: str = ""
    role: str = ""
    subject: str | None = None  # None: the subject is not checked (a body on its own)
    memorable: str = ""
    other_notes: list[tuple[str, str]] = field(default_factory=list)  # (person's name, their note's text)
    min_words: int = 60
    max_words: int = 180
    threshold: float = 0.85
    your_name: str = ""  # the sender's own name is never a misspelt recipient name
    language: str = spelling.DEFAULT_LANGUAGE
    known_names: tuple[str, ...] = ()  # names on every card and every company: never spelling mistakes
    stock_phrases: tuple[str, ...] = ()
    days_after: int | None = None  # the note is read this many days after the interview; None: not checked


def warm_up(language: str = spelling.DEFAULT_LANGUAGE) -> None:
    """Load the dictionary now (e.g. in the background at start-up) so the first check is fast."""
    spelling.checker(language)


# The checks run again after every pause in typing over mostly the same words; the per-word helpers below
# are cached so that a 300-word draft is checked well inside the 30 ms budget (benchmarks/composer.py).


@lru_cache(maxsize=64)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((m.group(), m.start(), m.end()) for m in _WORD.finditer(text))


@lru_cache(maxsize=8)
def _words_in(texts: tuple[str, ...]) -> frozenset[str]:
    """Every word of many texts (the names on 10,000 cards), worked out once while they stay the same."""
    return frozenset(m.group() for text in texts for m in _WORD.finditer(text))


# --- length -----------------------------------------------------------------------------------------------


def check_length(draft: str, min_words: int = 60, max_words: int = 180) -> Check:
    """Words between min_words and max_words; the words past the maximum are underlined."""
    words = _words(draft)
    n = len(words)
    if n == 0:
        return Check("length", False, "error", english("The note is empty"))
    if n < min_words:
        return Check("length", False, "warning", Message(
            "{count} — {short} short of the {minimum}-word minimum", count=_word_count(n), short=min_words - n,
            minimum=min_words))
    if n > max_words:
        extra = words[max_words:]
        return Check("length", False, "warning", Message(
            "{count} — {over} over the {maximum}-word maximum", count=_word_count(n), over=n - max_words,
            maximum=max_words), [(extra[0][1], extra[-1][2])])
    return Check("length", True, "ok", Message("{count} — within {minimum} to {maximum}", count=_word_count(n),
                                               minimum=min_words, maximum=max_words))


def _word_count(n: int) -> str:
    """'1 word', '5 words', marked for the window."""
    return Message("1 word") if n == 1 else Message("{count} words", count=f"{n:,}")


# --- the recipient's name ---------------------------------------------------------------------------------


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of two letters counts once), cut off above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=8192)
def _is_near_miss(token: str, part: str) -> bool:
    folded, wanted = _fold(token), _fold(part)
    if spelling.frequency(folded) >= spelling.COMMON_WORD_FREQUENCY:
        return False
    if folded == wanted:
        return True  # wrong case or accents: "zoe", "Zoe", "JOHN"
    limit = 1 if len(wanted) <= 6 else 2  # "Madrid" is two letters from "María", and a different word
    # Names are capitalised; a lower-case word one letter off a short name is far more often just a word.
    return token[:1].isupper() and _edit_distance(folded, wanted, limit) <= limit


def _name_pattern(name: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|dev|io|org|net|"
                      r"co|ai|app|me|de|uk)\b\S*", re.IGNORECASE)


def check_name(draft: str, first_name: str, full_name: str = "", ignore: Iterable[str] = ()) -> Check:
    """The first (or full) name exactly as on the card; near-misses such as 'Jon' for 'John' are named.

    `ignore` holds other names and words that may resemble the recipient's (the sender, the other interviewers).
    """
    wanted = first_name.strip() or full_name.strip()
    if not wanted:
        return Check("name", False, "warning", english("The card has no name to check the note against"))
    exact: list[Span] = []
    # "Dear Professor Brandt" names "Prof. Brandt" as the card spells it: the honorific may be written out.
    bare = _HONORIFIC.sub("", first_name.strip())
    for target in {first_name.strip(), full_name.strip(), bare} - {""}:
        exact += [m.span() for m in _name_pattern(target).finditer(draft)]
    # Two-letter parts ("Ní", "Ó") are not compared: "BI" or "AI" one letter away are not the name misspelt.
    parts = {w for w, _, _ in _words(f"{bare} {full_name}") if len(w) > 2}
    skip = parts | _words_in(tuple(ignore))
    misses: list[tuple[str, str, Span]] = []
    # an address is written as it is: "ana.dev" or "ana@acme.com" does not misspell "Ana"
    addresses = [m.span() for m in _ADDRESS.finditer(draft)]
    for token, start, _end in _words(draft):
        base = _POSSESSIVE.sub("", token)
        if base in skip or any(a <= start < b for a, b in addresses):
            continue
        for part in parts:
            if abs(len(base) - len(part)) <= 2 and _is_near_miss(base, part):
                misses.append((base, part, (start, start + len(base))))
                break
    described = [Message("“{token}” — the card says “{part}”", token=token, part=part) for token, part, _ in misses]
    miss_spans = [span for _, _, span in misses]
    if exact and not misses:
        return Check("name", True, "ok", Message("“{name}” appears, spelled as on the card", name=wanted),
                     sorted(exact))
    if exact:
        return Check("name", False, "warning", Message("“{name}” appears, but check {described}", name=wanted,
                                                       described=described), miss_spans)
    if misses:
        return Check("name", False, "error", Message("“{name}” is not spelled as on the card: {described}",
                                                     name=wanted, described=described), miss_spans)
    return Check("name", False, "error", Message("The note never names “{name}” as spelled on the card", name=wanted))


# --- the memorable moment ---------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A light stem so that 'migrating' finds 'migration' and 'deliveries' finds 'delivery'."""
    word = _POSSESSIVE.sub("", _fold(word))
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    for suffix in ("ions", "ion", "ing", "es", "ed", "s", "ly", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content_words(text: str) -> dict[str, str]:
    """Stem -> the first word it came from, leaving out short and common words."""
    words = [w for w, _, _ in _words(text)]
    content = [w for w in words if len(w) > 2 and _fold(w) not in _STOPWORDS] or words
    out: dict[str, str] = {}
    for word in content:
        out.setdefault(_stem(word), word)
    return out


def check_memorable(draft: str, memorable: str) -> Check:
    """Most content words of the meeting note's memorable sentence appear; the best matching sentence is underlined."""
    wanted = _content_words(memorable)
    if not wanted:
        return Check("memorable", False, "warning",
                     english("The meeting note has no memorable moment yet — add one so this note is clearly for "
                             "this person"))
    present = {_stem(w) for w, _, _ in _words(draft)}
    found = [stem for stem in wanted if stem in present]
    missing = [wanted[stem] for stem in wanted if stem not in present]
    best: Span | None = None
    best_score = 0
    for match in _SENTENCE.finditer(draft):
        score = len({_stem(w) for w, _, _ in _words(match.group())} & set(wanted))
        if score > best_score:
            indent = len(match.group()) - len(match.group().lstrip())
            best, best_score = (match.start() + indent, match.end()), score
    spans = [best] if best else []
    share = Message("{found} of {total} of its words appear", found=len(found), total=len(wanted))
    if len(found) >= _MEMORABLE_SHARE * len(wanted):
        return Check("memorable", True, "ok", Message("The memorable moment is in the note — {share}", share=share),
                     spans)
    return Check("memorable", False, "warning", Message(
        "The memorable moment seems to be missing — only {share} (not found: {missing})", share=share,
        missing=", ".join(missing)), spans)


# --- spelling ---------------------------------------------------------------------------------------------


def misspelled(draft: str, allowed: tuple[str, ...] | list[str] = (),
               language: str = spelling.DEFAULT_LANGUAGE) -> list[tuple[str, int, int]]:
    """Words not in the dictionary, with their spans (see spelling.misspelled)."""
    return spelling.misspelled(draft, allowed, language)


def check_spelling(draft: str, allowed: tuple[str, ...] | list[str] = (),
                   language: str = spelling.DEFAULT_LANGUAGE) -> Check:
    """Words the dictionary does not know; `allowed` texts (names, company, title) are never flagged."""
    words = misspelled(draft, allowed, language)
    if not words:
        return Check("spelling", True, "ok", english("No spelling problems found"))
    shown = list(dict.fromkeys(word for word, _, _ in words))
    return Check("spelling", False, "warning",
                 Message("{count} not in the dictionary: {words}", count=_word_count(len(shown)), words=quoted(shown)),
                 [(start, end) for _, start, end in words])


# --- personalisation --------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _normalized_words(text: str) -> tuple[str, ...]:
    return tuple(_fold(w) for w, _, _ in _words(text))


def _compare(draft: str, other: str) -> tuple[float, list[Span]]:
    """Similarity of the two texts and the draft's spans of long runs shared with the other text."""
    mine, theirs = _normalized_words(draft), _normalized_words(other)
    if not mine or not theirs:
        return 0.0, []
    swapped = theirs < mine  # a fixed argument order makes the score symmetric
    first, second = (theirs, mine) if swapped else (mine, theirs)
    blocks = SequenceMatcher(None, first, second, autojunk=False).get_matching_blocks()
    score = 2 * sum(block.size for block in blocks) / (len(first) + len(second))
    words = _words(draft)
    runs = []
    for block in blocks:
        if block.size >= _SHARED_RUN_WORDS:
            start = block.b if swapped else block.a
            runs.append((words[start][1], words[start + block.size - 1][2]))
    return score, runs


def similarity(a: str, b: str) -> float:
    """Share of the two notes that is the same words in the same order, from 0 to 1.

    difflib's SequenceMatcher over folded word lists, not a shingle Jaccard: two notes cut from one template
    differ in a few scattered words (the name, the memorable line), and a reader sees them as nearly the same.
    The matcher scores exactly that (its ratio, 2 * matching words / all words), while with k-word shingles
    every changed word spoils k shingles, so a handful of swapped names would hide a copy. autojunk is off
    because on notes of 200+ words it would throw away frequent words and under-count the overlap. The
    arguments are put in a fixed order so that similarity(a, b) == similarity(b, a).
    """
    return _compare(a, b)[0]


def check_personalisation(draft: str, other_notes: list[tuple[str, str]], threshold: float = 0.85) -> Check:
    """Warn when this note is at least `threshold` similar to another person's note; the shared text is underlined."""
    compared = sorted(((*_compare(draft, text), name) for name, text in other_notes if text.strip()),
                      key=lambda item: item[0], reverse=True)
    if not compared:
        return Check("personalisation", True, "ok", english("No other notes for this interview to compare with"))
    too_close = [(score, name) for score, _, name in compared if score >= threshold]
    if not too_close:
        score, _, name = compared[0]
        return Check("personalisation", True, "ok", Message(
            "Closest is the note to {name} ({score}), below the {limit} limit", name=name, score=f"{score:.0%}",
            limit=f"{threshold:.0%}"))
    names = [Message("the note to {name} ({score})", name=name, score=f"{score:.0%}") for score, name in too_close]
    return Check("personalisation", False, "warning", Message(
        "Nearly the same as {names} — add something only the two of you talked about", names=names), compared[0][1])


# --- all together -----------------------------------------------------------------------------------------


def _memorable_reads(memorable: Check, broken: Check) -> Check:
    """A memorable moment inside a broken sentence is not yet 'in the note' for the reader."""
    if not memorable.ok or broken.ok or not memorable.spans:
        return memorable
    start, end = memorable.spans[0]
    if any(s < end and start < e for s, e in broken.spans):
        return Check("memorable", False, "warning",
                     english("The memorable moment is there, but its sentence does not read correctly (see above)"),
                     memorable.spans)
    return memorable


def _reader_forms(greet: str, full_name: str) -> list[str]:
    """The ways a note may name its reader: the greeting form, the full name, the given name, and the family
    name with a title ("Ms. Whitfield"); the greeting form first, the full name last."""
    given, family = split_name(full_name)
    forms = [greet, given, *(f"{title} {family}" for title in _HONORIFICS if family), full_name]
    return [form for form in dict.fromkeys(f.strip() for f in forms) if form]


_SAME_DAY_WORDS = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)


def check_day_words(draft: str, days_after: int) -> Check:
    """A "today" or "yesterday" in the note is true on the day it is read: a note written the evening of the
    interview and sent the next morning must not say "today"."""
    wrong = [m for m in _SAME_DAY_WORDS.finditer(draft) if days_after != 0]
    wrong += [m for m in _YESTERDAY.finditer(draft) if days_after != 1]
    if not wrong:
        return Check("day_words", True, "ok", english("The days the note names are right for when it is read"))
    wrong.sort(key=lambda m: m.start())
    word = wrong[0].group()
    if days_after == 0:
        reason = Message("The note says “{word}”, but it goes out on the day of the interview: say “today”",
                         word=word)
    elif days_after == 1:
        reason = Message("The note says “{word}”, but it goes out the day after the interview: say “yesterday”",
                         word=word)
    else:
        reason = Message("The note says “{word}”, but it goes out {days} days after the interview: name the day "
                         "instead", word=word, days=days_after)
    return Check("day_words", False, "warning", reason, [(m.start(), m.end()) for m in wrong])


def run_all(draft: str, context: NoteContext) -> list[Check]:
    """Every check, in the order the composer lists them (problems are sorted first by the composer)."""
    other_names = [name for name, _ in context.other_notes]
    reader = _reader_forms(context.first_name, context.full_name)
    card = (context.first_name, context.full_name, context.company, context.title, context.role,
            context.your_name, *other_names, *context.known_names)
    sentences = note_style.check_sentences(draft, proper=[context.company, context.role, *card])
    checks = [
        note_address.check_placeholders(context.subject or "", draft),
        note_address.check_greeting(draft, reader, other_names),
        check_name(draft, context.first_name, context.full_name,
                   ignore=[context.your_name, context.company, context.title, *other_names, *context.known_names]),
        note_address.check_you(draft, reader),
        sentences,
    ]
    if context.subject is not None:
        checks.append(note_address.check_subject(context.subject, context.role, context.company))
    checks += [
        note_address.check_role_company(draft, context.role, context.company),
        *([] if context.days_after is None else [check_day_words(draft, context.days_after)]),
        _memorable_reads(check_memorable(draft, context.memorable), sentences),
        check_length(draft, context.min_words, context.max_words),
        note_style.check_stock_phrases(draft, context.stock_phrases),
        note_style.check_tone(draft),
        check_spelling(draft, allowed=card, language=context.language),
        check_personalisation(draft, context.other_notes, context.threshold),
    ]
    # A note signed "[your_name]" is one problem, said once by the placeholders check (which also says where your
    # name is set), not a second error about the signature.
    if not note_address.signed_with_placeholder(draft):
        checks.append(note_address.check_signature(draft, context.your_name))
    return checks
