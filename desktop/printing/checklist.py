"""The handwritten-note checklist, and optionally each draft on its own page to copy by hand."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter, QPen, QTextLayout

from desktop.core import templates
from desktop.core.messages import english_date_time, english_long_date
from desktop.operations.checklist import TICKS, ChecklistEntry
from desktop.printing.page import page_size
from desktop.printing.sheet import (
    ACCENT,
    INK,
    MUTED,
    PAPER_TINT,
    RULE,
    SANS,
    SERIF,
    WARN,
    Page,
    Paint,
    Sheet,
    Text,
    font,
)

MARGIN_MM = 16
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
NO_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _Printed:
    """tr() for the printed words: the window's catalogue has them in its language; the command line loads none
    and prints English. pyside6-lupdate lists them under the context "printed"."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("printed", text)


printed = _Printed()


def _title() -> str:
    return printed.tr("Handwritten thank-you notes")


@dataclass(frozen=True)
class Dating:
    """How the pages write the day they were printed and each deadline: English unless a face passes its own
    (the window passes its locale's)."""

    day: Callable[[date], str] = english_long_date
    moment: Callable[[datetime], str] = english_date_time


ENGLISH = Dating()


def _without_placeholders(text: str, named: bool = False) -> str:
    """The text as printed: a placeholder nobody filled in shows as a plain "(to fill in)", never raw; or,
    `named`, as the field's name in words ("[your_name]" -> "“your name”") where a reason names it."""
    for marker in templates.unresolved_markers(text):
        words = marker.strip("[]{} ").replace("_", " ")
        if named:  # a reason may quote the marker already ("Still to fill in: “[your_name]”"): quoted once
            text = text.replace(f"“{marker}”", marker).replace(marker, f"“{words}”")
        else:
            text = text.replace(marker, printed.tr("(to fill in)"))
    return text


def due_text(entry: ChecklistEntry, dating: Dating = ENGLISH) -> str:
    """The deadline as printed: weekday, date and the time on the candidate's clock."""
    return dating.moment(entry.due)


def render_checklist(entries: Sequence[ChecklistEntry], candidate_name: str, printed_on: date, page_size_name: str,
                     out: Path, include_drafts: bool = False, dating: Dating = ENGLISH) -> int:
    """Write the checklist (and the drafts) to a PDF file; returns the number of pages."""
    with out.open("wb"):  # a missing folder or a read-only place fails here, with the reason, not in Qt
        pass
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setTitle(_title())
    writer.setCreator("Afterview")
    writer.setPageLayout(QPageLayout(page_size(page_size_name), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    return paint_checklist(writer, entries, candidate_name, printed_on, include_drafts, dating)


def paint_checklist(device: QPagedPaintDevice, entries: Sequence[ChecklistEntry], candidate_name: str,
                    printed_on: date, include_drafts: bool = False, dating: Dating = ENGLISH) -> int:
    """Paint the pages on a printer or a PDF writer; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for drawing")
    try:
        sheet = Sheet(device, painter)
        # A draft not ready to copy gets no page of its own: the checklist names it, and its card says why.
        left_out = [entry for entry in entries if not _ready_to_copy(entry)] if include_drafts else []
        _plan_checklist(sheet, entries, candidate_name, printed_on, dating, left_out)
        if include_drafts:
            for entry in entries:
                if _ready_to_copy(entry):
                    _plan_draft(sheet, entry, dating)
        footer_text = f"{_title()} · {candidate_name}" if candidate_name else _title()

        def footer(p: QPainter, number: int, total: int) -> None:
            small = font(SANS, 7.5)
            words = printed.tr("Page {number} of {total}").format(number=number, total=total)
            line = sheet.text(0, 0, sheet.width, words, small, MUTED, RIGHT)
            y = sheet.height - line.height
            line.draw(p, 0, y)
            sheet.text(0, 0, sheet.width * 0.7, footer_text, small, MUTED).draw(p, 0, y)

        sheet.paint(painter, footer)
        return len(sheet.pages)
    finally:
        painter.end()


def _plan(sheet: Sheet, pieces: list[tuple[float, Paint]], header: tuple[float, Paint],
          continued: tuple[float, Paint], gap_mm: float = 4, glue: Sequence[bool] = ()) -> None:
    """Place pieces top to bottom on a new page, opening another (with the continuation header) when one
    does not fit. `glue[i]` keeps piece i on the same page as piece i + 1: a run of glued pieces moves to the
    next page whole (unless it is taller than a page)."""
    gap = sheet.mm(gap_mm)
    bottom = sheet.height - sheet.mm(8)  # room for the footer
    page = Page([(0, header[1])])
    sheet.pages.append(page)
    y = header[0]

    def fits(height: float) -> bool:
        return y + height <= bottom or y <= continued[0]  # a piece taller than a page still gets a page

    start = 0
    while start < len(pieces):
        end = start
        while end + 1 < len(pieces) and end < len(glue) and glue[end]:
            end += 1
        run = pieces[start:end + 1]
        for number, (height, piece) in enumerate(run):
            if not fits(sum(h for h, _ in run) + gap * (len(run) - 1) if number == 0 else height):
                page = Page([(0, continued[1])])
                sheet.pages.append(page)
                y = continued[0]
            page.pieces.append((y, piece))
            y += height + gap
        start = end + 1


def _header(sheet: Sheet, lines: list[Text], rule: float = 0.6) -> tuple[float, Paint]:
    height = max(t.y + t.height for t in lines) + sheet.mm(2)
    thickness = sheet.mm(rule)

    def paint(p: QPainter, top: float) -> None:
        for line in lines:
            line.draw(p, 0, top)
        p.fillRect(QRectF(0, top + height, sheet.width, thickness), ACCENT)

    return height + thickness + sheet.mm(6), paint


def _ready_to_copy(entry: ChecklistEntry) -> bool:
    return bool(entry.draft.strip()) and not entry.problem


def _plan_checklist(sheet: Sheet, entries: Sequence[ChecklistEntry], candidate: str, printed_on: date,
                    dating: Dating, left_out: Sequence[ChecklistEntry] = ()) -> None:
    count = (printed.tr("1 card to write") if len(entries) == 1
             else printed.tr("{count} cards to write").format(count=len(entries)))
    day = dating.day(printed_on)
    line = (printed.tr("For {name} · printed {day} · {count}").format(name=candidate, day=day, count=count)
            if candidate else printed.tr("Printed {day} · {count}").format(day=day, count=count))
    title = sheet.text(0, 0, sheet.width, _title(), font(SERIF, 20, bold=True))
    sub = sheet.text(0, title.height + sheet.mm(1), sheet.width, line, font(SANS, 9.5), MUTED)
    hint = sheet.text(0, sub.y + sub.height + sheet.mm(1), sheet.width,
                      printed.tr("Write each card by hand, spell the name exactly as printed, and post it before its "
                                 "deadline. Tick each box as you go."), font(SANS, 8.5, italic=True), MUTED)
    header = _header(sheet, [title, sub, hint])
    continued = _header(sheet, [sheet.text(0, 0, sheet.width, printed.tr("{title} (continued)").format(
        title=_title()), font(SANS, 9), MUTED)], 0.3)
    pieces = [_entry_piece(sheet, entry, printed_on, dating) for entry in entries]
    if not entries:
        note = sheet.text(0, 0, sheet.width, printed.tr("No handwritten notes are waiting. Mark a note for "
                                                        "handwriting in the note composer, then print again."),
                          font(SANS, 10.5), MUTED)
        pieces = [(note.height, lambda p, top: note.draw(p, 0, top))]
    if left_out:
        pieces.append(_left_out_piece(sheet, left_out))
    _plan(sheet, pieces, header, continued)


def _left_out_piece(sheet: Sheet, left_out: Sequence[ChecklistEntry]) -> tuple[float, Paint]:
    """The drafts printed without a page to copy from, named in a line or two under the cards."""
    unready = ", ".join(entry.name for entry in left_out if entry.draft.strip())
    unwritten = ", ".join(entry.name for entry in left_out if not entry.draft.strip())
    lines = []
    if unready:
        lines.append(printed.tr("Left out of the drafts to copy until they are ready (each card says why): "
                                "{names}.").format(names=unready))
    if unwritten:
        lines.append(printed.tr("No draft written yet, so none to copy: {names}. Write it in the note composer, "
                                "then print again.").format(names=unwritten))
    words = sheet.text(0, sheet.mm(1), sheet.width, "\n".join(lines), font(SANS, 9.5, italic=True), WARN)
    return words.y + words.height, lambda p, top: words.draw(p, 0, top)


def _entry_piece(sheet: Sheet, entry: ChecklistEntry, printed_on: date, dating: Dating) -> tuple[float, Paint]:
    """One recipient as a card: name and deadline, address, what to mention, and the four boxes."""
    mm = sheet.mm
    pad, bar = mm(4), mm(1.4)
    left = bar + pad
    inner = sheet.width - left - pad
    overdue = entry.due.date() < printed_on and not entry.posted
    due_words = printed.tr("Overdue, was due by") if overdue else printed.tr("Due by")
    due_label = sheet.text(left + inner * 0.6, pad, inner * 0.4, due_words,
                           font(SANS, 7.5), WARN if overdue else MUTED, RIGHT)
    due = sheet.text(left + inner * 0.6, due_label.y + due_label.height, inner * 0.4, due_text(entry, dating),
                     font(SANS, 10, bold=True), WARN if overdue else ACCENT, RIGHT)
    name = sheet.text(left, pad, inner * 0.58, entry.name, font(SERIF, 16, bold=True))
    y = max(name.y + name.height, due.y + due.height) + mm(0.5)
    role = " · ".join(p for p in (entry.title, entry.company) if p)
    runs = [name, due_label, due]
    if entry.salutation:
        runs.append(sheet.text(left, y, inner, printed.tr("Greet as: {salutation}").format(salutation=entry.salutation),
                               font(SERIF, 10.5, italic=True)))
        y = runs[-1].y + runs[-1].height
    if role:
        runs.append(sheet.text(left, y, inner, role, font(SANS, 9.5), MUTED))
        y = runs[-1].y + runs[-1].height
    y += mm(3)

    column = inner * 0.36
    label = font(SANS, 7, bold=True)
    body = font(SERIF, 10.5)
    address_label = sheet.text(left, y, column, printed.tr("MAILING ADDRESS"), label, MUTED)
    if entry.address_lines:
        address = sheet.text(left, address_label.y + address_label.height + mm(0.8), column,
                             "\n".join((entry.name, *entry.address_lines)), body)
    else:
        address = sheet.text(left, address_label.y + address_label.height + mm(0.8), column,
                             printed.tr("No mailing address on the card yet: look it up before addressing the "
                                        "envelope."),
                             font(SANS, 9, italic=True), WARN)
    runs += [address_label, address]
    x2 = left + column + mm(6)
    wide = inner - column - mm(6)
    y2 = y
    memorable, why_fit = _without_placeholders(entry.memorable), _without_placeholders(entry.why_fit)
    for heading, text, empty in (
            (printed.tr("MENTION"), f"“{memorable}”" if memorable else "",
             printed.tr("Nothing noted yet: one thing you talked about with this person.")),
            (printed.tr("WHY YOU FIT"), why_fit, printed.tr("Add the one line on why you fit to the opportunity."))):
        head = sheet.text(x2, y2, wide, heading, label, MUTED)
        words = (sheet.text(x2, head.y + head.height + mm(0.8), wide, text, font(SERIF, 10.5, italic=True))
                 if text else sheet.text(x2, head.y + head.height + mm(0.8), wide, empty,
                                         font(SANS, 9, italic=True), WARN))
        runs += [head, words]
        y2 = words.y + words.height + mm(2.5)
    y = max(address.y + address.height + mm(2.5), y2) + mm(1)
    if entry.problem and entry.draft.strip():
        runs.append(sheet.text(left, y, inner, printed.tr("Draft not ready to copy. {reason}").format(
            reason=_without_placeholders(entry.problem, True)), font(SANS, 9, italic=True), WARN))
        y = runs[-1].y + runs[-1].height + mm(2)
    rule_y = y
    y += mm(3)
    box = mm(4.2)
    cell = inner / len(TICKS)
    ticks = []
    labels = {"written": printed.tr("Written"), "addressed": printed.tr("Addressed"), "stamped": printed.tr("Stamped"),
              "posted": printed.tr("Posted")}
    for number, tick in enumerate(TICKS):
        x = left + number * cell
        ticks.append((x, entry.ticked(tick)))
        # Labels take the box's height so that they sit centred beside it.
        runs.append(Text(x + box + mm(2), y, cell - box - mm(2), box, labels[tick], font(SANS, 10), INK,
                         NO_WRAP))
    tick_y = y
    height = y + box + pad

    def paint(p: QPainter, top: float) -> None:
        card = QRectF(0, top, sheet.width, height)
        p.setPen(QPen(RULE, mm(0.3)))
        p.setBrush(PAPER_TINT)
        p.drawRoundedRect(card, mm(2), mm(2))
        p.fillRect(QRectF(0, top + mm(1), bar, height - mm(2)), ACCENT)
        p.setPen(QPen(RULE, mm(0.25), Qt.PenStyle.DashLine))
        p.drawLine(QPointF(left, top + rule_y), QPointF(left + inner, top + rule_y))
        for run in runs:
            run.draw(p, 0, top)
        for x, ticked in ticks:
            square = QRectF(x, top + tick_y, box, box)
            p.setPen(QPen(INK, mm(0.35)))
            p.setBrush(Qt.GlobalColor.white)
            p.drawRoundedRect(square, mm(0.6), mm(0.6))
            if ticked:
                p.setFont(font(SANS, 11, bold=True))
                p.setPen(ACCENT)
                p.drawText(square, int(Qt.AlignmentFlag.AlignCenter), "✓")

    return height, paint


def _plan_draft(sheet: Sheet, entry: ChecklistEntry, dating: Dating) -> None:
    """The note's text alone on its page(s), large and widely spaced, to copy onto the card."""
    mm = sheet.mm
    kicker = sheet.text(0, 0, sheet.width, printed.tr("DRAFT TO COPY BY HAND"), font(SANS, 7.5, bold=True), ACCENT)
    to = sheet.text(0, kicker.height + mm(1), sheet.width * 0.65, printed.tr("To {name}").format(name=entry.name),
                    font(SERIF, 16, bold=True))
    role = " · ".join(p for p in (entry.title, entry.company) if p)
    lines = [kicker, to]
    if role:
        lines.append(sheet.text(0, to.y + to.height, sheet.width, role, font(SANS, 9.5), MUTED))
    lines.append(sheet.text(sheet.width * 0.65, kicker.height + mm(1), sheet.width * 0.35,
                            printed.tr("Post by {due}").format(due=due_text(entry, dating)), font(SANS, 9, bold=True),
                            ACCENT, RIGHT))
    header = _header(sheet, lines, 0.3)
    continued = _header(sheet, [sheet.text(0, 0, sheet.width,
                                           printed.tr("Draft to {name} (continued)").format(name=entry.name),
                                           font(SANS, 9), MUTED)], 0.3)
    pieces, glue = _draft_lines(sheet, entry.draft.strip())
    _plan(sheet, pieces, header, continued, gap_mm=0, glue=glue)


# A paragraph this short is never split; a longer one keeps its first and last two lines together.
_WHOLE_PARAGRAPH_LINES = 4
_KEPT_LINES = 2


def _draft_lines(sheet: Sheet, text: str) -> tuple[list[tuple[float, Paint]], list[bool]]:
    """Each wrapped line as its own piece, so long drafts flow on to the next page between lines, and which
    piece must stay on the page of the next: no paragraph leaves a single line behind or ahead, and the
    signature (the last paragraph: sign-off and name) stays with the last lines of the text above it."""
    large = font(SERIF, 17)
    width = sheet.width * 0.92  # a little narrower than the page: easier to keep one's place
    pieces: list[tuple[float, Paint]] = []
    glue: list[bool] = []
    paragraphs = re.split(r"\n\s*\n", text)
    for number, paragraph in enumerate(paragraphs):
        # A single line break inside a paragraph is kept as a forced break (a salutation, a signature).
        layout = QTextLayout(paragraph.strip().replace("\n", "\u2028"), large, sheet.device)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, 0))
        layout.endLayout()
        count = layout.lineCount()
        last = number == len(paragraphs) - 1
        # The last paragraph ends with the signature, its own or after a line break: keep one line more.
        kept = _KEPT_LINES + 1 if last else _KEPT_LINES
        before_signature = number == len(paragraphs) - 2
        step = layout.lineAt(0).height() * 1.9  # generous spacing: room to keep one's place while copying
        for n in range(count):
            pieces.append((step, _line_painter(layout, n)))
            glue.append(count <= _WHOLE_PARAGRAPH_LINES or n < _KEPT_LINES - 1 or n >= count - kept
                        if n < count - 1 else before_signature)
        pieces.append((step * 0.5, lambda p, top: None))
        glue.append(before_signature)
    return pieces[:-1], glue[:-1]


def _line_painter(layout: QTextLayout, number: int) -> Paint:
    def paint(p: QPainter, top: float) -> None:
        p.setPen(INK)
        layout.lineAt(number).draw(p, QPointF(0, top))

    return paint
