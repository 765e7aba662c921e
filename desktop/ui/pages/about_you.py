"""The first-run questions on the welcome: the name and email to sign notes with, the phone region and the
spelling language (both proposed from the system's locale). Everything is optional and editable later."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.settings import SPELLING_LANGUAGES, Settings
from desktop.ui.combo_box import ComboBox
from desktop.ui.i18n import shown, shown_error
from desktop.ui.style import set_tone


def region_name(code: str) -> str:
    """'IE' -> 'Ireland (IE)'; a code Qt does not know is shown as it is."""
    territory = QLocale.codeToTerritory(code)
    return f"{QLocale.territoryToString(territory)} ({code})" if territory != QLocale.Country.AnyTerritory else code


class AboutYouForm(QWidget):
    edited = Signal()  # the user finished editing a field (left it, or changed a choice)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutYou")
        self.setFixedWidth(460)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 12)
        form = QFormLayout()
        self.your_name = QLineEdit(placeholderText=self.tr("e.g. Siobhán Ní Bhriain"))
        self.your_name.setToolTip(self.tr("Signs your thank-you notes and heads the printed checklist"))
        self.your_email = QLineEdit(placeholderText=self.tr("e.g. siobhan@example.com"))
        self.your_email.setToolTip(self.tr("The address your notes are sent from"))
        self.region = ComboBox()
        self.region.setToolTip(self.tr("Phone numbers typed without +country are read as numbers of this country"))
        self.spelling = ComboBox()
        self.spelling.setToolTip(self.tr("The dictionary the note checks use"))
        form.addRow(self.tr("Sign your notes as"), self.your_name)
        form.addRow(self.tr("Your email"), self.your_email)
        form.addRow(self.tr("Phone numbers from"), self.region)
        form.addRow(self.tr("Spelling"), self.spelling)
        column.addLayout(form)
        self.hint = QLabel(self.tr("Proposed from your computer's language settings. All optional; change them any "
                                   "time under Settings."), wordWrap=True, objectName="settingHint")
        self.error = QLabel("", wordWrap=True, objectName="error")
        for label in (self.hint, self.error):
            label.setTextFormat(Qt.TextFormat.PlainText)  # an address is quoted as typed
            column.addWidget(label)
        set_tone(self.hint, "hint")
        set_tone(self.error, "error")
        self.error.hide()
        for line in (self.your_name, self.your_email):
            line.editingFinished.connect(self.edited)
        for combo in (self.region, self.spelling):
            combo.activated.connect(self.edited)

    def show_settings(self, settings: Settings, regions: list[str]) -> None:
        """Fill the form from the settings (the locale's proposals included), unless the user is typing in it."""
        if self.region.count() == 0:
            for code in sorted(regions, key=region_name):
                self.region.addItem(region_name(code), code)
            for code, label in SPELLING_LANGUAGES.items():
                self.spelling.addItem(shown(label), code)
        for line, value in ((self.your_name, settings.your_name), (self.your_email, settings.your_email)):
            if not line.isModified():
                line.setText(value)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.default_phone_region)))
        self.spelling.setCurrentIndex(max(0, self.spelling.findData(settings.spelling_language)))

    def settings_from(self, settings: Settings) -> Settings | None:
        """The settings with the form's answers, or None (and the reason shown) when the email is not an address."""
        from desktop.core import mail  # email-validator is slow to import; the welcome shows without it

        email = self.your_email.text().strip()
        try:
            if email:
                mail.check_address(email, "sender")
        except mail.MailError as error:
            self.error.setText(self.tr("{error}. Correct it, or clear the field to add it later under Settings → "
                                       "You.").format(error=shown_error(error)))
            self.error.show()
            return None
        self.error.hide()
        return dataclasses.replace(
            settings, your_name=" ".join(self.your_name.text().split()), your_email=email,
            default_phone_region=self.region.currentData() or settings.default_phone_region,
            spelling_language=self.spelling.currentData() or settings.spelling_language)
