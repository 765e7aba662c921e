"""Wires reminders into the running app: the scheduler, the tray (or the in-window banner), notifications,
close to tray, the debrief dialog and start at login."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QVBoxLayout

from desktop import APP_NAME
from desktop.core.agenda import AgendaItem
from desktop.core.reminders import Debrief, Reminder
from desktop.operations import reminders as reminder_ops
from desktop.ui.controller import AppController
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown
from desktop.ui.notes.scheduled_sending import ScheduledSending
from desktop.ui.system import autostart
from desktop.ui.system.notifications import Notifier, make_notifier
from desktop.ui.system.reminder_banner import ReminderBanner
from desktop.ui.system.reminder_scheduler import ReminderScheduler
from desktop.ui.system.resume_watch import ResumeWatcher, watch_resume
from desktop.ui.system.tray import Tray, tray_available

NOTIFY_AT_ONCE = 3  # more reminders at once become one summary notification
CLOSE_EXPLAINED = "tray/close_explained"
NO_TRAY_SAID = "tray/unavailable_said"
_UNSET = object()


class ReminderService(QObject):
    def __init__(self, controller: AppController, state: QSettings, notifier: Notifier | object | None = _UNSET,
                 with_tray: bool | None = None, resume_watcher: ResumeWatcher | object | None = _UNSET) -> None:
        super().__init__(controller)
        self.controller = controller
        self.workspace = controller.workspace
        self.state = state
        self.window = controller.window
        self._shown: dict[str, Reminder] = {}  # reminders notified this session, by key, for "Open"
        self._autostart_applied = False  # at start only an enabled entry is rewritten (it may point elsewhere)
        self.banner = ReminderBanner()
        today_layout = self.window.today.layout()
        assert isinstance(today_layout, QVBoxLayout)
        today_layout.insertWidget(2, self.banner)  # under the title and date
        self.banner.open_reminder.connect(self.open_reminder)

        self.tray: Tray | None = None
        if with_tray if with_tray is not None else tray_available():
            self.tray = Tray(self)
            menu = self.tray.menu
            menu.open_item.connect(self.open_item)
            menu.snooze_hour.connect(lambda: self.snooze_all(timedelta(hours=1)))
            menu.snooze_morning.connect(lambda: self.snooze_all(None))
            menu.open_window.connect(self.show_window)
            menu.quit_requested.connect(controller.quit)
            self.tray.icon.activated.connect(self._on_tray_activated)
            self.tray.show()
            QApplication.setQuitOnLastWindowClosed(False)  # a dialog closing over a hidden window must not quit
            controller.hide_on_close = self._keep_running
        else:
            self._say_no_tray_once()
        self.notifier = make_notifier(self.tray.icon if self.tray else None, self) if notifier is _UNSET else notifier
        if self.notifier is not None:
            self.notifier.activated.connect(self._on_notification_opened)

        self.scheduler = ReminderScheduler(self.workspace, self)
        self.scheduler.due.connect(self.say)
        self.scheduler.replanned.connect(self.refresh_tray)
        self.resume_watcher = watch_resume(self) if resume_watcher is _UNSET else resume_watcher
        if isinstance(self.resume_watcher, ResumeWatcher):
            self.resume_watcher.resumed.connect(self.scheduler.wake_up)
        self.sending = self._start_sending(controller)
        controller.bus.published.connect(self._on_data_changed)
        self._sync_autostart()
        self.scheduler.replan()
        self.sending.check()  # notes missed while the app was not running are asked about now

    def _start_sending(self, controller: AppController) -> ScheduledSending:
        """Scheduled notes go out from here, the app's long-lived part; Today's buttons act on them."""
        sending = ScheduledSending(controller.runner, self.workspace, self.window)
        sending.sent.connect(lambda note: self._tell_about_send(
            self.tr("Note to {full_name} sent").format(full_name=note.full_name), f"{note.company} · {note.role}"))
        sending.failed.connect(lambda note, why: self._tell_about_send(
            self.tr("Note to {name} not sent").format(name=note.full_name),
            why.splitlines()[0] + " " + self.tr("It stays scheduled: open it in Afterview to send it now, pick a new "
                                                "time, or cancel the schedule.")))
        today = self.window.today
        today.send_scheduled_requested.connect(lambda item: sending.send_now(item.interview_id, item.contact_id))
        today.cancel_schedule_requested.connect(lambda item: sending.cancel(item.interview_id, item.contact_id))
        if isinstance(self.resume_watcher, ResumeWatcher):
            self.resume_watcher.resumed.connect(sending.check)  # what fell due asleep is asked about, not sent
        return sending

    def _tell_about_send(self, title: str, body: str) -> None:
        self.window.statusBar().showMessage(f"{title}. {body}", 15000)
        if self.notifier is not None:
            self.notifier.notify(f"send:{title}", title, body)

    def _on_data_changed(self, _changes: object = None) -> None:
        self._sync_autostart()
        self.scheduler.replan()
        self.sending.check()

    def refresh_tray(self) -> None:
        if self.tray is not None:
            shown = reminder_ops.for_tray(self.workspace, self.workspace.now())
            self.tray.set_items(shown.due, soon=shown.soon, zone=self.workspace.zone)

    def say(self, reminders: list[Reminder]) -> None:
        """Notifications for what fell due; the window's banner too where there is no tray or no notifier."""
        for reminder in reminders:
            self._shown[reminder.key] = reminder
        if self.notifier is not None:
            if len(reminders) > NOTIFY_AT_ONCE:
                latest = reminders[-1]
                self.notifier.notify(latest.key, self.tr("%n reminders from {app}", "", len(reminders)).format(
                    app=APP_NAME), "\n".join(shown(r.title) for r in reminders[:6]))
            else:
                for reminder in reminders:
                    self.notifier.notify(reminder.key, shown(reminder.title), shown(reminder.body))
        if self.tray is None or self.notifier is None:
            self.banner.add(reminders)

    def _on_notification_opened(self, key: str) -> None:
        reminder = self._shown.get(key)
        if reminder is not None:
            self.open_reminder(reminder)

    def open_reminder(self, reminder: Reminder) -> None:
        if isinstance(reminder.subject, Debrief):
            self.open_debrief(reminder.subject.interview_id)
        else:
            self.open_item(reminder.subject)

    def open_item(self, item: AgendaItem) -> None:
        self.show_window()
        self.controller.open_item(item)

    def open_debrief(self, interview_id: int) -> None:
        from desktop.ui.interviews.debrief_dialog import DebriefDialog

        self.show_window()
        dialog = DebriefDialog(self.controller.context, interview_id, self.window)
        open_once(dialog)

    def snooze_all(self, delay: timedelta | None) -> None:
        """Every item due today, for an hour (delay) or until tomorrow morning (None)."""
        now = self.workspace.now()
        until = now + delay if delay is not None else reminder_ops.tomorrow_morning(self.workspace, now)
        self.controller.runner.do(reminder_ops.snooze, [i.key for i in reminder_ops.due_today(self.workspace, now)],
                                  until)

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            if self.window.isVisible():
                self.window.hide()
            else:
                self.show_window()

    def _keep_running(self) -> bool:
        """Closing the window: hide to the tray when the setting says so, explaining it the first time."""
        if self.tray is None or not self.workspace.settings.close_to_tray:
            return False
        if not self.state.value(CLOSE_EXPLAINED, False, bool):
            self.state.setValue(CLOSE_EXPLAINED, True)
            self.tray.icon.showMessage(
                self.tr("{APP_NAME} is still running").format(APP_NAME=APP_NAME), self.tr(
                    "It keeps watching your deadlines from here, so reminders arrive on time. Quit from this icon's "
                    "menu; turn this off in Settings › Reminders."),
                QSystemTrayIcon.MessageIcon.Information, 12000)
        return True

    def _say_no_tray_once(self) -> None:
        if self.state.value(NO_TRAY_SAID, False, bool):
            return
        self.state.setValue(NO_TRAY_SAID, True)
        self.banner.note(self.tr("This desktop shows no tray icons, so reminders appear here while the window is "
                                 "open, and closing the window quits {APP_NAME}.").format(APP_NAME=APP_NAME))

    def _sync_autostart(self) -> None:
        wanted = self.workspace.settings.start_at_login
        if wanted == self._autostart_applied:
            return
        try:
            autostart.apply(wanted)
        except OSError as error:
            self.window.statusBar().showMessage(self.tr("Start at login could not be changed: {error}").format(
                error=error), 8000)
        self._autostart_applied = wanted
