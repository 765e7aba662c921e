"""Start-up failures on the command line: one line on stderr naming the problem, exit status 1, no traceback."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import afterview


def _one_line(result, *words: str) -> None:
    message = result.stderr.strip()
    assert result.returncode == 1, (result.returncode, result.stdout, message)
    assert len(message.splitlines()) == 1 and "Traceback" not in message, message
    for word in words:
        assert word in message, message


def test_a_data_folder_that_is_a_file(tmp_path: Path):
    (tmp_path / "data").write_text("a file")
    _one_line(afterview("--data-dir", str(tmp_path / "data"), "agenda"),
              f"The data folder {tmp_path / 'data'} cannot be used: it is a file, not a folder")


def test_a_settings_folder_that_cannot_be_made(tmp_path: Path):
    (tmp_path / "config").write_text("a file")
    result = afterview("--data-dir", str(tmp_path / "data"), "agenda",
                       env={"AFTERVIEW_CONFIG_DIR": str(tmp_path / "config" / "Afterview")})
    _one_line(result, "The settings folder", f"{tmp_path / 'config'} is a file, not a folder")


def test_a_read_only_settings_folder(tmp_path: Path, read_only_folder: Path):
    result = afterview("--data-dir", str(tmp_path / "data"), "agenda",
                       env={"AFTERVIEW_CONFIG_DIR": str(read_only_folder)})
    _one_line(result, f"The settings folder {read_only_folder} is read-only")


def test_a_database_locked_by_another_program(workspace, locked_database):
    result = afterview("--data-dir", str(workspace.paths.data_dir), "agenda")
    _one_line(result, f"{workspace.paths.database} is locked by another program; close it and try again")
