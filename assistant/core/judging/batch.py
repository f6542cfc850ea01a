"""Check many sketches at once, over every core, with progress reported as it goes."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .findings import Report


@dataclass
class BatchError:
    """A file that could not be checked, with a one-line reason."""

    path: str
    message: str


def check_path(path: str | Path, rubric_id: str | None = None, *, render: bool = True, overlap: bool = True) -> Report:
    """Read, parse, render (for the page count) and check one file. Raises SkisseFileError,
    RubricError, and what the layout raised (a file whose page count fails is not judged by half).

    With `overlap` the layout runs in a thread while the checks run; a pool worker, whose
    cores are all busy already, lays out first and checks after."""
    from .checkup import checkup
    from ..files.storage import read_text_file

    loaded = read_text_file(Path(path), word=True)
    result = checkup(loaded.text, rubric_id=rubric_id, path=str(path), pages=render, overlap=overlap)
    if result.page_error is not None:
        raise result.page_error
    return result.with_notes(loaded.warnings).report


def _one(args: tuple[str, str | None, bool], overlap: bool = True) -> Report | BatchError:
    from ..sketch.rubric import RubricError
    from ..files.storage import SkisseFileError

    path, rubric_id, render = args
    try:
        return check_path(path, rubric_id, render=render, overlap=overlap)
    except (SkisseFileError, RubricError) as exc:
        return BatchError(path, str(exc))
    except Exception as exc:  # a file must never take the batch down
        return BatchError(path, f"{path}: could not be checked ({type(exc).__name__}: {exc})")


def check_paths(
    paths: Iterable[str | Path],
    rubric_id: str | None = None,
    *,
    jobs: int | None = None,
    render: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> list[Report | BatchError]:
    """Check files in parallel (one process per core); results come back in input order."""
    items = [(str(p), rubric_id, render) for p in paths]
    total = len(items)
    jobs = jobs or os.cpu_count() or 1
    results: list[Report | BatchError | None] = [None] * total
    if jobs <= 1 or total <= 2:
        for i, item in enumerate(items):
            results[i] = _one(item)
            if progress:
                progress(i + 1, total)
        return results  # type: ignore[return-value]
    import gc
    import multiprocessing  # only when there is a batch

    forking = multiprocessing.get_start_method() == "fork"
    # The workers share this process's memory until they write to it; a garbage collection in
    # a worker would write to every object it walks and so copy the pages they are on. Frozen,
    # the objects loaded so far are left out of the workers' collections. (A process that has
    # frozen its own objects already, as the window does, is left as it is.)
    freeze = forking and gc.get_freeze_count() == 0
    if forking:
        _warm(rubric_id)
    if freeze:
        gc.freeze()
    try:
        return _in_pool(items, jobs, progress)
    finally:
        if freeze:
            gc.unfreeze()


def _in_pool(
    items: list[tuple[str, str | None, bool]], jobs: int, progress: Callable[[int, int], None] | None
) -> list[Report | BatchError]:
    """Check `items` over `jobs` worker processes. A worker that dies (killed, out of memory, a
    crash in native code) ends its pool: what is done is kept, the files no worker had started
    go round again, and each file a worker had started is checked again alone, so that only the
    file that kills its process is reported, never its neighbours."""
    import multiprocessing

    total = len(items)
    results: list[Report | BatchError | None] = [None] * total
    started = multiprocessing.Array("b", total, lock=False)  # set by a worker as it starts an item
    # Small chunks: a sketch takes some 40 ms, so sending eight at a time costs little, and the
    # cores finish close together instead of one idling while the other ends a long chunk.
    chunks = max(1, min(8, total // (jobs * 4)))
    done = 0

    def keep(index: int, result: Report | BatchError) -> None:
        nonlocal done
        results[index] = result
        done += 1
        if progress:
            progress(done, total)

    todo = list(range(total))
    while todo:
        lost = _round(items, todo, min(jobs, len(todo)), chunks, started, keep)
        todo = [i for i in lost if not started[i]]
        for index in (i for i in lost if started[i]):
            if _round(items, [index], 1, 1, started, keep):
                path = items[index][0]
                keep(index, BatchError(path, f"{path}: could not be checked: the process checking it stopped unexpectedly"))
    return results  # type: ignore[return-value]


def _round(
    items: list[tuple[str, str | None, bool]],
    indices: list[int],
    workers: int,
    chunks: int,
    started,  # noqa: ANN001 - multiprocessing's shared array
    keep: Callable[[int, Report | BatchError], None],
) -> list[int]:
    """One pool over `indices`; the indices it could not finish (its pool broke)."""
    from concurrent.futures import ProcessPoolExecutor

    lost: list[int] = []
    # Ctrl+C reaches every process of the terminal's group: this one stops the batch and says so;
    # the workers ignore it, and are forked with it held back so that none is caught between its
    # fork and that setting (each would print a traceback over the terminal).
    held = _hold_interrupts()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(started,))
    try:
        futures = {}
        for at in range(0, len(indices), chunks):
            part = indices[at : at + chunks]
            futures[pool.submit(_many, [(i, items[i]) for i in part])] = part
        _release_interrupts(held)
        held = False
        _collect(futures, lost, keep)
    except KeyboardInterrupt:
        # Stopped: nothing more is started; what a worker has in hand ends on its own.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        _release_interrupts(held)
    pool.shutdown(wait=True)
    return sorted(lost)


def _collect(futures: dict, lost: list[int], keep: Callable[[int, Report | BatchError], None]) -> None:  # type: ignore[type-arg]
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    for future in as_completed(futures):
        part = futures[future]
        try:
            out = future.result()
        except BrokenProcessPool:
            lost.extend(part)
            continue
        for index, result in zip(part, out):
            keep(index, result)


def _hold_interrupts() -> bool:
    """Hold Ctrl+C back in this thread while workers are forked (they inherit the held mask)."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        return False
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    return True


def _release_interrupts(held: bool) -> None:
    """Let a Ctrl+C that came meanwhile through to this process, where it stops the batch."""
    if held:
        import signal

        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _start_worker(flags) -> None:  # noqa: ANN001
    """A worker leaves Ctrl+C to the process that started it, then takes its item flags."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _set_started(flags)


_started = None  # in a pool worker: the shared flags of the batch's items


def _set_started(flags) -> None:  # noqa: ANN001
    global _started
    _started = flags


def _warm(rubric_id: str | None) -> None:
    """Import the checker and compile its patterns once, before the workers are forked: each
    worker then starts with them instead of loading them again."""
    from .checkup import checkup
    from ..sketch.rubric import RubricError, load_rubric
    from ..sketch.sections import section_specs

    try:
        rubric = load_rubric(rubric_id)
    except RubricError:
        return  # every file will say so, one by one
    # Some text in every section, so that every check gets as far as its patterns.
    body = "Kommunen har 12 000 innbyggere og bruker 3,5 mill. kr i året (SSB). Tlf. 22 33 44 55."
    parts = ["**Søker:** Bergen kommune", ""]
    for spec in section_specs():
        parts += [f"## {spec.title.nb}", "", body, ""]
    parts += ["| Post | Beløp |", "|---|---|", "| Utvikling | 1 000 000 |", "| Sum | 1 000 000 |"]
    checkup("\n".join(parts), rubric=rubric, pages=False)


def _many(batch: list[tuple[int, tuple[str, str | None, bool]]]) -> list[Report | BatchError]:
    out = []
    for index, item in batch:
        if _started is not None:
            _started[index] = 1
        out.append(_one(item, overlap=False))
    return out


# Markdown files in a folder that are copies of a sketch, not sketches: the clean copy `skisse
# export` writes, the copy the window keeps when another editor changed the file
# (`NAME.mine-YYYYmmdd-HHMMSS.md`, core.files.locks.mine_copy_path), and the conflict copies file
# sync tools make (Syncthing's `NAME.sync-conflict-…`; Dropbox's and Nextcloud's
# `NAME (… conflicted copy …)`, or «konflikt…» in Norwegian). OneDrive's `NAME-<machine>.md`
# cannot be told from a name.
_COPY_NAME = re.compile(
    r"(?:\.export\.md|\.mine-\d{8}-\d{6}(?:-\d+)?\.md|\.sync-conflict-[^/]*\.md|\(.*(?:conflicted copy|konflikt).*\)[^/]*\.md)$", re.I
)
_SKIP_DIRS = {".git", ".venv", "node_modules", "__pycache__"}


def is_sketch_copy(path: Path) -> bool:
    """True for an export copy or a conflict copy of a sketch (by its name)."""
    return _COPY_NAME.search(Path(path).name) is not None


def find_sketches(folder: Path) -> list[Path]:
    """The sketches under `folder`: its *.md and *.docx files, without hidden folders and files,
    export copies and conflict copies, Word's «~$NAME.docx» lock files, and a NAME.docx beside
    a NAME.md (the draft `import` read, or a Word copy written by hand: one sketch; those are
    named by `passed_over`)."""
    found: list[Path] = []
    for path in _candidates(Path(folder)):
        if path.suffix.lower() == ".docx" and (path.name.lower().endswith(".export.docx") or path.with_suffix(".md").is_file()):
            continue
        if not is_sketch_copy(path) and path.is_file():
            found.append(path)
    return sorted(found)


def passed_over(folder: Path) -> list[Path]:
    """The NAME.docx files `find_sketches` leaves out because a NAME.md stands beside them: said
    in one line each, so an updated Word draft next to last month's Markdown is not missed
    silently (Skisse's own Word copies, NAME.export.docx, are not named)."""
    return sorted(
        path
        for path in _candidates(Path(folder))
        if path.suffix.lower() == ".docx"
        and not path.name.lower().endswith(".export.docx")
        and not is_sketch_copy(path)
        and path.with_suffix(".md").is_file()
        and path.is_file()
    )


def _candidates(folder: Path) -> list[Path]:
    out: list[Path] = []
    for path in [*folder.rglob("*.md"), *folder.rglob("*.docx")]:
        rel = path.relative_to(folder).parts
        if any(part.startswith(".") or part in _SKIP_DIRS for part in rel[:-1]) or rel[-1].startswith((".", "~$")):
            continue
        out.append(path)
    return out


def newer_than_markdown(docx: Path) -> bool:
    """Whether the Word file was changed after the Markdown file beside it."""
    try:
        return docx.stat().st_mtime > docx.with_suffix(".md").stat().st_mtime
    except OSError:
        return False


def expand_paths(args: Iterable[str]) -> list[Path]:
    """Files given on the command line (as given); a folder stands for the sketches in it."""
    out: list[Path] = []
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            out.extend(find_sketches(p))
        else:
            out.append(p)
    return out
