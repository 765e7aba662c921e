"""Exports never write over the user's files unasked, never through a planted link, and count what they wrote."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import select, update

from desktop.operations import vcard_transfer
from desktop.operations.export_all import export_everything
from desktop.operations.export_targets import ExistingFilesError
from desktop.operations.transfer import TransferError, export
from desktop.storage.models import Contact, ThankYouNote

posix_only = pytest.mark.skipif(os.name != "posix", reason="modes and symbolic links as Linux and macOS have them")


def test_a_folder_holding_a_file_of_the_same_name_is_refused_before_anything_is_written(sample_workspace, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "contacts.vcf").write_text("the user's own address book")
    with pytest.raises(ExistingFilesError) as refused:
        export_everything(sample_workspace, folder)
    assert refused.value.paths == [folder / "contacts.vcf"]
    assert str(refused.value) == (f"{folder}: already holds contacts.vcf; nothing was written. "
                                  "Choose another folder, or replace them")
    assert (folder / "contacts.vcf").read_text() == "the user's own address book"
    assert sorted(p.name for p in folder.iterdir()) == ["contacts.vcf"]

    counts = export_everything(sample_workspace, folder, overwrite=True)
    assert (folder / "contacts.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == counts["contacts"] == 9


def test_a_single_export_over_an_existing_file_is_refused_unless_asked(sample_workspace, tmp_path):
    target = tmp_path / "calendar.ics"
    target.write_text("mine")
    with pytest.raises(ExistingFilesError, match=r"already holds calendar\.ics; nothing was written"):
        export(sample_workspace, "calendar", target)
    assert target.read_text() == "mine"
    assert export(sample_workspace, "calendar", target, overwrite=True).count > 0
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_notes_of_people_named_in_chinese_or_japanese_script_each_get_their_own_file(sample_workspace, tmp_path):
    names = ["王伟", "王伟", "李娜", "佐藤 花子", "さとう はなこ", "鈴木 一郎", "Ωμέγα", "José", "JOSÉ"]
    with sample_workspace.session() as session:
        ids = session.scalars(select(Contact.id).order_by(Contact.id)).all()
        for contact_id, name in zip(ids, names, strict=True):
            session.execute(update(Contact).where(Contact.id == contact_id).values(full_name=name))
        stored = session.scalar(select(ThankYouNote.id).order_by(ThankYouNote.id.desc()))
        notes = len(session.scalars(select(ThankYouNote.id)).all())
    counts = export_everything(sample_workspace, tmp_path / "export")
    files = sorted(p.name for p in (tmp_path / "export" / "notes").iterdir())
    assert counts["notes"] == len(files) == notes == 7
    assert any("王伟" in name or "李娜" in name or "佐藤" in name or "鈴木" in name for name in files)
    assert all(name.endswith(".txt") and len(name.encode()) < 255 for name in files)
    assert any(name.endswith(f"-{stored}.txt") for name in files)


@posix_only
def test_a_planted_partial_link_is_never_followed(sample_workspace, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("not Afterview's")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / ".calendar.ics.partial").symlink_to(victim)
    counts = export_everything(sample_workspace, folder)
    assert victim.read_text() == "not Afterview's"
    assert os.readlink(folder / ".calendar.ics.partial") == str(victim)
    assert (folder / "calendar.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") == counts["calendar events"]
    assert not (folder / "calendar.ics").is_symlink()


@posix_only
def test_the_temporary_file_is_created_exclusively_without_following_links(sample_workspace, tmp_path, monkeypatch):
    """Even a link planted under the very name the export draws is refused, not written through."""
    victim = tmp_path / "victim.txt"
    victim.write_text("not Afterview's")
    monkeypatch.setattr(vcard_transfer.secrets, "token_hex", lambda _: "guessed")
    (tmp_path / ".calendar.ics.guessed.partial").symlink_to(victim)
    with pytest.raises(TransferError, match=r"calendar.ics: cannot be written \(File exists\)"):
        export(sample_workspace, "calendar", tmp_path / "calendar.ics")
    assert victim.read_text() == "not Afterview's"
    assert not (tmp_path / "calendar.ics").exists()


@posix_only
def test_exported_files_are_readable_by_their_owner_only(sample_workspace, tmp_path):
    umask = os.umask(0o022)  # a umask that would leave new files readable by others
    try:
        export_everything(sample_workspace, tmp_path / "export")
    finally:
        os.umask(umask)
    files = [p for p in (tmp_path / "export").rglob("*") if p.is_file()]
    assert len(files) == 4 + 7
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
