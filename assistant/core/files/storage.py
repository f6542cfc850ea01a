"""Files on disk: read a sketch whatever its encoding, write atomically, keep a backup.

Every failure is a `SkisseFileError` whose str() is one line the user can act on, in the
user's language. On a failed write the old file is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict, Unpack

from . import outfolder
from .errors import _DISK_FULL, SkisseFileError, _error, _lang, _missing_folder, plain_os_error, write_error
from .utf8 import each_bad_byte_replaced, read_if_mostly_utf8

MAX_FILE_BYTES = 20 * 1024 * 1024  # the largest sketch file Skisse opens


@dataclass
class LoadedText:
    """A text read from disk, with what the user should know about how it was read."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    sha256: str | None = None  # of the bytes read: a conflict guard compares the disk against this


WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


def is_word_file(path: Path, data: bytes | None = None) -> bool:
    """A Word document by its name (.docx …), or by its bytes: a zip holding word/document.xml,
    or an OLE file holding an encrypted package (a password-protected .docx)."""
    if Path(path).suffix.lower() in WORD_SUFFIXES:
        return True
    if data is None:
        return False
    if data[:4] == b"PK\x03\x04":
        return b"word/document" in data
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "EncryptedPackage".encode("utf-16-le") in data
    return False


def read_text_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES, lang: str | None = None, word: bool = False) -> LoadedText:
    """Read a sketch file. Not UTF-8: read as cp1252 (mostly UTF-8: as UTF-8, its stray bytes as
    U+FFFD), with a warning. Binary: refused.

    Only regular files are read, and never more than `max_bytes`: a pipe, a device or a file
    that grows while it is read cannot make Skisse wait or fill memory. A Word file is turned
    into Markdown with `word` (its notes become warnings), and otherwise refused with a line
    that says how to import it: a caller that writes the text back must never write Markdown
    over a .docx.
    """
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _error("is_folder", lang, path=path)
        if not stat.S_ISREG(info.st_mode):
            raise _error("not_regular", lang, path=path)
        if info.st_size > max_bytes:
            raise _error("too_large", lang, path=path, size=f"{info.st_size / 1_048_576:.1f}", limit=max_bytes // 1_048_576)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise _error("too_large", lang, path=path, size=f"{len(data) / 1_048_576:.1f}", limit=max_bytes // 1_048_576)
    except SkisseFileError:
        raise
    except FileNotFoundError:
        raise _error("missing", lang, path=path) from None
    except PermissionError:
        raise _error("permission", lang, path=path) from None
    except IsADirectoryError:
        raise _error("is_folder", lang, path=path) from None
    except NotADirectoryError:
        raise _error("missing", lang, path=path) from None
    except OSError as exc:
        raise _error("read_failed", lang, path=path, reason=plain_os_error(exc, lang)) from None
    import hashlib  # on first read: OpenSSL's loading is not for the start screen

    if is_word_file(path, data):
        if not word:
            raise _error("word_file", lang, path=path)
        loaded = read_word_bytes(data, str(path), lang=lang)
        loaded.sha256 = hashlib.sha256(data).hexdigest()
        return loaded
    loaded = decode_text(data, str(path), lang=lang)
    loaded.sha256 = hashlib.sha256(data).hexdigest()
    return loaded


def read_word_bytes(data: bytes, name: str, *, lang: str | None = None) -> LoadedText:
    """A Word file's bytes as Skisse's Markdown (python-docx is loaded here, on first use)."""
    from .docx_read import DocxError, read_docx

    try:
        result = read_docx(data, name, lang=_lang(lang))
    except DocxError as exc:
        raise SkisseFileError(str(exc), key="docx") from None
    return LoadedText(result.markdown, "docx", result.notes)


def decode_text(data: bytes, name: str = "input", *, lang: str | None = None) -> LoadedText:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning.

    UTF-8 with a few bytes that do not decode (a mostly-UTF-8 file, `utf8.read_if_mostly_utf8`) is read as
    UTF-8, each such byte as U+FFFD, with a warning that counts them and names the first line."""
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        text = data.decode("utf-16", errors="replace")
        warnings.append(_error("utf16", lang, path=name, file=f"{name}.original~").args[0])
        return LoadedText(text, "utf-16", warnings)
    sample = data[:8192]
    if sample and (sample.count(b"\x00") > len(sample) // 10 or _looks_binary(sample) or sample.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")):
        raise _not_text(data, name, lang)
    if data.startswith(b"\xef\xbb\xbf"):  # marked as UTF-8: its stray bytes are damage, whatever their number
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            text, bad = each_bad_byte_replaced(data[3:])
            warnings.append(_damaged(name, lang, data, bad, exc.start + 3))
        return LoadedText(text, "utf-8-sig", warnings)
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        damaged = read_if_mostly_utf8(data)
        if damaged is not None:
            text, bad = damaged
            warnings.append(_damaged(name, lang, data, bad, exc.start))
            return LoadedText(text, "utf-8", warnings)
        text = data.decode("cp1252", errors="replace")
        encoding = "cp1252"
        warnings.append(_error("not_utf8", lang, path=name, file=f"{name}.original~").args[0])
    return LoadedText(text, encoding, warnings)


def _damaged(name: str, lang: str | None, data: bytes, bad: int, first: int) -> str:
    """The warning for UTF-8 with `bad` bytes that could not be read, the first at offset `first`."""
    line = data.count(b"\n", 0, first) + 1
    key = "utf8_damaged_one" if bad == 1 else "utf8_damaged"
    return _error(key, lang, path=name, count=bad, line=line, file=f"{name}.original~").args[0]


def _not_text(data: bytes, name: str, lang: str | None) -> SkisseFileError:
    """Why bytes that are no text are refused: a document of a kind Skisse knows by name
    (a PDF, an .odt …) is named, with what to do; anything else is «a binary file»."""
    from ...i18n import t
    from .doctypes import CONVERTIBLE, document_kind

    kind = document_kind(data)
    if kind is None:
        return _error("binary", lang, path=name)
    lang = _lang(lang)
    what = t(f"storage.kind.{kind}", lang)
    return _error("document_convert" if kind in CONVERTIBLE else "document_paste", lang, path=name, kind=what)


def _looks_binary(sample: bytes) -> bool:
    magic = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\xd0\xcf\x11\xe0")
    if sample.startswith(magic):
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C
    return control > max(8, len(sample) // 20)


# Control characters that text files do not hold (tab, line feeds and form feed excepted).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells (Linux's
    /proc/self/status); elsewhere set and put back at once."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode a new file gets under the user's umask, as any editor would create it."""
    return 0o666 & ~current_umask()


class WriteOptions(TypedDict, total=False):
    """The keywords `atomic_write_text` passes on to `atomic_write_bytes`, which gives their
    defaults and meaning (a test holds the two to the same names)."""

    backup: bool
    keep_original: bool
    mode: int | None
    lang: str | None
    no_symlink: bool
    home: Path | None


def atomic_write_bytes(
    path: Path,
    data: bytes,
    *,
    backup: bool = False,
    keep_original: bool = True,
    mode: int | None = None,
    lang: str | None = None,
    no_symlink: bool = False,
    home: Path | None = None,
) -> None:
    """Write via a temp file in the same folder, fsync, then rename over the target.

    A new file gets the mode the user's umask gives (a colleague on a shared drive can open a
    submission), a replaced one keeps its mode; `mode` sets it (0o600 for private files).
    With `backup`, the previous file is kept as `NAME~` (and, when its bytes are not UTF-8, as
    `NAME.original~` unless `keep_original` is off: an export's backup of a Word file or PDF is
    no text a save could not give back). On any failure the old file is intact.
    A symbolic link is followed, so the file it points to is replaced and the link kept; with
    `no_symlink` (exports, reports, imports: a file that is new output, perhaps in a shared
    folder) a link is refused instead, and one planted after that check is replaced, never
    followed. For such output a folder on the way that is a link out of `home` (the folder of the
    sketch it comes from) is refused too, naming where it leads (see `outfolder.check_output_folder`). A
    read-only file is refused rather than replaced: renaming over it would succeed on POSIX and
    silently undo the owner's choice.

    The temp file, the rename and the folder's fsync all go through one open handle on the
    folder, checked to be the folder that was vetted (and, in a served window, to lie in its
    folder): a link swapped in on the way after the checks cannot send the file elsewhere.
    """
    path = Path(path)
    if path.is_symlink():
        if no_symlink:
            from ...i18n import t

            raise SkisseFileError(t("files.symlink", _lang(lang), path=path), key="symlink")
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise _error("is_folder", lang, path=path)
    if not folder.is_dir():
        raise _missing_folder(folder, lang)
    from .confine import inside, root

    served = root()
    if served is not None:
        inside(path, lang=lang)  # a served window writes only in its folder
    vetted = outfolder.check_output_folder(path, home, lang=lang) if no_symlink else None
    existed = path.exists()
    if existed and is_read_only(path):
        raise _error("read_only", lang, path=path)
    dir_fd = fd = -1
    tmp = ""
    try:
        dir_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        outfolder.vet_open_folder(dir_fd, path, vetted, served, lang)
        fd, tmp = _temp_file(dir_fd, path.name)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            elif path.exists():
                os.fchmod(handle.fileno(), path.stat().st_mode & 0o777)
            else:  # made 0600 like mkstemp's
                os.fchmod(handle.fileno(), new_file_mode())
        if backup and path.exists():
            _keep_backup(path, original=keep_original)
        os.replace(tmp, path.name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        tmp = ""
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
    except OSError as exc:
        raise write_error(exc, path, existed=existed, lang=lang) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            try:
                os.unlink(tmp, dir_fd=dir_fd)
            except OSError:
                pass
        if dir_fd >= 0:
            os.close(dir_fd)


def _temp_file(dir_fd: int, name: str) -> tuple[int, str]:
    """A new temp file `.NAME.XXXXXXXX.tmp` in the folder open as `dir_fd` (mode 0600), as mkstemp makes one."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = f".{name}.{os.urandom(4).hex()}.tmp"  # not `secrets`: it loads hashlib, kept off the start screen
        try:
            return os.open(tmp, flags, 0o600, dir_fd=dir_fd), tmp
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "no free temporary file name")


def is_read_only(path: Path) -> bool:
    """No write bit set, or no write access: checked by mode bits too, since root passes os.access."""
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return False
    return not (mode & 0o222) or not os.access(path, os.W_OK)


def original_name(path: Path) -> Path:
    """Where the bytes of a file Skisse could not read as UTF-8 are kept: `NAME.original~`."""
    return path.with_name(path.name + ".original~")


def _keep_backup(path: Path, *, original: bool = True) -> None:
    """Keep the current file as NAME~: a hard link to the old inode, so it costs no copy.

    `NAME~` is replaced at each session's first save. A file whose bytes are not UTF-8 (damaged,
    cp1252, UTF-16) holds bytes no save gives back, so it is also kept as `NAME.original~`, which
    no later save replaces (the first such original stays until the user removes it)."""
    bak = path.with_name(path.name + "~")
    link = path.with_name(f".{path.name}.bak.tmp")
    try:
        try:
            if link.exists():
                link.unlink()
            os.link(path, link)
        except OSError as exc:
            if exc.errno in _DISK_FULL:
                raise
            shutil.copy2(path, link)
        os.replace(link, bak)
    except OSError:
        try:
            link.unlink()
        except OSError:
            pass
        raise
    if not original:
        return
    kept = original_name(path)
    if not os.path.lexists(kept) and not _is_utf8(bak):
        try:
            os.link(bak, kept)
        except OSError:
            shutil.copy2(bak, kept)  # a disk-full error here is the write's error too


def _is_utf8(path: Path) -> bool:
    """Whether a file's bytes read as UTF-8 (with or without its mark); unreadable counts as yes
    (nothing more is kept for it)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return True
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        data.decode("utf-8")  # UTF-16's mark is no UTF-8: such a file is kept too
    except UnicodeDecodeError:
        return False
    return True


def atomic_write_text(path: Path, text: str, **options: Unpack[WriteOptions]) -> None:
    """Write text as UTF-8, atomically; line endings are written exactly as given. The keywords
    are `atomic_write_bytes`'s, with its defaults and its checks."""
    atomic_write_bytes(path, text.encode("utf-8", errors="surrogateescape"), **options)


def fsync_path(path: Path, flags: int = os.O_RDONLY) -> None:
    """fsync the file or folder at `path` (opened with `flags`); one that cannot be opened or
    synced is passed over: the caller's write has been made, this only makes it last."""
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
