"""What a page receives from the controller: the workspace, the change bus and a way to open other pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from desktop.operations.changes import RecordKind

if TYPE_CHECKING:
    from desktop.operations.workspace import Workspace
    from desktop.ui.bus import DataBus
    from desktop.ui.runner import TaskRunner

T = TypeVar("T")
P = ParamSpec("P")


@dataclass
class PageContext:
    workspace: Workspace
    bus: DataBus
    navigate: Callable[[str, Any], None]  # (page key, the object to open there or None)
    # Import files and report what happened, as the File menu does (the controller's import_files); None
    # where a page is used without the controller, which then offers no import of its own.
    import_files: Callable[[list[Path]], None] | None = None
    task_runner: TaskRunner | None = None  # the window's; a page used without one gets its own, showing no progress

    @property
    def runner(self) -> TaskRunner:
        """Where slow operations run, off the GUI thread (desktop.ui.runner)."""
        if self.task_runner is None:
            from desktop.ui.runner import TaskRunner

            self.task_runner = TaskRunner(self.workspace, self.bus, parent=self.bus)
        return self.task_runner

    def do(self, operation: Callable[Concatenate[Workspace, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a quick write through the runner's door (TaskRunner.do): its change set is published."""
        return self.runner.do(operation, *args, **kwargs)


class Page(Protocol):
    """A page built on first visit. `bind` is called once; `refresh` whenever a kind of record it `shows`
    changed (a page without `shows` is taken to show every kind)."""

    shows: frozenset[RecordKind]

    def bind(self, context: PageContext) -> None: ...

    def refresh(self) -> None: ...

    def open_object(self, target: Any) -> None: ...


def kinds_shown(page: object) -> frozenset[RecordKind]:
    """The kinds of record a page shows, so a change to others leaves it as it is."""
    return getattr(page, "shows", frozenset(RecordKind))
