"""The change bus: the change set every write returns is published here, and the screens showing those records
reload. Only the task runner publishes (TaskRunner.run and TaskRunner.do): no widget announces a change by hand."""

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    published = Signal(object)  # the ChangeSet an operation returned
