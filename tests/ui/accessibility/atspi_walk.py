"""What a screen reader sees of a running app, through AT-SPI, printed as JSON.

Run with Debian's ``/usr/bin/python3`` (pyatspi is a Debian package, not a pip one), on the
session bus the app uses:

    atspi_walk.py walk PID          the showing accessible tree of the app with this pid
    atspi_walk.py listen PID SECS   announcements and name changes, one JSON line each

``walk`` prints one object: ``nodes`` (role, name, description, states, depth, path, per
showing node), ``interactive`` (the controls a user can act on) and ``unnamed`` (those of
them with no name). ``listen`` prints ``{"ready": true}`` once its listeners are in place,
then an object per event until SECS have passed.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

# Roles a user acts on; a focusable node of another role counts too.
INTERACTIVE_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "page tab",
    "menu item",
    "link",
    "list",
    "list box",
    "table",
    "tree",
    "tree table",
}
# Inside these, the rows are the container's content: the container is the control.
CONTAINERS = {"list", "list box", "table", "tree", "tree table", "combo box"}
MAX_NODES = 5000


def find_app(pid: int) -> object | None:
    """The accessible application of the process ``pid``, if it is on the bus."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # an application that went away meanwhile
            continue
    return None


def states_of(node: object) -> list[str]:
    """The node's state names, e.g. ["enabled", "focusable", "showing"]."""
    state_set = node.getState()
    return sorted(pyatspi.stateToString(state) for state in state_set.getStates())


def labels_of(node: object) -> list[str]:
    """The names of the nodes that label this one (a QLabel's buddy, for instance)."""
    names: list[str] = []
    for relation in node.getRelationSet() or []:
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for index in range(relation.getNTargets()):
            target = relation.getTarget(index)
            if target is not None and target.name:
                names.append(target.name)
    return names


def walk(pid: int) -> dict:
    """Every showing node of the app's visible windows, and its interactive controls."""
    app = find_app(pid)
    if app is None:
        return {"error": f"no accessible application with pid {pid}", "nodes": []}
    nodes: list[dict] = []

    def visit(node: object, depth: int, path: str, in_container: bool) -> None:
        if node is None or len(nodes) >= MAX_NODES:
            return
        try:
            role = node.getRoleName()
            name = node.name or ""
            description = node.description or ""
            states = states_of(node)
            labels = labels_of(node)
            count = node.childCount
        except Exception:  # gone meanwhile
            return
        if depth > 0 and "showing" not in states:
            return
        focusable = "focusable" in states
        interactive = (
            depth > 0
            and not in_container
            and (role in INTERACTIVE_ROLES or focusable)
            and role not in ("frame", "filler", "panel", "scroll pane", "viewport")
        )
        nodes.append(
            {
                "role": role,
                "name": name,
                "description": description,
                "states": states,
                "labelled_by": labels,
                "depth": depth,
                "path": path,
                "interactive": interactive,
            }
        )
        inside = in_container or role in CONTAINERS
        for index in range(min(count, 2000)):
            try:
                child = node.getChildAtIndex(index)
            except Exception:
                continue
            visit(child, depth + 1, f"{path}/{index}", inside)

    visit(app, 0, "", False)
    interactive = [n for n in nodes if n["interactive"]]
    return {
        "nodes": nodes,
        "interactive": interactive,
        "unnamed": [n for n in interactive if not n["name"].strip()],
    }


def listen(pid: int, seconds: float) -> None:
    """Print announcements and name changes of the app's nodes until ``seconds`` pass."""
    from gi.repository import GLib  # type: ignore[import-not-found]

    def on_event(event: object) -> None:
        try:
            source = event.source
            if source is None or source.get_process_id() != pid:
                return
            record = {
                "type": str(event.type),
                "role": source.getRoleName(),
                "name": source.name or "",
                "detail": str(event.any_data) if event.any_data is not None else "",
            }
        except Exception:
            return
        print(json.dumps(record), flush=True)

    for kind in (
        "object:announcement",
        "object:property-change:accessible-name",
        "object:property-change:accessible-description",
    ):
        pyatspi.Registry.registerEventListener(on_event, kind)
    print(json.dumps({"ready": True}), flush=True)
    deadline = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < deadline:
        context.iteration(False)
        time.sleep(0.01)


def main(arguments: list[str]) -> int:
    """Walk or listen, as the command line says."""
    if len(arguments) >= 2 and arguments[0] == "walk":
        print(json.dumps(walk(int(arguments[1]))))
        return 0
    if len(arguments) >= 3 and arguments[0] == "listen":
        listen(int(arguments[1]), float(arguments[2]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
