"""The user's locale name, for the phone region and spelling language proposed when nothing is set."""

from __future__ import annotations

import os

from desktop.core.locale_defaults import locale_from_environment


def system_locale_name() -> str:
    """The POSIX locale variables where any is set (Linux, a terminal), otherwise the platform's own (Qt)."""
    named = locale_from_environment(os.environ)
    if named is not None:
        return named
    from PySide6.QtCore import QLocale

    return QLocale.system().name()
