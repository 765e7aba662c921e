"""Run by Debian's own python3 (pyatspi comes from its python3-pyatspi package, not from PyPI).

Prints, as JSON, every showing node of the named application's accessibility tree (or of its window of the title
given third): role, name, description and whether it takes the keyboard focus.
"""

import json
import sys
import time

import pyatspi


def find(name: str, seconds: float = 20) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None


def walk(node: object, found: list[dict], depth: int = 0) -> None:
    try:
        states = node.getState()
        entry = {"role": node.getRoleName(), "name": node.name, "description": node.description,
                 "focusable": states.contains(pyatspi.STATE_FOCUSABLE)}
        showing = states.contains(pyatspi.STATE_SHOWING)
        children = [node.getChildAtIndex(i) for i in range(min(node.childCount, 200))]
    except Exception:  # a node may go away while it is read
        return
    if showing:
        found.append(entry)
    if depth < 60 and entry["role"] not in ("table cell", "list item"):  # rows are counted, not each cell
        for child in children:
            if child is not None:
                walk(child, found, depth + 1)


app = find(sys.argv[1])
if app is None:
    print(json.dumps({"error": f"{sys.argv[1]} never appeared on the accessibility bus"}))
    sys.exit(1)
time.sleep(float(sys.argv[2]) if len(sys.argv) > 2 else 0)
nodes: list[dict] = []
if len(sys.argv) > 3:  # only the window of that title (a dialog, without the main window under it)
    for window in [app.getChildAtIndex(i) for i in range(app.childCount)]:
        if window is not None and window.name == sys.argv[3]:
            walk(window, nodes)
else:
    walk(app, nodes)
print(json.dumps(nodes))
