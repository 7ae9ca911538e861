"""Engines: load a model file and stream text from it."""
