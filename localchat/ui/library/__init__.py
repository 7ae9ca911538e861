"""The Library pane: documents to ask about."""
