"""One door for every change: writes go through the runner, which publishes what they changed, and only the
pages showing those records reload."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop
from desktop.core.cards import ContactCard
from desktop.operations import contacts
from desktop.operations import opportunities as opps
from desktop.ui.bus import DataBus

UI = Path(desktop.__file__).parent / "ui"
OPERATIONS = Path(desktop.__file__).parent / "operations"
RUNNER = UI / "runner.py"
# What an operation returns when it writes: a change set, or a result carrying one.
WRITE_RESULTS = {"ChangeSet", "Created", "SettingsSaved"}


def _writes() -> set[str]:
    """The operations that write, known by what they return."""
    names = set()
    for path in OPERATIONS.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and node.returns is not None
                    and ast.unparse(node.returns) in WRITE_RESULTS):
                names.add(node.name)
    return names


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _on_a_workspace(call: ast.Call) -> bool:
    """An operation is given the workspace first (a widget's method of the same name is not)."""
    return bool(call.args) and ast.unparse(call.args[0]).endswith("workspace")


def _worker_calls(tree: ast.AST) -> set[ast.Call]:
    """Calls inside an operation handed to the runner: a function whose first parameter is the worker's own
    workspace, passed on as the call's first argument."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.Lambda) and node.args.args:
            own = node.args.args[0].arg
            if own != "workspace":
                continue
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Name)
                        and call.args[0].id == own):
                    found.add(call)
    return found


def test_no_widget_announces_a_change_by_hand() -> None:
    assert not hasattr(DataBus, "changed")  # the hand-written "anything changed" is gone
    writes = _writes()
    assert {"add_contact", "update_contact", "set_tick", "apply_settings", "move_on"} <= writes
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        on_worker = _worker_calls(tree)
        for node in ast.walk(tree):
            where = f"{path.relative_to(UI.parent.parent)}:{getattr(node, 'lineno', 0)}"
            if (isinstance(node, ast.Attribute) and node.attr == "emit" and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "published" and path != RUNNER):
                found.append(f"{where} publishes by hand")
            if (isinstance(node, ast.Call) and _called_name(node) in writes and _on_a_workspace(node)
                    and node not in on_worker):
                found.append(f"{where} calls {_called_name(node)} outside the door")
    assert found == []


def test_a_contacts_change_reloads_the_contacts_page_and_leaves_the_calendar(app_window, monkeypatch) -> None:
    window, controller = app_window
    for key in ("calendar", "contacts"):  # both built and shown once, so neither waits to be reloaded
        controller.open_page(key)
    reloads: dict[str, int] = {"calendar": 0, "contacts": 0}
    for key in reloads:
        page = window.pages[key]
        reload = page.refresh

        def counted(key: str = key, reload=reload) -> None:
            reloads[key] += 1
            reload()

        monkeypatch.setattr(page, "refresh", counted)

    controller.context.do(contacts.add_contact, ContactCard(full_name="Zoë Ångström-Łukasiewicz"))
    assert reloads == {"calendar": 0, "contacts": 1}
    model = window.pages["contacts"].model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Zoë Ångström-Łukasiewicz"]
    controller.open_page("calendar")
    assert reloads == {"calendar": 0, "contacts": 1}  # not even on its next visit: nothing it shows changed

    controller.context.do(opps.add_opportunity, "Ørsted Vindkraft Ålborg", "Produktchef")
    assert reloads == {"calendar": 1, "contacts": 1}  # shown, and it lists opportunities: reloaded at once
