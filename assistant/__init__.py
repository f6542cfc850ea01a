"""Skisse: a terminal assistant for innovation-partnership sketches."""

__version__ = "0.1.0"
