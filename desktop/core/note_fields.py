"""What the user types about a person, turned into text a thank-you note can use as it stands.

People jot the memorable moment and the why-you-fit line down in every form: a topic ("your point about the
step-three drop-off"), a sentence about the person ("She described how her team cut the error by a third"),
the first person ("I loved hearing about the mentoring programme", or "loved hearing about ..." without the
"I"), with or without a final stop, sometimes two sentences. A template cannot splice all of these into one
fixed sentence, so the note uses the field as sentences of its own:

* a sentence stays a sentence: capitalised, ended with a stop, and the person the note is for becomes "you"
  ("She described how her team" -> "You described how your team"), since a note never talks about its reader
  in the third person;
* a topic is introduced by the template's lead, which ends in a colon so that whatever follows it reads
  correctly ("One part of our conversation has stayed with me: your point about the step-three drop-off.").

Where a template puts the field in the middle of its own sentence, the inline form is used: no capital, no
stop. `rewrite` reports every change so the composer can show the user what the note will say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from desktop.core import spelling
from desktop.core.messages import Message, english


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that open a sentence with its own subject; anything else is treated as a topic (safe either way,
# since a clause after the lead's colon still reads correctly).
_SUBJECTS = _words("""
i i'm i've i'd i'll we we're we've we'd we'll you you're you've you'd you'll she she's she'd she'll he he's he'd
he'll they they're they've they'd it it's it was there there's there was
""")
# A first-person sentence written without its "I": "loved hearing about ...", "led two teams through ...".
_DROPPED_I = _words("""
loved enjoyed liked appreciated valued learned learnt found was felt thought realised realized keep kept
have had am led built managed ran run worked spent created designed developed grew launched shipped delivered
taught wrote know bring understand share care bring brought helped mentored migrated scaled reduced cut
increased improved researched studied trained coached love enjoy like speak can would could joined started
completed finished talked discussed chatted spoke met heard saw got used manage
""")
# "showed me the dashboard", "taught me a lot": a sentence without its subject that has the writer as its object was
# said about the reader ("You showed me the dashboard"), not by the writer ("I taught me").
_TOLD_ME = re.compile(r"^(?:[a-z]+ed|told|gave|taught|took|showed|shown|sent|let|made|got|brought|drew|spent)"
                      r"\s+me\b")
# "really enjoyed the system design part": an adverb before the verb of a sentence written without its "I".
_LEADING_ADVERBS = _words("really also just always genuinely truly honestly definitely especially currently "
                          "recently already")
# "In my last role I led a team of six", "As a former nurse, I understand clinicians": a sentence that opens with
# a phrase before its subject.
_PHRASE_THEN_SUBJECT = re.compile(
    r"^(?:(?:as|in|at|with|during|after|before|since|over|from|having)\s[^.;:!?()\"“,]{1,60}?,\s(?:I|we|you)\s+[a-z]|"
    r"(?:as an?|in my|at my|in our|at our|at (?-i:[A-Z])\S*|with \d|having)\s[^.;:!?()\"“,]{0,50}?\b(?:I|we)\s+[a-z])",
    re.IGNORECASE)  # not "in the team I lead", a topic with a clause of its own
# "thanks for the tour of the lab": said to the reader as the note says it.
_THANKS = re.compile(r"^(?:thanks|thanx|thx|thank you|ty)(?= )((?: (?:so|very) much)?(?: again)?),? for\s+",
                     re.IGNORECASE)
_THANKED = re.compile(r"Thank you(?: so much| very much)?(?: again)? for ")
# Words that open a question as readily as a sentence without its "I": "can I", "have you", "like you said".
_ASKING = _words("can will would could have had was am like do did")
# Languages are written with a capital in English: "fluent in german" is "fluent in German" ("polish" is a verb too).
_LANGUAGES = _words("""
english german french spanish italian portuguese dutch swedish danish norwegian finnish russian ukrainian czech
greek turkish arabic hebrew hindi urdu bengali mandarin cantonese chinese japanese korean vietnamese thai indonesian
swahili romanian hungarian catalan irish welsh
""")
# A first-person description written without its "I am": "experienced in stakeholder management", "fluent in German".
_DROPPED_I_AM = re.compile(r"^(?:(?:experienced|fluent|skilled|proficient|passionate|certified|qualified|trained|"
                           r"familiar|comfortable|confident|versed|well[- ]versed|keen|eager|excited|enthusiastic)"
                           r"\s+(?:in|at|with|about|on)\s|(?:ready|able|available|happy|willing|open)\s+to\s)",
                           re.IGNORECASE)
# "the part where you showed ..." after a lead that already says "one part of our conversation".
_LEADING_FILLER = re.compile(r"^(?:about|regarding|re:|because|that|how much i (?:enjoyed|liked)|"
                             r"the (?:part|bit|moment) (?:where|when)|the fact(?: that)?)\s+", re.IGNORECASE)
# "when I ran the same migration at Acme": the writer's own sentence, not a fragment after the lead ("I believe I am
# well suited to the position: when I ran ..."); not "when I said X, you laughed", whose "when" holds it together.
_WHEN_I = re.compile(r"^when\s+(?=(?:I|we)\s+[^,;:]+$)", re.IGNORECASE)
# Chat asides a letter leaves out: "the coffee machine lol", "tbh the coding part was hard".
_ASIDE = re.compile(r"(?:^(?:tbh|lol|haha+|imo|ngl),?\s+|[\s,]+(?:lol|haha+|tbh|lmao|imo|ngl|xd)(?=[\s.!?…]*$))",
                    re.IGNORECASE)
# A form's label typed before the answer: "Skills: SQL, Python".
_LABEL = re.compile(r"^(?:skills|experience|background|strengths|highlights?|tools|stack|memorable|why|reason|"
                    r"note|fit)\s*:\s+", re.IGNORECASE)
# Texting shorthand, as a note spells it: "u asked about my thesis", "bc I have done this before".
_TEXTING_WORDS = {"u": "you", "ur": "your", "bc": "because", "b/c": "because", "w/": "with", "thru": "through",
                  "pls": "please", "tho": "though"}
_TEXTING = re.compile(r"(?<![\w'’/&.-])(?:u|ur|bc|b/c|w/|thru|pls|tho)(?![\w'’/&-]|\.\w)", re.IGNORECASE)
# Contractions typed without their apostrophe; only those that are not words of their own ("ill", "id", "wont",
# "well" and "its" are).
_ELIDED_WORDS = {"im": "I'm", "ive": "I've", "dont": "don't", "cant": "can't", "didnt": "didn't",
                 "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't",
                 "hasnt": "hasn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
                 "thats": "that's", "youre": "you're", "theyre": "they're", "youve": "you've", "weve": "we've",
                 "theyve": "they've", "arent": "aren't", "whats": "what's"}
_ELIDED = re.compile(r"(?<![\w'’-])(?:" + "|".join(_ELIDED_WORDS) + r")(?![\w'’-])", re.IGNORECASE)
# "what a great conversation": an exclamation, which keeps its mark instead of taking the lead.
_EXCLAMATION = re.compile(r"^(?:what an?|such an?)\s", re.IGNORECASE)
# A lower-case "i" on its own ("and i love data", "i've"), but not "i.e.".
_LOWER_I = re.compile(r"(?<![\w'’.-])i(?=(?:['’](?:m|ve|d|ll))?(?![\w'’-]|\.\w))")
# Words a stop after them does not end a sentence at: "e.g. dbt", "vs. NoSQL", "approx. 3x".
_ABBREVIATIONS = _words("e.g eg i.e ie etc vs approx incl esp cf al no nr st dr mr mrs ms prof yrs mins hrs min hr")
# A list typed one item a line: "- SQL", "* Python", "• dbt", "1. Kafka", "2) Flink".
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–—](?:\s+|(?=[^\W\d_]))|\d{1,2}[.)]\s+)(?=\S)")  # not "-5 degrees"
# A list typed on one line, numbered from 1: "1) the new tool 2) the Lyon office", "1. SQL 2. Python".
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})([.)])\s+(?=\S)")
# "You asked how I'd handle an outage?": a question told, not asked, ends with a full stop.
_TOLD_QUESTION = re.compile(r"^(?:I|you|we|he|she|they|(?:the|your|our) \w+)\s+(?:also\s+|then\s+|once\s+)?"
                            r"(?:asked|wondered|wanted to know|was curious|were curious)\b[^?]*\?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'‘(]?[^\W\d_])")
# After "her": a word of these kinds means "her" is the object ("told her about") rather than "her team".
_NOT_A_NOUN_AFTER = _words("""
a an the my our your their this that these those some any about at by for from in into of on to with and but or
so then when while if as because how what why where who whether again too also first last today yesterday
""")
_DETERMINERS = _words("the my our your their his her its this these those")
_RELATIVES = _words("that which who whom whose where when how what why whether i you we she he they")
_FINITE = _words("""
is are was were has have had will would can could does do did matches match fits fit makes made means meant
gives gave shows showed includes included covers spans spanned brings brought lets
""")
# "Five years ..." and "Experience with ..." are lower-cased after a lead; "Python" and "Figma" are not.
_ORDINARY_FREQUENCY = 2e-5
# Abstract nouns ("Curiosity and grit", "Leadership", "Passion for data") are ordinary words even when rare; not
# "-tion", which products end in too (Notion, Motion).
_ABSTRACT_ENDINGS = ("ity", "ship", "ness", "ment", "work", "ence", "ance", "thy", "sion")
_ABSTRACT_FREQUENCY = 5e-7
_ADVERBS = _words("always also often just really never still clearly kindly openly even already")
_AGREEMENT = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "doesn’t": "don’t",
              "isn't": "aren't", "isn’t": "aren’t", "wasn't": "weren't", "wasn’t": "weren’t",
              "hasn't": "haven't", "hasn’t": "haven’t", "goes": "go", "says": "say"}
_PRONOUNS = {"she": "you", "he": "you", "him": "you", "herself": "yourself", "himself": "yourself",
             "hers": "yours"}
_CONTRACTED = {"she's": "you're", "he's": "you're", "she'd": "you'd", "he'd": "you'd", "she'll": "you'll",
               "he'll": "you'll"}
_PARTICIPLES = _words("been done had got gone made seen built shown given told taken written led run")


@dataclass(frozen=True)
class Rewritten:
    """The text a note will use for a field, and how it differs from what was typed."""

    typed: str
    text: str
    is_sentence: bool
    changes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return " ".join(self.typed.split()) != self.text


def _unlist(text: str, names: list[str]) -> str:
    """A list typed one item a line (or numbered on one line), as a note says it: "SQL, Python and dbt", or its
    items' own sentences."""
    lines = [item for line in text.splitlines() if line.strip() for item in _numbered_items(line)]
    if not lines or not all(_BULLET.match(line) for line in lines):
        return text
    items = [_tidy(_BULLET.sub("", line)).rstrip(".!…") for line in lines]
    items = [f"I {item[:1].lower()}{item[1:]}" if item.split()[0].lower() in _DROPPED_I else item
             for item in items if item]
    if len(items) < 2 or all(_is_sentence(item, names) for item in items):
        return " ".join(_cap(item) + "." for item in items)
    items = [item.rstrip("?") for item in items]  # "hybrid work?" as the last of three topics is no question
    return ", ".join(items[:-1]) + " and " + items[-1]


def _numbered_items(line: str) -> list[str]:
    """The items of a line that numbers them itself from 1 with one kind of mark ("1) a 2) b 3) c"), each with its
    number; any other line whole. Only the first number was taken for a bullet, and the note read "the new
    stress-testing tool 2) the Lyon office 3) hybrid work"."""
    marks = list(_INLINE_NUMBER.finditer(line))
    if (len(marks) < 2 or line[:marks[0].start()].strip() or len({m.group(2) for m in marks}) > 1
            or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1))):
        return [line]
    bounds = [m.start() for m in marks] + [len(line)]
    return [line[start:end].strip() for start, end in pairwise(bounds)]


def _tidy(text: str) -> str:
    """One line, single spaces, no doubled or dangling punctuation at the end."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([!?])\1+", r"\1", text)  # "!!" -> "!"
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # ".." -> ".", but "..." stays
    text = re.sub(r"(?<=\S) -{1,2} (?=\S)", " – ", text)  # a spaced hyphen typed for a dash
    text = _ASIDE.sub("", _LABEL.sub("", text))
    text = _TEXTING.sub(lambda word: word.group() if len(word.group()) > 1 and word.group().isupper()  # "500 BC"
                        else _cap_like(_TEXTING_WORDS[word.group().lower()], word.group()), text)
    text = _ELIDED.sub(lambda word: word.group() if word.group().isupper()  # "IM" is instant messaging
                       else _cap_like(_ELIDED_WORDS[word.group().lower()], word.group()), text)
    sign = text[:1] if re.match(r"-\d", text) else ""  # "-5 degrees" keeps its minus
    return sign + text.strip(" ,;:-–—")


def _cap_like(word: str, typed: str) -> str:
    return _cap(word) if typed[:1].isupper() else word


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentences(text: str) -> list[str]:
    """The text's sentences, also where the user started one in lower case ("the whiteboard part. it was fun"),
    but not after an abbreviation ("e.g. dbt", "3 a.m. outage")."""
    parts: list[str] = []
    for part in _SENTENCE_END.split(text):
        if parts and part[:1].islower() and (_is_abbreviation(parts[-1].split()[-1]) or
                                             parts[-1].endswith(("...", "…"))):
            parts[-1] += " " + part
        else:
            parts.append(part)
    return parts


def _is_abbreviation(word: str) -> bool:
    if not word.endswith("."):
        return False
    bare = word.rstrip(".").strip("\"“'‘(").lower()
    return bare in _ABBREVIATIONS or "." in bare or len(bare) == 1


def _joined_list(text: str, names: list[str]) -> str:
    """Items typed with semicolons or commas between them ("SQL; Python; Airflow", "communication, leadership,
    teamwork") as a note says a list: "SQL, Python and Airflow". Clauses, and items that are lists of their own,
    are left as typed; commas only when there are three items or more ("my last role at Google, where ...")."""
    for mark, least in ((";", 2), (",", 3)):
        items = [item.strip() for item in text.split(mark)]
        if len(items) < least or not all(items) or any(
                len(item.split()) > 4 or "," in item or " and " in item or " or " in item or "etc" in item
                or _is_sentence(item, names) for item in items):
            continue
        return ", ".join(items[:-1]) + " and " + items[-1]
    return text


def _decap(word: str, proper: frozenset[str]) -> str:
    """Lower-case a topic's first word when it is an ordinary word, not a name, a product, an acronym or 'I'."""
    bare = word.strip("\"“'‘(")
    if not bare or bare in proper or bare == "I" or (len(bare) > 1 and bare[1:2].isupper()):
        return word
    lower = bare.lower().rstrip(":,;.!?")
    if "-" in bare and bare.split("-", 1)[1].islower():  # "Hands-on experience": judged by "hands"; not "Jean-Luc"
        lower = lower.split("-")[0]
    ordinary = lower in _NOT_A_NOUN_AFTER or lower.endswith("ing") or \
        spelling.frequency(lower) >= _ORDINARY_FREQUENCY or \
        (lower.endswith(_ABSTRACT_ENDINGS) and spelling.frequency(lower) >= _ABSTRACT_FREQUENCY)
    return word[:1].lower() + word[1:] if ordinary and word[:1].isalpha() else word


def _name_forms(names: Iterable[str]) -> list[str]:
    """Every way the note's reader may be named, longest first so 'Dr. Tanaka' wins over 'Tanaka'."""
    forms: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        forms.add(name)
        words = name.split()
        if len(words) > 1 and words[0].rstrip(".").lower() in {"dr", "prof", "mr", "mrs", "ms", "mx"}:
            forms.add(" ".join(words[1:]))
    return sorted(forms, key=len, reverse=True)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A "you" that stands after one of these (or opens the text) is the subject, and its verb must agree.
_BEFORE_SUBJECT = _words("how what when why where that and but because while as if since who which so")


def _to_second_person(text: str, names: list[str]) -> tuple[str, list[str]]:
    """Speak to the reader: their name and he/she/her/his become you/your, with the verb agreeing."""
    changes: list[str] = []
    for form in names:
        pattern = re.compile(r"(?<![\w’'])" + r"\s+".join(map(re.escape, form.split())) + r"(?:['’]s)?(?![\w’'])")

        def swap(match: re.Match[str], form: str = form) -> str:
            changes.append(form)
            return "your" if match.group().endswith(("'s", "’s")) else "you\u200b"  # marked: a swapped name

        text = pattern.sub(swap, text)
    words = list(_WORD.finditer(text))
    pieces: list[str] = []
    position = 0
    agree_next = False
    for index, match in enumerate(words):
        token = match.group()
        lower = token.lower().replace("’", "'")
        following = words[index + 1].group().lower() if index + 1 < len(words) else ""
        gap = text[match.end(): words[index + 1].start()] if index + 1 < len(words) else text[match.end():]
        ends_clause = bool(re.search(r"[^\s\u200b]", gap))  # punctuation between this word and the next
        replacement = token
        if lower in _PRONOUNS:
            replacement = _PRONOUNS[lower]
        elif lower in ("her", "his"):
            object_use = ends_clause or not following or following in _NOT_A_NOUN_AFTER
            replacement = ("you" if lower == "her" else "yours") if object_use else "your"
        elif lower in _CONTRACTED:
            replacement = "you've" if following in _PARTICIPLES else _CONTRACTED[lower]
        elif agree_next and lower in _ADVERBS:
            pieces.append(text[position: match.end()])
            position = match.end()
            continue
        elif agree_next:
            replacement = _agree(token)
        if replacement != token:
            if lower not in ("you",):
                changes.append(token)
            if token[:1].isupper():
                replacement = _cap(replacement)
        previous = words[index - 1].group().lower() if index else ""
        swapped_subject = lower == "you" and text[match.end(): match.end() + 1] == "\u200b" and (
            index == 0 or previous in _BEFORE_SUBJECT or re.search(r"[.,;:!?]\s*$", text[:match.start()]))
        agree_next = (lower in ("she", "he") or bool(swapped_subject)) and not ends_clause
        pieces.append(text[position: match.start()] + replacement)
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces).replace("\u200b", ""), changes


def _agree(verb: str) -> str:
    """The form of a verb after 'you': 'is' -> 'are', 'leads' -> 'lead'; anything else unchanged."""
    lower = verb.lower()
    if lower in _AGREEMENT:
        return _AGREEMENT[lower]
    if len(lower) > 4 and lower.endswith("ies") and verb.islower():
        return verb[:-3] + "y"
    if len(lower) > 3 and lower.endswith(("ches", "shes", "sses", "xes")) and verb.islower():
        return verb[:-2]
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and verb.islower() \
            and lower[-2] not in "'’":
        return verb[:-1]
    return verb


def _has_own_verb(words: list[str]) -> bool:
    """'My background in SQL matches ...', 'The team is hiring': a noun, then its verb, no clause in between."""
    if len(words) < 3 or words[0] not in _DETERMINERS:
        return False
    for word in words[1:8]:
        if word in _FINITE:
            return True
        if word in _DETERMINERS or word in _RELATIVES:
            return False  # "the way her team is run", "the clinic that still prints": a topic
    return False


def _is_sentence(text: str, names: list[str]) -> bool:
    """Whether the text is written as a sentence, judged by its first: "When Priya explained the rota. Also the
    coffee." opens with a topic, which still wants the template's lead."""
    text = _sentences(text)[0]
    first = text.split()[0].lower().strip("\"“'‘(") if text.split() else ""
    if first in _SUBJECTS or first.replace("’", "'") in _SUBJECTS:
        return True
    if _has_own_verb([w.lower().strip(",;:") for w in text.split()]):
        return True
    # a question, an exclamation or thanks are kept as the user wrote them
    if text.endswith("?") or _EXCLAMATION.match(text) or _THANKED.match(text) or _PHRASE_THEN_SUBJECT.match(text):
        return True
    return any(text.startswith(form + " ") and text[len(form) + 1:][:1].islower() for form in names)


def rewrite(typed: str, names: Iterable[str] = (), proper: Iterable[str] = ()) -> Rewritten:
    """The field as the note will use it; `names` are the reader's names, `proper` words never lower-cased."""
    reader = _name_forms(names)
    text = _tidy(_unlist(typed, reader))
    if not text:
        return Rewritten(typed, "", False)
    text = _LOWER_I.sub("I", text)
    text = re.sub(r"\b[a-z]+\b", lambda word: word.group().capitalize() if word.group() in _LANGUAGES else word.group(),
                  text)
    changes: list[str] = []
    stripped = _WHEN_I.sub("", _LEADING_FILLER.sub("", text))
    if stripped != text and stripped:
        changes.append(Message("left out “{words}”", words=text[: len(text) - len(stripped)].strip()))
        text = stripped
    text = _joined_list(text, reader)
    first_words = [word.lower().strip(",;:") for word in text.split()[:2]]
    thanked = _THANKS.sub(lambda thanks: f"Thank you{thanks.group(1).lower()} for ", text, count=1)
    if thanked != text:
        text = thanked
    elif first_words[0] == "been":  # "been in ops for 10 years"
        text = "I've " + text[:1].lower() + text[1:]
        changes.append(english("added “I”"))
    elif _TOLD_ME.match(text):
        text = "You " + text
    elif _sentences(text)[0].endswith("?") or text.split()[0].endswith(",") or (
            first_words[0] in _ASKING and first_words[1:2] and first_words[1].replace("’", "'") in _SUBJECTS):
        pass  # "Can I send my portfolio?", "have you seen ...", "like, the vibe": not a sentence without its "I"
    elif first_words[0] in _DROPPED_I or (first_words[0] in _LEADING_ADVERBS and first_words[1:] and
                                        first_words[1] in _DROPPED_I and first_words[1] not in _LEADING_ADVERBS):
        text = "I " + text[:1].lower() + text[1:]
        changes.append(english("added “I”"))
    elif _DROPPED_I_AM.match(text):
        text = "I am " + text[:1].lower() + text[1:]
        changes.append(english("added “I am”"))
    sentence = _is_sentence(text, reader)
    text, swapped = _to_second_person(text, reader)
    if swapped:
        changes.append(english("speaks to them as “you”"))
    if sentence:
        text = " ".join(_cap(part[:-1] + "." if _TOLD_QUESTION.match(part) else part)
                        for part in _sentences(text))
        text = text if text[-1] in ".!?…" else text + ("!" if _EXCLAMATION.match(text) else ".")
        text = re.sub(r"^I(?=\s)", "I", text)
    else:
        first, *rest = _sentences(text)
        words = first.split(" ", 1)
        text = " ".join([_decap(words[0], frozenset(proper)), *words[1:], *map(_cap, rest)]).rstrip(".!?…;:,")
    return Rewritten(typed, text, sentence, tuple(changes))


def as_sentences(typed: str, lead: str, names: Iterable[str] = (), proper: Iterable[str] = ()) -> Rewritten:
    """The field as one or more whole sentences: a topic gets the template's lead ('... stayed with me:')."""
    result = rewrite(typed, names, proper)
    if not result.text or result.is_sentence:
        return result
    lead = " ".join(lead.split()).rstrip()
    text = result.text
    if lead.endswith(":"):  # "...stayed with me: your advice: talk to users": one colon in a sentence
        text = re.sub(r"(?<=[^\W\d_]):\s+", " – ", text, count=1)
    joined = f"{lead} {text}" if lead else _cap(text)
    return Rewritten(typed, joined + ".", True, result.changes)


def inline(typed: str, names: Iterable[str] = (), proper: Iterable[str] = ()) -> Rewritten:
    """The field as a phrase inside a template's own sentence: no capital, no final stop."""
    result = rewrite(typed, names, proper)
    if not result.is_sentence:
        return result
    first, _, rest = result.text.partition(" ")
    text = (_decap(first, frozenset(proper)) + (" " + rest if rest else "")).rstrip(".")
    return Rewritten(typed, text, False, result.changes)
