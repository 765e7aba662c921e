"""Settings → Backups: the list of backups, "Back up now" and "Restore…" (asked first, then every page reloads)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.cards import ContactCard
from desktop.operations import contacts, recovery
from desktop.operations.changes import ChangeSet
from desktop.ui.bus import DataBus
from desktop.ui.dates import short_date_time
from desktop.ui.models.backups_model import BackupsModel
from desktop.ui.pages.base import PageContext
from desktop.ui.settings.backups_panel import BackupsPanel
from desktop.ui.settings.settings_dialog import SettingsDialog
from tests.dialog_helpers import shown_box
from tests.ui.task_helpers import wait_for_tasks


def build(qtbot, workspace) -> tuple[SettingsDialog, BackupsPanel, DataBus]:
    bus = DataBus()
    panel = BackupsPanel(PageContext(workspace, bus, lambda *_: None))
    dialog = SettingsDialog(workspace.settings, None, panel)
    qtbot.addWidget(dialog)
    dialog.bus = bus  # kept alive with the dialog
    dialog.open()
    dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Backups"))
    qtbot.waitExposed(dialog)
    return dialog, panel, bus


def names(workspace) -> set[str]:
    return {card.full_name for _, card in contacts.list_contacts(workspace)}


def test_the_backups_tab_lists_backs_up_and_restores(qtbot, sample_workspace, qtmodeltester) -> None:
    workspace = sample_workspace
    _dialog, panel, bus = build(qtbot, workspace)
    assert panel.isVisible()
    taken_at_start = panel.model.rowCount()  # the daily backup the workspace took when it was opened
    assert taken_at_start == 1 and panel.model.index(0, 1).data() == "Daily"
    assert not panel.restore_button.isEnabled()

    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert not panel.backup_button.isEnabled()  # one at a time
    wait_for_tasks(qtbot, panel.context.runner)
    assert panel.backup_button.isEnabled()
    assert panel.model.rowCount() == 2
    assert panel.model.index(0, 1).data() == "Backed up by you"
    assert panel.model.index(0, 2).data().endswith("KB")
    taken = recovery.backups(workspace)[0].taken_at.astimezone(workspace.zone)
    assert panel.model.index(0, 0).data() == short_date_time(taken)
    qtmodeltester.check(panel.model)

    contacts.add_contact(workspace, ContactCard(full_name="Added After The Backup"))
    assert "Added After The Backup" in names(workspace)
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    question = shown_box(panel)
    with qtbot.waitSignal(bus.published, timeout=10000) as published:
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert published.args[0] == ChangeSet.everything()  # every page reloads
    wait_for_tasks(qtbot, panel.context.runner)

    assert "Added After The Backup" not in names(workspace)  # the database is the backup again
    assert "kept as afterview-before-restore-" in panel.message.text()
    kinds = [b.kind for b in recovery.backups(workspace)]
    assert sorted(kinds) == ["before-restore", "daily", "manual"]
    contacts.add_contact(workspace, ContactCard(full_name="Written After The Restore"))
    assert "Written After The Restore" in names(workspace)

    # The backup saved before the restore brings the contact back: a restore can be undone.
    undo = next(b for b in recovery.backups(workspace) if b.kind == "before-restore")
    recovery.restore_backup(workspace, undo)
    assert "Added After The Backup" in names(workspace)
    # taken: the daily one at opening, "Back up now", and one before each restore
    print(f"\nbackups taken in this test: {len(recovery.backups(workspace))}, restored: 2")


def test_cancel_restores_nothing(qtbot, sample_workspace) -> None:
    _dialog, panel, bus = build(qtbot, sample_workspace)
    contacts.add_contact(sample_workspace, ContactCard(full_name="Stays Put"))
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(bus.published):
        qtbot.mouseClick(shown_box(panel).button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not panel.context.runner.busy()
    assert "Stays Put" in names(sample_workspace)
    assert [b.kind for b in recovery.backups(sample_workspace)] == ["daily"]


def test_a_damaged_backup_is_refused_and_the_database_stays(qtbot, sample_workspace) -> None:
    _dialog, panel, _bus = build(qtbot, sample_workspace)
    backup = recovery.backups(sample_workspace)[0]
    backup.path.write_bytes(b"not a database at all" * 100)
    panel.reload()
    panel.restore(panel.model.backup(0))
    wait_for_tasks(qtbot, panel.context.runner)
    assert panel.message.text().startswith("Nothing was restored: the backup ")
    assert len(names(sample_workspace)) == 9


def test_the_model_on_its_own(qtmodeltester, sample_workspace) -> None:
    model = BackupsModel(sample_workspace.zone)
    model.set_backups(recovery.backups(sample_workspace))
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Size"
