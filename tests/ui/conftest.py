"""The main window as the user meets it, shared by the window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop.ui import colours, style
from desktop.ui.i18n import install_translators
from desktop.ui.style import Appearance
from tests.ui.window_helpers import open_app_window


@pytest.fixture
def app_window(qtbot, workspace, tmp_path):
    """The window and its controller, shown offscreen on the test's own database, Today listed."""
    window, controller = open_app_window(qtbot, workspace, tmp_path)
    controller.apply_icons()
    yield window, controller
    controller.runner.shutdown()  # a task a failed test left running must not outlive its thread's objects


@pytest.fixture
def german(qapp):
    """The window in German, as on a German system; English again afterwards."""
    install_translators(qapp, "de", QLocale("de_DE"))
    yield
    install_translators(qapp, "en", QLocale("en_GB"))


@pytest.fixture
def appearance(qapp, monkeypatch):
    """Makes an Appearance; the app's look and the scheme are put back afterwards."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    made = []

    def make(choice):
        made.append(Appearance(qapp, choice))
        return made[-1]

    yield make
    for one in made:
        qapp.styleHints().colorSchemeChanged.disconnect(one._update)
        one.deleteLater()
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    monkeypatch.setattr(style, "_scheme", colours.LIGHT)


@pytest.fixture
def new_interview_dialog(qtbot, workspace):
    """The dialog of a new interview at "Müller & Söhne" (Entwicklerin), shown with its controller."""
    from desktop.operations import opportunities
    from desktop.ui.bus import DataBus
    from desktop.ui.cards.people_met import PeopleMetWidget
    from desktop.ui.interviews.interview_dialog import InterviewDialog
    from desktop.ui.interviews.interview_dialog_controller import InterviewDialogController
    from desktop.ui.pages.base import PageContext

    opportunity = opportunities.add_opportunity(workspace, "Müller & Söhne", "Entwicklerin").id
    context = PageContext(workspace, DataBus(), lambda *_: None)
    dialog = InterviewDialog(workspace.zone, PeopleMetWidget(context))
    InterviewDialogController(dialog, context, opportunity, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
