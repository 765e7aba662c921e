"""What imported emails held: the invitations already imported, and what they propose, each accepted one by one.

A signature's card opens in the card dialog, filled in, to be checked and saved there (or, for a sender already
in the card file, their card with the new values in its empty fields). A promised decision date is written to
the interview chosen beside it only when Apply is clicked. Closing the dialog saves nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_rules import format_phone
from desktop.core.domain import CaptureMethod
from desktop.operations.errors import DatabaseError
from desktop.operations.transfer_types import MailFindings, ProposedCard, ProposedDecision, TransferError
from desktop.ui.combo_box import ComboBox
from desktop.ui.dates import long_date, number
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown, shown_error
from desktop.ui.keyboard import dialog_ready
from desktop.ui.pages.base import PageContext

MAX_ROWS = 40  # of each kind: a whole account's mailbox may propose thousands, which no one reviews one by one


def _text(text: str, subtitle: bool = False) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and sentences from an email are shown as written
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if subtitle:
        label.setObjectName("pageSubtitle")
    return label


class MailFindingsDialog(QDialog):
    """The report of an email import with a row per proposal."""

    def __init__(self, context: PageContext, lines: list[str], problems: list[str], findings: list[MailFindings],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.card_buttons: list[QPushButton] = []
        self.decision_rows: list[tuple[ProposedDecision, QComboBox, QPushButton, QLabel]] = []
        one_email = len(findings) == 1 and findings[0].file_name.lower().endswith(".eml")
        self.setWindowTitle(self.tr("What the email held") if one_email else self.tr("What the emails held"))
        self.resize(760, 560)
        outer = QVBoxLayout(self)
        outer.addWidget(_text("\n".join(lines)))
        if problems:
            listed = "\n".join(shown(p) for p in problems[:5])
            if len(problems) > 5:
                listed += "\n" + self.tr("… and %n more", "", len(problems) - 5)
            outer.addWidget(_text(self.tr("%n problem(s):", "", len(problems)) + "\n" + listed, subtitle=True))
        holder = QWidget()
        body = QVBoxLayout(holder)
        cards = [p for f in findings for p in f.cards]
        if cards:
            body.addWidget(self._cards_box(cards[:MAX_ROWS]))
        decisions = [(d, f) for f in findings for d in f.decisions]
        if decisions:
            body.addWidget(self._decisions_box(decisions[:MAX_ROWS]))
        if len(cards) > MAX_ROWS or len(decisions) > MAX_ROWS:
            body.addWidget(_text(
                self.tr("Only the first {shown} of each are listed ({cards} cards, {decisions} decision dates were "
                        "found). A mailbox about your applications alone lists them all.").format(
                    shown=MAX_ROWS, cards=number(len(cards)), decisions=number(len(decisions))), subtitle=True))
        body.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        outer.addWidget(_text(self.tr("Nothing above is saved until you open and save a card, or click Apply."),
                              subtitle=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        dialog_ready(self)

    def _cards_box(self, cards: list[ProposedCard]) -> QGroupBox:
        box = QGroupBox(self.tr("Cards read from signatures"))
        grid = QGridLayout(box)
        for row, proposal in enumerate(cards):
            card = proposal.card
            about = ", ".join(p for p in (card.title, card.company) if p)
            region = self.context.workspace.settings.default_phone_region
            reach = " · ".join([e.value for e in card.emails] + [format_phone(p.value, region).replace(" ", "\u00a0")
                                                                   for p in card.phones])
            known = ("\n" + self.tr("Already in your cards: opening it fills only what your card lacks.")
                     if proposal.contact_id else "")
            grid.addWidget(_text(self.tr("Signature of {name}").format(
                name=card.display_name) + (f" — {about}" if about else "")
                                 + (f"\n{reach}" if reach else "") + known), row, 0)
            button = QPushButton(self.tr("Open their card…") if proposal.contact_id else self.tr("Open as a new card…"))
            button.clicked.connect(lambda _=False, p=proposal, b=button: self.open_card(p, b))
            self.card_buttons.append(button)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        return box

    def _decisions_box(self, decisions: list[tuple[ProposedDecision, MailFindings]]) -> QGroupBox:
        box = QGroupBox(self.tr("Decision dates promised"))
        grid = QGridLayout(box)
        for row, (decision, findings) in enumerate(decisions):
            grid.addWidget(_text(self.tr("Decision by {day}\n“{sentence}”\n— {sender}").format(
                day=long_date(decision.decision_date), sentence=decision.sentence, sender=decision.sender)),
                row * 2, 0, 1, 3)
            targets = ComboBox()
            targets.addItem(self.tr("Choose the interview…"), None)
            for target in findings.targets:
                now = (" — " + self.tr("now expected {day}").format(day=long_date(target.decision_date))
                       if target.decision_date else "")
                targets.addItem(shown(target.label) + now, target.interview_id)
            guessed = targets.findData(decision.interview_id) if decision.interview_id is not None else -1
            targets.setCurrentIndex(max(guessed, 0))
            apply = QPushButton(self.tr("Apply"))
            state = QLabel()
            if not findings.targets:
                state.setText(self.tr("No open opportunity has an interview to write it to: add the interview first."))
                targets.setEnabled(False)
            apply.setEnabled(bool(findings.targets) and guessed > 0)
            targets.currentIndexChanged.connect(lambda index, b=apply: b.setEnabled(index > 0))
            apply.clicked.connect(lambda _=False, r=row: self.apply_decision(r))
            self.decision_rows.append((decision, targets, apply, state))
            grid.addWidget(targets, row * 2 + 1, 0)
            grid.addWidget(apply, row * 2 + 1, 1)
            grid.addWidget(state, row * 2 + 1, 2)
        grid.setColumnStretch(0, 1)
        return box

    def open_card(self, proposal: ProposedCard, button: QPushButton) -> None:
        """The card dialog, filled from the signature; the proposal counts as taken once the card is saved."""
        from desktop.ui.cards.card_dialog import CardDialog
        from desktop.ui.cards.card_dialog_controller import CardDialogController

        dialog = CardDialog(self.context.workspace.settings.default_phone_region, self)
        controller = CardDialogController(dialog, self.context, proposal.contact_id, CaptureMethod.EMAIL)
        dialog.fill_empty(proposal.card)
        controller.saved.connect(lambda _id: (button.setText(self.tr("Saved")), button.setEnabled(False)))
        open_once(dialog)

    def apply_decision(self, row: int) -> None:
        """Write the row's date to the interview chosen beside it."""
        from desktop.operations.mail_transfer import apply_decision

        decision, targets, button, state = self.decision_rows[row]
        interview_id = targets.currentData()
        if interview_id is None:
            return
        try:
            self.context.do(apply_decision, interview_id, decision)
        except (TransferError, DatabaseError) as error:
            state.setText(self.tr("Not written: {error}").format(error=shown_error(error)))
            return
        targets.setEnabled(False)
        button.setEnabled(False)
        button.setText(self.tr("Applied"))
        state.setText(self.tr("Decision expected {day}.").format(day=long_date(decision.decision_date)))
