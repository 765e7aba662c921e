"""Item data roles shared by models and the views that read them."""

from PySide6.QtCore import Qt

ItemRole = Qt.ItemDataRole.UserRole + 1  # the plain record behind a row (an AgendaItem, a Marker, ...)
