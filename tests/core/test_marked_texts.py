"""Every text the core, the operations, the storage and the delivery layers give the user is marked for translation
(english(), Message, plural(): desktop/core/messages.py): an error raised, a line of a report or a list of
problems, a text returned. A plain string built there, or a caught error's message passed on as str(error),
reaches the window in English whatever its language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("desktop/core", "desktop/operations", "desktop/storage", "desktop/delivery")
# Words, not codes: two words of two letters or more ("is empty"), not "BEGIN:VCARD" or "PRAGMA x".
SENTENCE = re.compile(r"[A-Za-z]{2,}\s+[a-z]{2,}")
# A report's lines or a list of problems: what is appended to these is shown to the user.
REPORTED = re.compile(r"(problems|lines|notes|issues|findings|kept|changes|dropped|bad_lines|reasons|left_out)$")

# Plain texts that are not said to the user in the window, each with why.
NOT_FOR_THE_WINDOW = {
    # Caught where the stored sync counts are read: a summary of another shape is shown as nothing, never this.
    ("desktop/operations/sync.py", "counts are a mapping"),
    # Programming errors: a caller passed a time without its zone; no user action leads here.
    ("desktop/core/deadlines.py", "{} has no time zone"),
    ("desktop/core/reminders.py", "the current time has no time zone"),
    ("desktop/core/invites.py", "now must carry a time zone"),
    ("desktop/storage/models.py", "refusing to store a time without a time zone"),
    ("desktop/core/calendar_export.py", "event {} has a start time without a zone"),
    ("desktop/core/calendar_export.py", "'{}' is not a time zone name like Europe/Paris"),
    ("desktop/core/deadlines.py", "no working days are set"),
    ("desktop/core/recurrence.py", "several repeat rules where one was expected"),
    ("desktop/core/zone_names.py", "DTSTART is not a date"),
    # A start-up cache that does not read is ignored and rebuilt from the database; nobody is told.
    ("desktop/storage/agenda_cache.py", "not a cached text: {}"),
    # Read back by the importer as an event's UNREADABLE property, then worded by invites.py.
    ("desktop/core/vcalendar.py", "*"),
    # The calendar file's events are written for the user's calendar program, in English like the notes.
    ("desktop/operations/calendar_export.py", "*"),
    # The sample data and the notes' own sentences are content, in English like the notes themselves.
    ("desktop/operations/sample_data.py", "*"),
    ("desktop/core/note_address.py", "*"),
    # Stored with the card or the opportunity, as data the user edits afterwards.
    ("desktop/operations/card_scans.py", "Name also printed as {}."),
    ("desktop/operations/linkedin_transfer.py", "LinkedIn connection since {} {} {}."),
    ("desktop/operations/calls.py", "Feedback from the call on {}: {}"),
    # A phone's label as vCard writes it, stored with the number.
    ("desktop/core/vcard.py", "home fax"),
    # The command line's own words (it prints English), and a line of its listing.
    ("desktop/core/launch_arguments.py", "*"),
    ("desktop/operations/note_review.py", "*"),
    ("desktop/operations/ics_transfer.py", "{} \u201c{}\u201d"),
}


def _text(node: ast.AST) -> str | None:
    """The text a node builds as a plain string, its values as {}; None when it is not one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        left, right = _text(node.left), _text(node.right)
        if left is not None or right is not None:
            return (left or "{}") + (right or "{}")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _text(node.func.value)
    if isinstance(node, ast.IfExp):
        either = [text for text in (_text(node.body), _text(node.orelse)) if text is not None]
        return max(either, key=lambda text: bool(SENTENCE.search(text)), default=None)
    return None


def _flattened(node: ast.AST) -> bool:
    """str(error) of a caught error passed on as a message: its marked text is lost, the English kept."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"
            and len(node.args) == 1 and isinstance(node.args[0], ast.Name)
            and node.args[0].id in ("error", "exc", "problem", "err"))


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def plain_texts(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each plain user-facing text built in the module: an exception's message, a line appended
    to a report, or a text a function returns as its message."""
    found: dict[int, tuple[int, str]] = {}  # by node, as a raise's exception is also a call
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidates: list[ast.AST] = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            candidates += node.exc.args
        elif isinstance(node, ast.Call) and re.search(r"(Error|Problem|Item|Exception|Offline|Changed)$", _name(node)):
            candidates += node.args
        elif (isinstance(node, ast.Call) and _name(node) in ("append", "insert", "extend")
              and isinstance(node.func, ast.Attribute)):
            owner = node.func.value
            owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if REPORTED.search(owner_name):
                candidates += node.args
        elif isinstance(node, ast.Return) and node.value is not None:
            candidates.append(node.value)
        for candidate in candidates:
            if _flattened(candidate):
                found[id(candidate)] = (candidate.lineno, "str() of a caught error")
                continue
            text = _text(candidate)
            if text is not None and SENTENCE.search(text):
                found[id(candidate)] = (candidate.lineno, text)
    return sorted(found.values())


def test_every_text_for_the_user_below_the_faces_is_marked_for_translation() -> None:
    unmarked = []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if "/migrations/" in name:
                continue
            for line, text in plain_texts(path):
                if (name, "*") not in NOT_FOR_THE_WINDOW and (name, text) not in NOT_FOR_THE_WINDOW:
                    unmarked.append(f"{name}:{line}: {text!r}")
    assert unmarked == [], "mark these with english(), Message or plural() (desktop/core/messages.py):\n" + \
        "\n".join(unmarked)


def test_the_check_finds_a_plain_error_a_plain_report_line_and_a_plain_returned_text(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "def f(path, problems):\n"
        "    problems.append(f'{path}: the file is empty')\n"
        "    if not path:\n"
        "        raise ImportProblem('no file was given')\n"
        "    problems.append(Message('{path}: the file is empty', path=path))\n"
        "    try:\n"
        "        return 'x' if path else f'{path} is not a date'\n"
        "    except ImportProblem as problem:\n"
        "        raise TransferError(str(problem)) from None\n", encoding="utf-8")
    assert [line for line, _ in plain_texts(module)] == [2, 4, 7, 9]
