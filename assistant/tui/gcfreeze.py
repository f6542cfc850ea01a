"""Start-up housekeeping of the window: what is loaded by a point in start-up is kept out of later
garbage collections, so a collection does not walk it while the user types."""

from __future__ import annotations

_heap_frozen = False
_imports_frozen = False


def freeze_imports() -> None:
    """Keep the modules imported before the window opens out of garbage collection (once per
    process).

    Start-up allocates enough (styles, widgets, the first frame) for Python to run a full
    collection before the first screen is drawn, and a full collection walks every object
    every imported module holds: Textual, Rich, the catalogue, Skisse's own modules. That walk
    was the largest single cost by which the first screen trailed a bare Textual app (30-50 ms
    of 250). Those objects live until the process ends, so collections need not visit them.
    """
    global _imports_frozen
    if _imports_frozen:
        return
    _imports_frozen = True
    import gc

    gc.freeze()


def freeze_heap() -> None:
    """Keep what is loaded by now out of every later garbage collection (once per process).

    Once a sketch is open and checked, the heap holds the core, the rubric, the renderer and
    the tokenizer's tables: long-lived objects a full collection walks each time (tens of
    milliseconds), and typing makes enough garbage for one every twenty or so keys: a key that
    lands on one waits for it. Frozen, they are left alone; collections walk only what is new.
    """
    global _heap_frozen
    if _heap_frozen:
        return
    _heap_frozen = True
    import gc

    gc.freeze()
