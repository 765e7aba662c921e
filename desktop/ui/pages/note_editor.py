"""The note's text box: unfilled [field] markers highlighted, misspelt words underlined, suggestions on right-click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QContextMenuEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from desktop.core import spelling, templates
from desktop.ui import colours
from desktop.ui.style import colour


class NoteHighlighter(QSyntaxHighlighter):
    """Marks placeholders nobody filled in, and words the dictionary does not know (red wavy underline)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._allowed: tuple[str, ...] = ()
        self._language = spelling.DEFAULT_LANGUAGE
        self._findings: tuple[tuple[int, int, str], ...] = ()
        self.restyle()

    def restyle(self) -> None:
        """Take the current scheme's colours (at start, and when the window turns light or dark)."""
        self.marker_format = QTextCharFormat()
        self.marker_format.setBackground(colour(colours.WARNING_BACKGROUND))
        self.marker_format.setForeground(colour(colours.WARNING_INK))
        self.spelling_format = QTextCharFormat()
        self.spelling_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.spelling_format.setUnderlineColor(colour(colours.ERROR))
        self.finding_formats = {}
        for level, role in (("error", colours.ERROR), ("warning", colours.WARNING)):
            finding = QTextCharFormat()
            finding.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            finding.setUnderlineColor(colour(role))
            finding.setToolTip(level)
            self.finding_formats[level] = finding
        self.rehighlight()

    def set_allowed(self, texts: list[str] | tuple[str, ...], language: str = spelling.DEFAULT_LANGUAGE) -> None:
        """Names on the cards, the company and the title, never flagged as misspelt; the spelling language."""
        allowed = tuple(t for t in texts if t)
        if (allowed, language) != (self._allowed, self._language):
            self._allowed, self._language = allowed, language
            self.rehighlight()

    @property
    def allowed(self) -> tuple[str, ...]:
        return self._allowed

    @property
    def language(self) -> str:
        return self._language

    def set_findings(self, spans: list[tuple[int, int, str]]) -> None:
        """Underline what the checks found: (start, end, level) in characters of the whole note."""
        findings = tuple(sorted(spans, key=lambda span: span[2] == "error"))  # errors drawn last, on top
        if findings != self._findings:
            self._findings = findings
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        for start, end, level in self._findings:
            if start < block_end and block_start < end and level in self.finding_formats:
                begin = max(start, block_start) - block_start
                self.setFormat(begin, min(end, block_end) - block_start - begin, self.finding_formats[level])
        for _word, start, end in spelling.misspelled(text, self._allowed, self._language):
            self.setFormat(start, end - start, self.spelling_format)
        for start, end in templates.placeholder_spans(text):
            self.setFormat(start, end - start, self.marker_format)


class NoteEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = NoteHighlighter(self.document())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.restyle()
        super().changeEvent(event)

    def misspelt_word_at(self, position: QPoint) -> QTextCursor | None:
        """A cursor selecting the misspelt word under `position` (viewport coordinates), or None."""
        cursor = self.cursorForPosition(position)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        word = cursor.selectedText()
        if not word or not spelling.misspelled(word, self.highlighter.allowed, self.highlighter.language):
            return None
        return cursor

    def build_context_menu(self, position: QPoint) -> QMenu:
        """The usual edit menu, with spelling suggestions for a misspelt word at the top."""
        menu = self.createStandardContextMenu()
        cursor = self.misspelt_word_at(position)
        if cursor is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        options = spelling.suggestions(cursor.selectedText(), self.highlighter.language)
        if not options:
            none = menu.addAction(self.tr("No suggestions"))
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
