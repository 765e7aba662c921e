"""The command line's account of what an email proposed, and its acceptance with --save-card / --apply-decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.phrases import describe

if TYPE_CHECKING:
    from desktop.operations.transfer_types import MailFindings
    from desktop.operations.workspace import Workspace


def report_proposals(workspace: Workspace, findings: MailFindings, save_card: bool, apply_decision: bool) -> None:
    """A line per proposal, saying what was done with it or which option does it."""
    from desktop.operations.mail_transfer import apply_decision as apply
    from desktop.operations.mail_transfer import save_cards

    for proposal in findings.cards:
        card = proposal.card
        about = ", ".join(p for p in (card.title, card.company) if p)
        details = [about] if about else []
        details += [e.value for e in card.emails] + [p.value for p in card.phones]
        print(f"  card: {card.display_name} ({'; '.join(details)}) from {proposal.sender}")
    if findings.cards:
        if save_card:
            summary = save_cards(workspace, findings)
            print(f"  cards saved: {summary.describe()}")
            if summary.batch_id is not None:
                print(f"  (import {summary.batch_id}: `afterview undo-import {summary.batch_id}` undoes it)")
        else:
            print("  to add the card(s), import again with --save-card (a card you have gets only what it lacks)")
    targets = {t.interview_id: t for t in findings.targets}
    for decision in findings.decisions:
        print(f"  decision: by {describe(decision.decision_date)}, said by {decision.sender}: “{decision.sentence}”")
        target = targets.get(decision.interview_id) if decision.interview_id is not None else None
        if target is None:
            print("    no open opportunity's interview matches the sender; set the date on the interview in the "
                  "window (Opportunities → the interview → Next steps)")
        elif apply_decision:
            apply(workspace, target.interview_id, decision)
            print(f"    written to {target.label}")
        else:
            now = f"; it now expects {describe(target.decision_date)}" if target.decision_date else ""
            print(f"    for {target.label}{now}: import again with --apply-decision to write it")
