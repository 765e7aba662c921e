"""What an error or a log line may say: its words, without the private data it quotes.

A note's text, a contact's name, address or number reach exceptions as SQL parameters, quoted values and file
names. The log file and the error dialogs show them through these functions only.
"""

from __future__ import annotations

import re
import traceback

# Their messages name code (attributes, modules, argument types), never the user's data.
_CODE_ERRORS = (AttributeError, ImportError, NameError, TypeError)
_QUOTED = re.compile(r"""'[^'\n]*'|"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»""")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"(?<![\w+])\+?\(?\d[\d ()./-]{5,}\d(?!\w)")  # a phone number as typed, among others
_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[ T]\d\d)?")
_SQL = re.compile(r"\[SQL: .*", re.DOTALL)  # SQLAlchemy's statement, its parameters and everything after
WITHHELD = "…"


def redact(text: str) -> str:
    """The text with SQL details, quoted values, email addresses and phone numbers replaced by '…'."""
    text = _SQL.sub("[SQL withheld]", text)
    text = _QUOTED.sub(lambda m: m[0][0] + WITHHELD + m[0][-1], text)
    return _NUMBER.sub(_withhold_number, _EMAIL.sub(WITHHELD, text))


def _withhold_number(match: re.Match[str]) -> str:
    """Seven digits or more could be a phone number; a date is kept, as are shorter numbers (counts, lines)."""
    number = match[0]
    return number if _DATE.fullmatch(number) or sum(c.isdigit() for c in number) < 7 else WITHHELD


def safe_message(error: BaseException) -> str:
    """What went wrong in the error's own words, minus the data it carries (SQL, parameters, file names)."""
    from sqlalchemy.exc import StatementError

    if isinstance(error, StatementError):  # its str() is the statement and the parameters: keep the driver's words
        return safe_message(error.orig) if error.orig is not None else "a database statement failed"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror  # "No space left on device", without the file's name, which may be a person's
    text = str(error)
    return text if isinstance(error, _CODE_ERRORS) else redact(text)


def safe_traceback(error: BaseException) -> str:
    """A traceback as Python prints it, chained exceptions included, but with each message made safe."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts: list[str] = []
    for exception in reversed(chain):
        if parts:
            parts.append("\nThe above exception led to the following one:\n\n")
        if exception.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(exception.__traceback__))
        parts.append(f"{type(exception).__qualname__}: {safe_message(exception)}\n")
    return "".join(parts).rstrip("\n")
