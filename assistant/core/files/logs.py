"""Skisse's log: a rotating file in the user's state dir, private, with no secrets and no draft text.

Rules the code follows, and this module enforces where it can:

* Draft text (what the user wrote) is logged at DEBUG only; at INFO and above a message is
  cut to `MAX_INFO_CHARS` characters, and personal data in it is replaced by placeholders.
* Secrets never reach the file: the value of every environment variable whose name says it
  holds a key (`*_API_KEY`, `*_TOKEN`, `*_SECRET`, `*_PASSWORD`), strings shaped like API
  keys (`sk-...`) and `Authorization: Bearer ...` headers are replaced by `[secret]`.
* The log and its rotated copies are created with mode 0600.

`crash_report(exc)` writes a scrubbed traceback next to the log for a one-line message such
as "unexpected error; details in PATH".
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import traceback
from functools import cache
from pathlib import Path

from ..data import paths

LOG_NAME = "skisse.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
MAX_INFO_CHARS = 300
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_SECRET_ENV = r"(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)$"
_SECRET_SHAPES = (
    r"\b(?:sk|pk|rk)-(?:[A-Za-z0-9]+-)*[A-Za-z0-9_\-]{16,}",  # OpenAI, Anthropic and lookalikes
    r"\b(?:ghp|gho|ghs|github_pat|xox[abpr])_[A-Za-z0-9_]{16,}",
    r"\bAIza[0-9A-Za-z_\-]{30,}",
    r"(?i)(bearer\s+)[A-Za-z0-9._\-+/=]{8,}",
    r"(?i)((?:api[_-]?key|x-api-key|access[_-]?token|password)\s*[=:]\s*['\"]?)[^\s'\",}]{6,}",
)


@cache
def _secret_patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    """Compiled when first needed: most runs never write a log line."""
    return re.compile(_SECRET_ENV, re.I), [re.compile(p) for p in _SECRET_SHAPES]


SECRET_PLACEHOLDER = "[secret]"


def log_path() -> Path:
    return paths.user_state_dir() / LOG_NAME


def secret_values() -> list[str]:
    """Values of environment variables that hold secrets (8 characters or more), longest first."""
    secret_env = _secret_patterns()[0]
    values = {v for k, v in os.environ.items() if secret_env.search(k) and len(v) >= 8}
    return sorted(values, key=len, reverse=True)


def scrub_secrets(text: str, extra: list[str] | None = None) -> str:
    """`text` with every known secret value and every key-shaped string replaced by `[secret]`."""
    for value in [*(extra or []), *secret_values()]:
        if value and value in text:
            text = text.replace(value, SECRET_PLACEHOLDER)
    for pattern in _secret_patterns()[1]:
        text = pattern.sub(lambda m: (m.group(1) if m.re.groups else "") + SECRET_PLACEHOLDER, text)
    return text


class ScrubFilter(logging.Filter):
    """Formats the record's message once, scrubs secrets, and at INFO and above clips it and removes personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken log call must not break the app
            message = str(record.msg)
        message = scrub_secrets(message)
        if record.levelno >= logging.INFO:
            from ..sketch.personal import redact

            message = redact(message, "en")[0]
            if len(message) > MAX_INFO_CHARS:
                message = message[:MAX_INFO_CHARS] + f"… [{len(message) - MAX_INFO_CHARS} more characters not logged]"
        record.msg = message
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = scrub_secrets("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub_secrets(record.exc_text)
        return True


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def _private_rotating_handler(path: Path) -> logging.Handler:
    """A rotating file handler whose files are readable by the user only."""
    import logging.handlers  # sockets, pickle and queues: loaded only when something is logged

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=_private_opener)

    return PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)


class LazyFileHandler(logging.Handler):
    """The log file's handler: filters and formats here, and opens the rotating file at the first
    record that gets through, so a run that logs nothing pays nothing for it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None
        self._failed = False  # the log could not be written (a full disk): no more tries this run

    def emit(self, record: logging.LogRecord) -> None:
        if self._failed:
            return
        try:
            if self._file is None:
                self._file = _private_rotating_handler(self.path)
                self._file.setFormatter(self.formatter)
                self._file.handleError = self._give_up  # type: ignore[method-assign]
            self._file.emit(record)
        except OSError:
            self._give_up(record)

    def _give_up(self, record: logging.LogRecord | None = None) -> None:
        """The log cannot be written (a full disk, no permission): the run goes on without it,
        rather than print a "Logging error" traceback over the window at every record."""
        self._failed = True
        stream = getattr(self._file, "stream", None)
        if stream is not None:
            _drop(stream)
            self._file.stream = None  # type: ignore[union-attr]

    def close(self) -> None:
        self.acquire()
        try:
            if self._file is not None:
                try:
                    self._file.close()
                except OSError:  # the last lines could not be flushed (a full disk): dropped
                    self._give_up()
                self._file = None
        finally:
            self.release()
        super().close()


def _drop(stream) -> None:  # type: ignore[no-untyped-def]
    """Close a log stream whose buffer cannot be written, without a later "Exception ignored"."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError):
        return
    try:
        os.close(fd)  # the unwritable bytes go nowhere; the file object's own close then finds EBADF
    except OSError:
        pass
    try:
        stream.close()
    except (OSError, ValueError):
        pass


_handler: logging.Handler | None = None


def _own_or_warning(record: logging.LogRecord) -> bool:
    # Libraries may log prompts or request bodies at DEBUG/INFO: only their warnings get in.
    return record.name == "assistant" or record.name.startswith("assistant.") or record.levelno >= logging.WARNING


def setup_logging(level: int | str = logging.INFO, *, path: Path | None = None) -> Path:
    """Send Skisse's log (the `assistant` loggers) to the rotating file; returns its path.

    Other libraries log to the same file at WARNING and above only. Calling again replaces the
    handler (for a new level or path).
    """
    global _handler
    target = Path(path) if path is not None else log_path()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = LazyFileHandler(target)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_own_or_warning)
    handler.addFilter(ScrubFilter())
    root = logging.getLogger()
    app = logging.getLogger("assistant")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    app.setLevel(level)
    return target


def teardown_logging() -> None:
    """Remove the file handler (tests, and the end of a run)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def crash_report(exc: BaseException, *, context: str = "") -> Path | None:
    """Write a scrubbed traceback to `user_state_dir()/crash-YYYYmmdd-HHMMSS.txt`; None if that fails."""
    from ..sketch.personal import redact

    folder = paths.user_state_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    body = f"Skisse crash report {stamp}\n{context}\n\n{text}"
    body = redact(scrub_secrets(body), "en")[0]
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"crash-{stamp}.txt"
        n = 2
        while target.exists():
            target = folder / f"crash-{stamp}-{n}.txt"
            n += 1
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
        return target
    except OSError:
        return None
