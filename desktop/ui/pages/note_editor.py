"""The note's text box: unfilled [field] markers highlighted, misspelt words underlined, suggestions on right-click."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QContextMenuEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from desktop.core import note_checks, templates

# The same markers templates.unresolved_markers reports: any {name}, and [name] of a known field.
_MARKER = re.compile(r"\{\s*[A-Za-z_]\w*\s*\}|\[(?:" + "|".join(templates.KNOWN_FIELDS) + r")\]")


class NoteHighlighter(QSyntaxHighlighter):
    """Marks placeholders nobody filled in, and words the dictionary does not know (red wavy underline)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._allowed: tuple[str, ...] = ()
        self.marker_format = QTextCharFormat()
        self.marker_format.setBackground(QColor("#fdecc8"))
        self.marker_format.setForeground(QColor("#7a4b00"))
        self.spelling_format = QTextCharFormat()
        self.spelling_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.spelling_format.setUnderlineColor(QColor("#d32f2f"))

    def set_allowed(self, texts: list[str]) -> None:
        """Names, company and title of the card: never flagged as misspelt."""
        allowed = tuple(t for t in texts if t)
        if allowed != self._allowed:
            self._allowed = allowed
            self.rehighlight()

    @property
    def allowed(self) -> tuple[str, ...]:
        return self._allowed

    def highlightBlock(self, text: str) -> None:
        for _word, start, end in note_checks.misspelled(text, self._allowed):
            self.setFormat(start, end - start, self.spelling_format)
        for match in _MARKER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.marker_format)


class NoteEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = NoteHighlighter(self.document())

    def misspelt_word_at(self, position: QPoint) -> QTextCursor | None:
        """A cursor selecting the misspelt word under `position` (viewport coordinates), or None."""
        cursor = self.cursorForPosition(position)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        word = cursor.selectedText()
        if not word or not note_checks.misspelled(word, self.highlighter.allowed):
            return None
        return cursor

    def build_context_menu(self, position: QPoint) -> QMenu:
        """The usual edit menu, with spelling suggestions for a misspelt word at the top."""
        menu = self.createStandardContextMenu()
        cursor = self.misspelt_word_at(position)
        if cursor is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        options = note_checks.suggestions(cursor.selectedText())
        if not options:
            none = menu.addAction("No suggestions")
            none.setEnabled(False)
            menu.insertAction(first, none)
        for option in options:
            action = menu.addAction(option)
            action.triggered.connect(self._replacer(cursor, option))
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    @staticmethod
    def _replacer(cursor: QTextCursor, text: str) -> Callable[[], None]:
        kept = QTextCursor(cursor)
        # One undo step, and textChanged drives the autosave.
        return lambda *_: kept.insertText(text)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
