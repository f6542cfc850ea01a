"""The core: the sketch, judging, rendering and files, below every screen and model.

Five sub-packages, each importing only those below it (import-linter checks the order):
`judging` → `rendering` → `files` → `sketch` → `data`. Nothing here imports Textual or
LangChain, nor anything of `assistant` above the core. See README, «Layout of the core».
"""
