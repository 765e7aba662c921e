"""Calendar: a month with coloured markers for interviews and deadlines, and the selected day's agenda beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import calendar as calendar_ops
from desktop.operations.calendar import CalendarSnapshot, Marker, MarkerKind
from desktop.operations.changes import RecordKind
from desktop.ui.colours import ACCENT, INK_SOFT
from desktop.ui.dates import long_date
from desktop.ui.i18n import shown
from desktop.ui.models.day_agenda_model import DayAgendaModel
from desktop.ui.models.roles import ItemRole
from desktop.ui.pages.base import PageContext
from desktop.ui.screen_fit import Panes
from desktop.ui.style import colour, marker_colour, set_property, set_tone

DOT = 8
class MarkedCalendar(QCalendarWidget):
    """A month grid that paints one coloured dot per kind of marker on each day, and rings today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.markers: dict[date, list[Marker]] = {}
        self.today: date | None = None
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMinimumSize(460, 360)
        self.setAccessibleName(self.tr("Month"))
        self.findChild(QTableView).setAccessibleName(self.tr("Days of the month"))  # the grid inside Qt's calendar
        self._colour_weekends()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_weekends()
        super().changeEvent(event)

    def _colour_weekends(self) -> None:
        """Weekends in the scheme's soft ink: Qt's own red is unreadable on dark and alarming on light."""
        weekend = QTextCharFormat()
        weekend.setForeground(colour(INK_SOFT))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)

    def set_markers(self, markers: dict[date, list[Marker]], today: date) -> None:
        self.markers, self.today = markers, today
        self.updateCells()

    def kinds_on(self, day: date) -> list[MarkerKind]:
        """The distinct kinds marked on a day, in the legend's order."""
        present = {m.kind for m in self.markers.get(day, ())}
        return [kind for kind in MarkerKind if kind in present]

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate | date) -> None:
        super().paintCell(painter, rect, qdate)
        day = qdate.toPython() if isinstance(qdate, QDate) else qdate
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if day == self.today:
            painter.setPen(QPen(colour(ACCENT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        kinds = self.kinds_on(day)
        if kinds:
            width = len(kinds) * (DOT + 3) - 3
            x = rect.center().x() - width // 2
            y = rect.bottom() - DOT - 4
            painter.setPen(Qt.PenStyle.NoPen)
            for kind in kinds:
                painter.setBrush(marker_colour(kind))
                painter.drawEllipse(QRect(QPoint(x, y), QPoint(x + DOT - 1, y + DOT - 1)))
                x += DOT + 3
        painter.restore()


def _legend() -> QWidget:
    """The marker colours in three columns, so every label has room at the window's usual width."""
    legend = QWidget()
    grid = QGridLayout(legend)
    grid.setContentsMargins(0, 4, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    for number, kind in enumerate(MarkerKind):
        row, column = divmod(number, 3)
        dot = QLabel("●")
        dot.setStyleSheet("font-size: 12pt;")
        set_property(dot, "marker", kind.value)
        grid.addWidget(dot, row, column * 2)
        grid.addWidget(QLabel(shown(kind.label)), row, column * 2 + 1)
    grid.setColumnStretch(5, 1)
    for column in (1, 3):
        grid.setColumnMinimumWidth(column, 150)
    return legend


class CalendarPage(QWidget):
    # Markers come from opportunities, their interviews, notes and calls, with deadlines from the settings;
    # no contact's name or card is shown.
    shows = frozenset({RecordKind.OPPORTUNITY, RecordKind.INTERVIEW, RecordKind.NOTE, RecordKind.CALL,
                       RecordKind.SETTINGS})
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: PageContext | None = None
        self.snapshot = CalendarSnapshot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("Calendar"), objectName="pageTitle"))
        title_row.addStretch(1)
        self.today_button = QPushButton(self.tr("Today"))
        title_row.addWidget(self.today_button)
        layout.addLayout(title_row)
        layout.addWidget(QLabel(self.tr("Interviews, note deadlines, follow-up calls, move-on dates and your own "
                                        "dates."), objectName="pageSubtitle", wordWrap=True))
        # The day's agenda beside the month while the window holds both, else under it (200 % on 1366 × 768).
        body = Panes(QWidget(), QWidget())
        body.setHandleWidth(12)
        layout.addWidget(body, 1)
        left = QVBoxLayout(body.widget(0))
        left.setContentsMargins(0, 0, 0, 0)
        self.calendar = MarkedCalendar()
        left.addWidget(self.calendar, 1)
        left.addWidget(_legend())
        right = QVBoxLayout(body.widget(1))
        right.setContentsMargins(0, 0, 0, 0)
        self.day_label = QLabel(objectName="dayTitle")
        self.day_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        right.addWidget(self.day_label)
        self.agenda_view = QListView()
        self.agenda_view.setAccessibleName(self.tr("The selected day's agenda"))
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.setSpacing(3)
        right.addWidget(self.agenda_view, 1)
        self.empty_day = QLabel(self.tr("Nothing on this day."))
        set_tone(self.empty_day, "hint")
        right.addWidget(self.empty_day)
        hint = QLabel(self.tr("Double-click or press Enter to open an item."), wordWrap=True)
        set_tone(hint, "hint")
        right.addWidget(hint)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.share(600, 400)

    def bind(self, context: PageContext) -> None:
        self.context = context
        self.model = DayAgendaModel(context.workspace.zone, self)
        self.agenda_view.setModel(self.model)
        self.calendar.setSelectedDate(QDate(self._today()))
        self.calendar.currentPageChanged.connect(self._on_month)
        self.calendar.selectionChanged.connect(self._on_day)
        self.agenda_view.activated.connect(self._on_activated)
        self.today_button.clicked.connect(self.go_today)

    def _today(self) -> date:
        assert self.context is not None
        workspace = self.context.workspace
        return workspace.now().astimezone(workspace.zone).date()

    def refresh(self) -> None:
        """Load and derive everything once; month switches then only look up the snapshot."""
        assert self.context is not None
        self.snapshot = calendar_ops.snapshot(self.context.workspace)
        self._on_month(self.calendar.yearShown(), self.calendar.monthShown())
        self._on_day()

    def go_today(self) -> None:
        self.calendar.setSelectedDate(QDate(self._today()))
        self.calendar.setFocus()

    def selected_day(self) -> date:
        return self.calendar.selectedDate().toPython()

    def _on_month(self, year: int, month: int) -> None:
        self.calendar.set_markers(self.snapshot.month(year, month), self._today())

    def _on_day(self) -> None:
        day = self.selected_day()
        self.day_label.setText(long_date(day) + (self.tr("  ·  today") if day == self._today() else ""))
        self.model.set_rows(self.snapshot.day(day))
        self.empty_day.setVisible(self.model.rowCount() == 0)

    def _on_activated(self, index: QModelIndex) -> None:
        """A note deadline opens that interview's notes; everything else its opportunity (and interview)."""
        marker = index.data(ItemRole)
        if marker is None or self.context is None:
            return
        if marker.kind is MarkerKind.NOTE and marker.target.interview_id is not None:
            self.context.navigate("notes", (marker.target.interview_id, None))
        else:
            self.context.navigate("opportunities", marker.target)
