"""The command line's imports over hand-entered cards: differences reported and kept, --prefer theirs, undo."""

from __future__ import annotations

from pathlib import Path

from desktop.core.cards import ContactCard, LabelledValue
from desktop.operations import contacts as ops
from desktop.operations.workspace import open_workspace
from tests.cli.test_cli import afterview

SIOBHAN = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siobhan Ni Bhriain\r\nN:Ni Bhriain;Siobhan;;;\r\n"
           "TITLE:Head of Talent\r\nEMAIL;TYPE=WORK:SIOBHAN.NIBHRIAIN@EXAMPLE.IE\r\n"
           "TEL;TYPE=CELL:+353 87 555 0199\r\nEND:VCARD\r\n"
           "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nEND:VCARD\r\n")


def folder_with_siobhan(tmp_path: Path) -> tuple[str, int, Path]:
    folder = str(tmp_path / "data")
    workspace = open_workspace(folder)
    contact_id = ops.add_contact(workspace, ContactCard(
        full_name="Siobhán Ní Bhriain", title="Talent Partner", emails=[LabelledValue("siobhan.nibhriain@example.ie")],
        phones=[LabelledValue("+35315550100", "work")]), name_checked=True).id
    workspace.sessions.kw["bind"].dispose()
    path = tmp_path / "cards.vcf"
    path.write_text(SIOBHAN, encoding="utf-8")
    return folder, contact_id, path


def details(folder: str, contact_id: int) -> ops.ContactDetails:
    workspace = open_workspace(folder)
    try:
        return ops.contact_details(workspace, contact_id)
    finally:
        workspace.sessions.kw["bind"].dispose()


def test_a_card_that_differs_is_reported_and_left_as_it_was(tmp_path):
    folder, contact_id, path = folder_with_siobhan(tmp_path)
    result = afterview("--data-dir", folder, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "cards.vcf: 1 added, 0 updated with new details, 1 differ from yours" in result.stdout
    assert "1 card differs from yours and was left as it was: Siobhán Ní Bhriain (name, title, phones)" \
        in result.stdout
    assert "--prefer theirs" in result.stdout
    kept = details(folder, contact_id)
    assert (kept.card.full_name, kept.card.title, kept.name_checked) == ("Siobhán Ní Bhriain", "Talent Partner",
                                                                         True)
    assert [p.value for p in kept.card.phones] == ["+35315550100", "+353875550199"]


def test_prefer_theirs_takes_their_values_and_clears_the_tick_then_undo_puts_them_back(tmp_path):
    folder, contact_id, path = folder_with_siobhan(tmp_path)
    before = details(folder, contact_id)
    result = afterview("--data-dir", folder, "import", "--prefer", "theirs", str(path))
    assert result.returncode == 0 and "1 added, 1 updated with new details, 0 differ" in result.stdout
    taken = details(folder, contact_id)
    assert (taken.card.full_name, taken.card.title, taken.name_checked) == ("Siobhan Ni Bhriain",
                                                                            "Head of Talent", False)
    assert [p.value for p in taken.card.phones] == ["+35315550100", "+353875550199"]  # none of yours dropped
    listed = afterview("--data-dir", folder, "undo-import", "--list")
    assert listed.returncode == 0 and "cards.vcf" in listed.stdout
    batch = listed.stdout.split()[0]
    undone = afterview("--data-dir", folder, "undo-import", batch)
    assert undone.returncode == 0, undone.stderr
    assert "Undid the import of cards.vcf: 1 record removed, 1 record put back" in undone.stdout
    assert details(folder, contact_id) == before
    nothing = afterview("--data-dir", folder, "undo-import")
    assert nothing.returncode == 1 and nothing.stderr.strip() == (
        "afterview: There is no import to undo. `afterview undo-import --list` lists them.")
    assert afterview("--data-dir", folder, "undo-import", "--list").stdout.strip() == "No import can be undone."


def test_a_feature_phone_file_in_shift_jis_imports_once_with_its_reading(tmp_path):
    folder = str(tmp_path / "data")
    path = tmp_path / "docomo.vcf"
    path.write_bytes("\r\n".join([
        "BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=SHIFT_JIS:髙橋;美咲;;;",
        "SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ﾀｶﾊｼ;ﾐｻｷ;;;",
        "EMAIL;INTERNET:misaki.takahashi@", "docomo.ne.jp", "ORG;CHARSET=SHIFT_JIS:ソニー株式会社;人事部",
        "NOTE;CHARSET=SHIFT_JIS:①二次面接の担当", "X-DCM-HMN-MODE:", "END:VCARD", ""]).encode("cp932"))
    first, again = (afterview("--data-dir", folder, "import", str(path)) for _ in range(2))
    assert first.returncode == 0 and first.stdout.startswith("docomo.vcf: 1 added,"), first.stderr
    assert again.returncode == 0 and "0 added" in again.stdout and "1 unchanged" in again.stdout
    workspace = open_workspace(folder)
    try:
        [(_, card)] = ops.list_contacts(workspace)
    finally:
        workspace.sessions.kw["bind"].dispose()
    assert (card.full_name, card.pronunciation, card.company) == ("髙橋美咲", "タカハシ ミサキ", "ソニー株式会社")
    assert ([e.value for e in card.emails], card.notes) == (["misaki.takahashi@docomo.ne.jp"], "①二次面接の担当")
