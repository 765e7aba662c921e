"""Control characters from a hostile file are noted in the summary, never stored, never exported."""

from __future__ import annotations

from sqlalchemy import select

from desktop.operations.transfer import export, import_file
from desktop.storage.models import Contact, Interview

PAD = "NOTE:" + "p" * 5000 + "\r\n"  # the NULs come after the first 4 KB, where only UTF-16 is looked for


def test_nul_bytes_past_the_first_4_kb_are_noted_and_neither_stored_nor_exported(workspace, tmp_path):
    cards = tmp_path / "cards.vcf"
    cards.write_bytes((f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Padded\r\n{PAD}END:VCARD\r\n"
                       "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nu\x00ll\x07 Name\r\nTITLE:Head\x00 of\x1b Talent\r\n"
                       "END:VCARD\r\n").encode())
    invite = tmp_path / "invite.ics"
    invite.write_bytes(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:nul\r\n"
                        f"DESCRIPTION:{'d' * 5000}\r\nDTSTART:20261201T100000Z\r\nSUMMARY:Panel\r\n"
                        "LOCATION:Room\x00 4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode())

    card_summary = import_file(workspace, cards)
    invite_summary = import_file(workspace, invite)

    assert card_summary.added == 2
    assert card_summary.problems == ["cards.vcf: 4 control characters such as NUL, the first on line 8, were "
                                     "removed; the rest of the file was read"]
    assert invite_summary.added == 1
    assert invite_summary.problems == ["invite.ics: 1 control character, such as NUL, on line 9, was removed; "
                                       "the rest of the file was read"]
    with workspace.session() as session:
        contact = session.scalars(select(Contact).where(Contact.full_name == "Null Name")).one()
        assert contact.title == "Head of Talent"
        assert session.scalar(select(Interview.location)) == "Room 4"
        contact.notes = "stored\x00 by an older Afterview"  # what the exports must still leave out
        session.scalars(select(Interview)).one().location = "Room\x00 5"
    for what, name in (("contacts", "out.vcf"), ("calendar", "out.ics")):
        export(workspace, what, tmp_path / name)
        written = (tmp_path / name).read_bytes()
        assert not any(byte < 32 and byte not in b"\t\r\n" for byte in written)
