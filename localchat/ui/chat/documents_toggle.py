"""The "Use my documents" toggle by the message box: off, all documents, or chosen ones."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Protocol

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from localchat.tasks.document_scope import DocumentScope


class DocumentLike(Protocol):
    """A library file as the toggle lists it (document_library.LibraryEntry has it)."""

    document_id: int | None
    title: str
    path: str


class DocumentsToggle(QToolButton):
    """A check button: answers use the document library; its menu chooses which files.

    Click toggles it; the arrow opens the menu: "All documents", then each indexed file.
    Its text says the state ("Use my documents", "Documents: all", "Documents: 2 chosen").

    Signals:
        scope_changed: The user changed what answers use. args: DocumentScope or None (off).
    """

    scope_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolTip(self.tr("Answer from the files in your Library, citing the passages used"))
        self.menu_ = QMenu(self)
        # Actions belong to the button: the menu's clear() deletes those it owns.
        self.all_action = QAction(self.tr("All documents"), self, checkable=True)
        self.all_action.setChecked(True)
        self.all_action.triggered.connect(self._on_all_action_triggered)
        self.document_actions: dict[int, QAction] = {}
        self._scopes: dict[int, DocumentScope | None] = {}  # by conversation, this session
        self._current: int | None = None
        self.setMenu(self.menu_)
        self.toggled.connect(self._on_toggled)
        self._rebuild_menu([])
        self._update_text()

    def set_documents(self, documents: Sequence[DocumentLike]) -> None:
        """The files of the library that can be chosen (those indexed)."""
        chosen = self._chosen()
        self._rebuild_menu([d for d in documents if d.document_id is not None])
        for document_id, action in self.document_actions.items():
            action.setChecked(document_id in chosen)
        self.all_action.setChecked(not self._chosen())
        self._update_text()

    def scope(self) -> DocumentScope | None:
        """What answers use now: None (off), every document, or the chosen ones."""
        if not self.isChecked():
            return None
        return DocumentScope(frozenset(self._chosen()))

    def set_scope(self, scope: DocumentScope | None) -> None:
        """Show a conversation's choice (no scope_changed: the pane set it)."""
        self.blockSignals(True)
        self.setChecked(scope is not None)
        ids = scope.document_ids if scope is not None else frozenset()
        for document_id, action in self.document_actions.items():
            action.setChecked(document_id in ids)
        self.all_action.setChecked(not self._chosen())
        self.blockSignals(False)
        self._update_text()

    def switch_to(self, conversation_id: int | None) -> None:
        """Show a conversation's choice; a new chat (None) keeps the current one."""
        if self._current is not None:
            self._scopes[self._current] = self.scope()
        self._current = conversation_id
        if conversation_id is not None:
            self.set_scope(self._scopes.get(conversation_id))

    def adopt(self, conversation_id: int) -> None:
        """A new chat was stored as this conversation: it keeps the current choice."""
        self._current = conversation_id
        self._scopes[conversation_id] = self.scope()

    def _chosen(self) -> set[int]:
        return {i for i, action in self.document_actions.items() if action.isChecked()}

    def _rebuild_menu(self, documents: Sequence[DocumentLike]) -> None:
        self.menu_.clear()
        for old in self.document_actions.values():
            old.deleteLater()
        self.menu_.addAction(self.all_action)
        self.menu_.addSeparator()
        self.document_actions = {}
        for document in documents:
            name = document.title or PurePath(document.path).name
            action = QAction(name, self, checkable=True)
            action.setToolTip(document.path)
            action.triggered.connect(self._on_document_action_triggered)
            self.menu_.addAction(action)
            self.document_actions[int(document.document_id or 0)] = action
        if not documents:
            empty = self.menu_.addAction(self.tr("No documents yet: add some in Library"))
            empty.setEnabled(False)

    def _update_text(self) -> None:
        chosen = len(self._chosen())
        if not self.isChecked():
            text = self.tr("Use my documents")
        elif chosen:
            text = self.tr("Documents: %n chosen", "", chosen)
        else:
            text = self.tr("Documents: all")
        self.setText(text)
        self.setAccessibleName(text)

    def _changed(self) -> None:
        self._update_text()
        if self._current is not None:
            self._scopes[self._current] = self.scope()
        self.scope_changed.emit(self.scope())

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self._changed()

    @Slot()
    def _on_all_action_triggered(self) -> None:
        for action in self.document_actions.values():
            action.setChecked(False)
        self.all_action.setChecked(True)
        self.setChecked(True)  # choosing in the menu turns it on
        self._changed()

    @Slot()
    def _on_document_action_triggered(self) -> None:
        self.all_action.setChecked(not self._chosen())
        self.setChecked(True)
        self._changed()
