"""The user's files and the process around them: reading and writing atomically, Word files in,
locks, autosave, exit handling, logs, and the folders Skisse may write to. Imports `sketch` and
`data` below it."""
