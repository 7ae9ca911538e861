"""The first-start welcome."""
