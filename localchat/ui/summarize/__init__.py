"""The Summarize pane."""
