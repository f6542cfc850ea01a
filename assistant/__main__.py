"""`python -m assistant` runs the `skisse` command."""

from .cli.main import entry

entry()
