"""Contacts: the card file, searched as you type, with the selected card beside the list."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import contacts as ops
from desktop.operations.changes import RecordKind
from desktop.operations.progress import Cancelled
from desktop.operations.transfer_types import TransferError
from desktop.operations.vcard_transfer import export_vcards
from desktop.operations.workspace import Workspace
from desktop.ui.cards.card_photo import pastes_a_picture
from desktop.ui.cards.contact_detail import ContactDetail
from desktop.ui.dialogs import open_once
from desktop.ui.i18n import shown_error, texts
from desktop.ui.models.contacts_model import ContactsModel
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.empty_state import EmptyState
from desktop.ui.row_table import Selection, row_table
from desktop.ui.screen_fit import FlowRow, Panes

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop.ui.cards.card_reader import CardReader

_UNKNOWN = -1  # no contact has this id: the detail pane is to be filled afresh
NAME_PADDING = 40  # a cell's padding each side and the header's sort arrow
EMAIL_ROOM = 120  # pixels of the email column kept in sight when a narrow list narrows its Name column
COLUMNS = (132, 165, 135)  # pixels: the Name column at the least, the Title and Company columns to begin with
# Every column in sight without scrolling sideways; narrower, the card goes under the list instead of beside it.
LIST_WIDTH = sum(COLUMNS) + EMAIL_ROOM + 4


class DeleteContact(QUndoCommand):
    """Deleting a card; undo puts it back with its meeting notes, for as long as the app runs."""

    def __init__(self, page: ContactsPage, contact_id: int, name: str) -> None:
        super().__init__(texts.tr("Delete {name}").format(name=name))
        self.page, self.contact_id = page, contact_id
        self.deleted: ops.DeletedContact | None = None

    def redo(self) -> None:
        self.deleted = self.page.context.do(ops.delete_contact, self.contact_id)

    def undo(self) -> None:
        assert self.deleted is not None
        self.page.context.do(ops.restore_contact, self.deleted)
        self.page.select_contact(self.contact_id)


class ContactsPage(QWidget):
    shows = frozenset({RecordKind.CONTACT, RecordKind.SETTINGS})  # the settings hold the phone region

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PageContext | None = None
        self._report: QMessageBox | None = None  # one box for the reports, reused: a new report replaces the last
        self._shown_id: int | None = _UNKNOWN  # the contact in the detail pane
        self.model = ContactsModel(self)
        self.undo_stack = QUndoStack(self)

        # Every widget is made with its parent, top down: with the app's style sheet, each time a built subtree
        # is reparented Qt restyles all of it, and the table lays itself out again (a third of building the page).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(QLabel(self.tr("Contacts"), self, objectName="pageTitle"))
        self.subtitle = QLabel("", self, objectName="pageSubtitle")
        layout.addWidget(self.subtitle)
        self.stack = QStackedLayout()
        layout.addLayout(self.stack, 1)

        self.empty = EmptyState(self.tr("No cards yet"), self.tr(
            "Add a card for everyone you meet, with the name spelled exactly as on their card. Type it in, paste an "
            "email signature, or read it from a photo of the card."),
                                self, icon="contacts")
        self.empty_new_button = self.empty.add_button(self.tr("New card"))
        self.empty_read_button = self.empty.add_button(self.tr("Read card from photo…"))
        self.stack.addWidget(self.empty)

        self.list_page = QWidget(self)
        self.stack.addWidget(self.list_page)
        # The list until refresh() finds the card file empty: shown first, the empty state would load its icon
        # (and read the icon font for it) and lay itself out on the way to a list of cards.
        self.stack.setCurrentWidget(self.list_page)
        column = QVBoxLayout(self.list_page)
        column.setContentsMargins(0, 8, 0, 0)
        # The search and the buttons on one line where the width holds them, else wrapped onto more lines.
        toolbar = FlowRow(parent=self.list_page)
        column.addWidget(toolbar)
        self.search = QLineEdit(self.list_page, placeholderText=self.tr("Search name, company, title, email or phone"),
                                clearButtonEnabled=True)
        self.search.setMinimumWidth(180)  # the toolbar's seven buttons fit beside it in a 1024-pixel window
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setToolTip(self.search.placeholderText())  # the hint, whole, where the field cuts it short
        self.new_button = QPushButton(self.tr("New card"), self.list_page, objectName="primary")
        self.read_button = QPushButton(self.tr("Read card from photo…"), self.list_page)
        self.read_button.setToolTip(self.tr("Read one or more photos of business cards, or a folder of them; you "
                                            "review each card before it is saved. Or drop the photos here, or paste "
                                            "one (Ctrl+V)."))
        self.edit_button = QPushButton(self.tr("Edit"), self.list_page)
        self.delete_button = QPushButton(self.tr("Delete"), self.list_page)
        self.undo_button = QPushButton(self.tr("Undo delete"), self.list_page)
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.undo_button.hide()
        self.import_button = QPushButton(self.tr("Import…"), self.list_page)
        self.import_button.setToolTip(self.tr("Add or update cards from a vCard (.vcf) file or LinkedIn's "
                                              "Connections.csv"))
        self.export_button = QPushButton(self.tr("Export…"), self.list_page)
        export_menu = QMenu(self.export_button)
        self.export_all_action = export_menu.addAction(self.tr("All cards…"))
        self.export_selected_action = export_menu.addAction(self.tr("Selected cards…"))
        self.export_button.setMenu(export_menu)
        toolbar.add(self.search)
        toolbar.stretch(self.search)
        for button in (self.undo_button, self.new_button, self.read_button, self.edit_button, self.delete_button,
                       self.import_button, self.export_button):
            toolbar.add(button)
        self.no_match = QLabel("", self.list_page, objectName="pageSubtitle")
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()
        column.addWidget(self.no_match)

        # The card beside the list while the window holds both, else under it (200 % on a 1366 × 768 screen).
        splitter = Panes(parent=self.list_page)
        column.addWidget(splitter, 1)
        self.table = row_table(self.model, splitter, Selection.ExtendedSelection)  # several, to export
        self.table.setMinimumWidth(LIST_WIDTH)
        self.table.setAccessibleName(self.tr("Contacts"))
        # Names, titles and emails need no shaping (no ligatures or joined scripts), and skipping it where a
        # font does not require it cuts painting the visible rows by a third: most of each keystroke's frame.
        font = self.table.font()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.table.setFont(font)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for section, width in enumerate(COLUMNS):
            header.resizeSection(section, width)
        self.table.hideColumn(4)  # the phone is on the card beside the list, and search finds it
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = ContactDetail(splitter)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.share(560, 320)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        # Ctrl+V outside a text field reads a pasted photo of a card (a text field keeps its own paste).
        self.paste_photo_action = QAction(self.tr("Paste card photo"), self, shortcut=QKeySequence.StandardKey.Paste)
        self.paste_photo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.paste_photo_action)
        self.reader: CardReader | None = None
        self.setAcceptDrops(True)
        self.search.installEventFilter(self)  # a picture pasted into the search is a card to read, not a search
        self._name_width = COLUMNS[0]  # the Name column's width where the list has room: the longest name's
        self.table.viewport().installEventFilter(self)  # narrowed, the list narrows its Name column

        self.search.textChanged.connect(self._on_search)
        self.new_button.clicked.connect(self.new_card)
        self.empty_new_button.clicked.connect(self.new_card)
        self.read_button.clicked.connect(self.choose_card_photos)
        self.empty_read_button.clicked.connect(self.choose_card_photos)
        self.paste_photo_action.triggered.connect(self.paste_card_photo)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.import_button.clicked.connect(self.choose_import)
        self.export_all_action.triggered.connect(lambda: self.choose_export(selected_only=False))
        self.export_selected_action.triggered.connect(lambda: self.choose_export(selected_only=True))
        self.undo_stack.canUndoChanged.connect(self.undo_button.setVisible)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._on_selection()

    @property
    def context(self) -> PageContext:
        assert self._context is not None, "bind() first"
        return self._context

    @property
    def workspace(self) -> Workspace:
        return self.context.workspace

    def bind(self, context: PageContext) -> None:
        self._context = context
        self.import_button.setVisible(context.import_files is not None)

    def refresh(self) -> None:
        selected = self.selected_ids()
        contacts = ops.contact_rows(self.workspace)
        self.model.set_contacts(contacts, self.workspace.settings.default_phone_region)
        self._fit_names(contacts.names)
        count = len(contacts)
        self.subtitle.setText(self.tr("%n card(s)", "", count) if count else self.tr("Your card file"))
        self.stack.setCurrentWidget(self.list_page if count else self.empty)
        self._show_no_match()
        self._shown_id = _UNKNOWN  # the shown card may have changed: read it again
        self.select_contacts(selected)
        self._on_selection()

    def _fit_names(self, names: Sequence[str]) -> None:
        """The Name column as wide as the longest name, within reason: the list is read by its names."""
        metrics = self.table.fontMetrics()
        # Measuring the fifty longest is enough to find the widest, and costs nothing with 20,000 cards.
        widest = max((metrics.horizontalAdvance(name) for name in heapq.nlargest(50, names, key=len)), default=0)
        self._name_width = min(max(widest + NAME_PADDING, COLUMNS[0]), 300)
        self._bound_names()

    def _bound_names(self) -> None:
        """The Name column no wider than the list leaves it beside the title, company and some of the email: a
        long name made a narrow list (200 % on 1366 × 768) scroll sideways, when the card beside or under it
        shows the name whole."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - header.sectionSize(1) - header.sectionSize(2) - EMAIL_ROOM
        header.resizeSection(0, max(min(self._name_width, room), COLUMNS[0]))

    def open_object(self, target: object) -> None:
        """Select a contact given by id."""
        if isinstance(target, int):
            self.search.clear()
            self.select_contact(target)

    def selected_ids(self) -> list[int]:
        """The selected contacts, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).contact_id for row in rows]

    def selected_id(self) -> int | None:
        """The selected contact when exactly one is selected (what Edit, Delete and the card pane act on)."""
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select_contact(self, contact_id: int) -> None:
        self.select_contacts([contact_id])

    def select_contacts(self, contact_ids: list[int]) -> None:
        """Select these contacts where the list shows them, scrolling to the first."""
        rows = [row for row in map(self.model.row_of, contact_ids) if row is not None]
        if not rows:
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        selection_model = self.table.selectionModel()
        selection_model.select(selection, selection_model.SelectionFlag.ClearAndSelect)
        selection_model.setCurrentIndex(self.model.index(rows[0], 0), selection_model.SelectionFlag.NoUpdate)
        self.table.scrollTo(self.model.index(rows[0], 0))

    def new_card(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self._open_dialog(contact_id)

    def _open_dialog(self, contact_id: int | None) -> None:
        # Imported on first use: the dialog brings the QR reader and image libraries, ~0.1 s the page need not wait.
        from desktop.ui.cards.card_dialog import CardDialog
        from desktop.ui.cards.card_dialog_controller import CardDialogController

        dialog = CardDialog(self.context.workspace.settings.default_phone_region, self)
        CardDialogController(dialog, self.context, contact_id).saved.connect(self.select_contact)
        open_once(dialog)

    def confirm_delete(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        name = self.model.row_at(self.table.selectionModel().selectedRows()[0].row()).name
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete card"),
                          self.tr("Delete the card of {name}?").format(name=name), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Their meeting notes and thank-you notes are deleted with it. Undo with Ctrl+Z "
                                       "until you close Afterview."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.finished.connect(lambda _result: box.clickedButton() is delete
                             and self.undo_stack.push(DeleteContact(self, contact_id, name)))
        open_once(box)

    # --- cards read from photos ------------------------------------------------------------------------------
    def card_reader(self) -> CardReader:
        if self.reader is None:
            from desktop.ui.cards.card_reader import CardReader

            self.reader = CardReader(self.context, self)
            self.reader.reviewed.connect(self.select_contacts)
        return self.reader

    def choose_card_photos(self) -> None:
        """Ask for photos of cards (several may be chosen) and read them."""
        from desktop.ui.cards.card_reader import PHOTO_FILTER

        dialog = QFileDialog(self, self.tr("Read cards from photos"), str(Path.home()), PHOTO_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda names: self.read_card_photos([Path(n) for n in names]))
        open_once(dialog)

    def read_card_photos(self, paths: list[Path]) -> None:
        """Read the photos (a folder: the photos in it) in the background, then review each card in turn."""
        self.card_reader().read(paths)

    def paste_card_photo(self) -> None:
        """Read the picture on the clipboard as a card; say so when the clipboard holds none."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self._tell(QMessageBox.Icon.Information,
                       self.tr("The clipboard holds no picture to read as a card. Copy the photo (not its file) and "
                               "paste again, or use Read card from photo…."), self.tr(
                           "Paste card photo"))
            return
        self.card_reader().read_image(image)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and pastes_a_picture(event):
            self.paste_card_photo()
            return True
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._bound_names()
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from desktop.ui.cards.card_reader import card_photos_dropped

        if card_photos_dropped(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()  # a vCard goes on to the window, which imports it

    def dropEvent(self, event: QDropEvent) -> None:
        from desktop.ui.cards.card_reader import card_photos_dropped

        photos = card_photos_dropped(event.mimeData())
        if photos:
            event.acceptProposedAction()
            self.read_card_photos(photos)
        else:
            event.ignore()

    def choose_import(self) -> None:
        """Ask for vCard files (or LinkedIn's Connections.csv) and import them the way the File menu and a drop on the
        window do."""
        dialog = QFileDialog(self, self.tr("Import contacts"), str(Path.home()),
                             self.tr("vCard files or LinkedIn connections (*.vcf *.vcard *.csv);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        import_files = self.context.import_files
        assert import_files is not None, "the button is hidden without it"
        dialog.filesSelected.connect(lambda names: import_files([Path(n) for n in names]))
        open_once(dialog)

    def choose_export(self, selected_only: bool) -> None:
        """Ask where to write all cards, or the selected ones, as one vCard file."""
        ids = self.selected_ids() if selected_only else None
        if ids == []:
            return
        title = self.tr("Export all cards") if ids is None else self.tr("Export %n selected card(s)", "", len(ids))
        dialog = QFileDialog(self, title, str(Path.home() / "contacts.vcf"), self.tr("vCard files (*.vcf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("vcf")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name), ids))
        open_once(dialog)

    def export_to(self, path: Path, contact_ids: list[int] | None) -> None:
        """Write the cards (all when `contact_ids` is None) to `path`, off the GUI thread, and say how many, or
        why not."""
        self.context.runner.run(
            self.tr("Exporting {file}").format(file=path.name),
            lambda workspace, progress: export_vcards(workspace, path, contact_ids, progress=progress),
            lambda count: self._tell(QMessageBox.Icon.Information,
                                     self.tr("%n card(s) written to {path}.", "", count).format(path=path)),
            lambda error: self._tell(QMessageBox.Icon.Warning,
                                     self.tr("The export was cancelled: {path} was not written.").format(path=path)
                                     if isinstance(error, Cancelled) else shown_error(error)),
            expected=(TransferError,))

    def _tell(self, icon: QMessageBox.Icon, text: str, title: str = "") -> None:
        if self._report is None:
            self._report = QMessageBox(parent=self)
            self._report.setTextFormat(Qt.TextFormat.PlainText)
        self._report.setIcon(icon)
        self._report.setWindowTitle(title or self.tr("Export"))
        self._report.setText(text)
        self._report.open()

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)
        self._show_no_match()
        self._on_selection()  # the selected card may no longer be shown

    def _show_no_match(self) -> None:
        empty = self.model.contact_count() > 0 and self.model.rowCount() == 0
        self.no_match.setText(self.tr("No card matches “{search}”.").format(search=self.search.text().strip())
                              if empty else "")
        self.no_match.setVisible(empty)

    def _on_selection(self, *_: QItemSelection | QModelIndex) -> None:
        selected = self.selected_ids()
        contact_id = selected[0] if len(selected) == 1 else None
        self.edit_button.setEnabled(contact_id is not None)
        self.delete_button.setEnabled(contact_id is not None)
        self.export_selected_action.setEnabled(bool(selected))
        self.export_selected_action.setText(self.tr("Selected cards ({selected})…").format(
            selected=len(selected)) if selected else self.tr("Selected cards…"))
        shown = contact_id if contact_id is not None else -len(selected)  # none, or how many are selected
        if shown == self._shown_id:
            return  # the same card: not read again on every keystroke of a search
        self._shown_id = shown
        details = ops.contact_details(self.workspace, contact_id) if contact_id is not None else None
        self.detail.show_contact(details, self.workspace.settings.default_phone_region if details else "",
                                 len(selected))
