"""The Models pane: this computer, the catalog, downloads."""
