"""The data Skisse ships and how it is read: where the call folders and prompts are, the user's
folders, TOML files through JSON and pickled copies, and the registry of public bodies
(`public_bodies.toml`). Imports nothing else of the core."""
