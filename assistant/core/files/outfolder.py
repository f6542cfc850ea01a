"""Where output may be written: a folder named through a link out of the sketch's folder is
refused, and the folder a write opens is the one checked (no link swapped in since) and, in a
served window, inside the served folder."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import SkisseFileError, _error, _lang, plain_os_error


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _links_on_the_way(folder: Path) -> tuple[Path, list[tuple[Path, Path, Path]]]:
    """Resolve `folder` one name at a time: (where it leads, [(link as named, folder holding it, target)])."""
    named = folder.expanduser()
    if not named.is_absolute():
        named = Path.cwd() / named  # not normalised: «link/..» is the link target's parent
    resolved = Path(named.anchor)
    typed = Path(named.anchor)
    links: list[tuple[Path, Path, Path]] = []
    for part in named.parts[1:]:
        typed = typed / part
        if part == ".":
            continue
        if part == "..":
            resolved = resolved.parent
            continue
        step = resolved / part
        if step.is_symlink():
            target = Path(os.path.realpath(step))
            links.append((typed, resolved, target))
            resolved = target
        else:
            resolved = step
    return resolved, links


def check_output_folder(path: Path, home: Path | None, *, lang: str | None = None) -> os.stat_result:
    """Refuse output whose folder, as named, goes through a symbolic link that lies in `home`
    (the sketch's folder) and leads out of it: `-o d/sub/x.pdf` with `d/sub` a link to
    another user's folder. The message names where the link leads, so the user can give that
    folder itself. Links above the sketch's folder (`/tmp` on macOS, a home folder on a network
    drive) are the system's and are followed. Returns the folder's identity for the write to
    check against, so a link swapped in after this check is noticed."""
    folder = Path(path).parent if str(Path(path).parent) else Path(".")
    if home is not None:
        home_real = Path(os.path.realpath(Path(home).expanduser()))
        _, links = _links_on_the_way(folder)
        for typed, holder, target in links:
            if _within(holder, home_real) and not _within(target, home_real):
                from ...i18n import t

                raise SkisseFileError(
                    t("files.symlink_folder", _lang(lang), path=path, link=typed, target=target, home=home_real), key="symlink_folder"
                )
    try:
        return os.stat(folder)
    except OSError as exc:
        raise _error("write_failed", lang, path=path, reason=plain_os_error(exc, lang)) from None


def vet_open_folder(dir_fd: int, path: Path, vetted: os.stat_result | None, served: Path | None, lang: str | None) -> None:
    """The folder just opened is the one checked (no link swapped in on the way since) and, in a
    served window, lies in the served folder: walked up through «..», which follows no link."""
    here = os.fstat(dir_fd)
    if vetted is not None and (here.st_dev, here.st_ino) != (vetted.st_dev, vetted.st_ino):
        raise _error("folder_changed", lang, path=path)
    if served is None:
        return
    try:
        top = os.stat(served)
    except OSError:
        top = None
    current = os.dup(dir_fd)
    try:
        for _ in range(4096):
            st = os.fstat(current)
            if top is not None and (st.st_dev, st.st_ino) == (top.st_dev, top.st_ino):
                return
            parent = os.open("..", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0), dir_fd=current)
            pst = os.fstat(parent)
            os.close(current)
            current = parent
            if (pst.st_dev, pst.st_ino) == (st.st_dev, st.st_ino):
                break  # the file system's root: the served folder was not on the way up
    finally:
        os.close(current)
    from ...i18n import t
    from .confine import OutsideFolder

    raise OutsideFolder(t("serve.outside", _lang(lang), path=str(path), folder=str(served)), key="outside")
