"""downloads."""
