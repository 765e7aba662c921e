"""`export` on the command line refuses to write over files unless --overwrite, naming them in one line."""

from __future__ import annotations

from tests.cli.test_cli import afterview


def test_export_all_into_a_folder_with_the_same_files_is_refused_unless_overwrite(tmp_path):
    data = str(tmp_path / "data")
    assert afterview("--data-dir", data, "sample-data").returncode == 0
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "contacts.vcf").write_text("mine")
    (folder / "calls.csv").write_text("mine too")

    refused = afterview("--data-dir", data, "export", "all", str(folder))
    assert refused.returncode == 1
    assert refused.stderr == (f"afterview: {folder}: already holds contacts.vcf, calls.csv; nothing was written. "
                              "Choose another folder, or replace them with --overwrite\n")
    assert (folder / "contacts.vcf").read_text() == "mine" and not (folder / "calendar.ics").exists()

    replaced = afterview("--data-dir", data, "export", "all", str(folder), "--overwrite")
    assert replaced.returncode == 0, replaced.stderr
    assert "9 contacts" in replaced.stdout and "7 notes" in replaced.stdout
    assert (folder / "contacts.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 9


def test_export_to_an_existing_file_is_refused_unless_overwrite(tmp_path):
    data = str(tmp_path / "data")
    assert afterview("--data-dir", data, "sample-data").returncode == 0
    target = tmp_path / "contacts.vcf"
    target.write_text("mine")
    refused = afterview("--data-dir", data, "export", "contacts", str(target))
    assert refused.returncode == 1 and "contacts.vcf" in refused.stderr and "--overwrite" in refused.stderr
    assert target.read_text() == "mine"
    assert afterview("--data-dir", data, "export", "contacts", str(target), "--overwrite").returncode == 0
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == 9
