"""Checks on how a note reads: sentences that are whole, and a tone a careers adviser would let through.

Each function takes the draft and returns a Check (see note_checks) whose spans underline the words at fault.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from desktop.core import spelling
from desktop.core.check_types import Check, Span, quoted
from desktop.core.messages import Message, english

STOCK_PHRASES_FILE = Path(__file__).resolve().parents[2] / "resources" / "checks" / "stock-phrases.txt"

# Words that are capitalised only at the start of a sentence; one inside a sentence is where a template
# spliced a whole sentence into its own ("what you said about She told me ...").
_SENTENCE_OPENERS = ("She", "He", "They", "It", "We", "The", "This", "These", "Those", "There", "My", "Our",
                     "Their", "His", "Her", "Its", "Your")
_JOINT = re.compile(r"(?<=[\w,;)])[ \t]+(" + "|".join(map(re.escape, _SENTENCE_OPENERS)) + r")\b")
# A subject straight after a preposition: "your point about I loved hearing ..." (but "like I said" is speech).
_SUBJECT_AFTER_PREPOSITION = re.compile(r"\b(about|of|with|regarding|on|into|from|for)[ \t]+(I|we|she|he|they)\b"
                                        r"(?![’'-])[ \t]+(?!and\b|or\b)[a-z]+")
_DOUBLED = re.compile(r"\b(\w+)\s+(\1)\b", re.IGNORECASE)
_DOUBLE_ALLOWED = frozenset({"had", "that", "is", "bye", "very", "so", "really", "no", "yes"})
_PUNCTUATION = re.compile(r"(?<!\.)\.\.(?!\.)|[ \t]+[,.;:!?](?![.\w])|,,|[,;:][ \t]*[.!?]|[.!?],")
_LOWER_START = re.compile(r"(?:(?<=[.!?])[ \t]+|(?:^|(?<=\n))[ \t]*)([a-z][a-z’']*)", re.MULTILINE)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|cf|a\.m|p\.m|no|dept|est|dr|mr|mrs|ms|mx|prof|st|inc|ltd|co|jr|sr)\.|"
    r"(?:\b[A-Za-z]\.){2,}|\.\.\.|…)\Z", re.IGNORECASE)
_EMOTICON = re.compile(r"(?<!\w)(?:[:;=]-?[()DPp3/\\|]|<3|xD|XD|\^_\^)(?!\w)|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_EXCLAIM = re.compile(r"!{2,}|\?!|!\?")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")


def _finding(name: str, level: str, problems: list[tuple[str, Span]], ok: str, intro: str) -> Check:
    if not problems:
        return Check(name, True, "ok", ok)
    shown = list(dict.fromkeys(text for text, _ in problems))[:4]
    spans = [span for _, span in problems]
    if len(problems) > len(shown):
        return Check(name, False, level, Message("{intro}: {problems} and {count} more", intro=intro, problems=shown,
                                                 count=len(problems) - len(shown)), spans)
    return Check(name, False, level, Message("{intro}: {problems}", intro=intro, problems=shown), spans)


def check_sentences(draft: str, proper: Iterable[str] = ()) -> Check:
    """Whole sentences: no template joints, doubled words, stray punctuation or lower-case sentence starts."""
    proper = tuple(proper)
    names = " ".join(proper)
    ending_in_mark = [name.strip() for name in proper if name.strip().endswith((".", "!", "?"))]
    problems: list[tuple[str, Span]] = []
    for match in _JOINT.finditer(draft):
        word = match.group(1)
        if re.search(r"(?<!\w)" + re.escape(word) + r"\s+\w", names):  # "The Guardian", "Our Table"
            continue
        line_start = draft.rfind("\n", 0, match.start()) + 1
        before = draft[line_start: match.start(1)].rstrip()
        words_before = before.split()
        if len(words_before) < 1:
            continue
        joined = f"{' '.join(words_before[-2:])} {word}"
        problems.append((Message("“{words}” joins two sentences into one", words=joined),
                         (match.start(1) - len(words_before[-1]) - 1, match.end(1))))
    for match in _SUBJECT_AFTER_PREPOSITION.finditer(draft):
        problems.append((Message("“{words}” joins two sentences into one", words=f"{match.group(1)} {match.group(2)}"),
                         match.span()))
    emoticons = [m.span() for m in _EMOTICON.finditer(draft)]
    for match in _DOUBLED.finditer(draft):
        if match.group(1).lower() not in _DOUBLE_ALLOWED and not match.group(1).isdigit():
            problems.append((Message("“{words}” repeats a word", words=f"{match.group(1)} {match.group(2)}"),
                             match.span()))
    for match in _PUNCTUATION.finditer(draft):
        if any(s <= match.end() - 1 < e for s, e in emoticons):
            continue  # ":)" is the tone check's to name
        if match.group() == ".," and _ABBREVIATIONS.search(draft[: match.start() + 1]):
            continue  # "e.g., family practices"
        shown = match.group().strip() or match.group()
        problems.append((Message("“{text}” is stray punctuation", text=shown), match.span()))
    for match in _LOWER_START.finditer(draft):
        word, before = match.group(1), draft[: match.start(1)]
        if _ABBREVIATIONS.search(before.rstrip()) or word in {"e", "i"}:
            continue
        if any(before.rstrip().endswith(name) for name in ending_in_mark):  # "the Sr. Data Eng. role"
            continue
        wrapped = before.rstrip(" \t").endswith("\n") and not re.search(r"(?:\A|[.!?:]|\n[ \t]*\n)[ \t]*\n?[ \t]*\Z",
                                                                         before)
        if wrapped:  # a line break inside a sentence (a hard-wrapped paragraph)
            continue
        problems.append((Message("“{word}” starts a sentence in lower case", word=word), match.span(1)))
    problems.sort(key=lambda item: item[1])
    return _finding("sentences", "error", problems, english("Every sentence reads as a whole sentence"),
                    english("A sentence is broken"))


@lru_cache(maxsize=8)
def load_stock_phrases(path: Path = STOCK_PHRASES_FILE) -> tuple[str, ...]:
    """The list of phrases an adviser would strike out: one a line, '#' starts a comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())


@lru_cache(maxsize=8)
def _stock_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    parts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    # "I am writing to" on the list finds "I'm writing to" too, with either apostrophe.
    parts = [re.sub(r"I\\s\+am\b|I['’]m\b", r"I(?:\\s+am|['’]m)", part) for part in parts]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def check_stock_phrases(draft: str, phrases: tuple[str, ...]) -> Check:
    """Clichés from the user-editable list ("team player", "think outside the box")."""
    pattern = _stock_pattern(phrases)
    found = [(m.group(), m.span()) for m in pattern.finditer(draft)] if pattern else []
    if not found:
        return Check("stock_phrases", True, "ok", english("No stock phrases"))
    shown = list(dict.fromkeys(text.lower() for text, _ in found))
    return Check("stock_phrases", False, "warning",
                 Message("Stock phrases that say nothing about you: {phrases} — say what you did instead",
                         phrases=quoted(shown)),
                 [span for _, span in found])


def check_tone(draft: str) -> Check:
    """No emoticons or emoji, no '!!', and no sentences in capitals."""
    problems: list[tuple[str, Span]] = []
    for match in _EMOTICON.finditer(draft):
        problems.append((Message("the emoticon “{text}”", text=match.group()), match.span()))
    for match in _EXCLAIM.finditer(draft):
        problems.append((f"“{match.group()}”", match.span()))
    run: list[re.Match[str]] = []
    for word in [*_CAPS_WORD.finditer(draft), None]:
        if word is not None and run and draft[run[-1].end(): word.start()].strip(" ,") == "":
            run.append(word)
            continue
        # "EMEA, APAC, LATAM" is a list of acronyms; "I AM VERY EXCITED" holds ordinary words.
        words = [m.group().lower() for m in run]
        if len(run) >= 3 and sum(len(w) >= 3 and spelling.frequency(w) >= spelling.COMMON_WORD_FREQUENCY
                                 for w in words) >= 2:
            problems.append((english("words in capitals, which read as shouting"), (run[0].start(), run[-1].end())))
        run = [word] if word is not None else []
    problems.sort(key=lambda item: item[1])
    return _finding("tone", "warning", problems, english("A calm, professional tone"),
                    english("Too casual or loud for a thank-you note"))
