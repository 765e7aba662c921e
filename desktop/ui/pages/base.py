"""What a page receives from the controller: the workspace, the change bus and a way to open other pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from desktop.operations.workspace import Workspace
    from desktop.ui.bus import DataBus


@dataclass
class PageContext:
    workspace: Workspace
    bus: DataBus
    navigate: Callable[[str, Any], None]  # (page key, the object to open there or None)
    # Import files and report what happened, as the File menu does (the controller's import_files); None
    # where a page is used without the controller, which then offers no import of its own.
    import_files: Callable[[list[Path]], None] | None = None


class Page(Protocol):
    """A page built on first visit. `bind` is called once; `refresh` whenever the data changed."""

    def bind(self, context: PageContext) -> None: ...

    def refresh(self) -> None: ...

    def open_object(self, target: Any) -> None: ...
