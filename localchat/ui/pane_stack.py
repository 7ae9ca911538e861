"""The window's panes by name, each built the first time it is shown or asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

PaneFactory = Callable[[], QWidget]


class PaneStack(Mapping[str, QWidget]):
    """Panes in a QStackedWidget; a pane given as a factory is built on first access.

    The window's first frame then pays only for the pane it shows: the others' modules,
    widgets and style-sheet polish wait until the user opens them.
    """

    def __init__(self, stack: QStackedWidget, panes: Mapping[str, QWidget | PaneFactory]) -> None:
        self._stack = stack
        self._names = list(panes)
        self._built: dict[str, QWidget] = {}
        self._factories: dict[str, PaneFactory] = {}
        for name, pane in panes.items():
            if isinstance(pane, QWidget):
                self._add(name, pane)
            else:
                self._factories[name] = pane

    def _add(self, name: str, pane: QWidget) -> None:
        self._built[name] = pane
        self._stack.addWidget(pane)

    def __getitem__(self, name: str) -> QWidget:
        pane = self._built.get(name)
        if pane is None:
            pane = self._factories[name]()  # KeyError for an unknown name
            del self._factories[name]
            self._add(name, pane)
        return pane

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
