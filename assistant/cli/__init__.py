"""The `skisse` command line."""
