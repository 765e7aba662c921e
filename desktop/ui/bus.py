"""The change bus: every page refreshes from the operations layer when it says the data changed."""

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    changed = Signal()  # a hand-written "anything may have changed"; to be replaced by published change sets
    published = Signal(object)  # the ChangeSet an operation returned, published by the task runner
