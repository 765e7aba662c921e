"""Checking and previewing a note without the database: what `afterview note check` and `note preview` do.

The composer's live checks and these commands build their NoteContext with `note_context`, so a note checked
on the command line gets exactly the findings it would get beside the draft in the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core import note_checks, note_style, templates
from desktop.core.check_types import Check
from desktop.core.person_names import addressed_name, propose_greeting, reads_family_first, split_name
from desktop.core.settings import Settings
from desktop.storage.paths import AppPaths

STOCK_PHRASES_NAME = "stock-phrases.txt"


class NoteFileError(ValueError):
    """A note file that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class NoteText:
    subject: str | None  # None when the file has no "Subject:" line
    body: str


def stock_phrases(paths: AppPaths) -> tuple[str, ...]:
    """The user's own list (data folder / stock-phrases.txt) when they made one, else the built-in list."""
    own = paths.data_dir / STOCK_PHRASES_NAME
    return note_style.load_stock_phrases(own if own.is_file() else note_style.STOCK_PHRASES_FILE)


def template_dirs(paths: AppPaths) -> list[Path]:
    """Built-in templates first, then the user's own folder, whose files replace built-ins of the same name."""
    return [templates.BUILTIN_DIR, paths.data_dir / "templates"]


def greeting_name(full_name: str) -> str:
    """The form a note greets a person by when nobody chose one ("Siobhán", "Dr. Tanaka")."""
    return propose_greeting(full_name, *split_name(full_name), family_first=reads_family_first(full_name))


def salutation_name(full_name: str) -> str:
    """The name in full as a formal note's salutation writes it ("Dr. Anna Weber")."""
    return addressed_name(full_name, *split_name(full_name), family_first=reads_family_first(full_name))


def note_context(settings: Settings, paths: AppPaths, *, full_name: str, greet_as: str = "", company: str = "",
                 title: str = "", role: str = "", subject: str | None = None, memorable: str = "",
                 other_notes: Iterable[tuple[str, str]] = (),
                 known_names: Iterable[str] = (), days_after: int | None = None) -> note_checks.NoteContext:
    """Everything the checks need to know about one note, from the settings and the card."""
    return note_checks.NoteContext(
        first_name=greet_as or greeting_name(full_name), full_name=full_name, company=company, title=title,
        role=role, subject=subject, memorable=memorable, other_notes=list(other_notes),
        min_words=settings.note_min_words, max_words=settings.note_max_words,
        threshold=settings.similarity_threshold, your_name=settings.your_name,
        language=settings.spelling_language,
        known_names=tuple(known_names), stock_phrases=stock_phrases(paths), days_after=days_after)


def read_note_file(path: Path) -> NoteText:
    """A note written elsewhere: 'Subject: ...', a blank line, then the body."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise NoteFileError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(raw) > templates.MAX_TEMPLATE_BYTES:
        raise NoteFileError(f"{path}: {len(raw):,} bytes is far too long for a thank-you note")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NoteFileError(f"{path}: the file is not UTF-8 text") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        return NoteText(first.split(":", 1)[1].strip(), rest.lstrip("\n"))
    return NoteText(None, text)


def check_file(settings: Settings, paths: AppPaths, path: Path, *, to: str, company: str = "", role: str = "",
               memorable: str = "") -> list[Check]:
    """Every check on a note file, as the composer would run it; a file without a subject line is told so."""
    note = read_note_file(path)
    context = note_context(settings, paths, full_name=salutation_name(to), greet_as=greeting_name(to), company=company,
                           role=role, subject=note.subject if note.subject is not None else "", memorable=memorable)
    checks = note_checks.run_all(note.body, context)
    if not memorable.strip():  # nothing to look for: say so instead of asking for a memorable moment
        checks = [Check("memorable", True, "ok", "No memorable moment given (--memorable) to look for")
                  if c.name == "memorable" else c for c in checks]
    if note.subject is None:
        checks = [Check("subject", False, "error", f"{path.name} has no 'Subject: ...' line before the note")
                  if c.name == "subject" else c for c in checks]
    return checks


def preview(settings: Settings, paths: AppPaths, template_name: str, fields: dict[str, str]) -> templates.FilledNote:
    """The named template filled exactly as the composer fills it; TemplateError when there is no such template."""
    infos = {info.name: info for info in templates.list_templates(template_dirs(paths))}
    if template_name not in infos:
        known = ", ".join(sorted(infos))
        raise templates.TemplateError(f"there is no template called “{template_name}” (there are: {known})")
    values = {"your_name": settings.your_name, **fields}
    values.setdefault("first_name", greeting_name(values.get("full_name", "")))
    values["full_name"] = salutation_name(values.get("full_name", ""))
    return templates.fill(templates.load_template(infos[template_name].path), values)
