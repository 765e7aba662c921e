"""Stand-ins shared by the GUI tests."""

from __future__ import annotations

from desktop.ui.system.notifications import Notifier


class FakeNotifier(Notifier):
    """Records the notifications it is asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, str]] = []

    def notify(self, key: str, title: str, body: str) -> bool:
        self.shown.append((key, title, body))
        return True
