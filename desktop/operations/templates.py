"""The user's own note templates: list, check, copy, save and delete, in the user's template folder only.

Built-in templates are never written: editing one saves a file of the same name in the user's folder, which
replaces it in the composer; deleting that file brings the built-in one back.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import templates
from desktop.core.messages import Message, english, os_reason
from desktop.core.templates import KNOWN_FIELDS, Template, TemplateError, load_template
from desktop.operations.changes import NOTHING, ChangeSet, RecordKind
from desktop.operations.notes import user_templates_dir
from desktop.operations.workspace import Workspace

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _-]{0,59}\Z")
_UNSAFE = re.compile(r"[^\w -]")  # kept out of the scratch file's name while checking


@dataclass(frozen=True)
class TemplateEntry:
    """One template as the Templates dialog lists it; `problem` says why a user file cannot be used."""

    name: str
    path: Path
    subject: str = ""
    description: str = ""
    mine: bool = False  # in the user's folder, so editable in place and deletable
    overrides: bool = False  # a user file replacing the built-in of the same name
    problem: str = ""
    title: str = ""
    changes: ChangeSet = field(default=NOTHING, compare=False)  # set on the entry a write returns

    @property
    def shown_as(self) -> str:
        return self.title or templates.title_from_name(self.name)


def list_entries(workspace: Workspace) -> list[TemplateEntry]:
    """Every template the composer offers, plus any user file it cannot read (listed with its problem, to fix)."""
    found: dict[str, TemplateEntry] = {}
    for folder, mine in ((templates.BUILTIN_DIR, False), (user_templates_dir(workspace), True)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            overrides = mine and path.stem in found
            try:
                template = load_template(path)
            except TemplateError as error:
                found[path.stem] = TemplateEntry(path.stem, path, mine=mine, overrides=overrides, problem=error.args[0])
                continue
            found[path.stem] = TemplateEntry(template.name, path, template.subject, template.description, mine,
                                             overrides, title=template.title)
    return sorted(found.values(), key=lambda entry: entry.shown_as.casefold())


def read_text(entry: TemplateEntry) -> str:
    """The file's text as it is, for the editor."""
    try:
        return entry.path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(Message("{file}: cannot be read ({reason})", file=entry.path.name,
                                    reason=os_reason(error) if isinstance(error, OSError) else str(error))) from None


def check_text(name: str, text: str) -> Template:
    """Read `text` exactly as the composer would read the saved file; TemplateError names the line of a problem."""
    with tempfile.TemporaryDirectory(prefix="afterview-template-") as folder:
        path = Path(folder) / f"{_UNSAFE.sub('_', name) or 'template'}.txt"
        path.write_text(text, encoding="utf-8")
        return load_template(path)


def unknown_fields(template: Template) -> list[str]:
    """Placeholders the composer has no value for; they stay visible in a draft as {name}."""
    return [name for name in template.fields if name not in KNOWN_FIELDS]


def check_name(workspace: Workspace, name: str, keep: str = "") -> str:
    """A usable new name for a user template (`keep` is the template's current name, always allowed)."""
    name = name.strip()
    if not _NAME.match(name):
        raise TemplateError(english("a template name uses letters, digits, spaces, '-' or '_' (at most 60), and "
                                    "starts with a letter or digit"))
    taken = {entry.name.casefold() for entry in list_entries(workspace)} - {keep.casefold()}
    if name.casefold() in taken:
        raise TemplateError(Message("there is already a template called '{name}'; choose another name", name=name))
    return name


def free_name(workspace: Workspace, base: str) -> str:
    """'my_warm', then 'my_warm_2'…: the first name no template uses yet."""
    taken = {entry.name.casefold() for entry in list_entries(workspace)}
    stem = base if base.startswith("my_") else f"my_{base}"
    candidate, number = stem, 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem}_{number}", number + 1
    return candidate


def _write(folder: Path, name: str, text: str) -> Path:
    """Write atomically: a crash leaves the old file or the new one, never half of either."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.txt"
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise TemplateError(Message("{file}: could not be saved in {folder} ({reason})", file=target.name,
                                    folder=str(folder), reason=os_reason(error))) from None
    return target


def copy_as_new(workspace: Workspace, source: TemplateEntry) -> TemplateEntry:
    """Copy a template into the user's folder under a free name; the copy is returned, ready to edit."""
    name = free_name(workspace, source.name)
    # The copy is shown by the name the user gives it, not under the title of the template it came from.
    _write(user_templates_dir(workspace), name, templates.without_header(read_text(source), "title"))
    return _written(workspace, name)


def _written(workspace: Workspace, name: str) -> TemplateEntry:
    """The entry of a template just written, saying so to the screens that list templates."""
    entry = next(entry for entry in list_entries(workspace) if entry.name == name)
    return dataclasses.replace(entry, changes=ChangeSet.of(RecordKind.TEMPLATE))


def save(workspace: Workspace, name: str, text: str, old_name: str = "") -> TemplateEntry:
    """Check and write a user template, renamed from `old_name` when that differs; nothing is written if it fails.

    Saving under a built-in's name writes the user's copy; the built-in file is never touched.
    """
    name = name.strip()
    if name != old_name:
        name = check_name(workspace, name, keep=old_name)
    check_text(name, text)
    folder = user_templates_dir(workspace)
    _write(folder, name, text)
    if old_name and old_name != name:
        (folder / f"{old_name}.txt").unlink(missing_ok=True)
    return _written(workspace, name)


def delete(workspace: Workspace, entry: TemplateEntry) -> ChangeSet:
    """Delete a user template (a built-in one of the same name, if any, is offered again)."""
    if not entry.mine or entry.path.parent != user_templates_dir(workspace):
        raise TemplateError(Message("'{name}' is built in and cannot be deleted; you can edit your own copy",
                                    name=entry.name))
    try:
        entry.path.unlink(missing_ok=True)
    except OSError as error:
        raise TemplateError(Message("{file}: could not be deleted ({reason})", file=entry.path.name,
                                    reason=os_reason(error) if isinstance(error, OSError) else str(error))) from None
    return ChangeSet.of(RecordKind.TEMPLATE)
