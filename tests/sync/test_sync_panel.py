"""Settings → Sync against a loopback Radicale: set up by typing the account, Sync now, and a conflict answered."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.cards import ContactCard
from desktop.core.sync_items import card_text, read_card
from desktop.delivery.dav import Dav
from desktop.operations import sync as sync_ops
from desktop.operations.contacts import add_contact, get_contact, update_contact
from desktop.ui.bus import DataBus
from desktop.ui.pages.base import PageContext
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.settings.sync_panel import SyncPanel
from tests.ui.task_helpers import wait_for_tasks


def _panel_synced(qtbot, workspace) -> tuple[SyncPanel, DataBus]:
    """Settings → Sync, after its Sync now button was clicked and the sync ended; with the bus it publishes on."""
    bus = DataBus()
    context = PageContext(workspace, bus, lambda *_: None)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    return panel, bus

def test_set_up_sync_and_choose_in_a_conflict(qtbot, workspace, radicale, memory_keyring, qtmodeltester):
    bus = DataBus()
    context = PageContext(workspace, bus, lambda *_: None)
    panel = SyncPanel(context)
    dialog = SettingsDialog(workspace.settings, None, sync=panel)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.tabs.setCurrentIndex(next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Sync"))
    qtbot.waitExposed(dialog)
    qtmodeltester.check(panel.model)
    assert panel.state.text() == "No account is set up: Afterview syncs with nothing."
    assert not panel.sync_button.isEnabled()
    user, password = radicale.account()
    contact_id = add_contact(workspace, ContactCard(full_name="Ngozi Adébáyọ̀-Okonkwo", title="Head of Platform")).id
    qtbot.keyClicks(panel.url, radicale.url)
    qtbot.keyClicks(panel.user, user)
    panel.password.insert(password + "x")  # pasted: Qt's key simulation types ASCII only
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    assert "Setting up sync: " in panel.state.text() and "refused the user name or password" in panel.state.text()
    panel.password.clear()
    panel.password.insert(password)
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    assert "(created: calendar, address book)" in panel.state.text() and panel.password.text() == ""
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    assert "— Sent 1 (1 new), received nothing" in panel.state.text()
    # The phone and this computer both change the title.
    status = sync_ops.sync_status(workspace)
    assert status is not None
    with Dav(radicale.url, user, password) as phone:
        collection = phone.collection(status.addressbook_url)
        [resource] = [r for r in phone.fetch(collection, list(phone.etags(collection).changed))]
        card = read_card(resource.text, "phone")
        card.title = "VP Platform"
        phone.put(resource.href, card_text(card), "addressbook", resource.etag)
    here = get_contact(workspace, contact_id)
    here.title = "Platform Director"
    update_contact(workspace, contact_id, here, False)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    assert panel.state.text().endswith("waiting for you: 1 conflict")
    assert panel.model.rowCount() == 1
    assert [panel.model.index(0, c).data() for c in range(4)] == [
        "Ngozi Adébáyọ̀-Okonkwo", "Title changed on both sides", "Platform Director", "VP Platform"]
    panel.table.selectRow(0)
    with qtbot.waitSignal(bus.published):
        qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert get_contact(workspace, contact_id).title == "VP Platform"
    assert panel.model.rowCount() == 0


def test_a_server_out_of_reach_is_shown_as_offline_in_the_status_bar(qtbot, workspace, radicale, memory_keyring):
    from PySide6.QtWidgets import QStatusBar

    from desktop.ui.runner import TaskRunner
    from desktop.ui.system.sync_keeper import SyncKeeper

    user, password = radicale.account()
    sync_ops.set_up_account(workspace, radicale.url, user, password)
    bus = DataBus()
    bar = QStatusBar()
    qtbot.addWidget(bar)
    runner = TaskRunner(workspace, bus, bar)
    keeper = SyncKeeper(workspace, bus, runner, bar, parent=bar)  # closed with the bar, its timers too
    with qtbot.waitSignal(keeper.synced, timeout=20000) as said:
        keeper.sync_now()
    assert said.args == ["Synced: Sent nothing, received nothing."]
    with workspace.session() as session:  # the server moves away
        from desktop.storage.models import SyncAccount

        account = session.get(SyncAccount, 1)
        account.url = account.calendar_url = account.addressbook_url = "http://127.0.0.1:9/"
    memory_keyring.set_password("Afterview sync", f"{user}@127.0.0.1:9", password)
    with qtbot.waitSignal(keeper.synced, timeout=20000) as said:
        keeper.sync_now()
    assert said.args[0].startswith("offline: 127.0.0.1:9 cannot be reached")
    assert not keeper.offline.isHidden() and keeper.offline.text() == "Sync: offline"
    runner.shutdown()


def test_without_a_keyring_the_window_sets_up_with_a_password_command(qtbot, workspace, radicale, use_keyring):
    from keyring.backends import fail

    use_keyring(fail.Keyring())  # a desktop with no keyring at all
    context = PageContext(workspace, DataBus(), lambda *_: None)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    user, password = radicale.account()
    qtbot.keyClicks(panel.url, radicale.url)
    qtbot.keyClicks(panel.user, user)
    panel.password.insert(password)
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    assert "No system keyring is available" in panel.state.text() and not panel.sync_button.isEnabled()
    panel.password.clear()
    panel.password_command.insert(f"{shlex.quote(sys.executable)} -c {shlex.quote(f'print({password!r})')}")
    qtbot.mouseClick(panel.setup_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    # the refused attempt had already made the two collections: this one finds and uses them
    assert "Set up: the calendar and address book named Afterview" in panel.state.text()
    assert panel.sync_button.isEnabled()
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)  # the password is asked of the command again
    wait_for_tasks(qtbot, context.runner)
    assert "Last sync: " in panel.state.text() and "Not read" not in panel.state.text()
    reopened = SyncPanel(context)  # Settings opened again: the account shows how its password is found
    qtbot.addWidget(reopened)
    assert reopened.password_command.text() == panel.password_command.text()
    assert "keyring" not in reopened.password.placeholderText()


def test_a_window_without_an_account_never_loads_the_dav_client(tmp_path):
    # The keeper asks after every change and on a timer; most people never sync, so caldav, niquests and lxml stay
    # out of their process. In a child process: this one has loaded them for the tests above.
    script = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.operations.workspace import open_workspace
from desktop.ui.bus import DataBus
from desktop.ui.runner import TaskRunner
from desktop.ui.system.sync_keeper import SyncKeeper
app = QApplication([])
workspace = open_workspace({str(tmp_path / "data")!r})
bus = DataBus()
SyncKeeper(workspace, bus, TaskRunner(workspace, bus), None, bus).sync_now()
print(sorted(name for name in ("caldav", "niquests", "lxml") if name in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_an_event_afterview_works_out_retitled_on_the_phone_is_shown_as_put_back(qtbot, workspace, radicale,
                                                                                 memory_keyring):
    from datetime import timedelta

    from desktop.core.sync_items import read_event
    from desktop.operations.opportunities import InterviewInput, add_interview, add_opportunity
    from tests.conftest import NOW, ZONE
    from tests.sync.test_sync_random import _edited

    user, password = radicale.account()
    opportunity = add_opportunity(workspace, "Ørsted Vindkraft Åbenrå", "Ingénieure données").id
    start = NOW.astimezone(ZONE) + timedelta(days=1)
    add_interview(workspace, opportunity, InterviewInput(start, start + timedelta(hours=1), "Europe/Berlin"))
    sync_ops.set_up_account(workspace, radicale.url, user, password)
    sync_ops.sync(workspace)
    status = sync_ops.sync_status(workspace)
    assert status is not None
    with Dav(radicale.url, user, password) as phone:  # the phone renames the follow-up call
        collection = phone.collection(status.calendar_url)
        [call] = [r for r in phone.fetch(collection, list(phone.etags(collection).changed)) if "UID:call-" in r.text]
        title = read_event(call.text, call.href).fields["summary"]
        phone.put(call.href, _edited(call.text, SUMMARY="Ring Ørsted back"), "calendar", call.etag)
    context = PageContext(workspace, DataBus(), lambda *_: None)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    assert panel.state.text().endswith(f"— Sent 1 (1 changed), received nothing; 1 event changed elsewhere put back\n"
                                       f"Put back: {title} (changed elsewhere; Afterview works this event out "
                                       "itself)"), panel.state.text()
    assert "Not read" not in panel.state.text()
    with Dav(radicale.url, user, password) as phone:
        [call] = [r for r in phone.fetch(collection, list(phone.etags(collection).changed)) if "UID:call-" in r.text]
        assert read_event(call.text, call.href).fields["summary"] == title


def test_an_interview_deleted_here_while_the_phone_moved_it_is_brought_back_from_the_panel(qtbot, workspace, radicale,
                                                                                          memory_keyring):
    from desktop.operations.opportunities import delete_interview, get_interview
    from desktop.ui.dates import short_date_time
    from tests.sync.test_sync_deletions import _interview_met, _move_on_phone

    user, password = radicale.account()
    setup = sync_ops.set_up_account(workspace, radicale.url, user, password)
    interview_id, contact_id = _interview_met(workspace)
    starts = get_interview(workspace, interview_id).starts_at
    sync_ops.sync(workspace)
    with Dav(radicale.url, user, password) as phone:
        _move_on_phone(phone, setup.calendar, interview_id, 3)
    delete_interview(workspace, interview_id)
    panel, bus = _panel_synced(qtbot, workspace)
    assert panel.state.text().endswith("waiting for you: 1 item deleted here but changed on the server"), \
        panel.state.text()
    assert [panel.model.index(0, c).data() for c in range(4)] == [
        "Video interview at Société Générale d'Équipements", "Deleted here, changed on the server", "deleted",
        f"changed: Start and End; starts {short_date_time((starts + timedelta(hours=3)).astimezone(workspace.zone))}"]
    # The first row waiting is chosen, so the buttons say at once what they do; its texts wrap instead of being cut.
    assert (panel.keep_button.text(), panel.take_button.text()) == ("Bring it back", "Keep it deleted")
    assert panel.keep_button.isEnabled() and panel.table.wordWrap()
    with qtbot.waitSignal(bus.published) as published:
        qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert interview_id in published.args[0].ids(sync_ops.RecordKind.INTERVIEW)
    back = get_interview(workspace, interview_id)
    assert back.starts_at == starts + timedelta(hours=3) and [p.contact_id for p in back.people] == [contact_id]
    assert panel.model.rowCount() == 0


def test_what_waits_is_counted_again_after_each_answer_in_the_panel(qtbot, workspace, radicale, memory_keyring):
    from desktop.operations.contacts import list_contacts
    from tests.sync.test_cli_sync_answers import GRÁINNE, _both_synced, _retitle_here, _retitle_on_phone
    from tests.sync.test_sync_deletions import MÁIRÉAD

    user, password = radicale.account()
    setup = sync_ops.set_up_account(workspace, radicale.url, user, password)
    _máiréad, gráinne = _both_synced(workspace)
    with Dav(radicale.url, user, password) as phone:  # the phone retitles Gráinne (so do we) and deletes Máiréad
        _retitle_on_phone(phone, setup, GRÁINNE.full_name, "Leiterin HR")
        [hers] = [r for r in phone.fetch(setup.addressbook, list(phone.etags(setup.addressbook).changed))
                  if MÁIRÉAD.full_name in r.text]
        phone.delete(hers.href, hers.etag)
    _retitle_here(workspace, gráinne, "Personalchefin")
    panel, bus = _panel_synced(qtbot, workspace)
    assert panel.state.text().endswith(" — Sent 1 (1 changed), received nothing; waiting for you: 1 conflict, "
                                       "1 deletion on the server"), panel.state.text()
    assert [panel.model.index(row, 0).data() for row in range(2)] == [GRÁINNE.full_name, MÁIRÉAD.full_name]
    assert panel.take_button.text() == "Take the server's"  # the first row, Gráinne's title, is chosen
    with qtbot.waitSignal(bus.published):
        qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert get_contact(workspace, gráinne).title == "Leiterin HR"
    assert panel.state.text().endswith(" — Sent 1 (1 changed), received nothing; waiting for you: 1 deletion on the "
                                       "server"), panel.state.text()
    panel.table.selectRow(0)
    assert (panel.keep_button.text(), panel.take_button.text()) == ("Keep it here and send it back",
                                                                    "Delete it here too")
    with qtbot.waitSignal(bus.published):
        qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert [cid for cid, _card in list_contacts(workspace)] == [gráinne]
    assert panel.state.text().endswith(" — Sent 1 (1 changed), received nothing"), panel.state.text()
    assert panel.model.rowCount() == 0 and not panel.take_button.isEnabled()


def test_the_last_sync_is_said_in_the_windows_language_and_an_old_summary_as_kept(qtbot, qapp, workspace, radicale,
                                                                                memory_keyring):
    from PySide6.QtCore import QLocale

    from desktop.storage.models import SyncAccount
    from desktop.ui.i18n import install_translators

    user, password = radicale.account()
    sync_ops.set_up_account(workspace, radicale.url, user, password)
    add_contact(workspace, ContactCard(full_name="Maximiliane Östergård-Brzęczyszczykiewicz"))
    sync_ops.sync(workspace)  # as `afterview sync` runs it: no window, no language but English
    status = sync_ops.sync_status(workspace)
    assert status is not None and status.last_summary == "Sent 1 (1 new), received nothing"  # as the CLI says it
    install_translators(qapp, "de", QLocale("de_DE"))
    try:
        panel = SyncPanel(PageContext(workspace, DataBus(), lambda *_: None))
        qtbot.addWidget(panel)
        assert "Gesendet: 1 (1 neu), empfangen: nichts" in panel.state.text(), panel.state.text()
        assert "Sent" not in panel.state.text()
        with workspace.session() as session:  # a summary stored as English text, before the counts were
            account = session.get(SyncAccount, 1)
            assert account is not None
            account.last_summary = "Sent 2 (2 changed), received nothing"
        panel.reload()
        assert "— Sent 2 (2 changed), received nothing" in panel.state.text()
    finally:
        install_translators(qapp, "en", QLocale("en_GB"))


def test_an_answer_given_on_the_command_line_shows_in_the_open_panel(qtbot, workspace, radicale, memory_keyring):
    # Two processes: the window here, `afterview sync resolve` in a child on the same data folder.
    from desktop.operations.sync_answers import handle
    from desktop.ui.system.outside_changes import OutsideChanges
    from tests.sync.test_cli_sync_answers import GRÁINNE, _both_synced, _retitle_here, _retitle_on_phone

    user, password = radicale.account()
    setup = sync_ops.set_up_account(workspace, radicale.url, user, password)
    _máiréad, gráinne = _both_synced(workspace)
    with Dav(radicale.url, user, password) as phone:
        _retitle_on_phone(phone, setup, GRÁINNE.full_name, "Leiterin HR")
    _retitle_here(workspace, gráinne, "Personalchefin")
    bus = DataBus()
    context = PageContext(workspace, bus, lambda *_: None)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    outside = OutsideChanges(workspace, context.runner, panel)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, context.runner)
    assert panel.model.rowCount() == 1 and panel.state.text().endswith("waiting for you: 1 conflict")
    assert not outside.check()  # the window's own sync and writes are not news to it
    [waiting] = _waiting(workspace)
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(workspace.paths.data_dir), "sync",
                           "resolve", handle(waiting), "--keep-here"], capture_output=True, text=True, timeout=90,
                          env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
                          cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)  # on the light timer, not a reload
    assert not panel.state.text().endswith("waiting for you: 1 conflict"), panel.state.text()
    assert get_contact(workspace, gráinne).title == "Personalchefin"
    assert not outside.check()  # caught up: nothing more is read while nothing changes


def _waiting(workspace) -> list:
    status = sync_ops.sync_status(workspace)
    assert status is not None
    return [*status.conflicts, *status.deletions]

