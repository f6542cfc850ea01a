"""Why a file could not be read or written, as one line the user can act on, in their language."""

from __future__ import annotations

import errno
from pathlib import Path

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NO_WRITE = {errno.EACCES, errno.EPERM, errno.EROFS}


class SkisseFileError(Exception):
    """A file could not be read or written; str() is a one-line message for the user."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key  # the catalogue key of the message, when it came from storage


def _lang(lang: str | None) -> str:
    if lang:
        return lang
    from ...i18n import system_language

    return system_language()


def _error(key: str, lang: str | None, **kwargs: object) -> SkisseFileError:
    from ...i18n import t

    return SkisseFileError(t(f"storage.{key}", _lang(lang), **kwargs), key=key)


def _missing_folder(folder: Path, lang: str | None) -> SkisseFileError:
    """Why `folder` cannot take a file: it does not exist, or a file stands where a folder
    on its way should be («rapport.md/ny.md»)."""
    for above in (folder, *folder.parents):
        if above.exists() or above.is_symlink():
            if not above.is_dir():
                return _error("not_a_folder", lang, path=above)
            break
    return _error("folder_missing", lang, path=folder)


def write_error(exc: OSError, path: Path, *, existed: bool, lang: str | None = None) -> SkisseFileError:
    """A failed write as one plain line: why (disk full, no access), and what is left on disk.
    A file that did not exist before is not called «the old file» (`_new` keys)."""
    new = "" if existed else "_new"
    if exc.errno in _DISK_FULL:
        return _error(f"disk_full{new}", lang, path=path)
    if exc.errno in _NO_WRITE:
        return _error(f"no_write{new}", lang, path=path)
    return _error(f"write_failed{new}", lang, path=path, reason=plain_os_error(exc, lang))


_PLAIN_ERRNO = {
    **dict.fromkeys(_DISK_FULL, "disk_full"),
    **dict.fromkeys(_NO_WRITE, "no_access"),
    errno.ENOENT: "missing",
    errno.ENOTDIR: "missing",
    errno.EIO: "io",
    errno.EMFILE: "too_many",
    errno.ENFILE: "too_many",
    errno.ENAMETOOLONG: "name_too_long",
}


def plain_os_error(exc: BaseException, lang: str | None = None) -> str:
    """An operating system's error as a plain phrase in the user's language («the disk is full»),
    never «[Errno 27] File too large». Errors the catalogue does not name give their errno's
    symbolic name («ETIMEDOUT») for a technician, after a plain phrase."""
    from ...i18n import t

    number = getattr(exc, "errno", None)
    key = _PLAIN_ERRNO.get(number) if isinstance(number, int) else None
    if key is not None:
        return t(f"storage.os.{key}", _lang(lang))
    name = errno.errorcode.get(number, "") if isinstance(number, int) else ""
    return t("storage.os.other", _lang(lang), code=name or type(exc).__name__)
