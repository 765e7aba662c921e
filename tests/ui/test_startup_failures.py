"""Every start-up failure reaches the window: a dialog names the problem and offers what the user can do.

The read-only folders and the database locked by a second, real process come from tests/conftest.py.
"""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QSettings

from desktop.ui.application import open_controller, run_gui, usable_folders
from desktop.ui.main_window import MainWindow
from tests.dialog_helpers import answering

ANOTHER = "Choose another folder"


def _release(locker: subprocess.Popen[str]) -> None:
    locker.communicate("\n", timeout=10)


def test_a_data_folder_that_is_a_file_asks_for_another_folder(qtbot, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "Afterview"
    not_a_folder.write_text("a file where the data folder should be")
    elsewhere = tmp_path / "elsewhere"
    monkeypatch.setattr("desktop.ui.startup_problem.QFileDialog.getExistingDirectory", lambda *_: str(elsewhere))
    with answering(ANOTHER) as shown:
        data_dir, paths = usable_folders(str(not_a_folder))
    assert shown[0].startswith(f"The data folder {not_a_folder} cannot be used: it is a file, not a folder. "
                               "Choose another folder, or move that file away.\nAfterview has not changed anything.")
    assert data_dir == str(elsewhere) and paths.data_dir == elsewhere and elsewhere.is_dir()
    assert not_a_folder.read_text() == "a file where the data folder should be"


def test_the_window_start_with_a_data_folder_that_is_a_file_quits_with_a_dialog_not_a_traceback(qtbot, tmp_path,
                                                                                                 capfd):
    from PySide6.QtWidgets import QApplication

    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file")
    try:
        with answering("Quit") as shown:
            assert run_gui(["--data-dir", str(not_a_folder)]) == 1
    finally:
        QApplication.instance().setStyleSheet("")  # run_gui styles the test run's one application
    assert "is a file, not a folder" in shown[0]
    assert "Traceback" not in capfd.readouterr().err


def test_a_read_only_data_folder_is_named_and_quitting_changes_nothing(qtbot, read_only_folder):
    with answering("Quit") as shown:
        assert usable_folders(str(read_only_folder)) is None
    assert shown[0].startswith(f"The data folder {read_only_folder} is read-only, so Afterview cannot save "
                               "anything there. Make it writable, or choose another folder.")
    assert list(read_only_folder.iterdir()) == []


def test_an_unwritable_settings_folder_is_named(qtbot, tmp_path, read_only_folder, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(read_only_folder))
    with answering("Quit") as shown:
        assert usable_folders(str(tmp_path / "data")) is None
    assert shown[0].startswith(f"The settings folder {read_only_folder} is read-only")


def test_a_settings_folder_inside_a_file_is_named(qtbot, tmp_path, monkeypatch):
    (tmp_path / "config").write_text("not a folder")
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "config" / "Afterview"))
    with answering("Quit") as shown:
        assert usable_folders(str(tmp_path / "data")) is None
    assert shown[0].startswith(f"The settings folder {tmp_path / 'config' / 'Afterview'} cannot be used: "
                               f"{tmp_path / 'config'} is a file, not a folder.")


def test_a_missing_settings_folder_is_made_without_asking(tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "new" / "config"))
    data_dir, paths = usable_folders(str(tmp_path / "data"))
    assert data_dir == str(tmp_path / "data")
    assert paths.config_dir.is_dir() and list(paths.config_dir.iterdir()) == []


def test_a_database_locked_by_another_program_offers_to_try_again(qtbot, workspace, locked_database, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    state = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    with answering("Try again", before={0: lambda: _release(locked_database)}) as shown:
        controller = open_controller(window, str(workspace.paths.data_dir), state)
    assert shown == [f"{workspace.paths.database} is locked by another program; close it and try again\n"
                     "Afterview has not changed anything. Try again once the other program is closed, choose "
                     "another folder for Afterview's data (for this session), or quit."]
    assert controller is not None and window.today.model is not None
    controller.workspace.sessions.kw["bind"].dispose()


def test_a_database_still_locked_can_be_left_by_quitting(qtbot, workspace, locked_database, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    state = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    with answering("Try again", "Quit") as shown:
        assert open_controller(window, str(workspace.paths.data_dir), state) is None
    assert len(shown) == 2 and all("is locked by another program" in text for text in shown)
