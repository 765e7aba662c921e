"""Light and dark: the Colours setting and the system's scheme choose the palette and the style sheet."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from desktop.ui import colours, style
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.style import colour, scheme, set_tone
from tests.dialog_helpers import shown


def test_a_forced_dark_scheme_paints_pages_and_text_dark(qtbot, appearance):
    chosen = appearance("dark")
    assert scheme() == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == colours.WINDOW.dark
    assert QApplication.palette().color(QPalette.ColorRole.Text).name() == colours.INK.dark
    label = QLabel("Not saved")
    qtbot.addWidget(label)
    set_tone(label, "error")
    label.show()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == colours.ERROR.dark
    heard = []
    chosen.changed.connect(lambda: heard.append(scheme()))
    chosen.set_choice("light")
    assert heard == ["light"]
    assert colour(colours.ERROR).name() == colours.ERROR.light
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == colours.ERROR.light


def test_following_the_system_takes_its_scheme_and_its_changes(qapp, appearance, monkeypatch):
    system = {"dark": True}
    monkeypatch.setattr(style, "system_is_dark", lambda: system["dark"])
    chosen = appearance("system")
    assert scheme() == "dark"
    system["dark"] = False
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)  # what Qt sends when the desktop switches
    assert scheme() == "light"
    chosen.set_choice("dark")  # the setting wins over the system
    assert scheme() == "dark"
    system["dark"] = True
    chosen.set_choice("light")
    assert scheme() == "light"


def test_choosing_dark_in_the_settings_turns_the_open_window_dark_and_is_saved(qtbot, app_window, appearance):
    window, controller = app_window
    controller.appearance = appearance("light")
    controller.appearance.changed.connect(controller.apply_icons)
    controller._on_settings()
    dialog = shown(window, SettingsDialog)
    colours_box = dialog.editors["appearance"]
    dialog.tabs.setCurrentWidget(colours_box.parentWidget())
    assert colours_box.itemText(0) == "Follow the system"
    colours_box.setCurrentIndex(colours_box.findText("Dark"))
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert scheme() == "dark"
    assert window.palette().color(QPalette.ColorRole.Window).name() == colours.WINDOW.dark
    assert controller.workspace.settings.appearance == "dark"
    assert '"appearance": "dark"' in controller.workspace.paths.settings_file.read_text(encoding="utf-8")
