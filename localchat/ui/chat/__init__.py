"""The Chat pane: sidebar, message view, composer."""
