"""The window keeps no dialog or message box for tests to read: tests find what is on screen, as a user does
(tests/dialog_helpers.py). A dialog that product code must hold (to add to it while it is open, to close it
before the next) is kept in a private attribute named for that reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QDialog

from tests.dialog_helpers import shown

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
WINDOW = re.compile(r"\b(Q\w*Dialog|QMessageBox|\w+Dialog)\b")  # not QDialogButtonBox, a row of buttons
FOR_TESTS = re.compile(r"#.*\bfor (the )?tests?\b", re.IGNORECASE)


def _public_self_attribute(target: ast.expr) -> str | None:
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
        return None if target.attr.startswith("_") else target.attr
    return None


def _holds_a_window(node: ast.Assign | ast.AnnAssign) -> bool:
    """An attribute annotated as a dialog or message box, or set to one made right there."""
    if isinstance(node, ast.AnnAssign) and WINDOW.search(ast.unparse(node.annotation)):
        return True
    value = node.value
    return isinstance(value, ast.Call) and WINDOW.fullmatch(ast.unparse(value.func).split(".")[-1]) is not None


def kept_windows(source: str) -> list[tuple[int, str]]:
    """The public attributes holding a dialog or message box, and the attributes said to be kept for tests."""
    found = []
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
            name = _public_self_attribute(target)
            said_for_tests = isinstance(target, ast.Attribute) and FOR_TESTS.search(lines[node.lineno - 1])
            if said_for_tests or (name is not None and _holds_a_window(node)):
                found.append((node.lineno, ast.unparse(target)))
    return sorted(found)


def test_no_dialog_or_message_box_is_kept_in_a_public_attribute_or_for_tests() -> None:
    found = [f"{path.relative_to(UI.parent.parent)}:{line}: {target}" for path in sorted(UI.rglob("*.py"))
             for line, target in kept_windows(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_scan_finds_what_session_5_kept() -> None:
    kept = '''
class Page:
    def __init__(self):
        self.last_message: QMessageBox | None = None
        self.last_dialog: QWidget | None = None  # the latest dialog, kept for tests
        self.buttons = QDialogButtonBox()
        self._review: CardReviewDialog | None = None  # cards read meanwhile join it

    def open(self):
        self.templates_dialog = TemplatesDialog(self)
        self.file_dialog = dialog
'''
    assert kept_windows(kept) == [(4, "self.last_message"), (5, "self.last_dialog"), (10, "self.templates_dialog")]


def test_dialogs_closed_do_not_gather_under_the_window(qtbot, app_window) -> None:
    """A window open for days opens the same dialogs again and again: each closed one is deleted."""
    window, _ = app_window
    opens = [window.about_action.trigger, window.print_checklist_action.trigger, window.settings_action.trigger,
             window.new_card_action.trigger]
    for _ in range(3):
        for open_one in opens:
            open_one()
            shown(window, QDialog).reject()
    qtbot.waitUntil(lambda: window.findChildren(QDialog) == [])
