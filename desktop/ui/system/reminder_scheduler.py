"""One timer, armed for the next moment a reminder is due.

Why the interval is capped at MAX_SLEEP: Qt's timers count monotonic time, and on Linux the monotonic
clock stops while the computer is suspended. A timer armed for "in 9 hours" before a night asleep
would fire 9 *awake* hours after the lid opens. Waking at least every MAX_SLEEP bounds that delay
and lets the wall clock be compared with the monotonic one: when they disagree by more than JUMP,
the computer slept or the clock was changed, and the plan is made again from scratch. The same
check notices a change of time zone. In between, a wake-up that finds nothing due costs two clock
readings and no database query; 12 of them an hour is far below the idle budget.

Where the system announces a resume (desktop/ui/system/resume_watch.py), `wake_up` re-plans at once instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.operations import reminders as reminder_ops
from desktop.operations.workspace import Workspace

MAX_SLEEP = timedelta(minutes=5)
JUMP = timedelta(seconds=90)  # wall clock and monotonic clock disagreeing by more: a sleep or a clock change


def read_system_zone() -> object:
    """The computer's time zone read afresh (tzlocal caches its first answer)."""
    import tzlocal

    try:
        return tzlocal.reload_localzone()
    except (LookupError, ValueError):
        return None


class ReminderScheduler(QObject):
    due = Signal(list)  # list[Reminder] to say now; already stored as said
    replanned = Signal()  # the plan was made again (data, clock, zone or sleep): counts may have changed
    clock_jumped = Signal(float)  # seconds the wall clock moved beyond the monotonic one

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 zone_reader: Callable[[], object] = read_system_zone) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._monotonic = monotonic
        self._zone_reader = zone_reader
        self._system_zone = zone_reader()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)  # within 5 %: lets the system batch wake-ups
        self.timer.timeout.connect(self._on_timeout)
        self.target: datetime | None = None  # the next wake the plan asked for
        self._armed_wall: datetime | None = None
        self._armed_mono = 0.0

    def replan(self) -> None:
        """Say what is due now, then arm the timer for the next moment; after any change to the data."""
        now = self.workspace.now()
        said, self.target = reminder_ops.check(self.workspace, now)
        self._arm(now)
        self.replanned.emit()
        if said:
            self.due.emit(said)

    def wake_up(self) -> None:
        """The system says it has just resumed from sleep: say what fell due now, not at the next timer wake."""
        self.replan()  # re-arms from now, so the coming timer wake sees no jump and says nothing twice

    def interval_ms(self, now: datetime) -> int:
        """Milliseconds until the target, never more than MAX_SLEEP."""
        wait = MAX_SLEEP if self.target is None else min(self.target - now, MAX_SLEEP)
        return max(0, int(wait.total_seconds() * 1000))

    def _arm(self, now: datetime) -> None:
        self._armed_wall, self._armed_mono = now, self._monotonic()
        self.timer.start(self.interval_ms(now))

    def _on_timeout(self) -> None:
        now = self.workspace.now()
        if self._jumped(now) or self._zone_changed() or (self.target is not None and now >= self.target):
            self.replan()
        else:
            self._arm(now)

    def _jumped(self, now: datetime) -> bool:
        if self._armed_wall is None:
            return True
        wall = (now - self._armed_wall).total_seconds()
        mono = self._monotonic() - self._armed_mono
        if abs(wall - mono) > JUMP.total_seconds():
            self.clock_jumped.emit(wall - mono)
            return True
        return False

    def _zone_changed(self) -> bool:
        """The computer's zone changed since the last look (travel, or set by hand): follow it."""
        zone = self._zone_reader()
        if zone == self._system_zone:
            return False
        self._system_zone = zone
        self.workspace.zone = zone  # type: ignore[assignment]
        return True

