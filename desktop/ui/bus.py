"""One signal that tells every page the data changed, so each refreshes from the operations layer."""

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    changed = Signal()  # emitted after any operation that wrote to the database
