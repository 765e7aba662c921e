"""The command line, run as a user runs it: a separate process on a real data folder."""

import os
import subprocess
import sys

from desktop import __version__

# A machine with no display at all: the variables Qt would find one through are not set.
NO_DISPLAY = {name: None for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def afterview(*args: str, env: dict[str, str | None] | None = None) -> subprocess.CompletedProcess[str]:
    """The real entry point in its own process; a variable given as None is left out of its environment."""
    merged = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=60,
                          env={name: value for name, value in merged.items() if value is not None})


def test_version():
    result = afterview("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Afterview {__version__}"


def test_sample_data_then_agenda(tmp_path):
    folder = str(tmp_path / "mine")
    loaded = afterview("--data-dir", folder, "sample-data")
    assert loaded.returncode == 0, loaded.stderr
    result = afterview("--data-dir", folder, "agenda", "--days", "14")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("Overdue" in line and "Follow-up call with Marcus Bell" in line for line in lines)
    assert any("Thank-you note to Dana Whitfield" in line for line in lines)
    again = afterview("--data-dir", folder, "sample-data")
    assert again.returncode == 1 and "already holds" in again.stderr


def test_the_data_dir_variable_is_honoured(tmp_path):
    folder = tmp_path / "from-env"
    assert afterview("sample-data", env={"AFTERVIEW_DATA_DIR": str(folder)}).returncode == 0
    assert (folder / "afterview.sqlite3").exists()


def test_empty_agenda(tmp_path):
    result = afterview("--data-dir", str(tmp_path), "agenda")
    assert result.returncode == 0 and "Nothing due" in result.stdout


def test_usage_errors_exit_2(tmp_path):
    assert afterview("--data-dir", str(tmp_path), "agenda", "--days", "soon").returncode == 2
    assert afterview("--data-dir", str(tmp_path), "export", "everything", "x").returncode == 2


def test_a_mistyped_command_is_a_usage_error_not_a_window(tmp_path):
    for typo in (["agneda"], ["exprot", "contacts", str(tmp_path / "x.vcf")]):
        result = afterview("--data-dir", str(tmp_path), *typo, env=NO_DISPLAY)  # a window could not open here
        assert result.returncode == 2, result.stderr
        assert f"invalid choice: '{typo[0]}'" in result.stderr and "libxcb" not in result.stderr
    assert not (tmp_path / "x.vcf").exists()


def test_misspellings_are_usage_errors_that_say_what_was_meant(tmp_path):
    cases = {("agneda",): "invalid choice: 'agneda', did you mean 'agenda'?",
             ("export", "contcts", "x.vcf"): "invalid choice: 'contcts', did you mean 'contacts'?",
             ("agenda", "--dyas", "3"): "unrecognized arguments: --dyas; did you mean '--days' for '--dyas'?",
             ("--verison",): "did you mean '--version' for '--verison'?",
             ("--data-dri", str(tmp_path), "agenda"): "did you mean '--data-dir' for '--data-dri'?"}
    for args, message in cases.items():
        result = afterview(*args, env=NO_DISPLAY)
        assert result.returncode == 2 and message in result.stderr, (args, result.stderr)
    nothing_close = afterview("--data-dir", str(tmp_path), "zzz")
    assert nothing_close.returncode == 2 and "did you mean" not in nothing_close.stderr
    assert afterview("--data", str(tmp_path), "agenda").returncode == 0  # argparse's abbreviations still work


def test_the_window_without_a_display_says_so_in_one_line(tmp_path):
    result = afterview("--data-dir", str(tmp_path), env=NO_DISPLAY)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "afterview: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the commands work without one: afterview --help"]
    assert not (tmp_path / "afterview.sqlite3").exists()


def test_files_to_open_are_told_from_mistyped_commands(tmp_path):
    from desktop.cli import wants_cli

    existing = tmp_path / "Interview notes"
    existing.write_text("x", encoding="utf-8")
    assert not wants_cli([str(tmp_path / "invite.ics")])  # a file Afterview reads, even not there yet: the window
    assert not wants_cli([str(existing), "--data-dir", "agneda", "-style", "fusion"])  # option values are not words
    assert wants_cli(["agneda"]) and wants_cli(["--data-dir", str(tmp_path), "exprot", "contacts", "x.vcf"])
    assert wants_cli(["--verison"]) and not wants_cli(["--data-dir=" + str(tmp_path), "--self-test", "-reverse"])


def test_a_newer_database_is_refused_with_one_line(tmp_path):
    import sqlite3

    assert afterview("--data-dir", str(tmp_path), "agenda").returncode == 0
    with sqlite3.connect(tmp_path / "afterview.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    connection.close()
    result = afterview("--data-dir", str(tmp_path), "agenda")
    assert result.returncode == 1 and "newer version of Afterview" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_import_and_export_contacts(tmp_path):
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "vcf"
    folder = str(tmp_path / "data")
    result = afterview("--data-dir", folder, "import", str(fixtures / "google-export.vcf"),
                       str(fixtures / "one-broken-card.vcf"), str(fixtures / "not-a-vcard.vcf"))
    assert result.returncode == 1  # one file could not be read at all
    assert "google-export.vcf: " in result.stdout and " added" in result.stdout
    assert "not-a-vcard.vcf" in result.stderr and "one-broken-card.vcf, card" in result.stderr
    out = tmp_path / "out.vcf"
    exported = afterview("--data-dir", folder, "export", "contacts", str(out))
    assert exported.returncode == 0 and out.read_text(encoding="utf-8").count("BEGIN:VCARD") >= 2
    written = out.read_text(encoding="utf-8").count("BEGIN:VCARD")
    assert exported.stdout.strip() == f"Exported {written} contacts to {out}"
