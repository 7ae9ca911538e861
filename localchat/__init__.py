"""LocalChat: an offline assistant for small language models."""

__version__ = "0.1.0"
