"""The terminal interface: a thin face over `assistant.core`."""
