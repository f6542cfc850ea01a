"""The core: sketch model, rubric engine, rendering and storage.

Nothing here imports Textual or LangChain (enforced by import-linter).
"""
