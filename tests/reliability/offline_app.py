"""The whole app offscreen with the network blocked: the child process of test_no_network.py.

Usage: python offline_app.py DATA_DIR OUT_DIR (with tests/reliability/offline on PYTHONPATH, which blocks sockets)

It starts the window as application.run_gui does (controller, single instance, reminders and tray), loads the
sample data from the menu, opens every page, imports a vCard and an .ics, exports everything, saves the
checklist as a PDF, and last sends a note over SMTP, the one thing that may use the network. Each step prints
one `step NAME: RESULT` line; before the send it writes a marker into the network log.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.ui.application import open_controller, start_background
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.notes.print_checklist import PrintChecklistDialog
from desktop.ui.system.single_instance import claim
from tests.dialog_helpers import shown, shown_box

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEND_MARKER = "--- the user asked for an SMTP send ---"


def settle(milliseconds: int = 300) -> None:
    """Let timers and queued work run, as the event loop would between the user's clicks."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def finish_tasks(controller) -> None:
    """Let the window's background tasks (imports, exports) end and report, as a user waits for them."""
    while controller.runner.busy():
        settle(50)


def step(name: str, result: object) -> None:
    print(f"step {name}: {result}", flush=True)


def main() -> int:
    data_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([sys.argv[0]])
    install_translators(app, "en", QLocale("en_GB"))  # as the start-up does: English plurals
    app.setApplicationName("Afterview")
    window = MainWindow()
    window.show()
    state = QSettings(str(out_dir / "window.ini"), QSettings.Format.IniFormat)
    controller = open_controller(window, str(data_dir), state)
    assert controller is not None
    instance = claim(data_dir, [])
    assert instance is not None
    start_background(controller, state, instance, [])
    settle()
    step("start", window.windowTitle())

    window.sample_action.trigger()
    step("sample data", window.statusBar().currentMessage())

    for key in PAGES:
        window.show_page(key)
        settle(100)
        step(f"page {key}", type(window.pages[key]).__name__)

    controller.import_files([FIXTURES / "vcf" / "google-export.vcf", FIXTURES / "ics" / "google_meet_invite.ics"])
    finish_tasks(controller)
    report = shown_box(window)
    step("import", report.text().replace("\n", " / "))
    report.close()

    QFileDialog.getExistingDirectory = lambda *_args, **_kwargs: str(out_dir)  # the user picks OUT_DIR
    window.export_all_action.trigger()
    finish_tasks(controller)
    step("export", window.statusBar().currentMessage())

    window.print_checklist_action.trigger()
    dialog = shown(window, PrintChecklistDialog)
    step("print", dialog.save_pdf(out_dir / "checklist.pdf") and dialog.message.text())
    dialog.close()

    from dataclasses import replace

    from desktop.delivery.smtp import SendError
    from desktop.operations import notes as notes_ops

    workspace = controller.workspace
    workspace.save_settings(replace(workspace.settings, your_name="Sam Candidate", your_email="sam@example.com",
                                    smtp_host="smtp.example.com"))
    interview = notes_ops.interviews_with_people(workspace)[0]
    person = notes_ops.composer_rows(workspace, interview.interview_id)[0]
    notes_ops.ensure_draft(workspace, person.interview_id, person.contact_id,
                           notes_ops.default_template(workspace, person.kind))
    notes_ops.save_draft(workspace, person.interview_id, person.contact_id, "Thank you",
                         f"Dear {person.first_name},\n\nThank you for your time today.\n\nSam Candidate\n")
    with open(os.environ["AFTERVIEW_NETWORK_LOG"], "a", encoding="utf-8") as log:
        log.write(SEND_MARKER + "\n")
    try:
        notes_ops.send_by_smtp(workspace, person.interview_id, person.contact_id, None)
        step("smtp", "sent?!")
    except SendError as error:
        step("smtp", f"{error.kind}: {error.message}")
    instance.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
